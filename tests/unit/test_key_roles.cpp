// Key roles (schema 9): per-user keypairs, the data key D granted to every user, the
// protection keypair P granted to protection officers only, re-keying when someone leaves,
// re-sealing under the newest keys, and the upgrade of a schema 8 folder.
//
// The two attacks are reproduced the way an insider would run them: with their own
// password and a script that reads the stored tables and calls libsodium directly (as well
// as through Accounts::unlock), and each shows that it now gets nothing.

#include "MemoKdf.h"
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "security/Accounts.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/Reseal.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const std::int64_t kNow = 1'781'517'600'000;
const QString kAdminPw = u"correct horse battery"_s;
const QString kOfficerPw = u"officer-password-1"_s;
const QString kMobilePw = u"mobile-password-1"_s;
const QString kDisclosure = u"Disclosed an assault at the border."_s;

template <typename T> QByteArray why(const Result<T>& r)
{
    return r ? QByteArray("ok") : r.error().fullText().toUtf8();
}

QJsonObject personInput(const QString& given)
{
    return QJsonObject{{u"given_name"_s, given},
                       {u"family_name"_s, u"Haidari"_s},
                       {u"sex"_s, u"male"_s},
                       {u"age_estimated"_s, 27},
                       {u"country_of_origin"_s, u"AF"_s},
                       {u"languages"_s, QJsonArray{u"fa"_s}},
                       {u"registration_date"_s, u"2026-06-14"_s},
                       {u"registration_site"_s, u"USI"_s},
                       {u"consent_given"_s, u"yes"_s},
                       {u"consent_date"_s, u"2026-06-14"_s},
                       {u"consent_language"_s, u"fa"_s}};
}

QJsonObject screeningInput(const QString& person, const QString& details)
{
    return QJsonObject{{u"person_id"_s, person},
                       {u"screening_date"_s, u"2026-06-15"_s},
                       {u"site"_s, u"USI"_s},
                       {u"risks"_s, QJsonArray{u"none"_s}},
                       {u"protection_concern"_s, u"yes"_s},
                       {u"protection_risks"_s, QJsonArray{u"gbv"_s}},
                       {u"gbv_details"_s, details},
                       {u"urgency"_s, u"high"_s}};
}

// What a script holding the files and one user's password can reach with libsodium alone:
// that user's X25519 secret key (unwrapped from `user_keys` with their KEK), and every
// 32-byte secret that any blob of `key_grants`, `key_chain` or `wrapped_keys` yields to it
// or to a key found so far, tried with every method the tables use.
struct Loot
{
    QList<QByteArray> secrets; // each 32 bytes
};

QByteArray kekOf(SqliteDb& db, const PasswordKdf& kdf, const QString& user, const QString& password)
{
    auto s = db.prepare(u"SELECT kdf_alg, kdf_ops, kdf_mem, kdf_salt FROM users WHERE name = ?1"_s);
    if (!s)
        return {};
    s->bind(1, user);
    if (!s->next())
        return {};
    KdfParams params;
    params.alg = s->text(0);
    params.opslimit = static_cast<std::uint64_t>(s->integer(1));
    params.memlimit = static_cast<std::uint64_t>(s->integer(2));
    params.salt = s->blob(3);
    QByteArray out(64, '\0');
    const QByteArray pw = password.toUtf8();
    if (!kdf.derive(pw, params, reinterpret_cast<unsigned char*>(out.data()), 64))
        return {};
    return out.mid(32);
}

// Every way a 32-byte secret could open a blob: XChaCha20-Poly1305 (any associated data is
// unknown to a script in general, so the ones the source names are tried) or a sealed box.
QList<QByteArray> openAny(const QByteArray& blob, const QList<QByteArray>& keys, const QList<QByteArray>& ads)
{
    QList<QByteArray> found;
    for (const QByteArray& key : keys) {
        // A sealed box to key's public key.
        if (blob.size() > static_cast<qsizetype>(crypto_box_SEALBYTES)) {
            unsigned char pk[crypto_box_PUBLICKEYBYTES];
            crypto_scalarmult_base(pk, reinterpret_cast<const unsigned char*>(key.constData()));
            QByteArray plain(blob.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
            if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                                     reinterpret_cast<const unsigned char*>(blob.constData()),
                                     static_cast<unsigned long long>(blob.size()), pk,
                                     reinterpret_cast<const unsigned char*>(key.constData())) == 0)
                found.append(plain.left(32));
        }
        // nonce || AEAD under key.
        if (blob.size() >= 24 + 16 + 32) {
            for (const QByteArray& ad : ads) {
                QByteArray plain(blob.size() - 24 - 16, '\0');
                unsigned long long n = 0;
                if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                        reinterpret_cast<unsigned char*>(plain.data()), &n, nullptr,
                        reinterpret_cast<const unsigned char*>(blob.constData()) + 24,
                        static_cast<unsigned long long>(blob.size() - 24),
                        reinterpret_cast<const unsigned char*>(ad.constData()),
                        static_cast<unsigned long long>(ad.size()),
                        reinterpret_cast<const unsigned char*>(blob.constData()),
                        reinterpret_cast<const unsigned char*>(key.constData())) == 0)
                    found.append(plain.left(32));
            }
        }
    }
    return found;
}

