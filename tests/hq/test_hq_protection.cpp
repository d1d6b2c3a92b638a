// Headquarters' protections of issue 5, against SQLite or PostgreSQL (PRIHVAT_TEST_DB; ctest
// runs both): need-to-know for protection-sensitive fields on pull and push, the revoked
// answer, the throttle on refused credentials, the hash-chained audit trail (every
// event written, an edited or deleted entry found, also by `prihvat-hq audit verify`), and
// who may write a person (a device of another site renaming or deleting a person).
#include "HqTestSupport.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqAudit.h"
#include "hq/HqDatabase.h"
#include "hq/HqStore.h"
#include "sync/Protocol.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;
using namespace prihvat::hqtest;

namespace {

constexpr std::int64_t kStart = 1'750'000'000'000; // 2025-06-15
const QString kNote = u"Lives with an uncle; referred to child protection"_s;

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

bool hasField(const protocol::PullResponse& page, const QString& field)
{
    for (const auto& c : page.changes)
        if (c.field == field)
            return true;
    for (const auto& c : page.conflicts)
        if (c.field == field)
            return true;
    return false;
}

} // namespace

class TestHqProtection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { dropDatabase(u"hq_test_protection"_s); }

    void pullLeavesOutProtectionFields_data();
    void pullLeavesOutProtectionFields();
    void pushOfProtectionFieldRefused_data();
    void pushOfProtectionFieldRefused();
    void revokedIsToldApart();
    void refusedCredentialsThrottled();
    void auditRecordsEveryEvent();
    void auditEntriesCannotBeChangedInPlace();
    void auditEditDetected();
    void auditDeleteDetected_data();
    void auditDeleteDetected();
    void auditOneChainAcrossConnections();
    void auditCommands();
    void deviceAuditRewriteIsReported();

    void personWrittenOnlyWithinScope_data();
    void personWrittenOnlyWithinScope();
    void personMetElsewhereMayBeWritten();
    void newPersonNeedsACoveredSite();
    void personSiteCannotBeCleared();
    void everyDeviceStillReceivesEveryPerson();

private:
    HttpReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const HttpHeaders& headers = {}, const QString& query = {},
                   const QString& peer = u"10.1.1.1"_s);
    Dev enrol(const QString& name, const QStringList& sites, const QString& role = u"mobile"_s);
    HttpReply push(const Dev& d, const QJsonArray& changes, const QJsonObject& extra = {});
    QList<protocol::PushResult> results(const HttpReply& reply);
    protocol::PullResponse pullAll(const Dev& d);
    QList<HqAuditEntry> auditEntries();
    // A person registered at `site` by `d`: given name, registration site; answers its base.
    std::int64_t registerPerson(const Dev& d, const QString& person, const QString& site,
                                const QString& name);
    QString storedValue(const QString& record, const QString& field);
    int deletedFlag(const QString& record);
    QString newId() { return Uuid7::generate(m_clock); }
    // Lets the test edit the trail as someone who owns the database could.
    void dropAuditTriggers();

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

void TestHqProtection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), qPrintable(forms ? QString() : forms.error().fullText()));
    m_forms = *forms;
    // The fixture: guardian_note is the protection-sensitive field used below.
    const FieldDefinition* note = m_forms->form(u"person"_s)->field(u"guardian_note"_s);
    QVERIFY(note);
    QCOMPARE(note->sensitivity, Sensitivity::Protection);
    if (isPostgres())
        QVERIFY2(!clusterUrl().isEmpty(), "PRIHVAT_TEST_PG_URL is not set: run through ctest");
    qInfo("engine: %s", qPrintable(engine()));
}

void TestHqProtection::init()
{
    m_clock.set(kStart);
    QString error;
    m_url = freshDatabase(m_dir, u"hq_test_protection"_s, u"protection_%1"_s.arg(++m_round), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), HqDatabase::kSchemaVersion);
    m_store = std::make_unique<HqStore>(*m_db, m_forms, m_clock);
    m_store->setOperator(u"amira"_s);
    m_api = std::make_unique<HqApi>(*m_store);
}

void TestHqProtection::cleanup()
{
    m_api.reset();
    m_store.reset();
    m_db.reset();
}

