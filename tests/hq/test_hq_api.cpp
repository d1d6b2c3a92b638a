// The headquarters API (HqApi over HqStore) as devices see it, request by request, against
// SQLite or PostgreSQL (PRIHVAT_TEST_DB; ctest runs both). Time is a ManualClock.
#include "HqTestSupport.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "hq/HqStore.h"
#include "sync/Protocol.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;
using namespace prihvat::hqtest;

namespace {

constexpr std::int64_t kStart = 1'750'000'000'000; // 2025-06-15
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

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

HttpHeaders jsonHeaders(const QString& bearer = {}, bool gzipped = false)
{
    HttpHeaders h{{"Content-Type", "application/json"}};
    if (gzipped)
        h.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    if (!bearer.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toLatin1()));
    return h;
}

} // namespace

class TestHqApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { dropDatabase(u"hq_test_api"_s); }

    void health();
    void enrolment_data();
    void enrolment();
    void enrolmentStoresOnlyHashes();
    void enrolmentThrottle();
    void enrolmentThrottlePerForwardedAddress();
    void authentication_data();
    void authentication();
    void deviceAdministration();

    void pushAcceptedWithIncreasingSeqs();
    void sameBatchAgain();
    void compactAnswers();
    void sameChangeInAnotherBatch();
    void batchesFromBeforeDigests();
    void sameStampOtherValue();
    void concurrentEdit_data();
    void concurrentEdit();
    void noConflict_data();
    void noConflict();
    void conflictResolvedByLaterEdit();
    void rejections_data();
    void rejections();
    void tombstones();
    void clockAhead_data();
    void clockAhead();
    void fastClockKeepsItsOwnOrder_data();
    void fastClockKeepsItsOwnOrder();
    void textStoredSafely();

    void pullScope();
    void pullPaging();
    void pullLimitIsCapped();
    void pullArguments_data();
    void pullArguments();

    void badRequests_data();
    void badRequests();
    void gzipAnswers_data();
    void gzipAnswers();
    void twoConnectionsShareOneCounter();
    void databaseConnectionLost();
    void databaseUrls_data();
    void databaseUrls();
    void hostileInputNeverCrashes();

private:
    HttpReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const HttpHeaders& headers = {}, const QString& query = {},
                   const QString& peer = u"10.1.1.1"_s);
    HttpReply enrollWith(const QString& code, const QString& peer = u"10.1.1.1"_s,
                         const HttpHeaders& extra = {});
    Dev enrol(const QString& name, const QStringList& sites, const QString& role = u"mobile"_s);
    HttpReply push(const Dev& d, const QJsonArray& changes, const QString& batchId = {});
    QList<protocol::PushResult> results(const HttpReply& reply);
    protocol::PullResponse pullAll(const Dev& d, std::int64_t after = 0);
    std::int64_t count(const QString& sql, const QVariantList& values = {});
    QString fieldValue(const QString& record, const QString& field);
    QString newId() { return Uuid7::generate(m_clock); }
    QString batchId() { return Uuid7::generate(m_clock); }

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqStore> m_store;
    std::unique_ptr<HqApi> m_api;
    QString m_url;
    QString m_tag;
    int m_round = 0;
};

#define CHECKED(expr)                                                                                        \
    expr;                                                                                                    \
    if (QTest::currentTestFailed())                                                                          \
        return;

void TestHqApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), qPrintable(forms ? QString() : forms.error().fullText()));
    m_forms = *forms;
    QVERIFY2(engine() == u"sqlite"_s || engine() == u"postgresql"_s, qPrintable(engine()));
    if (isPostgres())
        QVERIFY2(!clusterUrl().isEmpty(),
                 "PRIHVAT_TEST_PG_URL is not set: run through ctest (pg_start fixture)");
    qInfo("engine: %s", qPrintable(engine()));
}

void TestHqApi::init()
{
    m_clock.set(kStart);
    m_tag = u"api_%1"_s.arg(++m_round);
    QString error;
    m_url = freshDatabase(m_dir, u"hq_test_api"_s, m_tag, &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), HqDatabase::kSchemaVersion);
    m_store = std::make_unique<HqStore>(*m_db, m_forms, m_clock);
    m_api = std::make_unique<HqApi>(*m_store);
}

void TestHqApi::cleanup()
{
    m_api.reset();
    m_store.reset();
    m_db.reset();
}

HttpReply TestHqApi::call(const QByteArray& method, const QString& path, const QByteArray& body,
                          const HttpHeaders& headers, const QString& query, const QString& peer)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.headers = headers;
    r.body = body;
    r.peer = peer;
    return m_api->handle(r);
}

HttpReply TestHqApi::enrollWith(const QString& code, const QString& peer, const HttpHeaders& extra)
{
    return call("POST", u"/v1/enroll"_s, compact({{u"code"_s, code}, {u"name"_s, u"laptop"_s}}),
                jsonHeaders() + extra, {}, peer);
}

Dev TestHqApi::enrol(const QString& name, const QStringList& sites, const QString& role)
{
    auto added = m_store->addDevice(name, sites, role);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    const HttpReply r = enrollWith(added->code, u"10.9.9.9"_s);
    if (r.status != 200) {
        QTest::qFail(r.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject o = jsonOf(r);
    return {o.value(u"device_id"_s).toString(),
            o.value(u"device_id"_s).toString() + u'.' + o.value(u"token"_s).toString()};
}

HttpReply TestHqApi::push(const Dev& d, const QJsonArray& changes, const QString& id)
{
    const QJsonObject body{{u"batch_id"_s, id.isEmpty() ? batchId() : id}, {u"changes"_s, changes}};
    return call("POST", u"/v1/push"_s, protocol::gzip(compact(body)), jsonHeaders(d.bearer, true));
}

QList<protocol::PushResult> TestHqApi::results(const HttpReply& reply)
{
    QList<protocol::PushResult> out;
    if (reply.status != 200) {
        QTest::qFail(
            qPrintable(u"push answered %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))),
            __FILE__, __LINE__);
        return out;
    }
    for (const QJsonValue& v : jsonOf(reply).value(u"results"_s).toArray()) {
        auto r = protocol::PushResult::fromJson(v.toObject());
        if (!r) {
            QTest::qFail("a push result does not parse", __FILE__, __LINE__);
            return out;
        }
        out.append(*r);
    }
    return out;
}

protocol::PullResponse TestHqApi::pullAll(const Dev& d, std::int64_t after)
{
    protocol::PullResponse all;
    all.next = after;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpReply r =
            call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), u"after=%1&limit=2000"_s.arg(all.next));
        if (r.status != 200) {
            QTest::qFail(qPrintable(u"pull answered %1"_s.arg(r.status)), __FILE__, __LINE__);
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

std::int64_t TestHqApi::count(const QString& sql, const QVariantList& values)
{
    auto q = m_db->run(sql, values);
    if (!q || !q->next()) {
        QTest::qFail(qPrintable(sql), __FILE__, __LINE__);
        return -1;
    }
    return q->value(0).toLongLong();
}

QString TestHqApi::fieldValue(const QString& record, const QString& field)
{
    auto q = m_db->run(u"SELECT value FROM fields WHERE record_id = ? AND field = ?"_s, {record, field});
    if (!q || !q->next())
        return u"<none>"_s;
    return q->value(0).toString();
}

// ---- health, enrolment, authentication ----------------------------------------------------

void TestHqApi::health()
{
    const HttpReply r = call("GET", u"/v1/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(o.value(u"database"_s).toString(), engine());
    QCOMPARE(o.value(u"version"_s).toString(), QStringLiteral(PRIHVAT_VERSION));
    QCOMPARE(QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             kStart);
}

void TestHqApi::enrolment_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::newRow("valid code") << u"valid"_s << 200;
    QTest::newRow("typed in lower case without dashes") << u"lower"_s << 200;
    QTest::newRow("a minute before expiry") << u"almost expired"_s << 200;
    QTest::newRow("code used twice") << u"used"_s << 401;
    QTest::newRow("expired after 7 days") << u"expired"_s << 401;
    QTest::newRow("wrong code") << u"wrong"_s << 401;
    QTest::newRow("not a code at all") << u"garbage"_s << 401;
    QTest::newRow("device revoked before enrolling") << u"revoked"_s << 401;
    QTest::newRow("code is not a string") << u"number"_s << 400;
}

void TestHqApi::enrolment()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    auto added = m_store->addDevice(u"Desk Blažuj"_s, {u"BLZ"_s, u"USI"_s}, u"desk"_s);
    QVERIFY(added.ok());
    QVERIFY(QRegularExpression(u"^([0-9A-HJKMNP-TV-Z]{5}-){3}[0-9A-HJKMNP-TV-Z]{5}$"_s)
                .match(added->code)
                .hasMatch());
    QString code = added->code;
    HttpReply r;
    if (scenario == u"lower"_s) {
        code = code.toLower().remove(u'-');
    } else if (scenario == u"almost expired"_s) {
        m_clock.advance(HqStore::kCodeLifetimeMs - kMinute);
    } else if (scenario == u"used"_s) {
        QCOMPARE(enrollWith(code).status, 200);
    } else if (scenario == u"expired"_s) {
        m_clock.advance(HqStore::kCodeLifetimeMs + 1);
    } else if (scenario == u"wrong"_s) {
        code = (code.at(0) == u'A' ? u"B"_s : u"A"_s) + code.mid(1);
    } else if (scenario == u"garbage"_s) {
        code = u"'; DROP TABLE devices;--"_s;
    } else if (scenario == u"revoked"_s) {
        QVERIFY(m_store->revoke(added->device.id).ok());
    }
    if (scenario == u"number"_s)
        r = call("POST", u"/v1/enroll"_s, "{\"code\":12345}", jsonHeaders());
    else
        r = enrollWith(code);
    QCOMPARE(r.status, status);
    const QJsonObject o = jsonOf(r);
    if (status != 200) {
        QVERIFY(!o.value(u"error"_s).toString().isEmpty());
        QVERIFY(!o.value(u"message"_s).toString().isEmpty());
        QVERIFY(!o.contains(u"token"_s));
        return;
    }
    QCOMPARE(o.value(u"device_id"_s).toString(), added->device.id);
    QCOMPARE(o.value(u"role"_s).toString(), u"desk"_s);
    QCOMPARE(o.value(u"sites"_s).toArray(), QJsonArray({u"BLZ"_s, u"USI"_s}));
    QCOMPARE(o.value(u"token"_s).toString().size(), 43); // 32 bytes, base64url
    QVERIFY(QDateTime::fromString(o.value(u"server_time"_s).toString(), Qt::ISODateWithMs).isValid());
    // The credential works.
    const QString bearer = added->device.id + u'.' + o.value(u"token"_s).toString();
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(bearer)).status, 200);
}

