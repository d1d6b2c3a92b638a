#pragma once

#include "FormDefinition.h"
#include "expr/Expression.h"

#include <QDate>
#include <QJsonObject>

namespace prihvat {

// A record's values seen by the expression language: dates as dates, multiple choices as
// lists, missing answers as empty.
class RecordValues final : public ExpressionContext
{
public:
    RecordValues(const FormDefinition& form, const QJsonObject& values, QDate today)
        : m_form(form), m_values(values), m_today(today)
    {
    }

    ExprValue fieldValue(const QString& name) const override;
    QDate today() const override { return m_today; }

    // A field is relevant when it has no `relevant` expression or the expression is true.
    bool isRelevant(const FieldDefinition& field) const;

    static ExprValue toExprValue(const FieldDefinition& field, const QJsonValue& value);

private:
    const FormDefinition& m_form;
    const QJsonObject& m_values;
    QDate m_today;
};

} // namespace prihvat