HttpReply TestHqProtection::call(const QByteArray& method, const QString& path, const QByteArray& body,
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

Dev TestHqProtection::enrol(const QString& name, const QStringList& sites, const QString& role)
{
    auto added = m_store->addDevice(name, sites, role);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    const HttpReply r =
        call("POST", u"/v1/enroll"_s, compact({{u"code"_s, added->code}}), jsonHeaders(), {}, u"10.9.9.9"_s);
    if (r.status != 200) {
        QTest::qFail(r.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject o = jsonOf(r);
    return {o.value(u"device_id"_s).toString(),
            o.value(u"device_id"_s).toString() + u'.' + o.value(u"token"_s).toString()};
}

HttpReply TestHqProtection::push(const Dev& d, const QJsonArray& changes, const QJsonObject& extra)
{
    QJsonObject body{{u"batch_id"_s, newId()}, {u"changes"_s, changes}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return call("POST", u"/v1/push"_s, compact(body), jsonHeaders(d.bearer));
}

QList<protocol::PushResult> TestHqProtection::results(const HttpReply& reply)
{
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

protocol::PullResponse TestHqProtection::pullAll(const Dev& d)
{
    protocol::PullResponse all;
    for (int guard = 0; guard < 100; ++guard) {
        // Small pages: the filter must keep paging and the cursor right.
        const HttpReply r =
            call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), u"after=%1&limit=2"_s.arg(all.next));
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

QList<HqAuditEntry> TestHqProtection::auditEntries()
{
    auto entries = m_store->audit().entries(100000);
    if (!entries) {
        QTest::qFail(qPrintable(entries.error().message), __FILE__, __LINE__);
        return {};
    }
    QList<HqAuditEntry> oldestFirst(entries->crbegin(), entries->crend());
    return oldestFirst;
}

void TestHqProtection::dropAuditTriggers()
{
    const QStringList statements =
        isPostgres() ? QStringList{u"ALTER TABLE audit DISABLE TRIGGER audit_frozen"_s}
                     : QStringList{u"DROP TRIGGER audit_no_update"_s, u"DROP TRIGGER audit_no_delete"_s};
    for (const QString& sql : statements) {
        QSqlQuery q(m_db->connection()); // not prepared: PostgreSQL cannot prepare DDL
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
}

// ---- need-to-know -------------------------------------------------------------------------

void TestHqProtection::pullLeavesOutProtectionFields_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("sees");
    QTest::newRow("mobile") << u"mobile"_s << false;
    QTest::newRow("desk") << u"desk"_s << false;
    QTest::newRow("hq") << u"hq"_s << false;
    QTest::newRow("protection") << u"protection"_s << true;
}

void TestHqProtection::pullLeavesOutProtectionFields()
{
    QFETCH(QString, role);
    QFETCH(bool, sees);
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev officer2 = enrol(u"Officer 2"_s, {u"BHC"_s}, u"protection"_s))
    CHECKED(const Dev reader =
                enrol(u"Reader"_s, role == u"hq"_s ? QStringList{} : QStringList{u"BHC"_s}, role))
    const QString person = newId();
    CHECKED(auto a = results(push(mobile, {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s,
                                                  stamp(mobile.id, kStart))})))
    QCOMPARE(a.at(0).status, protocol::PushResult::Status::Accepted);
    CHECKED(auto b = results(push(officer, {change(person, u"person"_s, u"guardian_note"_s, kNote,
                                                   stamp(officer.id, kStart + 1), a.at(0).seq)})))
    QCOMPARE(b.at(0).status, protocol::PushResult::Status::Accepted);
    // A concurrent edit of the note by another officer: a conflict entry on a protection field.
    CHECKED(auto c = results(push(officer2, {change(person, u"person"_s, u"guardian_note"_s, u"Other note"_s,
                                                    stamp(officer2.id, kStart + 2), a.at(0).seq)})))
    QCOMPARE(c.at(0).status, protocol::PushResult::Status::Conflict);
    CHECKED(auto d = results(push(mobile, {change(person, u"person"_s, u"family_name"_s, u"Karimi"_s,
                                                  stamp(mobile.id, kStart + 3))})))
    QCOMPARE(d.at(0).status, protocol::PushResult::Status::Accepted);

    CHECKED(const protocol::PullResponse page = pullAll(reader))
    QVERIFY(hasField(page, u"given_name"_s));
    QVERIFY(hasField(page, u"family_name"_s)); // paging went on past the hidden changes
    QCOMPARE(hasField(page, u"guardian_note"_s), sees);
    QCOMPARE(page.changes.size(), sees ? 4 : 2);
    QCOMPARE(page.conflicts.size(), sees ? 1 : 0);
    QCOMPARE(page.next, 4);
    // Nothing of the note in any byte a non-protection device received.
    const HttpReply raw = call("GET", u"/v1/pull"_s, {}, jsonHeaders(reader.bearer), u"after=0&limit=100"_s);
    QCOMPARE(raw.body.contains(kNote.toUtf8()), sees);
    QCOMPARE(raw.body.contains("Other note"), sees);
}

void TestHqProtection::pushOfProtectionFieldRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("mobile") << u"mobile"_s << false;
    QTest::newRow("desk") << u"desk"_s << false;
    QTest::newRow("hq") << u"hq"_s << false;
    QTest::newRow("protection") << u"protection"_s << true;
}

void TestHqProtection::pushOfProtectionFieldRefused()
{
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    CHECKED(const Dev d = enrol(u"Device"_s, role == u"hq"_s ? QStringList{} : QStringList{u"BHC"_s}, role))
    const QString person = newId();
    CHECKED(auto r = results(push(
                d, {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(d.id, kStart)),
                    change(person, u"person"_s, u"guardian_note"_s, kNote, stamp(d.id, kStart, 1)),
                    change(person, u"person"_s, u"guardian_note"_s, QJsonValue(), stamp(d.id, kStart, 2))})))
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).status, protocol::PushResult::Status::Accepted);
    for (int i : {1, 2}) {
        if (allowed) {
            QCOMPARE(r.at(i).status, protocol::PushResult::Status::Accepted);
        } else {
            QCOMPARE(r.at(i).status, protocol::PushResult::Status::Rejected);
            QVERIFY2(r.at(i).reason.contains(u"protection-sensitive"_s), qPrintable(r.at(i).reason));
            QVERIFY(r.at(i).reason.contains(u"guardian_note"_s));
        }
    }
    auto q = m_db->run(u"SELECT count(*) FROM changes WHERE field = 'guardian_note'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), allowed ? 2 : 0);
}

