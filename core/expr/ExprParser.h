#pragma once

#include "ExprNode.h"
#include "common/Result.h"

#include <QString>

#include <memory>

namespace prihvat::expr {

// Builds the syntax tree of an expression (grammar in docs/FORMS.md, "Expressions").
// Precedence from lowest: or, and, not (prefix), comparison (not chained), + -, * / %,
// unary minus, then literals, ${fields}, function calls and parentheses.
Result<std::shared_ptr<const Node>> parse(const QString& source);

} // namespace prihvat::expr
