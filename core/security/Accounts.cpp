#include "Accounts.h"

#include "FieldSealer.h"
#include "common/Log.h"
#include "common/Uuid7.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/Reseal.h"
#include "store/Schema.h"
#include "store/SchemaSealing.h"
#include "store/SqliteDb.h"

#include <QCoreApplication>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
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

constexpr char kUserKeyDomain[] = "prihvat-user-key-1";
constexpr char kGrantDomain[] = "prihvat-grant-1";
constexpr char kChainDomain[] = "prihvat-chain-1";
const QString kData = u"data"_s;
const QString kProtection = u"protection"_s;
constexpr qsizetype kPublic = crypto_box_PUBLICKEYBYTES;
static_assert(crypto_box_SECRETKEYBYTES == SecretKey::Size);

QByteArray userKeyAd(const QString& keyId, const QString& user)
{
    return QByteArray(kUserKeyDomain) + '\x1f' + keyId.toUtf8() + '\x1f' + user.toLower().toUtf8();
}

QByteArray grantContext(const QString& kind, int gen, const QString& keyId, const QString& user)
{
    return QByteArray(kGrantDomain) + '\x1f' + kind.toUtf8() + '\x1f' + QByteArray::number(gen) + '\x1f' +
           keyId.toUtf8() + '\x1f' + user.toLower().toUtf8();
}

QByteArray chainContext(const QString& kind, int gen, int under, const QString& keyId)
{
    return QByteArray(kChainDomain) + '\x1f' + kind.toUtf8() + '\x1f' + QByteArray::number(gen) + '\x1f' +
           QByteArray::number(under) + '\x1f' + keyId.toUtf8();
}

QByteArray publicOf(const SecretKey& secret)
{
    QByteArray out(kPublic, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(out.data()), secret.data());
    return out;
}

Error noMemory()
{
    return Error::io(QCoreApplication::translate("Security", "There is not enough memory to hold a key."));
}

