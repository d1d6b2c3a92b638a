#include "HqSealer.h"

#include "forms/FormRegistry.h"
#include "security/SecretKey.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

constexpr qint64 kMaxKeyFileBytes = 1024;
const QString kCheckRecord = u"prihvat-hq"_s;
const QString kCheckField = u"key-check"_s;
const QByteArray kCheckText = "prihvat-hq key check 1";

QString boundField(const QString& field, const QString& stamp)
{
    return field + u'\x1f' + stamp;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

HqSealer::HqSealer(std::shared_ptr<const SecretKey> key)
    : m_key(std::move(key)), m_sealer(m_key ? std::make_shared<FieldSealer>(m_key) : nullptr)
{
}

Result<QString> HqSealer::seal(const QString& recordId, const QString& field, const QString& stamp,
                               const QString& valueText) const
{
    if (!m_sealer)
        return Error::io(u"headquarters has no key to seal a protection-sensitive value"_s);
    return m_sealer->seal(recordId, boundField(field, stamp), valueText.toUtf8());
}

Result<QString> HqSealer::open(const QString& recordId, const QString& field, const QString& stamp,
                               const QString& stored) const
{
    if (!isSealed(stored))
        return stored;
    if (!m_sealer)
        return Error::io(u"the database holds sealed values and headquarters was started without its key "
                         "file (--key-file)"_s);
    auto plain = m_sealer->open(recordId, boundField(field, stamp), stored);
    if (!plain)
        return Error::damaged(u"the sealed value of field %1 of record %2 does not open: %3"_s.arg(
            field, recordId, plain.error().message));
    QString text = QString::fromUtf8(*plain);
    wipe(*plain);
    return text;
}

Result<QString> HqSealer::keyCheck() const
{
    if (!m_sealer)
        return Error::io(u"no key"_s);
    return m_sealer->seal(kCheckRecord, kCheckField, kCheckText);
}

bool HqSealer::opensKeyCheck(const QString& stored) const
{
    if (!m_sealer)
        return false;
    auto plain = m_sealer->open(kCheckRecord, kCheckField, stored);
    return plain && *plain == kCheckText;
}

Result<std::shared_ptr<const SecretKey>> HqSealer::readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(u"Cannot read the key file %1: %2"_s.arg(path, file.errorString()));
    QByteArray bytes = file.read(kMaxKeyFileBytes + 1);
    file.close();
    QByteArray raw;
    if (bytes.size() == static_cast<qsizetype>(SecretKey::Size)) {
        raw = bytes;
    } else if (bytes.size() <= kMaxKeyFileBytes) {
        auto decoded =
            QByteArray::fromBase64Encoding(bytes.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == static_cast<qsizetype>(SecretKey::Size))
            raw = decoded.decoded;
        wipe(decoded.decoded);
    }
    wipe(bytes);
    if (raw.isEmpty())
        return Error::invalid(u"The key file %1 holds no key: it must hold 32 random bytes or their base64 "
                              "(make one with \"prihvat-hq key generate --out FILE\")."_s.arg(path));
    auto key = SecretKey::fromBytes(reinterpret_cast<const unsigned char*>(raw.constData()),
                                    static_cast<std::size_t>(raw.size()));
    wipe(raw);
    if (!key)
        return key.error();
    return std::shared_ptr<const SecretKey>(std::move(*key));
}

Status HqSealer::generateKeyFile(const QString& path)
{
    if (path.isEmpty())
        return Error::invalid(u"key generate needs --out FILE."_s);
    if (!sodiumReady())
        return Error::io(u"libsodium cannot be used."_s);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error::invalid(
                u"%1 already exists: a key file is never overwritten (the values sealed under "
                "the old key would be lost with it)."_s.arg(path));
        return Error::io(
            u"Cannot create the key file %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    unsigned char key[SecretKey::Size];
    randombytes_buf(key, sizeof key);
    char text[sodium_base64_ENCODED_LEN(SecretKey::Size, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(text, sizeof text, key, sizeof key, sodium_base64_VARIANT_ORIGINAL);
    sodium_memzero(key, sizeof key);
    std::size_t length = std::strlen(text);
    text[length++] = '\n'; // replaces the terminating NUL
    bool ok = true;
    for (std::size_t done = 0; ok && done < length;) {
        const ssize_t n = ::write(fd, text + done, length - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? static_cast<std::size_t>(n) : 0;
    }
    const int savedErrno = errno;
    sodium_memzero(text, sizeof text);
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        return Error::io(u"Cannot write the key file %1: %2"_s.arg(
            path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    }
    return {};
}

QStringList HqSealer::sealedKeys(const FormRegistry& forms)
{
    QStringList keys;
    for (const QString& id : forms.formIds())
        if (const FormDefinition* form = forms.form(id))
            for (const FieldDefinition& f : form->fields)
                if (f.sensitivity == Sensitivity::Protection)
                    keys.append(id + u':' + f.name);
    return keys;
}

} // namespace prihvat::hq