// ---- revocation and refused credentials ---------------------------------------------------

void TestHqProtection::revokedIsToldApart()
{
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    QVERIFY(m_store->revoke(d.id).ok());
    const HttpReply own = call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer));
    QCOMPARE(own.status, 401);
    QCOMPARE(jsonOf(own).value(u"error"_s).toString(), QString::fromLatin1(protocol::kRevokedError));
    // The same device id with a wrong token learns nothing: "unauthorized", as for anyone.
    const HttpReply guess =
        call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.id + u".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s));
    QCOMPARE(guess.status, 401);
    QCOMPARE(jsonOf(guess).value(u"error"_s).toString(), u"unauthorized"_s);
    auto stored = m_store->authenticate(d.bearer);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::Revoked);
}

void TestHqProtection::refusedCredentialsThrottled()
{
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    const QString attacker = u"203.0.113.9"_s;
    const QString wrong = d.id + u".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(wrong), {}, attacker).status, 401);
    const HttpReply r = call("GET", u"/v1/pull"_s, {}, jsonHeaders(wrong), {}, attacker);
    QCOMPARE(r.status, 429);
    QCOMPARE(jsonOf(r).value(u"error"_s).toString(), u"too_many_requests"_s);
    const int retry = r.header("Retry-After").toInt();
    QVERIFY2(retry >= 1 && retry <= 600, r.header("Retry-After").constData());
    // The right credential of that device id waits at that address; other addresses are served.
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), {}, attacker).status, 429);
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), {}, u"198.51.100.3"_s).status, 200);
    // Another device behind the same address (a centre's one uplink) is never held back.
    CHECKED(const Dev neighbour = enrol(u"Mobile 2"_s, {u"BHC"_s}))
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(neighbour.bearer), {}, attacker).status, 200);
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(wrong), {}, u"198.51.100.3"_s).status, 401);
    // A missing credential counts too, per address, with room for a whole centre.
    for (int i = 0; i < HqApi::kMaxRefusalsPerAddress; ++i)
        QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(), {}, u"192.0.2.77"_s).status, 401);
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(), {}, u"192.0.2.77"_s).status, 429);
    // Once the window has passed the address is served again.
    m_clock.advance(retry * 1000LL + 1);
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(d.bearer), {}, attacker).status, 200);
}

// ---- audit trail --------------------------------------------------------------------------