// crypto_box_seal of key || context to `publicKey`.
Result<QByteArray> sealTo(const QByteArray& publicKey, const SecretKey& key, const QByteArray& context)
{
    if (publicKey.size() != kPublic)
        return Error::damaged(QCoreApplication::translate("Security", "A key has the wrong length."));
    LockedBytes plain(SecretKey::Size + static_cast<std::size_t>(context.size()));
    if (!plain.ok())
        return noMemory();
    std::memcpy(plain.data(), key.data(), SecretKey::Size);
    std::memcpy(plain.data() + SecretKey::Size, context.constData(),
                static_cast<std::size_t>(context.size()));
    QByteArray out(static_cast<qsizetype>(plain.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plain.data(), plain.size(),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return out;
}

// The key a sealTo() box holds, if it opens with the keypair and names `context`.
std::unique_ptr<SecretKey> openSealed(const QByteArray& sealed, const SecretKey& secret,
                                      const QByteArray& context)
{
    const qsizetype expected =
        static_cast<qsizetype>(SecretKey::Size + crypto_box_SEALBYTES) + context.size();
    if (sealed.size() != expected)
        return nullptr;
    const QByteArray publicKey = publicOf(secret);
    LockedBytes plain(SecretKey::Size + static_cast<std::size_t>(context.size()));
    if (!plain.ok() || crypto_box_seal_open(
                           plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                           static_cast<unsigned long long>(sealed.size()),
                           reinterpret_cast<const unsigned char*>(publicKey.constData()), secret.data()) != 0)
        return nullptr;
    if (sodium_memcmp(plain.data() + SecretKey::Size, context.constData(),
                      static_cast<std::size_t>(context.size())) != 0)
        return nullptr;
    auto key = SecretKey::fromBytes(plain.data(), SecretKey::Size);
    return key ? std::move(key.value()) : nullptr;
}

std::unique_ptr<SecretKey> unwrapKey(const QByteArray& wrapped, const unsigned char* kek,
                                     const QByteArray& ad)
{
    if (wrapped.size() != kNonce + static_cast<qsizetype>(SecretKey::Size) + kTag)
        return nullptr;
    LockedBytes plain(SecretKey::Size);
    unsigned long long written = 0;
    if (!plain.ok() || crypto_aead_xchacha20poly1305_ietf_decrypt(
                           plain.data(), &written, nullptr,
                           reinterpret_cast<const unsigned char*>(wrapped.constData()) + kNonce,
                           static_cast<unsigned long long>(wrapped.size() - kNonce),
                           reinterpret_cast<const unsigned char*>(ad.constData()),
                           static_cast<unsigned long long>(ad.size()),
                           reinterpret_cast<const unsigned char*>(wrapped.constData()), kek) != 0)
        return nullptr;
    auto key = SecretKey::fromBytes(plain.data(), written);
    return key ? std::move(key.value()) : nullptr;
}

Error accessPending()
{
    return Error::conflict(QCoreApplication::translate(
        "Accounts",
        "Your access to the data is being renewed: another user of this data folder must log in first."));
}

Session sessionFor(const QString& user, Role role, KeyRing keys, std::shared_ptr<const SecretKey> userKey)
{
    Session session;
    session.user = user;
    session.role = role;
    session.dataKey = keys.currentData();
    session.protectionKey = role == Role::Protection ? keys.currentProtection() : nullptr;
    if (role != Role::Protection)
        keys.protection.clear();
    session.keys = std::make_shared<const KeyRing>(std::move(keys));
    session.userKey = std::move(userKey);
    return session;
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

Result<std::shared_ptr<const SecretKey>> Accounts::insertUser(const QString& name, Role role,
                                                              const QString& password, const KeyRing& keys,
                                                              const QString& keyIdText)
{
    const KdfParams params = KdfParams::fresh();
    if (Status s = params.check(); !s)
        return s.error();
    LockedBytes derived(kDerived);
    if (!derived.ok())
        return noMemory();
    {
        PasswordBytes pw(password);
        if (Status s = m_kdf.derive(pw.view(), params, derived.data(), derived.size()); !s)
            return s.error();
    }
    const QByteArray verifier(reinterpret_cast<const char*>(derived.data()), kHalf);
    const std::int64_t now = m_store.clock().nowMs();
    auto user = m_store.db().prepare(
        u"INSERT INTO users(name, role, kdf_alg, kdf_ops, kdf_mem, kdf_salt, verifier, failures, "
        u"not_before_ms, "
        "locked, created_ms, changed_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, 0, ?8, ?8)"_s);
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    if (!user)
        return m_store.storeError(what);
    user->bind(1, name).bind(2, roleCode(role)).bind(3, params.alg);
    user->bind(4, static_cast<std::int64_t>(params.opslimit))
        .bind(5, static_cast<std::int64_t>(params.memlimit));
    user->bind(6, params.salt).bind(7, verifier).bind(8, now);
    if (!user->run())
        return m_store.storeError(what);
    // The user's keypair, the current D granted to it at once, P when it applies.
    auto userKey = newUserKeys(name, derived.data() + kHalf, keyIdText);
    if (!userKey)
        return userKey.error();
    if (const auto d = keys.currentData())
        if (Status s = grant(name, kData, keys.dataGeneration, *d, keyIdText); !s)
            return s.error();
    if (role == Role::Protection)
        if (Status s = ensureProtection(name, keyIdText); !s)
            return s.error();
    return userKey;
}

Result<Session> Accounts::createAdministrator(const QString& name, const QString& password,
                                              QString* recoverySecret)
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
    KeyRing keys;
    keys.data.emplace(1, dataKey);
    // A new folder is at the schema before sealing until a key exists: it has one now.
    if (Schema::version(m_store.db()) < Schema::keyRolesVersion) {
        const FieldSealer sealer(keys);
        if (Status s = Schema::migrate(m_store.db(), m_store.forms(), Schema::currentVersion, &sealer); !s)
            return s.error();
        m_store.folder().restrictFiles();
    }
    const QString id = Uuid7::generate(m_store.clock());
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto meta = m_store.db().prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!meta)
        return m_store.storeError(what);
    meta->bind(1, u"data_key_id"_s).bind(2, id);
    if (!meta->run())
        return m_store.storeError(what);
    meta->reset();
    meta->bind(1, u"data_key_gen"_s).bind(2, u"1"_s);
    if (!meta->run())
        return m_store.storeError(what);
    auto userKey = insertUser(name, Role::Admin, password, keys, id);
    if (!userKey)
        return userKey.error();
    auto recovery = newRecoveryKey(*dataKey, id);
    if (!recovery)
        return recovery.error();
    if (recoverySecret)
        *recoverySecret = *recovery;
    if (Status s = m_store.audit().appendAs(name, AuditKind::UserAdd, QString(), QString(),
                                            u"user=%1 role=admin first"_s.arg(name));
        !s)
        return s.error();
    if (Status s = m_store.audit().appendAs(name, AuditKind::Login); !s)
        return s.error();
    if (!tx.commit())
        return m_store.storeError(what);
    qCInfo(lcAccounts) << "first administrator created";
    return sessionFor(name, Role::Admin, std::move(keys), std::move(userKey.value()));
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

    // The password is right: now, and only now, keys are unwrapped.
    auto expectedId = keyId();
    if (!expectedId)
        return expectedId.error();
    const QString id = *expectedId;
    const unsigned char* kek = derived.data() + kHalf;
    const Error damagedKey = Error::damaged(
        QCoreApplication::translate("Accounts", "The data key of the user %1 is damaged and does not open.")
            .arg(user.name));
    std::shared_ptr<const SecretKey> userKey;
    std::shared_ptr<const SecretKey> legacyKey; // D as schema 7 and 8 wrapped it under the KEK
    if (Schema::version(m_store.db()) >= Schema::keyRolesVersion) {
        auto row = m_store.db().prepare(u"SELECT wrapped, public FROM user_keys WHERE user = ?1"_s);
        if (!row)
            return m_store.storeError(what);
        row->bind(1, user.name);
        if (row->next()) {
            auto key = unwrapKey(row->blob(0), kek, userKeyAd(id, user.name));
            if (!key || publicOf(*key) != row->blob(1))
                return damagedKey;
            userKey = std::shared_ptr<const SecretKey>(std::move(key));
        } else if (!row->ok()) {
            return m_store.storeError(what);
        }
    }
    if (!userKey) {
        auto wrappedRow = m_store.db().prepare(u"SELECT key_id, wrapped FROM wrapped_keys WHERE user = ?1"_s);
        if (!wrappedRow)
            return m_store.storeError(what);
        wrappedRow->bind(1, user.name);
        if (!wrappedRow->next())
            return wrappedRow->ok() ? erased() : m_store.storeError(what);
        if (wrappedRow->text(0) != id)
            return damagedKey;
        auto key = unwrapKey(wrappedRow->blob(1), kek, wrapAd(id, user.name));
        if (!key)
            return damagedKey;
        legacyKey = std::shared_ptr<const SecretKey>(std::move(key));
        // A folder of schema 7 reaches schema 9 with the key it now has (as unlocking the
        // store would right after), so that this user moves to a keypair at once.
        if (Schema::version(m_store.db()) < Schema::keyRolesVersion) {
            const FieldSealer sealer(legacyKey);
            if (Status s = Schema::checkSealKey(m_store.db(), sealer); !s)
                return s.error();
            if (Status s = Schema::migrate(m_store.db(), m_store.forms(), Schema::currentVersion, &sealer);
                !s)
                return s.error();
            m_store.folder().restrictFiles();
        }
    }

    KeyRing keys;
    {
        SqliteTransaction tx(m_store.db());
        if (!tx.begin())
            return m_store.storeError(what);
        auto reset =
            m_store.db().prepare(u"UPDATE users SET failures = 0, not_before_ms = 0 WHERE name = ?1"_s);
        if (!reset)
            return m_store.storeError(what);
        reset->bind(1, user.name);
        if (!reset->run())
            return m_store.storeError(what);
        if (Status s = m_store.audit().appendAs(user.name, AuditKind::Login, QString(), QString(),
                                                u"role=%1"_s.arg(roleCode(user.role)));
            !s)
            return s.error();
        if (legacyKey) {
            // Upgrade (schema 9): a keypair for this user, and the D the old wrapping gave,
            // when it is still the current one (otherwise the grant waits for a holder).
            auto fresh = newUserKeys(user.name, kek, id);
            if (!fresh)
                return fresh.error();
            userKey = std::move(fresh.value());
            auto gen = dataGeneration();
            if (!gen)
                return gen.error();
            if (*gen == 1)
                if (Status s = grant(user.name, kData, 1, *legacyKey, id); !s)
                    return s.error();
        }
        auto ring = loadRing(user.name, *userKey, id);
        if (!ring)
            return ring.error();
        keys = std::move(ring.value());
        if (Status s = fulfil(user, keys, id); !s)
            return s.error();
        if (!tx.commit())
            return m_store.storeError(what);
    }
    if (legacyKey) // the old wrapping was deleted (secure_delete); its copies in the WAL too
        static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    if (!keys.currentData())
        return accessPending();
    return sessionFor(user.name, user.role, std::move(keys), std::move(userKey));
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
    auto keys = adminKeys(admin);
    if (!keys)
        return keys.error();
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    if (auto added = insertUser(name, role, password, *keys, *id); !added)
        return added.error();
    if (Status s = m_store.audit().appendAs(admin.user, AuditKind::UserAdd, QString(), QString(),
                                            u"user=%1 role=%2"_s.arg(name, roleCode(role)));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    refreshStore(*keys); // a fresh P, if one was made, takes new protection answers at once
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
    auto id = keyId();
    if (!id)
        return id.error();
    auto keys = adminKeys(admin);
    if (!keys)
        return keys.error();
    const QString what = QCoreApplication::translate("Accounts", "Removing the user");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    for (const QString& sql :
         {u"DELETE FROM wrapped_keys WHERE user = ?1"_s, u"DELETE FROM key_grants WHERE user = ?1"_s,
          u"DELETE FROM user_keys WHERE user = ?1"_s, u"DELETE FROM users WHERE name = ?1"_s,
          // the unsaved form the user left when their session locked (DraftStore)
          u"DELETE FROM meta WHERE key = 'draft:' || ?1"_s}) {
        auto del = m_store.db().prepare(sql);
        if (!del)
            return m_store.storeError(what);
        del->bind(1, user.name);
        if (!del->run())
            return m_store.storeError(what);
    }
    // What the removed user could open stays as it was; what is written from now on is not
    // for them: a new D (and a new P, if they were a protection officer).
    if (Status s = newDataKey(*keys, *id); !s)
        return s;
    if (user.role == Role::Protection) {
        auto officers = protectionUsers(user.name);
        if (!officers)
            return officers.error();
        if (Status s = newProtectionKey(*officers, *id, nullptr); !s)
            return s;
    }
    if (Status s = m_store.audit().appendAs(admin.user, AuditKind::UserRemove, QString(), QString(),
                                            u"user=%1"_s.arg(user.name));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    refreshStore(*keys);
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
    auto id = keyId();
    if (!id)
        return id.error();
    if (user.role == Role::Protection) {
        // No longer an officer: their P grants go, and P is renewed for the others.
        auto drop = m_store.db().prepare(u"DELETE FROM key_grants WHERE user = ?1 AND kind = 'protection'"_s);
        if (!drop)
            return m_store.storeError(what);
        drop->bind(1, user.name);
        if (!drop->run())
            return m_store.storeError(what);
        auto officers = protectionUsers(user.name);
        if (!officers)
            return officers.error();
        if (Status s = newProtectionKey(*officers, *id, nullptr); !s)
            return s;
    } else if (role == Role::Protection) {
        if (Status s = ensureProtection(user.name, *id); !s)
            return s;
    }
    if (Status s = m_store.audit().appendAs(
            admin.user, AuditKind::RoleChange, QString(), QString(),
            u"user=%1 from=%2 to=%3"_s.arg(user.name, roleCode(user.role), roleCode(role)));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    if (user.role == Role::Protection)
        static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    refreshStore(KeyRing{});
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
    const bool own = user.compare(session.user, Qt::CaseInsensitive) == 0;
    if (!own) {
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
    // One's own password: the same secret key, wrapped again. Anyone else's (or one's own
    // before the keypair existed): a new keypair, D granted at once, P pending.
    std::shared_ptr<const SecretKey> ownKey;
    if (own && session.userKey) {
        auto pub = m_store.db().prepare(u"SELECT public FROM user_keys WHERE user = ?1"_s);
        if (!pub)
            return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
        pub->bind(1, user);
        if (pub->next() && pub->blob(0) == publicOf(*session.userKey))
            ownKey = session.userKey;
    }
    KeyRing keys;
    if (!ownKey) {
        auto held = own ? (session.keys && session.keys->currentData() ? Result<KeyRing>(*session.keys)
                                                                       : adminKeys(session))
                        : adminKeys(session);
        if (!held)
            return held.error();
        keys = std::move(held.value());
    }
    const KdfParams params = KdfParams::fresh();
    LockedBytes derived(kDerived);
    if (!derived.ok())
        return noMemory();
    {
        PasswordBytes pw(newPassword);
        if (Status s = m_kdf.derive(pw.view(), params, derived.data(), derived.size()); !s)
            return s;
    }
    const QByteArray verifier(reinterpret_cast<const char*>(derived.data()), kHalf);
    const QString what = QCoreApplication::translate("Accounts", "Saving the new password");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto update =
        m_store.db().prepare(u"UPDATE users SET kdf_alg = ?2, kdf_ops = ?3, kdf_mem = ?4, kdf_salt = ?5, "
                             "verifier = ?6, changed_ms = ?7 WHERE name = ?1"_s);
    if (!update)
        return m_store.storeError(what);
    update->bind(1, user).bind(2, params.alg).bind(3, static_cast<std::int64_t>(params.opslimit));
    update->bind(4, static_cast<std::int64_t>(params.memlimit)).bind(5, params.salt).bind(6, verifier);
    update->bind(7, m_store.clock().nowMs());
    if (!update->run())
        return m_store.storeError(what);
    if (ownKey) {
        auto key = m_store.db().prepare(u"UPDATE user_keys SET wrapped = ?2 WHERE user = ?1"_s);
        if (!key)
            return m_store.storeError(what);
        key->bind(1, user).bind(2, wrap(*ownKey, derived.data() + kHalf, userKeyAd(*id, user)));
        if (!key->run())
            return m_store.storeError(what);
    } else {
        auto fresh = newUserKeys(user, derived.data() + kHalf, *id);
        if (!fresh)
            return fresh.error();
        if (Status s = grant(user, kData, keys.dataGeneration, *keys.currentData(), *id); !s)
            return s;
        if (target->role == Role::Protection)
            if (Status s = ensureProtection(user, *id); !s)
                return s;
    }
    if (Status s = m_store.audit().appendAs(session.user, AuditKind::PasswordChange, QString(), QString(),
                                            u"user=%1"_s.arg(user));
        !s)
        return s;
    if (!tx.commit())
        return m_store.storeError(what);
    // The old wrapping is gone from the pages (secure_delete); its copies in the WAL too.
    static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    if (!ownKey)
        refreshStore(keys);
    return {};
}

Result<QList<UserInfo>> Accounts::users() const
{
    const bool keyRoles = Schema::version(m_store.db()) >= Schema::keyRolesVersion;
    auto s = m_store.db().prepare(
        u"SELECT u.name, u.role, u.failures, u.locked, u.created_ms, u.changed_ms, "
        "EXISTS (SELECT 1 FROM wrapped_keys k WHERE k.user = u.name) %1 "
        "FROM users u ORDER BY u.name"_s.arg(
            keyRoles ? u"OR EXISTS (SELECT 1 FROM user_keys k WHERE k.user = u.name)"_s : QString()));
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
    if (Schema::version(db) >= Schema::keyRolesVersion) {
        // Every keypair, grant and chain link: no key of the folder is reachable any more.
        auto more = db.scalar(u"SELECT count(*) FROM user_keys"_s);
        if (!more)
            return more.error();
        *count = QVariant(count->toLongLong() + more->toLongLong());
        if (Status s = db.exec(
                u"DELETE FROM key_grants; DELETE FROM key_chain; DELETE FROM user_keys; DELETE FROM recovery_key"_s);
            !s)
            return m_store.storeError(what);
    }
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

Result<int> Accounts::dataGeneration() const
{
    auto v = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'data_key_gen'"_s);
    if (!v)
        return v.error();
    return v->isNull() || v->toString().isEmpty() ? 1 : v->toString().toInt();
}

Result<int> Accounts::protectionGeneration() const
{
    auto v = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'protection_public'"_s);
    if (!v)
        return v.error();
    return v->isNull() || v->toString().isEmpty() ? 0 : v->toString().section(u':', 0, 0).toInt();
}

Result<std::shared_ptr<const SecretKey>> Accounts::newUserKeys(const QString& name, const unsigned char* kek,
                                                               const QString& keyIdText)
{
    LockedBytes secret(SecretKey::Size);
    if (!secret.ok())
        return noMemory();
    QByteArray publicKey(kPublic, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    auto key = SecretKey::fromBytes(secret.data(), SecretKey::Size);
    if (!key)
        return key.error();
    std::shared_ptr<const SecretKey> userKey(std::move(key.value()));
    const QByteArray wrapped = wrap(*userKey, kek, userKeyAd(keyIdText, name));
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    auto insert = m_store.db().prepare(u"INSERT INTO user_keys(user, public, wrapped) VALUES(?1, ?2, ?3) "
                                       "ON CONFLICT(user) DO UPDATE SET public = excluded.public, "
                                       "wrapped = excluded.wrapped"_s);
    auto drop = m_store.db().prepare(u"DELETE FROM key_grants WHERE user = ?1"_s);
    auto legacy = m_store.db().prepare(u"DELETE FROM wrapped_keys WHERE user = ?1"_s);
    if (!insert || !drop || !legacy)
        return m_store.storeError(what);
    insert->bind(1, name).bind(2, publicKey).bind(3, wrapped);
    drop->bind(1, name);
    legacy->bind(1, name);
    if (!insert->run() || !drop->run() || !legacy->run())
        return m_store.storeError(what);
    return userKey;
}

Status Accounts::grant(const QString& user, const QString& kind, int generation, const SecretKey& key,
                       const QString& keyIdText)
{
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    auto pub = m_store.db().prepare(u"SELECT public FROM user_keys WHERE user = ?1"_s);
    if (!pub)
        return m_store.storeError(what);
    pub->bind(1, user);
    if (!pub->next())
        return pub->ok() ? Status() : m_store.storeError(what); // no keypair yet: pending
    const QByteArray publicKey = pub->blob(0);
    pub->reset();
    auto sealed = sealTo(publicKey, key, grantContext(kind, generation, keyIdText, user));
    if (!sealed)
        return sealed.error();
    auto insert =
        m_store.db().prepare(u"INSERT INTO key_grants(user, kind, gen, sealed) VALUES(?1, ?2, ?3, ?4) "
                             "ON CONFLICT(user, kind, gen) DO UPDATE SET sealed = excluded.sealed"_s);
    if (!insert)
        return m_store.storeError(what);
    insert->bind(1, user).bind(2, kind).bind(3, generation).bind(4, *sealed);
    if (!insert->run())
        return m_store.storeError(what);
    return {};
}

Result<KeyRing> Accounts::loadRing(const QString& user, const SecretKey& userKey,
                                   const QString& keyIdText) const
{
    const QString what = QCoreApplication::translate("Accounts", "Reading the users");
    KeyRing keys;
    auto dataGen = dataGeneration();
    if (!dataGen)
        return dataGen.error();
    keys.dataGeneration = *dataGen;
    auto meta = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'protection_public'"_s);
    if (!meta)
        return meta.error();
    if (const QString text = meta->toString(); !text.isEmpty()) {
        keys.protectionGeneration = text.section(u':', 0, 0).toInt();
        keys.protectionPublic = QByteArray::fromBase64(text.section(u':', 1).toLatin1());
    }
    auto grants = m_store.db().prepare(u"SELECT kind, gen, sealed FROM key_grants WHERE user = ?1"_s);
    if (!grants)
        return m_store.storeError(what);
    grants->bind(1, user);
    while (grants->next()) {
        const QString kind = grants->text(0);
        const int gen = static_cast<int>(grants->integer(1));
        auto key = openSealed(grants->blob(2), userKey, grantContext(kind, gen, keyIdText, user));
        if (!key)
            continue; // not for this keypair (a stale grant): as if absent
        (kind == kData ? keys.data : keys.protection)
            .emplace(gen, std::shared_ptr<const SecretKey>(std::move(key)));
    }
    if (!grants->ok())
        return m_store.storeError(what);
    // The chain: each older generation sealed under a newer one, walked until nothing more opens.
    auto chain = m_store.db().prepare(u"SELECT kind, gen, under, sealed FROM key_chain ORDER BY gen DESC"_s);
    if (!chain)
        return m_store.storeError(what);
    for (bool more = true; more;) {
        more = false;
        chain->reset();
        while (chain->next()) {
            const QString kind = chain->text(0);
            const int gen = static_cast<int>(chain->integer(1));
            const int under = static_cast<int>(chain->integer(2));
            auto& ring = kind == kData ? keys.data : keys.protection;
            const auto holder = ring.find(under);
            if (ring.count(gen) || holder == ring.end())
                continue;
            const QByteArray context = chainContext(kind, gen, under, keyIdText);
            std::unique_ptr<SecretKey> key = kind == kData
                                                 ? unwrapKey(chain->blob(3), holder->second->data(), context)
                                                 : openSealed(chain->blob(3), *holder->second, context);
            if (key) {
                ring.emplace(gen, std::shared_ptr<const SecretKey>(std::move(key)));
                more = true;
            }
        }
        if (!chain->ok())
            return m_store.storeError(what);
    }
    return keys;
}

Result<QStringList> Accounts::protectionUsers(const QString& except) const
{
    auto s = m_store.db().prepare(
        u"SELECT name FROM users WHERE role = 'protection' AND name != ?1 COLLATE NOCASE ORDER BY name"_s);
    if (!s)
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    s->bind(1, except.isEmpty() ? u""_s : except); // a null QString binds NULL, and "!= NULL" is never true
    QStringList out;
    while (s->next())
        out.append(s->text(0));
    if (!s->ok())
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    return out;
}

Status Accounts::newProtectionKey(const QStringList& holders, const QString& keyIdText, KeyRing* keys)
{
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    auto last =
        m_store.db().scalar(u"SELECT max(g) FROM (SELECT gen AS g FROM key_grants WHERE kind = 'protection' "
                            "UNION ALL SELECT gen FROM key_chain WHERE kind = 'protection')"_s);
    auto current = protectionGeneration();
    if (!last)
        return last.error();
    if (!current)
        return current.error();
    const int gen = std::max(*current, last->isNull() ? 0 : last->toInt()) + 1;
    LockedBytes secret(SecretKey::Size);
    if (!secret.ok())
        return noMemory();
    QByteArray publicKey(kPublic, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    auto key = SecretKey::fromBytes(secret.data(), SecretKey::Size);
    if (!key)
        return key.error();
    std::shared_ptr<const SecretKey> p(std::move(key.value()));
    for (const QString& holder : holders)
        if (Status s = grant(holder, kProtection, gen, *p, keyIdText); !s)
            return s;
    auto meta = m_store.db().prepare(u"INSERT INTO meta(key, value) VALUES('protection_public', ?1) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!meta)
        return m_store.storeError(what);
    meta->bind(1, u"%1:%2"_s.arg(gen).arg(QString::fromLatin1(publicKey.toBase64())));
    if (!meta->run())
        return m_store.storeError(what);
    if (keys) {
        keys->protectionGeneration = gen;
        keys->protectionPublic = publicKey;
        keys->protection.emplace(gen, p);
    }
    qCInfo(lcAccounts) << "new protection keypair, generation" << gen << "for" << holders.size()
                       << "officers";
    return Reseal::schedule(m_store.db());
}

Status Accounts::ensureProtection(const QString& user, const QString& keyIdText)
{
    auto current = protectionGeneration();
    if (!current)
        return current.error();
    if (*current > 0) {
        auto held = m_store.db().prepare(
            u"SELECT EXISTS (SELECT 1 FROM key_grants g JOIN users u ON u.name = g.user "
            "WHERE g.kind = 'protection' AND g.gen = ?1 AND u.role = 'protection' AND u.name != ?2 COLLATE NOCASE)"_s);
        if (!held)
            return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
        held->bind(1, *current).bind(2, user);
        if (!held->next())
            return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
        if (held->integer(0) != 0)
            return {}; // pending: the next unlock of an officer who holds P grants it
    }
    return newProtectionKey({user}, keyIdText, nullptr);
}

Status Accounts::newDataKey(KeyRing& keys, const QString& keyIdText)
{
    const auto old = keys.currentData();
    if (!old)
        return accessPending();
    auto fresh = SecretKey::random();
    if (!fresh)
        return fresh.error();
    std::shared_ptr<const SecretKey> d(std::move(fresh.value()));
    const int gen = keys.dataGeneration + 1;
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    auto users = m_store.db().prepare(u"SELECT user FROM user_keys"_s);
    if (!users)
        return m_store.storeError(what);
    QStringList names;
    while (users->next())
        names.append(users->text(0));
    if (!users->ok())
        return m_store.storeError(what);
    for (const QString& name : std::as_const(names))
        if (Status s = grant(name, kData, gen, *d, keyIdText); !s)
            return s;
    auto chain =
        m_store.db().prepare(u"INSERT INTO key_chain(kind, gen, under, sealed) VALUES('data', ?1, ?2, ?3) "
                             "ON CONFLICT(kind, gen) DO UPDATE SET under = excluded.under, "
                             "sealed = excluded.sealed"_s);
    auto meta = m_store.db().prepare(u"INSERT INTO meta(key, value) VALUES('data_key_gen', ?1) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!chain || !meta)
        return m_store.storeError(what);
    chain->bind(1, keys.dataGeneration).bind(2, gen);
    chain->bind(3, wrap(*old, d->data(), chainContext(kData, keys.dataGeneration, gen, keyIdText)));
    meta->bind(1, QString::number(gen));
    if (!chain->run() || !meta->run())
        return m_store.storeError(what);
    if (Status s = grantRecovery(gen, *d, keyIdText); !s)
        return s;
    keys.data.emplace(gen, d);
    keys.dataGeneration = gen;
    qCInfo(lcAccounts) << "new data key, generation" << gen << "for" << names.size() << "users";
    return Reseal::schedule(m_store.db());
}

Result<KeyRing> Accounts::adminKeys(const Session& admin) const
{
    auto gen = dataGeneration();
    if (!gen)
        return gen.error();
    // The session's keys, or the store's when they are newer (this session renewed them).
    if (const auto sealer = m_store.sealer();
        sealer && sealer->keys().dataGeneration == *gen && sealer->keys().currentData())
        return sealer->keys();
    if (admin.keys && admin.keys->dataGeneration == *gen && admin.keys->currentData())
        return *admin.keys;
    if (!admin.keys && *gen == 1 && admin.dataKey) {
        KeyRing keys;
        keys.data.emplace(1, admin.dataKey);
        return keys;
    }
    return accessPending();
}

void Accounts::refreshStore(const KeyRing& keys)
{
    const auto sealer = m_store.sealer();
    if (!sealer)
        return;
    KeyRing merged = sealer->keys();
    for (const auto& [gen, key] : keys.data)
        merged.data.emplace(gen, key);
    merged.dataGeneration = std::max(merged.dataGeneration, keys.dataGeneration);
    if (Status s = m_store.setSealer(std::make_shared<const FieldSealer>(std::move(merged))); !s)
        qCWarning(lcAccounts) << "the store could not take the new keys:" << s.error().message;
}

Status Accounts::fulfil(const Stored& user, KeyRing& keys, const QString& keyIdText)
{
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    // Whoever holds the current D grants it to users who have a keypair but not the grant.
    if (const auto d = keys.currentData()) {
        auto missing = m_store.db().prepare(
            u"SELECT k.user FROM user_keys k WHERE NOT EXISTS (SELECT 1 FROM key_grants g "
            "WHERE g.user = k.user AND g.kind = 'data' AND g.gen = ?1)"_s);
        if (!missing)
            return m_store.storeError(what);
        missing->bind(1, keys.dataGeneration);
        QStringList names;
        while (missing->next())
            names.append(missing->text(0));
        if (!missing->ok())
            return m_store.storeError(what);
        for (const QString& name : std::as_const(names))
            if (Status s = grant(name, kData, keys.dataGeneration, *d, keyIdText); !s)
                return s;
    }
    if (user.role != Role::Protection)
        return {};
    if (keys.protectionGeneration == 0) {
        // The first protection officer to log in after the upgrade (or in a folder that never
        // had one): P is made now, for every officer with a keypair, and the protection
        // answers sealed under D are re-sealed to it.
        auto officers = protectionUsers(QString());
        if (!officers)
            return officers.error();
        return newProtectionKey(*officers, keyIdText, &keys);
    }
    const auto p = keys.currentProtection();
    if (!p)
        return {}; // this officer's own grant is pending
    auto missing = m_store.db().prepare(
        u"SELECT k.user FROM user_keys k JOIN users u ON u.name = k.user WHERE u.role = 'protection' AND "
        "NOT EXISTS (SELECT 1 FROM key_grants g WHERE g.user = k.user AND g.kind = 'protection' AND g.gen = ?1)"_s);
    if (!missing)
        return m_store.storeError(what);
    missing->bind(1, keys.protectionGeneration);
    QStringList names;
    while (missing->next())
        names.append(missing->text(0));
    if (!missing->ok())
        return m_store.storeError(what);
    for (const QString& name : std::as_const(names))
        if (Status s = grant(name, kProtection, keys.protectionGeneration, *p, keyIdText); !s)
            return s;
    // Older P this officer holds, sealed under the current one, so that every officer
    // reaches the answers still sealed to them until they are re-sealed.
    bool linked = false;
    for (const auto& [gen, key] : keys.protection) {
        if (gen >= keys.protectionGeneration)
            continue;
        auto exists =
            m_store.db().prepare(u"SELECT EXISTS (SELECT 1 FROM key_chain WHERE kind = 'protection' "
                                 "AND gen = ?1)"_s);
        if (!exists)
            return m_store.storeError(what);
        exists->bind(1, gen);
        if (!exists->next())
            return m_store.storeError(what);
        if (exists->integer(0) != 0)
            continue;
        auto sealed = sealTo(keys.protectionPublic, *key,
                             chainContext(kProtection, gen, keys.protectionGeneration, keyIdText));
        if (!sealed)
            return sealed.error();
        auto insert = m_store.db().prepare(u"INSERT INTO key_chain(kind, gen, under, sealed) "
                                           "VALUES('protection', ?1, ?2, ?3)"_s);
        if (!insert)
            return m_store.storeError(what);
        insert->bind(1, gen).bind(2, keys.protectionGeneration).bind(3, *sealed);
        if (!insert->run())
            return m_store.storeError(what);
        linked = true;
    }
    return linked ? Reseal::schedule(m_store.db()) : Status();
}

namespace {

constexpr char kRecoveryDomain[] = "prihvat-recovery-1";
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t kRecoveryBytes = 16;    // 128 bits
const QString kRecoveryUser = u"*recovery"_s; // never a user name (checkName refuses '*')

// 16 bytes as base32 (RFC 4648, no padding: 26 characters), in groups of four.
QString recoveryText(const unsigned char* bytes)
{
    QString out;
    std::uint32_t buffer = 0;
    int bits = 0;
    int written = 0;
    const auto put = [&](int index) {
        if (written > 0 && written % 4 == 0)
            out += u'-';
        out += QLatin1Char(kBase32[index]);
        ++written;
    };
    for (std::size_t i = 0; i < kRecoveryBytes; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            put(static_cast<int>((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
    }
    if (bits > 0)
        put(static_cast<int>((buffer << (5 - bits)) & 31));
    return out;
}

// The 16 bytes a recovery secret as typed stands for (groups, spaces and case do not matter).
bool recoveryBytes(const QString& text, unsigned char* out)
{
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t n = 0;
    int chars = 0;
    for (const QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        const char ch = c.toUpper().toLatin1();
        const char* at = ch == 0 ? nullptr : std::strchr(kBase32, ch);
        if (!at)
            return false;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(at - kBase32);
        bits += 5;
        ++chars;
        if (bits >= 8) {
            if (n == kRecoveryBytes)
                return false;
            out[n++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return n == kRecoveryBytes && chars == 26;
}

void recoveryKek(const unsigned char* secret, const QByteArray& salt, unsigned char* out)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, reinterpret_cast<const unsigned char*>(salt.constData()),
                            static_cast<std::size_t>(salt.size()), 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kRecoveryDomain),
                              sizeof kRecoveryDomain - 1);
    crypto_generichash_update(&state, secret, kRecoveryBytes);
    crypto_generichash_final(&state, out, 32);
    sodium_memzero(&state, sizeof state);
}

QByteArray recoveryAd(const QString& keyId)
{
    return QByteArray(kRecoveryDomain) + '\x1f' + keyId.toUtf8();
}

Error wrongRecoverySecret()
{
    return Error::invalid(QCoreApplication::translate("Accounts", "The recovery secret is not right."));
}

} // namespace

Result<QString> Accounts::newRecoveryKey(const SecretKey& dataKey, const QString& keyIdText)
{
    LockedBytes secret(kRecoveryBytes);
    LockedBytes kek(32);
    LockedBytes recoverySecretKey(SecretKey::Size);
    if (!secret.ok() || !kek.ok() || !recoverySecretKey.ok())
        return noMemory();
    randombytes_buf(secret.data(), kRecoveryBytes);
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    recoveryKek(secret.data(), salt, kek.data());
    QByteArray publicKey(kPublic, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), recoverySecretKey.data());
    auto key = SecretKey::fromBytes(recoverySecretKey.data(), SecretKey::Size);
    if (!key)
        return key.error();
    const QByteArray wrapped = wrap(**key, kek.data(), recoveryAd(keyIdText));
    auto insert = m_store.db().prepare(
        u"INSERT INTO recovery_key(id, public, wrapped, salt, gen, sealed) VALUES(1, ?1, ?2, ?3, 0, x'') "
        "ON CONFLICT(id) DO UPDATE SET public = excluded.public, wrapped = excluded.wrapped, "
        "salt = excluded.salt, gen = 0, sealed = x''"_s);
    if (!insert)
        return m_store.storeError(QCoreApplication::translate("Accounts", "Saving the user"));
    insert->bind(1, publicKey).bind(2, wrapped).bind(3, salt);
    if (!insert->run())
        return m_store.storeError(QCoreApplication::translate("Accounts", "Saving the user"));
    auto gen = dataGeneration();
    if (!gen)
        return gen.error();
    if (Status s = grantRecovery(*gen, dataKey, keyIdText); !s)
        return s.error();
    return recoveryText(secret.data());
}

Status Accounts::grantRecovery(int generation, const SecretKey& dataKey, const QString& keyIdText)
{
    const QString what = QCoreApplication::translate("Accounts", "Saving the user");
    auto pub = m_store.db().prepare(u"SELECT public FROM recovery_key WHERE id = 1"_s);
    if (!pub)
        return m_store.storeError(what);
    if (!pub->next())
        return pub->ok() ? Status() : m_store.storeError(what); // no recovery secret
    const QByteArray publicKey = pub->blob(0);
    pub->reset();
    auto sealed = sealTo(publicKey, dataKey, grantContext(kData, generation, keyIdText, kRecoveryUser));
    if (!sealed)
        return sealed.error();
    auto update = m_store.db().prepare(u"UPDATE recovery_key SET gen = ?1, sealed = ?2 WHERE id = 1"_s);
    if (!update)
        return m_store.storeError(what);
    update->bind(1, generation).bind(2, *sealed);
    if (!update->run())
        return m_store.storeError(what);
    return {};
}

Status Accounts::recover(const QString& name, const QString& recoverySecret, const QString& newPassword)
{
    auto erasedNow = isErased();
    if (!erasedNow)
        return erasedNow.error();
    if (*erasedNow)
        return erased();
    if (Schema::version(m_store.db()) < Schema::keyRolesVersion)
        return Error::conflict(
            QCoreApplication::translate("Accounts", "This data folder has no recovery secret."));
    auto target = loadExisting(name);
    if (!target)
        return target.error();
    if (target->role != Role::Admin)
        return Error::conflict(QCoreApplication::translate(
            "Accounts", "Only an administrator's account can be recovered with the recovery secret."));
    if (Status s = checkPassword(newPassword); !s)
        return s;
    auto id = keyId();
    if (!id)
        return id.error();
    auto row =
        m_store.db().prepare(u"SELECT public, wrapped, salt, gen, sealed FROM recovery_key WHERE id = 1"_s);
    if (!row)
        return m_store.storeError(QCoreApplication::translate("Accounts", "Reading the users"));
    if (!row->next())
        return Error::conflict(
            QCoreApplication::translate("Accounts", "This data folder has no recovery secret."));
    const QByteArray publicKey = row->blob(0);
    const QByteArray wrapped = row->blob(1);
    const QByteArray salt = row->blob(2);
    const int gen = static_cast<int>(row->integer(3));
    const QByteArray sealed = row->blob(4);
    row->reset();
    LockedBytes secret(kRecoveryBytes);
    LockedBytes kek(32);
    if (!secret.ok() || !kek.ok())
        return noMemory();
    std::unique_ptr<SecretKey> recoveryKey;
    if (recoveryBytes(recoverySecret, secret.data())) {
        recoveryKek(secret.data(), salt, kek.data());
        recoveryKey = unwrapKey(wrapped, kek.data(), recoveryAd(*id));
    }
    if (!recoveryKey || publicOf(*recoveryKey) != publicKey) {
        static_cast<void>(m_store.audit().appendAs(u"(recovery)"_s, AuditKind::LoginFailed, QString(),
                                                   QString(), u"recovery user=%1"_s.arg(target->name)));
        m_sleep(delayAfter(1));
        return wrongRecoverySecret();
    }
    auto current = dataGeneration();
    if (!current)
        return current.error();
    auto dataKey = openSealed(sealed, *recoveryKey, grantContext(kData, gen, *id, kRecoveryUser));
    if (!dataKey || gen != *current)
        return accessPending();

    const KdfParams params = KdfParams::fresh();
    LockedBytes derived(kDerived);
    if (!derived.ok())
        return noMemory();
    {
        PasswordBytes pw(newPassword);
        if (Status s = m_kdf.derive(pw.view(), params, derived.data(), derived.size()); !s)
            return s;
    }
    const QByteArray verifier(reinterpret_cast<const char*>(derived.data()), kHalf);
    const QString what = QCoreApplication::translate("Accounts", "Saving the new password");
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return m_store.storeError(what);
    auto update = m_store.db().prepare(u"UPDATE users SET kdf_alg = ?2, kdf_ops = ?3, kdf_mem = ?4, kdf_salt "
                                       u"= ?5, verifier = ?6, changed_ms = ?7, "
                                       "locked = 0, failures = 0, not_before_ms = 0 WHERE name = ?1"_s);
    if (!update)
        return m_store.storeError(what);
    update->bind(1, target->name).bind(2, params.alg).bind(3, static_cast<std::int64_t>(params.opslimit));
    update->bind(4, static_cast<std::int64_t>(params.memlimit)).bind(5, params.salt).bind(6, verifier);
    update->bind(7, m_store.clock().nowMs());
    if (!update->run())
        return m_store.storeError(what);
    auto fresh = newUserKeys(target->name, derived.data() + kHalf, *id);
    if (!fresh)
        return fresh.error();
    if (Status s = grant(target->name, kData, gen, *dataKey, *id); !s)
        return s;
    for (const AuditKind kind : {AuditKind::PasswordChange, AuditKind::UserUnlock})
        if (Status s = m_store.audit().appendAs(u"(recovery)"_s, kind, QString(), QString(),
                                                u"user=%1 recovery"_s.arg(target->name));
            !s)
            return s;
    if (!tx.commit())
        return m_store.storeError(what);
    static_cast<void>(m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    qCWarning(lcAccounts) << "an administrator's account was recovered with the recovery secret";
    return {};
}

} // namespace prihvat
