#include "RecordService.h"

#include "AnswerSealer.h"
#include "LocalStore.h"

#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "forms/RecordValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Fields set to the acting user when a field they watch changed (FieldDefinition::recordsActorOf).
void recordActor(const FormDefinition& form, const QJsonObject& before, QJsonObject& after,
                 const QString& actor)
{
    if (actor.isEmpty())
        return;
    for (const FieldDefinition& field : form.fields)
        for (const QString& watched : field.recordsActorOf)
            if (before.value(watched) != after.value(watched)) {
                after.insert(field.name, actor);
                break;
            }
}

} // namespace

bool RecordService::personConsents(const QString& personId) const
{
    auto person = m_store.get(personId);
    if (!person || !person->has_value() || (*person)->deleted)
        return false;
    const QJsonObject& v = (**person).values;
    return v.value(u"consent_given"_s).toString() == u"yes"_s &&
           !v.value(u"consent_withdrawn"_s).toBool(false);
}

void RecordService::checkConsent(const FormDefinition& form, const QJsonObject& before,
                                 const QJsonObject& after, QList<FieldIssue>& issues) const
{
    if (form.keys.person.isEmpty())
        return;
    const QString personId = after.value(form.keys.person).toString();
    if (personId.isEmpty())
        return;
    bool checked = false;
    bool consents = true;
    for (const FieldDefinition& field : form.fields) {
        if (field.sensitivity == Sensitivity::Facet || !after.contains(field.name) ||
            after.value(field.name) == before.value(field.name))
            continue;
        if (!checked) {
            consents = personConsents(personId);
            checked = true;
        }
        if (!consents)
            issues.append({field.name, QCoreApplication::translate(
                                           "RecordService",
                                           "This person has not given consent (or has withdrawn it), so only "
                                           "answers for counting can be kept; leave this empty.")});
    }
}

std::optional<Error> RecordService::refuseProtectionChange(const FormDefinition& form,
                                                           const QJsonObject& input,
                                                           const QJsonObject& before,
                                                           const QJsonObject& after) const
{
    if (m_canSeeProtection)
        return std::nullopt;
    QStringList typed;
    bool changed = false;
    for (const FieldDefinition& field : form.fields) {
        if (field.sensitivity != Sensitivity::Protection)
            continue;
        if (before.value(field.name) == after.value(field.name))
            continue;
        if (input.contains(field.name))
            typed.append(field.name);
        else
            changed = true;
    }
    if (!typed.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("RecordService",
                                        "Only a protection officer can see or change %1. Nothing was saved.")
                .arg(typed.join(u", "_s)));
    // Which answers would go is not said: that would tell what they are.
    if (changed)
        return Error::invalid(QCoreApplication::translate(
            "RecordService",
            "This change would clear answers that only a protection officer can see or change. "
            "Nothing was saved: ask a protection officer to make this change."));
    return std::nullopt;
}

RecordService::RecordService(LocalStore& store, QString language)
    : m_store(store), m_language(std::move(language)), m_actor(qEnvironmentVariable("USER"))
{
}

RecordValidator RecordService::validator() const
{
    const LocalStore* store = &m_store;
    return RecordValidator(m_store.forms().reference(), m_language, m_store.clock().today(),
                           [store](const QString& id) { return store->personExists(id); });
}

Error RecordService::invalid(const FormDefinition& form, const QList<FieldIssue>& issues) const
{
    return Error::invalid(QCoreApplication::translate("RecordService", "The %1 record was not saved:")
                              .arg(form.title.text(m_language)),
                          validator().describe(form, issues));
}

const FormDefinition* RecordService::form(const QString& formId, Error* error) const
{
    const FormDefinition* f = m_store.forms().form(formId);
    if (!f)
        *error = Error::invalid(
            QCoreApplication::translate("RecordService", "Unknown form \"%1\". The forms are: %2")
                .arg(formId, m_store.forms().formIds().join(u", "_s)));
    return f;
}

QList<FieldIssue> RecordService::check(const QString& formId, const QJsonObject& values) const
{
    Error e;
    const FormDefinition* f = form(formId, &e);
    if (!f)
        return {{QString(), e.message}};
    const RecordValidator v = validator();
    QList<FieldIssue> issues;
    QJsonObject coerced = v.coerce(*f, values, issues);
    issues += v.validate(*f, coerced, {});
    return issues;
}

