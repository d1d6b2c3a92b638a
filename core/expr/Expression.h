#pragma once

#include "ExprValue.h"
#include "common/Result.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>

namespace prihvat {

// Where an expression gets field values and today's date from.
class ExpressionContext
{
public:
    virtual ~ExpressionContext() = default;
    // The current value of a field, already typed (date fields as Date, multiple choices
    // as List, empty answers as Null).
    virtual ExprValue fieldValue(const QString& name) const = 0;
    virtual QDate today() const = 0;
};

namespace expr {
struct Node;
}

// A parsed relevance or constraint expression (the language is described in
// docs/FORMS.md). Parse once when a form loads, evaluate many times as the user types.
// Copies share the immutable syntax tree.
class Expression
{
public:
    Expression();
    ~Expression();
    Expression(const Expression&);
    Expression& operator=(const Expression&);

    // A syntax error, an unknown function or a wrong number of arguments is an error
    // whose message says what and where (character position, counted from 1).
    static Result<Expression> parse(const QString& text);

    const QString& text() const { return m_text; }
    // Every ${name} the expression refers to.
    QSet<QString> fieldReferences() const;

    ExprValue evaluate(const ExpressionContext& context) const;
    // evaluate(), then ExprValue::toBool(): an empty result counts as false.
    bool isTrue(const ExpressionContext& context) const;

private:
    QString m_text;
    std::shared_ptr<const expr::Node> m_root;
};

} // namespace prihvat
