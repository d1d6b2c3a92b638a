#include "Seeder.h"

#include "SeedCare.h"
#include "SeedCatalogue.h"
#include "SeedPeople.h"
#include "SeedRandom.h"
#include "common/Log.h"
#include "forms/FormRegistry.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Persons planned and committed together; their records follow in the next transactions.
constexpr int kBatchPersons = 500;
// Writes per transaction: large enough that the durable commit costs little per record,
// small enough to keep memory flat.
constexpr qsizetype kWritesPerCommit = 5000;

// A record the seeder made does not validate: the seeder is wrong, not the data folder.
Error seederFault(const QString& form, const Error& e)
{
    Error out = e;
    out.message =
        QCoreApplication::translate(
            "Seeder",
            "The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2")
            .arg(form, e.message);
    return out;
}

// Prepared writes waiting for their transaction.
class PendingWrites
{
public:
    explicit PendingWrites(LocalStore& store) : m_store(store) { m_writes.reserve(kWritesPerCommit + 256); }

    void add(RecordWrite&& w) { m_writes.append(std::move(w)); }
    bool full() const { return m_writes.size() >= kWritesPerCommit; }

    Status commit()
    {
        if (m_writes.isEmpty())
            return {};
        Status s = m_store.commit(m_writes, LocalStore::OutboxMode::Skip);
        m_writes.clear(); // keeps the capacity
        return s;
    }

private:
    LocalStore& m_store;
    QList<RecordWrite> m_writes;
};

} // namespace

Seeder::Seeder(LocalStore& store, std::uint64_t seed) : m_store(store), m_seed(seed) {}

Result<SeedReport> Seeder::run(int persons)
{
    if (persons < 1)
        return Error::invalid(
            QCoreApplication::translate("Seeder", "The number of persons to seed must be at least 1."));
    QElapsedTimer timer;
    timer.start();

    // Every value is drawn from `random` or derived from today's date on the store's clock,
    // so the same seed, count and day give the same values (record ids aside).
    auto catalogue = seed::SeedCatalogue::build(m_store.forms().reference(), m_store.clock().today());
    if (!catalogue)
        return catalogue.error();
    seed::SeedRandom random(m_seed);
    seed::PeoplePlanner people(*catalogue, random, persons);
    seed::CarePlanner carePlanner(*catalogue, random);
    RecordService service(m_store, u"en"_s);
    service.setActor(catalogue->staff.first());
    // Synthetic records only, each new: their protection answers change nothing anyone recorded.
    service.setCanSeeProtection(true);
    PendingWrites pending(m_store);

    const QString personForm = u"person"_s;
    const QString screeningForm = u"screening"_s;
    const QString assistanceForm = u"assistance"_s;
    const QString transportForm = u"transport"_s;
    const QString referralForm = u"referral"_s;
    std::int64_t screenings = 0, assistance = 0, transports = 0, referrals = 0;

    std::vector<QString> ids(static_cast<std::size_t>(persons));
    std::vector<seed::PersonPlan> plans;
    plans.reserve(kBatchPersons);
    seed::CareRecords care;

    // Without consent (or after its withdrawal) only answers for counting are kept about a
    // person, in any form: the seeder leaves the others out, as staff would.
    auto consents = [](const QJsonObject& person) {
        return person.value(u"consent_given"_s).toString() == u"yes"_s &&
               !person.value(u"consent_withdrawn"_s).toBool(false);
    };
    auto countingOnly = [&](const QString& formId, QJsonObject input) {
        if (const FormDefinition* f = m_store.forms().form(formId))
            for (const FieldDefinition& field : f->fields)
                if (field.sensitivity != Sensitivity::Facet)
                    input.remove(field.name);
        return input;
    };
    bool careConsent = true;

    auto create = [&](const QString& form, const QJsonObject& given) -> Status {
        const QJsonObject input = careConsent ? given : countingOnly(form, given);
        auto w = service.prepareCreate(form, input);
        if (!w)
            return seederFault(form, w.error());
        pending.add(std::move(w.value()));
        return {};
    };

    for (int start = 0; start < persons; start += kBatchPersons) {
        const int end = std::min(persons, start + kBatchPersons);
        plans.clear();
        for (int i = start; i < end; ++i)
            plans.push_back(people.next());

        // Household heads (and everyone without one) first: a member's household_head
        // must be a person already in the store.
        for (const bool members : {false, true}) {
            for (seed::PersonPlan& p : plans) {
                if (p.member() != members)
                    continue;
                if (members)
                    p.input.insert(u"household_head"_s, ids[static_cast<std::size_t>(p.head)]);
                if (!consents(p.input)) {
                    p.input = countingOnly(personForm, p.input);
                    if (!p.input.contains(u"age_estimated"_s))
                        p.input.insert(u"age_estimated"_s, p.age);
                }
                auto w = service.prepareCreate(personForm, p.input);
                if (!w)
                    return seederFault(personForm, w.error());
                ids[static_cast<std::size_t>(p.index)] = w->record.id;
                pending.add(std::move(w.value()));
            }
            if (Status s = pending.commit(); !s)
                return s.error();
        }

        // Then what followed each registration; these validate against the persons above.
        for (const seed::PersonPlan& p : plans) {
            carePlanner.plan(p, ids[static_cast<std::size_t>(p.index)], care);
            careConsent = consents(p.input);
            if (care.screening) {
                if (Status s = create(screeningForm, *care.screening); !s)
                    return s.error();
                ++screenings;
            }
            if (care.transport) {
                auto w = service.prepareCreate(transportForm, careConsent ? *care.transport
                                                                          : countingOnly(transportForm, *care.transport));
                if (!w)
                    return seederFault(transportForm, w.error());
                Record current = w->record;
                pending.add(std::move(w.value()));
                // Each state change through the state machine, as staff would make it.
                for (const seed::CareRecords::Step& step : std::as_const(care.transportSteps)) {
                    service.setActor(step.actor);
                    auto u = service.prepareUpdate(current, careConsent ? step.input
                                                                        : countingOnly(transportForm, step.input));
                    if (!u)
                        return seederFault(transportForm, u.error());
                    current = u->record;
                    pending.add(std::move(u.value()));
                }
                ++transports;
            }
            for (const QJsonObject& line : std::as_const(care.assistance))
                if (Status s = create(assistanceForm, line); !s)
                    return s.error();
            assistance += care.assistance.size();
            for (const QJsonObject& referral : std::as_const(care.referrals))
                if (Status s = create(referralForm, referral); !s)
                    return s.error();
            referrals += care.referrals.size();
            if (pending.full())
                if (Status s = pending.commit(); !s)
                    return s.error();
        }
        if (Status s = pending.commit(); !s)
            return s.error();
        if (end % 10'000 == 0)
            qCDebug(lcSeed) << "seeded" << end << "of" << persons << "persons in" << timer.elapsed() << "ms";
    }

    SeedReport report;
    report.persons = persons;
    report.records = persons + screenings + assistance + transports + referrals;
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcSeed).nospace() << "seeded " << persons << " persons, " << screenings << " screenings, "
                             << assistance << " assistance lines, " << transports << " transport requests, "
                             << referrals << " referrals in " << report.seconds << " s";
    return report;
}

} // namespace prihvat
