// The audit trail (RELIABILITY.md item 11; issue 5, "Audit trail"): every listed event is
// written with its kind, record, form and actor and never a value or a person's name; the
// hash chain verifies on a clean store; an entry changed, deleted, inserted or moved with
// another SQLite (as a thief with the file would) is reported at its seq and makes
// `prihvat-cli verify` exit 1; the application's own connection cannot change or delete
// entries, nor drop their protection; entries commit and roll back with the writes they
// describe; folders of every earlier schema are upgraded and start their trail.

#include "MemoKdf.h"
#include "TestDataKey.h"
#include "cli/Cli.h"
#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "security/Accounts.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/Record.h"
#include "store/RecordService.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

// 2026-06-15 10:00 UTC.
const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

// The person whose name must never reach the trail, and other values that must not either.
const QString kGiven = u"Zarghuna"_s;
const QString kFamily = u"Testname"_s;
const QString kFullName = kGiven + u' ' + kFamily;
const QStringList kSecrets{
    kGiven,
    kFamily,
    u"زرغونه"_s,
    u"+387 61 998 877"_s,
    u"P7788123"_s,
    u"Travels with an aunt"_s,
    u"Mother stays in Kabul"_s,
    u"Disclosed an assault"_s,
    u"Needs insulin daily"_s,
    u"Sleeps badly"_s,
    u"Remembered a new address"_s,
    u"Pulled-Name-Marker"_s,
};

template <typename T> QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray() : r.error().fullText().toUtf8();
}
QByteArray why(const Status& s)
{
    return s.ok() ? QByteArray() : s.error().fullText().toUtf8();
}

QJsonObject personInput()
{
    return QJsonObject{{u"given_name"_s, kGiven},
                       {u"family_name"_s, kFamily},
                       {u"name_native"_s, u"زرغونه"_s},
                       {u"sex"_s, u"female"_s},
                       {u"age_estimated"_s, 16},
                       {u"country_of_origin"_s, u"AF"_s},
                       {u"languages"_s, QJsonArray{u"ps"_s}},
                       {u"registration_date"_s, u"2026-06-14"_s},
                       {u"registration_site"_s, u"USI"_s},
                       {u"unaccompanied_child"_s, u"yes"_s},
                       {u"guardian_note"_s, u"Mother stays in Kabul"_s},
                       {u"phone"_s, u"+387 61 998 877"_s},
                       {u"document_type"_s, u"passport"_s},
                       {u"document_number"_s, u"P7788123"_s},
                       {u"consent_given"_s, u"yes"_s},
                       {u"consent_date"_s, u"2026-06-14"_s},
                       {u"consent_language"_s, u"ps"_s},
                       {u"notes"_s, u"Travels with an aunt"_s}};
}

QJsonObject screeningInput(const QString& person)
{
    return QJsonObject{{u"person_id"_s, person},
                       {u"screening_date"_s, u"2026-06-14"_s},
                       {u"site"_s, u"USI"_s},
                       {u"risks"_s, QJsonArray{u"serious_medical"_s, u"psychological_distress"_s}},
                       {u"protection_concern"_s, u"yes"_s},
                       {u"protection_risks"_s, QJsonArray{u"gbv"_s}},
                       {u"gbv_details"_s, u"Disclosed an assault"_s},
                       {u"medical_note"_s, u"Needs insulin daily"_s},
                       {u"distress_note"_s, u"Sleeps badly"_s},
                       {u"urgency"_s, u"high"_s},
                       {u"needs"_s, QJsonArray{u"medical_care"_s, u"mhpss"_s}},
                       {u"referral_needed"_s, true}};
}

// Every row of a query, columns joined by '|', through the plain SQLite API.
QStringList rawRows(sqlite3* db, const QString& sql, const QList<QVariant>& params = {})
{
    QStringList out;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {u"ERROR: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& p = params.at(i);
        if (p.isNull())
            sqlite3_bind_null(stmt, i + 1);
        else if (p.typeId() == QMetaType::QByteArray)
            sqlite3_bind_blob(stmt, i + 1, p.toByteArray().constData(), int(p.toByteArray().size()),
                              SQLITE_TRANSIENT);
        else if (p.typeId() == QMetaType::LongLong || p.typeId() == QMetaType::Int)
            sqlite3_bind_int64(stmt, i + 1, p.toLongLong());
        else
            sqlite3_bind_text(stmt, i + 1, p.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            columns.append(
                sqlite3_column_type(stmt, c) == SQLITE_NULL
                    ? u"NULL"_s
                    : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c))));
        out.append(columns.join(u'|'));
    }
    if (rc != SQLITE_DONE)
        out.append(u"ERROR: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return out;
}

QString rawValue(sqlite3* db, const QString& sql, const QList<QVariant>& params = {})
{
    const QStringList rows = rawRows(db, sql, params);
    return rows.isEmpty() ? QString() : rows.first();
}

// A connection of someone else's SQLite to the file: no authoriser, no care.
class Thief
{
public:
    explicit Thief(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~Thief() { sqlite3_close_v2(m_db); }
    Thief(const Thief&) = delete;
    Thief& operator=(const Thief&) = delete;

    sqlite3* handle() const { return m_db; }
    // Runs statements; the error text, or empty.
    QString exec(const QString& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
        return text;
    }
    QStringList rows(const QString& sql, const QList<QVariant>& params = {})
    {
        return rawRows(m_db, sql, params);
    }

    // Takes the triggers away, runs `sql`, and puts them back as they were: the file then
    // looks untouched but for the chain.
    QString tamper(const QString& sql)
    {
        const QStringList triggers =
            rows(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"_s);
        QString e = exec(u"BEGIN"_s);
        for (const QString& name :
             rows(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"_s))
            if (e.isEmpty())
                e = exec(u"DROP TRIGGER "_s + name);
        if (e.isEmpty())
            e = exec(sql);
        for (const QString& t : triggers)
            if (e.isEmpty())
                e = exec(t);
        if (e.isEmpty())
            e = exec(u"COMMIT"_s);
        return e;
    }

    AuditEntry entry(std::int64_t seq)
    {
        AuditEntry e;
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(
            m_db,
            "SELECT seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash FROM audit "
            "WHERE seq = ?1",
            -1, &stmt, nullptr);
        sqlite3_bind_int64(stmt, 1, seq);
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto text = [&](int c) {
                return sqlite3_column_type(stmt, c) == SQLITE_NULL
                           ? QString()
                           : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)));
            };
            const auto blob = [&](int c) {
                return QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, c)),
                                  sqlite3_column_bytes(stmt, c));
            };
            e = {sqlite3_column_int64(stmt, 0),
                 sqlite3_column_int64(stmt, 1),
                 text(2),
                 text(3),
                 text(4),
                 text(5),
                 text(6),
                 blob(7),
                 blob(8)};
        }
        sqlite3_finalize(stmt);
        return e;
    }
    QString insert(const AuditEntry& e)
    {
        const QStringList r =
            rows(u"INSERT INTO audit(seq, at_ms, actor, kind, record_id, form, detail, prev_hash, "
                 "hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s,
                 {QVariant::fromValue<qlonglong>(e.seq), QVariant::fromValue<qlonglong>(e.atMs), e.actor,
                  e.kind, e.recordId.isNull() ? QVariant() : QVariant(e.recordId),
                  e.form.isNull() ? QVariant() : QVariant(e.form),
                  e.detail.isNull() ? QVariant() : QVariant(e.detail), e.prevHash, e.hash});
        return r.join(u'\n');
    }

