// The device side of docs/SYNC.md against a fake headquarters on loopback (FakeHq.h):
// enrolment, push batches that keep their id and members until answered, answers stored in
// one transaction (accepted and conflicting changes leave the outbox, rejected ones are
// kept), pulled pages applied with their cursor in one transaction, the apply rules (newer
// stamp wins, older ignored, tombstones, records created from pulled changes), and the
// network rules: back-off with full jitter, 5xx/timeouts/resets retried with the same
// request, 413 split, 429 Retry-After, 401 stops and says so, other 4xx recorded.

#include "FakeHq.h"
#include "SyncTestSupport.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"

#include "store/Schema.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::test;

namespace {

QString scalar(LocalStore& store, const QString& sql)
{
    auto v = store.db().scalar(sql);
    return v ? v->toString() : u"ERROR: "_s + v.error().message;
}

QStringList batchIds(const QList<HttpRequest>& pushes)
{
    QStringList ids;
    for (const HttpRequest& r : pushes)
        ids.append(r.json.value(u"batch_id"_s).toString());
    return ids;
}

QString stamp(std::int64_t ms, int counter, const QString& device)
{
    return HlcStamp{ms, static_cast<std::uint32_t>(counter), device}.toString();
}

// The bytes of the database and its -wal and -shm files, as someone with the folder reads them.
QByteArray folderBytes(const LocalStore& store)
{
    QByteArray all;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile f(store.folder().databasePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// One value through someone else's SQLite (no key, no Prihvat).
QString rawMeta(const QString& path, const QString& key)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?1", -1, &stmt, nullptr) == SQLITE_OK) {
        const QByteArray k = key.toUtf8();
        sqlite3_bind_text(stmt, 1, k.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return value;
}

const QString kOtherDevice = u"01900000-0000-7000-8000-0000000000aa"_s;

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enrolmentGivesTheDeviceTheServersId();
    void wrongEnrolmentCodeChangesNothing();
    void pushThenPullRoundTrip();
    void pushCarriesTheAuditHead();
    void outboxIsKeptUntilTheAnswerIsStored();
    void lostAnswerSendsTheSameBatchAgain();
    void truncatedAnswerIsRetried();
    void rejectionIsKeptAndNotSentAgain();
    void concurrentEditIsLoggedOnBothDevices();
    void resolvingAConflictIsAnOrdinaryEdit();
    void pagesArePulledUntilNoMore();
    void cursorIsNotAdvancedWhenApplyingFails();
    void applyRules();
    void ownClampedStampIsTakenFromTheServer();
    void backoffIsFullJitterWithinTheCeiling();
    void serverErrorsAreRetriedWithBackoff();
    void resetConnectionIsRetried();
    void timeoutIsRetried();
    void unauthorizedStopsAndSaysSo();
    void unknownCredentialIsNotRevocation();
    void otherClientErrorIsRecordedAndNotRetried();
    void reusedBatchIdIsSentUnderANewId();
    void tooLargeBatchIsSplit();
    void tooLargeSingleChangeIsRejected();
    void rateLimitWaitsAsTold();
    void unreachableServerGivesUpWithOutboxIntact();
    void connectivityReturnedRetriesAtOnce();
    void changesSavedDuringSyncGoOutToo();
    void notEnrolledDeviceDoesNotSync();
    void intervalStartsASync();
    void migratedVersion2OutboxSyncs();
    void credentialIsSealedAndSyncNeedsALogin();
    void clearCredentialOfAnOlderVersionIsSealedAtUnlock();
    void plainHttpToAnotherComputerIsRefused();
    void pushAnchorsTheHeadOfTheLastAcceptedPush();

private:
    ManualClock m_clock{kNow};
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<FakeHq> m_hq;
};

void TestSyncClient::initTestCase()
{
    qRegisterMetaType<SyncReport>();
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), forms.ok() ? "" : qPrintable(forms.error().fullText()));
    m_forms = *forms;
}

void TestSyncClient::init()
{
    m_clock.set(kNow);
    m_hq = std::make_unique<FakeHq>(m_clock);
    QVERIFY(m_hq->listen());
}

void TestSyncClient::cleanup()
{
    m_hq.reset();
}

void TestSyncClient::enrolmentGivesTheDeviceTheServersId()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const QString oldId = d->store->deviceId();
    const QString person = d->create();
    QVERIFY(!person.isEmpty());
    QVERIFY(d->outbox() > 0);

    QVERIFY(d->enroll(*m_hq));
    const QList<HttpRequest> enrolls = m_hq->requestsTo(u"/v1/enroll"_s);
    QCOMPARE(enrolls.size(), 1);
    QCOMPARE(enrolls.first().headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(!enrolls.first().headers.contains("authorization"));
    QVERIFY(!enrolls.first().json.value(u"code"_s).toString().isEmpty());

    const QString newId = d->store->deviceId();
    QVERIFY(newId != oldId);
    SyncState& state = d->client->state();
    QVERIFY(state.isEnrolled());
    QCOMPARE(state.serverUrl(), m_hq->url());
    QVERIFY(state.credential().value().startsWith((newId + u'.').toUtf8()));
    QCOMPARE(state.sites(), QStringList{u"USI"_s});
    QCOMPARE(state.role(), u"mobile"_s);
    // Every stamp now names the new id: the outbox, the record, the clock.
    QCOMPARE(scalar(*d->store, u"SELECT count(*) FROM outbox WHERE substr(hlc, 22) != '%1'"_s.arg(newId)),
             u"0"_s);
    const Record r = d->get(person);
    QVERIFY(r.updatedHlc.endsWith(newId));
    for (const QString& s : r.stamps)
        QVERIFY2(s.endsWith(newId), qPrintable(s));
    QCOMPARE(d->store->hlc().deviceId(), newId);
    QVERIFY(d->store->hlc().now().toString() > r.updatedHlc);
    auto faults = d->store->verify();
    QVERIFY(faults.ok() && faults->isEmpty());

    // The id survives a restart.
    QVERIFY(d->open());
    QCOMPARE(d->store->deviceId(), newId);
}