void TestHqProtection::auditRecordsEveryEvent()
{
    CHECKED(const Dev mobile = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev officer = enrol(u"Officer"_s, {u"BHC"_s}, u"protection"_s))
    const QString person = newId();
    const QString laptopHash = QString(64, u'a');
    const QString batch = newId();
    const QJsonObject body{{u"batch_id"_s, batch},
                           {u"changes"_s, QJsonArray{change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s,
                                                            stamp(mobile.id, kStart))}},
                           {u"audit_head"_s, QJsonObject{{u"seq"_s, 17}, {u"hash"_s, laptopHash}}}};
    QCOMPARE(call("POST", u"/v1/push"_s, compact(body), jsonHeaders(mobile.bearer)).status, 200);
    CHECKED(auto b = results(push(officer, {change(person, u"person"_s, u"guardian_note"_s, kNote,
                                                   stamp(officer.id, kStart + 1), 0),
                                            change(person, u"person"_s, u"given_name"_s, u"Ahmed"_s,
                                                   stamp(officer.id, kStart + 2), 0)})))
    QCOMPARE(b.at(1).status, protocol::PushResult::Status::Conflict);
    CHECKED(pullAll(officer))
    CHECKED(pullAll(mobile))
    QCOMPARE(call("GET", u"/v1/pull"_s, {}, jsonHeaders(u"nobody.nothing"_s), {}, u"203.0.113.50"_s).status,
             401);
    QCOMPARE(call("POST", u"/v1/enroll"_s, compact({{u"code"_s, u"AAAAA-AAAAA-AAAAA-AAAAA"_s}}),
                  jsonHeaders(), {}, u"203.0.113.51"_s)
                 .status,
             401);
    QVERIFY(m_store->revoke(mobile.id).ok());

    CHECKED(const QList<HqAuditEntry> entries = auditEntries())
    const auto find = [&](const QString& kind, const QString& actor) -> const HqAuditEntry* {
        for (const HqAuditEntry& e : entries)
            if (e.kind == kind && (actor.isEmpty() || e.actor == actor))
                return &e;
        return nullptr;
    };
    const auto count = [&](const QString& kind) {
        return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                              [&](const HqAuditEntry& e) { return e.kind == kind; }));
    };
    QCOMPARE(count(u"device_add"_s), 2);
    QCOMPARE(find(u"device_add"_s, {})->actor, u"operator:amira"_s);
    QCOMPARE(count(u"enrol"_s), 2);
    QVERIFY(find(u"enrol"_s, HqAudit::deviceActor(mobile.id)));
    QCOMPARE(count(u"push"_s), 2);
    const HqAuditEntry* pushed = find(u"push"_s, HqAudit::deviceActor(mobile.id));
    QVERIFY(pushed);
    const QJsonObject detail = QJsonDocument::fromJson(pushed->detail.toUtf8()).object();
    QCOMPARE(detail.value(u"batch"_s).toString(), batch);
    QCOMPARE(detail.value(u"accepted"_s).toInt(), 1);
    // The laptop's audit head, anchored in headquarters' chain.
    QCOMPARE(detail.value(u"device_audit"_s).toObject().value(u"seq"_s).toInt(), 17);
    QCOMPARE(detail.value(u"device_audit"_s).toObject().value(u"hash"_s).toString(), laptopHash);
    const HqAuditEntry* conflict = find(u"conflict"_s, HqAudit::deviceActor(officer.id));
    QVERIFY(conflict);
    QCOMPARE(conflict->recordId, person);
    QCOMPARE(QJsonDocument::fromJson(conflict->detail.toUtf8()).object().value(u"conflict"_s).toString(),
             b.at(1).conflictId);
    QVERIFY(find(u"pull"_s, HqAudit::deviceActor(officer.id)));
    QVERIFY(find(u"pull"_s, HqAudit::deviceActor(mobile.id)));
    // Protection fields were handed to the officer, by record id; never to the mobile team.
    const HqAuditEntry* delivered = find(u"protection_delivered"_s, {});
    QVERIFY(delivered);
    QCOMPARE(delivered->actor, HqAudit::deviceActor(officer.id));
    QCOMPARE(delivered->recordId, person);
    QCOMPARE(count(u"protection_delivered"_s), 1);
    QCOMPARE(count(u"auth_failed"_s), 2);
    const HqAuditEntry* failed = find(u"auth_failed"_s, u"address:203.0.113.50"_s);
    QVERIFY(failed);
    QVERIFY(failed->detail.contains(u"unauthorized"_s));
    const HqAuditEntry* wrongCode = find(u"auth_failed"_s, u"address:203.0.113.51"_s);
    QVERIFY(wrongCode);
    QVERIFY(wrongCode->detail.contains(u"enrolment_refused"_s));
    QVERIFY(!wrongCode->detail.contains(u"AAAAA"_s)); // never the code
    const HqAuditEntry* revoked = find(u"device_revoke"_s, {});
    QVERIFY(revoked);
    QCOMPARE(revoked->actor, u"operator:amira"_s);
    QVERIFY(revoked->detail.contains(mobile.id));
    // Never content.
    for (const HqAuditEntry& e : entries) {
        QVERIFY2(!e.detail.contains(u"Ahmad"_s) && !e.detail.contains(u"Ahmed"_s) &&
                     !e.detail.contains(kNote),
                 qPrintable(e.detail));
        QVERIFY(!e.detail.contains(mobile.bearer.mid(37)));
    }
    // Seqs 1..n, each chained to the one before, and the chain verifies.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).seq, i + 1);
        QCOMPARE(entries.at(i).prevHash, i == 0 ? HqAudit::zeroHash() : entries.at(i - 1).hash);
    }
    std::int64_t n = 0;
    auto verified = m_store->audit().verify(&n);
    QVERIFY(verified.ok());
    QVERIFY2(!*verified, qPrintable(verified->has_value() ? (*verified)->message : QString()));
    QCOMPARE(n, entries.size());
}