private:
    sqlite3* m_db = nullptr;
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_clock.set(kNow); }
    void everyEventIsWrittenWithoutContent();
    void syncAnswersAndPagesAreLogged();
    void seedWritesOneSummaryEntry();
    void entriesCommitAndRollBackWithTheirWrites();
    void chainVerifiesOnACleanStore();
    void tamperingIsDetectedAtItsSeq_data();
    void tamperingIsDetectedAtItsSeq();
    void appConnectionCannotChangeEntries();
    void laterEntriesKeepATruncationVisible();
    void upgradeFromEveryEarlierVersionStartsTheTrail_data();
    void upgradeFromEveryEarlierVersionStartsTheTrail();
    void cliPrintsEntriesNewestFirstWithoutContent();
    void cliShowingProtectionAnswersIsAudited();
    void rehashedChainBreaksTheKeyedHead();
    void entriesWrittenWhileLockedAreConfirmedAtUnlock();
    void sessionEntryAddedWithoutTheKeyIsReported();
    void rekeyMovesTheKeyedHeadToANewKey();
    void removedSealIsRecordedAtUnlock();

private:
    // Who can log in to a folder the test makes. The CLI logs a user in and unseals with
    // that account's data key, so a folder it runs on is made as the CLI makes one: the
    // administrator "ana" (user_add, login) and the protection officer "pia" (user_add)
    // right after init, the answers sealed with the data key wrapped for them. A folder
    // without users is sealed with the key file of tests/support (TestDataKey.h).
    enum class Users
    {
        None,
        AnaAndPia
    };
    std::unique_ptr<LocalStore> initialise(const QString& path, Users users = Users::None);
    // Opens a folder made by initialise(), unlocked with the key it was sealed with (without
    // a login, which would add an entry).
    std::unique_ptr<LocalStore> open(const QString& path);
    // A store with seven entries: init, create person, create screening, update person,
    // view_protection, delete screening, export. With users, their three entries come
    // after init (seq 2-4), and the other six are seq 5-10.
    std::unique_ptr<LocalStore> sevenEntries(const QString& path, Users users = Users::None);
    QList<AuditEntry> all(LocalStore& store);
    Run cli(const QString& dataDir, const QStringList& args, const QString& user = u"ana"_s);
    Run realCli(const QString& dataDir, const QStringList& args);
    int secretHits(sqlite3* db);

    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    test::MemoKdf m_kdf;
    // The data key of each folder made with users, as createAdministrator() handed it out.
    QHash<QString, std::shared_ptr<const SecretKey>> m_dataKeys;
};

void TestAudit::initTestCase()
{
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), why(forms).constData());
    m_forms = *forms;
}

std::unique_ptr<LocalStore> TestAudit::initialise(const QString& path, Users users)
{
    m_dataKeys.remove(path);
    auto store = LocalStore::initialise(DataFolder(path), u"USI"_s, m_forms, m_clock);
    if (!store) {
        qWarning("%s", why(store).constData());
        return {};
    }
    if (users == Users::None) {
        if (Status s = unlockWithInterimKey(**store); !s) {
            qWarning("%s", why(s).constData());
            return {};
        }
        return std::move(*store);
    }
    Accounts accounts(**store, m_kdf, [this](std::int64_t ms) { m_clock.advance(ms); });
    auto admin = accounts.createAdministrator(u"ana"_s, u"ana's password"_s);
    if (!admin) {
        qWarning("%s", why(admin).constData());
        return {};
    }
    if (Status s = accounts.addUser(*admin, u"pia"_s, Role::Protection, u"pia's password"_s); !s) {
        qWarning("%s", why(s).constData());
        return {};
    }
    if (Status s = (*store)->setSealer(std::make_shared<const FieldSealer>(*admin->keys)); !s) {
        qWarning("%s", why(s).constData());
        return {};
    }
    m_dataKeys.insert(path, admin->dataKey);
    return std::move(*store);
}

std::unique_ptr<LocalStore> TestAudit::open(const QString& path)
{
    auto store = LocalStore::open(DataFolder(path), m_forms, m_clock);
    if (!store) {
        qWarning("%s", why(store).constData());
        return {};
    }
    const auto key = m_dataKeys.constFind(path);
    const Status s = key == m_dataKeys.constEnd()
                         ? unlockWithInterimKey(**store)
                         : (*store)->setSealer(std::make_shared<const FieldSealer>(*key));
    if (!s) {
        qWarning("%s", why(s).constData());
        return {};
    }
    return std::move(*store);
}

QList<AuditEntry> TestAudit::all(LocalStore& store)
{
    auto entries = store.audit().entries(1'000'000);
    if (!entries)
        qFatal("%s", why(entries).constData());
    std::reverse(entries->begin(), entries->end());
    return *entries;
}

int TestAudit::secretHits(sqlite3* db)
{
    // Every column of every entry, as text and as the bytes stored.
    int hits = 0;
    for (const QString& secret : kSecrets + QStringList{kFullName})
        hits +=
            rawValue(
                db,
                u"SELECT count(*) FROM audit WHERE instr(actor || '|' || kind || '|' || ifnull(record_id, "
                u"'') "
                "|| '|' || ifnull(form, '') || '|' || ifnull(detail, '') || '|' || CAST(prev_hash AS TEXT) "
                "|| '|' || CAST(hash AS TEXT), ?1) > 0"_s,
                {secret})
                .toInt();
    return hits;
}

