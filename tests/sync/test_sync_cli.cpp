// prihvat-cli enroll and sync (issue 4, "Client side"), run in-process against a fake
// headquarters: enrolment with a one-time code, a sync that prints its counts, a server
// that cannot be reached (a clear message, exit 1, the outbox intact, and an answer within
// seconds), and the commands' usage errors.

#include "FakeHq.h"
#include "../unit/MemoKdf.h"

#include "cli/Cli.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include "store/DataFolder.h"
#include "store/SqliteDb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::test;

namespace {

const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

const QString kPerson =
    uR"({"given_name": "Amir", "family_name": "Haidari", "sex": "male", "age_estimated": 27,
    "country_of_origin": "AF", "languages": ["fa", "ps"], "registration_date": "2026-06-14",
    "registration_site": "USI", "consent_given": "yes", "consent_date": "2026-06-14", "consent_language": "fa"})"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enrollThenSyncPrintsTheCounts();
    void unreachableServerExitsOneWithTheOutboxIntact();
    void revokedDeviceExitsOneAndDestroysItsKeys();
    void syncBeforeEnrolmentSaysWhatToDo();
    void wrongCodeExitsOne();
    void plainHttpElsewhereIsRefused();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList& args, const QString& input = {});
    void prepare();
    int waiting(); // from "verify": changes waiting to sync

    ManualClock m_clock{kNow};
    MemoKdf m_kdf; // the real Argon2id, each password and salt derived once
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHq> m_hq;
};

Run TestSyncCli::cli(const QStringList& args, const QString& input)
{
    Run r;
    QString in = input;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QTextStream inStream(&in);
    // Every command logs in as the administrator that "init" made.
    qputenv(Cli::kPasswordVariable, "sync test password");
    Cli::Services services;
    services.kdf = &m_kdf;
    services.sleep = [this](std::int64_t ms) { m_clock.advance(ms); };
    services.askPassword = [](const QString&) { return std::optional<QString>(); };
    Cli c(out, err, inStream, m_clock, services);
    r.code = c.run(QStringList{u"--data-dir"_s, m_dir->path(), u"--lang"_s, u"en"_s, u"--user"_s, u"ana"_s} + args);
    out.flush();
    err.flush();
    return r;
}

int TestSyncCli::waiting()
{
    const Run r = cli({u"verify"_s});
    const QRegularExpressionMatch m = QRegularExpression(u"(\\d+) changes waiting"_s).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestSyncCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_hq = std::make_unique<FakeHq>(m_clock);
    QVERIFY(m_hq->listen());
}

void TestSyncCli::cleanup()
{
    m_hq.reset();
    m_dir.reset();
}

