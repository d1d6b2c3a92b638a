#include "ExprParser.h"

#include "ExprLexer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace prihvat::expr {

namespace {

using Type = Token::Type;
using NodePtr = std::unique_ptr<Node>;

// Limits that keep parsing and evaluation well inside the stack for hostile input.
constexpr int kMaxNesting = 100; // parentheses, calls and prefix operators inside each other
constexpr int kMaxHeight = 400;  // levels of the finished tree

struct FunctionInfo
{
    QStringView name;
    Function function;
    int arity;
};

constexpr std::array kFunctions{
    FunctionInfo{u"selected", Function::Selected, 2},
    FunctionInfo{u"count_selected", Function::CountSelected, 1},
    FunctionInfo{u"age", Function::Age, 1},
    FunctionInfo{u"today", Function::Today, 0},
    FunctionInfo{u"days_between", Function::DaysBetween, 2},
    FunctionInfo{u"string_length", Function::StringLength, 1},
    FunctionInfo{u"empty", Function::Empty, 1},
    FunctionInfo{u"if", Function::If, 3},
    FunctionInfo{u"not", Function::None, 1}, // becomes an Op::Not node
};

const FunctionInfo* findFunction(QStringView name)
{
    const auto it = std::find_if(kFunctions.begin(), kFunctions.end(),
                                 [name](const FunctionInfo& f) { return f.name == name; });
    return it == kFunctions.end() ? nullptr : &*it;
}

std::optional<Op> comparisonOp(Type t)
{
    switch (t) {
    case Type::Equal:
        return Op::Equal;
    case Type::NotEqual:
        return Op::NotEqual;
    case Type::Less:
        return Op::Less;
    case Type::LessOrEqual:
        return Op::LessOrEqual;
    case Type::Greater:
        return Op::Greater;
    case Type::GreaterOrEqual:
        return Op::GreaterOrEqual;
    default:
        return std::nullopt;
    }
}

class Parser
{
public:
    Parser(const QString& source, std::vector<Token> tokens) : m_source(source), m_tokens(std::move(tokens))
    {
    }

    Result<std::shared_ptr<const Node>> run()
    {
        NodePtr root = parseOr();
        if (root && peek().type != Type::End)
            failUnexpected(peek());
        if (m_error)
            return *m_error;
        return std::shared_ptr<const Node>(std::move(root));
    }

private:
    // --- tokens -------------------------------------------------------------------------

    const Token& peek(int ahead = 0) const
    {
        const size_t i = std::min(m_pos + static_cast<size_t>(ahead), m_tokens.size() - 1);
        return m_tokens[i];
    }
    const Token& next() { return m_tokens[std::min(m_pos++, m_tokens.size() - 1)]; }
    bool isKeyword(const Token& t, QStringView word) const
    {
        return t.type == Type::Identifier && t.text == word;
    }
    QString sourceOf(const Token& t) const { return m_source.mid(t.position, t.length); }

    // --- errors -------------------------------------------------------------------------

    NodePtr fail(QString message)
    {
        if (!m_error)
            m_error = Error::invalid(std::move(message));
        return nullptr;
    }

    NodePtr failUnexpected(const Token& t)
    {
        if (t.type == Type::End)
            return fail(QCoreApplication::translate("Expression", "unexpected end of expression"));
        if (t.type == Type::String)
            return fail(QCoreApplication::translate("Expression", "unexpected string %1 at position %2")
                            .arg(sourceOf(t), QString::number(t.position + 1)));
        return fail(QCoreApplication::translate("Expression", "unexpected '%1' at position %2")
                        .arg(sourceOf(t), QString::number(t.position + 1)));
    }

    NodePtr failArity(const Token& name, int expected, int got)
    {
        QString message;
        if (expected == 0)
            message = QCoreApplication::translate("Expression",
                                                  "function '%1' takes no arguments, got %2 at position %3");
        else if (expected == 1)
            message = QCoreApplication::translate("Expression",
                                                  "function '%1' takes 1 argument, got %2 at position %3");
        else
            message = QCoreApplication::translate("Expression",
                                                  "function '%1' takes %4 arguments, got %2 at position %3");
        message = message.arg(name.text).arg(got).arg(name.position + 1);
        if (expected > 1)
            message = message.arg(expected); // %4, now the lowest placeholder left
        return fail(std::move(message));
    }