std::unique_ptr<LocalStore> TestAudit::sevenEntries(const QString& path, Users users)
{
    auto store = initialise(path, users);
    if (!store)
        return {};
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    service.setActor(u"amina.h"_s);
    m_clock.advance(1000);
    auto person = service.create(u"person"_s, personInput());
    if (!person)
        qFatal("%s", why(person).constData());
    m_clock.advance(1000);
    auto screening = service.create(u"screening"_s, screeningInput(*person));
    if (!screening)
        qFatal("%s", why(screening).constData());
    m_clock.advance(1000);
    if (Status s = service.update(*person, QJsonObject{{u"phone"_s, u"+387 61 000 111"_s},
                                                       {u"guardian_note"_s, u"Remembered a new address"_s}});
        !s)
        qFatal("%s", why(s).constData());
    m_clock.advance(1000);
    if (Status s = store->audit().viewedProtection(*screening, u"screening"_s, 3); !s)
        qFatal("%s", why(s).constData());
    m_clock.advance(1000);
    if (Status s = service.remove(*screening); !s)
        qFatal("%s", why(s).constData());
    m_clock.advance(1000);
    if (Status s = store->audit().append(AuditKind::Export, QString(), u"person"_s, u"csv records=1"_s); !s)
        qFatal("%s", why(s).constData());
    return store;
}

Run TestAudit::cli(const QString& dataDir, const QStringList& args, const QString& user)
{
    Run r;
    QString none;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QTextStream in(&none);
    qputenv(Cli::kPasswordVariable, (user + u"'s password"_s).toUtf8());
    Cli::Services services;
    services.kdf = &m_kdf;
    services.sleep = [this](std::int64_t ms) { m_clock.advance(ms); };
    services.askPassword = [](const QString&) { return std::optional<QString>(); };
    Cli c(out, err, in, m_clock, services);
    r.code = c.run(QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s, u"--user"_s, user} + args);
    out.flush();
    err.flush();
    return r;
}

Run TestAudit::realCli(const QString& dataDir, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(Cli::kPasswordVariable), u"ana's password"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PRIHVAT_CLI_PATH),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s, u"--user"_s, u"ana"_s} + args);
    if (!p.waitForStarted(10'000))
        return Run{-1, QString(), p.errorString()};
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
               QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestAudit::everyEventIsWrittenWithoutContent()
{
    QTemporaryDir tmp;
    auto store = sevenEntries(tmp.path());
    QVERIFY(store);
    // Kinds the desktop application and the account work will write, through the same API.
    for (AuditKind k :
         {AuditKind::Login, AuditKind::LoginFailed, AuditKind::Lock, AuditKind::Purge, AuditKind::RoleChange})
        QVERIFY(store->audit().append(k).ok());

    const QString device = store->deviceId();
    const QString osUser = AuditLog::systemUser();
    const QList<AuditEntry> entries = all(*store);
    QCOMPARE(entries.size(), 12);
    const QString person = entries.at(1).recordId;
    const QString screening = entries.at(2).recordId;
    struct Expected
    {
        QString kind;
        QString recordId;
        QString form;
        QString actor;
        QString detail;
    };
    const QString amina = u"amina.h@"_s + device;
    const QString os = osUser + u'@' + device;
    const QList<Expected> expected{
        {u"init"_s, QString(), QString(), os, u"site=USI"_s},
        // Field names, in the form's order; protection-sensitive ones only counted.
        {u"create"_s, person, u"person"_s, amina,
         u"given_name,family_name,name_native,sex,age_estimated,country_of_origin,languages,registration_"
         u"date,"
         "registration_site,unaccompanied_child,phone,document_type,document_number,consent_given,consent_"
         "date,"
         "consent_language,consent_by,consent_withdrawn,notes,+1 protection"_s},
        {u"create"_s, screening, u"screening"_s, amina,
         u"person_id,screening_date,site,risks,protection_concern,urgency,needs,referral_needed,+4 protection"_s},
        {u"update"_s, person, u"person"_s, amina, u"phone,+1 protection"_s},
        {u"view_protection"_s, screening, u"screening"_s, os, u"fields=3"_s},
        {u"delete"_s, screening, u"screening"_s, amina, QString()},
        {u"export"_s, QString(), u"person"_s, os, u"csv records=1"_s},
        {u"login"_s, QString(), QString(), os, QString()},
        {u"login_failed"_s, QString(), QString(), os, QString()},
        {u"lock"_s, QString(), QString(), os, QString()},
        {u"purge"_s, QString(), QString(), os, QString()},
        {u"role_change"_s, QString(), QString(), os, QString()},
    };
    QVERIFY(!person.isEmpty() && !screening.isEmpty() && person != screening);
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        const Expected& x = expected.at(i);
        QCOMPARE(e.seq, std::int64_t(i + 1));
        QCOMPARE(e.kind, x.kind);
        QCOMPARE(e.recordId, x.recordId);
        QCOMPARE(e.form, x.form);
        QCOMPARE(e.actor, x.actor);
        if (x.kind == u"create"_s) {
            // The order of a JSON object's keys is not the form's: compare as sets.
            const QStringList got = e.detail.split(u',');
            const QStringList want = x.detail.split(u',');
            QCOMPARE(QSet<QString>(got.begin(), got.end()), QSet<QString>(want.begin(), want.end()));
        } else {
            QCOMPARE(e.detail, x.detail);
        }
        QCOMPARE(int(e.prevHash.size()), AuditLog::kHashBytes);
        QCOMPARE(e.hash, AuditLog::computeHash(e));
        QCOMPARE(e.prevHash, i == 0 ? QByteArray(AuditLog::kHashBytes, '\0') : entries.at(i - 1).hash);
    }
    QCOMPARE(entries.first().atMs, kNow);
    QCOMPARE(entries.at(3).atMs, kNow + 3000);

    // No value and no name: not in any column, nor anywhere in the table's bytes.
    sqlite3* h = store->db().handle();
    QCOMPARE(secretHits(h), 0);
    for (const QString& field : {u"guardian_note"_s, u"gbv_details"_s, u"medical_note"_s, u"distress_note"_s})
        QCOMPARE(
            rawValue(h, u"SELECT count(*) FROM audit WHERE instr(ifnull(detail, ''), ?1) > 0"_s, {field}),
            u"0"_s);
    // The test itself would see a name if one were there: the audit text compared above is
    // the kind of text the records hold, where the name is sealed (schema 8) and opens.
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM records WHERE instr(data, ?1) > 0"_s, {kGiven}), u"0"_s);
    QCOMPARE(store->get(person).value()->values.value(u"given_name"_s).toString(), kGiven);
}

void TestAudit::syncAnswersAndPagesAreLogged()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    auto person = service.create(u"person"_s, personInput());
    QVERIFY2(person.ok(), why(person).constData());
    SyncState sync(*store);
    const QString before = store->deviceId();
    const QString enrolled = Uuid7::generate(m_clock);
    QVERIFY(sync.saveEnrolment(
                    {u"https://hq.example.org"_s, enrolled, u"secret-token"_s, {u"USI"_s}, u"mobile"_s})
                .ok());
    QCOMPARE(store->deviceId(), enrolled);

    auto batch = sync.nextBatch();
    QVERIFY2(batch.ok() && batch->has_value(), why(batch).constData());
    const PushBatch& b = **batch;
    QList<protocol::PushResult> results(b.changes.size());
    results.last().status = protocol::PushResult::Status::Rejected;
    results.last().reason = u"Refused for the test."_s;
    auto pushed = sync.recordPushAnswer(b, results);
    QVERIFY2(pushed.ok(), why(pushed).constData());

    // A page with a new record from another device and an edit of ours.
    const QString other = Uuid7::generate(m_clock);
    const QString pulledId = Uuid7::generate(m_clock);
    protocol::PullResponse page;
    page.next = 42;
    const QString stamp = HlcStamp{kNow + 5000, 0, other}.toString();
    page.changes.append({40, pulledId, u"person"_s, u"given_name"_s, u"Pulled-Name-Marker"_s, stamp, other});
    page.changes.append({41, *person, u"person"_s, u"notes"_s, u"Sleeps badly"_s, stamp, other});
    auto pulled = sync.applyPull(page);
    QVERIFY2(pulled.ok(), why(pulled).constData());
    QCOMPARE(pulled->applied, 2);
    // An empty page changes nothing and is not logged.
    protocol::PullResponse empty;
    empty.next = 42;
    QVERIFY(sync.applyPull(empty).ok());

    const QList<AuditEntry> entries = all(*store);
    QCOMPARE(entries.size(), 5); // init, create, enrolment, push answer, pull page
    // The enrolment, by this device under its old id, naming the new one; never the token.
    QCOMPARE(entries.at(2).kind, u"sync"_s);
    QCOMPARE(entries.at(2).detail, u"enrolled device=%1"_s.arg(enrolled));
    QCOMPARE(entries.at(2).actor, AuditLog::systemUser() + u'@' + before);
    QCOMPARE(entries.at(3).kind, u"sync"_s);
    QVERIFY(entries.at(3).recordId.isNull());
    QCOMPARE(entries.at(3).detail,
             u"push batch=%1 changes=%2 accepted=%3 conflicts=0 rejected=1"_s.arg(b.batchId)
                 .arg(b.changes.size())
                 .arg(b.changes.size() - 1));
    QCOMPARE(entries.at(3).actor, AuditLog::systemUser() + u'@' + enrolled);
    QCOMPARE(entries.at(4).kind, u"sync"_s);
    QCOMPARE(entries.at(4).detail,
             u"pull changes=2 applied=2 records=2 conflicts=0 new_conflicts=0 cursor=42"_s);
    QCOMPARE(secretHits(store->db().handle()), 0);
    QCOMPARE(rawValue(store->db().handle(),
                      u"SELECT count(*) FROM audit WHERE instr(ifnull(detail, ''), 'secret-token') > 0"_s),
             u"0"_s);
    auto faults = store->audit().verify();
    QVERIFY(faults.ok() && faults->isEmpty());
}

