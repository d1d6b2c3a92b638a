#pragma once

#include "ExprValue.h"

#include <QString>

#include <memory>
#include <vector>

namespace prihvat::expr {

// What a syntax-tree node does.
enum class Op
{
    Literal, // value
    Field,   // name
    Negate,  // -children[0]
    Not,     // not children[0]
    And,
    Or,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Call, // function(children...)
};

enum class Function
{
    None,
    Selected,
    CountSelected,
    Age,
    Today,
    DaysBetween,
    StringLength,
    Empty,
    If,
};

// One node of an immutable syntax tree. Built once by the parser, then only read.
struct Node
{
    Op op = Op::Literal;
    Function function = Function::None;
    int position = 0; // 0-based character offset of the token the node came from
    int height = 1;   // 1 for a leaf, else 1 + the tallest child
    ExprValue value;  // Literal
    QString name;     // Field: the field name; Call: the function name
    std::vector<std::unique_ptr<const Node>> children;
};

} // namespace prihvat::expr
