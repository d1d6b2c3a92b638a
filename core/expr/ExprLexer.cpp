#include "ExprLexer.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace prihvat::expr {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || isAsciiDigit(c);
}

// Field names follow the form rules: [a-z][a-z0-9_]*
bool isFieldName(QStringView name)
{
    if (name.isEmpty() || !(name.front() >= u'a' && name.front() <= u'z'))
        return false;
    for (QChar c : name)
        if (!((c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'_'))
            return false;
    return true;
}

// One character as the user sees it: a surrogate pair stays together.
QString characterAt(const QString& s, qsizetype i)
{
    if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return s.mid(i, 2);
    return s.mid(i, 1);
}

class Lexer
{
public:
    explicit Lexer(const QString& source) : m_s(source) {}

    Result<std::vector<Token>> run()
    {
        std::vector<Token> tokens;
        const qsizetype n = m_s.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_s.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = static_cast<int>(i);
            if (isAsciiDigit(c)) {
                if (!lexNumber(i, t))
                    return *m_error;
            } else if (c == u'\'' || c == u'"') {
                if (!lexString(i, t))
                    return *m_error;
            } else if (c == u'$') {
                if (!lexField(i, t))
                    return *m_error;
            } else if (isIdentifierStart(c)) {
                qsizetype j = i + 1;
                while (j < n && isIdentifierPart(m_s.at(j)))
                    ++j;
                t.type = Token::Type::Identifier;
                t.text = m_s.mid(i, j - i);
                i = j;
            } else if (!lexOperator(i, t)) {
                return *m_error;
            }
            t.length = static_cast<int>(i) - t.position;
            tokens.push_back(std::move(t));
        }
        Token end;
        end.type = Token::Type::End;
        end.position = static_cast<int>(n);
        tokens.push_back(std::move(end));
        return tokens;
    }

private:
    bool fail(QString message)
    {
        m_error = Error::invalid(std::move(message));
        return false;
    }

    // digits, optionally followed by '.' and at least one digit
    bool lexNumber(qsizetype& i, Token& t)
    {
        const qsizetype start = i;
        const qsizetype n = m_s.size();
        while (i < n && isAsciiDigit(m_s.at(i)))
            ++i;
        if (i < n && m_s.at(i) == u'.') {
            ++i;
            if (i >= n || !isAsciiDigit(m_s.at(i)))
                return fail(QCoreApplication::translate("Expression", "malformed number '%1' at position %2")
                                .arg(m_s.mid(start, i - start), QString::number(start + 1)));
            while (i < n && isAsciiDigit(m_s.at(i)))
                ++i;
        }
        bool ok = false;
        t.type = Token::Type::Number;
        t.number = QStringView(m_s).mid(start, i - start).toDouble(&ok);
        if (!ok || !std::isfinite(t.number))
            return fail(QCoreApplication::translate("Expression", "number out of range at position %1")
                            .arg(start + 1));
        return true;
    }

    // '…' or "…", with \' \" and \\ as escapes
    bool lexString(qsizetype& i, Token& t)
    {
        const qsizetype start = i;
        const QChar quote = m_s.at(i);
        const qsizetype n = m_s.size();
        QString value;
        ++i;
        while (i < n) {
            const QChar c = m_s.at(i);
            if (c == quote) {
                ++i;
                t.type = Token::Type::String;
                t.text = std::move(value);
                return true;
            }
            if (c == u'\\') {
                if (i + 1 >= n)
                    break;
                const QChar next = m_s.at(i + 1);
                if (next != u'\'' && next != u'"' && next != u'\\')
                    return fail(
                        QCoreApplication::translate("Expression", "invalid escape '\\%1' at position %2")
                            .arg(characterAt(m_s, i + 1), QString::number(i + 1)));
                value += next;
                i += 2;
                continue;
            }
            value += c;
            ++i;
        }
        return fail(
            QCoreApplication::translate("Expression", "unterminated string at position %1").arg(start + 1));
    }

    // ${name}
    bool lexField(qsizetype& i, Token& t)
    {
        const qsizetype start = i;
        const qsizetype n = m_s.size();
        if (i + 1 >= n || m_s.at(i + 1) != u'{')
            return fail(QCoreApplication::translate("Expression", "expected '{' after '$' at position %1")
                            .arg(start + 1));
        const qsizetype close = m_s.indexOf(u'}', i + 2);
        if (close < 0)
            return fail(
                QCoreApplication::translate("Expression", "unterminated field reference at position %1")
                    .arg(start + 1));
        const QString name = m_s.mid(i + 2, close - i - 2);
        if (!isFieldName(name))
            return fail(QCoreApplication::translate("Expression", "invalid field name '%1' at position %2")
                            .arg(name, QString::number(start + 1)));
        t.type = Token::Type::Field;
        t.text = name;
        i = close + 1;
        return true;
    }

    bool lexOperator(qsizetype& i, Token& t)
    {
        using T = Token::Type;
        const QChar c = m_s.at(i);
        const bool nextIsEqual = i + 1 < m_s.size() && m_s.at(i + 1) == u'=';
        switch (c.unicode()) {
        case u'(':
            t.type = T::LeftParen;
            break;
        case u')':
            t.type = T::RightParen;
            break;
        case u',':
            t.type = T::Comma;
            break;
        case u'+':
            t.type = T::Plus;
            break;
        case u'-':
            t.type = T::Minus;
            break;
        case u'*':
            t.type = T::Star;
            break;
        case u'/':
            t.type = T::Slash;
            break;
        case u'%':
            t.type = T::Percent;
            break;
        case u'=':
            t.type = T::Equal;
            break;
        case u'<':
            t.type = nextIsEqual ? T::LessOrEqual : T::Less;
            break;
        case u'>':
            t.type = nextIsEqual ? T::GreaterOrEqual : T::Greater;
            break;
        case u'!':
            if (nextIsEqual) {
                t.type = T::NotEqual;
                break;
            }
            [[fallthrough]];
        default:
            return fail(QCoreApplication::translate("Expression", "unexpected character '%1' at position %2")
                            .arg(characterAt(m_s, i), QString::number(i + 1)));
        }
        const bool twoCharacters =
            t.type == T::LessOrEqual || t.type == T::GreaterOrEqual || t.type == T::NotEqual;
        i += twoCharacters ? 2 : 1;
        return true;
    }

    const QString& m_s;
    std::optional<Error> m_error;
};

} // namespace

Result<std::vector<Token>> tokenize(const QString& source)
{
    return Lexer(source).run();
}

} // namespace prihvat::expr