void TestAudit::seedWritesOneSummaryEntry()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    QList<RecordWrite> writes;
    for (int i = 0; i < 3; ++i) {
        auto w = service.prepareCreate(u"person"_s, personInput());
        QVERIFY2(w.ok(), why(w).constData());
        writes.append(*w);
    }
    QVERIFY(store->commit(writes, LocalStore::OutboxMode::Skip).ok());
    const QList<AuditEntry> entries = all(*store);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).kind, u"seed"_s);
    QCOMPARE(entries.at(1).detail, u"records=3 person=3"_s);
    QVERIFY(entries.at(1).recordId.isNull());
    QVERIFY(entries.at(1).form.isNull());
    QCOMPARE(secretHits(store->db().handle()), 0);
}

void TestAudit::entriesCommitAndRollBackWithTheirWrites()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    sqlite3* h = store->db().handle();

    // The audit entry cannot be written: the record and its outbox changes are not either.
    QVERIFY(store->db()
                .exec(u"CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit "
                      "BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END"_s)
                .ok());
    auto failed = service.create(u"person"_s, personInput());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(u"injected audit failure"_s),
             qPrintable(failed.error().message));
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM records"_s), u"0"_s);
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM audit"_s), u"1"_s);
    QVERIFY(store->db().exec(u"DROP TRIGGER temp.fail_audit"_s).ok());

    // The record cannot be written: no audit entry either.
    QVERIFY(store->db()
                .exec(u"CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON main.outbox "
                      "BEGIN SELECT RAISE(ABORT, 'injected outbox failure'); END"_s)
                .ok());
    QVERIFY(!service.create(u"person"_s, personInput()).ok());
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM audit"_s), u"1"_s);
    QVERIFY(store->db().exec(u"DROP TRIGGER temp.fail_outbox"_s).ok());

    // Both work again, together; the head moved with them.
    QVERIFY(service.create(u"person"_s, personInput()).ok());
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM audit"_s), u"2"_s);
    QCOMPARE(rawValue(h, u"SELECT value FROM meta WHERE key = 'audit_head'"_s),
             u"2 "_s + QString::fromLatin1(all(*store).last().hash.toHex()));
    auto faults = store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
}

void TestAudit::chainVerifiesOnACleanStore()
{
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
        auto audit = store->audit().verify();
        QVERIFY2(audit.ok() && audit->isEmpty(), why(audit).constData());
        QCOMPARE(store->audit().count().value(), std::int64_t(10));
        auto faults = store->verify();
        QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    }
    const Run verified = cli(tmp.path(), {u"verify"_s});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    // The seven, the users' three (user_add, login, user_add) and the command's own login.
    QVERIFY2(verified.out.contains(u"Audit trail: 11 entries, hash chain intact."_s),
             qPrintable(verified.out));
    const Run real = realCli(tmp.path(), {u"verify"_s});
    QVERIFY2(real.code == 0, qPrintable(real.err));
}

