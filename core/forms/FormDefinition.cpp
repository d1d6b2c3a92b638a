#include "FormDefinition.h"

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {
struct TypeName
{
    FieldType type;
    const char16_t* name;
};
constexpr TypeName kTypeNames[] = {
    {FieldType::Text, u"text"},          {FieldType::Integer, u"integer"},
    {FieldType::Decimal, u"decimal"},    {FieldType::Date, u"date"},
    {FieldType::DateTime, u"datetime"},  {FieldType::Boolean, u"boolean"},
    {FieldType::SelectOne, u"select_one"}, {FieldType::SelectMultiple, u"select_multiple"},
    {FieldType::Person, u"person"},      {FieldType::Note, u"note"},
};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto& t : kTypeNames)
        if (t.type == type)
            return QString::fromUtf16(t.name);
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    for (const auto& t : kTypeNames)
        if (name == QStringView(t.name))
            return t.type;
    return std::nullopt;
}

QString sensitivityName(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Identifying:
        return u"identifying"_s;
    case Sensitivity::Protection:
        return u"protection"_s;
    case Sensitivity::Facet:
        return u"facet"_s;
    }
    return {};
}

const Choice* FieldDefinition::choice(const QString& value) const
{
    for (const Choice& c : choices)
        if (c.value == value)
            return &c;
    return nullptr;
}

const FieldDefinition* FormDefinition::field(const QString& name) const
{
    const int i = m_index.value(name, -1);
    return i < 0 ? nullptr : &fields[static_cast<std::size_t>(i)];
}

void FormDefinition::rebuildIndex()
{
    m_index.clear();
    for (std::size_t i = 0; i < fields.size(); ++i)
        m_index.insert(fields[i].name, static_cast<int>(i));
}

} // namespace prihvat