void TestHqApi::enrolmentStoresOnlyHashes()
{
    auto added = m_store->addDevice(u"Mobile 1"_s, {u"BHC"_s});
    QVERIFY(added.ok());
    const QString code = added->code;
    const QString normalised = QString(code).remove(u'-');
    QCOMPARE(count(u"SELECT count(*) FROM devices WHERE code_hash IS NOT NULL"_s), 1);
    const HttpReply r = enrollWith(code);
    QCOMPARE(r.status, 200);
    const QString token = jsonOf(r).value(u"token"_s).toString();
    auto q = m_db->run(u"SELECT * FROM devices"_s);
    QVERIFY(q.ok());
    QVERIFY(q->next());
    for (int i = 0; i < q->record().count(); ++i) {
        const QString v = q->value(i).toString();
        QVERIFY2(!v.contains(token) && !v.contains(code) && !v.contains(normalised), qPrintable(v));
    }
    // The used code's hash is gone: it can never match again.
    QCOMPARE(count(u"SELECT count(*) FROM devices WHERE code_hash IS NOT NULL"_s), 0);
}

void TestHqApi::enrolmentThrottle()
{
    auto added = m_store->addDevice(u"Mobile 1"_s, {u"BHC"_s});
    QVERIFY(added.ok());
    const QString attacker = u"203.0.113.7"_s;
    // Per address, with room for a centre enrolling its laptops with a few typing mistakes.
    QCOMPARE(HqApi::kMaxWrongCodesPerAddress, 30);
    for (int i = 0; i < HqApi::kMaxWrongCodesPerAddress; ++i)
        QCOMPARE(enrollWith(u"AAAAA-AAAAA-AAAAA-AAA%1"_s.arg(i, 2, 10, QChar(u'0')), attacker).status, 401);
    HttpReply r = enrollWith(u"AAAAA-AAAAA-AAAAA-AAAAZ"_s, attacker);
    QCOMPARE(r.status, 429);
    QCOMPARE(jsonOf(r).value(u"error"_s).toString(), u"too_many_requests"_s);
    const int retry = r.header("Retry-After").toInt();
    QVERIFY2(retry >= 1 && retry <= 600, r.header("Retry-After").constData());
    // Even the right code waits: the throttle comes before the code is looked at.
    QCOMPARE(enrollWith(added->code, attacker).status, 429);
    // Another address is not affected.
    auto other = m_store->addDevice(u"Mobile 2"_s, {u"BHC"_s});
    QVERIFY(other.ok());
    QCOMPARE(enrollWith(other->code, u"198.51.100.20"_s).status, 200);
    // Once the window has passed, the address may try again.
    m_clock.advance(retry * 1000LL + 1);
    QCOMPARE(enrollWith(added->code, attacker).status, 200);
}

void TestHqApi::enrolmentThrottlePerForwardedAddress()
{
    // Behind nginx every request comes from 127.0.0.1 with the client in X-Real-IP.
    const auto via = [](const char* ip) { return HttpHeaders{{"X-Real-IP", ip}}; };
    for (int i = 0; i < HqApi::kMaxWrongCodesPerAddress; ++i)
        QCOMPARE(enrollWith(u"wrong"_s, u"127.0.0.1"_s, via("198.51.100.1")).status, 401);
    QCOMPARE(enrollWith(u"wrong"_s, u"127.0.0.1"_s, via("198.51.100.1")).status, 429);
    QCOMPARE(enrollWith(u"wrong"_s, u"127.0.0.1"_s, via("198.51.100.2")).status, 401);
    // From any other peer the header is the client's own claim and is ignored.
    for (int i = 0; i < HqApi::kMaxWrongCodesPerAddress; ++i)
        QCOMPARE(
            enrollWith(u"wrong"_s, u"192.0.2.5"_s, via(QByteArray::number(i).prepend("10.0.0.").constData()))
                .status,
            401);
    QCOMPARE(enrollWith(u"wrong"_s, u"192.0.2.5"_s, via("10.0.0.99")).status, 429);
}

void TestHqApi::authentication_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::newRow("valid credential") << u"valid"_s << 200;
    QTest::newRow("no Authorization header") << u"missing"_s << 401;
    QTest::newRow("Basic instead of Bearer") << u"basic"_s << 401;
    QTest::newRow("no dot") << u"nodot"_s << 401;
    QTest::newRow("unknown device") << u"unknown"_s << 401;
    QTest::newRow("wrong token") << u"wrong token"_s << 401;
    QTest::newRow("empty token") << u"empty token"_s << 401;
    QTest::newRow("device not yet enrolled") << u"pending"_s << 401;
    QTest::newRow("revoked device") << u"revoked"_s << 401;
    QTest::newRow("revoked device pushes") << u"revoked push"_s << 401;
}

void TestHqApi::authentication()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BLZ"_s}))
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer)).status, 200);
    HttpHeaders headers = jsonHeaders(d.bearer);
    const auto bearer = [](const QString& b) { return jsonHeaders(b); };
    if (scenario == u"missing"_s)
        headers = jsonHeaders();
    else if (scenario == u"basic"_s)
        headers = {{"Authorization", "Basic " + d.bearer.toLatin1().toBase64()}};
    else if (scenario == u"nodot"_s)
        headers = bearer(QString(d.bearer).remove(u'.'));
    else if (scenario == u"unknown"_s)
        headers = bearer(newId() + d.bearer.mid(36));
    else if (scenario == u"wrong token"_s)
        headers = bearer(d.bearer.chopped(2) + (d.bearer.endsWith(u"AA"_s) ? u"BB"_s : u"AA"_s));
    else if (scenario == u"empty token"_s)
        headers = bearer(d.id + u'.');
    else if (scenario == u"pending"_s) {
        auto pending = m_store->addDevice(u"Pending"_s, {u"BLZ"_s});
        QVERIFY(pending.ok());
        headers = bearer(pending->device.id + u".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
    } else if (scenario.startsWith(u"revoked"_s)) {
        QVERIFY(m_store->revoke(d.id).ok());
    }
    HttpReply r;
    if (scenario == u"revoked push"_s) {
        r = push(d, {change(newId(), u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(d.id, kStart))});
        QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 0);
    } else {
        r = call("GET", u"/v1/pull"_s, {}, headers);
    }
    QCOMPARE(r.status, status);
    if (status == 401) {
        // Only the holder of a revoked device's own token is told it is revoked.
        QCOMPARE(jsonOf(r).value(u"error"_s).toString(),
                 scenario.startsWith(u"revoked"_s) ? u"device_revoked"_s : u"unauthorized"_s);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }
}

