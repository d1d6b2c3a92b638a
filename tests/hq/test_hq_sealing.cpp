// Headquarters' data at rest, against SQLite or PostgreSQL (PRIHVAT_TEST_DB; ctest runs
// both): protection-sensitive values are sealed in every table that holds them, so someone
// with a copy of the database (the SQLite files, a pg_dump, a SELECT over every table)
// finds none of them, while protection devices still pull them as before; a wrong or
// missing key file is refused; a schema 3 database with values in clear is upgraded and
// sealed; retention empties old records at headquarters, leaving nothing of their values
// in the files and only ids in the audit trail.
#include "HqProcessSupport.h"
#include "HqTestSupport.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqAudit.h"
#include "hq/HqDatabase.h"
#include "hq/HqReference.h"
#include "hq/HqRetention.h"
#include "hq/HqSealer.h"
#include "hq/HqSealing.h"
#include "hq/HqStore.h"
#include "security/SecretKey.h"
#include "sync/Protocol.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;
using namespace prihvat::hqtest;

namespace {

constexpr std::int64_t kStart = 1'750'000'000'000; // 2025-06-15
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
// Marker texts: protection-sensitive notes, and a name (identifying: stays in clear).
const QString kNote = u"Qx7-GBV-marker survivor of assault at the border"_s;
const QString kNote2 = u"Qx7-TRF-marker recruited by a trafficker"_s;
const QString kNote3 = u"Qx7-LGB-marker fled because of who she loves"_s;
const QString kName = u"Zvjezdanka"_s;

struct Dev
{
    QString id;
    QString bearer;
};

QJsonObject jsonOf(const HttpReply& r)
{
    QByteArray body = r.body;
    if (r.header("Content-Encoding") == "gzip")
        body = protocol::gunzip(body).value_or(QByteArray());
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpHeaders jsonHeaders(const QString& bearer = {})
{
    HttpHeaders h{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toLatin1()));
    return h;
}

std::shared_ptr<const SecretKey> randomKey()
{
    auto key = SecretKey::random();
    return key ? std::shared_ptr<const SecretKey>(std::move(*key)) : nullptr;
}

QString pgDatabaseName(const QString& url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

class TestHqSealing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { dropDatabase(u"hq_test_sealing"_s); }

    void thiefFindsNoProtectionValue();
    void wrongOrMissingKeyRefused();
    void serveWithKeyFile();
    void upgradeFromSchema3SealsExistingValues();
    void retentionEmptiesOldRecords();

private:
    void openStore(const HqSealer& sealer);
    void closeStore();
    HttpReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const HttpHeaders& headers = {}, const QString& query = {});
    Dev enrol(const QString& name, const QStringList& sites, const QString& role = u"mobile"_s);
    QList<protocol::PushResult> push(const Dev& d, const QJsonArray& changes);
    protocol::PullResponse pullAll(const Dev& d, std::int64_t after = 0);
    // Writes a person with a name and a note, and a concurrent second note: a conflict.
    void writeProtectedPerson(const Dev& officer, const Dev& officer2, const Dev& mobile,
                              const QString& person);
    // What a thief with a copy of the database sees: every byte of the SQLite files, or a
    // pg_dump of the PostgreSQL database; and, on both, every table read with SELECT.
    QByteArray stolenCopy();
    int hits(const QByteArray& copy, const QString& text) const;
    ProcessOutcome hq(const QStringList& args) { return runProcess(QStringLiteral(PRIHVAT_HQ_BINARY), args); }
    QString newId() { return Uuid7::generate(m_clock); }

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqStore> m_store;
    std::unique_ptr<HqApi> m_api;
    QString m_url;
    int m_round = 0;
};

#define CHECKED(expr)                                                                                        \
    expr;                                                                                                    \
    if (QTest::currentTestFailed())                                                                          \
        return;

