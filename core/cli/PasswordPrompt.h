#pragma once

#include <QString>

#include <optional>

namespace prihvat {

// Asks for a password on the terminal (the controlling terminal, /dev/tty), without echo.
// Nothing when standard input is not a terminal (a script, a pipe, a test): headless use
// passes passwords through the environment instead.
std::optional<QString> askPasswordOnTerminal(const QString& prompt);

} // namespace prihvat