void TestHqProtection::auditEntriesCannotBeChangedInPlace()
{
    CHECKED(enrol(u"Mobile"_s, {u"BHC"_s}))
    QVERIFY(!m_db->run(u"UPDATE audit SET detail = NULL WHERE seq = 1"_s).ok());
    QVERIFY(!m_db->run(u"DELETE FROM audit WHERE seq = 2"_s).ok());
    auto verified = m_store->audit().verify();
    QVERIFY(verified.ok());
    QVERIFY(!*verified);
}

void TestHqProtection::auditEditDetected()
{
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(pullAll(d))
    CHECKED(pullAll(d))
    CHECKED(dropAuditTriggers())
    // Entry 3 is the first pull: someone makes it look like another device's.
    QVERIFY(m_db->run(u"UPDATE audit SET actor = 'device:someone-else' WHERE seq = 3"_s).ok());
    auto verified = m_store->audit().verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->has_value());
    QCOMPARE((*verified)->seq, 3);
    QVERIFY2((*verified)->message.contains(u"changed"_s), qPrintable((*verified)->message));
}

void TestHqProtection::auditDeleteDetected_data()
{
    QTest::addColumn<int>("deleted");
    QTest::newRow("an entry in the middle") << 2;
    QTest::newRow("the last entry") << 4;
}

void TestHqProtection::auditDeleteDetected()
{
    QFETCH(int, deleted);
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(pullAll(d))
    CHECKED(pullAll(d))
    QCOMPARE(auditEntries().size(), 4);
    CHECKED(dropAuditTriggers())
    QVERIFY(m_db->run(u"DELETE FROM audit WHERE seq = ?"_s, {deleted}).ok());
    auto verified = m_store->audit().verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->has_value());
    QCOMPARE((*verified)->seq, deleted);
    QVERIFY2((*verified)->message.contains(u"missing"_s), qPrintable((*verified)->message));
}

void TestHqProtection::auditOneChainAcrossConnections()
{
    // Two servers on one database (two connections, as two processes have): their entries
    // interleave in one linear chain.
    auto second = HqDatabase::open(m_url);
    QVERIFY(second.ok());
    HqStore other(**second, m_forms, m_clock);
    for (int i = 0; i < 20; ++i) {
        HqAudit& audit = i % 2 ? other.audit() : m_store->audit();
        QVERIFY(
            audit.append({HqAudit::operatorActor(u"test"_s), u"pull"_s, QString(), QString::number(i)}).ok());
    }
    CHECKED(const QList<HqAuditEntry> entries = auditEntries())
    QCOMPARE(entries.size(), 20);
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).detail, QString::number(i));
    auto verified = other.audit().verify();
    QVERIFY(verified.ok());
    QVERIFY(!*verified);
}

