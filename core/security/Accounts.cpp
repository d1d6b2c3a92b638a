#include "Accounts.h"

#include "common/Log.h"
#include "common/Uuid7.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/SqliteDb.h"

#include <QCoreApplication>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

constexpr std::size_t kHalf = 32;
constexpr std::size_t kDerived = 2 * kHalf; // verifier || KEK
constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kWrapDomain[] = "prihvat-data-key-1";

static_assert(kHalf == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(SecretKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

// Bytes in libsodium's guarded, locked memory, wiped when released.
class LockedBytes
{
public:
    explicit LockedBytes(std::size_t size)
        : m_size(size), m_bytes(sodiumReady() ? static_cast<unsigned char*>(sodium_malloc(size)) : nullptr)
    {
    }
    ~LockedBytes() { sodium_free(m_bytes); }
    LockedBytes(const LockedBytes&) = delete;
    LockedBytes& operator=(const LockedBytes&) = delete;
    bool ok() const { return m_bytes != nullptr; }
    unsigned char* data() { return m_bytes; }
    std::size_t size() const { return m_size; }

private:
    std::size_t m_size;
    unsigned char* m_bytes;
};

// A password as UTF-8, wiped when it goes out of scope (best effort: the QString it came
// from belongs to the caller).
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString& password) : m_bytes(password.toUtf8()) {}
    ~PasswordBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), static_cast<std::size_t>(m_bytes.size()));
    }
    PasswordBytes(const PasswordBytes&) = delete;
    PasswordBytes& operator=(const PasswordBytes&) = delete;
    QByteArrayView view() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QByteArray wrapAd(const QString& keyId, const QString& user)
{
    return QByteArray(kWrapDomain) + '\x1f' + keyId.toUtf8() + '\x1f' + user.toUtf8();
}

QByteArray wrap(const SecretKey& dataKey, const unsigned char* kek, const QByteArray& ad)
{
    QByteArray out(kNonce + static_cast<qsizetype>(SecretKey::Size) + kTag, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, dataKey.data(), SecretKey::Size,
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce,
                                               kek);
    return out;
}

Error locked()
{
    return Error::conflict(QCoreApplication::translate(
        "Accounts",
        "This account is locked after too many wrong passwords. An administrator can unlock it."));
}

Error wrongPassword()
{
    return Error::invalid(
        QCoreApplication::translate("Accounts", "The user name or the password is not right."));
}

Error erased()
{
    return Error::conflict(QCoreApplication::translate(
        "Accounts",
        "The keys of this data folder were destroyed (the device was revoked). Nothing in it can be "
        "opened any more."));
}

Error notAdmin()
{
    return Error::conflict(
        QCoreApplication::translate("Accounts", "Only an administrator can manage users."));
}

} // namespace

struct Accounts::Stored
{
    QString name;
    Role role = Role::Mobile;
    KdfParams params;
    QByteArray verifier;
    int failures = 0;
    std::int64_t notBeforeMs = 0;
    bool locked = false;
    std::int64_t createdMs = 0;
    std::int64_t changedMs = 0;
};

Accounts::Accounts(LocalStore& store, const PasswordKdf& kdf, Sleeper sleeper)
    : m_store(store), m_kdf(kdf), m_sleep(std::move(sleeper))
{
}

const PasswordKdf& Accounts::argon2id()
{
    static const Argon2idKdf kdf;
    return kdf;
}

Accounts::Sleeper Accounts::threadSleeper()
{
    return [](std::int64_t ms) {
        if (ms > 0)
            QThread::msleep(static_cast<unsigned long>(ms));
    };
}

std::int64_t Accounts::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return 1000LL << std::min(failures - 1, 10); // 1 s, 2 s, 4 s, 8 s, …
}

Status Accounts::checkName(const QString& name)
{
    bool ok = !name.isEmpty() && name.size() <= 64;
    for (const QChar c : name)
        ok = ok && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
    if (!ok)
        return Error::invalid(
            QCoreApplication::translate("Accounts",
                                        "\"%1\" cannot be a user name: use 1 to 64 letters, digits, dots, "
                                        "hyphens or underscores.")
                .arg(name.left(80)));
    return {};
}

Status Accounts::checkPassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return Error::invalid(
            QCoreApplication::translate("Accounts", "A password needs at least %1 characters.")
                .arg(kMinPasswordLength));
    if (password.size() > 1024)
        return Error::invalid(
            QCoreApplication::translate("Accounts", "A password can have at most 1024 characters."));
    return {};
}