void TestSyncCli::prepare()
{
    const Run made = cli({u"init"_s, u"--site"_s, u"USI"_s});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const Run added = cli({u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, kPerson);
    QVERIFY2(added.code == 0, qPrintable(added.err));
}

void TestSyncCli::enrollThenSyncPrintsTheCounts()
{
    prepare();
    const Run enrolled = cli({u"enroll"_s, u"--server"_s, m_hq->url(), u"--code"_s,
                              m_hq->addDevice({u"USI"_s, u"LIP"_s}), u"--name"_s, u"van 2"_s});
    QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
    QVERIFY(enrolled.out.contains(m_hq->url()));
    QVERIFY(enrolled.out.contains(u"USI, LIP"_s));
    QCOMPARE(m_hq->requestsTo(u"/v1/enroll"_s).first().json.value(u"name"_s).toString(), u"van 2"_s);

    const int changes = waiting();
    QVERIFY(changes >= 11);
    const Run synced = cli({u"sync"_s});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QCOMPARE(synced.out.trimmed(), u"Pushed %1, pulled %1, conflicts 0, rejected 0."_s.arg(changes));
    QCOMPARE(m_hq->log.size(), changes);

    const Run again = cli({u"sync"_s, u"--json"_s});
    QCOMPARE(again.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(report.value(u"ok"_s).toBool(), true);
    QCOMPARE(report.value(u"pushed"_s).toInt(), 0);
    QCOMPARE(report.value(u"pulled"_s).toInt(), 0);
    QCOMPARE(report.value(u"waiting"_s).toInt(), 0);
    const Run verified = cli({u"verify"_s});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    QVERIFY(verified.out.contains(u"; 0 changes waiting"_s));
}

void TestSyncCli::unreachableServerExitsOneWithTheOutboxIntact()
{
    prepare();
    QCOMPARE(cli({u"enroll"_s, u"--server"_s, m_hq->url(), u"--code"_s, m_hq->addDevice()}).code, 0);
    const int changes = waiting();
    QVERIFY(changes >= 11);
    m_hq.reset();
    QElapsedTimer t;
    t.start();
    const Run failed = cli({u"sync"_s});
    QCOMPARE(failed.code, 1);
    QVERIFY(t.elapsed() < 15'000);
    QVERIFY2(failed.err.contains(u"cannot be reached"_s), qPrintable(failed.err));
    QVERIFY(failed.err.contains(u"Gave up after 4 attempt"_s));
    QVERIFY(failed.err.contains(u"%1 changes are kept on this device"_s.arg(changes)));
    QCOMPARE(failed.out.trimmed(), u"Pushed 0, pulled 0, conflicts 0, rejected 0."_s);
    QCOMPARE(waiting(), changes);
}

void TestSyncCli::revokedDeviceExitsOneAndDestroysItsKeys()
{
    prepare();
    const Run enrolled = cli({u"enroll"_s, u"--server"_s, m_hq->url(), u"--code"_s, m_hq->addDevice()});
    QCOMPARE(enrolled.code, 0);
    const QRegularExpressionMatch id = QRegularExpression(u"as device ([0-9a-f-]{36})"_s).match(enrolled.out);
    QVERIFY2(id.hasMatch(), qPrintable(enrolled.out));
    const int changes = waiting();
    QVERIFY(changes >= 11);
    m_hq->revoke(id.captured(1));
    const Run failed = cli({u"sync"_s});
    QCOMPARE(failed.code, 1);
    QVERIFY2(failed.err.contains(u"revoked this device"_s), qPrintable(failed.err));
    QCOMPARE(failed.out.trimmed(), u"Pushed 0, pulled 0, conflicts 0, rejected 0."_s);
    { // nothing was sent or dropped (counted in the file: nobody can log in to ask)…
        auto db = SqliteDb::open(DataFolder(m_dir->path()).databasePath(), SqliteDb::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE((*db)->scalar(u"SELECT count(*) FROM outbox"_s)->toInt(), changes);
    }
    // …but after telling the user, the device destroyed its keys (crypto-erase): nobody
    // can log in and open the sealed answers any more.
    QVERIFY2(failed.err.contains(u"keys of this data folder are destroyed"_s), qPrintable(failed.err));
    const Run after = cli({u"count"_s, u"person"_s});
    QVERIFY(after.code != 0);
    QVERIFY2(after.err.contains(u"destroyed"_s), qPrintable(after.err));
    QVERIFY(!QFile::exists(m_dir->filePath(u"data.key"_s)));
}

void TestSyncCli::syncBeforeEnrolmentSaysWhatToDo()
{
    prepare();
    const Run r = cli({u"sync"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"prihvat-cli enroll"_s));
    QVERIFY(m_hq->requests.isEmpty());
}

void TestSyncCli::wrongCodeExitsOne()
{
    prepare();
    const Run r = cli({u"enroll"_s, u"--server"_s, m_hq->url(), u"--code"_s, u"nope"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"code"_s));
    const Run s = cli({u"sync"_s});
    QCOMPARE(s.code, 1);
    QVERIFY(s.err.contains(u"not enrolled"_s));
}

void TestSyncCli::plainHttpElsewhereIsRefused()
{
    prepare();
    const Run r =
        cli({u"enroll"_s, u"--server"_s, u"http://192.0.2.10:8470"_s, u"--code"_s, m_hq->addDevice()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"plain http"_s) && r.err.contains(u"https"_s), qPrintable(r.err));
    QVERIFY(m_hq->requests.isEmpty());
    // Loopback http is allowed; the test-only option is taken by enroll and sync.
    const Run enrolled =
        cli({u"enroll"_s, u"--insecure-http"_s, u"--server"_s, m_hq->url(), u"--code"_s, m_hq->addDevice()});
    QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
    const Run synced = cli({u"sync"_s, u"--insecure-http"_s});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
}

void TestSyncCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("enroll without code") << QStringList{u"enroll"_s, u"--server"_s, u"http://x"_s};
    QTest::newRow("enroll without server") << QStringList{u"enroll"_s, u"--code"_s, u"x"_s};
    QTest::newRow("sync --attempts 0") << QStringList{u"sync"_s, u"--attempts"_s, u"0"_s};
    QTest::newRow("sync --timeout x") << QStringList{u"sync"_s, u"--timeout"_s, u"x"_s};
    QTest::newRow("sync extra") << QStringList{u"sync"_s, u"now"_s};
}

void TestSyncCli::usageErrors()
{
    QFETCH(QStringList, args);
    prepare();
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"Usage"_s));
    QVERIFY(m_hq->requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
