#include "RecordValidator.h"

#include "RecordValues.h"
#include "common/Text.h"
#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

bool isEmptyValue(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

} // namespace

RecordValidator::RecordValidator(const ReferenceData& reference, QString language, QDate today,
                                 PersonExists personExists)
    : m_reference(reference), m_language(std::move(language)), m_today(today),
      m_personExists(std::move(personExists))
{
}

QString RecordValidator::number(double n) const
{
    return QLocale(m_language).toString(n, 'g', 15);
}

QJsonObject RecordValidator::coerce(const FormDefinition& form, const QJsonObject& input,
                                    QList<FieldIssue>& issues) const
{
    QJsonObject out;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString& name = it.key();
        const QJsonValue v = it.value();
        const FieldDefinition* field = form.field(name);
        if (!field) {
            issues.append({name, QCoreApplication::translate("Validator", "This form has no such field.")});
            continue;
        }
        if (field->type == FieldType::Note) {
            issues.append(
                {name, QCoreApplication::translate("Validator", "This is a note; it takes no answer.")});
            continue;
        }
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
            (v.isArray() && v.toArray().isEmpty())) {
            out.insert(name, QJsonValue::Null);
            continue;
        }
        switch (field->type) {
        case FieldType::Text: {
            if (!v.isString()) {
                issues.append({name, QCoreApplication::translate("Validator", "Must be text.")});
                break;
            }
            const QString text = Text::clean(v.toString()).trimmed();
            const qsizetype characters = text.toUcs4().size();
            if (characters > field->maxLength) {
                issues.append(
                    {name, QCoreApplication::translate("Validator",
                                                       "Is too long: %1 characters, at most %2 allowed.")
                               .arg(number(static_cast<double>(characters)), number(field->maxLength))});
                break;
            }
            out.insert(name, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
            break;
        }
        case FieldType::Integer: {
            const double d = v.toDouble();
            if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9.007199254740991e15) {
                issues.append({name, QCoreApplication::translate("Validator", "Must be a whole number.")});
                break;
            }
            out.insert(name, d);
            break;
        }
        case FieldType::Decimal:
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                issues.append({name, QCoreApplication::translate("Validator", "Must be a number.")});
            else
                out.insert(name, v.toDouble());
            break;
        case FieldType::Date: {
            static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
            const bool wellFormed = v.isString() && shape.match(v.toString()).hasMatch();
            const QDate d = wellFormed ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
            if (!d.isValid())
                issues.append({name, QCoreApplication::translate("Validator",
                                                                 "Must be a date written as YYYY-MM-DD.")});
            else
                out.insert(name, d.toString(Qt::ISODate));
            break;
        }
        case FieldType::DateTime: {
            // Only a time with its zone (Z or ±hh:mm) means the same on every laptop.
            const QDateTime t =
                v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
            if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
                issues.append({name, QCoreApplication::translate(
                                         "Validator", "Must be a date and time in ISO 8601 form.")});
            else
                out.insert(name, t.toUTC().toString(Qt::ISODate));
            break;
        }
        case FieldType::Boolean:
            if (!v.isBool())
                issues.append({name, QCoreApplication::translate("Validator", "Must be true or false.")});
            else
                out.insert(name, v.toBool());
            break;
        case FieldType::SelectOne:
            if (!v.isString())
                issues.append(
                    {name, QCoreApplication::translate("Validator", "Must be one of the choices.")});
            else
                out.insert(name, v.toString());
            break;
        case FieldType::SelectMultiple: {
            QJsonArray list;
            QSet<QString> seen;
            bool good = v.isArray();
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() || seen.contains(item.toString())) {
                    good = false;
                    break;
                }
                seen.insert(item.toString());
                list.append(item.toString());
            }
            if (!good)
                issues.append(
                    {name, QCoreApplication::translate("Validator", "Must be a list of different choices.")});
            else
                out.insert(name, list);
            break;
        }
        case FieldType::Person:
            if (!v.isString() || !Uuid7::isValid(v.toString().toLower()))
                issues.append(
                    {name, QCoreApplication::translate("Validator", "Must be the id of a person.")});
            else
                out.insert(name, v.toString().toLower());
            break;
        case FieldType::Note:
            break;
        }
    }
    return out;
}

