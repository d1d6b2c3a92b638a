// Local accounts (issue 5, "Users, roles, unlock"): the first administrator, users of
// every role, the data key wrapped per user, growing delay and lock-out on wrong
// passwords (a sleeper that moves a ManualClock, so nothing really waits), an
// administrator's unlock, password change keeping the data key, removal, roles, the
// Argon2id floor, the audit entries, and the crypto-erase of a revoked device.

#include "MemoKdf.h"
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "security/Accounts.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const std::int64_t kNow = 1'781'517'600'000;
const QString kAdminPw = u"correct horse battery"_s;

template <typename T> QByteArray why(const Result<T>& r)
{
    return r ? QByteArray("ok") : r.error().fullText().toUtf8();
}

bool sameKey(const Session& a, const Session& b)
{
    return a.dataKey && b.dataKey && std::memcmp(a.dataKey->data(), b.dataKey->data(), SecretKey::Size) == 0;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    test::MemoKdf m_kdf;
    QList<std::int64_t> m_waits;
    bool m_sleepMovesClock = true;
    std::unique_ptr<QTemporaryDir> m_template;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Accounts> m_accounts;

    Accounts::Sleeper sleeper()
    {
        return [this](std::int64_t ms) {
            m_waits.append(ms);
            if (m_sleepMovesClock)
                m_clock.advance(ms);
        };
    }
    void reopen()
    {
        m_accounts.reset();
        m_store.reset();
        auto store = LocalStore::open(DataFolder(m_tmp->path()), m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        m_store = std::move(*store);
        m_accounts = std::make_unique<Accounts>(*m_store, m_kdf, sleeper());
    }
    Session admin()
    {
        auto s = m_accounts->unlock(u"ana"_s, kAdminPw);
        if (!s)
            qFatal("admin cannot log in: %s", why(s).constData());
        return *s;
    }
    QStringList kinds()
    {
        QStringList out;
        auto entries = m_store->audit().entries(100000);
        for (const AuditEntry& e : *entries)
            out.prepend(e.kind);
        return out;
    }
    QByteArray blob(const QString& sql)
    {
        auto s = m_store->db().prepare(sql);
        return s && s->next() ? s->blob(0) : QByteArray();
    }
    QString rawValue(const QString& sql)
    {
        auto v = m_store->db().scalar(sql);
        return v ? v->toString() : u"error"_s;
    }

private Q_SLOTS:
    // The folder with its first administrator is made once and copied for each test
    // (the memo then knows ana's salt: her logins cost no Argon2id run).
    void initTestCase()
    {
        auto forms = FormRegistry::load();
        QVERIFY(forms.ok());
        m_forms = *forms;
        m_template = std::make_unique<QTemporaryDir>();
        QVERIFY(m_template->isValid());
        auto store = LocalStore::initialise(DataFolder(m_template->path()), u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        Accounts accounts(**store, m_kdf, sleeper());
        QCOMPARE(*accounts.hasUsers(), false);
        auto created = accounts.createAdministrator(u"ana"_s, kAdminPw);
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(created->user, u"ana"_s);
        QCOMPARE(created->role, Role::Admin);
        QVERIFY(created->dataKey);
        QCOMPARE(*accounts.hasUsers(), true);
    }
    void init()
    {
        m_clock.set(kNow);
        m_waits.clear();
        m_sleepMovesClock = true;
        m_tmp = std::make_unique<QTemporaryDir>();
        const QDir from(m_template->path());
        for (const QString& name : from.entryList(QDir::Files))
            QVERIFY(QFile::copy(from.filePath(name), m_tmp->filePath(name)));
        reopen();
    }
    void cleanup()
    {
        m_accounts.reset();
        m_store.reset();
        m_tmp.reset();
    }

    void parametersNeverBelowModerate();
    void weakenedStoredParametersAreRefused();
    void realArgon2idLogin();
    void everyRoleUnlocksTheSameDataKey();
    void onlyOneFirstAdministrator();
    void wrongPasswordsDelayThenLockOut();
    void delayOutlivesARestart();
    void administratorLiftsLockOut();
    void wrongPasswordDecryptsNothing();
    void wrappedKeyIsBoundToItsUser();
    void passwordChangeKeepsTheDataKey();
    void removedUserCannotUnlock();
    void rolesAndAdministratorRules();
    void everyEventIsAudited();
    void cryptoEraseLeavesNoKey();
    void badNamesAndPasswords();
};

void TestAccounts::parametersNeverBelowModerate()
{
    // libsodium's MODERATE limits, written out: lowering the floor or the default fails here.
    QVERIFY(KdfParams::kFloorOpslimit >= 3);
    QVERIFY(KdfParams::kFloorMemlimit >= 256ULL * 1024 * 1024);
    QVERIFY(KdfParams::kFloorOpslimit >= crypto_pwhash_OPSLIMIT_MODERATE);
    QVERIFY(KdfParams::kFloorMemlimit >= crypto_pwhash_MEMLIMIT_MODERATE);
    const KdfParams fresh = KdfParams::fresh();
    QCOMPARE(fresh.alg, u"argon2id13"_s);
    QVERIFY(fresh.opslimit >= 3);
    QVERIFY(fresh.memlimit >= 256ULL * 1024 * 1024);
    QCOMPARE(fresh.salt.size(), 16);
    QVERIFY(fresh.salt != KdfParams::fresh().salt);
    QVERIFY(fresh.check().ok());

    // What is stored for a new user is what fresh() gives.
    QVERIFY(rawValue(u"SELECT kdf_ops FROM users WHERE name = 'ana'"_s).toULongLong() >= 3);
    QVERIFY(rawValue(u"SELECT kdf_mem FROM users WHERE name = 'ana'"_s).toULongLong() >=
            256ULL * 1024 * 1024);
    QCOMPARE(rawValue(u"SELECT kdf_alg FROM users WHERE name = 'ana'"_s), u"argon2id13"_s);

    // Weaker parameters are refused by the check and by the real KDF itself.
    for (auto lower :
         {+[](KdfParams& p) { p.opslimit = 2; }, +[](KdfParams& p) { p.memlimit = 64ULL * 1024 * 1024; },
          +[](KdfParams& p) { p.alg = u"argon2i13"_s; }, +[](KdfParams& p) { p.salt.chop(1); }}) {
        KdfParams p = KdfParams::fresh();
        lower(p);
        QVERIFY(!p.check().ok());
        unsigned char out[64];
        QVERIFY(!Argon2idKdf().derive("password", p, out, sizeof out).ok());
    }
}

void TestAccounts::weakenedStoredParametersAreRefused()
{
    // Someone with the file lowers the cost so that guessing becomes cheap: refused, and
    // no derivation even runs.
    QVERIFY(m_store->db().exec(u"UPDATE users SET kdf_ops = 1, kdf_mem = 8192 WHERE name = 'ana'"_s).ok());
    const int calls = m_kdf.calls();
    auto s = m_accounts->unlock(u"ana"_s, kAdminPw);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(u"weaker than the minimum"_s), why(s).constData());
    QCOMPARE(m_kdf.calls(), calls);
}

void TestAccounts::realArgon2idLogin()
{
    // The production KDF end to end (two real Argon2id runs at MODERATE).
    Accounts real(*m_store, Accounts::argon2id(), sleeper());
    auto admin = real.unlock(u"ana"_s, kAdminPw);
    QVERIFY2(admin.ok(), why(admin).constData());
    QVERIFY(real.addUser(*admin, u"meho"_s, Role::Mobile, u"mobile-pass-1"_s).ok());
    QElapsedTimer timer;
    timer.start();
    auto mobile = real.unlock(u"meho"_s, u"mobile-pass-1"_s);
    QVERIFY2(mobile.ok(), why(mobile).constData());
    QVERIFY(sameKey(*admin, *mobile));
    qInfo("one Argon2id login: %lld ms", static_cast<long long>(timer.elapsed()));
}

void TestAccounts::everyRoleUnlocksTheSameDataKey()
{
    const Session a = admin();
    const std::pair<QString, Role> users[] = {
        {u"meho"_s, Role::Mobile}, {u"dina"_s, Role::Desk}, {u"pia"_s, Role::Protection}};
    for (const auto& [name, role] : users)
        QVERIFY2(m_accounts->addUser(a, name, role, name + u"-password"_s).ok(), qPrintable(name));
    for (const auto& [name, role] : users) {
        auto s = m_accounts->unlock(name, name + u"-password"_s);
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(s->user, name);
        QCOMPARE(s->role, role);
        QCOMPARE(s->canSeeProtection(), role == Role::Protection);
        QVERIFY(!s->isAdministrator());
        QVERIFY(sameKey(a, *s));
    }
    QVERIFY(!a.canSeeProtection());
    // Names compare without case; each user has a wrapped key of their own.
    QVERIFY(m_accounts->unlock(u"PIA"_s, u"pia-password"_s).ok());
    QCOMPARE(rawValue(u"SELECT count(DISTINCT wrapped) FROM user_keys"_s), u"4"_s);
    auto list = m_accounts->users();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 4);
    QCOMPARE(list->at(0).name, u"ana"_s);
    QCOMPARE(list->at(0).role, Role::Admin);
    QVERIFY(list->at(0).hasKey);
    // The data key itself is nowhere in the file.
    const QByteArray key(reinterpret_cast<const char*>(a.dataKey->data()), SecretKey::Size);
    QVERIFY(!fileBytes(m_store->folder().databasePath()).contains(key));
    QVERIFY(!fileBytes(m_store->folder().databasePath() + u"-wal"_s).contains(key));
}

