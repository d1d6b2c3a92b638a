// What a core dump or another program of the same user could take from a running Prihvat:
// every executable switches core dumps off and makes itself undumpable before it reads a
// password, and password copies the code holds are wiped after use.
#include "common/ProcessHardening.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

// "Max core file size  <soft>  <hard>  bytes" of a running process, as the kernel reports it.
QString coreLimits(qint64 pid)
{
    QFile f(u"/proc/%1/limits"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromLatin1(f.readAll()).split(u'\n');
    for (const QString& line : lines)
        if (line.startsWith(u"Max core file size"_s))
            return line.mid(QStringLiteral("Max core file size").size()).simplified();
    return {};
}

// Waits (up to 20 s) while `process` runs for its core limits to read "0 0 bytes".
bool becomesHardened(QProcess& process)
{
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (timer.elapsed() < 20'000 && process.state() == QProcess::Running) {
        last = coreLimits(process.processId());
        if (last == u"0 0 bytes"_s)
            return true;
        QThread::msleep(20);
    }
    qWarning() << "core limits seen:" << last << "state:" << process.state()
               << process.readAllStandardError();
    return false;
}

void stop(QProcess& process)
{
    process.kill();
    process.waitForFinished(10'000);
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inProcess()
    {
        QVERIFY(hardenProcess());
        QVERIFY(processIsHardened());
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        // The hard limit is zero too: nothing in the process can allow cores again.
        const rlimit again{RLIM_INFINITY, RLIM_INFINITY};
        QVERIFY(setrlimit(RLIMIT_CORE, &again) != 0 || geteuid() == 0);
    }

    void wipesAndEmpties()
    {
        QString password = u"Ne-Diraj-123"_s;
        password.detach();
        QString copy = password; // a caller's own copy is theirs to wipe
        wipeSecret(password);
        QVERIFY(password.isEmpty());
        QCOMPARE(copy, u"Ne-Diraj-123"_s);
        QByteArray bytes("secret bytes");
        wipeSecret(bytes);
        QVERIFY(bytes.isEmpty());
        QString empty;
        wipeSecret(empty); // nothing to wipe is no error
        QVERIFY(empty.isEmpty());
    }

    // prihvat-cli: logged in, waiting for a record on standard input.
    void cliIsHardened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"van"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PRIHVAT_PASSWORD"_s, u"Correct-Horse-9"_s);
        QProcess init;
        init.setProcessEnvironment(env);
        init.start(QStringLiteral(PRIHVAT_CLI_BINARY),
                   {u"--data-dir"_s, data, u"init"_s, u"--site"_s, u"USI"_s, u"--user"_s, u"amra"_s});
        QVERIFY(init.waitForFinished(60'000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());

        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral(PRIHVAT_CLI_BINARY), {u"--data-dir"_s, data, u"--user"_s, u"amra"_s,
                                                       u"add"_s, u"person"_s, u"--json"_s, u"-"_s});
        QVERIFY(add.waitForStarted());
        QVERIFY(becomesHardened(add));
        stop(add);
    }

    // prihvat: the first-start set-up dialog of a new folder, waiting for a person.
    void desktopIsHardened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess desktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        desktop.setProcessEnvironment(env);
        desktop.start(QStringLiteral(PRIHVAT_DESKTOP_BINARY), {u"--data-dir"_s, dir.filePath(u"desk"_s)});
        QVERIFY(desktop.waitForStarted());
        QVERIFY(becomesHardened(desktop));
        stop(desktop);
    }

    // prihvat-hq serve: listening.
    void headquartersIsHardened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess hq;
        hq.start(QStringLiteral(PRIHVAT_HQ_BINARY),
                 {u"serve"_s, u"--db"_s, u"sqlite:"_s + dir.filePath(u"hq.db"_s), u"--listen"_s,
                  u"127.0.0.1:0"_s});
        QVERIFY(hq.waitForStarted());
        QVERIFY(becomesHardened(hq));
        stop(hq);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "test_hardening.moc"