// The associated data the source uses for wrappings and chain links, for every user and
// generation a script could guess.
QList<QByteArray> knownAds(SqliteDb& db)
{
    QList<QByteArray> ads;
    auto id = db.scalar(u"SELECT value FROM meta WHERE key = 'data_key_id'"_s);
    const QByteArray keyId = id ? id->toString().toUtf8() : QByteArray();
    QList<QByteArray> users;
    auto u = db.prepare(u"SELECT name FROM users"_s);
    while (u && u->next())
        users.append(u->text(0).toUtf8());
    for (const QByteArray& user : std::as_const(users)) {
        ads.append("prihvat-data-key-1\x1f" + keyId + '\x1f' + user);
        ads.append("prihvat-user-key-1\x1f" + keyId + '\x1f' + user.toLower());
    }
    for (int gen = 1; gen < 8; ++gen)
        for (const char* kind : {"data", "protection"})
            ads.append("prihvat-chain-1\x1f" + QByteArray(kind) + '\x1f' + QByteArray::number(gen) + '\x1f' +
                       QByteArray::number(gen + 1) + '\x1f' + keyId);
    return ads;
}

Loot loot(SqliteDb& db, const PasswordKdf& kdf, const QString& user, const QString& password)
{
    Loot out;
    const QByteArray kek = kekOf(db, kdf, user, password);
    if (kek.isEmpty())
        return out;
    const QList<QByteArray> ads = knownAds(db);
    QList<QByteArray> blobs;
    for (const QString& sql : {u"SELECT wrapped FROM user_keys"_s, u"SELECT sealed FROM key_grants"_s,
                               u"SELECT sealed FROM key_chain"_s, u"SELECT wrapped FROM wrapped_keys"_s}) {
        auto s = db.prepare(sql);
        while (s && s->next())
            blobs.append(s->blob(0));
    }
    QList<QByteArray> keys{kek};
    for (bool more = true; more;) {
        more = false;
        for (const QByteArray& blob : std::as_const(blobs))
            for (const QByteArray& k : openAny(blob, keys, ads))
                if (!keys.contains(k)) {
                    keys.append(k);
                    more = true;
                }
    }
    keys.removeAll(kek);
    out.secrets = keys;
    return out;
}

// Tries every secret as D (an "s1:"/"s2:"/"s3:" value) and as P (a "p1:"/"p2:" value); a
// bound value is tried with the stamp stored next to it, as a script would.
bool anyOpens(const Loot& loot, const QString& recordId, const QString& field, const QString& sealed,
              const QString& stamp)
{
    for (const QByteArray& secret : loot.secrets) {
        auto key = SecretKey::fromBytes(reinterpret_cast<const unsigned char*>(secret.constData()), 32);
        if (!key)
            continue;
        std::shared_ptr<const SecretKey> k(std::move(key.value()));
        KeyRing ring;
        for (int gen = 1; gen < 8; ++gen) {
            ring.data.emplace(gen, k);
            ring.protection.emplace(gen, k);
        }
        if (FieldSealer(ring).open(recordId, field, stamp, sealed).ok())
            return true;
    }
    return false;
}

QString rawValue(SqliteDb& db, const QString& recordId, const QString& field)
{
    auto s = db.prepare(u"SELECT data FROM records WHERE id = ?1"_s);
    if (!s)
        return {};
    s->bind(1, recordId);
    if (!s->next())
        return {};
    return QJsonDocument::fromJson(s->text(0).toUtf8()).object().value(field).toString();
}

// The stamp stored with a record's answer (what its sealed value is bound to).
QString rawStamp(SqliteDb& db, const QString& recordId, const QString& field)
{
    auto s = db.prepare(u"SELECT stamps, updated_hlc FROM records WHERE id = ?1"_s);
    if (!s)
        return {};
    s->bind(1, recordId);
    if (!s->next())
        return {};
    const QString own = QJsonDocument::fromJson(s->text(0).toUtf8()).object().value(field).toString();
    return own.isEmpty() ? s->text(1) : own;
}

} // namespace

