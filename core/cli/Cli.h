#pragma once

#include "common/Clock.h"

#include <QStringList>
#include <QTextStream>

#include <cstdint>
#include <functional>
#include <optional>

namespace prihvat {

class PasswordKdf;

// prihvat-cli: headless operations on a data folder. `run` takes the arguments (without
// the program name) and writes results to `out` and messages to `err`; it returns the
// process exit code:
//   0  done
//   1  it could not be done (no such record, damaged or unwritable database, …)
//   2  the input was wrong (usage, bad JSON, unknown form, invalid values): nothing changed
class Cli
{
public:
    enum Exit { Ok = 0, Failed = 1, BadInput = 2 };

    // What a login needs from outside; tests replace them. Empty members take the
    // defaults: Argon2id, a real sleep, and a prompt on the terminal without echo (none
    // when standard input is not a terminal).
    struct Services
    {
        const PasswordKdf* kdf = nullptr;
        std::function<void(std::int64_t ms)> sleep;
        std::function<std::optional<QString>(const QString& prompt)> askPassword;
    };

    Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock);
    Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock, Services services);
    int run(const QStringList& arguments);

    // The environment variables that carry passwords for headless use.
    static constexpr const char* kPasswordVariable = "PRIHVAT_PASSWORD";
    static constexpr const char* kNewPasswordVariable = "PRIHVAT_NEW_PASSWORD";
    static constexpr const char* kRecoveryVariable = "PRIHVAT_RECOVERY";

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    const Clock& m_clock;
    Services m_services;
};

} // namespace prihvat