void TestAudit::tamperingIsDetectedAtItsSeq_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QList<qint64>>("faultSeqs"); // every fault's seq, in order

    // The seven entries with the users' three: 1 init, 2 user_add ana, 3 login ana,
    // 4 user_add pia, 5 create person, 6 create screening, 7 update person,
    // 8 view_protection, 9 delete screening, 10 export.
    QTest::newRow("detail edited") << u"edit"_s << QList<qint64>{7};
    QTest::newRow("actor edited") << u"edit actor"_s << QList<qint64>{5};
    QTest::newRow("time edited") << u"edit time"_s << QList<qint64>{9};
    QTest::newRow("edited and its hash recomputed") << u"edit rehash"_s << QList<qint64>{8};
    QTest::newRow("entry deleted") << u"delete"_s << QList<qint64>{7};
    QTest::newRow("first entry deleted") << u"delete first"_s << QList<qint64>{1};
    // The keyed head (entry 10) is gone as well.
    QTest::newRow("last entry deleted") << u"delete last"_s << QList<qint64>{10, 10};
    QTest::newRow("forged entry appended") << u"append forged"_s << QList<qint64>{11};
    QTest::newRow("forged entry with a bad hash") << u"append bad hash"_s << QList<qint64>{11, 11};
    // ... and the keyed entry 10 is another one now, and 11 (the export) follows it unkeyed.
    QTest::newRow("forged entry inserted in the middle")
        << u"insert"_s << QList<qint64>{8, 8, 9, 10, 11, 11, 10, 11};
    QTest::newRow("entries reordered") << u"swap"_s << QList<qint64>{6, 6, 7, 7, 8};
    QTest::newRow("head removed") << u"head"_s << QList<qint64>{10};
    QTest::newRow("table dropped") << u"drop"_s << QList<qint64>{0};
}

void TestAudit::tamperingIsDetectedAtItsSeq()
{
    QFETCH(QString, how);
    QFETCH(QList<qint64>, faultSeqs);
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
        // Untouched, the chain is whole: every fault below is the thief's.
        auto audit = store->audit().verify();
        QVERIFY2(audit.ok() && audit->isEmpty(), why(audit).constData());
        QCOMPARE(store->audit().count().value(), std::int64_t(10));
    }
    const QString path = DataFolder(tmp.path()).databasePath();
    {
        Thief thief(path);
        QString e;
        if (how == u"edit"_s) {
            e = thief.tamper(u"UPDATE audit SET detail = 'notes' WHERE seq = 7"_s);
        } else if (how == u"edit actor"_s) {
            e = thief.tamper(u"UPDATE audit SET actor = 'someone.else' || substr(actor, instr(actor, '@')) "
                             "WHERE seq = 5"_s);
        } else if (how == u"edit time"_s) {
            e = thief.tamper(u"UPDATE audit SET at_ms = at_ms - 86400000 WHERE seq = 9"_s);
        } else if (how == u"edit rehash"_s) {
            AuditEntry x = thief.entry(7);
            x.detail = u"notes"_s;
            x.hash = AuditLog::computeHash(x);
            e = thief.tamper(u"DELETE FROM audit WHERE seq = 7"_s);
            if (e.isEmpty())
                e = thief.insert(x);
        } else if (how == u"delete"_s) {
            e = thief.tamper(u"DELETE FROM audit WHERE seq = 7"_s);
        } else if (how == u"delete first"_s) {
            e = thief.tamper(u"DELETE FROM audit WHERE seq = 1"_s);
        } else if (how == u"delete last"_s) {
            e = thief.tamper(u"DELETE FROM audit WHERE seq = 10"_s);
        } else if (how == u"append forged"_s || how == u"append bad hash"_s) {
            const AuditEntry last = thief.entry(10);
            AuditEntry x{11, last.atMs + 1000, last.actor, u"login"_s, {}, {}, {}, last.hash, {}};
            x.hash = how == u"append forged"_s ? AuditLog::computeHash(x) : QByteArray(32, 'x');
            e = thief.insert(x);
        } else if (how == u"insert"_s) {
            // Entries 7 to 10 move up by one; a well-formed forged entry takes seq 7.
            const AuditEntry sixth = thief.entry(6);
            AuditEntry x{7,  sixth.atMs + 1, sixth.actor, u"delete"_s, sixth.recordId, sixth.form,
                         {}, sixth.hash,     {}};
            x.hash = AuditLog::computeHash(x);
            e = thief.tamper(
                u"UPDATE audit SET seq = -seq WHERE seq >= 7; UPDATE audit SET seq = 1 - seq WHERE seq < 0"_s);
            if (e.isEmpty())
                e = thief.insert(x);
        } else if (how == u"swap"_s) {
            e = thief.tamper(
                u"UPDATE audit SET seq = -1 WHERE seq = 6; UPDATE audit SET seq = 6 WHERE seq = 7; "
                "UPDATE audit SET seq = 7 WHERE seq = -1"_s);
        } else if (how == u"head"_s) {
            e = thief.exec(u"DELETE FROM meta WHERE key = 'audit_head'"_s);
        } else if (how == u"drop"_s) {
            e = thief.exec(u"DROP TABLE audit"_s);
        }
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // The triggers are back: a careless look at the schema sees nothing wrong.
        if (how != u"drop"_s)
            QCOMPARE(thief.rows(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s).value(0),
                     u"3"_s);
    }

    {
        auto store = open(tmp.path());
        QVERIFY(store);
        auto audit = store->audit().verify();
        QVERIFY2(audit.ok(), why(audit).constData());
        QList<qint64> seqs;
        QStringList messages;
        for (const AuditFault& f : std::as_const(*audit)) {
            seqs.append(f.seq);
            messages.append(u"%1: %2"_s.arg(f.seq).arg(f.message));
        }
        QVERIFY2(seqs == faultSeqs, qPrintable(messages.join(u'\n')));
        for (const AuditFault& f : std::as_const(*audit))
            if (f.seq > 0)
                QVERIFY2(f.message.contains(QString::number(f.seq)), qPrintable(f.message));
        auto faults = store->verify();
        QVERIFY(faults.ok());
        QCOMPARE(faults->size(), audit->size());
    }

    const Run inProcess = cli(tmp.path(), {u"verify"_s});
    QCOMPARE(inProcess.code, 1);
    QVERIFY2(inProcess.err.contains(u"Audit"_s) || inProcess.err.contains(u"audit"_s),
             qPrintable(inProcess.err));
    const Run real = realCli(tmp.path(), {u"verify"_s});
    QCOMPARE(real.code, 1);
    QVERIFY2(real.err.contains(how == u"drop"_s ? u"audit trail"_s : u"fault"_s), qPrintable(real.err));
}

