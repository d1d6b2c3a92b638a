// Crash atomicity and journal hygiene (RELIABILITY.md 1 and 4): a child process saves
// persons and screenings in a loop and is killed with SIGKILL at random moments, many
// times over. After every kill the store opens, verify() is clean, every save the child
// acknowledged is there with its values, no record is half-written, and the -wal the
// killed process left behind is still there for the next start to recover.

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"
#include "TestDataKey.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

struct Acknowledged
{
    QString form;
    QJsonObject input;
    int round = 0;
};

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return !QFileInfo::exists(from) || QFile::copy(from, to);
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FormRegistry> m_forms;
    SystemClock m_clock;

    // Everything a store must hold after a crash; `where` names the check in messages.
    void checkStore(LocalStore& store, const QHash<QString, Acknowledged>& acknowledged, const QString& where);

private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNothing();
};

void TestCrash::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CRASH_WRITER_PATH)), CRASH_WRITER_PATH);
    auto forms = FormRegistry::load();
    QVERIFY(forms.ok());
    m_forms = *forms;
}

void TestCrash::checkStore(LocalStore& store, const QHash<QString, Acknowledged>& acknowledged, const QString& where)
{
    const QByteArray at = where.toUtf8();
    const auto faults = store.verify();
    QVERIFY2(faults.ok(), at.constData());
    QVERIFY2(faults->isEmpty(), qPrintable(where + u": "_s + faults->join(u"; "_s)));

    // Every acknowledged save is there, with exactly the values given.
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto record = store.get(it.key());
        QVERIFY2(record.ok() && record->has_value(),
                 qPrintable(where + u": acknowledged %1 (round %2) is missing"_s.arg(it.key()).arg(it->round)));
        const Record& r = **record;
        QVERIFY2(r.form == it->form && !r.deleted, qPrintable(where + u": "_s + it.key()));
        for (auto field = it->input.begin(); field != it->input.end(); ++field)
            QVERIFY2(r.values.value(field.key()) == field.value(),
                     qPrintable(where + u": %1 field %2 lost its value"_s.arg(it.key(), field.key())));
    }

    // No record is half-written: each holds a complete, valid record, and the outbox has
    // one change per value under the record's own stamp (the saves here only create).
    sqlite3* h = store.db().handle();
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(h,
                                "SELECT r.id, r.form, "
                                "(SELECT count(*) FROM json_each(r.data)), "
                                "(SELECT count(*) FROM outbox o WHERE o.record_id = r.id), "
                                "(SELECT count(*) FROM outbox o WHERE o.record_id = r.id AND o.hlc = r.updated_hlc), "
                                "(SELECT count(*) FROM json_each(r.stamps)) "
                                "FROM records r",
                                -1, &stmt, nullptr),
             SQLITE_OK);
    RecordService service(store, u"en"_s);
    service.setCanSeeProtection(true);
    int records = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++records;
        const QString id = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        const QString form = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
        const int values = sqlite3_column_int(stmt, 2);
        const int outbox = sqlite3_column_int(stmt, 3);
        const int sameStamp = sqlite3_column_int(stmt, 4);
        // Stamps equal to the record's own are implied by updated_hlc on disk (see
        // LocalStore::get); count them as the store gives them back.
        const auto full = store.get(id);
        const int stamps = full.ok() && full->has_value() ? static_cast<int>((*full)->stamps.size()) : -1;
        Q_UNUSED(sqlite3_column_int(stmt, 5));
        const QString detail = u"%1: record %2 (%3): %4 values, %5 stamps, %6 outbox rows, %7 with its stamp"_s.arg(
            where, id, form, QString::number(values), QString::number(stamps), QString::number(outbox),
            QString::number(sameStamp));
        if (values == 0 || values != outbox || outbox != sameStamp || stamps != values) {
            sqlite3_finalize(stmt);
            QFAIL(qPrintable(detail));
        }
        const auto record = store.get(id);
        const QList<FieldIssue> issues = service.check(form, (*record)->values);
        if (!issues.isEmpty()) {
            sqlite3_finalize(stmt);
            QFAIL(qPrintable(detail + u": invalid: "_s + issues.first().field + u" "_s + issues.first().message));
        }
    }
    sqlite3_finalize(stmt);
    QVERIFY2(records >= acknowledged.size(), at.constData());
    const auto persons = store.count(u"person"_s);
    const auto screenings = store.count(u"screening"_s);
    QCOMPARE(qint64(*persons + *screenings), qint64(records));
}

