// libFuzzer target over the headquarters API (docs RELIABILITY item 18): routing, header
// handling, gzip inflation, JSON decoding, authentication, enrolment and push/pull
// validation, all through HqApi::handle() over a real HqStore on a temporary SQLite
// database. The same entry function runs without libFuzzer under FuzzSmokeMain.cpp (ctest).
//
// One input is up to eight requests in a plain text form, separated by a line "%%":
//
//     METHOD TARGET[ anything]\n         TARGET is PATH[?QUERY]; the path is percent-decoded
//     Name: value\n                      any number of headers (a CR before the LF is dropped)
//     \n
//     body                               raw bytes up to the next "\n%%\n" or the end
//
// Headers for the harness only, taken out before the API sees the request:
//     X-Fuzz-Peer: ADDRESS   the address the socket saw (default 10.0.0.7)
//     X-Fuzz-Gzip: 1         the harness gzips the body, so that mutated JSON still passes
//                            through inflation (Content-Encoding is up to the input)
//
// Fixed credentials, written straight into the database at start-up, so that inputs can
// carry them literally (corpus/hq_api/ does):
//     device A, mobile, site BLZ:  Bearer 01977420-dc00-7000-8000-00000000000a.<kTokenA>
//     device B, hq, every site:    Bearer 01977420-dc00-7000-8000-00000000000b.<kTokenB>
//     a pending device, enrolment code K7QZP-3MX9D-R2T8W-5NB4C
// and a little data pushed through the API (a person, two assistance records, one conflict).
//
// Every input starts from the same state: a fresh HqApi (its enrolment throttle lives in
// memory; with a clock that never moves it would otherwise lock an address out for good),
// and the database is put back to the snapshot after any input that changed it. So an
// input behaves the same whenever it runs, and nothing accumulates.
//
// Besides crashes, leaks and hangs the target stops on answers the API must never give:
// a status outside 200/400/401/404/405/409/413/415/429 (503 would mean the store failed on
// input it should have refused or stored), a body that is not a JSON object (after gunzip
// when the answer says gzip), an error without "error" and "message", a 401/405/429
// without its header, a push or pull answer that a device's decoder (core/sync/Protocol)
// refuses, or data stored by the input that can no longer be pulled and read.
//
// Environment: PRIHVAT_FUZZ_DB=postgresql://… runs against PostgreSQL instead (an empty
// database: the harness adds tables fuzz_base_*); PRIHVAT_FUZZ_VERBOSE=1 keeps Qt's log.
#include "common/Clock.h"
#include "common/Hlc.h"
#include "forms/FormRegistry.h"
#include "hq/Credentials.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "hq/HqStore.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;

namespace {

constexpr std::int64_t kNow = 1'750'000'000'000; // 2025-06-15, 0x1977420dc00: ids below are of that time
constexpr std::int64_t kCodeLifetimeMs = HqStore::kCodeLifetimeMs;
constexpr int kMaxRequests = 8;

const QString kDeviceA = u"01977420-dc00-7000-8000-00000000000a"_s;
const QString kDeviceB = u"01977420-dc00-7000-8000-00000000000b"_s;
const QString kDeviceP = u"01977420-dc00-7000-8000-00000000000c"_s;
const QString kTokenA = u"fuzzDeviceA_0123456789abcdefghijklmnopqrstu"_s;
const QString kTokenB = u"fuzzDeviceB_0123456789abcdefghijklmnopqrstu"_s;
const QString kCode = u"K7QZP-3MX9D-R2T8W-5NB4C"_s;
const QString kPerson = u"01977420-d000-7000-8000-000000000101"_s;
const QString kAssistanceBlz = u"01977420-d000-7000-8000-000000000201"_s;
const QString kAssistanceLip = u"01977420-d000-7000-8000-000000000202"_s;

// Tables in the order they can be emptied (device_sites refers to devices) and the snapshot
// that puts them back.
const QStringList kTables{u"device_sites"_s, u"devices"_s, u"counter"_s, u"batches"_s,
                          u"records"_s,      u"fields"_s,  u"changes"_s, u"conflicts"_s};

struct Env
{
    QTemporaryDir dir;
    ManualClock clock{kNow};
    std::shared_ptr<const FormRegistry> forms;
    std::unique_ptr<HqDatabase> db;
    std::unique_ptr<HqStore> store;
};
Env* g_env = nullptr; // made once; deleted at a normal exit

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "fuzz_hq_api: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg)
        die(u"qFatal: "_s + message);
}

void run(const QString& sql, const QVariantList& values = {})
{
    if (auto q = g_env->db->run(sql, values); !q)
        die(u"setup: %1: %2"_s.arg(sql, q.error().message));
}

