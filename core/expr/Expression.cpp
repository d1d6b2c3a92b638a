#include "Expression.h"

#include "ExprEvaluator.h"
#include "ExprNode.h"
#include "ExprParser.h"

namespace prihvat {

namespace {

void collectFields(const expr::Node& node, QSet<QString>& names)
{
    if (node.op == expr::Op::Field)
        names.insert(node.name);
    for (const auto& child : node.children)
        collectFields(*child, names);
}

} // namespace

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression&) = default;
Expression& Expression::operator=(const Expression&) = default;

Result<Expression> Expression::parse(const QString& text)
{
    Result<std::shared_ptr<const expr::Node>> root = expr::parse(text);
    if (!root)
        return root.error();
    Expression e;
    e.m_text = text;
    e.m_root = std::move(root).value();
    return e;
}

QSet<QString> Expression::fieldReferences() const
{
    QSet<QString> names;
    if (m_root)
        collectFields(*m_root, names);
    return names;
}

ExprValue Expression::evaluate(const ExpressionContext& context) const
{
    return m_root ? expr::evaluate(*m_root, context) : ExprValue();
}

bool Expression::isTrue(const ExpressionContext& context) const
{
    return evaluate(context).toBool();
}

} // namespace prihvat