void TestSyncClient::wrongEnrolmentCodeChangesNothing()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const QString id = d->store->deviceId();
    QSignalSpy spy(d->client.get(), &SyncClient::enrolled);
    d->client->enroll(m_hq->url(), u"not-a-code"_s);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().at(0).toBool(), false);
    QVERIFY(spy.first().at(1).toString().contains(u"code"_s));
    QCOMPARE(d->store->deviceId(), id);
    QVERIFY(!d->client->state().isEnrolled());

    spy.clear();
    d->client->enroll(u"not a url"_s, u"x"_s);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.first().at(0).toBool(), false);
    QCOMPARE(m_hq->requestsTo(u"/v1/enroll"_s).size(), 1);
}

void TestSyncClient::pushThenPullRoundTrip()
{
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b);
    QVERIFY(a->enroll(*m_hq));
    QVERIFY(b->enroll(*m_hq));
    const QString person = a->create();
    const std::int64_t changes = a->outbox();
    QVERIFY(changes > 5);

    QSignalSpy progress(a->client.get(), &SyncClient::progress);
    const SyncReport ra = a->sync();
    QVERIFY2(ra.ok, qPrintable(ra.errorText));
    QCOMPARE(ra.pushed, changes);
    QCOMPARE(ra.pulled, changes); // its own changes come back
    // Progress went through pushing and pulling and ended idle with the totals.
    QList<SyncClient::Phase> phases;
    for (const QList<QVariant>& args : std::as_const(progress))
        phases.append(args.at(0).value<SyncClient::Phase>());
    QVERIFY(phases.contains(SyncClient::Phase::Pushing));
    QVERIFY(phases.contains(SyncClient::Phase::Pulling));
    QCOMPARE(phases.last(), SyncClient::Phase::Idle);
    QCOMPARE(progress.last().at(1).value<SyncReport>().pushed, changes);
    QCOMPARE(ra.rejected, 0);
    QCOMPARE(ra.conflicts, 0);
    QCOMPARE(a->outbox(), 0);
    QCOMPARE(scalar(*a->store, u"SELECT count(*) FROM sync_batches"_s), u"0"_s);
    QCOMPARE(a->client->state().cursor(), changes);
    QCOMPARE(a->get(person).serverVersion, changes);
    QCOMPARE(a->client->state().lastSuccessMs(), kNow);
    QVERIFY(a->client->state().lastError().isEmpty());

    // The wire: gzip both ways, the credential on every request.
    const QList<HttpRequest> pushes = m_hq->requestsTo(u"/v1/push"_s);
    QCOMPARE(pushes.size(), 1);
    const HttpRequest& push = pushes.first();
    QCOMPARE(push.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(push.headers.value("accept-encoding").contains("gzip"));
    QCOMPARE(push.headers.value("authorization"), "Bearer " + a->client->state().credential().value());
    QVERIFY(push.rawBody.startsWith("\x1f\x8b"));
    QCOMPARE(push.json.value(u"changes"_s).toArray().size(), changes);
    const QList<HttpRequest> pulls = m_hq->requestsTo(u"/v1/pull"_s);
    QCOMPARE(pulls.last().query.queryItemValue(u"after"_s), u"0"_s);
    QCOMPARE(m_hq->valueOf(person, u"given_name"_s).toString(), u"Amir"_s);

    // B receives the person: created from the pulled changes, with its key columns.
    const SyncReport rb = b->sync();
    QVERIFY2(rb.ok, qPrintable(rb.errorText));
    QCOMPARE(rb.pushed, 0);
    QCOMPARE(rb.pulled, changes);
    const Record copy = b->get(person);
    QCOMPARE(copy.id, person);
    QCOMPARE(copy.form, u"person"_s);
    QCOMPARE(copy.values, a->get(person).values);
    QCOMPARE(copy.stamps, a->get(person).stamps);
    QCOMPARE(copy.serverVersion, changes);
    QCOMPARE(
        scalar(*b->store, u"SELECT event_date || '|' || site FROM records WHERE id = '%1'"_s.arg(person)),
        u"2026-06-14|USI"_s);
    QCOMPARE(b->outbox(), 0);
    auto faults = b->store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), faults.ok() ? qPrintable(faults->join(u'\n')) : "");

    // A second sync of B asks after its cursor and gets nothing new.
    const SyncReport again = b->sync();
    QVERIFY(again.ok);
    QCOMPARE(again.pulled, 0);
    QCOMPARE(m_hq->requestsTo(u"/v1/pull"_s).last().query.queryItemValue(u"after"_s),
             QString::number(changes));
}

void TestSyncClient::pushCarriesTheAuditHead()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    auto head = AuditLog(*d->store).entries(1);
    QVERIFY(head && !head->isEmpty());
    QVERIFY(d->sync().ok);
    const QList<HttpRequest> pushes = m_hq->requestsTo(u"/v1/push"_s);
    QVERIFY(!pushes.isEmpty());
    // The device's audit head at the time of the push: headquarters anchors it.
    const QJsonObject sent = pushes.first().json.value(u"audit_head"_s).toObject();
    QCOMPARE(static_cast<std::int64_t>(sent.value(u"seq"_s).toDouble()), head->first().seq);
    QCOMPARE(sent.value(u"hash"_s).toString(), QString::fromLatin1(head->first().hash.toHex()));
    auto parsed = protocol::PushRequest::fromJson(pushes.first().json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->auditHead.seq, head->first().seq);
}

void TestSyncClient::outboxIsKeptUntilTheAnswerIsStored()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    const std::int64_t changes = d->outbox();
    std::int64_t seenOutbox = -1;
    QString seenBatch;
    m_hq->onRequest = [&](const HttpRequest& r) {
        if (r.path != u"/v1/push"_s)
            return;
        // While the server holds the request, the device still has every change, and the
        // batch is on disk under the id being sent.
        seenOutbox = d->outbox();
        seenBatch = scalar(*d->store, u"SELECT group_concat(DISTINCT batch_id) FROM outbox"_s);
    };
    QVERIFY(d->sync().ok);
    QCOMPARE(seenOutbox, changes);
    QCOMPARE(seenBatch, batchIds(m_hq->requestsTo(u"/v1/push"_s)).first());
    QCOMPARE(d->outbox(), 0);
}