void TestHqSealing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), qPrintable(forms ? QString() : forms.error().fullText()));
    m_forms = *forms;
    const FieldDefinition* note = m_forms->form(u"person"_s)->field(u"guardian_note"_s);
    QVERIFY(note);
    QCOMPARE(note->sensitivity, Sensitivity::Protection);
    QCOMPARE(m_forms->form(u"person"_s)->field(u"given_name"_s)->sensitivity, Sensitivity::Identifying);
    if (isPostgres())
        QVERIFY2(!clusterUrl().isEmpty(), "PRIHVAT_TEST_PG_URL is not set: run through ctest");
    qInfo("engine: %s", qPrintable(engine()));
}

void TestHqSealing::init()
{
    m_clock.set(kStart);
    QString error;
    m_url = freshDatabase(m_dir, u"hq_test_sealing"_s, u"sealing_%1"_s.arg(++m_round), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
}

void TestHqSealing::cleanup()
{
    closeStore();
}

void TestHqSealing::openStore(const HqSealer& sealer)
{
    closeStore();
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), HqDatabase::kSchemaVersion);
    m_store = std::make_unique<HqStore>(*m_db, m_forms, m_clock, sealer);
    m_store->setOperator(u"amira"_s);
    m_api = std::make_unique<HqApi>(*m_store);
}

void TestHqSealing::closeStore()
{
    m_api.reset();
    m_store.reset();
    m_db.reset();
}

HttpReply TestHqSealing::call(const QByteArray& method, const QString& path, const QByteArray& body,
                              const HttpHeaders& headers, const QString& query)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.headers = headers;
    r.body = body;
    r.peer = u"10.1.1.1"_s;
    return m_api->handle(r);
}

