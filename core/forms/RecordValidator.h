#pragma once

#include "FormDefinition.h"
#include "ReferenceData.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace prihvat {

// One fault, shown beside its field. `message` is in the user's language and does not
// repeat the field's label (the form shows that already).
struct FieldIssue
{
    QString field;
    QString message;
    friend bool operator==(const FieldIssue&, const FieldIssue&) = default;
};

// Turns input into stored values and checks a record against its form definition:
// types, choices, reference codes, required answers, constraints and relevance.
// Built-in messages come from the installed translator (context "Validator"); messages
// written in a form definition are taken in `language`.
class RecordValidator
{
public:
    using PersonExists = std::function<bool(const QString& id)>;

    RecordValidator(const ReferenceData& reference, QString language, QDate today, PersonExists personExists);

    // Input values (JSON as typed or received) → stored values. A field the form does not
    // have, a value of the wrong type or an over-long text is an issue. Text is cleaned
    // (NFC, no bidi controls); empty text and JSON null mean "no answer" (kept as null so
    // that an update can clear a field).
    QJsonObject coerce(const FormDefinition& form, const QJsonObject& input, QList<FieldIssue>& issues) const;

    // Checks the whole record. Fields that are not relevant lose their value: when the
    // value was just `supplied` that is an issue, otherwise it is removed from `values`
    // and its name added to `cleared`.
    QList<FieldIssue> validate(const FormDefinition& form, QJsonObject& values, const QSet<QString>& supplied,
                               QStringList* cleared = nullptr) const;

    // "Label: message" for each issue, one per line, for the command line and logs.
    QStringList describe(const FormDefinition& form, const QList<FieldIssue>& issues) const;

    const QString& language() const { return m_language; }

private:
    void checkValue(const FormDefinition& form, const FieldDefinition& field, const QJsonValue& value,
                    const class RecordValues& context, QList<FieldIssue>& issues) const;
    QString number(double n) const;

    const ReferenceData& m_reference;
    QString m_language;
    QDate m_today;
    PersonExists m_personExists;
};

} // namespace prihvat
