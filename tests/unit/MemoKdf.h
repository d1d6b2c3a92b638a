#pragma once

// For tests only: the real Argon2id KDF (same parameters, same output), remembering what
// it derived for a (password, parameters, salt) it saw before in this process, so that
// tests which log in hundreds of times pay the 0.55 s once per password and salt. A new
// salt or another password is always derived for real. It counts calls, so tests can
// tell that no derivation ran.

#include "security/PasswordKdf.h"

#include <QByteArray>
#include <QHash>

#include <cstring>

namespace prihvat::test {

class MemoKdf final : public PasswordKdf
{
public:
    Status derive(QByteArrayView password, const KdfParams& params, unsigned char* out,
                  std::size_t size) const override
    {
        ++m_calls;
        const QByteArray key = password.toByteArray() + '\0' + params.alg.toUtf8() + '\0' +
                               QByteArray::number(static_cast<qulonglong>(params.opslimit)) + '\0' +
                               QByteArray::number(static_cast<qulonglong>(params.memlimit)) + '\0' +
                               params.salt + '\0' + QByteArray::number(static_cast<qulonglong>(size));
        if (const auto it = m_memo.constFind(key); it != m_memo.constEnd()) {
            if (Status s = params.check(); !s)
                return s;
            std::memcpy(out, it->constData(), size);
            return {};
        }
        if (Status s = m_real.derive(password, params, out, size); !s)
            return s;
        ++m_derivations;
        m_memo.insert(key, QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(size)));
        return {};
    }

    int calls() const { return m_calls; }
    int derivations() const { return m_derivations; }

private:
    Argon2idKdf m_real;
    mutable QHash<QByteArray, QByteArray> m_memo;
    mutable int m_calls = 0;
    mutable int m_derivations = 0;
};

} // namespace prihvat::test
