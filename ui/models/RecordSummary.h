#pragma once

#include <QJsonObject>
#include <QString>

namespace prihvat {

class FormDefinition;
class ReferenceData;

// A one-line description of a record's answers in a language, for lists and timelines:
// choice labels instead of codes, protection-sensitive answers never shown.
QString summarizeRecord(const FormDefinition& form, const QJsonObject& values, const ReferenceData& reference,
                        const QString& language, int maxParts = 4);

// The label of one stored value (a choice, a reference code, a date, a number).
QString displayValue(const FormDefinition& form, const QString& field, const QJsonValue& value,
                     const ReferenceData& reference, const QString& language);

} // namespace prihvat