void TestAudit::appConnectionCannotChangeEntries()
{
    QTemporaryDir tmp;
    auto store = sevenEntries(tmp.path());
    QVERIFY(store);
    SqliteDb& db = store->db();
    sqlite3* h = db.handle();
    const QStringList before = rawRows(h, u"SELECT * FROM audit ORDER BY seq"_s);

    const Status update = db.exec(u"UPDATE audit SET detail = 'x' WHERE seq = 2"_s);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().message.contains(u"append-only"_s), qPrintable(update.error().message));
    const Status remove = db.exec(u"DELETE FROM audit WHERE seq = 7"_s);
    QVERIFY(!remove.ok());
    QVERIFY2(remove.error().message.contains(u"append-only"_s), qPrintable(remove.error().message));
    QVERIFY(!db.exec(u"DELETE FROM audit"_s).ok());
    // REPLACE deletes the old row without firing DELETE triggers: refused on its own.
    const Status replace =
        db.exec(u"INSERT OR REPLACE INTO audit SELECT seq, at_ms, actor, kind, record_id, form, "
                "'x', prev_hash, hash FROM audit WHERE seq = 3"_s);
    QVERIFY(!replace.ok());
    QVERIFY2(replace.error().message.contains(u"append-only"_s), qPrintable(replace.error().message));
    QVERIFY(!db.exec(u"INSERT INTO audit SELECT * FROM audit WHERE seq = 3 "
                     "ON CONFLICT(seq) DO UPDATE SET detail = 'x'"_s)
                 .ok());
    // Nor can the protection be taken away through this connection.
    QVERIFY(!db.exec(u"DROP TRIGGER audit_no_update"_s).ok());
    QVERIFY(!db.exec(u"DROP TRIGGER audit_no_delete"_s).ok());
    QVERIFY(!db.exec(u"DROP TRIGGER audit_no_replace"_s).ok());
    QVERIFY(!db.exec(u"DROP TABLE audit"_s).ok());
    QVERIFY(!db.exec(u"ALTER TABLE audit RENAME TO audit_old"_s).ok());
    static_cast<void>(db.exec(u"PRAGMA writable_schema = ON"_s));
    QVERIFY(!db.exec(u"DELETE FROM sqlite_master WHERE type = 'trigger'"_s).ok());
    static_cast<void>(db.exec(u"PRAGMA writable_schema = OFF"_s));

    QCOMPARE(rawRows(h, u"SELECT * FROM audit ORDER BY seq"_s), before);
    QCOMPARE(
        rawValue(h, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"_s),
        u"3"_s);
    auto faults = store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    // Other tables are not affected.
    QVERIFY(
        db.exec(
              u"CREATE TEMP TRIGGER t AFTER INSERT ON main.outbox BEGIN SELECT 1; END; DROP TRIGGER temp.t"_s)
            .ok());
}

void TestAudit::laterEntriesKeepATruncationVisible()
{
    // Entries cut from the end, then the application saves again: the new entry links to
    // the head it recorded, not to the row before it, so the cut stays visible.
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path());
        QVERIFY(store);
    }
    {
        Thief thief(DataFolder(tmp.path()).databasePath());
        const QString e = thief.tamper(u"DELETE FROM audit WHERE seq >= 6"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    auto store = open(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    QVERIFY(service.create(u"person"_s, personInput()).ok());
    QVERIFY(service.create(u"person"_s, personInput()).ok());
    auto audit = store->audit().verify();
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->first().seq, std::int64_t(6));
    // The keyed head (entry 7 before the cut) is not the entry 7 written since.
    QCOMPARE(audit->at(1).seq, std::int64_t(7));
}

void TestAudit::upgradeFromEveryEarlierVersionStartsTheTrail_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Schema::auditVersion; ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestAudit::upgradeFromEveryEarlierVersionStartsTheTrail()
{
    QFETCH(int, version);
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    QVERIFY(folder.prepare().ok());
    const QString device = Uuid7::generate(m_clock);
    const QString person = Uuid7::generate(m_clock);
    {
        auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"PRAGMA journal_mode = WAL"_s).ok());
        QVERIFY(Schema::migrate(**db, *m_forms, version).ok());
        sqlite3* h = (*db)->handle();
        for (const auto& [key, value] :
             {std::pair{u"device_id"_s, device}, std::pair{u"site"_s, u"USI"_s},
              std::pair{u"created_ms"_s, QString::number(kNow)}, std::pair{u"clean_shutdown"_s, u"1"_s}})
            QVERIFY(rawRows(h, u"INSERT INTO meta(key, value) VALUES(?1, ?2)"_s, {key, value}).isEmpty());
        const QString hlc = HlcStamp{kNow - 1000, 0, device}.toString();
        const QJsonObject values = personInput();
        QJsonObject stamps;
        for (auto it = values.begin(); it != values.end(); ++it)
            stamps.insert(it.key(), hlc);
        const QStringList inserted = rawRows(
            h,
            u"INSERT INTO records(id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, "
            "server_version) VALUES(?1, 'person', ?2, ?3, 0, ?4, ?4, ?5, 0)"_s,
            {person, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument(stamps).toJson(QJsonDocument::Compact)),
             QVariant::fromValue<qlonglong>(kNow - 1000), hlc});
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted.join(u'\n')));
    }
    auto store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(Schema::version(store->db()), Schema::currentVersion);
    QList<AuditEntry> entries = all(*store);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, u"init"_s);
    QCOMPARE(entries.first().detail, u"schema %1 upgraded"_s.arg(version));
    QCOMPARE(entries.first().actor, AuditLog::systemUser() + u'@' + device);

    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);

    service.setCanSeeProtection(true);
    QVERIFY(service.update(person, QJsonObject{{u"phone"_s, u"+387 61 555 444"_s}}).ok());
    entries = all(*store);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().kind, u"update"_s);
    QCOMPARE(entries.last().recordId, person);
    auto faults = store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    QCOMPARE(secretHits(store->db().handle()), 0);

    // Opening again starts nothing new.
    store.reset();
    store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(all(*store).size(), 2);
}

