#pragma once

// Shared by the benchmarks: timing statistics, a description of the machine, a bare SQLite
// connection for the reference figures, and table printing. Benchmarks print figures;
// they never fail on time.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

namespace bench {

using namespace Qt::StringLiterals;

struct Stats
{
    int count = 0;
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double mean = 0;
    double min = 0;
    double max = 0;
};

// Nearest-rank percentiles of samples (any unit).
inline Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto n = static_cast<double>(samples.size());
        const auto i = static_cast<std::size_t>(std::max(1.0, std::ceil(p * n))) - 1;
        return samples[std::min(i, samples.size() - 1)];
    };
    s.count = static_cast<int>(samples.size());
    s.median = samples.size() % 2 ? samples[samples.size() / 2]
                                  : (samples[samples.size() / 2 - 1] + samples[samples.size() / 2]) / 2;
    s.p90 = rank(0.90);
    s.p99 = rank(0.99);
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    s.min = samples.front();
    s.max = samples.back();
    return s;
}

inline void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

inline QString fixed(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}

inline QString padded(const QString& s, int width)
{
    return width < 0 ? s.leftJustified(-width) : s.rightJustified(width);
}

inline QByteArray readProc(const char* path)
{
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString cpuModel()
{
    for (const QByteArray& line : readProc("/proc/cpuinfo").split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

inline QString memory()
{
    for (const QByteArray& line : readProc("/proc/meminfo").split('\n'))
        if (line.startsWith("MemTotal:")) {
            const double kb = line.mid(9).trimmed().split(' ').value(0).toDouble();
            return u"%1 GiB RAM"_s.arg(kb / 1024 / 1024, 0, 'f', 1);
        }
    return u"RAM unknown"_s;
}

// The filesystem type of the mount that holds `path` (from /proc/mounts).
inline QString filesystem(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QString best;
    QString type = u"unknown"_s;
    for (const QByteArray& line : readProc("/proc/mounts").split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 3)
            continue;
        const QString mount = QString::fromUtf8(f[1]);
        const bool inside =
            canonical == mount || canonical.startsWith(mount.endsWith(u'/') ? mount : mount + u'/');
        if (inside && mount.size() >= best.size()) {
            best = mount;
            type = QString::fromUtf8(f[2]) + u" ("_s + QString::fromUtf8(f[0]) + u")"_s;
        }
    }
    return type;
}

inline void printMachine(const QString& dataPath)
{
    print(u"machine:    %1, %2 logical CPUs, %3, %4\n"_s.arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(memory(), QSysInfo::prettyProductName()));
    print(u"data:       %1 on %2\n"_s.arg(QDir::toNativeSeparators(dataPath), filesystem(dataPath)));
    print(u"date:       %1; SQLite %2; Qt %3\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                                      QString::fromLatin1(sqlite3_libversion()),
                                                      QString::fromLatin1(qVersion())));
    const QByteArray load = readProc("/proc/loadavg");
    if (!load.isEmpty())
        print(u"load:       %1 (1, 5, 15 min; other work on the machine skews the figures)\n"_s.arg(
            QString::fromUtf8(load.split(' ').mid(0, 3).join(' '))));
}

// A bare sqlite3 connection with the store's durability (WAL, synchronous=FULL): the
// reference the store's figures are compared with.
class BareDb
{
public:
    explicit BareDb(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            fail("open");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
    }
    ~BareDb()
    {
        for (sqlite3_stmt* s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    BareDb(const BareDb&) = delete;
    BareDb& operator=(const BareDb&) = delete;

    void exec(const char* sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "bare sqlite3: %s: %s\n", sql, error ? error : "?");
            sqlite3_free(error);
            std::exit(1);
        }
    }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
            fail(sql);
        m_statements.push_back(s);
        return s;
    }
    void step(sqlite3_stmt* s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            fail("step");
        sqlite3_reset(s);
    }
    static void bindText(sqlite3_stmt* s, int index, const QByteArray& utf8)
    {
        // No destructor (SQLITE_STATIC): the caller keeps the bytes alive until the step.
        sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), nullptr);
    }

private:
    [[noreturn]] void fail(const char* what)
    {
        std::fprintf(stderr, "bare sqlite3: %s: %s\n", what, sqlite3_errmsg(m_db));
        std::exit(1);
    }
    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
};

} // namespace bench