// DDL, which PostgreSQL does not prepare.
void exec(const QString& sql)
{
    QSqlQuery q(g_env->db->connection());
    if (!q.exec(sql))
        die(u"setup: %1: %2"_s.arg(sql, q.lastError().text()));
}

QString stamp(const QString& device, std::int64_t wallMs, std::uint32_t counter = 0)
{
    return HlcStamp{wallMs, counter, device}.toString();
}

QJsonObject change(const QString& record, const QString& form, const QString& field, const QJsonValue& value,
                   const QString& hlc, std::int64_t base = 0)
{
    return {{u"record_id"_s, record}, {u"form"_s, form}, {u"field"_s, field},
            {u"value"_s, value},      {u"hlc"_s, hlc},   {u"base"_s, static_cast<double>(base)}};
}

void addDevice(const QString& id, const QString& role, const QStringList& sites, const QString& token,
               const QString& code)
{
    const bool enrolled = !token.isEmpty();
    run(u"INSERT INTO devices(id, name, role, code_hash, code_expires_ms, token_hash, reported_name, "
        "created_ms, enrolled_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {id, QString(u"fuzz "_s + role), role,
         enrolled ? HqDatabase::null() : QVariant(Credentials::hashCode(Credentials::normaliseCode(code))),
         QVariant::fromValue<qlonglong>(kNow - 1000 + kCodeLifetimeMs),
         enrolled ? QVariant(Credentials::hashToken(token)) : HqDatabase::null(),
         enrolled ? QVariant(u"laptop"_s) : HqDatabase::null(), QVariant::fromValue<qlonglong>(kNow - 1000),
         enrolled ? QVariant::fromValue<qlonglong>(kNow - 500) : QVariant(QMetaType::fromType<qlonglong>())});
    for (const QString& site : sites)
        run(u"INSERT INTO device_sites(device_id, site) VALUES(?, ?)"_s, {id, site});
}

HttpReply pushAs(HqApi& api, const QString& device, const QString& token, const QString& batch,
                 const QJsonArray& changes)
{
    HttpRequest r;
    r.method = "POST";
    r.path = u"/v1/push"_s;
    r.peer = u"10.0.0.7"_s;
    r.headers = {{"Content-Type", "application/json"},
                 {"Authorization", QByteArray("Bearer " + device.toLatin1() + '.' + token.toLatin1())}};
    r.body = QJsonDocument(QJsonObject{{u"batch_id"_s, batch}, {u"changes"_s, changes}})
                 .toJson(QJsonDocument::Compact);
    return api.handle(r);
}