void TestHqProtection::auditCommands()
{
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(pullAll(d))
    const auto run = [&](const QStringList& args, QString* out, QString* err) {
        QProcess p;
        p.start(QStringLiteral(PRIHVAT_HQ_BINARY), args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({u"audit"_s, u"verify"_s, u"--db"_s, m_url}, &out, &err), 0);
    QVERIFY2(out.contains(u"intact: 3 entries"_s), qPrintable(out + err));
    QCOMPARE(run({u"audit"_s, u"list"_s, u"--db"_s, m_url, u"--limit"_s, u"2"_s}, &out, &err), 0);
    QVERIFY2(out.contains(u"pull"_s) && out.contains(u"enrol"_s) && !out.contains(u"device_add"_s),
             qPrintable(out));
    CHECKED(dropAuditTriggers())
    QVERIFY(m_db->run(u"UPDATE audit SET detail = '{}' WHERE seq = 1"_s).ok());
    QCOMPARE(run({u"audit"_s, u"verify"_s, u"--db"_s, m_url}, &out, &err), 1);
    QVERIFY2(err.contains(u"entry 1"_s), qPrintable(err));
    QCOMPARE(run({u"audit"_s, u"verify"_s, u"--db"_s, m_url, u"--limit"_s, u"3"_s}, &out, &err), 2);
}

// ---- who may write a person ---------------------------------------------------------------

std::int64_t TestHqProtection::registerPerson(const Dev& d, const QString& person, const QString& site,
                                              const QString& name)
{
    const auto r = results(push(
        d, {change(person, u"person"_s, u"given_name"_s, name, stamp(d.id, m_clock.nowMs())),
            change(person, u"person"_s, u"registration_site"_s, site, stamp(d.id, m_clock.nowMs(), 1))}));
    if (r.size() != 2 || r.at(1).status != protocol::PushResult::Status::Accepted) {
        QTest::qFail("registering the person was not accepted", __FILE__, __LINE__);
        return 0;
    }
    m_clock.advance(1000);
    return r.at(1).seq;
}

QString TestHqProtection::storedValue(const QString& record, const QString& field)
{
    auto q = m_db->run(u"SELECT value FROM fields WHERE record_id = ? AND field = ?"_s, {record, field});
    return q && q->next() ? q->value(0).toString() : QString();
}

int TestHqProtection::deletedFlag(const QString& record)
{
    auto q = m_db->run(u"SELECT deleted FROM records WHERE id = ?"_s, {record});
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestHqProtection::personWrittenOnlyWithinScope_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("sites");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("mobile of another site") << u"mobile"_s << QStringList{u"BLZ"_s} << false;
    QTest::newRow("desk of another site") << u"desk"_s << QStringList{u"BLZ"_s, u"LIP"_s} << false;
    QTest::newRow("protection of another site") << u"protection"_s << QStringList{u"BLZ"_s} << false;
    QTest::newRow("desk of the person's site") << u"desk"_s << QStringList{u"BLZ"_s, u"USI"_s} << true;
    QTest::newRow("hq") << u"hq"_s << QStringList{} << true;
}

// The attack: a laptop enrolled for Blažuj renames and deletes a person registered at
// Ušivak. Headquarters refuses both, per change and with the reason; the person at
// headquarters, and what the Ušivak laptop pulls, stay as they were.
void TestHqProtection::personWrittenOnlyWithinScope()
{
    QFETCH(QString, role);
    QFETCH(QStringList, sites);
    QFETCH(bool, allowed);
    CHECKED(const Dev usi = enrol(u"Mobile Ušivak"_s, {u"USI"_s}))
    CHECKED(const Dev other = enrol(u"Other"_s, sites, role))
    const QString person = newId();
    CHECKED(const std::int64_t base = registerPerson(usi, person, u"USI"_s, u"Ahmad"_s))

    CHECKED(auto r = results(push(other, {change(person, u"person"_s, u"given_name"_s, u"Nobody"_s,
                                                 stamp(other.id, m_clock.nowMs()), base),
                                          change(person, u"person"_s, u"_deleted"_s, true,
                                                 stamp(other.id, m_clock.nowMs(), 1), base)})))
    QCOMPARE(r.size(), 2);
    for (const protocol::PushResult& x : r) {
        if (allowed) {
            QVERIFY2(x.status == protocol::PushResult::Status::Accepted, qPrintable(x.reason));
        } else {
            QCOMPARE(x.status, protocol::PushResult::Status::Rejected);
            QVERIFY2(x.reason.startsWith(u"person_out_of_scope:"_s), qPrintable(x.reason));
            QVERIFY(x.reason.contains(u"USI"_s));
        }
    }
    QCOMPARE(storedValue(person, u"given_name"_s), allowed ? u"\"Nobody\""_s : u"\"Ahmad\""_s);
    QCOMPARE(deletedFlag(person), allowed ? 1 : 0);
    auto q = m_db->run(u"SELECT count(*) FROM changes WHERE device_id = ?"_s, {other.id});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), allowed ? 2 : 0);
    // The Ušivak laptop pulls nothing of it.
    CHECKED(const protocol::PullResponse page = pullAll(usi))
    const auto fromOther =
        std::count_if(page.changes.cbegin(), page.changes.cend(), [&](const auto& c) { return c.device == other.id; });
    QCOMPARE(fromOther, allowed ? 2 : 0);
    // The refusals are counted in the audit entry of that push.
    CHECKED(const QList<HqAuditEntry> entries = auditEntries())
    QJsonObject lastPush;
    for (const HqAuditEntry& e : entries)
        if (e.kind == QString::fromUtf16(HqAudit::kPush))
            lastPush = QJsonDocument::fromJson(e.detail.toUtf8()).object();
    QCOMPARE(lastPush.value(u"rejected"_s).toInt(), allowed ? 0 : 2);
}

