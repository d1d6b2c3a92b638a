#pragma once

#include "common/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace prihvat {

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

    Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock);
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    const Clock& m_clock;
};

} // namespace prihvat
