// Reference data from headquarters on the device (schema 6, ReferenceStore): a pulled page's
// reference changes are stored with the page and its cursor, laid over the built-in copy
// entry by entry, used at once by the validator, and still there after a restart.
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestDataKey.h"

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

QJsonObject label(const QString& en)
{
    QJsonObject o;
    for (const QString& lang : {u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s})
        o.insert(lang, QString(en + u" ("_s + lang + u')'));
    return o;
}

QJsonObject newSite()
{
    return {{u"code"_s, u"DRV"_s},   {u"kind"_s, u"outreach"_s}, {u"name"_s, u"Drvar"_s},
            {u"canton"_s, u"Canton 10"_s}, {u"entity"_s, u"FBiH"_s}};
}

QJsonObject newItem()
{
    return {{u"code"_s, u"solar_lamp"_s}, {u"assistance_type"_s, u"nfi_kit"_s}, {u"unit"_s, u"piece"_s},
            {u"label"_s, label(u"Solar lamp"_s)}};
}

protocol::ReferenceChange ref(std::int64_t seq, const QString& set, const QString& code, std::int64_t position,
                              const QJsonValue& entry)
{
    return {seq, set, code, position, entry};
}

} // namespace

class TestReferenceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pulledReferenceIsUsedAtOnceAndAfterRestart();
    void removalAndReplacementAtHeadquarters();
    void unusableEntriesAreSkippedNotStored();
    void referenceRollsBackWithItsPage();

private:
    QJsonObject assistanceAt(const QString& person, const QString& site, const QString& item) const
    {
        return {{u"person_id"_s, person},        {u"assistance_date"_s, u"2026-06-14"_s},
                {u"site"_s, site},                {u"assistance_type"_s, u"nfi_kit"_s},
                {u"item"_s, item},                {u"quantity"_s, 1},
                {u"group_distribution"_s, false}};
    }
    QString person(RecordService& service)
    {
        auto id = service.create(u"person"_s,
                                 {{u"given_name"_s, u"Amir"_s},
                                  {u"family_name"_s, u"Haidari"_s},
                                  {u"sex"_s, u"male"_s},
                                  {u"age_estimated"_s, 27},
                                  {u"country_of_origin"_s, u"AF"_s},
                                  {u"languages"_s, QJsonArray{u"fa"_s}},
                                  {u"registration_date"_s, u"2026-06-14"_s},
                                  {u"registration_site"_s, u"USI"_s},
                                  {u"consent_given"_s, u"yes"_s},
                                  {u"consent_date"_s, u"2026-06-14"_s},
                                  {u"consent_language"_s, u"fa"_s}});
        return id ? *id : QString();
    }

    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
};

void TestReferenceStore::initTestCase()
{
    auto forms = FormRegistry::load();
    QVERIFY(forms.ok());
    m_forms = *forms;
    QVERIFY(!m_forms->reference().contains(u"sites"_s, u"DRV"_s));
    QVERIFY(!m_forms->reference().contains(u"items"_s, u"solar_lamp"_s));
    QVERIFY(!m_forms->reference().retentionDays(u"screening"_s));
}

