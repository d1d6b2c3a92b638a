#include "HqRetention.h"

#include "HqLog.h"
#include "HqSealer.h"
#include "forms/FormRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

QVariant bigint(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

} // namespace

Result<HqPurgeReport> HqRetention::purge(const QString& actor)
{
    HqPurgeReport report;
    auto formsNow = m_store.formsNow();
    if (!formsNow)
        return formsNow.error();
    const FormRegistry& forms = **formsNow;
    const ReferenceData& reference = forms.reference();

    // Forms that refer to a person go before the person form, so that a person is emptied
    // only once nothing kept refers to them (as on the devices).
    QStringList order;
    QStringList personForms;
    QStringList referringFields;
    for (const QString& id : forms.formIds()) {
        const FormDefinition* form = forms.form(id);
        if (!form)
            continue;
        if (!form->keys.person.isEmpty() && !referringFields.contains(form->keys.person))
            referringFields.append(form->keys.person);
        if (form->field(u"household_head"_s) && !referringFields.contains(u"household_head"_s))
            referringFields.append(u"household_head"_s);
        const auto days = reference.retentionDays(id);
        if (!days || *days < 1)
            continue;
        (form->keys.person.isEmpty() ? personForms : order).append(id);
    }
    order += personForms;
    if (order.isEmpty())
        return report;

    HqDatabase& db = m_store.database();
    if (Status s = db.begin(); !s)
        return s.error();
    const auto fail = [&db](const Error& e) {
        db.rollback();
        qCWarning(lcHq) << "retention purge failed:" << e.message;
        return e;
    };
    // Taken as a push takes it: a push that is under way finishes first, and none starts
    // until the records are emptied (so none writes a value to a record emptied meanwhile).
    if (auto lock = db.run(u"UPDATE counter SET value = value WHERE id = 1"_s); !lock)
        return fail(lock.error());

    const std::int64_t now = m_store.clock().nowMs();
    const QString marker = HqSealer::purgedMarker();
    QList<HqAudit::Event> events;
    for (const QString& formId : std::as_const(order)) {
        const std::int64_t cutoff = now - *reference.retentionDays(formId) * kDayMs;
        QSet<QString> referenced;
        if (forms.form(formId)->keys.person.isEmpty() && !referringFields.isEmpty()) {
            auto q = db.run(u"SELECT f.record_id, f.value FROM fields f JOIN records o ON o.id = f.record_id "
                            "WHERE o.purged_ms IS NULL AND f.field IN ("_s +
                                QStringList(referringFields.size(), u"?"_s).join(u',') + u')',
                            QVariantList(referringFields.begin(), referringFields.end()));
            if (!q)
                return fail(q.error());
            while (q->next()) {
                const QString text = q->value(1).toString();
                if (text.size() > 2 && text.startsWith(u'"') && text.endsWith(u'"') &&
                    text.mid(1, text.size() - 2) != q->value(0).toString())
                    referenced.insert(text.mid(1, text.size() - 2));
            }
        }
        QStringList ids;
        {
            auto q = db.run(u"SELECT r.id FROM records r WHERE r.form = ? AND r.purged_ms IS NULL "
                            "AND (SELECT max(c.received_ms) FROM changes c WHERE c.record_id = r.id) < ? "
                            "ORDER BY r.created_seq"_s,
                            {formId, bigint(cutoff)});
            if (!q)
                return fail(q.error());
            while (q->next())
                if (const QString id = q->value(0).toString(); !referenced.contains(id))
                    ids.append(id);
        }
        for (const QString& id : std::as_const(ids)) {
            const std::pair<QString, QVariantList> steps[] = {
                {u"UPDATE changes SET value = ? WHERE record_id = ?"_s, {marker, id}},
                {u"UPDATE conflicts SET winner_value = ?, loser_value = ? WHERE record_id = ?"_s,
                 {marker, marker, id}},
                {u"DELETE FROM fields WHERE record_id = ?"_s, {id}},
                {u"UPDATE records SET purged_ms = ? WHERE id = ?"_s, {bigint(now), id}},
            };
            for (const auto& [sql, values] : steps)
                if (auto done = db.run(sql, values); !done)
                    return fail(done.error());
            events.append(
                {actor, QString::fromUtf16(HqAudit::kRetentionPurge), id,
                 QString::fromUtf8(
                     QJsonDocument(QJsonObject{{u"form"_s, formId}}).toJson(QJsonDocument::Compact))});
            ++report.purged[formId];
            report.recordIds.append(id);
        }
    }
    if (Status s = m_store.audit().appendInTransaction(events); !s)
        return fail(s.error());
    if (Status s = db.commit(); !s)
        return s.error();
    if (report.total() > 0)
        qCInfo(lcHq) << "retention: emptied" << report.total() << "records past their form's period";
    return report;
}

} // namespace prihvat::hq