void TestHqApi::deviceAdministration()
{
    QVERIFY(!m_store->addDevice(u""_s, {u"BLZ"_s}).ok());
    QVERIFY(!m_store->addDevice(u"x"_s, {u"NOPE"_s}).ok());
    QVERIFY(!m_store->addDevice(u"x"_s, {}).ok());
    QVERIFY(!m_store->addDevice(u"x"_s, {u"BLZ"_s}, u"admin"_s).ok());
    QVERIFY(m_store->addDevice(u"HQ analyst"_s, {}, u"hq"_s).ok());
    m_clock.advance(1);
    auto a = m_store->addDevice(u"Mobile \u202Eevil"_s, {u"LIP"_s, u"BHC"_s, u"LIP"_s});
    QVERIFY(a.ok());
    QCOMPARE(a->device.name, u"Mobile evil"_s); // bidi control removed
    QCOMPARE(a->device.sites, QStringList({u"LIP"_s, u"BHC"_s}));
    auto list = m_store->devices();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).state, Device::State::Pending);
    QCOMPARE(list->at(1).role, u"mobile"_s);
    QVERIFY(m_store->revoke(a->device.id).ok());
    QVERIFY(m_store->revoke(a->device.id).ok()); // twice is fine
    QCOMPARE(m_store->revoke(newId()).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->revoke(u"not-an-id"_s).error().code, Error::Code::Invalid);
    list = m_store->devices();
    QCOMPARE(list->at(1).state, Device::State::Revoked);
    // A code left unused for more than 7 days shows as expired.
    m_clock.advance(HqStore::kCodeLifetimeMs + 1);
    QCOMPARE(m_store->devices()->at(0).state, Device::State::Expired);
}

// ---- push ------------------------------------------------------------------------------

void TestHqApi::pushAcceptedWithIncreasingSeqs()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QString s = newId();
    HttpReply r = push(a, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart)),
                           change(p, u"person"_s, u"sex"_s, u"male"_s, stamp(a.id, kStart, 1)),
                           change(s, u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(a.id, kStart, 2)),
                           change(s, u"assistance"_s, u"quantity"_s, 3, stamp(a.id, kStart, 3))});
    CHECKED(auto first = results(r))
    QCOMPARE(first.size(), 4);
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).status, protocol::PushResult::Status::Accepted);
        QCOMPARE(first.at(i).seq, i + 1);
    }
    const QJsonObject answer = jsonOf(r);
    QVERIFY(!answer.value(u"batch_id"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(answer.value(u"server_time"_s).toString(), Qt::ISODateWithMs).isValid());
    CHECKED(auto second = results(
                push(a, {change(p, u"person"_s, u"family_name"_s, u"Karimi"_s, stamp(a.id, kStart + 5)),
                         change(p, u"person"_s, u"given_name"_s, u"Ahmed"_s, stamp(a.id, kStart + 6), 1)})))
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).seq, 5);
    QCOMPARE(second.at(1).seq, 6);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 6);
    QCOMPARE(count(u"SELECT value FROM counter"_s), 6);
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Ahmed\""_s);
    QCOMPARE(fieldValue(s, u"quantity"_s), u"3"_s);
}

void TestHqApi::compactAnswers()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QString q = newId();
    QJsonArray changes{change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart)),
                       change(p, u"person"_s, u"sex"_s, u"male"_s, stamp(a.id, kStart, 1)),
                       change(p, u"person"_s, u"family_name"_s, u"Karimi"_s, stamp(a.id, kStart, 2)),
                       change(p, u"person"_s, u"sex"_s, u"alien"_s, stamp(a.id, kStart, 3)),
                       change(q, u"person"_s, u"given_name"_s, u"Amir"_s, stamp(a.id, kStart, 4)),
                       change(q, u"person"_s, u"sex"_s, u"male"_s, stamp(a.id, kStart, 5))};
    const QString batch = batchId();
    const QJsonObject body{{u"batch_id"_s, batch}, {u"changes"_s, changes}, {u"compact_results"_s, true}};
    const HttpReply r = call("POST", u"/v1/push"_s, compact(body), jsonHeaders(a.bearer));
    QCOMPARE(r.status, 200);
    // Runs of accepted changes are folded: three results for six changes.
    const QJsonArray folded = jsonOf(r).value(u"results"_s).toArray();
    QCOMPARE(folded.size(), 3);
    QCOMPARE(folded.at(0).toObject().value(u"count"_s).toInt(), 3);
    QCOMPARE(folded.at(1).toObject().value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(folded.at(2).toObject().value(u"count"_s).toInt(), 2);
    const auto expanded = protocol::expandResults(folded);
    QVERIFY(expanded);
    QCOMPARE(expanded->size(), changes.size());
    const QList<std::int64_t> seqs{1, 2, 3, 0, 4, 5};
    for (int i = 0; i < expanded->size(); ++i) {
        QCOMPARE(expanded->at(i).seq, seqs.at(i));
        QCOMPARE(expanded->at(i).status, i == 3 ? protocol::PushResult::Status::Rejected
                                                : protocol::PushResult::Status::Accepted);
    }
    // The same batch again: the same folded answer, byte for byte.
    QCOMPARE(call("POST", u"/v1/push"_s, compact(body), jsonHeaders(a.bearer)).body, r.body);
    // Without the flag, one result per change (devices that do not read the compact form).
    CHECKED(auto plain = results(push(a, {change(q, u"person"_s, u"family_name"_s, u"K"_s, stamp(a.id, kStart, 6)),
                                          change(q, u"person"_s, u"notes"_s, u"n"_s, stamp(a.id, kStart, 7))})))
    QCOMPARE(plain.size(), 2);
    // A malformed count is not read as an answer.
    QVERIFY(!protocol::expandResults({QJsonObject{{u"status"_s, u"accepted"_s}, {u"seq"_s, 1}, {u"count"_s, 0}}}));
    QVERIFY(!protocol::expandResults({QJsonObject{{u"status"_s, u"rejected"_s}, {u"reason"_s, u"x"_s}, {u"count"_s, 2}}}));
    QVERIFY(!protocol::expandResults({QJsonObject{{u"status"_s, u"accepted"_s}, {u"seq"_s, 1}, {u"count"_s, 5000}}}));
}

void TestHqApi::sameBatchAgain()
{
    CHECKED(const Dev a = enrol(u"Mobile A"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Mobile B"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QString batch = batchId();
    const QJsonArray changes{change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart)),
                             change(p, u"person"_s, u"notes"_s, u"x"_s, u"bad stamp"_s)};
    const HttpReply first = push(a, changes, batch);
    QCOMPARE(first.status, 200);
    m_clock.advance(kMinute); // the answer must not be made again (its server_time would move)
    const HttpReply again = push(a, changes, batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 1);
    QCOMPARE(count(u"SELECT value FROM counter"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM batches"_s), 1);
    // The same batch id with other content (a laptop restored from a backup): refused with
    // 409, nothing stored, never answered as if it were the old batch.
    const QJsonObject later = change(p, u"person"_s, u"given_name"_s, u"Other"_s, stamp(a.id, kStart + 9));
    const HttpReply changed = push(a, {later}, batch);
    QCOMPARE(changed.status, 409);
    QCOMPARE(jsonOf(changed).value(u"error"_s).toString(), u"batch_id_reused"_s);
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Ahmad\""_s);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 1);
    // One change more, one less, or another base: other content too.
    QJsonObject rebased = changes.at(0).toObject();
    rebased.insert(u"base"_s, 7);
    for (const QJsonArray& other :
         {QJsonArray{changes.at(0)}, QJsonArray{changes.at(0), changes.at(1), later},
          QJsonArray{rebased, changes.at(1)}})
        QCOMPARE(push(a, other, batch).status, 409);
    // The old content still gets its stored answer; the new content under a new id is taken.
    QCOMPARE(push(a, changes, batch).body, first.body);
    CHECKED(auto resent = results(push(a, {later})))
    QCOMPARE(resent.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Other\""_s);
    // Keyed by device too: the same batch id from another device is another batch.
    CHECKED(auto other = results(
                push(b, {change(p, u"person"_s, u"family_name"_s, u"K"_s, stamp(b.id, kStart))}, batch)))
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).seq, 3);
}

void TestHqApi::batchesFromBeforeDigests()
{
    // A database of schema 4 kept answers without a digest of their batch: upgraded to 5,
    // such a batch is still answered by its id alone (nothing else is known of it), and
    // every batch after the upgrade has its digest.
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QString oldBatch = batchId();
    const QJsonArray changes{change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart))};
    const HttpReply first = push(a, changes, oldBatch);
    QCOMPARE(first.status, 200);
    m_api.reset();
    m_store.reset();
    for (const QString& sql :
         {u"ALTER TABLE batches DROP COLUMN digest"_s, u"DELETE FROM schema_version WHERE version >= 5"_s}) {
        QSqlQuery q(m_db->connection()); // DDL is not prepared (PostgreSQL cannot)
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }
    m_db.reset();
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), 5);
    m_store = std::make_unique<HqStore>(*m_db, m_forms, m_clock);
    m_api = std::make_unique<HqApi>(*m_store);
    QCOMPARE(count(u"SELECT count(*) FROM batches WHERE digest IS NULL"_s), 1);
    QCOMPARE(push(a, changes, oldBatch).body, first.body);
    const QString newBatch = batchId();
    const QJsonArray more{change(p, u"person"_s, u"family_name"_s, u"K"_s, stamp(a.id, kStart + 5))};
    QCOMPARE(push(a, more, newBatch).status, 200);
    QCOMPARE(count(u"SELECT count(*) FROM batches WHERE digest IS NOT NULL"_s), 1);
    QCOMPARE(push(a, changes, newBatch).status, 409);
}