void TestAccounts::onlyOneFirstAdministrator()
{
    auto again = m_accounts->createAdministrator(u"eve"_s, u"another password"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(rawValue(u"SELECT count(*) FROM users"_s), u"1"_s);
}

void TestAccounts::wrongPasswordsDelayThenLockOut()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"meho"_s, Role::Mobile, u"mobile-pass-1"_s).ok());
    m_waits.clear();
    const std::int64_t start = m_clock.nowMs();
    for (int i = 1; i < Accounts::kMaxFailures; ++i) {
        auto s = m_accounts->unlock(u"meho"_s, u"wrong guess %1"_s.arg(i));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY2(s.error().message.contains(u"not right"_s), why(s).constData());
        QCOMPARE(rawValue(u"SELECT failures FROM users WHERE name = 'meho'"_s), QString::number(i));
    }
    // A growing delay: 1, 2, 4, 8 s, each waited before the failing call returned.
    QCOMPARE(m_waits, (QList<std::int64_t>{1000, 2000, 4000, 8000}));
    QCOMPARE(m_clock.nowMs() - start, 15000);
    // The fifth locks the account; then even the right password is refused, without a
    // derivation.
    auto fifth = m_accounts->unlock(u"meho"_s, u"wrong guess 5"_s);
    QVERIFY(!fifth.ok());
    QVERIFY2(fifth.error().message.contains(u"locked"_s), why(fifth).constData());
    QCOMPARE(rawValue(u"SELECT locked FROM users WHERE name = 'meho'"_s), u"1"_s);
    const int calls = m_kdf.calls();
    auto right = m_accounts->unlock(u"meho"_s, u"mobile-pass-1"_s);
    QVERIFY(!right.ok());
    QCOMPARE(right.error().code, Error::Code::Conflict);
    QCOMPARE(m_kdf.calls(), calls);
    // Still locked after a restart.
    reopen();
    QVERIFY(!m_accounts->unlock(u"meho"_s, u"mobile-pass-1"_s).ok());
    // Others are not affected.
    QVERIFY(m_accounts->unlock(u"ana"_s, kAdminPw).ok());
    // An unknown name fails the same way, after a wait and a real derivation.
    m_waits.clear();
    const int before = m_kdf.calls();
    auto unknown = m_accounts->unlock(u"nobody"_s, u"whatever1"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, m_accounts->unlock(u"ana"_s, u"wrong one!"_s).error().message);
    QCOMPARE(m_kdf.calls(), before + 2);
    QVERIFY(!m_waits.isEmpty() && m_waits.first() >= 1000);
}