void TestSyncClient::lostAnswerSendsTheSameBatchAgain()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    const QString person = d->create();
    const std::int64_t changes = d->outbox();
    d->setOptions([](SyncClient::Options& o) { o.maxAttempts = 1; });

    // The server commits, the answer is lost, the device gives up for now.
    m_hq->inject({u"/v1/push"_s, Fault::Kind::DropAfter});
    const SyncReport failed = d->sync();
    QVERIFY(!failed.ok);
    QVERIFY(!failed.errorText.isEmpty());
    QCOMPARE(d->outbox(), changes);
    QCOMPARE(m_hq->log.size(), changes);
    const QString batch = batchIds(m_hq->requestsTo(u"/v1/push"_s)).first();
    QCOMPARE(scalar(*d->store, u"SELECT count(*) FROM outbox WHERE batch_id = '%1'"_s.arg(batch)),
             QString::number(changes));
    QCOMPARE(scalar(*d->store, u"SELECT attempts FROM sync_batches WHERE batch_id = '%1'"_s.arg(batch)),
             u"1"_s);
    QVERIFY(!d->client->state().lastError().isEmpty());

    // After a restart the same batch, with the same members, is sent again and gets the
    // stored answer: nothing is stored twice at the server.
    QVERIFY(d->open());
    auto next = d->client->state().nextBatch();
    QVERIFY(next.ok() && next->has_value());
    QCOMPARE((*next)->batchId, batch);
    QCOMPARE((*next)->changes.size(), changes);
    d->setOptions([](SyncClient::Options& o) { o.maxAttempts = 0; });
    const SyncReport ok = d->sync();
    QVERIFY2(ok.ok, qPrintable(ok.errorText));
    QCOMPARE(ok.pushed, changes);
    const QList<HttpRequest> pushes = m_hq->requestsTo(u"/v1/push"_s);
    QCOMPARE(pushes.size(), 2);
    QCOMPARE(batchIds(pushes), (QStringList{batch, batch}));
    QCOMPARE(pushes.at(0).json, pushes.at(1).json);
    QCOMPARE(m_hq->log.size(), changes);
    QCOMPARE(m_hq->changesFor(person, u"given_name"_s), 1);
    QCOMPARE(d->outbox(), 0);
    QVERIFY(d->client->state().lastError().isEmpty());
}

void TestSyncClient::truncatedAnswerIsRetried()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    const std::int64_t changes = d->outbox();
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Truncate});
    m_hq->inject({u"/v1/pull"_s, Fault::Kind::Truncate});
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), 2);
    QCOMPARE(m_hq->requestsTo(u"/v1/pull"_s).size(), 2);
    QCOMPARE(m_hq->log.size(), changes);
    QCOMPARE(d->outbox(), 0);
    QCOMPARE(d->client->state().cursor(), changes);
}

void TestSyncClient::rejectionIsKeptAndNotSentAgain()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    m_hq->rejectFields.insert(u"family_name"_s);
    const QString person = d->create();
    const std::int64_t changes = d->outbox();
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.pushed, changes - 1);
    QCOMPARE(d->outbox(), 0);
    auto rejections = d->client->state().rejections();
    QVERIFY(rejections.ok());
    QCOMPARE(rejections->size(), 1);
    const Rejection& x = rejections->first();
    QCOMPARE(x.recordId, person);
    QCOMPARE(x.field, u"family_name"_s);
    QCOMPARE(x.value, QJsonValue(u"Haidari"_s));
    QCOMPARE(x.reason, u"unknown field \"family_name\""_s);
    QCOMPARE(x.atMs, kNow);
    QVERIFY(x.hlc.endsWith(d->store->deviceId()));
    // The local value stays as it was typed.
    QCOMPARE(d->get(person).values.value(u"family_name"_s).toString(), u"Haidari"_s);

    const int pushes = static_cast<int>(m_hq->requestsTo(u"/v1/push"_s).size());
    QVERIFY(d->sync().ok);
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), pushes);
    QCOMPARE(d->client->state().rejectionCount().value(), 1);
}

void TestSyncClient::concurrentEditIsLoggedOnBothDevices()
{
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b && a->enroll(*m_hq) && b->enroll(*m_hq));
    const QString person = a->create();
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    // Both change the phone offline; B's edit is later.
    QVERIFY(a->records->update(person, {{u"phone"_s, u"+38761000001"_s}}).ok());
    m_clock.advance(60'000);
    QVERIFY(b->records->update(person, {{u"phone"_s, u"+38761000002"_s}}).ok());
    QVERIFY(a->sync().ok);
    const SyncReport rb = b->sync();
    QVERIFY2(rb.ok, qPrintable(rb.errorText));
    QCOMPARE(rb.conflicts, 1);
    QCOMPARE(m_hq->conflicts.size(), 1);
    const protocol::ConflictEntry& server = m_hq->conflicts.first();

    // B: the entry, complete once its page was pulled.
    auto open = b->client->state().openConflicts();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    const ConflictRecord& c = open->first();
    QCOMPARE(c.id, server.id);
    QCOMPARE(c.recordId, person);
    QCOMPARE(c.form, u"person"_s);
    QCOMPARE(c.field, u"phone"_s);
    QCOMPARE(c.winner.value, QJsonValue(u"+38761000002"_s));
    QCOMPARE(c.winner.device, b->store->deviceId());
    QCOMPARE(c.loser.value, QJsonValue(u"+38761000001"_s));
    QCOMPARE(c.loser.device, a->store->deviceId());
    QVERIFY(c.complete());

    // A pulls the winning value and the same entry.
    const SyncReport ra = a->sync();
    QVERIFY(ra.ok);
    QCOMPARE(ra.conflicts, 1);
    auto openA = a->client->state().openConflicts();
    QVERIFY(openA.ok());
    QCOMPARE(openA->size(), 1);
    QCOMPARE(openA->first().id, server.id);
    // Everyone converges on the winner.
    QCOMPARE(a->get(person).values.value(u"phone"_s).toString(), u"+38761000002"_s);
    QCOMPARE(b->get(person).values.value(u"phone"_s).toString(), u"+38761000002"_s);
    QCOMPARE(m_hq->valueOf(person, u"phone"_s).toString(), u"+38761000002"_s);
    QCOMPARE(a->get(person).stamps.value(u"phone"_s), b->get(person).stamps.value(u"phone"_s));
}