void TestAudit::cliPrintsEntriesNewestFirstWithoutContent()
{
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
    }
    // The users' entries (seq 2-4) after init, the other six of the seven (5-10), and this
    // command's login (11).
    const Run json = cli(tmp.path(), {u"audit"_s, u"--json"_s, u"--limit"_s, u"10"_s});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray all10 = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(all10.size(), 10);
    QCOMPARE(all10.at(0).toObject().value(u"seq"_s).toInt(), 11);
    QCOMPARE(all10.at(0).toObject().value(u"kind"_s).toString(), u"login"_s);
    QVERIFY(all10.at(0).toObject().value(u"actor"_s).toString().startsWith(u"ana@"_s));
    QCOMPARE(all10.at(7).toObject().value(u"seq"_s).toInt(), 4);
    QCOMPARE(all10.at(7).toObject().value(u"kind"_s).toString(), u"user_add"_s);
    QCOMPARE(all10.at(8).toObject().value(u"kind"_s).toString(), u"login"_s);
    QCOMPARE(all10.at(9).toObject().value(u"seq"_s).toInt(), 2);
    QCOMPARE(all10.at(9).toObject().value(u"kind"_s).toString(), u"user_add"_s);
    const QJsonArray array = QJsonArray::fromVariantList(all10.toVariantList().mid(1, 3));
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(u"seq"_s).toInt(), 10);
    QCOMPARE(array.at(0).toObject().value(u"kind"_s).toString(), u"export"_s);
    QCOMPARE(array.at(1).toObject().value(u"kind"_s).toString(), u"delete"_s);
    QCOMPARE(array.at(2).toObject().value(u"kind"_s).toString(), u"view_protection"_s);
    QCOMPARE(array.at(2).toObject().value(u"form"_s).toString(), u"screening"_s);
    QCOMPARE(array.at(1).toObject().value(u"detail"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(array.at(0).toObject().value(u"at"_s).toString(), u"2026-06-15T10:00:06.000Z"_s);
    const QStringList keys = array.at(0).toObject().keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{u"seq"_s, u"at"_s, u"at_ms"_s, u"actor"_s, u"kind"_s, u"record_id"_s, u"form"_s,
                            u"detail"_s, u"hash"_s}));

    const Run text = cli(tmp.path(), {u"audit"_s});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12); // and the login of this second run
    QVERIFY2(lines.at(2).startsWith(u"10\t2026-06-15T10:00:06.000Z\t"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.first().startsWith(u"12\t"_s) && lines.first().contains(u"\tlogin\t"_s),
             qPrintable(lines.first()));
    QVERIFY2(lines.last().startsWith(u"1\t"_s) && lines.last().contains(u"\tinit\t"_s),
             qPrintable(lines.last()));
    for (const QString& secret : kSecrets)
        QVERIFY2(!text.out.contains(secret) && !json.out.contains(secret), qPrintable(secret));

    QCOMPARE(cli(tmp.path(), {u"audit"_s, u"--limit"_s, u"x"_s}).code, 2);
    QCOMPARE(cli(tmp.path(), {u"audit"_s, u"extra"_s}).code, 2);
    const Run help = cli(tmp.path(), {u"--help"_s});
    QVERIFY(help.out.contains(u"audit [--limit N] [--json]"_s));
}

// RELIABILITY.md item 11: viewing a protection record writes an entry without content.
void TestAudit::cliShowingProtectionAnswersIsAudited()
{
    QTemporaryDir tmp;
    QString person;
    QString screening;
    {
        auto store = initialise(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
        RecordService service(*store, u"en"_s);
        service.setCanSeeProtection(true);
        auto p = service.create(u"person"_s, personInput());
        QVERIFY2(p.ok(), why(p).constData());
        auto sc = service.create(u"screening"_s, screeningInput(*p));
        QVERIFY2(sc.ok(), why(sc).constData());
        person = *p;
        screening = *sc;
    }
    auto views = [&] {
        const Run r = cli(tmp.path(), {u"audit"_s, u"--json"_s, u"--limit"_s, u"1000"_s});
        QJsonArray out;
        for (const QJsonValue& e : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (e.toObject().value(u"kind"_s).toString() == u"view_protection"_s)
                out.append(e);
        return out;
    };
    QCOMPARE(views().size(), 0);
    QCOMPARE(cli(tmp.path(), {u"get"_s, screening}, u"pia"_s).code, 0);
    QJsonArray seen = views();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).toObject().value(u"record_id"_s).toString(), screening);
    QCOMPARE(seen.at(0).toObject().value(u"form"_s).toString(), u"screening"_s);
    // A person whose record holds no protection answer: nothing to log.
    const Run get = cli(tmp.path(), {u"get"_s, person}, u"pia"_s);
    QCOMPARE(get.code, 0);
    const int protectionValues = QJsonDocument::fromJson(get.out.toUtf8())
                                         .object()
                                         .value(u"values"_s)
                                         .toObject()
                                         .contains(u"guardian_note"_s)
                                     ? 1
                                     : 0;
    QCOMPARE(views().size(), 1 + protectionValues);
    QCOMPARE(cli(tmp.path(), {u"list"_s, u"screening"_s, u"--json"_s}, u"pia"_s).code, 0);
    // Anyone else is shown no protection answer, so nothing of the kind is logged.
    QCOMPARE(cli(tmp.path(), {u"get"_s, screening}).code, 0);
    QCOMPARE(cli(tmp.path(), {u"list"_s, u"screening"_s, u"--json"_s}).code, 0);
    QCOMPARE(views().size(), 2 + protectionValues);
    QCOMPARE(cli(tmp.path(), {u"verify"_s}).code, 0);
}

