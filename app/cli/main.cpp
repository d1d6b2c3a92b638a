// prihvat-cli: the command line. Everything it does lives in core/cli (Cli).
#include "cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prihvat-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("prihvat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIHVAT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    prihvat::SystemClock clock;
    prihvat::Cli cli(out, err, in, clock);
    return cli.run(QCoreApplication::arguments().mid(1));
}