class TestKeyRoles : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    test::MemoKdf m_kdf;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Accounts> m_accounts;

    Accounts::Sleeper sleeper()
    {
        return [this](std::int64_t ms) { m_clock.advance(ms); };
    }
    void reopen(const QString& path)
    {
        m_accounts.reset();
        m_store.reset();
        auto store = LocalStore::open(DataFolder(path), m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        m_store = std::move(*store);
        m_accounts = std::make_unique<Accounts>(*m_store, m_kdf, sleeper());
    }
    // Logs `user` in and unlocks the store with their keys (what the CLI and desktop do),
    // running the re-seal pass to its end.
    Session login(const QString& user, const QString& password)
    {
        static_cast<void>(m_store->setSealer(nullptr));
        auto s = m_accounts->unlock(user, password);
        if (!s)
            qFatal("%s cannot log in: %s", qPrintable(user), why(s).constData());
        if (Status st = m_store->setSealer(std::make_shared<const FieldSealer>(*s->keys)); !st)
            qFatal("the store does not take the keys: %s", qPrintable(st.error().message));
        m_store->setActor(user);
        Reseal reseal(*m_store);
        static_cast<void>(reseal.resumeIfWaiting());
        if (auto p = reseal.finish(); !p)
            qFatal("re-seal: %s", qPrintable(p.error().message));
        return *s;
    }
    // A folder with ana (admin), pia (protection) and meho (mobile).
    void makeTeam()
    {
        auto store = LocalStore::initialise(DataFolder(m_tmp->path()), u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        m_store = std::move(*store);
        m_accounts = std::make_unique<Accounts>(*m_store, m_kdf, sleeper());
        auto admin = m_accounts->createAdministrator(u"ana"_s, kAdminPw);
        QVERIFY2(admin.ok(), why(admin).constData());
        QVERIFY(m_store->setSealer(std::make_shared<const FieldSealer>(*admin->keys)).ok());
        QVERIFY(m_accounts->addUser(*admin, u"pia"_s, Role::Protection, kOfficerPw).ok());
        QVERIFY(m_accounts->addUser(*admin, u"meho"_s, Role::Mobile, kMobilePw).ok());
    }
    // pia records a person and a screening with a protection answer; their ids.
    std::pair<QString, QString> recordScreening(const QString& given, const QString& details)
    {
        login(u"pia"_s, kOfficerPw);
        RecordService service(*m_store, u"en"_s);
        service.setCanSeeProtection(true); // pia is a protection officer
        auto person = service.create(u"person"_s, personInput(given));
        if (!person)
            qFatal("person: %s", why(person).constData());
        auto screening = service.create(u"screening"_s, screeningInput(*person, details));
        if (!screening)
            qFatal("screening: %s", why(screening).constData());
        return {*person, *screening};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto forms = FormRegistry::load();
        QVERIFY(forms.ok());
        m_forms = *forms;
    }
    void init()
    {
        m_clock.set(kNow);
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }
    void cleanup()
    {
        m_accounts.reset();
        m_store.reset();
        m_tmp.reset();
    }

    void mobileMemberCannotOpenProtectionAnswers();
    void removedUserOpensNothingAddedAfter();
    void pendingProtectionGrantIsMadeByAnOfficer();
    void loweringAnOfficerRenewsTheProtectionKey();
    void passwordChangesAndResets();
    void resealIsResumable();
    void upgradeFromSchema8();
    void pushNeverSendsAWithheldAnswer();
    void recoverySecretLiftsAnAdministratorsLockOut();
};

void TestKeyRoles::mobileMemberCannotOpenProtectionAnswers()
{
    makeTeam();
    const auto [person, screening] = recordScreening(u"Amir"_s, kDisclosure);
    const QString stored = rawValue(m_store->db(), screening, u"gbv_details"_s);
    QVERIFY2(stored.startsWith(u"p2:1:"_s), qPrintable(stored)); // sealed to P, not under D
    QVERIFY(rawValue(m_store->db(), person, u"given_name"_s).startsWith(u"s3:1:"_s));

    // The control: the officer's keys open it; so does the script with her password.
    const Loot officer = loot(m_store->db(), m_kdf, u"pia"_s, kOfficerPw);
    QVERIFY(anyOpens(officer, screening, u"gbv_details"_s, stored,
                     rawStamp(m_store->db(), screening, u"gbv_details"_s)));

    // The attack, in the application: meho logs in with his own password.
    const Session meho = login(u"meho"_s, kMobilePw);
    QVERIFY(meho.dataKey);
    QVERIFY(!meho.protectionKey);
    QVERIFY(meho.keys->protection.empty());
    QVERIFY(
        !FieldSealer(*meho.keys)
             .open(screening, u"gbv_details"_s, rawStamp(m_store->db(), screening, u"gbv_details"_s), stored)
             .ok());
    // His session still lists, reads and saves the screening: the answer is withheld.
    RecordService service(*m_store, u"en"_s);
    auto record = m_store->get(screening);
    QVERIFY2(record.ok() && record->has_value(), why(record).constData());
    QVERIFY(!(*record)->values.value(u"gbv_details"_s).toString().contains(u"Disclosed"_s));
    QCOMPARE((*record)->values.value(u"urgency"_s).toString(), u"high"_s);
    QVERIFY(service.update(screening, QJsonObject{{u"urgency"_s, u"medium"_s}}).ok());
    QCOMPARE(rawValue(m_store->db(), screening, u"gbv_details"_s), stored); // kept as it was
    auto person2 = m_store->get(person);
    QCOMPARE((*person2)->values.value(u"given_name"_s).toString(), u"Amir"_s);

    // The attack, outside the application: the tables and libsodium, with meho's password
    // (and with ana's: administrators do not hold P either).
    for (const auto& [user, pw] : {std::pair{u"meho"_s, kMobilePw}, std::pair{u"ana"_s, kAdminPw}}) {
        const Loot stolen = loot(m_store->db(), m_kdf, user, pw);
        QVERIFY2(!stolen.secrets.isEmpty(), qPrintable(user)); // he does get D ...
        QVERIFY(anyOpens(stolen, person, u"given_name"_s, rawValue(m_store->db(), person, u"given_name"_s),
                         rawStamp(m_store->db(), person, u"given_name"_s)));
        QVERIFY2(!anyOpens(stolen, screening, u"gbv_details"_s, stored,
                           rawStamp(m_store->db(), screening, u"gbv_details"_s)),
                 qPrintable(user)); // ... never P
    }

    // The officer reads it again after meho's save.
    login(u"pia"_s, kOfficerPw);
    auto back = m_store->get(screening);
    QCOMPARE((*back)->values.value(u"gbv_details"_s).toString(), kDisclosure);
    QCOMPARE((*back)->values.value(u"urgency"_s).toString(), u"medium"_s);
}

void TestKeyRoles::removedUserOpensNothingAddedAfter()
{
    makeTeam();
    const auto before = recordScreening(u"Amir"_s, kDisclosure);
    // meho's copy of the folder, taken while he was still a user.
    QVERIFY(m_store->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    QTemporaryDir copy;
    for (const QString& name : QDir(m_tmp->path()).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(m_tmp->path()).filePath(name), copy.filePath(name)));

    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(m_accounts->removeUser(admin, u"meho"_s).ok());
    auto gen = m_store->db().scalar(u"SELECT value FROM meta WHERE key = 'data_key_gen'"_s);
    QCOMPARE(gen->toString(), u"2"_s);
    // Written at once under D' by the administrator's own session.
    RecordService service(*m_store, u"en"_s);
    auto added = service.create(u"person"_s, personInput(u"Zahra"_s));
    QVERIFY(added.ok());
    const QString newName = rawValue(m_store->db(), *added, u"given_name"_s);
    QVERIFY2(newName.startsWith(u"s3:2:"_s), qPrintable(newName));
    // Old values still open for those who remain.
    QCOMPARE((*m_store->get(before.first))->values.value(u"given_name"_s).toString(), u"Amir"_s);

    // The attack in the application: his old copy and old password give him the old D only.
    {
        auto old = LocalStore::open(DataFolder(copy.path()), m_forms, m_clock);
        QVERIFY(old.ok());
        Accounts oldAccounts(**old, m_kdf, sleeper());
        auto stale = oldAccounts.unlock(u"meho"_s, kMobilePw);
        QVERIFY2(stale.ok(), why(stale).constData());
        QVERIFY(!FieldSealer(*stale->keys)
                     .open(*added, u"given_name"_s, rawStamp(m_store->db(), *added, u"given_name"_s), newName)
                     .ok());
        // And the script: every key his old keypair reaches, in the old copy and the new file.
        const Loot fromCopy = loot((*old)->db(), m_kdf, u"meho"_s, kMobilePw);
        QVERIFY(!fromCopy.secrets.isEmpty());
        QVERIFY(!anyOpens(fromCopy, *added, u"given_name"_s, newName,
                          rawStamp(m_store->db(), *added, u"given_name"_s)));
    }
    // The new file no longer knows him.
    QVERIFY(!m_accounts->unlock(u"meho"_s, kMobilePw).ok());

    // pia and ana log in: the pass re-seals everything under D', and D's material goes.
    login(u"pia"_s, kOfficerPw);
    QVERIFY(rawValue(m_store->db(), before.first, u"given_name"_s).startsWith(u"s3:2:"_s));
    auto chains = m_store->db().scalar(u"SELECT count(*) FROM key_chain WHERE kind = 'data'"_s);
    QCOMPARE(chains->toInt(), 0);
    auto grants = m_store->db().scalar(u"SELECT count(*) FROM key_grants WHERE kind = 'data' AND gen = 1"_s);
    QCOMPARE(grants->toInt(), 0);
    auto progress = Reseal(*m_store).progress();
    QVERIFY(progress.ok() && !progress->running);
    QCOMPARE((*m_store->get(before.second))->values.value(u"gbv_details"_s).toString(), kDisclosure);
}

void TestKeyRoles::pendingProtectionGrantIsMadeByAnOfficer()
{
    makeTeam();
    const auto ids = recordScreening(u"Amir"_s, kDisclosure);
    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(!admin.protectionKey);
    QVERIFY(m_accounts->addUser(admin, u"zora"_s, Role::Protection, u"zora-password-1"_s).ok());
    // The administrator cannot grant P: zora waits.
    Session zora = login(u"zora"_s, u"zora-password-1"_s);
    QVERIFY(!zora.protectionKey);
    // Until then she is treated like the other roles: answers withheld, never shown as their
    // sealed text, and not hers to change.
    QVERIFY(!zora.canSeeProtection());
    QVERIFY(!(*m_store->get(ids.second))->values.value(u"gbv_details"_s).toString().contains(u"Disclosed"_s));
    // pia's next unlock grants it.
    login(u"pia"_s, kOfficerPw);
    zora = login(u"zora"_s, u"zora-password-1"_s);
    QVERIFY(zora.protectionKey);
    QVERIFY(zora.canSeeProtection());
    QCOMPARE((*m_store->get(ids.second))->values.value(u"gbv_details"_s).toString(), kDisclosure);
}

void TestKeyRoles::loweringAnOfficerRenewsTheProtectionKey()
{
    makeTeam();
    const Session admin0 = login(u"ana"_s, kAdminPw);
    QVERIFY(m_accounts->addUser(admin0, u"zora"_s, Role::Protection, u"zora-password-1"_s).ok());
    const auto ids = recordScreening(u"Amir"_s, kDisclosure); // pia's unlock also granted zora P1
    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(m_accounts->changeRole(admin, u"pia"_s, Role::Mobile).ok());
    auto pub = m_store->db().scalar(u"SELECT value FROM meta WHERE key = 'protection_public'"_s);
    QVERIFY2(pub->toString().startsWith(u"2:"_s), qPrintable(pub->toString()));
    // A protection answer written now goes to P2, whatever the session's sealer was made
    // with (the administrator's here; the record service is told it may write the answer,
    // as an officer's would be).
    RecordService service(*m_store, u"en"_s);
    service.setCanSeeProtection(true);
    auto later = service.create(u"screening"_s, screeningInput(ids.first, u"A second disclosure."_s));
    QVERIFY2(later.ok(), why(later).constData());
    const QString stored = rawValue(m_store->db(), *later, u"gbv_details"_s);
    QVERIFY2(stored.startsWith(u"p2:2:"_s), qPrintable(stored));
    // pia, no longer an officer, holds neither P1 nor P2.
    const Session pia = login(u"pia"_s, kOfficerPw);
    QVERIFY(!pia.protectionKey);
    const Loot stolen = loot(m_store->db(), m_kdf, u"pia"_s, kOfficerPw);
    QVERIFY(!anyOpens(stolen, *later, u"gbv_details"_s, stored,
                      rawStamp(m_store->db(), *later, u"gbv_details"_s)));
    // zora got P2 from the administrator, links P1 under it and re-seals the old answer.
    const Session zora = login(u"zora"_s, u"zora-password-1"_s);
    QVERIFY(zora.protectionKey);
    QCOMPARE((*m_store->get(*later))->values.value(u"gbv_details"_s).toString(), u"A second disclosure."_s);
    QCOMPARE((*m_store->get(ids.second))->values.value(u"gbv_details"_s).toString(), kDisclosure);
    QVERIFY(rawValue(m_store->db(), ids.second, u"gbv_details"_s).startsWith(u"p2:2:"_s));
    auto old =
        m_store->db().scalar(u"SELECT count(*) FROM key_grants WHERE kind = 'protection' AND gen = 1"_s);
    QCOMPARE(old->toInt(), 0);
}

void TestKeyRoles::passwordChangesAndResets()
{
    makeTeam();
    const auto ids = recordScreening(u"Amir"_s, kDisclosure);
    auto publicOf = [this](const QString& user) {
        auto s = m_store->db().prepare(u"SELECT public FROM user_keys WHERE user = ?1"_s);
        s->bind(1, user);
        return s->next() ? s->blob(0) : QByteArray();
    };
    // One's own password: the same keypair, wrapped again; P still held.
    const QByteArray before = publicOf(u"pia"_s);
    const Session pia = login(u"pia"_s, kOfficerPw);
    QVERIFY(m_accounts->changePassword(pia, u"pia"_s, u"officer-password-2"_s).ok());
    QCOMPARE(publicOf(u"pia"_s), before);
    QVERIFY(login(u"pia"_s, u"officer-password-2"_s).protectionKey);
    // An administrator's reset: a new keypair, D at once, P fresh when no other officer holds it.
    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(m_accounts->changePassword(admin, u"meho"_s, u"mobile-password-2"_s).ok());
    QVERIFY(m_accounts->changePassword(admin, u"pia"_s, u"officer-password-3"_s).ok());
    QVERIFY(publicOf(u"pia"_s) != before);
    QVERIFY(login(u"meho"_s, u"mobile-password-2"_s).dataKey);
    const Session again = login(u"pia"_s, u"officer-password-3"_s);
    QVERIFY(again.protectionKey); // a fresh P ...
    // ... which does not open what was sealed to the P nobody holds any more.
    QVERIFY(!(*m_store->get(ids.second))->values.value(u"gbv_details"_s).toString().contains(u"Disclosed"_s));
}

void TestKeyRoles::resealIsResumable()
{
    makeTeam();
    login(u"pia"_s, kOfficerPw);
    RecordService service(*m_store, u"en"_s);
    service.setCanSeeProtection(true);
    QStringList people;
    for (int i = 0; i < 30; ++i)
        people.append(*service.create(u"person"_s, personInput(u"Person%1"_s.arg(i))));
    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(m_accounts->removeUser(admin, u"meho"_s).ok());
    Reseal reseal(*m_store);
    auto p = reseal.step(7);
    QVERIFY(p.ok() && p->running);
    QCOMPARE(p->done, 7);
    const std::int64_t total = p->total;
    QVERIFY(total >= 30);
    // The process dies here: the store is reopened, and the pass goes on where it stopped.
    reopen(m_tmp->path());
    login(u"ana"_s, kAdminPw);
    auto over = Reseal(*m_store).progress();
    QVERIFY(over.ok() && !over->running);
    for (const QString& id : std::as_const(people))
        QVERIFY(rawValue(m_store->db(), id, u"given_name"_s).startsWith(u"s3:2:"_s));
    QCOMPARE((*m_store->get(people.last()))->values.value(u"given_name"_s).toString(), u"Person29"_s);
}

void TestKeyRoles::upgradeFromSchema8()
{
    // A schema 8 folder as the previous version wrote it: D wrapped under each user's KEK in
    // `wrapped_keys`, answers sealed "s1:" under D (protection ones too).
    makeTeam();
    const auto ids = recordScreening(u"Amir"_s, u"old disclosure"_s);
    m_accounts.reset();
    m_store.reset();
    // Rewritten to the schema 8 layout with the same D: D itself, from the interim ring.
    {
        auto store = LocalStore::open(DataFolder(m_tmp->path()), m_forms, m_clock);
        QVERIFY(store.ok());
        Accounts accounts(**store, m_kdf, sleeper());
        auto ana = accounts.unlock(u"ana"_s, kAdminPw);
        QVERIFY(ana.ok());
        const std::shared_ptr<const SecretKey> d = ana->dataKey;
        QVERIFY((*store)->setSealer(std::make_shared<const FieldSealer>(*ana->keys)).ok());
        // Every answer under D1 (the protection one included), as schema 8 sealed it.
        SqliteDb& db = (*store)->db();
        const FieldSealer dOnly(d);
        auto piaSession = accounts.unlock(u"pia"_s, kOfficerPw);
        QVERIFY(piaSession.ok());
        for (const QString& id : {ids.first, ids.second}) {
            auto data =
                QJsonDocument::fromJson(
                    db.scalar(u"SELECT data FROM records WHERE id = '%1'"_s.arg(id))->toString().toUtf8())
                    .object();
            for (auto it = data.begin(); it != data.end(); ++it) {
                if (!FieldSealer::isSealed(it.value().toString()))
                    continue;
                auto plain = FieldSealer(*piaSession->keys)
                                 .open(id, it.key(), rawStamp(db, id, it.key()), it.value().toString());
                QVERIFY(plain.ok());
                auto resealed = dOnly.seal(id, it.key(), *plain);
                QVERIFY(resealed.ok());
                it.value() = *resealed;
            }
            auto upd = db.prepare(u"UPDATE records SET data = ?2 WHERE id = ?1"_s);
            upd->bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            QVERIFY(upd->run().ok());
        }
        // The outbox's sealed changes are left out of this schema-8 folder (its records are
        // what the test reads).
        QVERIFY(db.exec(u"UPDATE records SET data = replace(data, '\"s2:1:', '\"s1:'); "
                        "UPDATE meta SET value = replace(value, 's2:1:', 's1:') WHERE key = 'seal_check'; "
                        "DELETE FROM outbox WHERE value LIKE '\"s%' OR value LIKE '\"p%'"_s)
                    .ok());
        // Each user's D wrapped under their KEK, as Accounts of schema 8 did.
        const QString keyId = db.scalar(u"SELECT value FROM meta WHERE key = 'data_key_id'"_s)->toString();
        for (const auto& [user, pw] : {std::pair{u"ana"_s, kAdminPw}, std::pair{u"pia"_s, kOfficerPw},
                                       std::pair{u"meho"_s, kMobilePw}}) {
            const QByteArray kek = kekOf(db, m_kdf, user, pw);
            const QByteArray ad = "prihvat-data-key-1\x1f" + keyId.toUtf8() + '\x1f' + user.toUtf8();
            QByteArray wrapped(24 + 32 + 16, '\0');
            auto* nonce = reinterpret_cast<unsigned char*>(wrapped.data());
            randombytes_buf(nonce, 24);
            unsigned long long n = 0;
            crypto_aead_xchacha20poly1305_ietf_encrypt(
                nonce + 24, &n, d->data(), 32, reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()), nullptr, nonce,
                reinterpret_cast<const unsigned char*>(kek.constData()));
            auto ins = db.prepare(u"INSERT INTO wrapped_keys(user, key_id, wrapped) VALUES(?1, ?2, ?3)"_s);
            ins->bind(1, user).bind(2, keyId).bind(3, wrapped);
            QVERIFY(ins->run().ok());
        }
        QVERIFY(db.exec(u"DROP TABLE key_chain; DROP TABLE key_grants; DROP TABLE user_keys; DROP TABLE "
                        u"recovery_key; "
                        "DELETE FROM meta WHERE key IN ('data_key_gen', 'protection_public', 'reseal_state', "
                        "'reseal_waiting'); PRAGMA user_version = 8"_s)
                    .ok());
    }
    reopen(m_tmp->path());
    QCOMPARE(Schema::version(m_store->db()), Schema::currentVersion);
    QVERIFY(rawValue(m_store->db(), ids.second, u"gbv_details"_s).startsWith(u"s1:"_s));
    // Before any officer logs in after the upgrade, everyone still reads the old answers.
    const Session admin = login(u"ana"_s, kAdminPw);
    QVERIFY(admin.userKey);
    auto wrappedLeft = m_store->db().scalar(u"SELECT count(*) FROM wrapped_keys"_s);
    QCOMPARE(wrappedLeft->toInt(), 2); // ana moved to a keypair; pia and meho not yet
    // pia's first login: her keypair, P made, the D-sealed protection answers re-sealed to P.
    const Session pia = login(u"pia"_s, kOfficerPw);
    QVERIFY(pia.protectionKey);
    const QString stored = rawValue(m_store->db(), ids.second, u"gbv_details"_s);
    QVERIFY2(stored.startsWith(u"p2:"_s), qPrintable(stored));
    auto upgraded = m_store->get(ids.second);
    QVERIFY2(upgraded.ok() && upgraded->has_value(), why(upgraded).constData());
    QCOMPARE((*upgraded)->values.value(u"gbv_details"_s).toString(), u"old disclosure"_s);
    QVERIFY(rawValue(m_store->db(), ids.first, u"given_name"_s).startsWith(u"s"_s));
    QVERIFY(login(u"pia"_s, kOfficerPw).protectionKey); // her grant of P is stored
    // meho, upgraded at his login, reads names but not the protection answer.
    const Session meho = login(u"meho"_s, kMobilePw);
    QVERIFY(!meho.protectionKey);
    QCOMPARE((*m_store->get(ids.first))->values.value(u"given_name"_s).toString(), u"Amir"_s);
    QVERIFY(!FieldSealer(*meho.keys)
                 .open(ids.second, u"gbv_details"_s, rawStamp(m_store->db(), ids.second, u"gbv_details"_s),
                       stored)
                 .ok());
    const Loot stolen = loot(m_store->db(), m_kdf, u"meho"_s, kMobilePw);
    QVERIFY(!anyOpens(stolen, ids.second, u"gbv_details"_s, stored,
                      rawStamp(m_store->db(), ids.second, u"gbv_details"_s)));
    wrappedLeft = m_store->db().scalar(u"SELECT count(*) FROM wrapped_keys"_s);
    QCOMPARE(wrappedLeft->toInt(), 0);
}

