// bench_sync: 10,000 changes pushed from one device and pulled on a second, through a real
// prihvat-hq on loopback, against SQLite and PostgreSQL (a throwaway cluster started with
// tests/tools/pg-cluster.sh on a free port; that half is skipped, with a note, when no
// cluster starts). Beside it:
//   - a PostgreSQL COPY of the same 10,000 rows into a table shaped like headquarters'
//     change log (psql, \timing): the server-side limit; goal push ≤ 3 × COPY;
//   - the bytes on the wire per change (request and answer bodies as sent, gzip, counted by
//     a pass-through FaultProxy) beside gzip of the same changes as one plain JSON array;
//     goal ≤ 1.2 ×.
// Prints figures; never fails on time.
//
//   bench_sync [CHANGES]    default 10000
#include "BenchSupport.h"
#include "FaultProxy.h"
#include "../hq/HqProcessSupport.h"

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "hq/HqDatabase.h"
#include "TestDataKey.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"
#include "sync/Protocol.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const QString kBinary = QStringLiteral(PRIHVAT_HQ_BINARY);
const QString kPgCluster = QStringLiteral(PRIHVAT_PG_CLUSTER_SCRIPT);
constexpr int kCopyRuns = 3;

void say(const QString& text)
{
    bench::print(text + u"\n"_s);
}

[[noreturn]] void fail(const QString& what)
{
    bench::print(u"bench_sync: "_s + what + u"\n"_s);
    std::exit(1);
}

using Run = hqtest::ProcessOutcome;