// Devices and a little data, then the snapshot every input starts from.
void setUp()
{
    const std::int64_t t = kNow - 60'000;
    addDevice(kDeviceA, u"mobile"_s, {u"BLZ"_s}, kTokenA, {});
    addDevice(kDeviceB, u"hq"_s, {}, kTokenB, {});
    addDevice(kDeviceP, u"mobile"_s, {u"BLZ"_s, u"USI"_s}, {}, kCode);

    HqApi api(*g_env->store);
    const HttpReply a = pushAs(
        api, kDeviceA, kTokenA, u"01977420-d000-7000-8000-00000000b001"_s,
        {change(kPerson, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(kDeviceA, t)),
         change(kPerson, u"person"_s, u"sex"_s, u"male"_s, stamp(kDeviceA, t, 1)),
         change(kPerson, u"person"_s, u"registration_site"_s, u"BLZ"_s, stamp(kDeviceA, t, 2)),
         change(kAssistanceBlz, u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(kDeviceA, t, 3)),
         change(kAssistanceBlz, u"assistance"_s, u"person_id"_s, kPerson, stamp(kDeviceA, t, 4)),
         change(kAssistanceBlz, u"assistance"_s, u"assistance_type"_s, u"meal"_s, stamp(kDeviceA, t, 5)),
         change(kAssistanceBlz, u"assistance"_s, u"quantity"_s, 2, stamp(kDeviceA, t, 6))});
    const HttpReply b = pushAs(
        api, kDeviceB, kTokenB, u"01977420-d000-7000-8000-00000000b002"_s,
        {change(kPerson, u"person"_s, u"given_name"_s, u"Ahmed"_s, stamp(kDeviceB, t + 30'000)), // conflict
         change(kAssistanceLip, u"assistance"_s, u"site"_s, u"LIP"_s, stamp(kDeviceB, t + 30'000, 1)),
         change(kAssistanceLip, u"assistance"_s, u"assistance_type"_s, u"hygiene_kit"_s,
                stamp(kDeviceB, t + 30'000, 2))});
    for (const HttpReply* r : {&a, &b})
        if (r->status != 200 || r->body.contains("rejected"))
            die(u"setup push answered %1: %2"_s.arg(r->status).arg(QString::fromUtf8(r->body)));
    if (!b.body.contains("conflict"))
        die(u"setup push made no conflict: "_s + QString::fromUtf8(b.body));

    for (const QString& table : kTables) {
        exec(u"DROP TABLE IF EXISTS fuzz_base_"_s + table);
        exec(u"CREATE TABLE fuzz_base_%1 AS SELECT * FROM %1"_s.arg(table));
    }
}

void restore()
{
    HqDatabase& db = *g_env->db;
    if (Status s = db.begin(); !s)
        die(u"restore: "_s + s.error().message);
    for (const QString& table : kTables)
        run(u"DELETE FROM "_s + table);
    for (auto it = kTables.crbegin(); it != kTables.crend(); ++it)
        run(u"INSERT INTO %1 SELECT * FROM fuzz_base_%1"_s.arg(*it));
    if (Status s = db.commit(); !s)
        die(u"restore: "_s + s.error().message);
}

void initialise()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz_hq_api";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // lives as long as the process
    }
    if (qEnvironmentVariableIsEmpty("PRIHVAT_FUZZ_VERBOSE")) {
        QLoggingCategory::setFilterRules(u"*=false"_s);
        qInstallMessageHandler(quietMessages);
    }
    g_env = new Env;
    if (!g_env->dir.isValid())
        die(u"no temporary folder"_s);
    auto forms = FormRegistry::load();
    if (!forms)
        die(u"forms: "_s + forms.error().fullText());
    g_env->forms = *forms;
    const QString url = qEnvironmentVariableIsEmpty("PRIHVAT_FUZZ_DB") ? u"sqlite:"_s + g_env->dir.filePath(u"hq.db"_s)
                                                                       : qEnvironmentVariable("PRIHVAT_FUZZ_DB");
    auto db = HqDatabase::open(url);
    if (!db)
        die(u"database: "_s + db.error().message);
    g_env->db = std::move(*db);
    // Durability is not what is tested here; without a sync per commit a push is ten times quicker.
    if (g_env->db->engine() == HqDatabase::Engine::Sqlite)
        exec(u"PRAGMA synchronous=OFF"_s);
    g_env->store = std::make_unique<HqStore>(*g_env->db, g_env->forms, g_env->clock);
    setUp();
    // The temporary folder goes at a normal exit (registered last, so it runs before the
    // destructors of Qt's own statics that the database needs).
    std::atexit([] {
        delete g_env;
        g_env = nullptr;
    });
}

// --- the input format --------------------------------------------------------------------

struct Request
{
    HttpRequest http;
    bool gzipBody = false;
};

Request parse(const QByteArray& text)
{
    Request out;
    out.http.peer = u"10.0.0.7"_s;
    qsizetype pos = 0;
    const auto nextLine = [&](QByteArray* line) {
        if (pos >= text.size())
            return false;
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        *line = text.mid(pos, end - pos);
        if (line->endsWith('\r'))
            line->chop(1);
        pos = end + 1;
        return true;
    };
    QByteArray line;
    if (!nextLine(&line))
        return out;
    const qsizetype space = line.indexOf(' ');
    out.http.method = space < 0 ? line : line.left(space);
    QByteArray target = space < 0 ? QByteArray() : line.mid(space + 1);
    if (const qsizetype end = target.indexOf(' '); end >= 0)
        target.truncate(end);
    const qsizetype question = target.indexOf('?');
    out.http.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    out.http.query = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
    while (nextLine(&line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? line : line.left(colon);
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
        if (name.compare("X-Fuzz-Peer", Qt::CaseInsensitive) == 0)
            out.http.peer = QString::fromUtf8(value);
        else if (name.compare("X-Fuzz-Gzip", Qt::CaseInsensitive) == 0)
            out.gzipBody = value == "1";
        else
            out.http.headers.append(qMakePair(name, value));
    }
    if (pos < text.size())
        out.http.body = text.mid(pos);
    if (out.gzipBody)
        out.http.body = protocol::gzip(out.http.body);
    return out;
}

// --- what an answer must look like ---------------------------------------------------------

void check(const HttpRequest& request, const HttpReply& reply)
{
    const auto fail = [&](const QString& why) {
        die(u"%1\n  request: %2 %3?%4 (%5 headers, %6 body bytes)\n  answer: %7 %8"_s.arg(
            why, QString::fromLatin1(request.method.left(40).toPercentEncoding()), request.path.left(80),
            request.query.left(80), QString::number(request.headers.size()), QString::number(request.body.size()),
            QString::number(reply.status), QString::fromUtf8(reply.body.left(400))));
    };
    switch (reply.status) {
    case 200:
    case 400:
    case 401:
    case 404:
    case 405:
    case 409: // a batch id the device used before for other changes (batch_id_reused)
    case 413:
    case 415:
    case 429:
        break;
    default:
        fail(u"status %1 is not an answer to a request"_s.arg(reply.status));
    }
    if (reply.header("Content-Type") != "application/json")
        fail(u"no Content-Type: application/json"_s);
    QByteArray body = reply.body;
    if (reply.header("Content-Encoding") == "gzip") {
        auto plain = protocol::gunzip(body);
        if (!plain)
            fail(u"the answer says gzip but does not inflate"_s);
        body = *plain;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail(u"the answer is not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (reply.status != 200 && (!o.value(u"error"_s).isString() || !o.value(u"message"_s).isString()))
        fail(u"an error answer without \"error\" and \"message\""_s);
    if (reply.status == 401 && o.value(u"error"_s).toString() == u"unauthorized"_s && reply.header("WWW-Authenticate").isEmpty())
        fail(u"401 without WWW-Authenticate"_s);
    if (reply.status == 405 && reply.header("Allow").isEmpty())
        fail(u"405 without Allow"_s);
    if (reply.status == 429 && reply.header("Retry-After").isEmpty())
        fail(u"429 without Retry-After"_s);
    // What headquarters answers, a device must be able to read.
    if (reply.status == 200 && request.path == u"/v1/pull"_s) {
        if (auto page = protocol::PullResponse::fromJson(o); !page)
            fail(u"a device cannot read this pull answer: "_s + page.error().message);
    }
    if (reply.status == 200 && request.path == u"/v1/push"_s) {
        const QJsonValue results = o.value(u"results"_s);
        if (!results.isArray())
            fail(u"a push answer without results"_s);
        for (const QJsonValue& v : results.toArray())
            if (!protocol::PushResult::fromJson(v.toObject()))
                fail(u"a device cannot read this push result"_s);
    }
}

// After an input that changed the data: everything stored can still be pulled and read by
// a device (one bad stamp or value would stop every device's sync at that change).
void checkPullable()
{
    HqApi api(*g_env->store);
    HttpRequest request;
    request.method = "GET";
    request.path = u"/v1/pull"_s;
    request.peer = u"10.0.0.7"_s;
    request.headers = {{"Authorization", QByteArray("Bearer " + kDeviceB.toLatin1() + '.' + kTokenB.toLatin1())}};
    std::int64_t after = 0;
    for (int page = 0; page < 100; ++page) {
        request.query = u"after=%1&limit=%2"_s.arg(after).arg(protocol::kMaxPullLimit);
        const HttpReply reply = api.handle(request);
        if (reply.status != 200)
            die(u"after this input, pulling everything answers %1: %2"_s.arg(reply.status).arg(
                QString::fromUtf8(reply.body)));
        check(request, reply); // reads it as a device would
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        if (!o.value(u"more"_s).toBool())
            return;
        after = static_cast<std::int64_t>(o.value(u"next"_s).toDouble());
    }
    die(u"pulling everything does not end"_s);
}

// PRIHVAT_FUZZ_STATS=1: how many answers of each status each route gave, printed at exit
// (to see which paths the inputs reach).
QMap<QString, int>* g_stats = nullptr;

void count(const HttpRequest& request, const HttpReply& reply)
{
    if (!g_stats)
        return;
    static const QStringList routes{u"/v1/health"_s, u"/v1/enroll"_s, u"/v1/push"_s, u"/v1/pull"_s};
    const QString route = routes.contains(request.path) ? request.path : u"(other)"_s;
    ++(*g_stats)[u"%1 %2"_s.arg(route).arg(reply.status)];
}

void printStats()
{
    for (auto it = g_stats->cbegin(); it != g_stats->cend(); ++it)
        std::fprintf(stderr, "  %-16s %8d\n", qPrintable(it.key()), it.value());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (!qEnvironmentVariableIsEmpty("PRIHVAT_FUZZ_STATS")) {
        g_stats = new QMap<QString, int>;
        std::atexit(printStats);
    }
    initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!g_env)
        initialise();
    // One copy of the input that owns its bytes (a fuzzer's buffer is not a QByteArray's).
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    HqApi api(*g_env->store);
    bool changed = false;
    qsizetype from = 0;
    for (int n = 0; n < kMaxRequests && from <= input.size(); ++n) {
        qsizetype end = input.indexOf("\n%%\n", from);
        if (end < 0)
            end = input.size();
        const Request request = parse(input.mid(from, end - from));
        from = end + 4;
        const HttpReply reply = api.handle(request.http);
        check(request.http, reply);
        count(request.http, reply);
        // An enrolment or a push that was taken changed the database.
        changed = changed || (reply.status == 200 && request.http.method == "POST");
    }
    if (changed) {
        checkPullable();
        restore();
    }
    return 0;
}