void TestHqApi::sameStampOtherValue()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Desk"_s, {u"BLZ"_s}, u"desk"_s))
    const QString p = newId();
    const QString s1 = stamp(a.id, kStart);
    CHECKED(auto r1 = results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, s1)})))
    QCOMPARE(r1.at(0).status, protocol::PushResult::Status::Accepted);
    // The same record, field and stamp with another value, in another batch: rejected with a
    // reason, the value kept as it was.
    CHECKED(auto r2 = results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Mahmoud"_s, s1)})))
    QCOMPARE(r2.at(0).status, protocol::PushResult::Status::Rejected);
    QVERIFY2(r2.at(0).reason.contains(u"another value"_s), qPrintable(r2.at(0).reason));
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Ahmad\""_s);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 1);
    // Also after another device has written the field since, and within one batch.
    CHECKED(auto r3 = results(
                push(b, {change(p, u"person"_s, u"given_name"_s, u"Ahmed"_s, stamp(b.id, kStart + 10), 1)})))
    QCOMPARE(r3.at(0).status, protocol::PushResult::Status::Accepted);
    const QString q = newId();
    const QString s2 = stamp(a.id, kStart + 20);
    CHECKED(auto r4 = results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Mahmoud"_s, s1),
                                       change(q, u"person"_s, u"given_name"_s, u"Sara"_s, s2),
                                       change(q, u"person"_s, u"given_name"_s, u"Zara"_s, s2),
                                       change(q, u"person"_s, u"given_name"_s, u"Sara"_s, s2)})))
    QCOMPARE(r4.at(0).status, protocol::PushResult::Status::Rejected);
    QCOMPARE(r4.at(1).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r4.at(2).status, protocol::PushResult::Status::Rejected);
    // The very same change again is recognised: accepted with its first seq.
    QCOMPARE(r4.at(3).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r4.at(3).seq, r4.at(1).seq);
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Ahmed\""_s);
    QCOMPARE(fieldValue(q, u"given_name"_s), u"\"Sara\""_s);
}

void TestHqApi::sameChangeInAnotherBatch()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QJsonObject c1 = change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart));
    const QJsonObject c2 = change(p, u"person"_s, u"given_name"_s, u"Ahmed"_s, stamp(a.id, kStart + 1), 1);
    CHECKED(auto r1 = results(push(a, {c1, c2})))
    QCOMPARE(r1.at(1).seq, 2);
    // A device that rebuilt a batch (new id) with changes already here: same seqs, no copies.
    CHECKED(auto r2 = results(push(a, {c1, c2})))
    QCOMPARE(r2.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r2.at(0).seq, 1);
    QCOMPARE(r2.at(1).seq, 2);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 2);
    QCOMPARE(fieldValue(p, u"given_name"_s), u"\"Ahmed\""_s);
}

void TestHqApi::concurrentEdit_data()
{
    QTest::addColumn<qint64>("offset"); // B's stamp relative to A's
    QTest::newRow("B edits later: B wins") << qint64(1000);
    QTest::newRow("B edits earlier: A wins") << qint64(-1000);
    QTest::newRow("same millisecond: device id decides") << qint64(0);
}

void TestHqApi::concurrentEdit()
{
    QFETCH(qint64, offset);
    CHECKED(const Dev a = enrol(u"Mobile A"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Desk B"_s, {u"USI"_s}, u"desk"_s))
    const QString p = newId();
    CHECKED(results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart))})))
    // Both devices have seen the record (base 1); then both change the phone, offline.
    const std::int64_t t = kStart + 10'000;
    CHECKED(auto ra =
                results(push(a, {change(p, u"person"_s, u"phone"_s, u"+38761111111"_s, stamp(a.id, t), 1)})))
    QCOMPARE(ra.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(ra.at(0).seq, 2);
    CHECKED(auto rb = results(
                push(b, {change(p, u"person"_s, u"phone"_s, u"+38762222222"_s, stamp(b.id, t + offset), 1)})))
    QCOMPARE(rb.at(0).status, protocol::PushResult::Status::Conflict);
    QCOMPARE(rb.at(0).seq, 3);
    QVERIFY(Uuid7::isValid(rb.at(0).conflictId));

    const HlcStamp sa{t, 0, a.id};
    const HlcStamp sb{t + offset, 0, b.id};
    const bool bWins = sa < sb;
    const QString winnerValue = bWins ? u"+38762222222"_s : u"+38761111111"_s;
    const QString loserValue = bWins ? u"+38761111111"_s : u"+38762222222"_s;
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"%1\""_s.arg(winnerValue));
    QCOMPARE(count(u"SELECT count(*) FROM conflicts"_s), 1);

    // Both devices see the conflict, with both values, stamps and devices.
    for (const Dev& d : {a, b}) {
        CHECKED(const auto page = pullAll(d))
        QCOMPARE(page.changes.size(), 3);
        QCOMPARE(page.changes.at(2).value.toString(), u"+38762222222"_s);
        QCOMPARE(page.conflicts.size(), 1);
        const protocol::ConflictEntry& e = page.conflicts.at(0);
        QCOMPARE(e.id, rb.at(0).conflictId);
        QCOMPARE(e.seq, 3);
        QCOMPARE(e.recordId, p);
        QCOMPARE(e.form, u"person"_s);
        QCOMPARE(e.field, u"phone"_s);
        QCOMPARE(e.winner.value.toString(), winnerValue);
        QCOMPARE(e.loser.value.toString(), loserValue);
        QCOMPARE(e.winner.device, bWins ? b.id : a.id);
        QCOMPARE(e.loser.device, bWins ? a.id : b.id);
        QCOMPARE(e.winner.hlc, (bWins ? sb : sa).toString());
        QCOMPARE(e.loser.hlc, (bWins ? sa : sb).toString());
        QCOMPARE(e.resolved, false);
    }
}

void TestHqApi::noConflict_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("B had seen A's change (base covers it)") << u"base covers"_s;
    QTest::newRow("both typed the same value") << u"same value"_s;
    QTest::newRow("A overwrites its own change") << u"same device"_s;
}

void TestHqApi::noConflict()
{
    QFETCH(QString, scenario);
    CHECKED(const Dev a = enrol(u"Mobile A"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Mobile B"_s, {u"BLZ"_s}))
    const QString p = newId();
    CHECKED(results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart))})))
    CHECKED(results(push(a, {change(p, u"person"_s, u"phone"_s, u"111"_s, stamp(a.id, kStart + 10), 1)})))
    QJsonObject next;
    QString expected;
    if (scenario == u"base covers"_s) {
        next = change(p, u"person"_s, u"phone"_s, u"222"_s, stamp(b.id, kStart + 20), 2);
        expected = u"222"_s;
    } else if (scenario == u"same value"_s) {
        next = change(p, u"person"_s, u"phone"_s, u"111"_s, stamp(b.id, kStart + 20), 1);
        expected = u"111"_s;
    } else {
        next = change(p, u"person"_s, u"phone"_s, u"333"_s, stamp(a.id, kStart + 20), 1);
        expected = u"333"_s;
    }
    CHECKED(auto r = results(push(scenario == u"same device"_s ? a : b, {next})))
    QCOMPARE(r.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r.at(0).seq, 3);
    QCOMPARE(count(u"SELECT count(*) FROM conflicts"_s), 0);
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"%1\""_s.arg(expected));
}