Run run(const QString& program, const QStringList& args, int timeoutMs = 120'000)
{
    return hqtest::runProcess(program, args, timeoutMs);
}

quint16 freePort()
{
    return hqtest::freeLoopbackPort();
}

// A running `prihvat-hq serve`; its request log ("POST /v1/push 200 7 ms") gives the time
// spent in the server.
class Server : public hqtest::HqServerProcess
{
public:
    bool start(const QString& db, const QString& log) { return HqServerProcess::start(kBinary, db, log); }
    QString url() const { return HqServerProcess::url(); }
    qint64 logSize() const { return QFileInfo(logPath()).size(); }
    // The milliseconds the server logged for requests "METHOD PATH" since `from` (bytes).
    double loggedMs(const QString& request, qint64 from) const
    {
        QFile f(logPath());
        if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
            return 0;
        const QString text = QString::fromUtf8(f.readAll());
        double total = 0;
        const QRegularExpression line(QRegularExpression::escape(request) + u" 200 (\\d+) ms"_s);
        for (auto it = line.globalMatch(text); it.hasNext();)
            total += it.next().captured(1).toDouble();
        return total;
    }
};

// A device: its data folder, store and sync client.
struct Device
{
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SyncClient> client;
};

std::unique_ptr<Device> openDevice(const QString& path, std::shared_ptr<const FormRegistry> forms,
                                   const Clock& clock)
{
    const DataFolder folder(path);
    auto store = LocalStore::initialise(folder, u"USI"_s, std::move(forms), clock);
    if (!store)
        fail(u"device store: "_s + store.error().fullText());
    if (Status s = unlockWithInterimKey(**store); !s)
        fail(u"device store: "_s + s.error().fullText());
    auto d = std::make_unique<Device>();
    d->store = std::move(*store);
    d->network = std::make_unique<QNetworkAccessManager>();
    d->network->setProxy(QNetworkProxy::NoProxy);
    d->client = std::make_unique<SyncClient>(*d->store, d->network.get(), clock);
    return d;
}

// Runs the event loop until `done` or the time is up.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void enrol(Device& d, const QString& db, const QString& url, const QString& name)
{
    const Run added =
        run(kBinary, {u"device"_s, u"add"_s, u"--db"_s, db, u"--site"_s, u"USI"_s, u"--name"_s, name});
    if (added.exitCode != 0)
        fail(u"device add: "_s + added.err);
    std::optional<bool> ok;
    QString error;
    QObject::connect(d.client.get(), &SyncClient::enrolled, d.client.get(),
                     [&](bool success, const QString& text) {
                         ok = success;
                         error = text;
                     });
    d.client->enroll(url, added.out.trimmed(), name);
    if (!waitFor([&] { return ok.has_value(); }, 30'000) || !*ok)
        fail(u"enrolment: "_s + error);
    d.client->disconnect(d.client.get());
}

struct Timed
{
    SyncReport report;
    double totalMs = 0;
    double pushMs = 0; // until the first pull was sent (all batches answered)
    bench::Stats pushRequests{};
};

// One sync, timed; `atPull` runs when the pushes are all answered.
Timed syncTimed(Device& d, const std::function<void()>& atPull = {})
{
    Timed out;
    QElapsedTimer t;
    std::optional<SyncReport> report;
    bool pulled = false;
    const QMetaObject::Connection c1 = QObject::connect(d.client.get(), &SyncClient::finished, d.client.get(),
                                                        [&](const SyncReport& r) { report = r; });
    const QMetaObject::Connection c2 =
        QObject::connect(d.client.get(), &SyncClient::progress, d.client.get(),
                         [&](SyncClient::Phase phase, const SyncReport&) {
                             if (phase == SyncClient::Phase::Pulling && !pulled) {
                                 pulled = true;
                                 out.pushMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
                                 if (atPull)
                                     atPull();
                             }
                         });
    t.start();
    if (!d.client->start())
        fail(u"a sync was already under way"_s);
    if (!waitFor([&] { return report.has_value(); }, 600'000))
        fail(u"the sync did not finish in 10 minutes"_s);
    out.totalMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    out.report = *report;
    if (!out.report.ok)
        fail(u"sync failed: "_s + out.report.errorText);
    return out;
}

// Persons of ten fields each (nine given, one default) until the outbox holds at least `changes`.
qint64 fillOutbox(Device& d, int changes)
{
    RecordService service(*d.store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString yesterday = d.store->clock().today().addDays(-1).toString(Qt::ISODate);
    static const QStringList countries{u"AF"_s, u"PK"_s, u"SY"_s, u"IQ"_s, u"IR"_s, u"MA"_s, u"BD"_s};
    QList<RecordWrite> writes;
    qint64 made = 0;
    for (int i = 0; made < changes; ++i) {
        const QJsonObject input{{u"given_name"_s, u"Person %1"_s.arg(i)},
                                {u"sex"_s, i % 3 == 0 ? u"female"_s : u"male"_s},
                                {u"age_estimated"_s, 18 + i % 50},
                                {u"country_of_origin"_s, countries.at(i % countries.size())},
                                {u"registration_date"_s, yesterday},
                                {u"registration_site"_s, u"USI"_s},
                                {u"consent_given"_s, u"yes"_s},
                                {u"consent_date"_s, yesterday},
                                {u"consent_language"_s, u"fa"_s}};
        auto w = service.prepareCreate(u"person"_s, input);
        if (!w)
            fail(u"person: "_s + w.error().fullText());
        made += w->changes.size();
        writes.append(*w);
        if (writes.size() == 200 || made >= changes) {
            if (Status s = d.store->commit(writes); !s)
                fail(u"commit: "_s + s.error().fullText());
            writes.clear();
        }
    }
    return d.store->outboxSize().value();
}

// The outbox as the JSON a push carries, one array: the plain-JSON reference for the wire.
QByteArray outboxAsJson(Device& d)
{
    auto s = d.store->db().prepare(
        u"SELECT record_id, form, field, value, hlc, base_version FROM outbox ORDER BY seq"_s);
    if (!s)
        fail(u"reading the outbox"_s);
    QJsonArray all;
    while (s->next()) {
        protocol::Change c;
        c.recordId = s->text(0);
        c.form = s->text(1);
        c.field = s->text(2);
        c.value = s->isNull(3)
                      ? QJsonValue()
                      : QJsonDocument::fromJson(QByteArray("[") + s->text(3).toUtf8() + QByteArray("]"))
                            .array()
                            .at(0);
        c.hlc = s->text(4);
        c.base = s->integer(5);
        all.append(c.toJson());
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

// Headquarters' change log as rows (seq, record, form, field, value, hlc, sent, device, base,
// received) and as the JSON a pull carries.
struct ServerLog
{
    QList<QStringList> rows;
    QByteArray pulledJson;
};

ServerLog readLog(const QString& db)
{
    auto hq = hq::HqDatabase::open(db);
    if (!hq)
        fail(u"headquarters' database: "_s + hq.error().message);
    auto q =
        (*hq)->run(u"SELECT seq, record_id, form, field, value, hlc, sent_hlc, device_id, base, received_ms "
                   "FROM changes ORDER BY seq"_s);
    if (!q)
        fail(u"reading the change log: "_s + q.error().message);
    ServerLog log;
    QJsonArray pulled;
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row.append(q->value(i).toString());
        protocol::PulledChange c;
        c.seq = row[0].toLongLong();
        c.recordId = row[1];
        c.form = row[2];
        c.field = row[3];
        c.value = QJsonDocument::fromJson(QByteArray("[") + row[4].toUtf8() + QByteArray("]")).array().at(0);
        c.hlc = row[5];
        c.device = row[7];
        pulled.append(c.toJson());
        log.rows.append(row);
    }
    log.pulledJson = QJsonDocument(pulled).toJson(QJsonDocument::Compact);
    return log;
}

QString csvField(const QString& s)
{
    QString quoted = s;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

// The same rows by COPY into a table shaped like `changes` (same keys and index), with
// psql's \timing; the median of a few runs, in ms. Empty when psql is missing or fails.
std::optional<bench::Stats> copyReference(const QString& pgUrl, const ServerLog& log, const QString& dir)
{
    const QUrl url(pgUrl);
    QString script =
        u"DROP TABLE IF EXISTS copy_bench;\n"
        "CREATE TABLE copy_bench(seq BIGINT PRIMARY KEY, record_id TEXT NOT NULL, form TEXT NOT NULL, "
        "field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, sent_hlc TEXT NOT NULL, "
        "device_id TEXT NOT NULL, base BIGINT NOT NULL, received_ms BIGINT NOT NULL);\n"
        "CREATE INDEX copy_bench_record_field ON copy_bench(record_id, field, sent_hlc);\n"
        "\\timing on\n"
        "COPY copy_bench FROM STDIN (FORMAT csv);\n"_s;
    for (const QStringList& row : log.rows) {
        QStringList fields;
        for (const QString& f : row)
            fields.append(csvField(f));
        script += fields.join(u',') + u'\n';
    }
    script += u"\\.\n\\timing off\n"_s;
    QFile file(dir + u"/copy.sql"_s);
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.write(script.toUtf8());
    file.close();
    std::vector<double> samples;
    for (int i = 0; i < kCopyRuns; ++i) {
        const Run r = run(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, url.host(),
                                      u"-p"_s, QString::number(url.port(5432)), u"-U"_s, url.userName(),
                                      u"-d"_s, url.path().mid(1), u"-f"_s, file.fileName()});
        const auto m = QRegularExpression(u"Time: ([0-9.]+) ms"_s).match(r.out);
        if (r.exitCode != 0 || !m.hasMatch()) {
            say(u"  (COPY reference failed: %1 %2)"_s.arg(r.err.trimmed(), r.out.trimmed().left(200)));
            return std::nullopt;
        }
        samples.push_back(m.captured(1).toDouble());
    }
    return bench::stats(samples);
}

struct EngineResult
{
    QString engine;
    QString setting; // batch and page sizes
    qint64 changes = 0;
    double pushMs = 0;
    double pullMs = 0;
    double ownPullMs = 0;    // the pushing device's own changes coming back (bases only)
    double serverPushMs = 0; // as the server logged its push requests (whole ms each)
    double serverPullMs = 0;
    std::optional<bench::Stats> copy;
};

// Push from A, pull on B, against the database `db`.
EngineResult measure(const QString& engine, const QString& db, const QString& dir, int changes, int batch,
                     int page, std::shared_ptr<const FormRegistry> forms, const Clock& clock)
{
    EngineResult out;
    out.engine = engine;
    out.setting = u"%1/%2"_s.arg(batch).arg(page);
    const QString tag = engine + u'-' + QString::number(batch);
    Server server;
    if (!server.start(db, dir + u"/hq-"_s + tag + u".log"_s))
        fail(u"prihvat-hq did not start on "_s + db);
    QDir().mkpath(dir + u"/a-"_s + tag);
    QDir().mkpath(dir + u"/b-"_s + tag);
    auto a = openDevice(dir + u"/a-"_s + tag, forms, clock);
    auto b = openDevice(dir + u"/b-"_s + tag, forms, clock);
    enrol(*a, db, server.url(), u"bench-a"_s);
    enrol(*b, db, server.url(), u"bench-b"_s);
    for (Device* d : {a.get(), b.get()}) {
        SyncClient::Options o = d->client->options();
        o.batchSize = batch;
        o.pullLimit = page;
        d->client->setOptions(o);
    }
    out.changes = fillOutbox(*a, changes);

    const qint64 logStart = server.logSize();
    const Timed pushed = syncTimed(*a);
    out.pushMs = pushed.pushMs;
    out.ownPullMs = pushed.totalMs - pushed.pushMs;
    out.serverPushMs = server.loggedMs(u"POST /v1/push"_s, logStart);
    const qint64 pullStart = server.logSize();
    const Timed pulled = syncTimed(*b);
    out.pullMs = pulled.totalMs;
    out.serverPullMs = server.loggedMs(u"GET /v1/pull"_s, pullStart);
    if (pushed.report.pushed != out.changes || pulled.report.pulled != out.changes)
        say(u"  note: pushed %1 and pulled %2 of %3 changes"_s.arg(pushed.report.pushed)
                .arg(pulled.report.pulled)
                .arg(out.changes));
    say(u"  %1, batches of %8 and pages of %9: push %2 changes in %3 ms (%4 changes/s); pull on a second "
        u"device in %5 ms (%6 changes/s); "
        "the pushing device pulls its own back in %7 ms"_s.arg(engine)
            .arg(out.changes)
            .arg(bench::fixed(out.pushMs, 0))
            .arg(bench::fixed(static_cast<double>(out.changes) / out.pushMs * 1000, 0))
            .arg(bench::fixed(out.pullMs, 0))
            .arg(bench::fixed(static_cast<double>(out.changes) / out.pullMs * 1000, 0))
            .arg(bench::fixed(out.ownPullMs, 0))
            .arg(batch)
            .arg(page));
    say(u"  %1: of which inside the server (its request log): push %2 ms, pull %3 ms"_s.arg(engine)
            .arg(bench::fixed(out.serverPushMs, 0))
            .arg(bench::fixed(out.serverPullMs, 0)));
    if (engine == u"postgresql"_s && batch == protocol::kDefaultPullLimit) {
        out.copy = copyReference(db, readLog(db), dir);
        if (out.copy)
            say(u"  postgresql: COPY of the same %1 rows into a table like `changes`: median %2 ms (of %3: %4–%5 ms)"_s
                    .arg(out.changes)
                    .arg(bench::fixed(out.copy->median, 1))
                    .arg(out.copy->count)
                    .arg(bench::fixed(out.copy->min, 1), bench::fixed(out.copy->max, 1)));
    }
    server.stop();
    return out;
}

struct Wire
{
    qint64 changes = 0;
    qint64 pushRequestBody = 0, pushResponseBody = 0, pushHeaders = 0, pushRequests = 0;
    qint64 pullRequestBody = 0, pullResponseBody = 0, pullHeaders = 0, pullRequests = 0;
    qint64 plainPushGzip = 0, plainPullGzip = 0;
    qint64 plainPushJson = 0, plainPullJson = 0;
};

// The same push and pull through a pass-through FaultProxy that counts the bytes.
Wire measureWire(const QString& dir, int changes, std::shared_ptr<const FormRegistry> forms,
                 const Clock& clock)
{
    Wire w;
    const QString db = u"sqlite:"_s + dir + u"/wire.db"_s;
    Server server;
    if (!server.start(db, dir + u"/hq-wire.log"_s))
        fail(u"prihvat-hq did not start for the wire measurement"_s);
    test::FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), server.port(), 1);
    if (!proxy.listen())
        fail(u"the proxy does not listen"_s);
    QDir().mkpath(dir + u"/a-wire"_s);
    QDir().mkpath(dir + u"/b-wire"_s);
    auto a = openDevice(dir + u"/a-wire"_s, forms, clock);
    auto b = openDevice(dir + u"/b-wire"_s, forms, clock);
    enrol(*a, db, proxy.url(), u"wire-a"_s);
    enrol(*b, db, proxy.url(), u"wire-b"_s);
    w.changes = fillOutbox(*a, changes);
    const QByteArray plainPush = outboxAsJson(*a);
    w.plainPushJson = plainPush.size();
    w.plainPushGzip = protocol::gzip(plainPush).size();

    proxy.clearCounters();
    test::FaultProxy::Counters atPull;
    syncTimed(*a, [&] { atPull = proxy.counters(); });
    w.pushRequestBody = atPull.requestBodyBytes;
    w.pushResponseBody = atPull.responseBodyBytes;
    w.pushHeaders = atPull.requestHeaderBytes + atPull.responseHeaderBytes;
    w.pushRequests = atPull.requests;

    proxy.clearCounters();
    syncTimed(*b);
    const test::FaultProxy::Counters& pull = proxy.counters();
    w.pullRequestBody = pull.requestBodyBytes;
    w.pullResponseBody = pull.responseBodyBytes;
    w.pullHeaders = pull.requestHeaderBytes + pull.responseHeaderBytes;
    w.pullRequests = pull.requests;
    const QByteArray plainPull = readLog(db).pulledJson;
    w.plainPullJson = plainPull.size();
    w.plainPullGzip = protocol::gzip(plainPull).size();
    server.stop();
    return w;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"prihvat.*.debug=false\nprihvat.*.info=false"_s);
    int changes = 10'000;
    if (argc > 1) {
        bool ok = false;
        changes = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || changes < 10) {
            std::fprintf(stderr, "usage: bench_sync [CHANGES]\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(u"no temporary folder: "_s + tmp.errorString());
    if (!QFileInfo::exists(kBinary))
        fail(u"prihvat-hq is not built: "_s + kBinary);
    auto forms = FormRegistry::load();
    if (!forms)
        fail(forms.error().fullText());
    SystemClock clock;

    say(u"bench_sync: %1 changes pushed from one device, then pulled on a second, through prihvat-hq on loopback"_s
            .arg(changes));
    bench::printMachine(tmp.path());
    say(u"devices write with synchronous=FULL; headquarters on SQLite with synchronous=FULL too"_s);

    QList<EngineResult> results;
    // The defaults (batches and pages of 500), and the protocol's largest (1000 and 2000).
    results.append(measure(u"sqlite"_s, u"sqlite:"_s + tmp.filePath(u"hq.db"_s), tmp.path(), changes, 500,
                           500, *forms, clock));
    results.append(measure(u"sqlite"_s, u"sqlite:"_s + tmp.filePath(u"hq-max.db"_s), tmp.path(), changes,
                           protocol::kMaxBatchChanges, protocol::kMaxPullLimit, *forms, clock));

    // PostgreSQL: a throwaway cluster of our own, on a free port.
    const QString pgState = tmp.filePath(u"pg"_s);
    const quint16 pgPort = freePort();
    const Run started = run(kPgCluster, {u"start"_s, pgState, QString::number(pgPort)});
    if (started.exitCode != 0) {
        say(u"postgresql: skipped — no throwaway cluster started (%1)"_s.arg(
            QString(started.err + started.out).trimmed().replace(u'\n', u"; "_s).left(300)));
    } else {
        const QString url = started.out.trimmed().split(u'\n').last();
        say(u"postgresql: throwaway cluster %1 (fsync=off, synchronous_commit=off: see tests/tools/pg-cluster.sh)"_s
                .arg(url));
        results.append(measure(u"postgresql"_s, url, tmp.path(), changes, 500, 500, *forms, clock));
        // A second database in the cluster for the largest batches and pages.
        const QUrl first(url);
        const Run made = run(u"psql"_s, {u"-X"_s, u"-q"_s, u"-h"_s, first.host(), u"-p"_s,
                                         QString::number(first.port()), u"-U"_s, first.userName(), u"-d"_s,
                                         first.path().mid(1), u"-c"_s, u"CREATE DATABASE prihvat_max"_s});
        if (made.exitCode == 0) {
            QUrl second(first);
            second.setPath(u"/prihvat_max"_s);
            results.append(measure(u"postgresql"_s, second.toString(), tmp.path(), changes,
                                   protocol::kMaxBatchChanges, protocol::kMaxPullLimit, *forms, clock));
            results.last().copy = results.at(results.size() - 2).copy;
        } else {
            say(u"  (no second database for the largest batches: %1)"_s.arg(made.err.trimmed()));
        }
        run(kPgCluster, {u"stop"_s, pgState});
    }

    say(u"\nwire: the same through a pass-through proxy that counts bytes (SQLite headquarters)"_s);
    const Wire w = measureWire(tmp.path(), changes, *forms, clock);

    say(u"\nsummary (%1 changes)"_s.arg(changes));
    say(u"| engine | batch/page | push ms | push changes/s | of it in the server, ms | pull ms | pull changes/s | of it in the server, ms | COPY ms (median) | push / COPY | server push / COPY |"_s);
    say(u"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"_s);
    for (const EngineResult& r : results) {
        const double n = static_cast<double>(r.changes);
        say(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |"_s.arg(
                r.engine + u" | "_s + r.setting, bench::fixed(r.pushMs, 0),
                bench::fixed(n / r.pushMs * 1000, 0), bench::fixed(r.serverPushMs, 0),
                bench::fixed(r.pullMs, 0), bench::fixed(n / r.pullMs * 1000, 0),
                bench::fixed(r.serverPullMs, 0), r.copy ? bench::fixed(r.copy->median, 1) : u"—"_s,
                r.copy ? bench::fixed(r.pushMs / r.copy->median, 1) + u" ×"_s : u"—"_s) +
            (r.copy ? u" %1 × |"_s.arg(bench::fixed(r.serverPushMs / r.copy->median, 1)) : u" — |"_s));
    }
    const double n = static_cast<double>(w.changes);
    const qint64 pushWire = w.pushRequestBody + w.pushResponseBody;
    const qint64 pullWire = w.pullRequestBody + w.pullResponseBody;
    say(u"\n| wire (bodies, gzip) | requests | request bodies | answer bodies | bytes/change | plain JSON "
        u"gzip "
        "bytes/change | ratio | headers/change |"_s);
    say(u"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"_s);
    say(u"| push | %1 | %2 | %3 | %4 | %5 | %6 × | %7 |"_s.arg(
        QString::number(w.pushRequests), QString::number(w.pushRequestBody),
        QString::number(w.pushResponseBody), bench::fixed(pushWire / n, 1),
        bench::fixed(w.plainPushGzip / n, 1),
        bench::fixed(static_cast<double>(pushWire) / static_cast<double>(w.plainPushGzip), 2),
        bench::fixed(w.pushHeaders / n, 1)));
    say(u"| pull | %1 | %2 | %3 | %4 | %5 | %6 × | %7 |"_s.arg(
        QString::number(w.pullRequests), QString::number(w.pullRequestBody),
        QString::number(w.pullResponseBody), bench::fixed(pullWire / n, 1),
        bench::fixed(w.plainPullGzip / n, 1),
        bench::fixed(static_cast<double>(pullWire) / static_cast<double>(w.plainPullGzip), 2),
        bench::fixed(w.pullHeaders / n, 1)));
    say(u"(plain JSON: the changes as one array, %1 bytes for the push and %2 for the pull before gzip; "
        "the wire sends batches of 500 and pages of 500, each gzipped on its own, and the answers)"_s
            .arg(w.plainPushJson)
            .arg(w.plainPullJson));
    say(u"goals: push ≤ 3 × COPY; wire ≤ 1.2 × plain JSON gzip. Figures only; nothing fails on time."_s);
    return 0;
}
