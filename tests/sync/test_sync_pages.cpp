// The sync panel and the conflict review list in the real desktop window (DesktopApp, a
// fresh data folder per test, English, widgets found by objectName): both pages come after
// the seven existing ones; the panel shows the last success in the locale's format, the
// changes waiting, the last error and the refused changes with their reasons, and "Sync
// now" runs a sync against a fake headquarters; "Keep this value" turns the choice into an
// ordinary edit that goes to the outbox and takes the conflict off the list.

#include "FakeHq.h"
#include "SyncTestSupport.h"

#include "AppContext.h"
#include "DesktopApp.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"
#include "form/FormView.h"
#include "pages/ConflictsPage.h"
#include "pages/SyncPage.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::test;

namespace {

const QString kOtherDevice = u"01900000-0000-7000-8000-0000000000bb"_s;

} // namespace

class TestSyncPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesFollowTheSevenInTheNavigation();
    void panelShowsStateErrorsAndRefusedChanges();
    void syncNowRunsASync();
    void syncWaitsForALogin();
    void keepingTheOtherValueIsAnOrdinaryEdit();
    void keepingTheKeptValueStillSyncs();
    void conflictFieldLabelIsInTheUsersLanguage();
    void protectionConflictsAreWithheldAndAuditedForOfficers();

private:
    // A conflict on one of the person's answers (the phone unless told): the other
    // device's value won.
    QString makeConflict(const QString& person, const QString& winnerValue, const QString& field = u"phone"_s);
    template <typename T> T* find(const QString& name) const { return m_app->window().findChild<T*>(name); }

    ManualClock m_clock{kNow};
    Dialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopApp> m_app;
    std::int64_t m_seq = 100;
};

void TestSyncPages::initTestCase()
{
    qRegisterMetaType<SyncReport>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSyncPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DesktopApp::Options o;
    o.dataDir = m_dir->path();
    o.language = u"en"_s;
    o.initSite = u"USI"_s;
    o.askForSetup = false;
    o.loadPeopleInBackground = false;
    o.autoSync = false;
    o.user = u"admin"_s;
    o.password = u"correct horse battery"_s;
    auto app = DesktopApp::start(o, m_clock, m_dialogs);
    QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().fullText()));
    m_app = std::move(app.value());
    QVERIFY(m_app->context().sync);
    m_app->window().show();
}

void TestSyncPages::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

QString TestSyncPages::makeConflict(const QString& person, const QString& winnerValue, const QString& field)
{
    AppContext& ctx = m_app->context();
    const Record r = *ctx.store.get(person).value();
    const QString local = r.stamps.value(field);
    const QString winner = HlcStamp{HlcStamp::fromString(local)->wallMs + 1000, 0, kOtherDevice}.toString();
    protocol::PullResponse page;
    const std::int64_t seq = ++m_seq;
    page.changes.append({seq, person, u"person"_s, field, winnerValue, winner, kOtherDevice});
    protocol::ConflictEntry e;
    e.id = Uuid7::generate(m_clock);
    e.seq = seq;
    e.recordId = person;
    e.form = u"person"_s;
    e.field = field;
    e.winner = {winnerValue, winner, kOtherDevice};
    e.loser = {r.values.value(field), local, ctx.store.deviceId()};
    page.conflicts.append(e);
    page.next = seq;
    auto applied = SyncState(ctx.store).applyPull(page);
    if (!applied)
        qWarning("%s", qPrintable(applied.error().fullText()));
    return e.id;
}