void TestKeyRoles::pushNeverSendsAWithheldAnswer()
{
    // A protection officer saves a screening on a shared laptop; a mobile user's session then
    // syncs: the protection answer is not sent (not even sealed), it waits in the outbox.
    makeTeam();
    const auto ids = recordScreening(u"Amir"_s, kDisclosure);
    login(u"meho"_s, kMobilePw);
    SyncState sync(*m_store);
    int sent = 0;
    for (;;) {
        auto batch = sync.nextBatch(500);
        QVERIFY2(batch.ok(), why(batch).constData());
        if (!batch->has_value())
            break;
        for (const protocol::Change& c : (*batch)->changes) {
            QVERIFY2(c.field != u"gbv_details"_s && c.field != u"protection_risks"_s,
                     qPrintable(c.value.toString()));
            QVERIFY(!c.value.toString().startsWith(u"p1:"_s) && !c.value.toString().startsWith(u"p2:"_s));
            ++sent;
        }
        // Headquarters took the batch: its changes leave the outbox.
        auto del = m_store->db().prepare(u"DELETE FROM outbox WHERE batch_id = ?1"_s);
        del->bind(1, (*batch)->batchId);
        QVERIFY(del->run().ok());
    }
    QVERIFY(sent > 0);
    auto waiting = m_store->db().scalar(
        u"SELECT count(*) FROM outbox WHERE field IN ('gbv_details', 'protection_risks')"_s);
    QCOMPARE(waiting->toInt(), 2);
    // The officer's session sends it, opened.
    login(u"pia"_s, kOfficerPw);
    auto batch = sync.nextBatch(500);
    QVERIFY2(batch.ok() && batch->has_value(), why(batch).constData());
    // The screening's two protection answers (the categories and the details), opened.
    QCOMPARE((*batch)->changes.size(), 2);
    QJsonObject sent2;
    for (const protocol::Change& c : (*batch)->changes) {
        QCOMPARE(c.recordId, ids.second);
        sent2.insert(c.field, c.value);
    }
    QCOMPARE(sent2.value(u"gbv_details"_s).toString(), kDisclosure);
    QCOMPARE(sent2.value(u"protection_risks"_s).toArray(), QJsonArray{u"gbv"_s});
}

