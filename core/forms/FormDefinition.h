#pragma once

#include "LocalizedText.h"
#include "expr/Expression.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace prihvat {

enum class FieldType { Text, Integer, Decimal, Date, DateTime, Boolean, SelectOne, SelectMultiple, Person, Note };
enum class Sensitivity { Identifying, Protection, Facet };

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString& name);
QString sensitivityName(Sensitivity s);

struct Choice
{
    QString value;
    LocalizedText label;
};

struct Constraint
{
    enum class Kind { Range, Length, Pattern, NotFuture, Count, Expression };
    Kind kind = Kind::Range;
    // Range over numbers, or over dates when the field is a date.
    std::optional<double> min;
    std::optional<double> max;
    std::optional<QDate> minDate;
    std::optional<QDate> maxDate;
    QRegularExpression regex;
    std::optional<Expression> expression;
    std::optional<LocalizedText> message;
    QString field; // form-level constraints: the field the message is shown on
};

struct FieldDefinition
{
    QString name;
    FieldType type = FieldType::Text;
    Sensitivity sensitivity = Sensitivity::Facet;
    LocalizedText label;
    LocalizedText hint;
    bool required = false;
    bool readOnly = false;
    std::optional<Expression> relevant;
    std::vector<Constraint> constraints;
    QList<Choice> choices;   // inline or from a choice list, resolved at load
    QString reference;       // or: the name of a reference-data set
    QJsonValue defaultValue; // Undefined when none
    int maxLength = 1000;    // text fields
    // Set by the application to the acting user whenever one of these fields changes (who
    // recorded a consent decision, for example).
    QStringList recordsActorOf;

    bool hasValue() const { return type != FieldType::Note; }
    bool isSelect() const { return type == FieldType::SelectOne || type == FieldType::SelectMultiple; }
    const Choice* choice(const QString& value) const;
};

struct StateMachine
{
    QString field;
    QString initial;
    QHash<QString, QStringList> transitions;
    QHash<QString, QString> stamps; // state → datetime field set when it is entered

    bool allows(const QString& from, const QString& to) const { return transitions.value(from).contains(to); }
};

// Fields the store copies into indexed columns (docs/FORMS.md, "keys").
struct FormKeys
{
    QString person;
    QString date;
    QString site;
    QString state;
};

class FormDefinition
{
public:
    QString id;
    int version = 1;
    LocalizedText title;
    FormKeys keys;
    std::vector<FieldDefinition> fields;
    std::vector<Constraint> constraints; // form-level, cross-field
    std::optional<StateMachine> states;

    const FieldDefinition* field(const QString& name) const;
    int indexOf(const QString& name) const { return m_index.value(name, -1); }
    void rebuildIndex();

private:
    QHash<QString, int> m_index;
};

} // namespace prihvat