void TestSyncPages::pagesFollowTheSevenInTheNavigation()
{
    auto* navigation = find<QListWidget>(u"navigation"_s);
    QVERIFY(navigation);
    // An administrator also has Users and Audit trail after these nine.
    QCOMPARE(navigation->count(), 11);
    QCOMPARE(navigation->item(9)->data(Qt::UserRole).toString(), u"users"_s);
    QCOMPARE(navigation->item(10)->data(Qt::UserRole).toString(), u"audit"_s);
    QCOMPARE(navigation->item(7)->data(Qt::UserRole).toString(), u"sync"_s);
    QCOMPARE(navigation->item(8)->data(Qt::UserRole).toString(), u"conflicts"_s);
    QVERIFY(m_app->window().showPage(u"sync"_s));
    QCOMPARE(m_app->window().currentPage()->objectName(), u"page_sync"_s);
    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    QCOMPARE(m_app->window().currentPage()->objectName(), u"page_conflicts"_s);
    // Ctrl+8 reaches the sync panel.
    QApplication::setActiveWindow(&m_app->window());
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
    QTest::keyClick(&m_app->window(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_app->window().currentPage()->pageId(), u"sync"_s);
}

void TestSyncPages::panelShowsStateErrorsAndRefusedChanges()
{
    AppContext& ctx = m_app->context();
    auto id = ctx.records.create(u"person"_s, personInput());
    QVERIFY(id.ok());
    SyncState state(ctx.store);
    const std::int64_t waiting = state.pendingChanges().value();
    QVERIFY(m_app->window().showPage(u"sync"_s));
    QCOMPARE(find<QLabel>(u"syncPending"_s)->text(), QLocale().toString(static_cast<qlonglong>(waiting)));
    QCOMPARE(find<QLabel>(u"syncLastSuccess"_s)->text(), u"Never"_s);
    QVERIFY(find<QLabel>(u"syncServer"_s)->text().contains(u"not enrolled"_s));
    QVERIFY(!find<QPushButton>(u"syncNowButton"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"syncLastError"_s)->isHidden());

    // Headquarters refused the family name and took the rest.
    auto batch = state.nextBatch();
    QVERIFY(batch.ok() && batch->has_value());
    QList<protocol::PushResult> results;
    for (const protocol::Change& c : (*batch)->changes) {
        protocol::PushResult r;
        r.seq = results.size() + 1;
        if (c.field == u"family_name"_s) {
            r.status = protocol::PushResult::Status::Rejected;
            r.reason = u"a name may not hold digits"_s;
        }
        results.append(r);
    }
    QVERIFY(state.recordPushAnswer(**batch, results).ok());
    QVERIFY(state.recordSuccess(kNow - 3600'000).ok());
    QVERIFY(state.setLastError(u"Headquarters has a problem (HTTP 503)."_s).ok());
    static_cast<SyncPage*>(m_app->window().page(u"sync"_s))->refresh();

    QCOMPARE(find<QLabel>(u"syncPending"_s)->text(), u"0"_s);
    QCOMPARE(find<QLabel>(u"syncLastSuccess"_s)->text(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(kNow - 3600'000).toLocalTime(),
                                QLocale::LongFormat));
    QVERIFY(!find<QLabel>(u"syncLastError"_s)->isHidden());
    QCOMPARE(find<QLabel>(u"syncLastError"_s)->text(), u"Headquarters has a problem (HTTP 503)."_s);
    auto* list = find<QTreeWidget>(u"rejectionsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem* row = list->topLevelItem(0);
    QVERIFY2(row->text(0).contains(u"Amir"_s), qPrintable(row->text(0)));
    QCOMPARE(row->text(1), u"Family name"_s);
    QCOMPARE(row->text(2), u"Haidari"_s);
    QCOMPARE(row->text(3), u"a name may not hold digits"_s);
}

// Locked, the device's credential does not open: nothing syncs, nothing is sent, no error is
// shown or kept for nobody; after the next login sync goes on.
void TestSyncPages::syncWaitsForALogin()
{
    FakeHq hq(m_clock);
    QVERIFY(hq.listen());
    SyncClient& sync = m_app->sync();
    QSignalSpy enrolled(&sync, &SyncClient::enrolled);
    sync.enroll(hq.url(), hq.addDevice());
    QVERIFY(enrolled.wait(10000));
    QVERIFY(enrolled.first().at(0).toBool());
    QVERIFY(m_app->context().records.create(u"person"_s, personInput()).ok());

    QVERIFY(m_app->endSession(false));
    QVERIFY(!m_app->hasSession());
    const qsizetype requests = hq.requests.size();
    const int dialogs = m_dialogs.shownCount();
    QVERIFY(!sync.startIfEnrolled());
    sync.connectivityReturned();
    QSignalSpy finished(&sync, &SyncClient::finished);
    QVERIFY(sync.start()); // by hand: refused without sending anything
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().value<SyncReport>().ok);
    QTest::qWait(100);
    QCOMPARE(hq.requests.size(), requests);
    QCOMPARE(m_dialogs.shownCount(), dialogs);
    QVERIFY(sync.state().lastError().isEmpty());

    QVERIFY(m_app->login(u"admin"_s, u"correct horse battery"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
    finished.clear();
    QVERIFY(sync.startIfEnrolled());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncReport>().ok);
    QVERIFY(!hq.requestsTo(u"/v1/push"_s).isEmpty());
}

void TestSyncPages::syncNowRunsASync()
{
    FakeHq hq(m_clock);
    QVERIFY(hq.listen());
    AppContext& ctx = m_app->context();
    ctx.sync->setOptions([] {
        SyncClient::Options o;
        o.baseDelayMs = 20;
        o.maxDelayMs = 100;
        return o;
    }());
    QSignalSpy enrolled(ctx.sync, &SyncClient::enrolled);
    ctx.sync->enroll(hq.url(), hq.addDevice());
    QVERIFY(enrolled.wait(10000));
    QVERIFY(enrolled.first().at(0).toBool());
    auto id = ctx.records.create(u"person"_s, personInput());
    QVERIFY(id.ok());
    Q_EMIT ctx.events.recordSaved(*id, u"person"_s);

    QVERIFY(m_app->window().showPage(u"sync"_s));
    auto* button = find<QPushButton>(u"syncNowButton"_s);
    QVERIFY(button->isEnabled());
    QVERIFY(find<QLabel>(u"syncPending"_s)->text() != u"0"_s);
    QSignalSpy finished(ctx.sync, &SyncClient::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncReport>().ok);
    QCOMPARE(find<QLabel>(u"syncPending"_s)->text(), u"0"_s);
    QVERIFY2(find<QLabel>(u"syncStatus"_s)->text().startsWith(u"Done"_s),
             qPrintable(find<QLabel>(u"syncStatus"_s)->text()));
    QVERIFY(find<QLabel>(u"syncServer"_s)->text().contains(hq.url()));
    QVERIFY(find<QLabel>(u"statusLastSync"_s)->text().startsWith(u"Last sync"_s));
    QCOMPARE(find<QLabel>(u"pendingSync"_s)->text(), u"Waiting to sync: 0 changes in 0 records"_s);
    QCOMPARE(hq.valueOf(*id, u"given_name"_s).toString(), u"Amir"_s);

    // The server goes away: the error is shown in plain words, nothing is lost.
    hq.close();
    QVERIFY(ctx.records.update(*id, {{u"phone"_s, u"+38761000004"_s}}).ok());
    ctx.sync->setOptions([] {
        SyncClient::Options o;
        o.baseDelayMs = 20;
        o.maxAttempts = 2;
        return o;
    }());
    finished.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().first().value<SyncReport>().ok);
    QVERIFY(find<QLabel>(u"syncLastError"_s)->isVisible());
    QVERIFY(find<QLabel>(u"syncLastError"_s)->text().contains(u"cannot be reached"_s));
    QCOMPARE(find<QLabel>(u"syncPending"_s)->text(), u"1"_s);
}

void TestSyncPages::keepingTheOtherValueIsAnOrdinaryEdit()
{
    AppContext& ctx = m_app->context();
    QJsonObject input = personInput();
    input.insert(u"phone"_s, u"+38761000001"_s);
    auto id = ctx.records.create(u"person"_s, input);
    QVERIFY(id.ok());
    const QString conflict = makeConflict(*id, u"+38761000002"_s);
    QCOMPARE(ctx.store.get(*id).value()->values.value(u"phone"_s).toString(), u"+38761000002"_s);
    const std::int64_t outboxBefore = ctx.store.outboxSize().value();

    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    auto* list = find<QTreeWidget>(u"conflictsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Phone number"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"+38761000002"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"+38761000001"_s);
    QCOMPARE(find<QLabel>(u"winnerValue"_s)->text(), u"+38761000002"_s);
    QCOMPARE(find<QLabel>(u"loserValue"_s)->text(), u"+38761000001"_s);

    QTest::mouseClick(find<QPushButton>(u"keepLoserButton"_s), Qt::LeftButton);
    const Record after = *ctx.store.get(*id).value();
    QCOMPARE(after.values.value(u"phone"_s).toString(), u"+38761000001"_s);
    // An ordinary edit: a new stamp, in the outbox, based on the conflict's seq.
    QCOMPARE(ctx.store.outboxSize().value(), outboxBefore + 1);
    auto rows =
        ctx.store.db().prepare(u"SELECT value, base_version, hlc FROM outbox ORDER BY seq DESC LIMIT 1"_s);
    QVERIFY(rows.ok() && rows->next());
    // Sealed in the outbox (schema 8): it opens to the value kept.
    const QJsonValue sealed =
        QJsonDocument::fromJson((u"["_s + rows->text(0) + u"]"_s).toUtf8()).array().first();
    QVERIFY(AnswerSealer::isSealed(sealed));
    QCOMPARE(ctx.store.answers().open(u"person"_s, *id, u"phone"_s, rows->text(2), sealed).value(),
             QJsonValue(u"+38761000001"_s));
    QCOMPARE(rows->integer(1), m_seq);
    QCOMPARE(rows->text(2), after.stamps.value(u"phone"_s));
    auto stored = SyncState(ctx.store).conflict(conflict);
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY((*stored)->resolvedLocally);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(find<QLabel>(u"conflictsEmpty"_s)->isVisible());
}

void TestSyncPages::keepingTheKeptValueStillSyncs()
{
    AppContext& ctx = m_app->context();
    QJsonObject input = personInput();
    input.insert(u"phone"_s, u"+38761000001"_s);
    auto id = ctx.records.create(u"person"_s, input);
    QVERIFY(id.ok());
    makeConflict(*id, u"+38761000002"_s);
    const Record before = *ctx.store.get(*id).value();
    const std::int64_t outboxBefore = ctx.store.outboxSize().value();
    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    QTest::mouseClick(find<QPushButton>(u"keepWinnerButton"_s), Qt::LeftButton);
    const Record after = *ctx.store.get(*id).value();
    QCOMPARE(after.values.value(u"phone"_s).toString(), u"+38761000002"_s);
    // The value does not change, but the choice is still an edit that reaches headquarters.
    QCOMPARE(ctx.store.outboxSize().value(), outboxBefore + 1);
    QVERIFY(after.stamps.value(u"phone"_s) > before.stamps.value(u"phone"_s));
    QCOMPARE(find<QTreeWidget>(u"conflictsList"_s)->topLevelItemCount(), 0);
    auto faults = ctx.store.verify();
    QVERIFY(faults.ok() && faults->isEmpty());
}

void TestSyncPages::conflictFieldLabelIsInTheUsersLanguage()
{
    AppContext& ctx = m_app->context();
    QJsonObject input = personInput();
    input.insert(u"phone"_s, u"+38761000001"_s);
    auto id = ctx.records.create(u"person"_s, input);
    QVERIFY(id.ok());
    makeConflict(*id, u"+38761000002"_s);
    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    ctx.settings.setLanguage(u"fr"_s);
    QCoreApplication::processEvents();
    auto* list = find<QTreeWidget>(u"conflictsList"_s);
    QTRY_COMPARE(list->topLevelItem(0)->text(1), u"Numéro de téléphone"_s);
    ctx.settings.setLanguage(u"en"_s);
}

void TestSyncPages::protectionConflictsAreWithheldAndAuditedForOfficers()
{
    QJsonObject input = personInput();
    input.insert(u"age_estimated"_s, 15); // a child: the guardian note applies
    input.insert(u"guardian_note"_s, u"Uncle in Bihac, not yet confirmed"_s);
    // Recorded as a protection officer would (the logged-in administrator may not write it).
    m_app->context().records.setCanSeeProtection(true);
    auto id = m_app->context().records.create(u"person"_s, input);
    m_app->context().records.setCanSeeProtection(false);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
    makeConflict(*id, u"Aunt in Sarajevo"_s, u"guardian_note"_s);

    // The administrator is not a protection officer: present, withheld, not decidable.
    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    auto* list = find<QTreeWidget>(u"conflictsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), FormView::withheldText());
    QCOMPARE(list->topLevelItem(0)->text(3), FormView::withheldText());
    QCOMPARE(find<QLabel>(u"winnerValue"_s)->text(), FormView::withheldText());
    QCOMPARE(find<QLabel>(u"loserValue"_s)->text(), FormView::withheldText());
    QVERIFY(!find<QPushButton>(u"keepWinnerButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"keepLoserButton"_s)->isEnabled());
    auto* page = static_cast<ConflictsPage*>(m_app->window().page(u"conflicts"_s));
    QVERIFY(!page->keep(0, false));
    QCOMPARE(m_app->store().get(*id).value()->values.value(u"guardian_note"_s).toString(), u"Aunt in Sarajevo"_s);

    // A protection officer sees both values in the detail (audited), never in the list.
    QVERIFY(m_app->accounts().addUser(*m_app->session(), u"pia"_s, Role::Protection, u"officer password"_s));
    QVERIFY(m_app->endSession(false));
    QVERIFY(m_app->login(u"pia"_s, u"officer password"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
    QVERIFY(m_app->window().showPage(u"conflicts"_s));
    list = find<QTreeWidget>(u"conflictsList"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), FormView::withheldText());
    QCOMPARE(find<QLabel>(u"winnerValue"_s)->text(), u"Aunt in Sarajevo"_s);
    QCOMPARE(find<QLabel>(u"loserValue"_s)->text(), u"Uncle in Bihac, not yet confirmed"_s);
    QVERIFY(find<QPushButton>(u"keepLoserButton"_s)->isEnabled());
    auto entries = m_app->store().audit().entries(1);
    QVERIFY(entries.ok() && !entries->isEmpty());
    QCOMPARE(entries->first().kind, u"view_protection"_s);
    QCOMPARE(entries->first().recordId, *id);
    QVERIFY(entries->first().actor.startsWith(u"pia@"_s));
}

QTEST_MAIN(TestSyncPages)
#include "test_sync_pages.moc"