Result<RecordWrite> RecordService::prepareCreate(const QString& formId, const QJsonObject& input)
{
    Error e;
    const FormDefinition* f = form(formId, &e);
    if (!f)
        return e;
    const RecordValidator v = validator();
    QList<FieldIssue> issues;
    const QJsonObject coerced = v.coerce(*f, input, issues);

    QJsonObject values;
    for (const FieldDefinition& field : f->fields)
        if (!field.defaultValue.isUndefined())
            values.insert(field.name, field.defaultValue);
    for (auto it = coerced.begin(); it != coerced.end(); ++it) {
        const FieldDefinition* field = f->field(it.key());
        const bool stateField = f->states && f->states->field == it.key();
        if (field->readOnly && !stateField) {
            issues.append({it.key(), QCoreApplication::translate("RecordService",
                                                                 "Is set by the application, not typed.")});
            continue;
        }
        if (stateField && it.value().toString() != f->states->initial) {
            issues.append(
                {it.key(), QCoreApplication::translate("RecordService", "A new record starts as \"%1\".")
                               .arg(f->states->initial)});
            continue;
        }
        if (it.value().isNull())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value());
    }
    if (f->states)
        values.insert(f->states->field, f->states->initial);
    recordActor(*f, QJsonObject(), values, m_actor);
    if (auto refused = refuseProtectionChange(*f, input, QJsonObject(), values))
        return *refused;
    checkConsent(*f, QJsonObject(), values, issues);

    QSet<QString> supplied;
    for (auto it = input.begin(); it != input.end(); ++it)
        supplied.insert(it.key());
    issues += v.validate(*f, values, supplied);
    if (!issues.isEmpty())
        return invalid(*f, issues);

    RecordWrite w;
    w.isNew = true;
    w.stamp = m_store.hlc().now();
    const QString stamp = w.stamp.toString();
    w.record.id = Uuid7::generate(m_store.clock());
    w.record.form = f->id;
    w.record.values = values;
    w.record.createdMs = w.record.updatedMs = m_store.clock().nowMs();
    w.record.updatedHlc = stamp;
    for (auto it = values.begin(); it != values.end(); ++it) {
        w.record.stamps.insert(it.key(), stamp);
        w.changes.append({it.key(), it.value()});
    }
    return w;
}

Result<RecordWrite> RecordService::prepareUpdate(const Record& current, const QJsonObject& input)
{
    Error e;
    const FormDefinition* f = form(current.form, &e);
    if (!f)
        return e;
    if (current.deleted)
        return Error::conflict(
            QCoreApplication::translate("RecordService", "Record %1 has been deleted and cannot be changed.")
                .arg(current.id));
    const RecordValidator v = validator();
    QList<FieldIssue> issues;
    const QJsonObject coerced = v.coerce(*f, input, issues);

    QJsonObject values = current.values;
    const QDateTime now = m_store.clock().nowUtc();
    for (auto it = coerced.begin(); it != coerced.end(); ++it) {
        const FieldDefinition* field = f->field(it.key());
        const bool stateField = f->states && f->states->field == it.key();
        if (field->readOnly && !stateField) {
            issues.append({it.key(), QCoreApplication::translate("RecordService",
                                                                 "Is set by the application, not typed.")});
            continue;
        }
        if (stateField) {
            const QString from = current.values.value(it.key()).toString();
            const QString to = it.value().toString();
            if (to == from)
                continue;
            if (!f->states->allows(from, to)) {
                const QStringList allowed = f->states->transitions.value(from);
                issues.append(
                    {it.key(),
                     allowed.isEmpty()
                         ? QCoreApplication::translate("RecordService",
                                                       "\"%1\" is final; the state cannot change any more.")
                               .arg(from)
                         : QCoreApplication::translate("RecordService",
                                                       "Cannot go from \"%1\" to \"%2\"; allowed next: %3.")
                               .arg(from, to, allowed.join(u", "_s))});
                continue;
            }
            const QString stampField = f->states->stamps.value(to);
            if (!stampField.isEmpty())
                values.insert(stampField, now.toString(Qt::ISODate));
            const QString byField = f->states->field + u"_by"_s;
            if (f->field(byField) && !m_actor.isEmpty())
                values.insert(byField, m_actor);
        }
        if (it.value().isNull())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value());
    }
    recordActor(*f, current.values, values, m_actor);
    // Typed protection answers are refused before anything else; answers that relevance
    // would clear are known only after validation, which clears them.
    if (auto refused = refuseProtectionChange(*f, input, current.values, values))
        return *refused;
    checkConsent(*f, current.values, values, issues);
    QSet<QString> supplied;
    for (auto it = input.begin(); it != input.end(); ++it)
        supplied.insert(it.key());
    // A protection answer this session cannot open (withheld, AnswerSealer.h) is kept as it
    // is stored; it is not this session's to check.
    QJsonObject withheld;
    const AnswerSealer answers = m_store.answers();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (answers.isWithheld(it.value()))
            withheld.insert(it.key(), it.value());
    for (auto it = withheld.begin(); it != withheld.end(); ++it)
        values.remove(it.key());
    issues += v.validate(*f, values, supplied);
    // The withheld answers come back unless this change makes them irrelevant (which would
    // clear them). Their relevance is settled like the validator's, except that an answer
    // whose relevance reads another withheld answer cannot be evaluated by this session: it
    // counts as cleared when a readable answer its relevance reads changed (refused below,
    // never guessed), and stays otherwise.
    {
        const RecordValues context(*f, values, m_store.clock().today());
        QSet<QString> gone;
        for (bool more = true; more;) {
            more = false;
            for (auto it = withheld.begin(); it != withheld.end(); ++it) {
                const FieldDefinition* field = f->field(it.key());
                if (gone.contains(it.key()) || !field || !field->relevant)
                    continue;
                const QSet<QString> reads = field->relevant->fieldReferences();
                bool readsWithheld = false;
                bool clears = false;
                for (const QString& name : reads) {
                    if (gone.contains(name))
                        clears = true;
                    readsWithheld = readsWithheld || withheld.contains(name);
                }
                if (!clears && !readsWithheld)
                    clears = !context.isRelevant(*field);
                if (!clears && readsWithheld)
                    for (const QString& name : reads)
                        if (!withheld.contains(name) && current.values.value(name) != values.value(name))
                            clears = true;
                if (clears) {
                    gone.insert(it.key());
                    more = true;
                }
            }
        }
        for (auto it = withheld.begin(); it != withheld.end(); ++it)
            if (!gone.contains(it.key()))
                values.insert(it.key(), it.value());
    }
    // Before the other issues: fixing those would not make this change possible.
    if (auto refused = refuseProtectionChange(*f, input, current.values, values))
        return *refused;
    if (!issues.isEmpty())
        return invalid(*f, issues);

    RecordWrite w;
    w.record = current;
    w.record.values = values;
    QStringList changed;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (current.values.value(it.key()) != it.value())
            changed.append(it.key());
    for (auto it = current.values.begin(); it != current.values.end(); ++it)
        if (!values.contains(it.key()))
            changed.append(it.key());
    if (changed.isEmpty())
        return w; // nothing to write: no stamp, no outbox entry
    w.stamp = m_store.hlc().now();
    const QString stamp = w.stamp.toString();
    w.record.updatedMs = m_store.clock().nowMs();
    w.record.updatedHlc = stamp;
    for (const QString& field : changed) {
        w.record.stamps.insert(field, stamp);
        w.changes.append({field, values.value(field)});
    }
    return w;
}