void TestSyncClient::resolvingAConflictIsAnOrdinaryEdit()
{
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b && a->enroll(*m_hq) && b->enroll(*m_hq));
    const QString person = a->create();
    QVERIFY(a->sync().ok && b->sync().ok);
    QVERIFY(a->records->update(person, {{u"given_name"_s, u"Amin"_s}}).ok());
    m_clock.advance(1000);
    QVERIFY(b->records->update(person, {{u"given_name"_s, u"Amer"_s}}).ok());
    QVERIFY(a->sync().ok && b->sync().ok);
    auto open = b->client->state().openConflicts();
    QVERIFY(open.ok() && open->size() == 1);
    const ConflictRecord c = open->first();
    QCOMPARE(c.loser.value.toString(), u"Amin"_s);

    // A person on B keeps the losing value: an edit with a new stamp, based on the
    // conflict's seq, so headquarters marks the conflict resolved.
    m_clock.advance(1000);
    QVERIFY(b->records->update(person, {{u"given_name"_s, c.loser.value}}).ok());
    QVERIFY(b->client->state().markResolvedLocally(c.id).ok());
    QVERIFY(b->get(person).serverVersion >= c.seq);
    QCOMPARE(b->client->state().openConflictCount().value(), 0);
    QVERIFY(b->sync().ok);
    QCOMPARE(m_hq->valueOf(person, u"given_name"_s).toString(), u"Amin"_s);
    QVERIFY(m_hq->conflicts.first().resolved);
    QCOMPARE(m_hq->conflicts.size(), 1);
    QVERIFY(a->sync().ok);
    QCOMPARE(a->get(person).values.value(u"given_name"_s).toString(), u"Amin"_s);
}

void TestSyncClient::pagesArePulledUntilNoMore()
{
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b && a->enroll(*m_hq) && b->enroll(*m_hq));
    a->create(personInput(u"Amir"_s));
    a->create(personInput(u"Omid"_s));
    const std::int64_t changes = a->outbox();
    a->setOptions([](SyncClient::Options& o) { o.batchSize = 5; });
    const SyncReport ra = a->sync();
    QVERIFY(ra.ok);
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), (changes + 4) / 5);
    QCOMPARE(m_hq->log.size(), changes);

    b->setOptions([](SyncClient::Options& o) { o.pullLimit = 7; });
    const int before = static_cast<int>(m_hq->requestsTo(u"/v1/pull"_s).size());
    const SyncReport rb = b->sync();
    QVERIFY(rb.ok);
    QCOMPARE(rb.pulled, changes);
    const QList<HttpRequest> pulls = m_hq->requestsTo(u"/v1/pull"_s).mid(before);
    QCOMPARE(pulls.size(), (changes + 6) / 7);
    for (int i = 0; i < pulls.size(); ++i) {
        QCOMPARE(pulls.at(i).query.queryItemValue(u"after"_s), QString::number(i * 7));
        QCOMPARE(pulls.at(i).query.queryItemValue(u"limit"_s), u"7"_s);
    }
    QCOMPARE(b->client->state().cursor(), changes);
    auto n = b->store->count(u"person"_s);
    QCOMPARE(n.value(), 2);
}

void TestSyncClient::cursorIsNotAdvancedWhenApplyingFails()
{
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b && a->enroll(*m_hq) && b->enroll(*m_hq));
    const QString person = a->create();
    QVERIFY(a->sync().ok);

    // Writing the page fails half way (after the first record row): nothing of it stays.
    QVERIFY(b->store->db()
                .exec(u"CREATE TEMP TRIGGER fail_pull BEFORE INSERT ON records "
                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s)
                .ok());
    const SyncReport failed = b->sync();
    QVERIFY(!failed.ok);
    QVERIFY2(failed.errorText.contains(u"injected failure"_s), qPrintable(failed.errorText));
    QCOMPARE(b->client->state().cursor(), 0);
    QCOMPARE(scalar(*b->store, u"SELECT count(*) FROM records"_s), u"0"_s);
    QCOMPARE(b->client->state().lastError(), failed.errorText);
    QCOMPARE(b->client->state().lastSuccessMs(), 0);

    QVERIFY(b->store->db().exec(u"DROP TRIGGER temp.fail_pull"_s).ok());
    const SyncReport ok = b->sync();
    QVERIFY2(ok.ok, qPrintable(ok.errorText));
    QCOMPARE(b->client->state().cursor(), static_cast<std::int64_t>(m_hq->log.size()));
    QCOMPARE(b->get(person).values, a->get(person).values);
    QVERIFY(b->client->state().lastError().isEmpty());
}

