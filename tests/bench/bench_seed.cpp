// bench_seed: seeding a data folder through the validation and outbox path (Seeder), in
// records and persons per second, against bare sqlite3 bulk inserts of the same number of
// rows of the same size in batched transactions (WAL, synchronous=FULL) on the same
// filesystem.
//
//   bench_seed [PERSONS]    default 100000 (about 2.2 million records)
#include "BenchSupport.h"

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "TestDataKey.h"
#include "seed/Seeder.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/SqliteDb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

constexpr int kRowsPerTransaction = 5000;

[[noreturn]] void fail(const QString& what, const Error& e)
{
    bench::print(what + u": "_s + e.fullText() + u"\n"_s);
    std::exit(1);
}

qint64 folderBytes(const QString& db)
{
    qint64 n = 0;
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        n += QFileInfo(db + suffix).size();
    return n;
}

// A text of `size` bytes that looks like a record's JSON.
QByteArray rowOfSize(qint64 size, const QByteArray& sample)
{
    QByteArray row = sample;
    while (row.size() < size)
        row += sample;
    row.truncate(size);
    return row;
}

struct BareResult
{
    double seconds = 0;
    qint64 rows = 0;
};

// `records` rows of `recordBytes`, and with them `outbox` rows of `outboxBytes` (none when 0),
// committed every kRowsPerTransaction record rows.
BareResult bareInsert(const QString& path, qint64 records, qint64 recordBytes, qint64 outbox,
                      qint64 outboxBytes, const QByteArray& sample)
{
    bench::BareDb db(path);
    db.exec("CREATE TABLE records(id INTEGER PRIMARY KEY, data TEXT NOT NULL)");
    db.exec("CREATE TABLE outbox(seq INTEGER PRIMARY KEY, data TEXT NOT NULL)");
    sqlite3_stmt* insertRecord = db.prepare("INSERT INTO records(data) VALUES(?1)");
    sqlite3_stmt* insertOutbox = db.prepare("INSERT INTO outbox(data) VALUES(?1)");
    const QByteArray record = rowOfSize(recordBytes, sample);
    const QByteArray change = rowOfSize(outboxBytes, sample);
    QElapsedTimer t;
    t.start();
    qint64 outboxDone = 0;
    for (qint64 i = 0; i < records; i += kRowsPerTransaction) {
        db.exec("BEGIN IMMEDIATE");
        const qint64 end = std::min(records, i + kRowsPerTransaction);
        for (qint64 j = i; j < end; ++j) {
            bench::BareDb::bindText(insertRecord, 1, record);
            db.step(insertRecord);
        }
        const qint64 outboxEnd = records > 0 ? outbox * end / records : 0;
        for (; outboxDone < outboxEnd; ++outboxDone) {
            bench::BareDb::bindText(insertOutbox, 1, change);
            db.step(insertOutbox);
        }
        db.exec("COMMIT");
    }
    return {static_cast<double>(t.nsecsElapsed()) / 1e9, records + outboxDone};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"prihvat.store.info=false"_s);
    int persons = 100'000;
    if (argc > 1) {
        bool ok = false;
        persons = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || persons < 1) {
            std::fprintf(stderr, "usage: bench_seed [PERSONS]\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(tmp.errorString()));
        return 1;
    }

    bench::print(
        u"\nbench_seed: seed %1 persons through validation and the outbox (Seeder)\n"_s.arg(persons));
    bench::printMachine(tmp.path());
    bench::print(u"\n"_s);

    SystemClock clock;
    auto forms = FormRegistry::load();
    if (!forms)
        fail(u"Loading the forms"_s, forms.error());
    const QString site = (*forms)->reference().sitesOfKind(u"centre"_s).value(0);
    const DataFolder folder(tmp.path() + u"/data"_s);
    auto store = LocalStore::initialise(folder, site, *forms, clock);
    if (!store)
        fail(u"Creating the data folder"_s, store.error());
    if (Status s = unlockWithInterimKey(**store); !s)
        fail(u"Unlocking the data folder"_s, s.error());

    Seeder seeder(**store, 42);
    const std::clock_t cpuStart = std::clock();
    auto report = seeder.run(persons);
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report)
        fail(u"Seeding"_s, report.error());

    SqliteDb& db = (*store)->db();
    const qint64 recordBytes =
        qRound64(db.scalar(u"SELECT avg(length(CAST(data AS BLOB))) FROM records"_s)->toDouble());
    const qint64 stampBytes =
        qRound64(db.scalar(u"SELECT avg(length(CAST(stamps AS BLOB))) FROM records"_s)->toDouble());
    const qint64 outboxRows = (*store)->outboxSize().value();
    const qint64 outboxBytes = qRound64(
        db.scalar(
              u"SELECT avg(length(record_id) + length(form) + length(field) + coalesce(length(value), 0) + "
              "length(hlc)) FROM outbox"_s)
            ->toDouble());
    const QByteArray sample =
        db.scalar(u"SELECT data FROM records WHERE form = 'assistance' LIMIT 1"_s)->toString().toUtf8();
    QStringList perForm;
    for (const QString& form : (*forms)->formIds())
        perForm.append(u"%1 %2"_s.arg(form).arg((*store)->count(form).value()));
    store->reset(); // closes the database (and checkpoints the WAL) before the size is taken
    const qint64 bytes = folderBytes(folder.databasePath());

    using bench::fixed;
    using bench::padded;
    const double seconds = report->seconds;
    const double recordsPerSecond = static_cast<double>(report->records) / seconds;
    const double personsPerSecond = static_cast<double>(report->persons) / seconds;

    bench::print(u"seeded:     %1 records: %2\n"_s.arg(report->records).arg(perForm.join(u", "_s)));
    bench::print(
        u"            %1 outbox changes (%2 per record); record values %3 B, stamps %4 B on average\n"_s
            .arg(outboxRows)
            .arg(static_cast<double>(outboxRows) / static_cast<double>(report->records), 0, 'f', 1)
            .arg(recordBytes)
            .arg(stampBytes));
    bench::print(u"            %1 s of processor time in %2 s (the rest: waiting for the disk or for the "
                 "processor)\n"_s.arg(fixed(cpuSeconds, 1), fixed(report->seconds, 1)));
    bench::print(u"            database %1 MiB (%2 B per record)\n\n"_s
                     .arg(static_cast<double>(bytes) / 1024 / 1024, 0, 'f', 0)
                     .arg(bytes / std::max<qint64>(1, report->records)));

    // References on the same filesystem, the same number of rows of the same size.
    const BareResult plain =
        bareInsert(tmp.path() + u"/bare.db"_s, report->records, recordBytes, 0, 0, sample);
    const BareResult withOutbox = bareInsert(tmp.path() + u"/bare-outbox.db"_s, report->records, recordBytes,
                                             outboxRows, outboxBytes, sample);

    const auto row = [](const QString& what, double secs, double records, double rows, double people) {
        bench::print(padded(what, -52) + padded(fixed(secs, 1), 9) + padded(fixed(records, 0), 13) +
                     padded(fixed(rows, 0), 13) + padded(people > 0 ? fixed(people, 0) : u"-"_s, 12) +
                     u"\n"_s);
    };
    bench::print(padded(u"what"_s, -52) + padded(u"seconds"_s, 9) + padded(u"records/s"_s, 13) +
                 padded(u"rows/s"_s, 13) + padded(u"persons/s"_s, 12) + u"\n"_s);
    const double storeRows = static_cast<double>(report->records + outboxRows);
    row(u"Seeder through RecordService + LocalStore::commit"_s, seconds, recordsPerSecond,
        storeRows / seconds, personsPerSecond);
    row(u"bare sqlite3: same number of record rows, same size"_s, plain.seconds,
        static_cast<double>(report->records) / plain.seconds, static_cast<double>(plain.rows) / plain.seconds,
        0);
    row(u"bare sqlite3: records + as many outbox rows"_s, withOutbox.seconds,
        static_cast<double>(report->records) / withOutbox.seconds,
        static_cast<double>(withOutbox.rows) / withOutbox.seconds, 0);
    bench::print(
        u"\n(batches of %1 rows per transaction for the bare inserts; the Seeder commits about 5,000 "
        "records with their outbox rows per transaction)\n"_s.arg(kRowsPerTransaction));
    bench::print(u"seeder / bare records: %1 x slower; seeder / bare records + outbox: %2 x slower\n\n"_s.arg(
        fixed(seconds / plain.seconds, 1), fixed(seconds / withOutbox.seconds, 1)));
    return 0;
}
