// Need-to-know in the rules every writer goes through (RecordService): a user who is not a
// protection officer can neither type a protection-sensitive answer nor erase one, directly,
// through a change that makes it irrelevant (relevance clears it on save), or by deleting the
// record. Data-driven over resources/forms/*.json: for every protection field of every form,
// the test searches the facet answers its relevance depends on for a change that clears it,
// and shows that the change is refused with nothing written. Also: the upgrade that moves
// protection categories older forms kept in clear into the sealed fields.
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "forms/RecordValidator.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/ProtectionUpgrade.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestDataKey.h"

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

// A record of each form with every protection-sensitive field answered (and relevant). A
// form that gets a protection field must get an answer for it here: the test says so.
QJsonObject fullRecord(const QString& form, const QString& personId)
{
    if (form == u"person"_s)
        return {{u"consent_given"_s, u"yes"_s},
                {u"consent_date"_s, u"2026-06-14"_s},
                {u"consent_language"_s, u"fa"_s},
                {u"given_name"_s, u"Parwana"_s},
                {u"sex"_s, u"female"_s},
                {u"age_estimated"_s, 15},
                {u"country_of_origin"_s, u"AF"_s},
                {u"registration_date"_s, u"2026-06-14"_s},
                {u"registration_site"_s, u"USI"_s},
                {u"unaccompanied_child"_s, u"yes"_s},
                {u"guardian_note"_s, u"Travels with an adult who says he is her uncle."_s}};
    if (form == u"screening"_s)
        return {{u"person_id"_s, personId},
                {u"screening_date"_s, u"2026-06-15"_s},
                {u"site"_s, u"USI"_s},
                {u"risks"_s,
                 QJsonArray{u"uasc"_s, u"serious_medical"_s, u"psychological_distress"_s, u"other"_s}},
                {u"protection_concern"_s, u"yes"_s},
                {u"protection_risks"_s, QJsonArray{u"gbv"_s, u"lgbtqi"_s, u"trafficking"_s}},
                {u"gbv_details"_s, u"Disclosed to the female staff member."_s},
                {u"lgbtqi_note"_s, u"Fears the group she travels with."_s},
                {u"trafficking_indicators"_s, QJsonArray{u"debt_bondage"_s}},
                {u"medical_note"_s, u"Insulin-dependent."_s},
                {u"distress_note"_s, u"Does not sleep."_s},
                {u"other_risk"_s, u"Threatened by a smuggler."_s},
                {u"urgency"_s, u"high"_s},
                {u"notes"_s, u"Asked for a female officer."_s}};
    if (form == u"referral"_s)
        return {{u"person_id"_s, personId},
                {u"referral_date"_s, u"2026-06-15"_s},
                {u"site"_s, u"USI"_s},
                {u"protection_referral"_s, u"yes"_s},
                {u"protection_service"_s, u"gbv_services"_s},
                {u"protection_provider"_s, u"womens_ngo_sarajevo"_s},
                {u"urgency"_s, u"priority"_s},
                {u"consent_to_refer"_s, u"yes"_s},
                {u"reason"_s, u"Wishes to talk to a women's organisation."_s},
                {u"status"_s, u"completed"_s},
                {u"outcome_note"_s, u"Seen twice; wants no further contact."_s}};
    return {};
}

// Answers worth trying for a field when looking for a change that clears another one.
QJsonArray candidates(const FieldDefinition& f, const ReferenceData& reference)
{
    QJsonArray out{QJsonValue::Null};
    QStringList values;
    for (const Choice& c : f.choices)
        values.append(c.value);
    if (!f.reference.isEmpty())
        values += reference.codes(f.reference);
    switch (f.type) {
    case FieldType::SelectOne:
        for (const QString& v : std::as_const(values))
            out.append(v);
        break;
    case FieldType::SelectMultiple:
        for (const QString& v : std::as_const(values))
            out.append(QJsonArray{v});
        break;
    case FieldType::Integer:
    case FieldType::Decimal:
        for (int n : {0, 5, 17, 18, 30, 70})
            out.append(n);
        break;
    case FieldType::Date:
        for (const char16_t* d : {u"1960-01-01", u"2000-01-01", u"2015-01-01", u"2026-06-01"})
            out.append(QString::fromUtf16(d));
        break;
    case FieldType::Boolean:
        out.append(true);
        out.append(false);
        break;
    default:
        break;
    }
    return out;
}