void TestSyncClient::applyRules()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    SyncState& state = d->client->state();
    const QString person = d->create();
    const Record before = d->get(person);
    const QString local = before.stamps.value(u"given_name"_s);
    const HlcStamp localStamp = *HlcStamp::fromString(local);
    const QString fresh = u"01900000-0000-7000-8000-000000000001"_s;
    const std::int64_t later = localStamp.wallMs + 5000;

    protocol::PullResponse page;
    auto change = [&](std::int64_t seq, const QString& record, const QString& form, const QString& field,
                      const QJsonValue& value, const QString& hlc) {
        page.changes.append({seq, record, form, field, value, hlc, kOtherDevice});
    };
    change(11, person, u"person"_s, u"given_name"_s, u"Newer"_s, stamp(later, 0, kOtherDevice));
    change(12, person, u"person"_s, u"family_name"_s, u"Older"_s,
           stamp(localStamp.wallMs - 1, 0, kOtherDevice));
    change(13, person, u"person"_s, u"phone"_s, u"+38761000003"_s, stamp(later, 1, kOtherDevice));
    change(14, person, u"person"_s, u"age_estimated"_s, QJsonValue(), stamp(later, 2, kOtherDevice));
    // A record this device has never seen, from a later clock: created from the change.
    change(15, fresh, u"screening"_s, u"person_id"_s, person, stamp(later + 100, 0, kOtherDevice));
    change(16, fresh, u"screening"_s, u"screening_date"_s, u"2026-06-13"_s,
           stamp(later + 100, 0, kOtherDevice));
    change(17, fresh, u"screening"_s, u"site"_s, u"LIP"_s, stamp(later + 100, 0, kOtherDevice));
    change(18, fresh, u"screening"_s, u"_deleted"_s, true, stamp(later + 200, 0, kOtherDevice));
    // Unknown form and field: left alone.
    change(19, fresh, u"nosuchform"_s, u"x"_s, 1, stamp(later, 3, kOtherDevice));
    change(20, person, u"person"_s, u"nosuchfield"_s, 1, stamp(later, 4, kOtherDevice));
    page.next = 20;
    page.more = false;

    auto outcome = state.applyPull(page);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().fullText()));
    QCOMPARE(outcome->received, 10);
    QCOMPARE(outcome->applied, 7);
    QVERIFY(outcome->peopleChanged);
    QCOMPARE(outcome->cursor, 20);
    QCOMPARE(state.cursor(), 20);

    const Record after = d->get(person);
    QCOMPARE(after.values.value(u"given_name"_s).toString(), u"Newer"_s); // newer stamp wins
    QCOMPARE(after.stamps.value(u"given_name"_s), stamp(later, 0, kOtherDevice));
    QCOMPARE(after.values.value(u"family_name"_s).toString(), u"Haidari"_s); // older ignored
    QCOMPARE(after.stamps.value(u"family_name"_s), before.stamps.value(u"family_name"_s));
    QCOMPARE(after.values.value(u"phone"_s).toString(), u"+38761000003"_s); // new answer
    QVERIFY(!after.values.contains(u"age_estimated"_s));                    // cleared
    QVERIFY(!after.values.contains(u"nosuchfield"_s));
    QCOMPARE(after.serverVersion, 14); // the change of an unknown field is not applied
    QCOMPARE(after.createdMs, before.createdMs);
    QCOMPARE(after.updatedHlc, stamp(later, 2, kOtherDevice));
    QVERIFY(!after.deleted);

    const Record created = d->get(fresh);
    QCOMPARE(created.id, fresh);
    QCOMPARE(created.form, u"screening"_s);
    QCOMPARE(created.createdMs, later + 100);
    QVERIFY(created.deleted); // the tombstone
    QCOMPARE(created.serverVersion, 18);
    QCOMPARE(scalar(*d->store,
                    u"SELECT person_id || '|' || event_date || '|' || site || '|' || deleted FROM records "
                    "WHERE id = '%1'"_s.arg(fresh)),
             person + u"|2026-06-13|LIP|1"_s);
    QCOMPARE(scalar(*d->store, u"SELECT count(*) FROM records WHERE form = 'nosuchform'"_s), u"0"_s);
    // The outbox keeps its bases; the clock has seen the later stamps.
    QCOMPARE(scalar(*d->store, u"SELECT DISTINCT base_version FROM outbox"_s), u"0"_s);
    QVERIFY(d->store->hlc().last() > *HlcStamp::fromString(stamp(later + 200, 0, kOtherDevice)));
    QVERIFY(scalar(*d->store, u"SELECT value FROM meta WHERE key = 'hlc_last'"_s) >
            stamp(later + 200, 0, kOtherDevice));

    // The same page again changes nothing (a repeated pull is harmless).
    page.changes.removeLast();
    page.changes.removeLast();
    auto again = state.applyPull(page);
    QVERIFY(again.ok());
    QCOMPARE(again->applied, 0);

    // A tombstone on a local record, then a stale undelete that loses.
    protocol::PullResponse tomb;
    tomb.changes.append(
        {21, person, u"person"_s, u"_deleted"_s, true, stamp(later + 300, 0, kOtherDevice), kOtherDevice});
    tomb.changes.append(
        {22, person, u"person"_s, u"_deleted"_s, false, stamp(later + 250, 0, kOtherDevice), kOtherDevice});
    tomb.next = 22;
    QVERIFY(state.applyPull(tomb).ok());
    QVERIFY(d->get(person).deleted);
    QCOMPARE(d->store->count(u"person"_s).value(), 0);
    auto faults = d->store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), faults.ok() ? qPrintable(faults->join(u'\n')) : "");
}

void TestSyncClient::ownClampedStampIsTakenFromTheServer()
{
    // This laptop's clock is a day fast; headquarters clamps its stamps to its own clock.
    ManualClock fast(kNow + 24 * 3600 * 1000);
    auto a = makeDevice(fast, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b && a->enroll(*m_hq) && b->enroll(*m_hq));
    const QString person = a->create();
    QVERIFY(a->sync().ok);
    QString sent;
    for (const QJsonValue& c : m_hq->requestsTo(u"/v1/push"_s).first().json.value(u"changes"_s).toArray())
        if (c.toObject().value(u"field"_s).toString() == u"given_name"_s)
            sent = c.toObject().value(u"hlc"_s).toString();
    const QString clamped = m_hq->fields.value(person + u"/given_name"_s).stamp->toString();
    QVERIFY(clamped < sent);
    QCOMPARE(HlcStamp::fromString(clamped)->wallMs, kNow);
    // The device's own change came back with the server's stamp: it takes that stamp.
    QCOMPARE(a->get(person).stamps.value(u"given_name"_s), clamped);
    QCOMPARE(a->get(person).values.value(u"given_name"_s).toString(), u"Amir"_s);

    // A later edit elsewhere (after the clamped stamp, before the fast clock) wins at the
    // server, and so it must here too.
    QVERIFY(b->sync().ok);
    m_clock.advance(60'000);
    QVERIFY(b->records->update(person, {{u"given_name"_s, u"Amin"_s}}).ok());
    QVERIFY(b->sync().ok);
    QVERIFY(a->sync().ok);
    QCOMPARE(m_hq->valueOf(person, u"given_name"_s).toString(), u"Amin"_s);
    QCOMPARE(a->get(person).values.value(u"given_name"_s).toString(), u"Amin"_s);
}

void TestSyncClient::backoffIsFullJitterWithinTheCeiling()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    d->setOptions([](SyncClient::Options& o) {
        o.baseDelayMs = 1000;
        o.maxDelayMs = 300'000;
    });
    d->jitter = 0.5;
    QCOMPARE(d->client->backoffMs(1), 500);
    QCOMPARE(d->client->backoffMs(2), 1000);
    QCOMPARE(d->client->backoffMs(3), 2000);
    QCOMPARE(d->client->backoffMs(9), 128'000);
    QCOMPARE(d->client->backoffMs(10), 150'000); // the ceiling stops at 5 min
    QCOMPARE(d->client->backoffMs(60), 150'000);
    d->jitter = 0.0;
    QCOMPARE(d->client->backoffMs(5), 0);
    d->jitter = 0.999999;
    QVERIFY(d->client->backoffMs(1) < 1000);
    QVERIFY(d->client->backoffMs(1) >= 999);
    QVERIFY(d->client->backoffMs(20) < 300'000);
}

void TestSyncClient::serverErrorsAreRetriedWithBackoff()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    d->setOptions([](SyncClient::Options& o) {
        o.baseDelayMs = 80;
        o.maxDelayMs = 10'000;
    });
    d->jitter = 0.5;
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 503});
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 500});
    m_hq->inject({u"/v1/pull"_s, Fault::Kind::Status, 502});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(retries.size(), 3);
    QCOMPARE(retries.at(0).at(0).toInt(), 1);
    QCOMPARE(retries.at(0).at(1).toInt(), 40); // 0.5 × 80
    QCOMPARE(retries.at(1).at(1).toInt(), 80); // 0.5 × 160
    QCOMPARE(retries.at(2).at(1).toInt(), 40); // a new request starts again
    QVERIFY(retries.at(0).at(2).toString().contains(u"503"_s));
    const QStringList ids = batchIds(m_hq->requestsTo(u"/v1/push"_s));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(0), ids.at(1));
    QCOMPARE(ids.at(1), ids.at(2));
    QCOMPARE(d->outbox(), 0);
}