void TestAccounts::delayOutlivesARestart()
{
    // The program is killed during the wait (the clock does not move): a fresh start owes
    // the rest of it before the next derivation.
    m_sleepMovesClock = false;
    QVERIFY(!m_accounts->unlock(u"ana"_s, u"wrong password"_s).ok());
    QVERIFY(!m_accounts->unlock(u"ana"_s, u"wrong password 2"_s).ok());
    reopen();
    m_waits.clear();
    m_clock.advance(500);
    auto s = m_accounts->unlock(u"ana"_s, kAdminPw);
    QVERIFY2(s.ok(), why(s).constData());
    QCOMPARE(m_waits, (QList<std::int64_t>{1500}));
    QCOMPARE(rawValue(u"SELECT failures FROM users WHERE name = 'ana'"_s), u"0"_s);
}

void TestAccounts::administratorLiftsLockOut()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"dina"_s, Role::Desk, u"desk-pass-1"_s).ok());
    for (int i = 0; i < Accounts::kMaxFailures; ++i)
        QVERIFY(!m_accounts->unlock(u"dina"_s, u"nope nope"_s).ok());
    QVERIFY(!m_accounts->unlock(u"dina"_s, u"desk-pass-1"_s).ok());
    // Not by another non-administrator.
    QVERIFY(m_accounts->addUser(a, u"pia"_s, Role::Protection, u"protect-pass"_s).ok());
    const Session pia = *m_accounts->unlock(u"pia"_s, u"protect-pass"_s);
    QVERIFY(!m_accounts->unlockUser(pia, u"dina"_s).ok());
    QVERIFY2(m_accounts->unlockUser(a, u"dina"_s).ok(), "");
    m_waits.clear();
    auto s = m_accounts->unlock(u"dina"_s, u"desk-pass-1"_s);
    QVERIFY2(s.ok(), why(s).constData());
    QVERIFY(m_waits.isEmpty()); // the owed delay was lifted too
    QVERIFY(sameKey(a, *s));
}

