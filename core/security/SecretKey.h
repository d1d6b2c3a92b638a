#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace prihvat {

// 32 bytes of key material in locked memory (libsodium's guarded allocation: mlock'd, not
// in core dumps, guard pages either side), wiped when the key is destroyed. Not copyable;
// share it through std::shared_ptr<const SecretKey>. Nothing here ever converts the key to
// a QByteArray or QString, so it is never copied into ordinary heap memory.
class SecretKey
{
public:
    static constexpr std::size_t Size = 32;

    // A fresh random key.
    static Result<std::unique_ptr<SecretKey>> random();
    // A key taken from `bytes` (exactly Size of them); the caller wipes its own copy.
    static Result<std::unique_ptr<SecretKey>> fromBytes(const unsigned char* bytes, std::size_t size);

    ~SecretKey();
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    const unsigned char* data() const { return m_bytes; }
    static constexpr std::size_t size() { return Size; }

private:
    explicit SecretKey(unsigned char* bytes);
    unsigned char* m_bytes; // sodium_malloc'd, read-only between uses
};

// libsodium's sodium_init(), once; false when the library cannot be used.
bool sodiumReady();

} // namespace prihvat