void RecordValidator::checkValue(const FormDefinition& form, const FieldDefinition& field,
                                 const QJsonValue& value, const RecordValues& context,
                                 QList<FieldIssue>& issues) const
{
    Q_UNUSED(form);
    const QString& name = field.name;
    auto known = [&](const QString& code) {
        return field.reference.isEmpty() ? field.choice(code) != nullptr
                                         : m_reference.contains(field.reference, code);
    };
    if (field.type == FieldType::SelectOne && !known(value.toString())) {
        issues.append({name, QCoreApplication::translate("Validator", "\"%1\" is not one of the choices.")
                                 .arg(value.toString())});
        return;
    }
    if (field.type == FieldType::SelectMultiple) {
        for (const QJsonValue& item : value.toArray()) {
            if (!known(item.toString())) {
                issues.append(
                    {name, QCoreApplication::translate("Validator", "\"%1\" is not one of the choices.")
                               .arg(item.toString())});
                return;
            }
        }
    }
    if (field.type == FieldType::Person && m_personExists && !m_personExists(value.toString())) {
        issues.append(
            {name, QCoreApplication::translate("Validator", "No person with the id %1 is registered.")
                       .arg(value.toString())});
        return;
    }
    for (const Constraint& c : field.constraints) {
        QString message;
        switch (c.kind) {
        case Constraint::Kind::Range:
            if (field.type == FieldType::Date) {
                const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
                const bool low = c.minDate && d < *c.minDate;
                const bool high = c.maxDate && d > *c.maxDate;
                if (low || high) {
                    const QLocale locale(m_language);
                    if (c.minDate && c.maxDate)
                        message = QCoreApplication::translate("Validator", "Must be between %1 and %2.")
                                      .arg(locale.toString(*c.minDate, QLocale::ShortFormat),
                                           locale.toString(*c.maxDate, QLocale::ShortFormat));
                    else if (low)
                        message = QCoreApplication::translate("Validator", "Must be on or after %1.")
                                      .arg(locale.toString(*c.minDate, QLocale::ShortFormat));
                    else
                        message = QCoreApplication::translate("Validator", "Must be on or before %1.")
                                      .arg(locale.toString(*c.maxDate, QLocale::ShortFormat));
                }
            } else {
                const double d = value.toDouble();
                if ((c.min && d < *c.min) || (c.max && d > *c.max)) {
                    if (c.min && c.max)
                        message = QCoreApplication::translate("Validator", "Must be between %1 and %2.")
                                      .arg(number(*c.min), number(*c.max));
                    else if (c.min)
                        message = QCoreApplication::translate("Validator", "Must be at least %1.")
                                      .arg(number(*c.min));
                    else
                        message = QCoreApplication::translate("Validator", "Must be at most %1.")
                                      .arg(number(*c.max));
                }
            }
            break;
        case Constraint::Kind::Length:
        case Constraint::Kind::Count: {
            const bool length = c.kind == Constraint::Kind::Length;
            const double n = length ? static_cast<double>(value.toString().toUcs4().size())
                                    : static_cast<double>(value.toArray().size());
            if ((c.min && n < *c.min) || (c.max && n > *c.max)) {
                if (length)
                    message =
                        c.min && c.max ? QCoreApplication::translate(
                                             "Validator", "Must be between %1 and %2 characters long.")
                                             .arg(number(*c.min), number(*c.max))
                        : c.min
                            ? QCoreApplication::translate("Validator", "Must be at least %1 characters long.")
                                  .arg(number(*c.min))
                            : QCoreApplication::translate("Validator", "Must be at most %1 characters long.")
                                  .arg(number(*c.max));
                else
                    message =
                        c.min && c.max
                            ? QCoreApplication::translate("Validator", "Choose between %1 and %2 options.")
                                  .arg(number(*c.min), number(*c.max))
                        : c.min ? QCoreApplication::translate("Validator", "Choose at least %1 options.")
                                      .arg(number(*c.min))
                                : QCoreApplication::translate("Validator", "Choose at most %1 options.")
                                      .arg(number(*c.max));
            }
            break;
        }
        case Constraint::Kind::Pattern:
            if (!c.regex.match(value.toString()).hasMatch())
                message = QCoreApplication::translate("Validator", "Is not written in the expected form.");
            break;
        case Constraint::Kind::NotFuture:
            if (QDate::fromString(value.toString(), Qt::ISODate) > m_today)
                message = QCoreApplication::translate("Validator", "Cannot be in the future.");
            break;
        case Constraint::Kind::Expression:
            if (!c.expression->isTrue(context))
                message = c.message->text(m_language);
            break;
        }
        if (!message.isEmpty()) {
            issues.append({name, c.message ? c.message->text(m_language) : message});
            return;
        }
    }
}

QList<FieldIssue> RecordValidator::validate(const FormDefinition& form, QJsonObject& values,
                                            const QSet<QString>& supplied, QStringList* cleared) const
{
    QList<FieldIssue> issues;
    const RecordValues context(form, values, m_today);
    // First settle relevance: clearing one field can make another irrelevant, wherever it
    // stands in the form, so repeat until nothing changes.
    QSet<QString> irrelevant;
    for (bool changed = true; changed;) {
        changed = false;
        for (const FieldDefinition& field : form.fields) {
            if (!field.hasValue() || irrelevant.contains(field.name) || context.isRelevant(field))
                continue;
            irrelevant.insert(field.name);
            changed = true;
            const QJsonValue value = values.value(field.name);
            if (isEmptyValue(value)) {
                values.remove(field.name);
            } else if (supplied.contains(field.name)) {
                issues.append({field.name, QCoreApplication::translate(
                                               "Validator", "Does not apply, given the other answers.")});
            } else {
                values.remove(field.name);
                if (cleared)
                    cleared->append(field.name);
            }
        }
    }
    for (const FieldDefinition& field : form.fields) {
        if (!field.hasValue() || irrelevant.contains(field.name))
            continue;
        const QJsonValue value = values.value(field.name);
        const bool empty = isEmptyValue(value);
        if (empty) {
            values.remove(field.name);
            if (field.required)
                issues.append(
                    {field.name, QCoreApplication::translate("Validator", "An answer is required.")});
            continue;
        }
        checkValue(form, field, value, context, issues);
    }
    for (const Constraint& c : form.constraints) {
        bool complete = true;
        for (const QString& ref : c.expression->fieldReferences())
            complete = complete && !isEmptyValue(values.value(ref));
        if (!complete || !values.contains(c.field))
            continue;
        bool alreadyFaulted = false;
        for (const FieldIssue& i : issues)
            alreadyFaulted = alreadyFaulted || i.field == c.field;
        if (!alreadyFaulted && !c.expression->isTrue(context))
            issues.append({c.field, c.message->text(m_language)});
    }
    return issues;
}

QStringList RecordValidator::describe(const FormDefinition& form, const QList<FieldIssue>& issues) const
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        const FieldDefinition* field = form.field(issue.field);
        const QString label = field ? field->label.text(m_language) : issue.field;
        lines.append(
            QCoreApplication::translate("Validator", "%1 (%2): %3").arg(label, issue.field, issue.message));
    }
    return lines;
}

} // namespace prihvat
