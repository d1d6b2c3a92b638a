#include "PasswordPrompt.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <termios.h>
#include <unistd.h>
#endif

namespace prihvat {

std::optional<QString> askPasswordOnTerminal(const QString& prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char line[1100] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    volatile char* wipe = line;
    for (std::size_t i = 0; i < sizeof line; ++i)
        wipe[i] = 0;
    return text;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace prihvat
