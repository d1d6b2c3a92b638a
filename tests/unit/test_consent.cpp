// Consent (issue 5): who recorded the decision, and that without consent (or after its
// withdrawal) only answers for counting are kept about a person, in every form.
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"

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

QJsonObject person(const QString& consent)
{
    QJsonObject o{{u"sex"_s, u"female"_s},
                  {u"age_estimated"_s, 31},
                  {u"country_of_origin"_s, u"AF"_s},
                  {u"registration_date"_s, u"2026-06-14"_s},
                  {u"registration_site"_s, u"USI"_s},
                  {u"consent_given"_s, consent},
                  {u"consent_date"_s, u"2026-06-14"_s},
                  {u"consent_language"_s, u"fa"_s}};
    if (consent == u"yes"_s) {
        o.insert(u"given_name"_s, u"Zahra"_s);
        o.insert(u"phone"_s, u"+387 61 123 456"_s);
    }
    return o;
}

QJsonObject screening(const QString& personId, bool withNote)
{
    QJsonObject o{{u"person_id"_s, personId},
                  {u"screening_date"_s, u"2026-06-14"_s},
                  {u"site"_s, u"USI"_s},
                  {u"risks"_s, QJsonArray{u"serious_medical"_s}},
                  {u"urgency"_s, u"high"_s}};
    if (withNote)
        o.insert(u"medical_note"_s, u"Insulin-dependent."_s);
    return o;
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    std::int64_t outbox() const { return m_store->outboxSize().value(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto forms = FormRegistry::load();
        QVERIFY(forms);
        m_forms = *forms;
        QVERIFY(m_dir.isValid());
        auto store = LocalStore::initialise(DataFolder(m_dir.path()), u"USI"_s, m_forms, m_clock);
        QVERIFY2(store, store ? "" : qPrintable(store.error().fullText()));
        QVERIFY(unlockWithInterimKey(**store).ok());
        m_store = std::move(*store);
    }

    void consentDecisionRecordsWhoTookIt()
    {
        RecordService amina(*m_store, u"en"_s);
        amina.setCanSeeProtection(true);
        amina.setActor(u"amina"_s);
        const auto id = amina.create(u"person"_s, person(u"yes"_s));
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        QCOMPARE(m_store->get(*id)->value().values.value(u"consent_by"_s).toString(), u"amina"_s);

        // Another user changes something else: the consent stays Amina's.
        RecordService emir(*m_store, u"en"_s);
        emir.setCanSeeProtection(true);
        emir.setActor(u"emir"_s);
        QVERIFY(emir.update(*id, {{u"phone"_s, u"+387 61 999 000"_s}}));
        QCOMPARE(m_store->get(*id)->value().values.value(u"consent_by"_s).toString(), u"amina"_s);

        // Emir records the withdrawal: it is now his; the name and phone are gone.
        QVERIFY(emir.update(*id, {{u"consent_withdrawn"_s, true}, {u"consent_withdrawn_date"_s, u"2026-06-15"_s}}));
        const QJsonObject after = m_store->get(*id)->value().values;
        QCOMPARE(after.value(u"consent_by"_s).toString(), u"emir"_s);
        QVERIFY(!after.contains(u"given_name"_s));
        QVERIFY(!after.contains(u"phone"_s));
        QCOMPARE(after.value(u"sex"_s).toString(), u"female"_s);
        QVERIFY(!emir.personConsents(*id));

        // The consent recorder cannot be typed.
        const std::int64_t before = outbox();
        QVERIFY(!emir.update(*id, {{u"consent_by"_s, u"someone"_s}}));
        QCOMPARE(outbox(), before);
    }

    void withoutConsentOnlyCountingAnswersAreKept()
    {
        RecordService service(*m_store, u"en"_s);
        service.setCanSeeProtection(true);
        service.setActor(u"amina"_s);
        const auto no = service.create(u"person"_s, person(u"no"_s));
        QVERIFY2(no, no ? "" : qPrintable(no.error().fullText()));
        QVERIFY(!service.personConsents(*no));

        // A name for a person without consent is refused, nothing written.
        std::int64_t before = outbox();
        QVERIFY(!service.update(*no, {{u"given_name"_s, u"Zahra"_s}}));
        QCOMPARE(outbox(), before);

        // Screening: the counting answers are kept, a protection note is refused.
        auto refused = service.create(u"screening"_s, screening(*no, true));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.error().fullText().contains(u"consent"_s));
        QCOMPARE(outbox(), before);
        auto counted = service.create(u"screening"_s, screening(*no, false));
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().fullText()));

        // With consent the same note is kept.
        const auto yes = service.create(u"person"_s, person(u"yes"_s));
        QVERIFY(yes);
        auto noted = service.create(u"screening"_s, screening(*yes, true));
        QVERIFY2(noted, noted ? "" : qPrintable(noted.error().fullText()));

        // After withdrawal no new protection answer is taken about that person.
        QVERIFY(service.update(*yes, {{u"consent_withdrawn"_s, true}, {u"consent_withdrawn_date"_s, u"2026-06-15"_s}}));
        before = outbox();
        QVERIFY(!service.update(*noted, {{u"medical_note"_s, u"Changed."_s}}));
        QCOMPARE(outbox(), before);
        // Its counting answers can still change.
        QVERIFY(service.update(*noted, {{u"urgency"_s, u"medium"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "test_consent.moc"