Dev TestHqSealing::enrol(const QString& name, const QStringList& sites, const QString& role)
{
    auto added = m_store->addDevice(name, sites, role);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    const HttpReply r = call("POST", u"/v1/enroll"_s, compact({{u"code"_s, added->code}}), jsonHeaders());
    if (r.status != 200) {
        QTest::qFail(r.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject o = jsonOf(r);
    return {o.value(u"device_id"_s).toString(),
            o.value(u"device_id"_s).toString() + u'.' + o.value(u"token"_s).toString()};
}

QList<protocol::PushResult> TestHqSealing::push(const Dev& d, const QJsonArray& changes)
{
    const QJsonObject body{{u"batch_id"_s, newId()}, {u"changes"_s, changes}};
    const HttpReply reply = call("POST", u"/v1/push"_s, compact(body), jsonHeaders(d.bearer));
    QList<protocol::PushResult> out;
    if (reply.status != 200) {
        QTest::qFail(
            qPrintable(u"push answered %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))),
            __FILE__, __LINE__);
        return out;
    }
    for (const QJsonValue& v : jsonOf(reply).value(u"results"_s).toArray())
        out.append(protocol::PushResult::fromJson(v.toObject()).value_or(protocol::PushResult{}));
    return out;
}

protocol::PullResponse TestHqSealing::pullAll(const Dev& d, std::int64_t after)
{
    protocol::PullResponse all;
    all.next = after;
    for (int guard = 0; guard < 100; ++guard) {
        const HttpReply r =
            call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), u"after=%1&limit=2"_s.arg(all.next));
        if (r.status != 200) {
            QTest::qFail(qPrintable(u"pull answered %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))),
                         __FILE__, __LINE__);
            return all;
        }
        auto page = protocol::PullResponse::fromJson(jsonOf(r));
        if (!page) {
            QTest::qFail(qPrintable(page.error().message), __FILE__, __LINE__);
            return all;
        }
        all.changes += page->changes;
        all.conflicts += page->conflicts;
        all.next = page->next;
        if (!page->more)
            break;
    }
    return all;
}

void TestHqSealing::writeProtectedPerson(const Dev& officer, const Dev& officer2, const Dev& mobile,
                                         const QString& person)
{
    const std::int64_t t = m_clock.nowMs();
    CHECKED(auto a = push(mobile, {change(person, u"person"_s, u"given_name"_s, kName, stamp(mobile.id, t))}))
    QCOMPARE(a.at(0).status, protocol::PushResult::Status::Accepted);
    CHECKED(auto b = push(officer, {change(person, u"person"_s, u"guardian_note"_s, kNote,
                                           stamp(officer.id, t + 1), a.at(0).seq)}))
    QCOMPARE(b.at(0).status, protocol::PushResult::Status::Accepted);
    CHECKED(auto c = push(officer2, {change(person, u"person"_s, u"guardian_note"_s, kNote2,
                                            stamp(officer2.id, t + 2), a.at(0).seq)}))
    QCOMPARE(c.at(0).status, protocol::PushResult::Status::Conflict);
}

QByteArray TestHqSealing::stolenCopy()
{
    QByteArray copy;
    if (!isPostgres()) {
        const QString path = m_url.mid(u"sqlite:"_s.size());
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                copy += f.readAll();
        }
        if (copy.isEmpty())
            QTest::qFail("the SQLite file could not be read", __FILE__, __LINE__);
    } else {
        const QUrl url(clusterUrl());
        const QString pgDump = QStandardPaths::findExecutable(u"pg_dump"_s);
        if (pgDump.isEmpty()) {
            QTest::qFail("pg_dump is not installed", __FILE__, __LINE__);
            return {};
        }
        const ProcessOutcome dump =
            runProcess(pgDump, {u"-h"_s, url.host(), u"-p"_s, QString::number(url.port(5432)), u"-U"_s,
                                url.userName(), u"--no-password"_s, pgDatabaseName(m_url)});
        if (dump.exitCode != 0 || !dump.out.contains(u"CREATE TABLE"_s)) {
            QTest::qFail(qPrintable(u"pg_dump failed: "_s + dump.err), __FILE__, __LINE__);
            return {};
        }
        copy += dump.out.toUtf8();
    }
    // Every table read as it is, as `sqlite3 FILE .dump` or psql would.
    const QString name = u"thief-%1"_s.arg(m_round);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (isPostgres()) {
            const QUrl url(clusterUrl());
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(pgDatabaseName(m_url));
        } else {
            db.setDatabaseName(m_url.mid(u"sqlite:"_s.size()));
        }
        if (!db.open()) {
            QTest::qFail(qPrintable(db.lastError().text()), __FILE__, __LINE__);
        } else {
            QStringList tables;
            QSqlQuery q(db);
            q.exec(isPostgres()
                       ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s
                       : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
            while (q.next())
                tables.append(q.value(0).toString());
            if (!tables.contains(u"changes"_s))
                QTest::qFail("the thief's SELECT found no tables", __FILE__, __LINE__);
            for (const QString& table : std::as_const(tables)) {
                QSqlQuery rows(db);
                rows.exec(u"SELECT * FROM %1"_s.arg(table));
                while (rows.next())
                    for (int i = 0; i < rows.record().count(); ++i)
                        copy += rows.value(i).toString().toUtf8() + '\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return copy;
}

int TestHqSealing::hits(const QByteArray& copy, const QString& text) const
{
    return static_cast<int>(copy.count(text.toUtf8()));
}

// ---- at rest ----------------------------------------------------------------------------

void TestHqSealing::thiefFindsNoProtectionValue()
{
    const HqSealer sealer(randomKey());
    QVERIFY(sealer.hasKey());
    {
        auto db = HqDatabase::open(m_url);
        QVERIFY(db.ok());
        HqSealing sealing(**db, *m_forms, m_clock);
        QVERIFY2(sealing.check(sealer).ok(), "a new database takes the key");
    }
    CHECKED(openStore(sealer))
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev officer2 = enrol(u"Officer 2"_s, {u"BHC"_s}, u"protection"_s))
    const QString person = newId();
    CHECKED(writeProtectedPerson(officer, officer2, mobile, person))
    // An edit of the note by the officer who has seen it: the stored (sealed) current value
    // is opened to decide, so this is no conflict.
    CHECKED(auto seen = pullAll(officer))
    CHECKED(auto d = push(officer, {change(person, u"person"_s, u"guardian_note"_s, kNote3,
                                           stamp(officer.id, kStart + 10), seen.next)}))
    QCOMPARE(d.at(0).status, protocol::PushResult::Status::Accepted);

    // The thief: nothing of any note, in any table or file; the name (identifying, in
    // clear at headquarters) is found, so the search itself works.
    CHECKED(const QByteArray copy = stolenCopy())
    QCOMPARE(hits(copy, kNote), 0);
    QCOMPARE(hits(copy, kNote2), 0);
    QCOMPARE(hits(copy, kNote3), 0);
    QCOMPARE(hits(copy, u"Qx7-"_s), 0);
    QVERIFY(hits(copy, kName) > 0);
    for (const QString& sql :
         {u"SELECT value FROM changes WHERE field = 'guardian_note'"_s,
          u"SELECT value FROM fields WHERE field = 'guardian_note'"_s,
          u"SELECT winner_value FROM conflicts"_s, u"SELECT loser_value FROM conflicts"_s}) {
        auto q = m_db->run(sql);
        QVERIFY(q.ok());
        int rows = 0;
        while (q->next()) {
            QVERIFY2(HqSealer::isSealed(q->value(0).toString()), qPrintable(sql));
            ++rows;
        }
        QVERIFY2(rows > 0, qPrintable(sql));
    }

    // A protection device enrolled now receives the same values as before, conflict included;
    // a mobile device none of them.
    CHECKED(const Dev newcomer = enrol(u"Officer 3"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const protocol::PullResponse page = pullAll(newcomer))
    QStringList notes;
    for (const auto& c : page.changes)
        if (c.field == u"guardian_note"_s)
            notes.append(c.value.toString());
    QCOMPARE(notes, (QStringList{kNote, kNote2, kNote3}));
    QCOMPARE(page.conflicts.size(), 1);
    QCOMPARE(page.conflicts.at(0).winner.value.toString(), kNote2);
    QCOMPARE(page.conflicts.at(0).loser.value.toString(), kNote);
    const HttpReply raw = call("GET", u"/v1/pull"_s, {}, jsonHeaders(mobile.bearer), u"after=0&limit=100"_s);
    QCOMPARE(raw.status, 200);
    QVERIFY(!raw.body.contains("Qx7-"));
    QVERIFY(raw.body.contains(kName.toUtf8()));

    // A sealed value moved to another row (same record and field, another change) does not
    // open: the store refuses the pull instead of handing out something else.
    QVERIFY(m_db->run(u"UPDATE changes SET value = (SELECT value FROM changes WHERE field = 'guardian_note' "
                      "ORDER BY seq LIMIT 1) WHERE seq = (SELECT max(seq) FROM changes)"_s)
                .ok());
    const HttpReply moved =
        call("GET", u"/v1/pull"_s, {}, jsonHeaders(newcomer.bearer), u"after=0&limit=100"_s);
    QCOMPARE(moved.status, 503);
    QVERIFY(!moved.body.contains("Qx7-"));
}

void TestHqSealing::wrongOrMissingKeyRefused()
{
    const auto right = randomKey();
    const auto wrong = randomKey();
    {
        auto db = HqDatabase::open(m_url);
        QVERIFY(db.ok());
        HqSealing sealing(**db, *m_forms, m_clock);
        QCOMPARE(sealing.needsKey().ok() && !*sealing.needsKey(), true);
        QVERIFY(sealing.check(HqSealer()).ok()); // never given a key: may run without one
        QVERIFY(sealing.check(HqSealer(right)).ok());
        QCOMPARE(sealing.needsKey().ok() && *sealing.needsKey(), true);
        QVERIFY(sealing.check(HqSealer(right)).ok());
        const Status missing = sealing.check(HqSealer());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"--key-file"_s), qPrintable(missing.error().message));
        const Status other = sealing.check(HqSealer(wrong));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains(u"not the key of this database"_s),
                 qPrintable(other.error().message));
    }
    CHECKED(openStore(HqSealer(right)))
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev officer2 = enrol(u"Officer 2"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(writeProtectedPerson(officer, officer2, mobile, newId()))
    // A store given the wrong key (past the check) hands out nothing: 503, no value.
    CHECKED(openStore(HqSealer(wrong)))
    const HttpReply r = call("GET", u"/v1/pull"_s, {}, jsonHeaders(officer.bearer), u"after=0&limit=100"_s);
    QCOMPARE(r.status, 503);
    QVERIFY(!r.body.contains("Qx7-"));
    closeStore();

    // The command line: key files, and serve refusing clearly.
    const QString keyFile = m_dir.filePath(u"key-%1"_s.arg(m_round));
    ProcessOutcome o = hq({u"key"_s, u"generate"_s, u"--out"_s, keyFile});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(QFileInfo(keyFile).permissions() &
                 ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFile::Permissions());
    QFile kf(keyFile);
    QVERIFY(kf.open(QIODevice::ReadOnly));
    const QByteArray written = kf.readAll();
    kf.close();
    QCOMPARE(QByteArray::fromBase64(written.trimmed()).size(), 32);
    o = hq({u"key"_s, u"generate"_s, u"--out"_s, keyFile});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"already exists"_s), qPrintable(o.err));
    QVERIFY(kf.open(QIODevice::ReadOnly));
    QCOMPARE(kf.readAll(), written); // not overwritten
    kf.close();

    const QStringList serveArgs{u"serve"_s, u"--db"_s, m_url, u"--listen"_s, u"127.0.0.1:0"_s};
    o = hq(serveArgs);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"needs its key"_s) && o.err.contains(u"--key-file"_s), qPrintable(o.err));
    o = hq(serveArgs + QStringList{u"--key-file"_s, keyFile}); // a key, but not this database's
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"not the key of this database"_s), qPrintable(o.err));
    const QString junk = m_dir.filePath(u"junk-%1"_s.arg(m_round));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key\n");
    }
    o = hq(serveArgs + QStringList{u"--key-file"_s, junk});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"holds no key"_s), qPrintable(o.err));
    o = hq(serveArgs + QStringList{u"--key-file"_s, m_dir.filePath(u"missing-key"_s)});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"Cannot read the key file"_s), qPrintable(o.err));
    o = hq({u"key"_s, u"seal-existing"_s, u"--db"_s, m_url, u"--key-file"_s, keyFile});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"not the key of this database"_s), qPrintable(o.err));
    // Nothing was changed by the refusals: the right key still opens every value.
    CHECKED(openStore(HqSealer(right)))
    CHECKED(const protocol::PullResponse page = pullAll(officer))
    QCOMPARE(page.conflicts.size(), 1);
    QCOMPARE(page.conflicts.at(0).winner.value.toString(), kNote2);
}