void TestHqApi::conflictResolvedByLaterEdit()
{
    CHECKED(const Dev a = enrol(u"Mobile A"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Mobile B"_s, {u"BLZ"_s}))
    const QString p = newId();
    CHECKED(results(push(a, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart))})))
    CHECKED(results(push(a, {change(p, u"person"_s, u"phone"_s, u"111"_s, stamp(a.id, kStart + 10), 1)})))
    CHECKED(auto c =
                results(push(b, {change(p, u"person"_s, u"phone"_s, u"222"_s, stamp(b.id, kStart + 20), 1)})))
    QCOMPARE(c.at(0).status, protocol::PushResult::Status::Conflict);
    // Another field, or this field from a device that had not seen the conflict: still open.
    CHECKED(results(push(a, {change(p, u"person"_s, u"family_name"_s, u"K"_s, stamp(a.id, kStart + 30), 3)})))
    CHECKED(auto late =
                results(push(a, {change(p, u"person"_s, u"phone"_s, u"222"_s, stamp(a.id, kStart + 31), 2)})))
    QCOMPARE(late.at(0).status, protocol::PushResult::Status::Accepted); // same value: no new conflict
    CHECKED(auto open = pullAll(b))
    QCOMPARE(open.conflicts.size(), 1);
    QCOMPARE(open.conflicts.at(0).resolved, false);
    // A person on A compares the values and keeps one: an ordinary edit based on seq 3.
    CHECKED(auto fix =
                results(push(a, {change(p, u"person"_s, u"phone"_s, u"111"_s, stamp(a.id, kStart + 40), 5)})))
    QCOMPARE(fix.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"111\""_s);
    CHECKED(auto after = pullAll(b))
    QCOMPARE(after.conflicts.size(), 1);
    QCOMPARE(after.conflicts.at(0).resolved, true);
    // B had pulled the conflict already: its next pull, from its cursor, brings the
    // resolution (the conflict's own seq is behind that cursor), so it closes on B too.
    CHECKED(auto delta = pullAll(b, open.next))
    QCOMPARE(delta.conflicts.size(), 1);
    QCOMPARE(delta.conflicts.at(0).id, open.conflicts.at(0).id);
    QCOMPARE(delta.conflicts.at(0).resolved, true);
    CHECKED(auto nothing = pullAll(b, delta.next))
    QVERIFY(nothing.conflicts.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM conflicts"_s), 1);
}

void TestHqApi::rejections_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown form") << u"unknown form"_s << u"unknown form \"persn\""_s;
    QTest::newRow("unknown field") << u"unknown field"_s
                                   << u"unknown field \"nickname\" in form \"person\""_s;
    QTest::newRow("malformed stamp") << u"malformed stamp"_s << u"hlc is not a stamp"_s;
    QTest::newRow("stamp of another device") << u"other device"_s << u"another device"_s;
    QTest::newRow("site out of scope")
        << u"site out of scope"_s << u"site LIP is outside this device's sites"_s;
    QTest::newRow("record of another site") << u"record elsewhere"_s << u"belongs to site LIP"_s;
    QTest::newRow("new record placed out of scope later in the batch")
        << u"site later"_s << u"site LIP is outside this device's sites"_s;
    QTest::newRow("site cleared") << u"site cleared"_s << u"cannot be cleared"_s;
    QTest::newRow("wrong value type") << u"wrong type"_s << u"field \"age_estimated\""_s;
    QTest::newRow("not a choice") << u"not a choice"_s << u"\"alien\" is not a choice of field \"sex\""_s;
    QTest::newRow("unknown site code")
        << u"unknown site"_s << u"\"XYZ\" is not a choice of field \"registration_site\""_s;
    QTest::newRow("malformed record id") << u"bad record id"_s << u"record_id"_s;
    QTest::newRow("tombstone value not boolean") << u"bad tombstone"_s << u"_deleted"_s;
    QTest::newRow("form differs from the record's") << u"other form"_s << u"is a \"person\" record"_s;
    QTest::newRow("value missing") << u"no value"_s << u"value is missing"_s;
    QTest::newRow("negative base") << u"negative base"_s << u"base"_s;
    QTest::newRow("change not an object") << u"not object"_s << u"must be an object"_s;
}

void TestHqApi::rejections()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    CHECKED(const Dev d = enrol(u"Desk"_s, {u"BLZ"_s}, u"desk"_s))
    CHECKED(const Dev h = enrol(u"HQ"_s, {}, u"hq"_s))
    const QString person = newId();
    const QString lipRecord = newId();
    // Set-up: a person, and an assistance record at Lipa written by headquarters.
    CHECKED(
        results(push(h, {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(h.id, kStart)),
                         change(lipRecord, u"assistance"_s, u"site"_s, u"LIP"_s, stamp(h.id, kStart, 1))})))
    const std::int64_t before = count(u"SELECT count(*) FROM changes"_s);

    const QString r = newId();
    const QString ts = stamp(d.id, kStart + 100);
    QJsonArray batch{change(newId(), u"person"_s, u"given_name"_s, u"Good"_s, stamp(d.id, kStart + 50))};
    QJsonValue bad;
    if (kind == u"unknown form"_s)
        bad = change(r, u"persn"_s, u"given_name"_s, u"x"_s, ts);
    else if (kind == u"unknown field"_s)
        bad = change(r, u"person"_s, u"nickname"_s, u"x"_s, ts);
    else if (kind == u"malformed stamp"_s)
        bad = change(r, u"person"_s, u"given_name"_s, u"x"_s, u"yesterday at noon"_s);
    else if (kind == u"other device"_s)
        bad = change(r, u"person"_s, u"given_name"_s, u"x"_s, stamp(h.id, kStart + 100));
    else if (kind == u"site out of scope"_s)
        bad = change(r, u"assistance"_s, u"site"_s, u"LIP"_s, ts);
    else if (kind == u"record elsewhere"_s)
        bad = change(lipRecord, u"assistance"_s, u"quantity"_s, 2, ts, 2);
    else if (kind == u"site later"_s) {
        bad = change(r, u"assistance"_s, u"quantity"_s, 2, ts);
        batch.append(bad);
        bad = change(r, u"assistance"_s, u"site"_s, u"LIP"_s, stamp(d.id, kStart + 101));
    } else if (kind == u"site cleared"_s)
        bad = change(r, u"assistance"_s, u"site"_s, QJsonValue::Null, ts);
    else if (kind == u"wrong type"_s)
        bad = change(r, u"person"_s, u"age_estimated"_s, u"old"_s, ts);
    else if (kind == u"not a choice"_s)
        bad = change(r, u"person"_s, u"sex"_s, u"alien"_s, ts);
    else if (kind == u"unknown site"_s)
        bad = change(r, u"person"_s, u"registration_site"_s, u"XYZ"_s, ts);
    else if (kind == u"bad record id"_s)
        bad = change(u"ABC"_s, u"person"_s, u"given_name"_s, u"x"_s, ts);
    else if (kind == u"bad tombstone"_s)
        bad = change(r, u"person"_s, u"_deleted"_s, u"yes"_s, ts);
    else if (kind == u"other form"_s)
        bad = change(person, u"assistance"_s, u"site"_s, u"BLZ"_s, ts, 1);
    else if (kind == u"no value"_s) {
        QJsonObject o = change(r, u"person"_s, u"given_name"_s, u"x"_s, ts);
        o.remove(u"value"_s);
        bad = o;
    } else if (kind == u"negative base"_s)
        bad = change(r, u"person"_s, u"given_name"_s, u"x"_s, ts, -1);
    else if (kind == u"not object"_s)
        bad = u"given_name=x"_s;
    QVERIFY(!bad.isUndefined());
    batch.append(bad);

    CHECKED(const auto res = results(push(d, batch)))
    QCOMPARE(res.size(), batch.size());
    QCOMPARE(res.first().status, protocol::PushResult::Status::Accepted);
    for (qsizetype i = 1; i < res.size(); ++i) {
        QCOMPARE(res.at(i).status, protocol::PushResult::Status::Rejected);
        QVERIFY2(res.at(i).reason.contains(reason), qPrintable(res.at(i).reason));
        QCOMPARE(res.at(i).seq, 0);
    }
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), before + 1);
}

void TestHqApi::tombstones()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Desk"_s, {u"BLZ"_s}, u"desk"_s))
    const QString s = newId();
    CHECKED(results(push(a, {change(s, u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(a.id, kStart)),
                             change(s, u"assistance"_s, u"quantity"_s, 2, stamp(a.id, kStart, 1))})))
    CHECKED(auto del = results(
                push(a, {change(s, u"assistance"_s, u"_deleted"_s, true, stamp(a.id, kStart + 5), 2)})))
    QCOMPARE(del.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(count(u"SELECT deleted FROM records WHERE id = ?"_s, {s}), 1);
    // Nothing is removed: the values stay, and the tombstone syncs like any change.
    QCOMPARE(fieldValue(s, u"quantity"_s), u"2"_s);
    CHECKED(auto page = pullAll(b))
    QCOMPARE(page.changes.size(), 3);
    QCOMPARE(page.changes.last().field, u"_deleted"_s);
    QCOMPARE(page.changes.last().value, QJsonValue(true));
    QCOMPARE(page.changes.last().device, a.id);
    // Undoing a delete is a change too.
    CHECKED(results(push(b, {change(s, u"assistance"_s, u"_deleted"_s, false, stamp(b.id, kStart + 9), 3)})))
    QCOMPARE(count(u"SELECT deleted FROM records WHERE id = ?"_s, {s}), 0);
}

