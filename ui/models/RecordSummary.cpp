#include "RecordSummary.h"
#include "Format.h"

#include "forms/FormDefinition.h"
#include "forms/ReferenceData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace prihvat {

QString displayValue(const FormDefinition& form, const QString& name, const QJsonValue& v,
                     const ReferenceData& reference, const QString& language)
{
    const FieldDefinition* f = form.field(name);
    if (!f || v.isUndefined() || v.isNull())
        return {};
    auto choiceLabel = [&](const QString& code) {
        if (!f->reference.isEmpty())
            return reference.label(f->reference, code, language);
        const Choice* c = f->choice(code);
        return c ? c->label.text(language) : code;
    };
    switch (f->type) {
    case FieldType::SelectOne:
        return choiceLabel(v.toString());
    case FieldType::SelectMultiple: {
        QStringList labels;
        for (const QJsonValue& item : v.toArray())
            labels.append(choiceLabel(item.toString()));
        return labels.join(u", "_s);
    }
    case FieldType::Boolean:
        return v.toBool() ? QCoreApplication::translate("RecordSummary", "yes")
                          : QCoreApplication::translate("RecordSummary", "no");
    case FieldType::Integer:
    case FieldType::Decimal:
        return QLocale(language).toString(v.toDouble(), 'g', 12);
    case FieldType::Date:
        return QChar(0x2066) + Format::date(v.toString(), language) +
               QChar(0x2069);
    case FieldType::DateTime:
        return QChar(0x2066) +
               Format::dateTime(QDateTime::fromString(v.toString(), Qt::ISODate).toLocalTime(), language) +
               QChar(0x2069);
    default:
        return v.toString();
    }
}

QString summarizeRecord(const FormDefinition& form, const QJsonObject& values, const ReferenceData& reference,
                        const QString& language, int maxParts)
{
    QStringList parts;
    // A record that is not about a person held elsewhere (the person form itself) is named by
    // its identifying text first, wherever the form asks it (consent comes first there).
    const bool namesFirst = form.keys.person.isEmpty();
    for (int pass = namesFirst ? 0 : 1; pass < 2; ++pass) {
        for (const FieldDefinition& f : form.fields) {
            if (parts.size() >= maxParts)
                break;
            const bool name = f.sensitivity == Sensitivity::Identifying && f.type == FieldType::Text;
            if (namesFirst && (pass == 0) != name)
                continue;
            if (f.sensitivity == Sensitivity::Protection || f.type == FieldType::Person ||
                f.type == FieldType::Date || f.type == FieldType::DateTime || f.readOnly || f.name == form.keys.site)
                continue;
            // A "no" says little in a one-line summary (group distribution: no); leave it out.
            if (f.type == FieldType::Boolean && !values.value(f.name).toBool())
                continue;
            const QString text = displayValue(form, f.name, values.value(f.name), reference, language);
            if (!text.isEmpty())
                parts.append(text);
        }
    }
    return parts.join(u" · "_s);
}

} // namespace prihvat