// A device that has met the person (headquarters holds a record of another form about
// them at one of its sites, from an earlier batch or from the same one) may write them.
void TestHqProtection::personMetElsewhereMayBeWritten()
{
    CHECKED(const Dev usi = enrol(u"Mobile Ušivak"_s, {u"USI"_s}))
    CHECKED(const Dev blz = enrol(u"Mobile Blažuj"_s, {u"BLZ"_s}))
    const QString met = newId();
    const QString metInBatch = newId();
    const QString metElsewhere = newId();
    CHECKED(const std::int64_t base1 = registerPerson(usi, met, u"USI"_s, u"Ahmad"_s))
    CHECKED(const std::int64_t base2 = registerPerson(usi, metInBatch, u"USI"_s, u"Samira"_s))
    CHECKED(const std::int64_t base3 = registerPerson(usi, metElsewhere, u"USI"_s, u"Omid"_s))
    const std::int64_t t = m_clock.nowMs();
    // An assistance at Blažuj for the first person; one at Ušivak (not Blažuj's) for the third.
    const QString atBlazuj = newId();
    CHECKED(auto a = results(
                push(blz, {change(atBlazuj, u"assistance"_s, u"site"_s, u"BLZ"_s, stamp(blz.id, t)),
                           change(atBlazuj, u"assistance"_s, u"person_id"_s, met, stamp(blz.id, t, 1))})))
    QCOMPARE(a.at(1).status, protocol::PushResult::Status::Accepted);
    const QString atUsivak = newId();
    CHECKED(auto u = results(push(
                usi, {change(atUsivak, u"assistance"_s, u"site"_s, u"USI"_s, stamp(usi.id, t)),
                      change(atUsivak, u"assistance"_s, u"person_id"_s, metElsewhere, stamp(usi.id, t, 1))})))
    QCOMPARE(u.at(1).status, protocol::PushResult::Status::Accepted);

    const QString screening = newId();
    CHECKED(auto r = results(push(
                blz, {change(met, u"person"_s, u"phone"_s, u"+38761000000"_s, stamp(blz.id, t + 1), base1),
                      // Met in this very batch: the screening comes after the edit it allows.
                      change(metInBatch, u"person"_s, u"phone"_s, u"+38762000000"_s, stamp(blz.id, t + 1, 1),
                             base2),
                      change(screening, u"screening"_s, u"person_id"_s, metInBatch, stamp(blz.id, t + 1, 2)),
                      change(screening, u"screening"_s, u"site"_s, u"BLZ"_s, stamp(blz.id, t + 1, 3)),
                      change(metElsewhere, u"person"_s, u"phone"_s, u"+38763000000"_s,
                             stamp(blz.id, t + 1, 4), base3)})))
    QCOMPARE(r.size(), 5);
    QVERIFY2(r.at(0).status == protocol::PushResult::Status::Accepted, qPrintable(r.at(0).reason));
    QVERIFY2(r.at(1).status == protocol::PushResult::Status::Accepted, qPrintable(r.at(1).reason));
    QCOMPARE(r.at(2).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(r.at(4).status, protocol::PushResult::Status::Rejected);
    QVERIFY2(r.at(4).reason.startsWith(u"person_out_of_scope:"_s), qPrintable(r.at(4).reason));
    QCOMPARE(storedValue(met, u"phone"_s), u"\"+38761000000\""_s);
    QCOMPARE(storedValue(metElsewhere, u"phone"_s), QString());
}

// A new person is created by a device whose sites cover the registration site it is
// created with; otherwise every change of it is refused.
void TestHqProtection::newPersonNeedsACoveredSite()
{
    CHECKED(const Dev blz = enrol(u"Mobile Blažuj"_s, {u"BLZ"_s}))
    const QString outside = newId();
    const QString inside = newId();
    const std::int64_t t = m_clock.nowMs();
    CHECKED(auto r = results(push(
                blz, {change(outside, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(blz.id, t)),
                      change(outside, u"person"_s, u"registration_site"_s, u"USI"_s, stamp(blz.id, t, 1)),
                      change(inside, u"person"_s, u"given_name"_s, u"Samira"_s, stamp(blz.id, t, 2)),
                      change(inside, u"person"_s, u"registration_site"_s, u"BLZ"_s, stamp(blz.id, t, 3))})))
    QCOMPARE(r.size(), 4);
    for (int i : {0, 1}) {
        QCOMPARE(r.at(i).status, protocol::PushResult::Status::Rejected);
        QVERIFY2(r.at(i).reason.startsWith(u"person_site_outside:"_s), qPrintable(r.at(i).reason));
    }
    for (int i : {2, 3})
        QCOMPARE(r.at(i).status, protocol::PushResult::Status::Accepted);
    QCOMPARE(deletedFlag(outside), -1); // never stored
    QCOMPARE(storedValue(inside, u"registration_site"_s), u"\"BLZ\""_s);
}

// Clearing the registration site would leave a person nobody's: refused, even to hq.
void TestHqProtection::personSiteCannotBeCleared()
{
    CHECKED(const Dev usi = enrol(u"Mobile Ušivak"_s, {u"USI"_s}))
    CHECKED(const Dev hq = enrol(u"HQ"_s, {}, u"hq"_s))
    const QString person = newId();
    CHECKED(const std::int64_t base = registerPerson(usi, person, u"USI"_s, u"Ahmad"_s))
    for (const Dev& d : {usi, hq}) {
        CHECKED(auto r = results(push(d, {change(person, u"person"_s, u"registration_site"_s, QJsonValue(),
                                                 stamp(d.id, m_clock.nowMs()), base)})))
        QCOMPARE(r.at(0).status, protocol::PushResult::Status::Rejected);
        QVERIFY2(r.at(0).reason.startsWith(u"person_site_cleared:"_s), qPrintable(r.at(0).reason));
    }
    QCOMPARE(storedValue(person, u"registration_site"_s), u"\"USI\""_s);
}

// De-duplication needs every device to know people met elsewhere: persons still go to
// every device, whatever its sites (docs/SYNC.md), though only some may write them.
void TestHqProtection::everyDeviceStillReceivesEveryPerson()
{
    CHECKED(const Dev usi = enrol(u"Mobile Ušivak"_s, {u"USI"_s}))
    CHECKED(const Dev blz = enrol(u"Mobile Blažuj"_s, {u"BLZ"_s}))
    const QString person = newId();
    CHECKED(registerPerson(usi, person, u"USI"_s, u"Ahmad"_s))
    CHECKED(const protocol::PullResponse page = pullAll(blz))
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.at(0).recordId, person);
}

