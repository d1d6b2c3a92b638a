#pragma once

#include "LocalStore.h"
#include "Record.h"
#include "forms/RecordValidator.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace prihvat {

// Creating, changing and deleting records the way a user does it: validated against the
// form, state machines enforced, each changed field stamped and put in the outbox, and
// acknowledged only after the durable commit. Invalid input changes nothing.
class RecordService
{
public:
    RecordService(LocalStore& store, QString language);

    // Who is acting (shown in state stamps such as "state_by", and the user of its audit
    // entries). By default the operating-system user.
    void setActor(const QString& actor) { m_actor = actor; }
    // Need-to-know: whether the acting user is a protection officer (Session::canSeeProtection).
    // Anyone else may not change a protection-sensitive answer, neither by typing it nor by
    // a change that makes it irrelevant (and so clears it), and may not delete a record that
    // holds one: such a write is refused whole. By default the service acts for no
    // protection officer.
    void setCanSeeProtection(bool can) { m_canSeeProtection = can; }
    bool canSeeProtection() const { return m_canSeeProtection; }
    const QString& language() const { return m_language; }
    void setLanguage(const QString& language) { m_language = language; }

    // The new record's id, after the commit.
    Result<QString> create(const QString& formId, const QJsonObject& input);
    // Changes only the fields given; a JSON null clears a field.
    Status update(const QString& id, const QJsonObject& input);
    // Leaves a tombstone.
    // `why`: a fixed code kept in the audit detail as "reason=<why>" (a voided hand-out).
    Status remove(const QString& id, const QString& why = QString());

    // The same steps without the commit, for callers that write many records in one
    // transaction (LocalStore::commit). `current` is the record as it stands.
    Result<RecordWrite> prepareCreate(const QString& formId, const QJsonObject& input);
    Result<RecordWrite> prepareUpdate(const Record& current, const QJsonObject& input);
    Result<RecordWrite> prepareDelete(const Record& current);

    // What is wrong with a draft, field by field, without saving (for forms being filled).
    QList<FieldIssue> check(const QString& formId, const QJsonObject& values) const;

    RecordValidator validator() const;

    // The person gave consent and has not withdrawn it. Without consent only answers for
    // counting (facets) are kept about them, in any form (docs/FORMS.md, "Consent").
    bool personConsents(const QString& personId) const;

private:
    void checkConsent(const FormDefinition& form, const QJsonObject& before, const QJsonObject& after,
                      QList<FieldIssue>& issues) const;
    // Refuses (for anyone but a protection officer) a write that changes a protection-sensitive
    // answer: `input` the fields given, `after` the record as it would be stored.
    std::optional<Error> refuseProtectionChange(const FormDefinition& form, const QJsonObject& input,
                                                const QJsonObject& before, const QJsonObject& after) const;
    Error invalid(const FormDefinition& form, const QList<FieldIssue>& issues) const;
    const FormDefinition* form(const QString& formId, Error* error) const;

    LocalStore& m_store;
    QString m_language;
    QString m_actor;
    bool m_canSeeProtection = false;
};

} // namespace prihvat