void TestReferenceStore::pulledReferenceIsUsedAtOnceAndAfterRestart()
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    {
        auto store = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
        QVERIFY(store.ok());
        QVERIFY(unlockWithInterimKey(**store).ok());
        RecordService service(**store, u"en"_s);
        service.setCanSeeProtection(true);
        const QString p = person(service);
        QVERIFY(!p.isEmpty());
        // Before headquarters sent them, neither the site nor the item is a valid choice.
        auto refused = service.create(u"assistance"_s, assistanceAt(p, u"DRV"_s, u"solar_lamp"_s));
        QVERIFY(!refused.ok());

        SyncState state(**store);
        protocol::PullResponse page;
        page.reference = {ref(7, u"sites"_s, u"DRV"_s, 40, newSite()),
                          ref(8, u"items"_s, u"solar_lamp"_s, 50, newItem()),
                          ref(9, u"retention"_s, u"screening"_s, 0,
                              QJsonObject{{u"form"_s, u"screening"_s}, {u"days"_s, 90}})};
        page.next = 9;
        auto applied = state.applyPull(page);
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().fullText()));
        QCOMPARE(applied->reference, 3);
        QCOMPARE(state.cursor(), 9);

        // In use at once: the store's forms carry them, and the validator accepts them.
        const ReferenceData& reference = (*store)->forms().reference();
        QVERIFY(reference.contains(u"sites"_s, u"DRV"_s));
        QCOMPARE(reference.site(u"DRV"_s)->name, u"Drvar"_s);
        QVERIFY(reference.sitesOfKind(u"outreach"_s).contains(u"DRV"_s));
        QCOMPARE(reference.label(u"items"_s, u"solar_lamp"_s, u"fr"_s), u"Solar lamp (fr)"_s);
        QCOMPARE(reference.itemAssistanceType(u"solar_lamp"_s), u"nfi_kit"_s);
        QCOMPARE(reference.retentionDays(u"screening"_s), std::optional<int>(90));
        QVERIFY(!reference.retentionDays(u"person"_s));
        // The built-in entries are all still there: the update is laid over them.
        for (const QString& code : m_forms->reference().codes(u"sites"_s))
            QVERIFY2(reference.contains(u"sites"_s, code), qPrintable(code));
        QCOMPARE(reference.codes(u"sites"_s).size(), m_forms->reference().codes(u"sites"_s).size() + 1);
        auto created = service.create(u"assistance"_s, assistanceAt(p, u"DRV"_s, u"solar_lamp"_s));
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().fullText()));
    }
    // After a restart (the desktop application, the next CLI command) they are still in use.
    auto store = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY(store.ok());
    QVERIFY(unlockWithInterimKey(**store).ok());
    QVERIFY((*store)->forms().reference().contains(u"sites"_s, u"DRV"_s));
    QVERIFY((*store)->forms().reference().contains(u"items"_s, u"solar_lamp"_s));
    QCOMPARE((*store)->forms().reference().retentionDays(u"screening"_s), std::optional<int>(90));
    // The built-in registry the store was opened with is not changed.
    QVERIFY(!m_forms->reference().contains(u"sites"_s, u"DRV"_s));
}

void TestReferenceStore::removalAndReplacementAtHeadquarters()
{
    QTemporaryDir dir;
    auto store = LocalStore::initialise(DataFolder(dir.path()), u"USI"_s, m_forms, m_clock);
    QVERIFY(store.ok());
    QVERIFY(unlockWithInterimKey(**store).ok());
    SyncState state(**store);
    const QString builtInName = m_forms->reference().site(u"VKL"_s)->name;
    QVERIFY(builtInName != u"Velika Kladuša (camp Miral)"_s);
    QJsonObject renamed{{u"code"_s, u"VKL"_s}, {u"kind"_s, u"outreach"_s}, {u"name"_s, u"Velika Kladuša (camp Miral)"_s},
                        {u"canton"_s, u"Una-Sana Canton"_s}, {u"entity"_s, u"FBiH"_s}};
    protocol::PullResponse page;
    page.reference = {ref(3, u"sites"_s, u"VKL"_s, 5, renamed), ref(4, u"sites"_s, u"DRV"_s, 40, newSite()),
                      ref(5, u"providers"_s, m_forms->reference().codes(u"providers"_s).first(), 0, QJsonValue())};
    page.next = 5;
    QVERIFY(state.applyPull(page).ok());
    const ReferenceData* reference = &(*store)->forms().reference();
    QCOMPARE(reference->site(u"VKL"_s)->name, u"Velika Kladuša (camp Miral)"_s);
    QVERIFY(!reference->contains(u"providers"_s, m_forms->reference().codes(u"providers"_s).first()));
    QCOMPARE(reference->codes(u"providers"_s).size(), m_forms->reference().codes(u"providers"_s).size() - 1);

    // The site removed later, the retention period set and removed again.
    page.reference = {ref(6, u"sites"_s, u"DRV"_s, 40, QJsonValue()),
                      ref(7, u"retention"_s, u"person"_s, 0, QJsonObject{{u"form"_s, u"person"_s}, {u"days"_s, 30}})};
    page.next = 7;
    QVERIFY(state.applyPull(page).ok());
    reference = &(*store)->forms().reference();
    QVERIFY(!reference->contains(u"sites"_s, u"DRV"_s));
    QCOMPARE(reference->retentionDays(u"person"_s), std::optional<int>(30));
    page.reference = {ref(8, u"retention"_s, u"person"_s, 0, QJsonValue())};
    page.next = 8;
    QVERIFY(state.applyPull(page).ok());
    QVERIFY(!(*store)->forms().reference().retentionDays(u"person"_s));
    // The same states again (the seed comes with every pull from cursor 0): nothing changes,
    // nothing is counted.
    page.reference = {ref(3, u"sites"_s, u"VKL"_s, 5, renamed), ref(8, u"retention"_s, u"person"_s, 0, QJsonValue())};
    page.next = 8;
    auto again = state.applyPull(page);
    QVERIFY(again.ok());
    QCOMPARE(again->reference, 0);
    // A site headquarters removed and added again is back.
    page.reference = {ref(9, u"sites"_s, u"DRV"_s, 40, newSite())};
    page.next = 9;
    QCOMPARE(state.applyPull(page)->reference, 1);
    QVERIFY((*store)->forms().reference().contains(u"sites"_s, u"DRV"_s));
}