void TestSyncClient::resetConnectionIsRetried()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    m_hq->inject({u"/v1/push"_s, Fault::Kind::DropBefore});
    m_hq->inject({u"/v1/pull"_s, Fault::Kind::DropBefore});
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), 2);
    QCOMPARE(m_hq->requestsTo(u"/v1/pull"_s).size(), 2);
    QCOMPARE(d->outbox(), 0);
}

void TestSyncClient::timeoutIsRetried()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    d->setOptions([](SyncClient::Options& o) { o.transferTimeoutMs = 300; });
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Hang});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(retries.size(), 1);
    QVERIFY2(retries.first().at(2).toString().contains(u"in time"_s),
             qPrintable(retries.first().at(2).toString()));
    QCOMPARE(d->outbox(), 0);
}

void TestSyncClient::unauthorizedStopsAndSaysSo()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    const std::int64_t changes = d->outbox();
    m_hq->revoke(d->store->deviceId());
    QSignalSpy refused(d->client.get(), &SyncClient::credentialRefused);
    QSignalSpy revoked(d->client.get(), &SyncClient::revoked);
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), 1);
    QCOMPARE(m_hq->requestsTo(u"/v1/pull"_s).size(), 0);
    QVERIFY(r.errorText.contains(u"revoked"_s));
    QCOMPARE(d->client->state().lastError(), r.errorText);
    QCOMPARE(d->outbox(), changes);
    // Revocation is told apart from any other refusal: the caller destroys the keys on it.
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().first().value<Error>().code, Error::Code::Revoked);
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->code, Error::Code::Revoked);
}

void TestSyncClient::unknownCredentialIsNotRevocation()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    const std::int64_t changes = d->outbox();
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 401});
    QSignalSpy refused(d->client.get(), &SyncClient::credentialRefused);
    QSignalSpy revoked(d->client.get(), &SyncClient::revoked);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(revoked.size(), 0);
    QVERIFY(!r.error.has_value());
    QCOMPARE(d->outbox(), changes);
}

void TestSyncClient::otherClientErrorIsRecordedAndNotRetried()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    m_hq->inject({u"/v1/pull"_s, Fault::Kind::Status, 400});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_hq->requestsTo(u"/v1/pull"_s).size(), 1);
    QVERIFY2(r.errorText.contains(u"400"_s) && r.errorText.contains(u"injected fault"_s),
             qPrintable(r.errorText));
    QCOMPARE(d->client->state().lastError(), r.errorText);
    QCOMPARE(d->client->state().cursor(), 0);
}

void TestSyncClient::reusedBatchIdIsSentUnderANewId()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    const QString person = d->create();
    const std::int64_t changes = d->outbox();
    // Headquarters holds another batch under the id: the same changes go out under a new one.
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 409, {}, u"batch_id_reused"_s});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.pushed, changes);
    QCOMPARE(d->outbox(), 0);
    QCOMPARE(retries.size(), 0);
    const QList<HttpRequest> pushes = m_hq->requestsTo(u"/v1/push"_s);
    QCOMPARE(pushes.size(), 2);
    const QString refusedId = pushes.at(0).json.value(u"batch_id"_s).toString();
    const QString renewedId = pushes.at(1).json.value(u"batch_id"_s).toString();
    QVERIFY(Uuid7::isValid(renewedId));
    QVERIFY(renewedId != refusedId);
    QCOMPARE(pushes.at(1).json.value(u"changes"_s), pushes.at(0).json.value(u"changes"_s));
    QVERIFY(std::any_of(m_hq->log.cbegin(), m_hq->log.cend(),
                        [&](const protocol::PulledChange& c) { return c.recordId == person; }));

    // A server that keeps refusing every new id: given up after 3 new ids, nothing lost.
    QVERIFY(!d->create().isEmpty());
    const std::int64_t waiting = d->outbox();
    QVERIFY(waiting > 0);
    for (int i = 0; i < 5; ++i)
        m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 409, {}, u"batch_id_reused"_s});
    const SyncReport stuck = d->sync();
    QVERIFY(!stuck.ok);
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), 2 + 4);
    QVERIFY2(stuck.errorText.contains(u"409"_s), qPrintable(stuck.errorText));
    QCOMPARE(d->outbox(), waiting);
}

void TestSyncClient::tooLargeBatchIsSplit()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    const QString person = d->create();
    const std::int64_t changes = d->outbox();
    m_hq->maxBatchChanges = 3;
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.pushed, changes);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(d->outbox(), 0);
    QCOMPARE(m_hq->log.size(), changes);
    QCOMPARE(m_hq->changesFor(person, u"given_name"_s), 1);
    for (const HttpRequest& p : m_hq->requestsTo(u"/v1/push"_s))
        QVERIFY(!p.json.value(u"changes"_s).toArray().isEmpty());
}