void TestAccounts::wrongPasswordDecryptsNothing()
{
    // With the wrapped key spoiled, a wrong password still reports a wrong password: the
    // verifier failed first and the wrapped key was never opened. The right one reaches it.
    QVERIFY(m_store->db().exec(u"UPDATE user_keys SET wrapped = zeroblob(72) WHERE user = 'ana'"_s).ok());
    auto wrong = m_accounts->unlock(u"ana"_s, u"not the password"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, Error::Code::Invalid);
    auto right = m_accounts->unlock(u"ana"_s, kAdminPw);
    QVERIFY(!right.ok());
    QCOMPARE(right.error().code, Error::Code::Damaged);
}

void TestAccounts::wrappedKeyIsBoundToItsUser()
{
    // Bob copies ana's hash and wrapped key onto his own row: the verifier then matches
    // ana's password, but the wrapping is bound to ana's name and does not open as bob.
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"bob"_s, Role::Mobile, u"bob-password"_s).ok());
    QVERIFY(m_store->db()
                .exec(u"UPDATE users SET kdf_salt = (SELECT kdf_salt FROM users WHERE name = 'ana'), "
                      "verifier = (SELECT verifier FROM users WHERE name = 'ana') WHERE name = 'bob'; "
                      "UPDATE user_keys SET wrapped = (SELECT wrapped FROM user_keys WHERE user = 'ana') "
                      "WHERE user = 'bob'"_s)
                .ok());
    auto s = m_accounts->unlock(u"bob"_s, kAdminPw);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Damaged);
}

void TestAccounts::passwordChangeKeepsTheDataKey()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"pia"_s, Role::Protection, u"first-password"_s).ok());
    const Session before = *m_accounts->unlock(u"pia"_s, u"first-password"_s);
    const FieldSealer sealer(before.dataKey);
    const QString rid = u"0197a000-0000-7000-8000-000000000001"_s;
    auto sealed = sealer.seal(rid, u"gbv_details"_s, "\"a protection note\"");
    QVERIFY(sealed.ok());
    const QByteArray saltBefore = blob(u"SELECT kdf_salt FROM users WHERE name = 'pia'"_s);

    QVERIFY(m_accounts->changePassword(before, u"pia"_s, u"second-password"_s).ok());
    QVERIFY(!m_accounts->unlock(u"pia"_s, u"first-password"_s).ok());
    auto after = m_accounts->unlock(u"pia"_s, u"second-password"_s);
    QVERIFY2(after.ok(), why(after).constData());
    QVERIFY(sameKey(before, *after));
    auto opened = FieldSealer(after->dataKey).open(rid, u"gbv_details"_s, *sealed);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, QByteArray("\"a protection note\""));
    QVERIFY(blob(u"SELECT kdf_salt FROM users WHERE name = 'pia'"_s) != saltBefore);

    // Someone else's password: administrators only.
    QVERIFY(m_accounts->addUser(a, u"meho"_s, Role::Mobile, u"mobile-pass-1"_s).ok());
    const Session meho = *m_accounts->unlock(u"meho"_s, u"mobile-pass-1"_s);
    QVERIFY(!m_accounts->changePassword(meho, u"pia"_s, u"hijacked-pass"_s).ok());
    QVERIFY(m_accounts->changePassword(a, u"meho"_s, u"reset-by-admin"_s).ok());
    QVERIFY(m_accounts->unlock(u"meho"_s, u"reset-by-admin"_s).ok());
    QVERIFY(!m_accounts->changePassword(a, u"pia"_s, u"short"_s).ok());
}

