#include "ProtectionUpgrade.h"

#include "LocalStore.h"
#include "SqliteDb.h"
#include "SyncState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// The risks of screening version 1 that name a protection case.
const QStringList kProtectionRisks{u"gbv"_s, u"lgbtqi"_s, u"trafficking"_s};
// The services of referral version 1 that name a protection case.
const QStringList kProtectionServices{u"gbv_services"_s, u"child_protection"_s};

// Candidates by a plain text search of the stored answers (facets are stored in clear,
// sealed answers as "s1:…", so only a facet can match); each is checked again below.
constexpr char16_t kCandidates[] = uR"(SELECT id FROM records WHERE deleted = 0 AND (
          (form = 'screening' AND (instr(data, '"gbv"') OR instr(data, '"lgbtqi"') OR instr(data, '"trafficking"')))
       OR (form = 'referral' AND (instr(data, '"gbv_services"') OR instr(data, '"child_protection"')))))";

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

// The record's values after the move; the same values when there is nothing to move.
QJsonObject moved(const QString& form, QJsonObject values)
{
    if (form == u"screening"_s) {
        const QStringList risks = strings(values.value(u"risks"_s));
        QStringList kept;
        QStringList protection = strings(values.value(u"protection_risks"_s));
        bool found = false;
        for (const QString& risk : risks) {
            if (kProtectionRisks.contains(risk)) {
                found = true;
                if (!protection.contains(risk))
                    protection.append(risk);
            } else {
                kept.append(risk);
            }
        }
        if (!found)
            return values;
        if (kept.isEmpty())
            kept.append(u"none"_s);
        values.insert(u"risks"_s, QJsonArray::fromStringList(kept));
        values.insert(u"protection_concern"_s, u"yes"_s);
        values.insert(u"protection_risks"_s, QJsonArray::fromStringList(protection));
    } else if (form == u"referral"_s) {
        const QString service = values.value(u"service"_s).toString();
        if (!kProtectionServices.contains(service))
            return values;
        values.insert(u"protection_referral"_s, u"yes"_s);
        values.insert(u"protection_service"_s, service);
        values.remove(u"service"_s);
        if (const QJsonValue provider = values.value(u"provider"_s); provider.isString()) {
            values.insert(u"protection_provider"_s, provider);
            values.remove(u"provider"_s);
        }
    }
    return values;
}

} // namespace

Result<int> ProtectionUpgrade::run(LocalStore& store)
{
    // Headquarters would refuse the protection answers of a device enrolled for another role
    // and take the cleared facets: the categories would be lost. Such a device waits for the
    // move made on a protection device.
    if (const SyncState sync(store); sync.isEnrolled() && sync.role() != u"protection"_s)
        return 0;
    QStringList ids;
    {
        auto candidates = store.db().prepare(QString::fromUtf16(kCandidates));
        if (!candidates)
            return store.storeError(QCoreApplication::translate(
                "ProtectionUpgrade", "Could not look for protection categories to move"));
        while (candidates->next())
            ids.append(candidates->text(0));
        if (!candidates->ok())
            return store.storeError(QCoreApplication::translate(
                "ProtectionUpgrade", "Could not look for protection categories to move"));
    }
    QList<RecordWrite> writes;
    for (const QString& id : std::as_const(ids)) {
        auto current = store.get(id);
        if (!current)
            return current.error();
        if (!current->has_value() || (*current)->deleted)
            continue;
        const Record& record = **current;
        const QJsonObject values = moved(record.form, record.values);
        if (values == record.values)
            continue;
        RecordWrite w;
        w.record = record;
        w.record.values = values;
        w.stamp = store.hlc().now();
        const QString stamp = w.stamp.toString();
        w.record.updatedMs = store.clock().nowMs();
        w.record.updatedHlc = stamp;
        for (auto it = values.begin(); it != values.end(); ++it)
            if (record.values.value(it.key()) != it.value())
                w.changes.append({it.key(), it.value()});
        for (auto it = record.values.begin(); it != record.values.end(); ++it)
            if (!values.contains(it.key()))
                w.changes.append({it.key(), QJsonValue::Null});
        for (const FieldChange& c : std::as_const(w.changes))
            w.record.stamps.insert(c.field, stamp);
        writes.append(std::move(w));
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store.commit(writes, LocalStore::OutboxMode::Write); !s)
        return s.error();
    return static_cast<int>(writes.size());
}

} // namespace prihvat