void TestSyncClient::tooLargeSingleChangeIsRejected()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    const QString person = d->create();
    QVERIFY(d->sync().ok);
    QVERIFY(d->records->update(person, {{u"phone"_s, u"+38761000009"_s}}).ok());
    QCOMPARE(d->outbox(), 1);
    m_hq->inject({u"/v1/push"_s, Fault::Kind::Status, 413});
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(d->outbox(), 0);
    auto rejections = d->client->state().rejections();
    QVERIFY(rejections.ok() && rejections->size() == 1);
    QCOMPARE(rejections->first().field, u"phone"_s);
    QVERIFY(rejections->first().reason.contains(u"large"_s));
}

void TestSyncClient::rateLimitWaitsAsTold()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    m_hq->inject({u"/v1/pull"_s, Fault::Kind::Status, 429, "Retry-After: 1\r\n"});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    QElapsedTimer t;
    t.start();
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toInt(), 1000);
    QVERIFY(t.elapsed() >= 950);
}

void TestSyncClient::unreachableServerGivesUpWithOutboxIntact()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    const std::int64_t changes = d->outbox();
    m_hq.reset(); // nothing listens on the port any more
    d->setOptions([](SyncClient::Options& o) { o.maxAttempts = 3; });
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QCOMPARE(retries.size(), 2);
    QVERIFY2(r.errorText.contains(u"cannot be reached"_s), qPrintable(r.errorText));
    QVERIFY(r.errorText.contains(u"3 attempt"_s));
    QCOMPARE(d->outbox(), changes);
    QCOMPARE(d->client->state().lastError(), r.errorText);
    QCOMPARE(d->client->state().lastSuccessMs(), 0);
    QVERIFY(!d->client->isBusy());
}

void TestSyncClient::connectivityReturnedRetriesAtOnce()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    d->setOptions([](SyncClient::Options& o) {
        o.baseDelayMs = 600'000;
        o.maxDelayMs = 600'000;
    });
    m_hq->inject({u"/v1/push"_s, Fault::Kind::DropBefore});
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    QSignalSpy finished(d->client.get(), &SyncClient::finished);
    QVERIFY(d->client->start());
    QVERIFY(retries.wait(10000));
    QCOMPARE(d->client->phase(), SyncClient::Phase::Waiting);
    QVERIFY(retries.first().at(1).toInt() >= 100'000); // it would wait minutes…
    d->client->connectivityReturned();                 // …but the network is back
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncReport>().ok);
    QCOMPARE(d->outbox(), 0);
}

void TestSyncClient::changesSavedDuringSyncGoOutToo()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create(personInput(u"Amir"_s));
    QString second;
    m_hq->onRequest = [&](const HttpRequest& r) {
        if (r.path == u"/v1/push"_s && second.isEmpty())
            second = d->create(personInput(u"Omid"_s));
    };
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QVERIFY(!second.isEmpty());
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).size(), 2);
    QCOMPARE(d->outbox(), 0);
    QCOMPARE(m_hq->valueOf(second, u"given_name"_s).toString(), u"Omid"_s);
}

void TestSyncClient::notEnrolledDeviceDoesNotSync()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    d->create();
    QVERIFY(!d->client->startIfEnrolled());
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY(r.errorText.contains(u"not enrolled"_s));
    QVERIFY(m_hq->requests.isEmpty());
    QVERIFY(d->outbox() > 0);
    // Not an error to remember: nothing went wrong with headquarters.
    QVERIFY(d->client->state().lastError().isEmpty());
}

void TestSyncClient::intervalStartsASync()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    d->setOptions([](SyncClient::Options& o) { o.autoIntervalMs = 1000; });
    QSignalSpy finished(d->client.get(), &SyncClient::finished);
    d->client->setAutomatic(true);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().value<SyncReport>().ok);
    QCOMPARE(d->outbox(), 0);
    d->client->setAutomatic(false);
}

void TestSyncClient::migratedVersion2OutboxSyncs()
{
    // A device that saved on schema 2 (no batch column) upgrades and sends those changes.
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    QVERIFY(folder.prepare().ok());
    const QString device = Uuid7::generate(m_clock);
    const QString record = Uuid7::generate(m_clock);
    const QString hlc = stamp(kNow - 1000, 0, device);
    {
        auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"PRAGMA journal_mode = WAL"_s).ok());
        QVERIFY(Schema::migrate(**db, *m_forms, 2).ok());
        QVERIFY(
            (*db)
                ->exec(
                    u"INSERT INTO meta VALUES('device_id', '%1'), ('site', 'USI'), ('clean_shutdown', '1');"
                    "INSERT INTO records(id, form, data, stamps, created_ms, updated_ms, updated_hlc) "
                    "VALUES('%2', 'person', '{\"given_name\":\"Amir\"}', '{\"given_name\":\"%3\"}', 1, 1, "
                    "'%3');"
                    "INSERT INTO outbox(record_id, form, field, value, hlc, base_version) "
                    "VALUES('%2', 'person', 'given_name', '\"Amir\"', '%3', 0);"_s.arg(device, record, hlc))
                .ok());
    }
    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
    QVERIFY(unlockWithInterimKey(**opened).ok());
    QCOMPARE(Schema::version((*opened)->db()), Schema::currentVersion);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    SyncClient client(**opened, &network, m_clock, [] { return 0.5; });
    QSignalSpy enrolled(&client, &SyncClient::enrolled);
    client.enroll(m_hq->url(), m_hq->addDevice());
    QVERIFY(enrolled.wait(10000));
    QVERIFY(enrolled.first().at(0).toBool());
    QSignalSpy finished(&client, &SyncClient::finished);
    QVERIFY(client.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncReport>().ok);
    QCOMPARE(m_hq->valueOf(record, u"given_name"_s).toString(), u"Amir"_s);
    QCOMPARE((*opened)->outboxSize().value(), 0);
}