Result<RecordWrite> RecordService::prepareDelete(const Record& current)
{
    if (current.deleted)
        return Error::conflict(
            QCoreApplication::translate("RecordService", "Record %1 is already deleted.").arg(current.id));
    // A tombstone removes every answer of the record on every device and at headquarters, so
    // it is a change of its protection-sensitive answers: for protection officers only. (The
    // refusal tells the user that the record holds such answers; see docs/FORMS.md.)
    if (!m_canSeeProtection) {
        if (const FormDefinition* f = m_store.forms().form(current.form)) {
            for (const FieldDefinition& field : f->fields) {
                const QJsonValue v = current.values.value(field.name);
                if (field.sensitivity == Sensitivity::Protection && !v.isUndefined() && !v.isNull())
                    return Error::invalid(QCoreApplication::translate(
                        "RecordService", "This record holds answers that only a protection officer can see; "
                                         "only a protection officer can delete it. Nothing was deleted."));
            }
        }
    }
    RecordWrite w;
    w.record = current;
    w.record.deleted = true;
    w.stamp = m_store.hlc().now();
    w.record.updatedMs = m_store.clock().nowMs();
    w.record.updatedHlc = w.stamp.toString();
    w.record.stamps.insert(u"_deleted"_s, w.record.updatedHlc);
    w.changes.append({u"_deleted"_s, true});
    return w;
}

Result<QString> RecordService::create(const QString& formId, const QJsonObject& input)
{
    auto w = prepareCreate(formId, input);
    if (!w)
        return w.error();
    if (Status s = m_store.commit({*w}, LocalStore::OutboxMode::Write, m_actor); !s)
        return s.error();
    return w->record.id;
}

Status RecordService::update(const QString& id, const QJsonObject& input)
{
    auto current = m_store.get(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(
            QCoreApplication::translate("RecordService", "No record has the id %1.").arg(id));
    auto w = prepareUpdate(**current, input);
    if (!w)
        return w.error();
    if (w->changes.isEmpty())
        return {};
    return m_store.commit({*w}, LocalStore::OutboxMode::Write, m_actor);
}

Status RecordService::remove(const QString& id, const QString& why)
{
    auto current = m_store.get(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(
            QCoreApplication::translate("RecordService", "No record has the id %1.").arg(id));
    auto w = prepareDelete(**current);
    if (!w)
        return w.error();
    if (!why.isEmpty())
        w->auditNote = u"reason="_s + why;
    return m_store.commit({*w}, LocalStore::OutboxMode::Write, m_actor);
}

} // namespace prihvat