// A device's trail rewritten by someone who could also key it (a colleague with the data
// key): the laptop alone cannot tell, but the next push shows headquarters that the entry it
// recorded as the head of an earlier push has another hash now.
void TestHqProtection::deviceAuditRewriteIsReported()
{
    CHECKED(const Dev d = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(const Dev other = enrol(u"Other"_s, {u"BHC"_s}))
    const QString h5 = QString(64, u'5');
    const QString h9 = QString(64, u'9');
    const auto head = [](std::int64_t seq, const QString& hash) {
        return QJsonObject{{u"seq"_s, static_cast<double>(seq)}, {u"hash"_s, hash}};
    };
    const auto one = [&](const QString& value, std::int64_t ms) {
        return QJsonArray{change(newId(), u"person"_s, u"given_name"_s, value, stamp(d.id, ms))};
    };
    // Honest pushes: the anchor repeats the head headquarters recorded.
    QCOMPARE(push(d, one(u"A"_s, kStart), {{u"audit_head"_s, head(5, h5)}}).status, 200);
    QCOMPARE(
        push(d, one(u"B"_s, kStart + 1), {{u"audit_head"_s, head(9, h9)}, {u"audit_anchor"_s, head(5, h5)}})
            .status,
        200);
    QCOMPARE(push(other,
                  QJsonArray{change(newId(), u"person"_s, u"given_name"_s, u"O"_s, stamp(other.id, kStart))},
                  {{u"audit_head"_s, head(3, h5)}})
                 .status,
             200);
    // A device of a version from before anchors (heads only) is not held to one.
    QCOMPARE(
        push(other,
             QJsonArray{change(newId(), u"person"_s, u"given_name"_s, u"P"_s, stamp(other.id, kStart + 1))},
             {{u"audit_head"_s, head(6, h9)}})
            .status,
        200);
    auto clean = m_store->audit().divergences();
    QVERIFY(clean.ok() && clean->isEmpty());
    const auto run = [&](QString* out, QString* err) {
        QProcess p;
        p.start(QStringLiteral(PRIHVAT_HQ_BINARY), {u"audit"_s, u"verify"_s, u"--db"_s, m_url});
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run(&out, &err), 0);

    // The rewrite: entry 9 has another hash now. The push is taken; the divergence is kept.
    const QString rewritten = QString(64, u'e');
    QCOMPARE(push(d, one(u"C"_s, kStart + 2),
                  {{u"audit_head"_s, head(12, QString(64, u'c'))}, {u"audit_anchor"_s, head(9, rewritten)}})
                 .status,
             200);
    auto found = m_store->audit().divergences();
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().actor, HqAudit::deviceActor(d.id));
    const QJsonObject detail = QJsonDocument::fromJson(found->first().detail.toUtf8()).object();
    QCOMPARE(detail.value(u"problem"_s).toString(), u"rewritten"_s);
    QCOMPARE(detail.value(u"seq"_s).toInt(), 9);
    QCOMPARE(detail.value(u"recorded"_s).toString(), h9);
    QCOMPARE(detail.value(u"reported"_s).toString(), rewritten);
    // A trail rolled back behind what headquarters recorded, and a push without its anchor.
    QCOMPARE(push(d, one(u"D"_s, kStart + 3),
                  {{u"audit_head"_s, head(4, QString(64, u'4'))},
                   {u"audit_anchor"_s, head(12, QString(64, u'c'))}})
                 .status,
             200);
    QCOMPARE(push(d, one(u"E"_s, kStart + 4), {{u"audit_head"_s, head(20, QString(64, u'2'))}}).status, 200);
    found = m_store->audit().divergences();
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 3);
    QCOMPARE(QJsonDocument::fromJson(found->at(1).detail.toUtf8()).object().value(u"problem"_s).toString(),
             u"backwards"_s);
    QCOMPARE(QJsonDocument::fromJson(found->at(2).detail.toUtf8()).object().value(u"problem"_s).toString(),
             u"anchor_missing"_s);
    // The chain itself is intact; `audit verify` fails and names the device and the entry.
    auto chain = m_store->audit().verify();
    QVERIFY(chain.ok() && !*chain);
    QCOMPARE(run(&out, &err), 1);
    QVERIFY2(err.contains(d.id) && err.contains(u"entry 9"_s) && !err.contains(other.id), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestHqProtection)
#include "test_hq_protection.moc"