Result<bool> Accounts::hasUsers() const
{
    auto v = m_store.db().scalar(u"SELECT EXISTS (SELECT 1 FROM users)"_s);
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<bool> Accounts::isErased() const
{
    auto v = m_store.db().scalar(u"SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'keys_erased_ms')"_s);
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<QString> Accounts::keyId() const
{
    auto v = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'data_key_id'"_s);
    if (!v)
        return v.error();
    return v->toString();
}

Result<std::optional<Accounts::Stored>> Accounts::load(const QString& name) const
{
    auto s =
        m_store.db().prepare(u"SELECT name, role, kdf_alg, kdf_ops, kdf_mem, kdf_salt, verifier, failures, "
                             "not_before_ms, locked, created_ms, changed_ms FROM users WHERE name = ?1"_s);
    if (!s)
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    s->bind(1, name);
    if (!s->next()) {
        if (!s->ok())
            return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
        return std::optional<Stored>();
    }
    Stored u;
    u.name = s->text(0);
    const auto role = roleFromCode(s->text(1));
    if (!role)
        return Error::damaged(
            QCoreApplication::translate("Accounts", "The user %1 has an unknown role \"%2\".")
                .arg(u.name, s->text(1)));
    u.role = *role;
    u.params.alg = s->text(2);
    u.params.opslimit = static_cast<std::uint64_t>(std::max<std::int64_t>(0, s->integer(3)));
    u.params.memlimit = static_cast<std::uint64_t>(std::max<std::int64_t>(0, s->integer(4)));
    u.params.salt = s->blob(5);
    u.verifier = s->blob(6);
    u.failures = static_cast<int>(s->integer(7));
    u.notBeforeMs = s->integer(8);
    u.locked = s->integer(9) != 0;
    u.createdMs = s->integer(10);
    u.changedMs = s->integer(11);
    return std::optional<Stored>(std::move(u));
}

Result<int> Accounts::countAdmins() const
{
    auto v = m_store.db().scalar(u"SELECT count(*) FROM users WHERE role = 'admin'"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Accounts::Stored> Accounts::loadExisting(const QString& name) const
{
    auto loaded = load(name);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return Error::notFound(QCoreApplication::translate("Accounts", "There is no user %1.").arg(name));
    return std::move(**loaded);
}

Result<Accounts::Stored> Accounts::requireAdmin(const Session& admin) const
{
    if (!admin.dataKey || !admin.isAdministrator())
        return notAdmin();
    auto stored = load(admin.user);
    if (!stored)
        return stored.error();
    // The session may be older than a role change or a removal: the database decides.
    if (!stored->has_value() || (*stored)->role != Role::Admin || (*stored)->locked)
        return notAdmin();
    return std::move(**stored);
}

Status Accounts::insertUser(const QString& name, Role role, const QString& password, const SecretKey& dataKey,
                            const QString& keyIdText)
{
    const KdfParams params = KdfParams::fresh();
    if (Status s = params.check(); !s)
        return s;
    LockedBytes derived(kDerived);
    if (!derived.ok())
        return Error::io(
            QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
    {
        PasswordBytes pw(password);
        if (Status s = m_kdf.derive(pw.view(), params, derived.data(), derived.size()); !s)
            return s;
    }
    const QByteArray verifier(reinterpret_cast<const char*>(derived.data()), kHalf);
    const QByteArray wrapped = wrap(dataKey, derived.data() + kHalf, wrapAd(keyIdText, name));
    const std::int64_t now = m_store.clock().nowMs();
    auto user = m_store.db().prepare(
        u"INSERT INTO users(name, role, kdf_alg, kdf_ops, kdf_mem, kdf_salt, verifier, failures, "
        u"not_before_ms, "
        "locked, created_ms, changed_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, 0, ?8, ?8)"_s);
    auto key = m_store.db().prepare(u"INSERT INTO wrapped_keys(user, key_id, wrapped) VALUES(?1, ?2, ?3)"_s);
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    if (!user || !key)
        return m_store.storeError(what);
    user->bind(1, name).bind(2, roleCode(role)).bind(3, params.alg);
    user->bind(4, static_cast<std::int64_t>(params.opslimit))
        .bind(5, static_cast<std::int64_t>(params.memlimit));
    user->bind(6, params.salt).bind(7, verifier).bind(8, now);
    if (!user->run())
        return m_store.storeError(what);
    key->bind(1, name).bind(2, keyIdText).bind(3, wrapped);
    if (!key->run())
        return m_store.storeError(what);
    return {};
}

Result<Session> Accounts::createAdministrator(const QString& name, const QString& password)
{
    if (Status s = checkName(name); !s)
        return s.error();
    if (Status s = checkPassword(password); !s)
        return s.error();
    auto erasedNow = isErased();
    if (!erasedNow)
        return erasedNow.error();
    if (*erasedNow)
        return erased();
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (*any)
        return Error::conflict(QCoreApplication::translate(
            "Accounts", "This data folder already has users; an administrator adds new ones."));
    auto key = SecretKey::random();
    if (!key)
        return key.error();
    std::shared_ptr<const SecretKey> dataKey(std::move(key.value()));
    const QString id = Uuid7::generate(m_store.clock());
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto meta = m_store.db().prepare(u"INSERT INTO meta(key, value) VALUES('data_key_id', ?1) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!meta)
        return m_store.storeError(what);
    meta->bind(1, id);
    if (!meta->run())
        return m_store.storeError(what);
    if (Status s = insertUser(name, Role::Admin, password, *dataKey, id); !s)
        return s.error();
    if (Status s = m_store.audit().appendAs(name, AuditKind::UserAdd, QString(), QString(),
                                            u"user=%1 role=admin first"_s.arg(name));
        !s)
        return s.error();
    if (Status s = m_store.audit().appendAs(name, AuditKind::Login); !s)
        return s.error();
    if (!tx.commit())
        return m_store.storeError(what);
    qCInfo(lcAccounts) << "first administrator created";
    return Session{name, Role::Admin, std::move(dataKey)};
}

Result<Session> Accounts::unlock(const QString& name, const QString& password)
{
    auto erasedNow = isErased();
    if (!erasedNow)
        return erasedNow.error();
    if (*erasedNow)
        return erased();
    auto loaded = load(name);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value()) {
        // Takes as long as a real attempt, so that timing does not tell which names exist.
        // The typed name is not written to the audit trail: it may be a mistyped password.
        LockedBytes scratch(kDerived);
        PasswordBytes pw(password);
        if (scratch.ok())
            static_cast<void>(m_kdf.derive(pw.view(), KdfParams::fresh(), scratch.data(), scratch.size()));
        static_cast<void>(m_store.audit().appendAs(u"(unknown)"_s, AuditKind::LoginFailed, QString(),
                                                   QString(), u"unknown user"_s));
        m_sleep(delayAfter(1));
        return wrongPassword();
    }
    const Stored user = std::move(**loaded);
    if (Status s = user.params.check(); !s)
        return s.error();
    if (user.locked) {
        static_cast<void>(m_store.audit().appendAs(user.name, AuditKind::LoginFailed, QString(), QString(),
                                                   u"locked out"_s));
        return locked();
    }
    if (user.verifier.size() != static_cast<qsizetype>(kHalf))
        return Error::damaged(
            QCoreApplication::translate("Accounts", "The stored password of the user %1 is damaged.")
                .arg(user.name));

    // A wait owed by earlier failures (kept across restarts).
    const std::int64_t owed = user.notBeforeMs - m_store.clock().nowMs();
    if (owed > 0)
        m_sleep(owed);

    // Count this attempt before deriving: a process killed during the derivation has used
    // it. The count is read back from the same statement inside BEGIN IMMEDIATE, so that
    // attempts made in parallel by several processes each count, and the lock-out comes
    // after kMaxFailures of them in all.
    const QString what = QCoreApplication::translate("Accounts", "Recording the login");
    int attempt = 0;
    {
        SqliteTransaction tx(m_store.db());
        if (!tx.begin())
            return m_store.storeError(what);
        auto count = m_store.db().prepare(
            u"UPDATE users SET failures = failures + 1 WHERE name = ?1 AND locked = 0 RETURNING failures"_s);
        if (!count)
            return m_store.storeError(what);
        count->bind(1, user.name);
        if (!count->next())
            return count->ok() ? locked() : m_store.storeError(what);
        attempt = static_cast<int>(count->integer(0));
        count->reset();
        auto wait = m_store.db().prepare(u"UPDATE users SET not_before_ms = ?2 WHERE name = ?1"_s);
        if (!wait)
            return m_store.storeError(what);
        wait->bind(1, user.name).bind(2, m_store.clock().nowMs() + delayAfter(attempt));
        if (!wait->run() || !tx.commit())
            return m_store.storeError(what);
    }

    LockedBytes derived(kDerived);
    if (!derived.ok())
        return Error::io(
            QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
    {
        PasswordBytes pw(password);
        if (Status s = m_kdf.derive(pw.view(), user.params, derived.data(), derived.size()); !s)
            return s.error();
    }
    if (sodium_memcmp(derived.data(), user.verifier.constData(), kHalf) != 0) {
        const bool lockNow = attempt >= kMaxFailures;
        SqliteTransaction tx(m_store.db());
        if (!tx.begin())
            return m_store.storeError(what);
        if (lockNow) {
            auto lock = m_store.db().prepare(u"UPDATE users SET locked = 1 WHERE name = ?1"_s);
            if (!lock)
                return m_store.storeError(what);
            lock->bind(1, user.name);
            if (!lock->run())
                return m_store.storeError(what);
        }
        if (Status s = m_store.audit().appendAs(user.name, AuditKind::LoginFailed, QString(), QString(),
                                                u"attempt=%1"_s.arg(attempt));
            !s)
            return s.error();
        if (lockNow) {
            if (Status s = m_store.audit().appendAs(user.name, AuditKind::Lockout, QString(), QString(),
                                                    u"failures=%1"_s.arg(attempt));
                !s)
                return s.error();
        }
        if (!tx.commit())
            return m_store.storeError(what);
        qCWarning(lcAccounts) << "wrong password, attempt" << attempt << (lockNow ? "(locked out)" : "");
        if (lockNow)
            return locked();
        m_sleep(delayAfter(attempt));
        return wrongPassword();
    }

    // The password is right: now, and only now, the data key is unwrapped.
    auto wrappedRow = m_store.db().prepare(u"SELECT key_id, wrapped FROM wrapped_keys WHERE user = ?1"_s);
    if (!wrappedRow)
        return m_store.storeError(what);
    wrappedRow->bind(1, user.name);
    if (!wrappedRow->next())
        return wrappedRow->ok() ? erased() : m_store.storeError(what);
    const QString id = wrappedRow->text(0);
    const QByteArray wrapped = wrappedRow->blob(1);
    auto expectedId = keyId();
    if (!expectedId)
        return expectedId.error();
    const QByteArray ad = wrapAd(*expectedId, user.name);
    LockedBytes plain(SecretKey::Size);
    unsigned long long written = 0;
    if (!plain.ok())
        return Error::io(
            QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
    if (id != *expectedId || wrapped.size() != kNonce + static_cast<qsizetype>(SecretKey::Size) + kTag ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &written, nullptr,
            reinterpret_cast<const unsigned char*>(wrapped.constData()) + kNonce,
            static_cast<unsigned long long>(wrapped.size() - kNonce),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(wrapped.constData()), derived.data() + kHalf) != 0)
        return Error::damaged(QCoreApplication::translate(
                                  "Accounts", "The data key of the user %1 is damaged and does not open.")
                                  .arg(user.name));
    auto key = SecretKey::fromBytes(plain.data(), written);
    if (!key)
        return key.error();

    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto reset = m_store.db().prepare(u"UPDATE users SET failures = 0, not_before_ms = 0 WHERE name = ?1"_s);
    if (!reset)
        return m_store.storeError(what);
    reset->bind(1, user.name);
    if (!reset->run())
        return m_store.storeError(what);
    if (Status s = m_store.audit().appendAs(user.name, AuditKind::Login, QString(), QString(),
                                            u"role=%1"_s.arg(roleCode(user.role)));
        !s)
        return s.error();
    if (!tx.commit())
        return m_store.storeError(what);
    return Session{user.name, user.role, std::shared_ptr<const SecretKey>(std::move(key.value()))};
}

Status Accounts::recordLock(const Session& session)
{
    return m_store.audit().appendAs(session.user, AuditKind::Lock);
}

Status Accounts::addUser(const Session& admin, const QString& name, Role role, const QString& password)
{
    auto by = requireAdmin(admin);
    if (!by)
        return by.error();
    if (Status s = checkName(name); !s)
        return s;
    if (Status s = checkPassword(password); !s)
        return s;
    auto existing = load(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(
            QCoreApplication::translate("Accounts", "There is already a user %1.").arg((*existing)->name));
    auto id = keyId();
    if (!id)
        return id.error();
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    if (Status s = insertUser(name, role, password, *admin.dataKey, *id); !s)
        return s;
    if (Status s = m_store.audit().appendAs(admin.user, AuditKind::UserAdd, QString(), QString(),
                                            u"user=%1 role=%2"_s.arg(name, roleCode(role)));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    return {};
}

Status Accounts::removeUser(const Session& admin, const QString& name)
{
    auto by = requireAdmin(admin);
    if (!by)
        return by.error();
    auto target = loadExisting(name);
    if (!target)
        return target.error();
    const Stored& user = *target;
    if (user.role == Role::Admin) {
        auto admins = countAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error::conflict(
                QCoreApplication::translate("Accounts", "%1 is the last administrator and cannot be removed.")
                    .arg(user.name));
    }
    const QString what = QCoreApplication::translate("Accounts", "Removing the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    for (const QString& sql :
         {u"DELETE FROM wrapped_keys WHERE user = ?1"_s, u"DELETE FROM users WHERE name = ?1"_s}) {
        auto del = m_store.db().prepare(sql);
        if (!del)
            return m_store.storeError(what);
        del->bind(1, user.name);
        if (!del->run())
            return m_store.storeError(what);
    }
    if (Status s = m_store.audit().appendAs(admin.user, AuditKind::UserRemove, QString(), QString(),
                                            u"user=%1"_s.arg(user.name));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    // secure_delete zeroed the row in the pages; copies of those pages in the WAL go too.
    static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    return {};
}

Status Accounts::changeRole(const Session& admin, const QString& name, Role role)
{
    auto by = requireAdmin(admin);
    if (!by)
        return by.error();
    auto target = loadExisting(name);
    if (!target)
        return target.error();
    const Stored& user = *target;
    if (user.role == role)
        return {};
    if (user.role == Role::Admin) {
        auto admins = countAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error::conflict(
                QCoreApplication::translate(
                    "Accounts", "%1 is the last administrator; make another user an administrator first.")
                    .arg(user.name));
    }
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto update = m_store.db().prepare(u"UPDATE users SET role = ?2 WHERE name = ?1"_s);
    if (!update)
        return m_store.storeError(what);
    update->bind(1, user.name).bind(2, roleCode(role));
    if (!update->run())
        return m_store.storeError(what);
    if (Status s = m_store.audit().appendAs(
            admin.user, AuditKind::RoleChange, QString(), QString(),
            u"user=%1 from=%2 to=%3"_s.arg(user.name, roleCode(user.role), roleCode(role)));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    return {};
}

Status Accounts::unlockUser(const Session& admin, const QString& name)
{
    auto by = requireAdmin(admin);
    if (!by)
        return by.error();
    auto target = loadExisting(name);
    if (!target)
        return target.error();
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto update = m_store.db().prepare(
        u"UPDATE users SET locked = 0, failures = 0, not_before_ms = 0 WHERE name = ?1"_s);
    if (!update)
        return m_store.storeError(what);
    update->bind(1, target->name);
    if (!update->run())
        return m_store.storeError(what);
    if (Status s = m_store.audit().appendAs(admin.user, AuditKind::UserUnlock, QString(), QString(),
                                            u"user=%1"_s.arg(target->name));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    return {};
}

Status Accounts::changePassword(const Session& session, const QString& name, const QString& newPassword)
{
    if (!session.dataKey)
        return Error::conflict(QCoreApplication::translate("Security", "The data is locked."));
    auto target = loadExisting(name);
    if (!target)
        return target.error();
    const QString user = target->name;
    if (user != session.user) {
        auto by = requireAdmin(session);
        if (!by)
            return Error::conflict(QCoreApplication::translate(
                "Accounts", "Only an administrator can set the password of another user."));
    } else {
        auto self = load(session.user);
        if (!self)
            return self.error();
        if (!self->has_value() || (*self)->locked)
            return locked();
    }
    if (Status s = checkPassword(newPassword); !s)
        return s;
    auto id = keyId();
    if (!id)
        return id.error();
    const KdfParams params = KdfParams::fresh();
    LockedBytes derived(kDerived);
    if (!derived.ok())
        return Error::io(
            QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
    {
        PasswordBytes pw(newPassword);
        if (Status s = m_kdf.derive(pw.view(), params, derived.data(), derived.size()); !s)
            return s;
    }
    const QByteArray verifier(reinterpret_cast<const char*>(derived.data()), kHalf);
    const QByteArray wrapped = wrap(*session.dataKey, derived.data() + kHalf, wrapAd(*id, user));
    const QString what = QCoreApplication::translate("Accounts", "Saving the new password");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto update =
        m_store.db().prepare(u"UPDATE users SET kdf_alg = ?2, kdf_ops = ?3, kdf_mem = ?4, kdf_salt = ?5, "
                             "verifier = ?6, changed_ms = ?7 WHERE name = ?1"_s);
    auto key = m_store.db().prepare(u"INSERT INTO wrapped_keys(user, key_id, wrapped) VALUES(?1, ?2, ?3) "
                                    "ON CONFLICT(user) DO UPDATE SET key_id = excluded.key_id, "
                                    "wrapped = excluded.wrapped"_s);
    if (!update || !key)
        return m_store.storeError(what);
    update->bind(1, user).bind(2, params.alg).bind(3, static_cast<std::int64_t>(params.opslimit));
    update->bind(4, static_cast<std::int64_t>(params.memlimit)).bind(5, params.salt).bind(6, verifier);
    update->bind(7, m_store.clock().nowMs());
    if (!update->run())
        return m_store.storeError(what);
    key->bind(1, user).bind(2, *id).bind(3, wrapped);
    if (!key->run())
        return m_store.storeError(what);
    if (Status s = m_store.audit().appendAs(session.user, AuditKind::PasswordChange, QString(), QString(),
                                            u"user=%1"_s.arg(user));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    // The old wrapping is gone from the pages (secure_delete); its copies in the WAL too.
    static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    return {};
}

Result<QList<UserInfo>> Accounts::users() const
{
    auto s = m_store.db().prepare(u"SELECT u.name, u.role, u.failures, u.locked, u.created_ms, u.changed_ms, "
                                  "EXISTS (SELECT 1 FROM wrapped_keys k WHERE k.user = u.name) "
                                  "FROM users u ORDER BY u.name"_s);
    if (!s)
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    QList<UserInfo> out;
    while (s->next()) {
        UserInfo u;
        u.name = s->text(0);
        u.role = roleFromCode(s->text(1)).value_or(Role::Mobile);
        u.failures = static_cast<int>(s->integer(2));
        u.locked = s->integer(3) != 0;
        u.createdMs = s->integer(4);
        u.passwordChangedMs = s->integer(5);
        u.hasKey = s->integer(6) != 0;
        out.append(u);
    }
    if (!s->ok())
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    return out;
}

Status Accounts::cryptoErase()
{
    SqliteDb& db = m_store.db();
    const QString what = QCoreApplication::translate("Accounts", "Destroying the keys");
    if (Status s = db.exec(u"PRAGMA secure_delete = ON"_s); !s)
        return m_store.storeError(what);
    SqliteTransaction tx(db);
    if (!tx.begin())
        return m_store.storeError(what);
    auto count = db.scalar(u"SELECT count(*) FROM wrapped_keys"_s);
    if (!count)
        return count.error();
    if (Status s = db.exec(u"DELETE FROM wrapped_keys"_s); !s)
        return m_store.storeError(what);
    auto mark = db.prepare(u"INSERT INTO meta(key, value) VALUES('keys_erased_ms', ?1) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!mark)
        return m_store.storeError(what);
    mark->bind(1, QString::number(m_store.clock().nowMs()));
    if (!mark->run())
        return m_store.storeError(what);
    if (Status s = m_store.audit().append(AuditKind::CryptoErase, QString(), QString(),
                                          u"keys=%1"_s.arg(count->toLongLong()));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    // Every page that held a wrapped key was overwritten with zeros (secure_delete); the
    // WAL still holds the old copies until they are checkpointed into the file and the
    // log is cut to nothing.
    auto checkpoint = db.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!checkpoint || !checkpoint->next())
        return m_store.storeError(what);
    if (checkpoint->integer(0) != 0)
        return Error::io(QCoreApplication::translate(
            "Accounts", "The keys were destroyed, but another program holds the database open, so old copies "
                        "may remain in its log until it closes."));
    qCWarning(lcAccounts) << "crypto-erase: every wrapped data key destroyed";
    return {};
}

} // namespace prihvat