// The attack the keyed head stops: someone with the file but not the key edits an old
// entry and recomputes every later hash and the recorded head, so the hash chain holds.
void TestAudit::rehashedChainBreaksTheKeyedHead()
{
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
    }
    const QString path = DataFolder(tmp.path()).databasePath();
    {
        Thief thief(path);
        QList<AuditEntry> entries;
        for (std::int64_t seq = 1; seq <= 10; ++seq)
            entries.append(thief.entry(seq));
        entries[4].actor = u"someone.else@"_s + entries[4].actor.section(u'@', 1); // entry 5
        for (qsizetype i = 4; i < entries.size(); ++i) {
            entries[i].prevHash = entries.at(i - 1).hash;
            entries[i].hash = AuditLog::computeHash(entries.at(i));
        }
        QString e = thief.tamper(u"DELETE FROM audit WHERE seq >= 5"_s);
        for (qsizetype i = 4; i < entries.size() && e.isEmpty(); ++i)
            e = thief.insert(entries.at(i));
        if (e.isEmpty())
            e = thief.exec(u"UPDATE meta SET value = '10 %1' WHERE key = 'audit_head'"_s.arg(
                QString::fromLatin1(entries.last().hash.toHex())));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    {
        auto store = open(tmp.path());
        QVERIFY(store);
        auto audit = store->audit().verify();
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1); // the chain itself holds: only the key tells
        QVERIFY2(audit->first().message.contains(u"seal"_s), qPrintable(audit->first().message));
        // Written after the rewrite, entries are not keyed either: the break stays.
        RecordService service(*store, u"en"_s);
        service.setCanSeeProtection(true);
        QVERIFY(service.create(u"person"_s, personInput()).ok());
        QVERIFY(store->audit().verify().value().size() >= 2);
    }
    const Run inProcess = cli(tmp.path(), {u"verify"_s});
    QCOMPARE(inProcess.code, 1);
    QVERIFY2(inProcess.err.contains(u"seal"_s), qPrintable(inProcess.err));
    const Run real = realCli(tmp.path(), {u"verify"_s});
    QCOMPARE(real.code, 1);
}

void TestAudit::entriesWrittenWhileLockedAreConfirmedAtUnlock()
{
    QTemporaryDir tmp;
    auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
    QVERIFY(store);
    const QString keyed10 =
        store->db().scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s)->toString();
    QVERIFY2(keyed10.startsWith(u"10 "_s), qPrintable(keyed10));
    const std::shared_ptr<const FieldSealer> sealer = store->sealer();
    QVERIFY(store->setSealer(nullptr).ok());
    QVERIFY(store->audit().appendAs(u"ana"_s, AuditKind::LoginFailed).ok());
    QVERIFY(store->audit().appendAs(u"ana"_s, AuditKind::Lockout).ok());
    // Locked, nothing was keyed.
    QCOMPARE(store->db().scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s)->toString(), keyed10);
    QVERIFY(store->setSealer(sealer).ok());
    QVERIFY(store->db()
                .scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s)
                ->toString()
                .startsWith(u"12 "_s));
    auto audit = store->audit().verify();
    QVERIFY2(audit.ok() && audit->isEmpty(),
             qPrintable(audit.ok() && !audit->isEmpty() ? audit->first().message : QString()));
    QVERIFY(store->audit().append(AuditKind::Export, QString(), u"person"_s, u"csv records=1"_s).ok());
    QVERIFY(store->db()
                .scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s)
                ->toString()
                .startsWith(u"13 "_s));
    QVERIFY(store->audit().verify().value().isEmpty());
}

void TestAudit::sessionEntryAddedWithoutTheKeyIsReported()
{
    QTemporaryDir tmp;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
    }
    {
        // A well-formed entry of a kind only a logged-in user writes, and the head moved to it.
        Thief thief(DataFolder(tmp.path()).databasePath());
        const AuditEntry last = thief.entry(10);
        AuditEntry x{11,          last.atMs + 1000,     last.actor, u"export"_s, {},
                     u"person"_s, u"csv records=900"_s, last.hash,  {}};
        x.hash = AuditLog::computeHash(x);
        QString e = thief.insert(x);
        if (e.isEmpty())
            e = thief.exec(u"UPDATE meta SET value = '11 %1' WHERE key = 'audit_head'"_s.arg(
                QString::fromLatin1(x.hash.toHex())));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    auto store = open(tmp.path());
    QVERIFY(store);
    auto audit = store->audit().verify();
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().seq, std::int64_t(11));
    QVERIFY2(audit->first().message.contains(u"without"_s), qPrintable(audit->first().message));
}

void TestAudit::rekeyMovesTheKeyedHeadToANewKey()
{
    QTemporaryDir tmp;
    auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
    QVERIFY(store);
    auto fresh = SecretKey::random();
    QVERIFY(fresh.ok());
    const FieldSealer next(std::shared_ptr<const SecretKey>(std::move(*fresh)));
    // Another key than the one that keyed the head is refused as the old one.
    QVERIFY(!store->audit().rekey(next, next).ok());
    QVERIFY(store->audit().rekey(*store->sealer(), next).ok());
    const QStringList parts =
        store->db().scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s)->toString().split(u' ');
    QCOMPARE(parts.size(), 4); // seq, hash, MAC and the data key generation that made it
    QCOMPARE(parts.at(3), QString::number(next.dataGeneration()));
    auto mac = AuditLog::headMac(next, parts.at(0).toLongLong(), QByteArray::fromHex(parts.at(1).toLatin1()));
    QVERIFY(mac.ok());
    QCOMPARE(QString::fromLatin1(mac->toHex()), parts.at(2));
    // Under the old key the head no longer holds.
    auto audit = store->audit().verify();
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
}

// A thief who removes the seal altogether (and perhaps rewrote the trail before): the next
// unlock cannot tell such a trail from one of a version without seals, so it says so, for
// good, in the trail itself; a fresh folder's first unlock does not.
void TestAudit::removedSealIsRecordedAtUnlock()
{
    QTemporaryDir tmp;
    std::int64_t before = 0;
    {
        auto store = sevenEntries(tmp.path(), Users::AnaAndPia);
        QVERIFY(store);
        auto entries = store->audit().entries(100);
        QVERIFY(entries.ok());
        for (const AuditEntry& e : std::as_const(*entries))
            QVERIFY(e.kind != u"trail_unsealed"_s);
        before = store->audit().count().value();
    }
    {
        Thief thief(DataFolder(tmp.path()).databasePath());
        const QString e = thief.exec(u"DELETE FROM meta WHERE key = 'audit_mac'"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    auto store = open(tmp.path());
    QVERIFY(store);
    auto entries = store->audit().entries(1);
    QVERIFY(entries.ok() && !entries->isEmpty());
    QCOMPARE(entries->first().kind, u"trail_unsealed"_s);
    QCOMPARE(entries->first().detail, u"entries=1-%1"_s.arg(before));
    // From here on the trail is sealed again: the notice itself cannot be removed unseen.
    auto faults = store->audit().verify();
    QVERIFY(faults.ok());
    QVERIFY2(faults->isEmpty(), faults->isEmpty() ? "" : qPrintable(faults->first().message));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
