#pragma once

#include "ExprNode.h"
#include "ExprValue.h"

#include <optional>

namespace prihvat {
class ExpressionContext;
}

namespace prihvat::expr {

// Walks a parsed tree. The rules for empty values, dates and mixed types are in
// docs/FORMS.md ("Expressions"); nothing here parses expression text or uses regular
// expressions, so it is cheap enough to run on every keystroke.
ExprValue evaluate(const Node& node, const ExpressionContext& context);

// a = b: two empty values are equal, an empty and a non-empty one are not; a date equals a
// YYYY-MM-DD string of the same day; a number equals a string holding the same number.
bool valuesEqual(const ExprValue& a, const ExprValue& b);

// Ordering of two values: negative, zero or positive; nullopt when either is empty or the
// two cannot be ordered (a list, a date against a number, a word against a number).
std::optional<int> compareValues(const ExprValue& a, const ExprValue& b);

} // namespace prihvat::expr
