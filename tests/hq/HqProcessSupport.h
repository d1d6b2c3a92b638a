#pragma once

// Shared by the tests and benchmarks that run the real headquarters: running a program to
// the end, a `prihvat-hq serve` process on a free loopback port, and an nginx in front of it
// (tests/tools/nginx-test.conf.in: the production limits, without TLS, in a throwaway folder,
// as an unprivileged user when the test runs as root).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <utility>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace prihvat::hqtest {

using namespace Qt::StringLiterals;

struct ProcessOutcome
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs `program` to the end (killed after `timeoutMs`).
inline ProcessOutcome runProcess(const QString& program, const QStringList& args, int timeoutMs = 60'000)
{
    QProcess p;
    p.start(program, args);
    ProcessOutcome o;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.err = u"timed out"_s;
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

// A loopback port nobody listens on right now.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A running `prihvat-hq serve --db DB --listen 127.0.0.1:0 [extra…]`; its stderr (with the
// request log on: "POST /v1/push 200 7 ms") goes to a file.
class HqServerProcess
{
public:
    ~HqServerProcess() { stop(); }

    bool start(const QString& binary, const QString& db, const QString& logPath, const QStringList& extra = {})
    {
        m_log = logPath;
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logPath);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, env.value(u"QT_LOGGING_RULES"_s) + u";prihvat.hq.info=true"_s);
        m_process->setProcessEnvironment(env);
        m_process->start(binary, QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
        if (!m_process->waitForStarted(10'000))
            return false;
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 20'000) {
            if (m_process->state() != QProcess::Running)
                return false;
            m_process->waitForReadyRead(100);
            out += m_process->readAllStandardOutput();
            const auto m =
                QRegularExpression(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
                return true;
            }
        }
        return false;
    }

    // SIGTERM, as systemd stops it; the exit code, or -1 when it had to be killed.
    int stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return m_process ? m_process->exitCode() : 0;
        m_process->terminate();
        if (!m_process->waitForFinished(15'000)) {
            m_process->kill();
            m_process->waitForFinished();
            return -1;
        }
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    quint16 port() const { return m_port; }
    QString url(const QString& path = {}) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }
    const QString& logPath() const { return m_log; }
    QString log() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    quint16 m_port = 0;
};

// nginx from `templatePath` (tests/tools/nginx-test.conf.in) on a free loopback port, in
// front of the prihvat-hq on `upstreamPort`.
class NginxProcess
{
public:
    static constexpr const char16_t* kBinary = u"/usr/sbin/nginx";

    ~NginxProcess() { stop(); }

    static bool available() { return QFile::exists(QString::fromUtf16(kBinary)); }

    // Started and answering /v1/health (through to prihvat-hq); else false with `error`.
    // `changes` replace text of the template (each must be found), for a test that must not
    // meet one of the production limits.
    bool start(const QString& templatePath, quint16 upstreamPort, QString* error,
               const QList<std::pair<QString, QString>>& changes = {})
    {
        m_prefix = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/prihvat-nginx-XXXXXX"_s);
        QFile templ(templatePath);
        if (!m_prefix->isValid() || !templ.open(QIODevice::ReadOnly)) {
            *error = u"no folder for nginx, or no template %1"_s.arg(templatePath);
            return false;
        }
        m_port = freeLoopbackPort();
        QString conf = QString::fromUtf8(templ.readAll());
        conf.replace(u"@PREFIX@"_s, m_prefix->path())
            .replace(u"@LISTEN_PORT@"_s, QString::number(m_port))
            .replace(u"@UPSTREAM_PORT@"_s, QString::number(upstreamPort));
        for (const auto& [from, to] : changes) {
            if (!conf.contains(from)) {
                *error = u"the nginx template has no \"%1\""_s.arg(from);
                return false;
            }
            conf.replace(from, to);
        }
        QFile out(m_prefix->filePath(u"nginx.conf"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(conf.toUtf8()) < 0) {
            *error = u"cannot write nginx.conf"_s;
            return false;
        }
        out.close();
        const bool root = ::geteuid() == 0;
        const QString user = ::getpwnam("www-data") ? u"www-data"_s : u"nobody"_s;
        if (root && !handTo(m_prefix->path(), user)) {
            *error = u"cannot give the nginx folder to %1"_s.arg(user);
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        const QStringList args{u"-p"_s, m_prefix->path(), u"-c"_s, m_prefix->filePath(u"nginx.conf"_s),
                               u"-e"_s, m_prefix->filePath(u"error.log"_s)};
        if (root)
            m_process->start(u"runuser"_s, QStringList{u"-u"_s, user, u"--"_s, QString::fromUtf16(kBinary)} + args);
        else
            m_process->start(QString::fromUtf16(kBinary), args);
        if (!m_process->waitForStarted(10'000)) {
            *error = u"nginx did not start"_s;
            return false;
        }
        // Up when it answers; a plain socket probe (no Qt network event loop needed here).
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15'000 && m_process->state() == QProcess::Running) {
            if (healthy())
                return true;
            QThread::msleep(100);
        }
        *error = u"nginx is not answering: "_s + QString::fromUtf8(m_process->readAll());
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        // runuser does not pass SIGTERM on reliably: the master's pid file is what to signal.
        QFile pidFile(m_prefix->filePath(u"nginx.pid"_s));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toInt());
            if (pid > 0)
                ::kill(pid, SIGTERM);
        }
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
        m_process.reset();
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url(const QString& path = {}) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }
    QString output() const { return m_process ? QString::fromUtf8(m_process->readAll()) : QString(); }

private:
    // The folder belongs to the unprivileged user that runs nginx when the test runs as root.
    static bool handTo(const QString& path, const QString& user)
    {
        const passwd* pw = ::getpwnam(user.toLatin1().constData());
        return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
    }

    bool healthy() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(1000))
            return false;
        socket.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        socket.waitForBytesWritten(1000);
        QByteArray reply;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 2000 && !reply.contains("\r\n") && socket.waitForReadyRead(200))
            reply += socket.readAll();
        return reply.startsWith("HTTP/1.1 200");
    }

    std::unique_ptr<QTemporaryDir> m_prefix;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace prihvat::hqtest
