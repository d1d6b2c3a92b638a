#include "SecretKey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace prihvat {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

namespace {

Result<unsigned char*> lockedBuffer()
{
    if (!sodiumReady())
        return Error::io(QCoreApplication::translate("Security", "The encryption library could not be started."));
    auto* bytes = static_cast<unsigned char*>(sodium_malloc(SecretKey::Size));
    if (!bytes)
        return Error::io(QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
    return bytes;
}

} // namespace

SecretKey::SecretKey(unsigned char* bytes) : m_bytes(bytes)
{
    sodium_mprotect_readonly(m_bytes);
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes); // wipes, unlocks and releases
}

Result<std::unique_ptr<SecretKey>> SecretKey::random()
{
    auto buffer = lockedBuffer();
    if (!buffer)
        return buffer.error();
    randombytes_buf(*buffer, Size);
    return std::unique_ptr<SecretKey>(new SecretKey(*buffer));
}

Result<std::unique_ptr<SecretKey>> SecretKey::fromBytes(const unsigned char* bytes, std::size_t size)
{
    if (size != Size)
        return Error::invalid(QCoreApplication::translate("Security", "A key has the wrong length."));
    auto buffer = lockedBuffer();
    if (!buffer)
        return buffer.error();
    std::memcpy(*buffer, bytes, Size);
    return std::unique_ptr<SecretKey>(new SecretKey(*buffer));
}

} // namespace prihvat
