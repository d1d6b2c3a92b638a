#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace prihvat::expr {

struct Token
{
    enum class Type
    {
        End,
        Number,
        String,
        Field,
        Identifier, // function names and the keywords and, or, not, true, false, null
        LeftParen,
        RightParen,
        Comma,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    };

    Type type = Type::End;
    int position = 0; // 0-based offset into the source text
    int length = 0;   // characters of source text
    QString text;     // String: the unescaped value; Field and Identifier: the name
    double number = 0;
};

// Splits an expression into tokens; the last one is always End. Fails on a character that
// cannot start a token, an unterminated string or field reference, or a bad field name.
Result<std::vector<Token>> tokenize(const QString& source);

} // namespace prihvat::expr