QStringList protectionFields(const FormDefinition& form)
{
    QStringList names;
    for (const FieldDefinition& f : form.fields)
        if (f.sensitivity == Sensitivity::Protection)
            names.append(f.name);
    return names;
}

} // namespace

class TestNeedToKnow : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QString m_person;

    RecordService service(bool protection)
    {
        RecordService s(*m_store, u"en"_s);
        s.setActor(protection ? u"pia"_s : u"meho"_s);
        s.setCanSeeProtection(protection);
        return s;
    }
    QJsonObject stored(const QString& id) const { return m_store->get(id).value().value().values; }
    // Writes a record as it stands (as sync brings one in, in any state), after checking that
    // today's form takes it as it is.
    QString write(const QString& form, const QJsonObject& values)
    {
        const FormDefinition* def = m_forms->form(form);
        QJsonObject checked = values;
        const QList<FieldIssue> issues = service(true).validator().validate(*def, checked, {});
        if (!issues.isEmpty() || checked != values) {
            qWarning() << form << "record not valid:" << issues.size() << "issues, first on"
                       << (issues.isEmpty() ? QString() : issues.first().field);
            return {};
        }
        RecordWrite w;
        w.isNew = true;
        w.stamp = m_store->hlc().now();
        w.record.id = u"0190a000-0000-7000-8000-%1"_s.arg(++m_written, 12, 10, QChar(u'0'));
        w.record.form = form;
        w.record.values = values;
        w.record.createdMs = w.record.updatedMs = m_clock.nowMs();
        w.record.updatedHlc = w.stamp.toString();
        for (auto it = values.begin(); it != values.end(); ++it) {
            w.record.stamps.insert(it.key(), w.record.updatedHlc);
            w.changes.append({it.key(), it.value()});
        }
        if (Status s = m_store->commit({w}); !s) {
            qWarning() << s.error().fullText();
            return {};
        }
        return w.record.id;
    }
    int m_written = 0;
    std::int64_t outbox() const { return m_store->outboxSize().value(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto forms = FormRegistry::load();
        QVERIFY2(forms, forms ? "" : qPrintable(forms.error().fullText()));
        m_forms = *forms;
        QVERIFY(m_dir.isValid());
        auto store =
            LocalStore::initialise(DataFolder(m_dir.filePath(u"data"_s)), u"USI"_s, m_forms, m_clock);
        QVERIFY2(store, store ? "" : qPrintable(store.error().fullText()));
        QVERIFY(unlockWithInterimKey(**store).ok());
        m_store = std::move(*store);
        auto person = service(true).create(u"person"_s, fullRecord(u"person"_s, {}));
        QVERIFY2(person, person ? "" : qPrintable(person.error().fullText()));
        m_person = *person;
    }

    void everyProtectionFieldHoldsAgainstOtherRoles_data()
    {
        QTest::addColumn<QString>("form");
        // The forms as written in the source tree, so that a new form is covered too.
        const QDir dir(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/resources/forms"_s);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString& file : files) {
            const QString id = file.chopped(5);
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void everyProtectionFieldHoldsAgainstOtherRoles()
    {
        QFETCH(QString, form);
        const FormDefinition* def = m_forms->form(form);
        QVERIFY(def);
        const QStringList protection = protectionFields(*def);
        const QJsonObject full = fullRecord(form, m_person);
        if (protection.isEmpty()) {
            QVERIFY2(full.isEmpty(), "the form has no protection field: drop its record here");
            return;
        }
        for (const QString& field : protection)
            QVERIFY2(full.contains(field),
                     qPrintable(u"give %1.%2 an answer in fullRecord()"_s.arg(form, field)));

        RecordService officer = service(true);
        RecordService mobile = service(false);
        const QString id = write(form, full);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = stored(id);
        for (const QString& field : protection)
            QVERIFY2(before.contains(field), qPrintable(field));
        const std::int64_t outboxBefore = outbox();

        // Creating a record with a protection answer, as anyone else: refused.
        for (const QString& field : protection) {
            QJsonObject input = full;
            for (const QString& other : protection)
                if (other != field)
                    input.remove(other);
            const auto refused = mobile.create(form, input);
            QVERIFY2(!refused, qPrintable(field));
            QCOMPARE(refused.error().code, Error::Code::Invalid);
            QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
        }

        // Typing over or clearing each one directly: refused.
        for (const QString& field : protection) {
            const Status cleared = mobile.update(id, {{field, QJsonValue::Null}});
            QVERIFY2(!cleared, qPrintable(field));
            QVERIFY2(cleared.error().message.contains(u"protection officer"_s),
                     qPrintable(cleared.error().message));
        }

        // Through relevance: every answer of every facet the relevance of a protection field
        // depends on (through other protection fields too) is tried; the validator says which
        // clear the field on save, and each of those is refused for anyone else.
        const RecordValidator validator = officer.validator();
        for (const QString& field : protection) {
            const FieldDefinition* f = def->field(field);
            if (!f->relevant)
                continue;
            QSet<QString> facets;
            QStringList pending{field};
            QSet<QString> seen;
            while (!pending.isEmpty()) {
                const FieldDefinition* g = def->field(pending.takeFirst());
                if (!g || seen.contains(g->name))
                    continue;
                seen.insert(g->name);
                if (g->sensitivity != Sensitivity::Protection) {
                    facets.insert(g->name);
                    continue;
                }
                if (g->relevant)
                    for (const QString& ref : g->relevant->fieldReferences())
                        pending.append(ref);
            }
            QVERIFY2(!facets.isEmpty(), qPrintable(u"%1.%2 depends on no facet"_s.arg(form, field)));
            int clearing = 0;
            for (const QString& facet : std::as_const(facets)) {
                const FieldDefinition* g = def->field(facet);
                if (g->readOnly)
                    continue;
                for (const QJsonValue& value : candidates(*g, m_forms->reference())) {
                    const QJsonObject change{{facet, value}};
                    QJsonObject saved = before;
                    if (value.isNull())
                        saved.remove(facet);
                    else
                        saved.insert(facet, value);
                    validator.validate(*def, saved, {facet});
                    if (saved.contains(field))
                        continue;
                    ++clearing;
                    const Status refused = mobile.update(id, change);
                    QVERIFY2(!refused,
                             qPrintable(u"%1 = %2 cleared %3 for a mobile user"_s.arg(
                                 facet,
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                                 field)));
                    QCOMPARE(refused.error().code, Error::Code::Invalid);
                    QVERIFY2(refused.error().message.contains(u"only a protection officer"_s),
                             qPrintable(refused.error().message));
                    // The refusal names no protection field: it would tell what they hold.
                    for (const QString& name : protection)
                        QVERIFY2(!refused.error().message.contains(name),
                                 qPrintable(refused.error().message));
                }
            }
            QVERIFY2(clearing > 0,
                     qPrintable(u"no change found that makes %1.%2 irrelevant"_s.arg(form, field)));
        }
        QCOMPARE(stored(id), before);
        QCOMPARE(outbox(), outboxBefore);

        // Deleting the record would erase them too: refused; nothing written.
        const Status deleted = mobile.remove(id);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, Error::Code::Invalid);
        QCOMPARE(stored(id), before);
        QCOMPARE(outbox(), outboxBefore);

        // The protection officer may do all of it.
        QVERIFY(officer.prepareDelete(m_store->get(id).value().value()));
        QVERIFY(officer.update(id, {{protection.first(), QJsonValue::Null}}));
    }

    // The mobile team's own answers stay theirs, on a record that holds protection answers.
    void otherAnswersStayEditable()
    {
        RecordService mobile = service(false);
        const QString created = write(u"screening"_s, fullRecord(u"screening"_s, m_person));
        QVERIFY(!created.isEmpty());
        const QString* id = &created;
        const Status s =
            mobile.update(*id, {{u"urgency"_s, u"immediate"_s}, {u"needs"_s, QJsonArray{u"food"_s}}});
        QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
        const QJsonObject after = stored(*id);
        QCOMPARE(after.value(u"urgency"_s).toString(), u"immediate"_s);
        QCOMPARE(after.value(u"gbv_details"_s).toString(), u"Disclosed to the female staff member."_s);
        // A mobile team asks for a protection officer with the yes/no alone.
        auto flagged = mobile.create(u"screening"_s, {{u"person_id"_s, m_person},
                                                      {u"screening_date"_s, u"2026-06-15"_s},
                                                      {u"site"_s, u"USI"_s},
                                                      {u"risks"_s, QJsonArray{u"none"_s}},
                                                      {u"protection_concern"_s, u"yes"_s},
                                                      {u"urgency"_s, u"high"_s}});
        QVERIFY2(flagged, flagged ? "" : qPrintable(flagged.error().fullText()));
        // A record without protection answers is theirs to delete.
        QVERIFY(mobile.remove(*flagged));
    }

    // Folders from before the protection categories moved: the risks, service and provider
    // that name a protection case were plain facets. A protection officer's login moves them
    // into the sealed fields, once; a second run finds nothing.
    void upgradeMovesOldFacetsIntoSealedFields()
    {
        auto write = [&](const QString& form, const QJsonObject& values) -> QString {
            RecordWrite w;
            w.isNew = true;
            w.stamp = m_store->hlc().now();
            w.record.id = u"0190a000-0000-7000-8000-%1"_s.arg(++m_written, 12, 10, QChar(u'0'));
            w.record.form = form;
            w.record.values = values;
            w.record.createdMs = w.record.updatedMs = m_clock.nowMs();
            w.record.updatedHlc = w.stamp.toString();
            for (auto it = values.begin(); it != values.end(); ++it) {
                w.record.stamps.insert(it.key(), w.record.updatedHlc);
                w.changes.append({it.key(), it.value()});
            }
            if (!m_store->commit({w}))
                return QString();
            return w.record.id;
        };
        // As form version 1 wrote them (written around the validator, which refuses them now).
        const QString screening = write(u"screening"_s, {{u"person_id"_s, m_person},
                                                         {u"screening_date"_s, u"2026-06-01"_s},
                                                         {u"site"_s, u"USI"_s},
                                                         {u"risks"_s, QJsonArray{u"gbv"_s, u"disability"_s}},
                                                         {u"gbv_details"_s, u"Disclosed."_s},
                                                         {u"urgency"_s, u"high"_s}});
        const QString referral = write(u"referral"_s, {{u"person_id"_s, m_person},
                                                       {u"referral_date"_s, u"2026-06-01"_s},
                                                       {u"site"_s, u"USI"_s},
                                                       {u"service"_s, u"gbv_services"_s},
                                                       {u"provider"_s, u"womens_ngo_sarajevo"_s},
                                                       {u"urgency"_s, u"priority"_s},
                                                       {u"consent_to_refer"_s, u"yes"_s},
                                                       {u"status"_s, u"pending"_s}});
        QVERIFY(!screening.isEmpty() && !referral.isEmpty());
        auto rawData = [&](const QString& id) {
            auto s = m_store->db().prepare(u"SELECT data FROM records WHERE id = ?1"_s);
            s->bind(1, id);
            return s->next() ? s->text(0) : QString();
        };
        QVERIFY(rawData(screening).contains(u"\"gbv\""_s)); // the old exposure, in clear in the file
        QVERIFY(rawData(referral).contains(u"\"gbv_services\""_s));

        // On a device enrolled for another role nothing moves: headquarters would take the
        // cleared facets and refuse the sealed categories, which would be lost.
        SyncState sync(*m_store);
        QVERIFY(sync.saveEnrolment(
            {u"https://hq.example"_s, m_store->deviceId(), u"token"_s, {u"USI"_s}, u"mobile"_s}));
        QCOMPARE(ProtectionUpgrade::run(*m_store).value(), 0);
        QVERIFY(rawData(screening).contains(u"\"gbv\""_s));
        QVERIFY(sync.saveEnrolment(
            {u"https://hq.example"_s, m_store->deviceId(), u"token"_s, {u"USI"_s}, u"protection"_s}));

        const std::int64_t outboxBefore = outbox();
        const std::int64_t lastSeq =
            m_store->db().scalar(u"SELECT coalesce(max(seq), 0) FROM outbox"_s)->toLongLong();
        auto moved = ProtectionUpgrade::run(*m_store);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().fullText()));
        QCOMPARE(*moved, 2);
        QVERIFY(outbox() > outboxBefore); // headquarters and the other devices get the move

        const QJsonObject s = stored(screening);
        QCOMPARE(s.value(u"risks"_s).toArray(), QJsonArray{u"disability"_s});
        QCOMPARE(s.value(u"protection_concern"_s).toString(), u"yes"_s);
        QCOMPARE(s.value(u"protection_risks"_s).toArray(), QJsonArray{u"gbv"_s});
        QCOMPARE(s.value(u"gbv_details"_s).toString(), u"Disclosed."_s); // still relevant, kept
        const QJsonObject r = stored(referral);
        QVERIFY(!r.contains(u"service"_s));
        QVERIFY(!r.contains(u"provider"_s));
        QCOMPARE(r.value(u"protection_referral"_s).toString(), u"yes"_s);
        QCOMPARE(r.value(u"protection_service"_s).toString(), u"gbv_services"_s);
        QCOMPARE(r.value(u"protection_provider"_s).toString(), u"womens_ngo_sarajevo"_s);
        // What a thief reads from the file now: no category, no service, no provider.
        for (const QString& id : {screening, referral}) {
            const QString data = rawData(id);
            for (const char16_t* word : {u"\"gbv\"", u"gbv_services", u"womens_ngo", u"Disclosed"})
                QVERIFY2(!data.contains(QString::fromUtf16(word)), qPrintable(data));
        }
        // And what the move puts in the outbox for headquarters holds them sealed only.
        auto outboxRows =
            m_store->db().prepare(u"SELECT field, coalesce(value, '') FROM outbox WHERE seq > ?1"_s);
        outboxRows->bind(1, lastSeq);
        QStringList fields;
        while (outboxRows->next()) {
            fields.append(outboxRows->text(0));
            for (const char16_t* word : {u"\"gbv\"", u"gbv_services", u"womens_ngo"})
                QVERIFY2(!outboxRows->text(1).contains(QString::fromUtf16(word)),
                         qPrintable(outboxRows->text(1)));
        }
        QVERIFY2(fields.contains(u"protection_risks"_s) && fields.contains(u"service"_s),
                 qPrintable(fields.join(u',')));
        // Once only.
        const std::int64_t outboxAfter = outbox();
        QCOMPARE(ProtectionUpgrade::run(*m_store).value(), 0);
        QCOMPARE(outbox(), outboxAfter);
        // The moved records are valid records of today's forms: a mobile user can go on.
        QVERIFY(service(false).update(screening, {{u"urgency"_s, u"medium"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestNeedToKnow)
#include "test_need_to_know.moc"
