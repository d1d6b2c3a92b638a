// Retention (issue 5): records older than the period headquarters set are removed from the
// laptop once headquarters has them, leaving no text behind and only their id in the
// audit trail.
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "store/AuditLog.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/RetentionPurge.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestDataKey.h"

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const std::int64_t kStart = QDateTime(QDate(2025, 1, 10), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

QJsonObject person(const QString& given, const QString& date)
{
    return {{u"given_name"_s, given},
            {u"family_name"_s, u"Qaderi"_s},
            {u"sex"_s, u"female"_s},
            {u"age_estimated"_s, 40},
            {u"country_of_origin"_s, u"AF"_s},
            {u"registration_date"_s, date},
            {u"registration_site"_s, u"USI"_s},
            {u"consent_given"_s, u"yes"_s},
            {u"consent_date"_s, date},
            {u"consent_language"_s, u"fa"_s}};
}

QJsonObject screening(const QString& personId, const QString& date, const QString& note)
{
    return {{u"person_id"_s, personId},
            {u"screening_date"_s, date},
            {u"site"_s, u"USI"_s},
            {u"risks"_s, QJsonArray{u"serious_medical"_s}},
            {u"medical_note"_s, note},
            {u"urgency"_s, u"high"_s}};
}

// Every byte of the data folder's files (database, WAL, journal, anything else).
QByteArray folderBytes(const QString& path)
{
    QByteArray all;
    for (const QFileInfo& fi : QDir(path).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kStart};

    // Pushes everything waiting, as if headquarters accepted it all, and records a
    // successful sync now.
    static void confirmAll(LocalStore& store, std::int64_t now)
    {
        SyncState state(store);
        for (;;) {
            auto batch = state.nextBatch();
            QVERIFY(batch);
            if (!batch->has_value())
                break;
            QList<protocol::PushResult> results;
            for (int i = 0; i < (*batch)->changes.size(); ++i) {
                protocol::PushResult r;
                r.seq = i + 1;
                results.append(r);
            }
            QVERIFY(state.recordPushAnswer(**batch, results));
        }
        QVERIFY(state.recordSuccess(now));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto forms = FormRegistry::load();
        QVERIFY(forms);
        m_forms = *forms;
    }

    void purgesOnlyWhatHeadquartersHasAndIsOld()
    {
        m_clock.set(kStart);
        QTemporaryDir dir;
        auto opened = LocalStore::initialise(DataFolder(dir.path()), u"USI"_s, m_forms, m_clock);
        QVERIFY(opened);
        QVERIFY(unlockWithInterimKey(**opened).ok());
        LocalStore& store = **opened;
        SyncState state(store);
        QVERIFY(state.saveEnrolment({u"https://hq.example"_s, store.deviceId(), u"token"_s, {u"USI"_s}, u"mobile"_s}));
        RecordService service(store, u"en"_s);
        service.setCanSeeProtection(true);
        service.setActor(u"amina"_s);

        const auto old = service.create(u"person"_s, person(u"Gulalai"_s, u"2025-01-10"_s));
        QVERIFY(old);
        const auto oldScreening =
            service.create(u"screening"_s, screening(*old, u"2025-01-10"_s, u"Sealed-or-not-XJ42 medical detail"_s));
        QVERIFY(oldScreening);
        const auto keptByLink = service.create(u"person"_s, person(u"Marzia"_s, u"2025-01-10"_s));
        QVERIFY(keptByLink);
        const QByteArray oldData = store.db().scalar(u"SELECT data FROM records WHERE id = '%1'"_s.arg(*oldScreening))
                                       ->toString().toUtf8();
        QVERIFY(!oldData.isEmpty());

        // Half a year later: a new screening of Marzia, and everything so far confirmed.
        m_clock.set(kStart + 200 * kDay);
        QVERIFY(service.create(u"screening"_s, screening(*keptByLink, u"2025-07-29"_s, u"Recent note"_s)));
        confirmAll(store, m_clock.nowMs());
        // Then an old unsent change: Gulalai's second screening waits in the outbox.
        m_clock.set(kStart + 201 * kDay);
        const auto unsent =
            service.create(u"screening"_s, screening(*old, u"2025-01-11"_s, u"Unsent note"_s));
        QVERIFY(unsent);

        // A year after the start, with a 180-day period for every form.
        m_clock.set(kStart + 365 * kDay);
        auto days = [](const QString&) -> std::optional<int> { return 180; };
        auto report = RetentionPurge::run(store, days, u"amina"_s);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        // Only the old, confirmed screening went: Gulalai is still referred to by the unsent
        // one, Marzia by her recent screening.
        QCOMPARE(report->total(), 1);
        QCOMPARE(report->purged.value(u"screening"_s), 1);
        QVERIFY(!store.get(*oldScreening)->has_value());
        QVERIFY(store.get(*old)->has_value());
        QVERIFY(store.get(*keptByLink)->has_value());
        QVERIFY(store.get(*unsent)->has_value());

        // The purge is in the trail with the id and form only, and the chain holds.
        auto entries = store.audit().entries(1);
        QVERIFY(entries && !entries->isEmpty());
        QCOMPARE(entries->first().kind, u"purge"_s);
        QCOMPARE(entries->first().recordId, *oldScreening);
        QCOMPARE(entries->first().form, u"screening"_s);
        QVERIFY(entries->first().detail.isEmpty());
        QVERIFY(store.audit().verify()->isEmpty());

        // No text of it is left in any file of the folder (database, WAL, journal).
        const QByteArray bytes = folderBytes(dir.path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(oldData));
        QVERIFY(!bytes.contains("Sealed-or-not-XJ42"));
        QVERIFY(!bytes.contains(QString(u"Sealed-or-not-XJ42"_s).toUtf8().toBase64()));

        // Once the unsent one is confirmed and old too, it goes; then Gulalai herself.
        m_clock.set(kStart + 500 * kDay);
        confirmAll(store, m_clock.nowMs());
        m_clock.set(kStart + 700 * kDay);
        report = RetentionPurge::run(store, days, u"amina"_s);
        QVERIFY(report);
        QCOMPARE(report->purged.value(u"screening"_s), 2);
        QCOMPARE(report->purged.value(u"person"_s), 2);
        QVERIFY(!store.get(*old)->has_value());
        QVERIFY(!store.get(*keptByLink)->has_value());
        QCOMPARE(store.count(u"person"_s).value(), 0);
        QVERIFY(store.verify()->isEmpty());
    }

    void nothingGoesWithoutPeriodOrConfirmation()
    {
        m_clock.set(kStart);
        QTemporaryDir dir;
        auto opened = LocalStore::initialise(DataFolder(dir.path()), u"USI"_s, m_forms, m_clock);
        QVERIFY(opened);
        QVERIFY(unlockWithInterimKey(**opened).ok());
        LocalStore& store = **opened;
        RecordService service(store, u"en"_s);
        service.setCanSeeProtection(true);
        const auto id = service.create(u"person"_s, person(u"Shirin"_s, u"2025-01-10"_s));
        QVERIFY(id);
        m_clock.set(kStart + 1000 * kDay);
        // Not enrolled: headquarters has confirmed nothing.
        auto report = RetentionPurge::run(store, [](const QString&) { return std::optional<int>(30); }, u"a"_s);
        QVERIFY(report);
        QCOMPARE(report->total(), 0);
        // Enrolled and synced, but no period set for the form.
        SyncState state(store);
        QVERIFY(state.saveEnrolment({u"https://hq.example"_s, store.deviceId(), u"token"_s, {u"USI"_s}, u"mobile"_s}));
        confirmAll(store, m_clock.nowMs());
        report = RetentionPurge::run(store, [](const QString&) { return std::optional<int>(); }, u"a"_s);
        QVERIFY(report);
        QCOMPARE(report->total(), 0);
        QVERIFY(store.get(*id)->has_value());
        // With a period it goes.
        report = RetentionPurge::run(store, [](const QString&) { return std::optional<int>(30); }, u"a"_s);
        QVERIFY(report);
        QCOMPARE(report->total(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