void TestKeyRoles::recoverySecretLiftsAnAdministratorsLockOut()
{
    auto store = LocalStore::initialise(DataFolder(m_tmp->path()), u"USI"_s, m_forms, m_clock);
    QVERIFY2(store.ok(), why(store).constData());
    m_store = std::move(*store);
    m_accounts = std::make_unique<Accounts>(*m_store, m_kdf, sleeper());
    QString secret;
    auto admin = m_accounts->createAdministrator(u"ana"_s, kAdminPw, &secret);
    QVERIFY2(admin.ok(), why(admin).constData());
    // 128 bits as 26 base32 characters in groups of four.
    QVERIFY2(QRegularExpression(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}-[A-Z2-7]{2}$"_s).match(secret).hasMatch(),
             qPrintable(secret));
    {
        QFile file(m_store->folder().databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toLatin1())); // only a key derived from it is used
    }
    QVERIFY(m_store->setSealer(std::make_shared<const FieldSealer>(*admin->keys)).ok());
    QVERIFY(m_accounts->addUser(*admin, u"pia"_s, Role::Protection, kOfficerPw).ok());
    QVERIFY(m_accounts->addUser(*admin, u"meho"_s, Role::Mobile, kMobilePw).ok());
    // D is renewed after the secret was made: the recovery grant follows.
    QVERIFY(m_accounts->removeUser(*admin, u"meho"_s).ok());
    // ana locks herself out.
    for (int i = 0; i < Accounts::kMaxFailures; ++i)
        QVERIFY(!m_accounts->unlock(u"ana"_s, u"not her password"_s).ok());
    QCOMPARE(m_accounts->unlock(u"ana"_s, kAdminPw).error().code, Error::Code::Conflict); // locked
    // A wrong secret changes nothing.
    QString wrong = secret;
    wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
    Status refused = m_accounts->recover(u"ana"_s, wrong, u"a-new-password-1"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QVERIFY(!m_accounts->unlock(u"ana"_s, u"a-new-password-1"_s).ok());
    // Only an administrator's account is recovered.
    QVERIFY(!m_accounts->recover(u"pia"_s, secret, u"a-new-password-1"_s).ok());
    // The right one, typed without groups and in small letters: a new password, unlocked.
    const Status recovered =
        m_accounts->recover(u"ana"_s, secret.toLower().remove(u'-'), u"a-new-password-1"_s);
    QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().fullText()));
    auto back = m_accounts->unlock(u"ana"_s, u"a-new-password-1"_s);
    QVERIFY2(back.ok(), why(back).constData());
    QCOMPARE(back->keys->dataGeneration, 2);
    QVERIFY(back->dataKey);
    QVERIFY(!back->protectionKey); // the recovery secret never reaches P
    bool audited = false;
    const auto entries = m_store->audit().entries(100);
    QVERIFY(entries.ok());
    for (const AuditEntry& e : *entries)
        audited = audited || (e.actor.startsWith(u"(recovery)"_s) && e.kind == u"password_change"_s);
    QVERIFY(audited);
}

QTEST_GUILESS_MAIN(TestKeyRoles)
#include "test_key_roles.moc"