    // Counts how deep parentheses, calls and prefix operators are nested.
    class NestingGuard
    {
    public:
        explicit NestingGuard(Parser& p) : m_p(p) { ++m_p.m_nesting; }
        ~NestingGuard() { --m_p.m_nesting; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;
        bool tooDeep() const { return m_p.m_nesting > kMaxNesting; }

    private:
        Parser& m_p;
    };

    NodePtr failTooDeep(const Token& at)
    {
        return fail(QCoreApplication::translate("Expression", "expression nested too deeply at position %1")
                        .arg(at.position + 1));
    }

    // --- nodes --------------------------------------------------------------------------

    static NodePtr leaf(Op op, const Token& at)
    {
        auto n = std::make_unique<Node>();
        n->op = op;
        n->position = at.position;
        return n;
    }

    NodePtr withChildren(NodePtr n, std::vector<NodePtr> children)
    {
        int tallest = 0;
        for (NodePtr& c : children) {
            tallest = std::max(tallest, c->height);
            n->children.push_back(std::move(c));
        }
        n->height = tallest + 1;
        if (n->height > kMaxHeight)
            return fail(QCoreApplication::translate("Expression", "expression too long at position %1")
                            .arg(n->position + 1));
        return n;
    }

    NodePtr binary(Op op, const Token& at, NodePtr left, NodePtr right)
    {
        std::vector<NodePtr> children;
        children.push_back(std::move(left));
        children.push_back(std::move(right));
        return withChildren(leaf(op, at), std::move(children));
    }

    NodePtr unary(Op op, const Token& at, NodePtr operand)
    {
        std::vector<NodePtr> children;
        children.push_back(std::move(operand));
        return withChildren(leaf(op, at), std::move(children));
    }

    // --- grammar ------------------------------------------------------------------------

