// prihvat-cli: the command line. Everything it does lives in core/cli (Cli).
#include "cli/Cli.h"
#include "common/ProcessHardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Passwords and opened answers never reach a core file or another process (before
    // anything is read).
    const bool hardened = prihvat::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prihvat-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("prihvat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIHVAT_VERSION));
    // Results go to stdout and messages to stderr; routine progress lines stay out of both
    // unless QT_LOGGING_RULES asks for them.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("prihvat.*.info=false\nprihvat.*.debug=false"));
    if (!hardened)
        qWarning("Could not switch off core dumps for this process.");
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    prihvat::SystemClock clock;
    prihvat::Cli cli(out, err, in, clock);
    return cli.run(QCoreApplication::arguments().mid(1));
}
