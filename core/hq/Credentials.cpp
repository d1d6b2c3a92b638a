#include "Credentials.h"

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace prihvat::hq::Credentials {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kCodeLength = 20;

void ensureSodium()
{
    // Thread-safe and idempotent; failure means no usable randomness at all.
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    (void)ready;
}

QString hexHash(const QByteArray& domain, const QString& secret)
{
    ensureSodium();
    const QByteArray input = domain + secret.toUtf8();
    std::array<unsigned char, crypto_generichash_BYTES> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out.data()), out.size()).toHex());
}

} // namespace

QString newEnrolmentCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 5 == 0)
            code += u'-';
        code += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

QString normaliseCode(const QString& typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == u'-' || c == u' ')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() > 127 || !std::char_traits<char>::find(kAlphabet, 32, static_cast<char>(c.unicode())))
            return {};
        out += c;
        if (out.size() > kCodeLength)
            return {};
    }
    return out.size() == kCodeLength ? out : QString();
}

QString hashCode(const QString& normalisedCode)
{
    return hexHash("prihvat-enrolment-code:", normalisedCode);
}

QString newToken()
{
    ensureSodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    sodium_memzero(bytes.data(), bytes.size());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashToken(const QString& token)
{
    return hexHash("prihvat-device-token:", token);
}

bool sameHash(const QString& a, const QString& b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return sodium_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

} // namespace prihvat::hq::Credentials