void TestHqApi::clockAhead_data()
{
    QTest::addColumn<qint64>("ahead");
    QTest::addColumn<bool>("clamped");
    QTest::newRow("a day fast: clamped, the later edit wins") << qint64(kDay) << true;
    QTest::newRow("four minutes fast: within the margin") << qint64(4 * kMinute) << false;
}

void TestHqApi::clockAhead()
{
    QFETCH(qint64, ahead);
    QFETCH(bool, clamped);
    CHECKED(const Dev fast = enrol(u"Fast laptop"_s, {u"BLZ"_s}))
    CHECKED(const Dev normal = enrol(u"Normal laptop"_s, {u"BLZ"_s}))
    const QString p = newId();
    CHECKED(results(
        push(normal, {change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(normal.id, kStart))})))
    m_clock.advance(1000);
    const std::int64_t pushedAt = m_clock.nowMs();
    CHECKED(auto rf = results(push(
                fast, {change(p, u"person"_s, u"phone"_s, u"fast"_s, stamp(fast.id, pushedAt + ahead), 1)})))
    QCOMPARE(rf.at(0).status, protocol::PushResult::Status::Accepted); // its changes still sync
    CHECKED(auto page = pullAll(normal))
    const auto stored = HlcStamp::fromString(page.changes.last().hlc);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->device, fast.id);
    QCOMPARE(stored->wallMs, clamped ? pushedAt : pushedAt + ahead);
    if (clamped)
        QCOMPARE(stored->counter, 0u);

    // A minute later a normal laptop edits the same field, not having seen the fast one's.
    m_clock.advance(kMinute);
    CHECKED(auto rn = results(push(normal, {change(p, u"person"_s, u"phone"_s, u"normal"_s,
                                                   stamp(normal.id, m_clock.nowMs()), 1)})))
    QCOMPARE(rn.at(0).status, protocol::PushResult::Status::Conflict);
    QCOMPARE(fieldValue(p, u"phone"_s), clamped ? u"\"normal\""_s : u"\"fast\""_s);
}

void TestHqApi::fastClockKeepsItsOwnOrder_data()
{
    QTest::addColumn<qint64>("first");  // how far ahead the first edit's stamp is
    QTest::addColumn<qint64>("second"); // and the second's
    QTest::newRow("two edits a day ahead") << qint64(kDay) << qint64(kDay + 1000);
    QTest::newRow("clock jumped a day between edits") << qint64(4 * kMinute) << qint64(kDay);
    QTest::newRow("normal clock") << qint64(0) << qint64(1000);
}

void TestHqApi::fastClockKeepsItsOwnOrder()
{
    // The clamp must not undo a device's own order: its later edit of a field stays the
    // value, also when both are clamped to the same server millisecond.
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    CHECKED(const Dev fast = enrol(u"Laptop"_s, {u"BLZ"_s}))
    const QString p = newId();
    const std::int64_t now = m_clock.nowMs();
    const QJsonObject one = change(p, u"person"_s, u"phone"_s, u"first"_s, stamp(fast.id, now + first));
    const QJsonObject two = change(p, u"person"_s, u"phone"_s, u"second"_s, stamp(fast.id, now + second));
    CHECKED(auto r = results(push(fast, {one, two})))
    QCOMPARE(r.at(0).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r.at(1).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"second\""_s);
    // A third edit in a later batch, in the same server millisecond.
    const QJsonObject three =
        change(p, u"person"_s, u"phone"_s, u"third"_s, stamp(fast.id, now + second + 1000), 2);
    CHECKED(auto r3 = results(push(fast, {three})))
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"third\""_s);
    CHECKED(auto page = pullAll(fast))
    QCOMPARE(page.changes.size(), 3);
    QVERIFY(*HlcStamp::fromString(page.changes.at(0).hlc) < *HlcStamp::fromString(page.changes.at(1).hlc));
    QVERIFY(*HlcStamp::fromString(page.changes.at(1).hlc) < *HlcStamp::fromString(page.changes.at(2).hlc));
    // Sent again in a new batch (the device rebuilt it): recognised by the stamp it was sent
    // with, though a clamped one was stored under another.
    m_clock.advance(kMinute);
    CHECKED(auto again = results(push(fast, {one, two, three})))
    QCOMPARE(again.at(0).seq, r.at(0).seq);
    QCOMPARE(again.at(1).seq, r.at(1).seq);
    QCOMPARE(again.at(2).seq, r3.at(0).seq);
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 3);
    QCOMPARE(fieldValue(p, u"phone"_s), u"\"third\""_s);
}

void TestHqApi::textStoredSafely()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    const QString p = newId();
    const QString sql = u"'); DROP TABLE persons;--"_s;
    const QString persian = u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s; // with ZWNJ
    CHECKED(auto r = results(
                push(a, {change(p, u"person"_s, u"given_name"_s, sql, stamp(a.id, kStart)),
                         change(p, u"person"_s, u"family_name"_s, u"Kar\u202Eimi"_s, stamp(a.id, kStart, 1)),
                         change(p, u"person"_s, u"other_names"_s, u"Ali\u0301"_s, stamp(a.id, kStart, 2)),
                         change(p, u"person"_s, u"name_native"_s, persian, stamp(a.id, kStart, 3))})))
    for (const auto& x : r)
        QCOMPARE(x.status, protocol::PushResult::Status::Accepted);
    CHECKED(auto page = pullAll(a))
    QCOMPARE(page.changes.size(), 4);
    QCOMPARE(page.changes.at(0).value.toString(), sql);           // verbatim
    QCOMPARE(page.changes.at(1).value.toString(), u"Karimi"_s);   // bidi control removed
    QCOMPARE(page.changes.at(2).value.toString(), u"Al\u00ED"_s); // NFC
    QCOMPARE(page.changes.at(3).value.toString(), persian);       // ZWNJ kept
    QCOMPARE(count(u"SELECT count(*) FROM records"_s), 1);
}

// ---- pull ------------------------------------------------------------------------------

void TestHqApi::pullScope()
{
    CHECKED(const Dev desk = enrol(u"Desk Blažuj"_s, {u"BLZ"_s}, u"desk"_s))
    CHECKED(const Dev lipa = enrol(u"Mobile Lipa"_s, {u"LIP"_s}))
    CHECKED(const Dev lipa2 = enrol(u"Desk Lipa"_s, {u"LIP"_s}, u"desk"_s))
    CHECKED(const Dev hq = enrol(u"HQ"_s, {}, u"hq"_s))
    const QString person = newId();
    const QString atLipa = newId();
    const QString atBlazuj = newId();
    CHECKED(results(
        push(lipa, {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(lipa.id, kStart)),
                    change(person, u"person"_s, u"registration_site"_s, u"LIP"_s, stamp(lipa.id, kStart, 1)),
                    change(atLipa, u"assistance"_s, u"person_id"_s, person, stamp(lipa.id, kStart, 2)),
                    change(atLipa, u"assistance"_s, u"site"_s, u"LIP"_s, stamp(lipa.id, kStart, 3)),
                    change(atLipa, u"assistance"_s, u"quantity"_s, 1, stamp(lipa.id, kStart, 4))})))
    CHECKED(results(
        push(desk, {change(atBlazuj, u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(desk.id, kStart + 1)),
                    change(atBlazuj, u"assistance"_s, u"person_id"_s, person, stamp(desk.id, kStart + 2))})))
    // A concurrent edit at Lipa: its conflict entry is Lipa's business only.
    CHECKED(auto c = results(push(
                lipa2, {change(atLipa, u"assistance"_s, u"quantity"_s, 5, stamp(lipa2.id, kStart + 3), 0)})))
    QCOMPARE(c.at(0).status, protocol::PushResult::Status::Conflict);

    const auto records = [](const protocol::PullResponse& page) {
        QSet<QString> ids;
        for (const auto& ch : page.changes)
            ids.insert(ch.recordId);
        return ids;
    };
    CHECKED(auto deskPage = pullAll(desk))
    QCOMPARE(records(deskPage), QSet<QString>({person, atBlazuj}));
    QCOMPARE(deskPage.changes.size(), 4);
    QCOMPARE(deskPage.conflicts.size(), 0);
    QCOMPARE(deskPage.next, 8); // past the Lipa changes it may not see: nothing to ask again
    CHECKED(auto lipaPage = pullAll(lipa))
    QCOMPARE(records(lipaPage), QSet<QString>({person, atLipa}));
    QCOMPARE(lipaPage.conflicts.size(), 1);
    CHECKED(auto hqPage = pullAll(hq))
    QCOMPARE(records(hqPage), QSet<QString>({person, atLipa, atBlazuj}));
    QCOMPARE(hqPage.changes.size(), 8);
    for (qsizetype i = 1; i < hqPage.changes.size(); ++i)
        QVERIFY(hqPage.changes.at(i - 1).seq < hqPage.changes.at(i).seq);
}