void TestHqSealing::serveWithKeyFile()
{
    const QString keyFile = m_dir.filePath(u"serve-key-%1"_s.arg(m_round));
    QCOMPARE(hq({u"key"_s, u"generate"_s, u"--out"_s, keyFile}).exitCode, 0);
    const auto start = [&](const QStringList& extra, QString* log) {
        QProcess p;
        p.start(QStringLiteral(PRIHVAT_HQ_BINARY),
                QStringList{u"serve"_s, u"--db"_s, m_url, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("listening on") && p.state() != QProcess::NotRunning; ++i) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        const bool listening = out.contains("listening on");
        p.terminate();
        p.waitForFinished(10000);
        *log = QString::fromUtf8(p.readAllStandardError());
        return listening;
    };
    QString log;
    QVERIFY2(start({u"--key-file"_s, keyFile}, &log), qPrintable(log));
    auto db = HqDatabase::open(m_url);
    QVERIFY(db.ok());
    HqSealing sealing(**db, *m_forms, m_clock);
    QCOMPARE(sealing.needsKey().ok() && *sealing.needsKey(), true); // the first serve with a key gave it
    auto key = HqSealer::readKeyFile(keyFile);
    QVERIFY(key.ok());
    QVERIFY(sealing.check(HqSealer(*key)).ok());
    QVERIFY2(!start({}, &log), "serve runs without the key");

    // Serve applies retention when it starts: a person last changed in 2025 is long past
    // 30 days by the real clock.
    CHECKED(openStore(HqSealer(*key)))
    QVERIFY(HqReference(*m_db, m_clock).setRetention(*m_forms, u"person"_s, 30).ok());
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(auto r = push(mobile,
                          {change(newId(), u"person"_s, u"given_name"_s, kName, stamp(mobile.id, kStart))}))
    QCOMPARE(r.at(0).status, protocol::PushResult::Status::Accepted);
    closeStore();
    QVERIFY2(start({u"--key-file"_s, keyFile}, &log), qPrintable(log));
    QVERIFY2(log.contains(u"retention: 1 records emptied (person: 1)"_s), qPrintable(log));
    CHECKED(const QByteArray copy = stolenCopy())
    QCOMPARE(hits(copy, kName), 0);
}

// ---- upgrade ----------------------------------------------------------------------------

void TestHqSealing::upgradeFromSchema3SealsExistingValues()
{
    // A database as schema 3 left it: values in clear.
    CHECKED(openStore(HqSealer()))
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev officer2 = enrol(u"Officer 2"_s, {u"BHC"_s}, u"protection"_s))
    const QString person = newId();
    CHECKED(writeProtectedPerson(officer, officer2, mobile, person))
    for (const QString& sql : {u"ALTER TABLE batches DROP COLUMN digest"_s, u"DROP TABLE sealing"_s,
                               u"ALTER TABLE records DROP COLUMN purged_ms"_s,
                               u"DELETE FROM schema_version WHERE version >= 4"_s}) {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QCOMPARE(m_db->schemaVersion(), 3);
    closeStore();
    CHECKED(QByteArray before = stolenCopy())
    QVERIFY(hits(before, kNote) > 0); // the thief's search finds clear values
    QVERIFY(hits(before, kNote2) > 0);

    // Opening upgrades to the current schema (4: sealing, 5: batch digests) with the data
    // kept; seal-existing seals it and rewrites the files.
    {
        auto db = HqDatabase::open(m_url);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), 5);
        auto n = (*db)->run(u"SELECT count(*) FROM records WHERE purged_ms IS NULL"_s);
        QVERIFY(n.ok() && n->next());
        QCOMPARE(n->value(0).toInt(), 1);
    }
    const QString keyFile = m_dir.filePath(u"upgrade-key-%1"_s.arg(m_round));
    QCOMPARE(hq({u"key"_s, u"generate"_s, u"--out"_s, keyFile}).exitCode, 0);
    ProcessOutcome o = hq({u"key"_s, u"seal-existing"_s, u"--db"_s, m_url, u"--key-file"_s, keyFile});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(u"Sealed 2 stored changes, 1 current values and 1 conflict entries"_s),
             qPrintable(o.out));
    CHECKED(const QByteArray after = stolenCopy())
    QCOMPARE(hits(after, kNote), 0);
    QCOMPARE(hits(after, kNote2), 0);
    QCOMPARE(hits(after, u"Qx7-"_s), 0);
    QVERIFY(hits(after, kName) > 0);
    // Again: nothing left to seal.
    o = hq({u"key"_s, u"seal-existing"_s, u"--db"_s, m_url, u"--key-file"_s, keyFile});
    QVERIFY2(o.exitCode == 0 && o.out.contains(u"Sealed 0 stored changes, 0 current values and 0"_s),
             qPrintable(o.out + o.err));

    // Protection devices still pull the same values; the audit trail has counts only.
    auto key = HqSealer::readKeyFile(keyFile);
    QVERIFY(key.ok());
    CHECKED(openStore(HqSealer(*key)))
    CHECKED(const protocol::PullResponse page = pullAll(officer))
    QCOMPARE(page.conflicts.size(), 1);
    QCOMPARE(page.conflicts.at(0).winner.value.toString(), kNote2);
    QCOMPARE(page.conflicts.at(0).loser.value.toString(), kNote);
    int noteChanges = 0;
    for (const auto& c : page.changes)
        if (c.field == u"guardian_note"_s) {
            QCOMPARE(c.value.toString(), noteChanges == 0 ? kNote : kNote2);
            ++noteChanges;
        }
    QCOMPARE(noteChanges, 2);
    auto entries = m_store->audit().entries(1000);
    QVERIFY(entries.ok());
    int sealedEntries = 0;
    for (const HqAuditEntry& e : *entries) {
        QVERIFY(!e.detail.contains(u"Qx7"_s));
        if (e.kind == QString::fromUtf16(HqAudit::kValuesSealed))
            ++sealedEntries;
    }
    QCOMPARE(sealedEntries, 3); // changes, fields, conflicts
    std::int64_t count = 0;
    auto fault = m_store->audit().verify(&count);
    QVERIFY(fault.ok() && !fault->has_value());
}