    // or := and ('or' and)*
    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && isKeyword(peek(), u"or")) {
            const Token& op = next();
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Op::Or, op, std::move(left), std::move(right));
        }
        return left;
    }

    // and := not ('and' not)*
    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (left && isKeyword(peek(), u"and")) {
            const Token& op = next();
            NodePtr right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Op::And, op, std::move(left), std::move(right));
        }
        return left;
    }

    // not := 'not' not | comparison
    // "not(" is left to the primary rule, where it reads like a function call.
    NodePtr parseNot()
    {
        if (isKeyword(peek(), u"not") && peek(1).type != Type::LeftParen) {
            const Token& op = next();
            NestingGuard guard(*this);
            if (guard.tooDeep())
                return failTooDeep(op);
            NodePtr operand = parseNot();
            if (!operand)
                return nullptr;
            return unary(Op::Not, op, std::move(operand));
        }
        return parseComparison();
    }

    // comparison := additive (op additive)?   — a < b < c is an error
    NodePtr parseComparison()
    {
        NodePtr left = parseAdditive();
        if (!left)
            return nullptr;
        const std::optional<Op> op = comparisonOp(peek().type);
        if (!op)
            return left;
        const Token& opToken = next();
        NodePtr right = parseAdditive();
        if (!right)
            return nullptr;
        if (comparisonOp(peek().type))
            return fail(QCoreApplication::translate("Expression",
                                                    "comparisons cannot be chained: '%1' at position %2")
                            .arg(sourceOf(peek()), QString::number(peek().position + 1)));
        return binary(*op, opToken, std::move(left), std::move(right));
    }

    // additive := multiplicative (('+' | '-') multiplicative)*
    NodePtr parseAdditive()
    {
        NodePtr left = parseMultiplicative();
        while (left && (peek().type == Type::Plus || peek().type == Type::Minus)) {
            const Token& op = next();
            NodePtr right = parseMultiplicative();
            if (!right)
                return nullptr;
            left =
                binary(op.type == Type::Plus ? Op::Add : Op::Subtract, op, std::move(left), std::move(right));
        }
        return left;
    }

    // multiplicative := unary (('*' | '/' | '%') unary)*
    NodePtr parseMultiplicative()
    {
        NodePtr left = parseUnary();
        while (left &&
               (peek().type == Type::Star || peek().type == Type::Slash || peek().type == Type::Percent)) {
            const Token& op = next();
            NodePtr right = parseUnary();
            if (!right)
                return nullptr;
            const Op kind = op.type == Type::Star    ? Op::Multiply
                            : op.type == Type::Slash ? Op::Divide
                                                     : Op::Modulo;
            left = binary(kind, op, std::move(left), std::move(right));
        }
        return left;
    }

    // unary := '-' unary | primary
    NodePtr parseUnary()
    {
        if (peek().type != Type::Minus)
            return parsePrimary();
        const Token& op = next();
        NestingGuard guard(*this);
        if (guard.tooDeep())
            return failTooDeep(op);
        NodePtr operand = parseUnary();
        if (!operand)
            return nullptr;
        return unary(Op::Negate, op, std::move(operand));
    }

    // primary := number | string | ${field} | true | false | null | name '(' args ')' | '(' or ')'
    NodePtr parsePrimary()
    {
        const Token& t = peek();
        switch (t.type) {
        case Type::Number: {
            next();
            NodePtr n = leaf(Op::Literal, t);
            n->value = ExprValue::number(t.number);
            return n;
        }
        case Type::String: {
            next();
            NodePtr n = leaf(Op::Literal, t);
            n->value = ExprValue::string(t.text);
            return n;
        }
        case Type::Field: {
            next();
            NodePtr n = leaf(Op::Field, t);
            n->name = t.text;
            return n;
        }
        case Type::LeftParen: {
            next();
            NestingGuard guard(*this);
            if (guard.tooDeep())
                return failTooDeep(t);
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().type != Type::RightParen)
                return failUnexpected(peek());
            next();
            return inner;
        }
        case Type::Identifier:
            return parseName();
        default:
            return failUnexpected(t);
        }
    }

    // A keyword literal or a function call.
    NodePtr parseName()
    {
        const Token& t = next();
        if (t.text == u"true" || t.text == u"false" || t.text == u"null") {
            NodePtr n = leaf(Op::Literal, t);
            if (t.text != u"null")
                n->value = ExprValue::boolean(t.text == u"true");
            return n;
        }
        // "not" without "(" is a prefix operator, handled above comparisons; here it is out of place.
        if (t.text == u"and" || t.text == u"or" || (t.text == u"not" && peek().type != Type::LeftParen))
            return failUnexpected(t);

        const FunctionInfo* info = findFunction(t.text);
        if (peek().type != Type::LeftParen) {
            if (info)
                return fail(QCoreApplication::translate(
                                "Expression", "function '%1' at position %2 must be followed by '('")
                                .arg(t.text, QString::number(t.position + 1)));
            return fail(QCoreApplication::translate(
                            "Expression", "unknown name '%1' at position %2 (fields are written ${%1})")
                            .arg(t.text, QString::number(t.position + 1)));
        }
        if (!info)
            return fail(QCoreApplication::translate("Expression", "unknown function '%1' at position %2")
                            .arg(t.text, QString::number(t.position + 1)));

        next(); // (
        NestingGuard guard(*this);
        if (guard.tooDeep())
            return failTooDeep(t);
        std::vector<NodePtr> args;
        if (peek().type != Type::RightParen) {
            while (true) {
                NodePtr arg = parseOr();
                if (!arg)
                    return nullptr;
                args.push_back(std::move(arg));
                if (peek().type == Type::Comma) {
                    next();
                    continue;
                }
                if (peek().type == Type::RightParen)
                    break;
                return failUnexpected(peek());
            }
        }
        next(); // )
        if (static_cast<int>(args.size()) != info->arity)
            return failArity(t, info->arity, static_cast<int>(args.size()));

        if (t.text == u"not")
            return unary(Op::Not, t, std::move(args.front()));
        NodePtr call = leaf(Op::Call, t);
        call->function = info->function;
        call->name = t.text;
        return withChildren(std::move(call), std::move(args));
    }

    const QString& m_source;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_nesting = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<std::shared_ptr<const Node>> parse(const QString& source)
{
    Result<std::vector<Token>> tokens = tokenize(source);
    if (!tokens)
        return tokens.error();
    if (tokens->size() == 1)
        return Error::invalid(QCoreApplication::translate("Expression", "empty expression"));
    return Parser(source, std::move(tokens).value()).run();
}

} // namespace prihvat::expr