void TestCrash::killedWriterLosesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const DataFolder folder(tmp.filePath(u"device"_s));
    {
        auto store = LocalStore::initialise(folder, u"BHC"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
        QVERIFY(unlockWithInterimKey(**store).ok());
    }
    // The copies below are checked with the folder's own keys (the writer's: the data key
    // and the protection keypair, so that protection answers open too).
    auto keys = interimKeys(folder);
    QVERIFY(keys.ok());
    const auto sealer = std::make_shared<const FieldSealer>(*keys);
    const QString wal = folder.databasePath() + u"-wal"_s;
    const DataFolder copy(tmp.filePath(u"check"_s));

    QRandomGenerator random(20260615); // fixed: every run kills at the same moments
    QHash<QString, Acknowledged> acknowledged;
    int killedMidSave = 0; // rounds killed after at least one acknowledged save
    int rounds = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    constexpr int kMinRounds = 40;
    constexpr int kMaxRounds = 80;
    constexpr qint64 kBudgetMs = 45'000;

    while (rounds < kMaxRounds && (rounds < kMinRounds || elapsed.elapsed() < kBudgetMs)) {
        ++rounds;
        const bool walBefore = QFileInfo::exists(wal);
        QProcess writer;
        writer.setProgram(QStringLiteral(CRASH_WRITER_PATH));
        writer.setArguments({folder.path(), QString::number(rounds)});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));

        // Most rounds are killed while saving; every fourth may die while still opening.
        QByteArray output;
        const bool fromReady = rounds % 4 != 0;
        if (fromReady) {
            QElapsedTimer wait;
            wait.start();
            while (!output.startsWith("ready\n") && wait.elapsed() < 10'000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(50);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.startsWith("ready\n"),
                     qPrintable(u"round %1: the writer did not start: "_s.arg(rounds) +
                                QString::fromLocal8Bit(writer.readAllStandardError())));
        }
        const int delay = int(random.bounded(5, 151));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < delay) {
            writer.waitForReadyRead(int(std::max<qint64>(1, delay - timer.elapsed())));
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(u"round %1: the writer stopped by itself: "_s.arg(rounds) +
                            QString::fromLocal8Bit(writer.readAllStandardError())));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10'000));
        output += writer.readAllStandardOutput();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        // Only complete lines were acknowledged.
        int savedThisRound = 0;
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) == "ready")
                continue;
            const QList<QByteArray> parts = lines.at(i).split('\t');
            QVERIFY2(parts.size() == 3, lines.at(i).constData());
            const QJsonDocument input = QJsonDocument::fromJson(parts.at(2));
            QVERIFY2(input.isObject(), lines.at(i).constData());
            acknowledged.insert(QString::fromUtf8(parts.at(0)), {QString::fromUtf8(parts.at(1)), input.object(), rounds});
            ++savedThisRound;
        }
        if (savedThisRound > 0)
            ++killedMidSave;

        // The killed process leaves its -wal; nothing removed it (and no later start does).
        if (walBefore || output.startsWith("ready\n"))
            QVERIFY2(QFileInfo::exists(wal), qPrintable(u"round %1: the -wal is gone after the kill"_s.arg(rounds)));

        // Check a copy of the crash image, so that the next round starts from the real one.
        QVERIFY(copy.prepare().ok());
        QVERIFY(copyFile(folder.databasePath(), copy.databasePath()));
        QVERIFY(copyFile(wal, copy.databasePath() + u"-wal"_s));
        QFile::remove(copy.databasePath() + u"-shm"_s);
        {
            auto store = LocalStore::open(copy, m_forms, m_clock);
            QVERIFY2(store.ok(), qPrintable(u"round %1: "_s.arg(rounds) + (store.ok() ? QString() : store.error().fullText())));
            QVERIFY((*store)->setSealer(sealer).ok());
            checkStore(**store, acknowledged, u"round %1"_s.arg(rounds));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The real folder, recovered by the application itself.
    auto store = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    QVERIFY(unlockWithInterimKey(**store).ok());
    checkStore(**store, acknowledged, u"final"_s);
    if (QTest::currentTestFailed())
        return;

    qInfo("%d rounds, %d killed while saving, %lld saves acknowledged, %lld ms", rounds, killedMidSave,
          qint64(acknowledged.size()), elapsed.elapsed());
    QVERIFY(rounds >= kMinRounds);
    QVERIFY2(killedMidSave >= rounds / 2, "too few kills landed while the writer was saving");
    QVERIFY(acknowledged.size() >= rounds);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