void TestSyncClient::credentialIsSealedAndSyncNeedsALogin()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    QVERIFY(d->sync().ok);
    const QByteArray credential = d->client->state().credential().value();
    const QByteArray token = credential.mid(credential.indexOf('.') + 1);
    QVERIFY(token.size() >= 8); // 64 random bits in hex (FakeHq)

    // The thief's way: the files as they are, and sqlite3 on the database.
    QVERIFY(!folderBytes(*d->store).contains(token));
    const QString stored = rawMeta(d->store->folder().databasePath(), u"sync_credential"_s);
    QVERIFY2(FieldSealer::isSealed(stored), qPrintable(stored));
    QVERIFY(!stored.toUtf8().contains(token));
    // What sqlite3 gives is no credential headquarters takes: the pull is refused.
    QNetworkAccessManager thief;
    thief.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest pull(QUrl(m_hq->url() + u"/v1/pull?after=0"_s));
    pull.setRawHeader("Authorization", "Bearer " + stored.toUtf8());
    QNetworkReply* reply = thief.get(pull);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();

    // Locked (nobody logged in): no automatic sync starts, a started one sends nothing and
    // leaves no error behind for the next user.
    QVERIFY(d->store->setSealer(nullptr).ok());
    QVERIFY(!d->client->state().credential().ok());
    QVERIFY(d->client->state().isEnrolled());
    const qsizetype requests = m_hq->requests.size();
    QVERIFY(!d->client->startIfEnrolled());
    const SyncReport locked = d->sync();
    QVERIFY(!locked.ok);
    QVERIFY2(locked.errorText.contains(u"Log in"_s), qPrintable(locked.errorText));
    QCOMPARE(m_hq->requests.size(), requests);
    QVERIFY(d->client->state().lastError().isEmpty());
    // After a login it syncs again.
    QVERIFY(unlockWithInterimKey(*d->store).ok());
    QVERIFY(d->sync().ok);
    QVERIFY(m_hq->requests.size() > requests);
    QVERIFY(!folderBytes(*d->store).contains(token));
}

void TestSyncClient::clearCredentialOfAnOlderVersionIsSealedAtUnlock()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    const QByteArray credential = d->client->state().credential().value();
    const QByteArray token = credential.mid(credential.indexOf('.') + 1);
    const QString path = d->store->folder().databasePath();
    d->client.reset();
    d->records.reset();
    d->store.reset();
    // An older version kept the credential in clear.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        const QByteArray sql = "UPDATE meta SET value = '" + credential + "' WHERE key = 'sync_credential'";
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close_v2(db);
    }
    QCOMPARE(rawMeta(path, u"sync_credential"_s).toUtf8(), credential);
    auto opened = LocalStore::open(DataFolder(d->dir.path()), m_forms, m_clock);
    QVERIFY(opened.ok());
    QVERIFY(folderBytes(**opened).contains(token)); // the attack works until the first login
    QVERIFY(unlockWithInterimKey(**opened).ok());
    QVERIFY(FieldSealer::isSealed(rawMeta(path, u"sync_credential"_s)));
    QVERIFY(!folderBytes(**opened).contains(token));
    opened->reset();
    QVERIFY(d->open());
    QVERIFY(!folderBytes(*d->store).contains(token));
    d->create();
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(m_hq->requestsTo(u"/v1/push"_s).last().headers.value("authorization"), "Bearer " + credential);
}

void TestSyncClient::plainHttpToAnotherComputerIsRefused()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    {
        QSignalSpy spy(d->client.get(), &SyncClient::enrolled);
        d->client->enroll(u"http://192.0.2.10:8080"_s, m_hq->addDevice());
        QVERIFY(spy.wait(5000));
        QVERIFY(!spy.first().at(0).toBool());
        QVERIFY2(spy.first().at(1).toString().contains(u"plain http"_s),
                 qPrintable(spy.first().at(1).toString()));
        QVERIFY(!d->client->state().isEnrolled());
    }
    // With the test-only option the address is tried (and cannot be reached here).
    d->setOptions([](SyncClient::Options& o) {
        o.allowInsecureHttp = true;
        o.maxAttempts = 1;
        o.transferTimeoutMs = 500;
    });
    {
        QSignalSpy spy(d->client.get(), &SyncClient::enrolled);
        d->client->enroll(u"http://192.0.2.10:8080"_s, m_hq->addDevice());
        QVERIFY(spy.wait(10000));
        QVERIFY(!spy.first().at(0).toBool());
        QVERIFY2(!spy.first().at(1).toString().contains(u"plain http"_s),
                 qPrintable(spy.first().at(1).toString()));
    }
    // Loopback http stays allowed; a stored address on another computer is refused at sync.
    d->setOptions([](SyncClient::Options& o) { o.allowInsecureHttp = false; });
    QVERIFY(d->enroll(*m_hq));
    d->create();
    QVERIFY(d->store->db()
                .exec(u"UPDATE meta SET value = 'http://192.0.2.10:8080' WHERE key = 'sync_server_url'"_s)
                .ok());
    const qsizetype requests = m_hq->requests.size();
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.contains(u"plain http"_s), qPrintable(r.errorText));
    QCOMPARE(m_hq->requests.size(), requests);
    QVERIFY(d->outbox() > 0);
}

void TestSyncClient::pushAnchorsTheHeadOfTheLastAcceptedPush()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d && d->enroll(*m_hq));
    d->create();
    QVERIFY(d->sync().ok);
    const QJsonObject first = m_hq->requestsTo(u"/v1/push"_s).last().json;
    QVERIFY(!first.contains(u"audit_anchor"_s)); // nothing accepted before
    const QJsonObject head = first.value(u"audit_head"_s).toObject();
    d->create();
    QVERIFY(d->sync().ok);
    const QJsonObject second = m_hq->requestsTo(u"/v1/push"_s).last().json;
    // The hash the trail holds now at the head the first push carried: the same.
    QCOMPARE(second.value(u"audit_anchor"_s).toObject(), head);
    const QJsonObject secondHead = second.value(u"audit_head"_s).toObject();
    QVERIFY(secondHead.value(u"seq"_s).toInteger() > head.value(u"seq"_s).toInteger());

    // A colleague with the key rewrites entry 2 and keys the new head: the laptop finds
    // nothing, but the next push tells headquarters another hash for the entry it recorded.
    QVERIFY(d->store->audit().verify().value().isEmpty());
    const QString e = rewriteTrailWithTheKey(d->store->folder().databasePath(), 2, *d->store->sealer());
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(d->open());
    auto faults = d->store->verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), faults.ok() ? qPrintable(faults->join(u'\n')) : "");
    d->create();
    QVERIFY(d->sync().ok);
    const QJsonObject anchor =
        m_hq->requestsTo(u"/v1/push"_s).last().json.value(u"audit_anchor"_s).toObject();
    QCOMPARE(anchor.value(u"seq"_s), secondHead.value(u"seq"_s));
    QVERIFY(anchor.value(u"hash"_s).toString() != secondHead.value(u"hash"_s).toString());
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_sync_client.moc"
