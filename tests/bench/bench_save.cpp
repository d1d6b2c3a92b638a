// bench_save: the time to save one vulnerability screening the way a user does
// (RecordService::create: validate, stamp, outbox, durable commit), against a bare sqlite3
// single-row insert with the same durability (WAL, synchronous=FULL, one row per
// transaction) on the same filesystem, in the same run.
//
//   bench_save [SAVES]      default 500
#include "BenchSupport.h"

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "TestDataKey.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

constexpr int kWarmUp = 10;

[[noreturn]] void fail(const QString& what, const Error& e)
{
    bench::print(what + u": "_s + e.fullText() + u"\n"_s);
    std::exit(1);
}

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"prihvat.store.info=false"_s);
    int saves = 500;
    if (argc > 1) {
        bool ok = false;
        saves = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || saves < 1) {
            std::fprintf(stderr, "usage: bench_save [SAVES]\n");
            return 2;
        }
    }

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(tmp.errorString()));
        return 1;
    }
    SystemClock clock;
    auto forms = FormRegistry::load();
    if (!forms)
        fail(u"Loading the forms"_s, forms.error());
    const QString site = (*forms)->reference().sitesOfKind(u"centre"_s).value(0);
    auto store = LocalStore::initialise(DataFolder(tmp.path() + u"/data"_s), site, *forms, clock);
    if (!store)
        fail(u"Creating the data folder"_s, store.error());
    if (Status s = unlockWithInterimKey(**store); !s)
        fail(u"Unlocking the data folder"_s, s.error());
    RecordService service(**store, u"en"_s);
    service.setCanSeeProtection(true);
    service.setActor(u"bench"_s);

    const QString today = clock.today().toString(Qt::ISODate);
    const QJsonObject person{{u"given_name"_s, u"Mohammad"_s},
                             {u"family_name"_s, u"Ahmadi"_s},
                             {u"name_native"_s, u"محمد احمدی"_s},
                             {u"sex"_s, u"male"_s},
                             {u"age_estimated"_s, 24},
                             {u"country_of_origin"_s, u"AF"_s},
                             {u"languages"_s, QJsonArray{u"fa"_s, u"ps"_s}},
                             {u"registration_date"_s, today},
                             {u"registration_site"_s, site},
                             {u"consent_given"_s, u"yes"_s},
                             {u"consent_date"_s, today},
                             {u"consent_language"_s, u"fa"_s}};
    auto personId = service.create(u"person"_s, person);
    if (!personId)
        fail(u"Saving the person"_s, personId.error());
    const QJsonObject screening{
        {u"person_id"_s, *personId},
        {u"screening_date"_s, today},
        {u"site"_s, site},
        {u"risks"_s, QJsonArray{u"serious_medical"_s, u"psychological_distress"_s}},
        {u"medical_note"_s, u"Foot injuries from walking; dressings changed, follow-up needed."_s},
        {u"distress_note"_s, u"Reports poor sleep since the journey."_s},
        {u"urgency"_s, u"high"_s},
        {u"needs"_s, QJsonArray{u"shelter"_s, u"food"_s, u"medical_care"_s, u"mhpss"_s}},
        {u"referral_needed"_s, true}};

    // The bare reference: the same bytes as the stored screening, one row per transaction.
    bench::BareDb bare(tmp.path() + u"/bare.db"_s);
    bare.exec("CREATE TABLE rows(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, data TEXT NOT NULL)");
    sqlite3_stmt* insert = bare.prepare("INSERT INTO rows(uuid, data) VALUES(?1, ?2)");
    const QByteArray rowData = QJsonDocument(screening).toJson(QJsonDocument::Compact);
    const QByteArray rowId = personId->toUtf8();

    struct Samples
    {
        std::vector<double> save, bare, prepare, commit;
    };
    // Interleaved, so that whatever else the machine does falls on both alike.
    const auto measure = [&](int count) {
        Samples m;
        for (int i = 0; i < kWarmUp + count; ++i) {
            QElapsedTimer t;
            t.start();
            auto id = service.create(u"screening"_s, screening);
            const double save = ms(t);
            if (!id)
                fail(u"Saving a screening"_s, id.error());

            t.start();
            bench::BareDb::bindText(insert, 1, rowId);
            bench::BareDb::bindText(insert, 2, rowData);
            bare.step(insert);
            const double plain = ms(t);

            // The same save in its two halves: validation and stamping, then the commit.
            t.start();
            auto w = service.prepareCreate(u"screening"_s, screening);
            const double prepare = ms(t);
            if (!w)
                fail(u"Preparing a screening"_s, w.error());
            t.start();
            if (Status st = (*store)->commit({*w}); !st)
                fail(u"Committing a screening"_s, st.error());
            const double commit = ms(t);

            if (i >= kWarmUp) {
                m.save.push_back(save);
                m.bare.push_back(plain);
                m.prepare.push_back(prepare);
                m.commit.push_back(commit);
            }
        }
        return m;
    };

    using bench::fixed;
    using bench::padded;
    const auto table = [&](const Samples& m, const QString& bareLabel, bool withGoal) {
        const bench::Stats s = bench::stats(m.save);
        const bench::Stats b = bench::stats(m.bare);
        const auto row = [&](const QString& what, const bench::Stats& x) {
            bench::print(padded(what, -46) + padded(fixed(x.median), 10) + padded(fixed(x.p90), 10) +
                         padded(fixed(x.p99), 10) + padded(fixed(x.mean), 10) + padded(fixed(x.max), 10) +
                         u"\n"_s);
        };
        bench::print(padded(u"what"_s, -46) + padded(u"median"_s, 10) + padded(u"p90"_s, 10) +
                     padded(u"p99"_s, 10) + padded(u"mean"_s, 10) + padded(u"max"_s, 10) + u"   (ms)\n"_s);
        row(u"RecordService::create (screening)"_s, s);
        row(bareLabel, b);
        row(u"  of a save: prepareCreate (validate, stamp)"_s, bench::stats(m.prepare));
        row(u"  of a save: LocalStore::commit"_s, bench::stats(m.commit));
        const double ratio = b.median > 0 ? s.median / b.median : 0;
        bench::print(
            u"\nratio save / bare, median: %1"_s.arg(fixed(ratio, 2)) +
            (withGoal ? u"   (goal <= 1.50: %1)"_s.arg(ratio <= 1.5 ? u"met"_s : u"not met"_s) : QString()) +
            u"\n"_s);
        bench::print(u"ratio save / bare, p99:    %1\n"_s.arg(fixed(b.p99 > 0 ? s.p99 / b.p99 : 0, 2)));
        // The disk's flush time varies by milliseconds from one commit to the next; the
        // difference within each interleaved pair is steadier than either median.
        std::vector<double> extra(m.save.size());
        for (std::size_t i = 0; i < m.save.size(); ++i)
            extra[i] = m.save[i] - m.bare[i];
        const bench::Stats d = bench::stats(extra);
        bench::print(u"save - bare within each pair: median %1 ms, p90 %2 ms\n\n"_s.arg(fixed(d.median),
                                                                                        fixed(d.p90)));
    };

    const Samples durable = measure(saves);
    // The processor's part alone: the same runs with the flush to disk switched off on both
    // sides (never done outside this benchmark), to see what a faster disk would leave.
    if (Status st = (*store)->db().exec(u"PRAGMA synchronous = OFF"_s); !st)
        fail(u"Switching the flush off"_s, st.error());
    bare.exec("PRAGMA synchronous = OFF");
    const Samples cpuOnly = measure(saves);

    bench::print(
        u"\nbench_save: save one vulnerability screening (validate, stamp, outbox, durable commit)\n"_s);
    bench::printMachine(tmp.path());
    bench::print(
        u"saves:      %1 of each, interleaved, after %2 warm-up saves\n\n"_s.arg(saves).arg(kWarmUp));
    bench::print(u"Durable (WAL, synchronous=FULL, as every user save):\n"_s);
    table(durable, u"bare sqlite3 INSERT (WAL, FULL, 1 row/txn)"_s, true);
    bench::print(u"Without the flush (synchronous=OFF on both; the processor's part only):\n"_s);
    table(cpuOnly, u"bare sqlite3 INSERT (WAL, OFF, 1 row/txn)"_s, false);
    return 0;
}