void TestAccounts::removedUserCannotUnlock()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"meho"_s, Role::Mobile, u"mobile-pass-1"_s).ok());
    const QByteArray wrapped = blob(u"SELECT wrapped FROM user_keys WHERE user = 'meho'"_s);
    QCOMPARE(wrapped.size(), 24 + 32 + 16);
    QVERIFY(m_accounts->removeUser(a, u"meho"_s).ok());
    QCOMPARE(rawValue(u"SELECT count(*) FROM user_keys WHERE user = 'meho'"_s), u"0"_s);
    auto s = m_accounts->unlock(u"meho"_s, u"mobile-pass-1"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Invalid);
    // No copy of the wrapped key is left in the files.
    QVERIFY(!fileBytes(m_store->folder().databasePath()).contains(wrapped));
    QVERIFY(!fileBytes(m_store->folder().databasePath() + u"-wal"_s).contains(wrapped));
    QVERIFY(!m_accounts->removeUser(a, u"meho"_s).ok());
}

void TestAccounts::rolesAndAdministratorRules()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"dina"_s, Role::Desk, u"desk-pass-1"_s).ok());
    const Session dina = *m_accounts->unlock(u"dina"_s, u"desk-pass-1"_s);
    QVERIFY(!dina.canSeeProtection());
    // Non-administrators manage nothing.
    QVERIFY(!m_accounts->addUser(dina, u"x1"_s, Role::Admin, u"whatever-1"_s).ok());
    QVERIFY(!m_accounts->changeRole(dina, u"dina"_s, Role::Protection).ok());
    QVERIFY(!m_accounts->removeUser(dina, u"ana"_s).ok());
    // A session that claims a role the database does not give is refused too.
    Session forged = dina;
    forged.role = Role::Admin;
    QVERIFY(!m_accounts->addUser(forged, u"x2"_s, Role::Admin, u"whatever-1"_s).ok());
    QCOMPARE(rawValue(u"SELECT count(*) FROM users"_s), u"2"_s);

    QVERIFY(m_accounts->changeRole(a, u"dina"_s, Role::Protection).ok());
    auto again = m_accounts->unlock(u"dina"_s, u"desk-pass-1"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->role, Role::Protection);
    QVERIFY(again->canSeeProtection());
    // The last administrator stays.
    QVERIFY(!m_accounts->changeRole(a, u"ana"_s, Role::Mobile).ok());
    QVERIFY(!m_accounts->removeUser(a, u"ana"_s).ok());
    QVERIFY(m_accounts->changeRole(a, u"dina"_s, Role::Admin).ok());
    QVERIFY(m_accounts->changeRole(a, u"ana"_s, Role::Mobile).ok());
    // ana's old session no longer counts as an administrator's.
    QVERIFY(!m_accounts->addUser(a, u"x3"_s, Role::Desk, u"whatever-1"_s).ok());
    QVERIFY(
        m_accounts
            ->addUser(*m_accounts->unlock(u"dina"_s, u"desk-pass-1"_s), u"x3"_s, Role::Desk, u"whatever-1"_s)
            .ok());
}