// ---- retention --------------------------------------------------------------------------

void TestHqSealing::retentionEmptiesOldRecords()
{
    const HqSealer sealer(randomKey());
    CHECKED(openStore(sealer))
    QVERIFY(HqSealing(*m_db, *m_forms, m_clock).check(sealer).ok());
    QVERIFY(HqReference(*m_db, m_clock).setRetention(*m_forms, u"person"_s, 30).ok());
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev officer2 = enrol(u"Officer 2"_s, {u"BHC"_s}, u"protection"_s))
    // An old person (last change at the start) and one changed 40 days later.
    const QString old = newId();
    CHECKED(writeProtectedPerson(officer, officer2, mobile, old))
    m_clock.set(kStart + 40 * kDayMs);
    const QString recent = newId();
    const QString recentName = u"Ljubica"_s;
    CHECKED(auto r = push(mobile, {change(recent, u"person"_s, u"given_name"_s, recentName,
                                          stamp(mobile.id, m_clock.nowMs()))}))
    QCOMPARE(r.at(0).status, protocol::PushResult::Status::Accepted);
    CHECKED(const protocol::PullResponse seenBefore = pullAll(officer))
    QCOMPARE(seenBefore.changes.size(), 4);
    const std::int64_t end = seenBefore.next; // the retention period took a seq too
    QVERIFY(end >= 4);

    // Day 45: the old person is past 30 days, the recent one is not.
    m_clock.set(kStart + 45 * kDayMs);
    auto report = HqRetention(*m_store).purge(HqAudit::operatorActor(u"amira"_s));
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->recordIds, QStringList{old});
    QCOMPARE(report->purged.value(u"person"_s), 1);

    // What remains of it: the record row and each change's seq and stamps, no value.
    const auto column = [this](const QString& sql, const QString& id) {
        QStringList out;
        auto q = m_db->run(sql, {id});
        if (!q) {
            QTest::qFail(qPrintable(q.error().message), __FILE__, __LINE__);
            return out;
        }
        while (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                out.append(q->value(i).toString());
        return out;
    };
    CHECKED(QStringList rows = column(u"SELECT count(*) FROM fields WHERE record_id = ?"_s, old))
    QCOMPARE(rows, QStringList{u"0"_s});
    CHECKED(rows = column(u"SELECT value FROM changes WHERE record_id = ? ORDER BY seq"_s, old))
    QCOMPARE(rows, QStringList(3, HqSealer::purgedMarker()));
    CHECKED(rows = column(u"SELECT hlc FROM changes WHERE record_id = ? ORDER BY seq"_s, old))
    QCOMPARE(rows.size(), 3);
    CHECKED(rows = column(u"SELECT winner_value, loser_value FROM conflicts WHERE record_id = ?"_s, old))
    QCOMPARE(rows, QStringList(2, HqSealer::purgedMarker()));
    CHECKED(rows = column(u"SELECT form, purged_ms FROM records WHERE id = ?"_s, old))
    QCOMPARE(rows, (QStringList{u"person"_s, QString::number(kStart + 45 * kDayMs)}));
    // Sync stays consistent: a device that had everything gets nothing new and keeps its
    // cursor; a device enrolled now never receives the emptied record, and its cursor
    // reaches the end; a change to the emptied record is rejected.
    CHECKED(const protocol::PullResponse again = pullAll(officer, seenBefore.next))
    QVERIFY(again.changes.isEmpty() && again.conflicts.isEmpty());
    QCOMPARE(again.next, end);
    CHECKED(const Dev newcomer = enrol(u"Officer 3"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const protocol::PullResponse fresh = pullAll(newcomer))
    QCOMPARE(fresh.changes.size(), 1);
    QCOMPARE(fresh.changes.at(0).recordId, recent);
    QVERIFY(fresh.conflicts.isEmpty());
    QCOMPARE(fresh.next, end);
    CHECKED(auto late = push(mobile, {change(old, u"person"_s, u"family_name"_s, u"Late"_s,
                                             stamp(mobile.id, m_clock.nowMs()), end)}))
    QCOMPARE(late.at(0).status, protocol::PushResult::Status::Rejected);
    QVERIFY2(late.at(0).reason.contains(u"retention"_s), qPrintable(late.at(0).reason));
    // Purging again changes nothing.
    auto second = HqRetention(*m_store).purge(HqAudit::operatorActor(u"amira"_s));
    QVERIFY(second.ok());
    QCOMPARE(second->total(), 0);

    // The audit trail: one entry with the record id and its form, never a value.
    auto entries = m_store->audit().entries(1000);
    QVERIFY(entries.ok());
    QList<HqAuditEntry> purges;
    for (const HqAuditEntry& e : *entries) {
        QVERIFY(!e.detail.contains(kName) && !e.detail.contains(u"Qx7"_s));
        if (e.kind == QString::fromUtf16(HqAudit::kRetentionPurge))
            purges.append(e);
    }
    QCOMPARE(purges.size(), 1);
    QCOMPARE(purges.at(0).recordId, old);
    QCOMPARE(purges.at(0).actor, u"operator:amira"_s);
    QCOMPARE(QJsonDocument::fromJson(purges.at(0).detail.toUtf8()).object(),
             (QJsonObject{{u"form"_s, u"person"_s}}));

    // The files, once rewritten, hold nothing of the emptied record's name (in clear
    // before), and still the kept one's.
    QVERIFY(m_db->reclaim(HqRetention::valueTables()).ok());
    CHECKED(const QByteArray copy = stolenCopy())
    QCOMPARE(hits(copy, kName), 0);
    QCOMPARE(hits(copy, u"Qx7-"_s), 0);
    QVERIFY(hits(copy, recentName) > 0);

    // The command applies the same periods by the real clock: the recent person (2025) is
    // long past 30 days now.
    closeStore();
    const ProcessOutcome o = hq({u"retention"_s, u"purge"_s, u"--db"_s, m_url});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.err.contains(u"1 records emptied (person: 1)"_s), qPrintable(o.err));
    CHECKED(const QByteArray afterCommand = stolenCopy())
    QCOMPARE(hits(afterCommand, recentName), 0);
}

QTEST_GUILESS_MAIN(TestHqSealing)
#include "test_hq_sealing.moc"