void TestHqApi::pullPaging()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Desk"_s, {u"BLZ"_s}, u"desk"_s))
    QJsonArray changes;
    for (int i = 0; i < 25; ++i)
        changes.append(
            change(newId(), u"person"_s, u"given_name"_s, u"P%1"_s.arg(i), stamp(a.id, kStart + i)));
    CHECKED(results(push(a, changes)))
    std::int64_t after = 0;
    const QList<std::pair<int, bool>> pages{{10, true}, {10, true}, {5, false}, {0, false}};
    for (const auto& [size, more] : pages) {
        const HttpReply r =
            call("GET", u"/v1/pull"_s, {}, jsonHeaders(b.bearer), u"after=%1&limit=10"_s.arg(after));
        QCOMPARE(r.status, 200);
        auto page = protocol::PullResponse::fromJson(jsonOf(r));
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), size);
        QCOMPARE(page->more, more);
        for (qsizetype i = 0; i < page->changes.size(); ++i)
            QCOMPARE(page->changes.at(i).seq, after + i + 1);
        QCOMPARE(page->next, std::min<std::int64_t>(after + 10, 25));
        after = page->next;
    }
    // Without a limit: the default page (500) holds them all.
    const HttpReply r = call("GET", u"/v1/pull"_s, {}, jsonHeaders(b.bearer));
    QCOMPARE(protocol::PullResponse::fromJson(jsonOf(r))->changes.size(), 25);
}

void TestHqApi::pullLimitIsCapped()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    for (int batch = 0; batch < 3; ++batch) {
        QJsonArray changes;
        for (int i = 0; i < (batch < 2 ? 1000 : 100); ++i)
            changes.append(change(newId(), u"person"_s, u"given_name"_s, u"P"_s,
                                  stamp(a.id, kStart + batch * 1000 + i)));
        CHECKED(auto r = results(push(a, changes)))
        QCOMPARE(r.size(), changes.size());
        QCOMPARE(r.last().seq, batch * 1000 + changes.size());
    }
    const HttpReply r = call("GET", u"/v1/pull"_s, {}, jsonHeaders(a.bearer), u"after=0&limit=5000"_s);
    QCOMPARE(r.status, 200);
    auto page = protocol::PullResponse::fromJson(jsonOf(r));
    QCOMPARE(page->changes.size(), protocol::kMaxPullLimit);
    QVERIFY(page->more);
    QCOMPARE(page->next, protocol::kMaxPullLimit);
}

void TestHqApi::pullArguments_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QString() << 200;
    QTest::newRow("after and limit") << u"after=0&limit=1"_s << 200;
    QTest::newRow("percent-encoded digits") << u"after=%31"_s << 200;
    QTest::newRow("unknown parameters are ignored") << u"after=0&colour=blue"_s << 200;
    QTest::newRow("negative cursor") << u"after=-1"_s << 400;
    QTest::newRow("cursor not a number") << u"after=abc"_s << 400;
    QTest::newRow("fractional cursor") << u"after=1.5"_s << 400;
    QTest::newRow("empty cursor") << u"after="_s << 400;
    QTest::newRow("huge cursor") << u"after=99999999999999999999"_s << 400;
    QTest::newRow("zero limit") << u"limit=0"_s << 400;
    QTest::newRow("limit not a number") << u"limit=ten"_s << 400;
}

void TestHqApi::pullArguments()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    CHECKED(results(push(a, {change(newId(), u"person"_s, u"given_name"_s, u"A"_s, stamp(a.id, kStart))})))
    const HttpReply r = call("GET", u"/v1/pull"_s, {}, jsonHeaders(a.bearer), query);
    QCOMPARE(r.status, status);
    if (status == 400)
        QVERIFY(!jsonOf(r).value(u"error"_s).toString().isEmpty());
}

// ---- malformed input ---------------------------------------------------------------------

void TestHqApi::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("contentEncoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray json = "application/json";
    const QByteArray validBatch = "{\"batch_id\":\"01900000-0000-7000-8000-000000000001\",\"changes\":[]}";
    QByteArray manyChanges = "{\"batch_id\":\"01900000-0000-7000-8000-000000000001\",\"changes\":[";
    for (int i = 0; i < 100'001; ++i)
        manyChanges += i == 0 ? "{}" : ",{}";
    manyChanges += "]}";
    const QByteArray bomb = protocol::gzip(QByteArray(17 * 1024 * 1024, ' ')); // 17 MiB of spaces
    const QByteArray gzipped = protocol::gzip(validBatch);

    QTest::newRow("malformed JSON") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray()
                                    << QByteArray("{\"batch_id\":") << true << 400 << u"bad_json"_s;
    QTest::newRow("JSON array instead of object")
        << QByteArray("POST") << u"/v1/push"_s << json << QByteArray() << QByteArray("[1,2]") << true << 400
        << u"bad_json"_s;
    QTest::newRow("empty body") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray() << QByteArray()
                                << true << 400 << u"bad_json"_s;
    QTest::newRow("batch_id missing") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray()
                                      << QByteArray("{\"changes\":[]}") << true << 400 << u"bad_request"_s;
    QTest::newRow("changes not a list")
        << QByteArray("POST") << u"/v1/push"_s << json << QByteArray()
        << QByteArray("{\"batch_id\":\"01900000-0000-7000-8000-000000000001\",\"changes\":{}}") << true << 400
        << u"bad_request"_s;
    QTest::newRow("100,001 changes in one batch")
        << QByteArray("POST") << u"/v1/push"_s << json << QByteArray() << manyChanges << true << 400
        << u"bad_request"_s;
    QTest::newRow("JSON nested 100,000 deep") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray()
                                              << QByteArray(100'000, '[') << true << 400 << u"bad_json"_s;
    QTest::newRow("17 MiB gzip bomb") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray("gzip")
                                      << bomb << true << 413 << u"payload_too_large"_s;
    QTest::newRow("17 MiB plain body")
        << QByteArray("POST") << u"/v1/push"_s << json << QByteArray() << QByteArray(17 * 1024 * 1024, ' ')
        << true << 413 << u"payload_too_large"_s;
    QTest::newRow("says gzip, is not") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray("gzip")
                                       << validBatch << true << 400 << u"bad_gzip"_s;
    QTest::newRow("truncated gzip") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray("gzip")
                                    << gzipped.left(gzipped.size() - 10) << true << 400 << u"bad_gzip"_s;
    QTest::newRow("text/plain") << QByteArray("POST") << u"/v1/push"_s << QByteArray("text/plain")
                                << QByteArray() << validBatch << true << 415 << u"unsupported_media_type"_s;
    QTest::newRow("no Content-Type") << QByteArray("POST") << u"/v1/push"_s << QByteArray() << QByteArray()
                                     << validBatch << true << 415 << u"unsupported_media_type"_s;
    QTest::newRow("brotli") << QByteArray("POST") << u"/v1/push"_s << json << QByteArray("br") << validBatch
                            << true << 415 << u"unsupported_encoding"_s;
    QTest::newRow("enrol with malformed JSON")
        << QByteArray("POST") << u"/v1/enroll"_s << json << QByteArray() << QByteArray("{code") << false
        << 400 << u"bad_json"_s;
    QTest::newRow("unknown path") << QByteArray("GET") << u"/v2/pull"_s << QByteArray() << QByteArray()
                                  << QByteArray() << true << 404 << u"not_found"_s;
    QTest::newRow("root") << QByteArray("GET") << u"/"_s << QByteArray() << QByteArray() << QByteArray()
                          << false << 404 << u"not_found"_s;
    QTest::newRow("trailing slash") << QByteArray("POST") << u"/v1/push/"_s << json << QByteArray()
                                    << validBatch << true << 404 << u"not_found"_s;
    QTest::newRow("GET /v1/push") << QByteArray("GET") << u"/v1/push"_s << QByteArray() << QByteArray()
                                  << QByteArray() << true << 405 << u"method_not_allowed"_s;
    QTest::newRow("POST /v1/pull") << QByteArray("POST") << u"/v1/pull"_s << json << QByteArray()
                                   << validBatch << true << 405 << u"method_not_allowed"_s;
    QTest::newRow("DELETE /v1/enroll")
        << QByteArray("DELETE") << u"/v1/enroll"_s << QByteArray() << QByteArray() << QByteArray() << false
        << 405 << u"method_not_allowed"_s;
    QTest::newRow("unauthenticated bomb: refused before inflating")
        << QByteArray("POST") << u"/v1/push"_s << json << QByteArray("gzip") << bomb << false << 401
        << u"unauthorized"_s;
}

void TestHqApi::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, contentEncoding);
    QFETCH(QByteArray, body);
    QFETCH(bool, authenticated);
    QFETCH(int, status);
    QFETCH(QString, error);
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    if (!contentEncoding.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Encoding"), contentEncoding));
    if (authenticated)
        headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + a.bearer.toLatin1()));
    const HttpReply r = call(method, path, body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(u"error"_s).toString(), error);
    QVERIFY(!o.value(u"message"_s).toString().isEmpty());
    if (status == 405)
        QVERIFY(!r.header("Allow").isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM changes"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM batches"_s), 0);
    // And the API keeps answering.
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
}

