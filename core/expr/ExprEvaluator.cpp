#include "ExprEvaluator.h"

#include "Expression.h"

#include <algorithm>
#include <cmath>

namespace prihvat::expr {

namespace {

using Kind = ExprValue::Kind;

// Numbers that differ only by floating-point noise (0.1 + 0.2 and 0.3) count as equal.
int compareNumbers(double x, double y)
{
    const double scale = std::max({1.0, std::abs(x), std::abs(y)});
    if (std::abs(x - y) <= 1e-12 * scale)
        return 0;
    return x < y ? -1 : 1;
}

template <typename T> int compareOrdered(const T& x, const T& y)
{
    return x < y ? -1 : (y < x ? 1 : 0);
}

// A number, or a string that holds one. Booleans, dates and lists are not numbers here.
bool numericOperand(const ExprValue& v, double* out)
{
    if (v.kind() != Kind::Number && v.kind() != Kind::String)
        return false;
    bool ok = false;
    *out = v.toNumber(&ok);
    return ok;
}

bool sameSet(const QStringList& a, const QStringList& b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&b](const QString& s) { return b.contains(s); }) &&
           std::all_of(b.begin(), b.end(), [&a](const QString& s) { return a.contains(s); });
}

// Whole years from `from` to `to`; a birthday on 29 February comes on 1 March in other years.
int wholeYears(const QDate& from, const QDate& to)
{
    if (to < from)
        return -wholeYears(to, from);
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

// Characters as people count them: a surrogate pair is one.
qsizetype characterCount(const QString& s)
{
    qsizetype n = 0;
    for (QChar c : s)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

ExprValue dateArithmetic(Op op, const ExprValue& a, const ExprValue& b)
{
    if (op == Op::Subtract) {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (x.isValid() && y.isValid())
            return ExprValue::number(static_cast<double>(y.daysTo(x)));
    }
    if (op != Op::Add && op != Op::Subtract)
        return {};
    // date ± days, or days + date
    const bool dateFirst = a.kind() == Kind::Date;
    if (!dateFirst && op == Op::Subtract)
        return {};
    const ExprValue& dateSide = dateFirst ? a : b;
    double days = 0;
    if (!numericOperand(dateFirst ? b : a, &days) || std::abs(days) > 1e7)
        return {};
    const qint64 whole = static_cast<qint64>(std::trunc(days));
    return ExprValue::date(dateSide.toDate().addDays(op == Op::Subtract ? -whole : whole));
}

ExprValue arithmetic(Op op, const ExprValue& a, const ExprValue& b)
{
    if (a.isNull() || b.isNull())
        return {};
    if (a.kind() == Kind::Date || b.kind() == Kind::Date)
        return dateArithmetic(op, a, b);
    double x = 0;
    double y = 0;
    if (!numericOperand(a, &x) || !numericOperand(b, &y))
        return {};
    double r = 0;
    switch (op) {
    case Op::Add:
        r = x + y;
        break;
    case Op::Subtract:
        r = x - y;
        break;
    case Op::Multiply:
        r = x * y;
        break;
    case Op::Divide:
        if (y == 0)
            return {};
        r = x / y;
        break;
    case Op::Modulo:
        if (y == 0)
            return {};
        r = std::fmod(x, y);
        break;
    default:
        return {};
    }
    return std::isfinite(r) ? ExprValue::number(r) : ExprValue();
}

ExprValue ordering(Op op, const ExprValue& a, const ExprValue& b)
{
    const std::optional<int> c = compareValues(a, b);
    if (!c)
        return {};
    switch (op) {
    case Op::Less:
        return ExprValue::boolean(*c < 0);
    case Op::LessOrEqual:
        return ExprValue::boolean(*c <= 0);
    case Op::Greater:
        return ExprValue::boolean(*c > 0);
    case Op::GreaterOrEqual:
        return ExprValue::boolean(*c >= 0);
    default:
        return {};
    }
}

ExprValue call(const Node& n, const ExpressionContext& context)
{
    const auto arg = [&](size_t i) { return evaluate(*n.children[i], context); };
    switch (n.function) {
    case Function::Selected: {
        const ExprValue choices = arg(0);
        const ExprValue wanted = arg(1);
        if (choices.isNull() || wanted.isNull())
            return ExprValue::boolean(false);
        if (choices.kind() == Kind::List)
            return ExprValue::boolean(choices.toList().contains(wanted.toString()));
        return ExprValue::boolean(choices.toString() == wanted.toString());
    }
    case Function::CountSelected: {
        const ExprValue v = arg(0);
        switch (v.kind()) {
        case Kind::Null:
            return ExprValue::number(0);
        case Kind::List:
            return ExprValue::number(static_cast<double>(v.toList().size()));
        case Kind::String:
            return ExprValue::number(v.toString().isEmpty() ? 0 : 1);
        default:
            return ExprValue::number(1);
        }
    }
    case Function::Age: {
        const QDate born = arg(0).toDate();
        const QDate today = context.today();
        if (!born.isValid() || !today.isValid())
            return {};
        return ExprValue::number(wholeYears(born, today));
    }
    case Function::Today:
        return ExprValue::date(context.today());
    case Function::DaysBetween: {
        const QDate from = arg(0).toDate();
        const QDate to = arg(1).toDate();
        if (!from.isValid() || !to.isValid())
            return {};
        return ExprValue::number(static_cast<double>(from.daysTo(to)));
    }
    case Function::StringLength: {
        const ExprValue v = arg(0);
        return ExprValue::number(v.isNull() ? 0 : static_cast<double>(characterCount(v.toString())));
    }
    case Function::Empty: {
        const ExprValue v = arg(0);
        const bool empty =
            v.isNull() || ((v.kind() == Kind::String || v.kind() == Kind::List) && !v.toBool());
        return ExprValue::boolean(empty);
    }
    case Function::If:
        return arg(0).toBool() ? arg(1) : arg(2);
    case Function::None:
        break;
    }
    return {};
}

} // namespace

bool valuesEqual(const ExprValue& a, const ExprValue& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const Kind ka = a.kind();
    const Kind kb = b.kind();
    if (ka == Kind::List || kb == Kind::List) {
        if (ka == Kind::List && kb == Kind::List)
            return sameSet(a.toList(), b.toList());
        // A multiple choice equals a string when it holds exactly that one choice.
        const ExprValue& other = ka == Kind::List ? b : a;
        if (other.kind() != Kind::String)
            return false;
        return (ka == Kind::List ? a : b).toList() == other.toList();
    }
    if (ka == Kind::Date || kb == Kind::Date) {
        const QDate x = a.toDate();
        return x.isValid() && x == b.toDate();
    }
    if (ka == Kind::String && kb == Kind::String)
        return a.toString() == b.toString();
    // A boolean equals a boolean, or the string 'true' or 'false'; never a number.
    if (ka == Kind::Bool || kb == Kind::Bool)
        return ka != Kind::Number && kb != Kind::Number && a.toString() == b.toString();
    // Numbers, and strings that hold numbers.
    double x = 0;
    double y = 0;
    return numericOperand(a, &x) && numericOperand(b, &y) && compareNumbers(x, y) == 0;
}

std::optional<int> compareValues(const ExprValue& a, const ExprValue& b)
{
    if (a.isNull() || b.isNull())
        return std::nullopt;
    const Kind ka = a.kind();
    const Kind kb = b.kind();
    if (ka == Kind::List || kb == Kind::List)
        return std::nullopt;
    if (ka == Kind::Date || kb == Kind::Date) {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (!x.isValid() || !y.isValid())
            return std::nullopt;
        return compareOrdered(x, y);
    }
    if (ka == Kind::String && kb == Kind::String)
        return compareOrdered(a.toString(), b.toString());
    if (ka == Kind::Bool && kb == Kind::Bool)
        return compareOrdered(a.toBool(), b.toBool());
    double x = 0;
    double y = 0;
    if (!numericOperand(a, &x) || !numericOperand(b, &y))
        return std::nullopt;
    return compareNumbers(x, y);
}

ExprValue evaluate(const Node& n, const ExpressionContext& context)
{
    switch (n.op) {
    case Op::Literal:
        return n.value;
    case Op::Field:
        return context.fieldValue(n.name);
    case Op::Negate: {
        double x = 0;
        if (!numericOperand(evaluate(*n.children[0], context), &x))
            return {};
        return ExprValue::number(x == 0 ? 0 : -x);
    }
    case Op::Not:
        return ExprValue::boolean(!evaluate(*n.children[0], context).toBool());
    case Op::And:
        return ExprValue::boolean(evaluate(*n.children[0], context).toBool() &&
                                  evaluate(*n.children[1], context).toBool());
    case Op::Or:
        return ExprValue::boolean(evaluate(*n.children[0], context).toBool() ||
                                  evaluate(*n.children[1], context).toBool());
    case Op::Equal:
    case Op::NotEqual: {
        const bool equal = valuesEqual(evaluate(*n.children[0], context), evaluate(*n.children[1], context));
        return ExprValue::boolean(n.op == Op::Equal ? equal : !equal);
    }
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
        return ordering(n.op, evaluate(*n.children[0], context), evaluate(*n.children[1], context));
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
        return arithmetic(n.op, evaluate(*n.children[0], context), evaluate(*n.children[1], context));
    case Op::Call:
        return call(n, context);
    }
    return {};
}

} // namespace prihvat::expr