void TestReferenceStore::unusableEntriesAreSkippedNotStored()
{
    QTemporaryDir dir;
    auto store = LocalStore::initialise(DataFolder(dir.path()), u"USI"_s, m_forms, m_clock);
    QVERIFY(store.ok());
    QVERIFY(unlockWithInterimKey(**store).ok());
    SyncState state(**store);
    QJsonObject noKind = newSite();
    noKind.remove(u"kind"_s);
    QJsonObject noLabel = newItem();
    noLabel.remove(u"label"_s);
    protocol::PullResponse page;
    page.reference = {ref(1, u"sites"_s, u"DRV"_s, 40, noKind), ref(2, u"items"_s, u"solar_lamp"_s, 1, noLabel),
                      ref(3, u"planets"_s, u"mars"_s, 1, QJsonObject{{u"code"_s, u"mars"_s}}),
                      ref(4, u"sites"_s, u"XYZ"_s, 1, newSite())}; // the code does not match the entry
    page.next = 4;
    auto applied = state.applyPull(page);
    QVERIFY(applied.ok());
    QCOMPARE(applied->reference, 0);
    QCOMPARE(state.cursor(), 4);
    QCOMPARE((*store)->db().scalar(u"SELECT count(*) FROM reference_entries"_s)->toInt(), 0);
    QCOMPARE((*store)->forms().reference().codes(u"sites"_s), m_forms->reference().codes(u"sites"_s));
}

void TestReferenceStore::referenceRollsBackWithItsPage()
{
    QTemporaryDir dir;
    auto store = LocalStore::initialise(DataFolder(dir.path()), u"USI"_s, m_forms, m_clock);
    QVERIFY(store.ok());
    QVERIFY(unlockWithInterimKey(**store).ok());
    SyncState state(**store);
    // A page whose cursor cannot be stored (a trigger refuses it) is not applied at all: the
    // reference entries written before it are rolled back with it.
    for (const char* when : {"INSERT", "UPDATE"})
        QVERIFY((*store)->db().exec(u"CREATE TEMP TRIGGER no_cursor_%1 BEFORE %1 ON meta "
                                    "WHEN NEW.key = 'sync_cursor' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s
                                        .arg(QLatin1StringView(when)))
                    .ok());
    protocol::PullResponse page;
    page.reference = {ref(1, u"sites"_s, u"DRV"_s, 40, newSite())};
    page.next = 2;
    QVERIFY(!state.applyPull(page).ok());
    QCOMPARE(state.cursor(), 0);
    QCOMPARE((*store)->db().scalar(u"SELECT count(*) FROM reference_entries"_s)->toInt(), 0);
    QVERIFY(!(*store)->forms().reference().contains(u"sites"_s, u"DRV"_s));
}

QTEST_GUILESS_MAIN(TestReferenceStore)
#include "test_reference_store.moc"
