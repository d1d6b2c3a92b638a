#include "TestDataKey.h"

#include "security/FieldSealer.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The file's bytes are on the disk.
bool flushToDisk(int handle)
{
#ifdef Q_OS_WIN
    return ::_commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

Error keyError(const QString& path, const QString& detail)
{
    return Error::io(QCoreApplication::translate("Security", "The data key %1 cannot be used (%2).")
                         .arg(QDir::toNativeSeparators(path), detail));
}

Result<std::shared_ptr<const SecretKey>> readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return keyError(path, file.errorString());
    if (file.size() != static_cast<qint64>(SecretKey::Size))
        return Error::damaged(
            QCoreApplication::translate("Security", "The data key %1 is damaged (wrong size).")
                .arg(QDir::toNativeSeparators(path)));
    unsigned char bytes[SecretKey::Size];
    const qint64 n = file.read(reinterpret_cast<char*>(bytes), static_cast<qint64>(SecretKey::Size));
    auto key = n == static_cast<qint64>(SecretKey::Size)
                   ? SecretKey::fromBytes(bytes, SecretKey::Size)
                   : Result<std::unique_ptr<SecretKey>>(keyError(path, file.errorString()));
    sodium_memzero(bytes, sizeof bytes);
    if (!key)
        return key.error();
    file.setPermissions(kPrivate); // a key restored from a copy gets its mode back
    return std::shared_ptr<const SecretKey>(std::move(key.value()));
}

Result<std::shared_ptr<const SecretKey>> interimKeyFile(const DataFolder& folder, const QString& name);

} // namespace

Result<std::shared_ptr<const SecretKey>> interimDataKey(const DataFolder& folder)
{
    return interimKeyFile(folder, u"/data.key"_s);
}

Result<std::shared_ptr<const SecretKey>> interimProtectionKey(const DataFolder& folder)
{
    return interimKeyFile(folder, u"/protection.key"_s);
}

Result<KeyRing> interimKeys(const DataFolder& folder, bool protection)
{
    auto data = interimDataKey(folder);
    if (!data)
        return data.error();
    KeyRing keys;
    keys.data.emplace(1, *data);
    const bool havePublic = QFileInfo::exists(folder.path() + u"/protection.key"_s);
    if (protection || havePublic) {
        auto p = interimProtectionKey(folder);
        if (!p)
            return p.error();
        keys.protectionGeneration = 1;
        keys.protectionPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(keys.protectionPublic.data()), (*p)->data());
        if (protection)
            keys.protection.emplace(1, *p);
    }
    return keys;
}

namespace {

Result<std::shared_ptr<const SecretKey>> interimKeyFile(const DataFolder& folder, const QString& name)
{
    const QString path = folder.path() + name;
    if (QFileInfo::exists(path))
        return readKey(path);
    if (Status s = folder.prepare(); !s)
        return s.error();
    auto key = SecretKey::random();
    if (!key)
        return key.error();
    // Written under another name, made durable, then renamed: a crash leaves either no key
    // or a whole one. The file is private before the key is in it.
    const QString fresh = path + u".new"_s;
    QFile::remove(fresh);
    {
        QFile file(fresh);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered) ||
            !file.setPermissions(kPrivate))
            return keyError(path, file.errorString());
        const bool written =
            file.write(reinterpret_cast<const char*>((*key)->data()), static_cast<qint64>(SecretKey::Size)) ==
            static_cast<qint64>(SecretKey::Size);
        if (!written || !flushToDisk(file.handle())) {
            const QString why = file.errorString();
            file.close();
            QFile::remove(fresh);
            return keyError(path, why);
        }
    }
    if (!QFile::rename(fresh, path)) {
        QFile::remove(fresh);
        // Another process made the key first: use that one.
        if (QFileInfo::exists(path))
            return readKey(path);
        return keyError(path, QCoreApplication::translate("Security", "it cannot be saved"));
    }
#ifndef Q_OS_WIN
    // The rename itself is durable once the folder is flushed (QFile does not open folders).
    if (const int dir = ::open(QFile::encodeName(folder.path()).constData(), O_RDONLY | O_DIRECTORY);
        dir >= 0) {
        flushToDisk(dir);
        ::close(dir);
    }
#endif
    return std::shared_ptr<const SecretKey>(std::move(key.value()));
}

} // namespace

Status unlockWithInterimKey(LocalStore& store, bool protection)
{
    auto keys = interimKeys(store.folder(), protection);
    if (!keys)
        return keys.error();
    return store.setSealer(std::make_shared<const FieldSealer>(std::move(keys.value())));
}

} // namespace prihvat