void TestAccounts::everyEventIsAudited()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"meho"_s, Role::Mobile, u"mobile-pass-1"_s).ok());
    QVERIFY(m_accounts->changeRole(a, u"meho"_s, Role::Desk).ok());
    QVERIFY(m_accounts->changePassword(a, u"meho"_s, u"mobile-pass-2"_s).ok());
    for (int i = 0; i < Accounts::kMaxFailures; ++i)
        QVERIFY(!m_accounts->unlock(u"meho"_s, u"bad password"_s).ok());
    QVERIFY(m_accounts->unlockUser(a, u"meho"_s).ok());
    QVERIFY(m_accounts->recordLock(a).ok());
    QVERIFY(m_accounts->removeUser(a, u"meho"_s).ok());
    QVERIFY(m_accounts->cryptoErase().ok());
    const QStringList k = kinds();
    for (const QString& kind :
         {u"user_add"_s, u"login"_s, u"role_change"_s, u"password_change"_s, u"login_failed"_s, u"lockout"_s,
          u"user_unlock"_s, u"lock"_s, u"user_remove"_s, u"crypto_erase"_s})
        QVERIFY2(k.contains(kind), qPrintable(kind + u" missing from "_s + k.join(u',')));
    QCOMPARE(k.count(u"login_failed"_s), Accounts::kMaxFailures);
    // Who: the administrator for what they did, the user for their own failed logins.
    auto entries = m_store->audit().entries(1000);
    for (const AuditEntry& e : *entries) {
        if (e.kind == u"role_change"_s || e.kind == u"user_remove"_s)
            QVERIFY2(e.actor.startsWith(u"ana@"_s), qPrintable(e.actor));
        if (e.kind == u"login_failed"_s || e.kind == u"lockout"_s)
            QVERIFY2(e.actor.startsWith(u"meho@"_s), qPrintable(e.actor));
    }
    QVERIFY(m_store->audit().verify()->isEmpty());
    // Never a password.
    for (const QString& path :
         QStringList{m_store->folder().databasePath(), m_store->folder().databasePath() + u"-wal"_s})
        for (const char* secret : {"mobile-pass", "bad password", "correct horse"})
            QVERIFY2(!fileBytes(path).contains(secret), secret);
}

void TestAccounts::cryptoEraseLeavesNoKey()
{
    const Session a = admin();
    QVERIFY(m_accounts->addUser(a, u"pia"_s, Role::Protection, u"protect-pass"_s).ok());
    QList<QByteArray> wrapped;
    auto rows = m_store->db().prepare(u"SELECT wrapped FROM user_keys"_s);
    while (rows->next())
        wrapped.append(rows->blob(0));
    QCOMPARE(wrapped.size(), 2);
    rows = m_store->db().prepare(u"SELECT 1"_s); // let go of the read

    QVERIFY2(m_accounts->cryptoErase().ok(), "");
    QCOMPARE(*m_accounts->isErased(), true);
    QCOMPARE(rawValue(u"SELECT count(*) FROM user_keys"_s), u"0"_s);
    const QString db = m_store->folder().databasePath();
    QCOMPARE(QFileInfo(db + u"-wal"_s).size(), 0);
    for (const QByteArray& w : std::as_const(wrapped)) {
        QVERIFY(!fileBytes(db).contains(w));
        QVERIFY(!fileBytes(db).contains(w.mid(24, 16))); // not even a part of the box
        QVERIFY(!fileBytes(db + u"-wal"_s).contains(w));
    }
    for (const auto& [name, pw] : {std::pair{u"ana"_s, kAdminPw}, std::pair{u"pia"_s, u"protect-pass"_s}}) {
        auto s = m_accounts->unlock(name, pw);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"destroyed"_s), why(s).constData());
    }
    QVERIFY(!m_accounts->createAdministrator(u"eve"_s, u"new beginning"_s).ok());
    reopen();
    QVERIFY(!m_accounts->unlock(u"ana"_s, kAdminPw).ok());
    auto list = m_accounts->users();
    QVERIFY(list.ok());
    for (const UserInfo& u : *list)
        QVERIFY(!u.hasKey);
}

void TestAccounts::badNamesAndPasswords()
{
    const Session a = admin();
    for (const QString& name : {QString(), u"with space"_s, u"semi;colon"_s, u"'); DROP TABLE users;--"_s,
                                QString(65, u'a'), u"bidi\u202Eevil"_s})
        QVERIFY2(m_accounts->addUser(a, name, Role::Mobile, u"long enough"_s).error().code ==
                     Error::Code::Invalid,
                 qPrintable(name));
    QVERIFY(m_accounts->addUser(a, u"amra.h"_s, Role::Mobile, u"short"_s).error().message.contains(u"8"_s));
    QVERIFY(!m_accounts->addUser(a, u"ANA"_s, Role::Mobile, u"long enough"_s).ok()); // same name, other case
    QVERIFY(m_accounts->addUser(a, u"Šejla_2"_s, Role::Mobile, u"long enough"_s).ok());
    QCOMPARE(rawValue(u"SELECT count(*) FROM users"_s), u"2"_s);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