void TestHqApi::gzipAnswers_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<bool>("gzipped");
    QTest::newRow("gzip") << QByteArray("gzip") << true;
    QTest::newRow("list") << QByteArray("deflate, gzip;q=0.5, br") << true;
    QTest::newRow("upper case") << QByteArray("GZIP") << true;
    QTest::newRow("anything") << QByteArray("*") << true;
    QTest::newRow("gzip refused") << QByteArray("gzip;q=0") << false;
    QTest::newRow("deflate only") << QByteArray("deflate") << false;
    QTest::newRow("no header") << QByteArray() << false;
}

void TestHqApi::gzipAnswers()
{
    QFETCH(QByteArray, accept);
    QFETCH(bool, gzipped);
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    CHECKED(
        results(push(a, {change(newId(), u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart))})))
    HttpHeaders headers = jsonHeaders(a.bearer);
    if (!accept.isEmpty())
        headers.append(qMakePair(QByteArray("Accept-Encoding"), accept));
    for (const QString& path : {u"/v1/pull"_s, u"/v2/nothing"_s}) {
        const HttpReply r = call("GET", path, {}, headers);
        QCOMPARE(r.header("Content-Encoding"), gzipped ? QByteArray("gzip") : QByteArray());
        const QByteArray plain = gzipped ? protocol::gunzip(r.body).value_or(QByteArray()) : r.body;
        QVERIFY(QJsonDocument::fromJson(plain).isObject());
    }
}

void TestHqApi::twoConnectionsShareOneCounter()
{
    // Two stores on one database (as two server processes would be): one seq series.
    auto second = HqDatabase::open(m_url);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
    HqStore store2(**second, m_forms, m_clock);
    HqApi api2(store2);
    CHECKED(const Dev a = enrol(u"Mobile A"_s, {u"BLZ"_s}))
    CHECKED(const Dev b = enrol(u"Mobile B"_s, {u"BLZ"_s}))
    std::int64_t last = 0;
    for (int round = 0; round < 6; ++round) {
        const Dev& d = round % 2 ? a : b;
        const QJsonObject body{{u"batch_id"_s, batchId()},
                               {u"changes"_s, QJsonArray{change(newId(), u"person"_s, u"given_name"_s, u"X"_s,
                                                                stamp(d.id, kStart + round)),
                                                         change(newId(), u"person"_s, u"given_name"_s, u"Y"_s,
                                                                stamp(d.id, kStart + round, 1))}}};
        HttpRequest req;
        req.method = "POST";
        req.path = u"/v1/push"_s;
        req.headers = jsonHeaders(d.bearer);
        req.body = compact(body);
        req.peer = u"10.0.0.1"_s;
        const HttpReply r = round % 3 ? m_api->handle(req) : api2.handle(req);
        CHECKED(auto res = results(r))
        for (const auto& x : res) {
            QCOMPARE(x.seq, last + 1);
            last = x.seq;
        }
    }
    // Devices enrolled through one are known to the other.
    HttpRequest pull;
    pull.method = "GET";
    pull.path = u"/v1/pull"_s;
    pull.headers = jsonHeaders(a.bearer);
    const HttpReply viaSecond = api2.handle(pull);
    QCOMPARE(viaSecond.status, 200);
    QCOMPARE(protocol::PullResponse::fromJson(jsonOf(viaSecond))->changes.size(), 12);
}

void TestHqApi::databaseConnectionLost()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    if (isPostgres()) {
        // What a PostgreSQL restart does to the server's session.
        const QString error = adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = 'hq_test_api' AND pid <> pg_backend_pid()"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        m_db->connection().close();
    }
    // The request that finds the connection gone gets a 503 (the device retries later) ...
    const HttpReply lost =
        push(a, {change(newId(), u"person"_s, u"given_name"_s, u"A"_s, stamp(a.id, kStart))});
    QCOMPARE(lost.status, 503);
    QCOMPARE(jsonOf(lost).value(u"error"_s).toString(), u"unavailable"_s);
    QVERIFY(lost.header("Retry-After").toInt() > 0);
    // ... and the server has connected again for the next one.
    CHECKED(auto r = results(
                push(a, {change(newId(), u"person"_s, u"given_name"_s, u"B"_s, stamp(a.id, kStart + 1))})))
    QCOMPARE(r.at(0).seq, 1);
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
}

void TestHqApi::databaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("code"); // -1: opens
    QTest::newRow("in-memory SQLite") << u"sqlite::memory:"_s << -1;
    QTest::newRow("no scheme") << u"/var/lib/hq.db"_s << int(Error::Code::Invalid);
    QTest::newRow("other engine") << u"mysql://root@localhost/hq"_s << int(Error::Code::Invalid);
    QTest::newRow("SQLite without a path") << u"sqlite:"_s << int(Error::Code::Invalid);
    QTest::newRow("SQLite in a missing folder")
        << u"sqlite:/nonexistent/folder/hq.db"_s << int(Error::Code::Io);
    QTest::newRow("PostgreSQL without a database")
        << u"postgresql://prihvat@127.0.0.1:5432"_s << int(Error::Code::Invalid);
    QTest::newRow("PostgreSQL with an unknown option")
        << u"postgresql://prihvat@127.0.0.1:5432/hq?options=-c%20x"_s << int(Error::Code::Invalid);
    QTest::newRow("PostgreSQL nobody listens on")
        << u"postgresql://prihvat@127.0.0.1:1/hq?connect_timeout=2"_s << int(Error::Code::Io);
}

void TestHqApi::databaseUrls()
{
    QFETCH(QString, url);
    QFETCH(int, code);
    auto db = HqDatabase::open(url);
    if (code < 0) {
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), HqDatabase::kSchemaVersion);
        return;
    }
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().code), code);
    QVERIFY(!db.error().message.isEmpty());
}

void TestHqApi::hostileInputNeverCrashes()
{
    // A small, fixed-seed stand-in for the libFuzzer target: mutated requests of every kind.
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BLZ"_s}))
    QRandomGenerator random(4711);
    const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "UNKNOWN", "", "G\0T"};
    const QList<QString> paths{u"/v1/push"_s,       u"/v1/pull"_s,       u"/v1/enroll"_s, u"/v1/health"_s,
                               u"/v1/../v1/push"_s, u"/v1/pu\u202Esh"_s, QString(),       u"//"_s};
    const QJsonObject valid{
        {u"batch_id"_s, batchId()},
        {u"changes"_s,
         QJsonArray{change(newId(), u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.id, kStart)),
                    change(newId(), u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(a.id, kStart, 1))}}};
    const QByteArray seed = compact(valid);
    const QSet<int> allowed{200, 400, 401, 404, 405, 409, 413, 415, 429};
    for (int i = 0; i < 400; ++i) {
        QByteArray body = seed;
        const int edits = static_cast<int>(random.bounded(1, 8));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const auto pos = static_cast<qsizetype>(random.bounded(static_cast<quint32>(body.size())));
            switch (random.bounded(4)) {
            case 0:
                body[pos] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                body.truncate(pos);
                break;
            case 2:
                body.insert(pos, body.mid(pos / 2, 40));
                break;
            default:
                body.remove(pos, 3);
            }
        }
        HttpRequest r;
        r.method = random.bounded(4) ? (random.bounded(2) ? QByteArray("POST") : QByteArray("GET"))
                                     : methods.at(random.bounded(methods.size()));
        r.path = random.bounded(4) ? u"/v1/push"_s : paths.at(random.bounded(paths.size()));
        r.query = random.bounded(3) ? QString() : QString::fromLatin1(body.left(30));
        r.peer = u"192.0.2.%1"_s.arg(random.bounded(255));
        const bool gz = random.bounded(3) == 0;
        r.body = gz ? (random.bounded(2) ? protocol::gzip(body) : protocol::gzip(body).left(body.size() / 2))
                    : body;
        r.headers = jsonHeaders(random.bounded(5) ? a.bearer : QString::fromLatin1(body.left(20)), gz);
        if (random.bounded(6) == 0)
            r.headers.append(qMakePair(QByteArray("Content-Type"), body.left(12)));
        const HttpReply reply = m_api->handle(r);
        QVERIFY2(allowed.contains(reply.status), qPrintable(u"status %1"_s.arg(reply.status)));
        QVERIFY(QJsonDocument::fromJson(reply.body).isObject());
    }
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestHqApi)
#include "test_hq_api.moc"
