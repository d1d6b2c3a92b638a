#include "RecordValues.h"

#include <QJsonArray>

namespace prihvat {

ExprValue RecordValues::toExprValue(const FieldDefinition& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return ExprValue::null();
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
        return ExprValue::number(value.toDouble());
    case FieldType::Boolean:
        return ExprValue::boolean(value.toBool());
    case FieldType::Date:
        return ExprValue::date(QDate::fromString(value.toString(), Qt::ISODate));
    case FieldType::SelectMultiple: {
        QStringList list;
        for (const QJsonValue& v : value.toArray())
            list.append(v.toString());
        return ExprValue::list(list);
    }
    case FieldType::Note:
        return ExprValue::null();
    default:
        return value.toString().isEmpty() ? ExprValue::null() : ExprValue::string(value.toString());
    }
}

ExprValue RecordValues::fieldValue(const QString& name) const
{
    const FieldDefinition* field = m_form.field(name);
    if (!field)
        return ExprValue::null();
    return toExprValue(*field, m_values.value(name));
}

bool RecordValues::isRelevant(const FieldDefinition& field) const
{
    return !field.relevant || field.relevant->isTrue(*this);
}

} // namespace prihvat
