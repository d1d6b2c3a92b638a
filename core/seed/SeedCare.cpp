#include "SeedCare.h"

#include "SeedCatalogue.h"
#include "SeedPeople.h"
#include "SeedRandom.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace prihvat::seed {

namespace {

// Protection texts are short, generic and synthetic: they describe no real case.
constexpr const char16_t* kGbvDetails[] = {
    u"Disclosed an incident during the journey; asks for a female caseworker.",
    u"Feels unsafe in shared accommodation; moved to a safer area of the site.",
    u"Wishes to see a specialised service; consent for referral given.",
};
constexpr const char16_t* kLgbtqiNotes[] = {
    u"Asked for a private interview; safety concerns in the shared dormitory.",
    u"Requests information on specialised support; referral discussed.",
};
constexpr const char16_t* kPregnancyNotes[] = {
    u"Pregnant, about six months; antenatal check requested.",
    u"Breastfeeding an infant; needs a quiet space and extra food.",
};
constexpr const char16_t* kMedicalNotes[] = {
    u"Chronic condition; needs a refill of medication.",
    u"Foot injuries from walking; dressings changed, follow-up needed.",
    u"Reports chest pain; seen by the centre doctor.",
};
constexpr const char16_t* kDisabilityNotes[] = {
    u"Uses crutches; needs a bed on the ground floor.",
    u"Hearing impairment; communicates in writing.",
};
constexpr const char16_t* kDistressNotes[] = {
    u"Reports poor sleep and intrusive memories since the journey.",
    u"Appears withdrawn; accepted a follow-up session.",
    u"Worried about family left behind; calm during the interview.",
};
constexpr const char16_t* kOtherRisks[] = {
    u"Phone and money stolen on the route.",
    u"Lost contact with travelling companions.",
};
constexpr const char16_t* kScreeningNotes[] = {
    u"Interview held with an interpreter; agreed to follow-up.",
    u"Screening to be repeated after the person has rested.",
};
constexpr const char16_t* kTraffickingIndicators[] = {
    u"debt_bondage",        u"documents_withheld",    u"forced_labour", u"sexual_exploitation",
    u"movement_restricted", u"deception_recruitment", u"other",
};
constexpr const char16_t* kPickupDetails[] = {
    u"Old factory building near the bus station.", u"Abandoned house at the edge of the town.",
    u"Petrol station on the main road.",           u"In front of the railway station.",
    u"Forest camp about 2 km from the road.",      u"Car park of the shopping centre.",
};
constexpr const char16_t* kTransportNotes[] = {
    u"Group waits at the meeting point after dark.",
    u"Call the contact number before arriving.",
};
constexpr const char16_t* kCancelReasons[] = {
    u"Person left before the pick-up.",
    u"Could not be found at the pick-up point.",
    u"Reached the centre by own means.",
    u"No vehicle available; a new request was made.",
    u"Duplicate request.",
};
constexpr const char16_t* kReferralReasons[] = {
    u"Referred after the vulnerability screening.",
    u"Needs specialised support that the centre cannot give.",
    u"Asked for this service during the interview.",
};
constexpr const char16_t* kOutcomeNotes[] = {
    u"Seen by the provider; no further action needed.",
    u"Declined the service after receiving information.",
    u"Follow-up appointment given by the provider.",
};
constexpr const char16_t* kClothingNotes[] = {
    u"Size not available; the nearest size was given.",
    u"Replaces items lost on the route.",
};

template <std::size_t N> QString pickText(const char16_t* const (&pool)[N], SeedRandom& random)
{
    return QString::fromUtf16(pool[random.below(static_cast<int>(N))]);
}

bool coldMonth(const QDate& d)
{
    return d.month() >= 11 || d.month() <= 3;
}

// Risks and services that name a protection case: the screening and referral forms keep
// them in protection-sensitive fields (docs/FORMS.md, "Protection categories").
const QStringList kProtectionRisks{u"gbv"_s, u"lgbtqi"_s, u"trafficking"_s};
const QStringList kProtectionServices{u"gbv_services"_s, u"child_protection"_s};

// Services that answer a risk, the most fitting first.
QStringList servicesFor(const QString& risk, bool separated)
{
    if (risk == u"uasc"_s)
        return separated ? QStringList{u"child_protection"_s, u"family_tracing"_s, u"shelter"_s}
                         : QStringList{u"child_protection"_s, u"shelter"_s, u"education"_s};
    if (risk == u"pregnant_lactating"_s || risk == u"serious_medical"_s || risk == u"older_person"_s)
        return {u"medical"_s};
    if (risk == u"disability"_s)
        return {u"disability_support"_s, u"medical"_s};
    if (risk == u"gbv"_s)
        return {u"gbv_services"_s, u"mhpss"_s, u"medical"_s};
    if (risk == u"lgbtqi"_s)
        return {u"mhpss"_s, u"legal_aid"_s, u"shelter"_s};
    if (risk == u"trafficking"_s)
        return {u"legal_aid"_s, u"shelter"_s, u"mhpss"_s};
    if (risk == u"psychological_distress"_s)
        return {u"mhpss"_s};
    if (risk == u"single_parent"_s)
        return {u"shelter"_s};
    return {u"legal_aid"_s};
}

} // namespace

void CareRecords::clear()
{
    screening.reset();
    transport.reset();
    transportSteps.clear();
    assistance.clear();
    referrals.clear();
}

CarePlanner::CarePlanner(const SeedCatalogue& catalogue, SeedRandom& random)
    : m_catalogue(catalogue), m_random(random)
{
}

void CarePlanner::plan(const PersonPlan& person, const QString& personId, CareRecords& out)
{
    out.clear();
    const Screening s = screening(person, personId, out);
    const Transport t = transport(person, s, personId, out);
    assistance(person, s, t, personId, out);
    referrals(person, s, personId, out);
}

CarePlanner::Screening CarePlanner::screening(const PersonPlan& p, const QString& personId, CareRecords& out)
{
    SeedRandom& r = m_random;
    Screening s;
    if (!r.chance(p.unaccompanied ? 0.97 : (p.female ? 0.95 : 0.84)))
        return s;
    s.done = true;
    switch (r.weighted({70, 18, 7, 5})) {
    case 0:
        s.day = p.registeredDay;
        break;
    case 1:
        s.day = p.registeredDay - 1;
        break;
    case 2:
        s.day = p.registeredDay - 2;
        break;
    default:
        s.day = p.registeredDay - r.between(3, 6);
    }
    s.day = std::max(0, s.day);
    s.site = p.site;

    // Risks in the order of the form's choices, with chances that fit the person.
    const bool woman = p.female && !p.child();
    const bool man = !p.female && !p.child();
    auto add = [&](const char16_t* risk, double chance) {
        if (r.chance(chance))
            s.risks.append(QString::fromUtf16(risk));
    };
    if (p.unaccompanied)
        s.risks.append(u"uasc"_s);
    if (woman && p.age >= 16 && p.age <= 45)
        add(u"pregnant_lactating", 0.18);
    add(u"disability", woman ? 0.02 : (man ? 0.008 : 0.02));
    add(u"serious_medical", p.unaccompanied ? 0.05 : (woman ? 0.04 : (man ? 0.012 : 0.03)));
    add(u"gbv", p.unaccompanied ? 0.03 : (woman ? 0.1 : (man ? 0.005 : 0.0)));
    if (man || woman)
        add(u"lgbtqi", 0.003);
    if (p.age >= 60)
        add(u"older_person", 0.9);
    add(u"trafficking", p.unaccompanied ? 0.05 : (woman ? 0.02 : (man ? 0.006 : 0.0)));
    add(u"psychological_distress", p.unaccompanied ? 0.2 : (woman ? 0.08 : 0.02));
    if (p.female && p.role == PersonPlan::Role::Head)
        add(u"single_parent", 0.7);
    if (man)
        add(u"other", 0.004);

    QJsonObject in;
    in.insert(u"person_id"_s, personId);
    in.insert(u"screening_date"_s, m_catalogue.date(s.day));
    in.insert(u"site"_s, s.site);
    const bool atRisk = !s.risks.isEmpty();
    // What names a protection case goes into the protection-sensitive field; the plain list
    // keeps the rest, and the yes/no concern (also asked for every unaccompanied or separated
    // child) is all that counting sees of it.
    QStringList visible;
    QStringList protection;
    for (const QString& risk : std::as_const(s.risks))
        (kProtectionRisks.contains(risk) ? protection : visible).append(risk);
    in.insert(u"risks"_s, QJsonArray::fromStringList(visible.isEmpty() ? QStringList{u"none"_s} : visible));
    const bool concern = !protection.isEmpty() || s.risks.contains(u"uasc"_s);
    in.insert(u"protection_concern"_s, concern ? u"yes"_s : u"no"_s);
    if (!protection.isEmpty())
        in.insert(u"protection_risks"_s, QJsonArray::fromStringList(protection));
    auto has = [&](const QString& risk) { return s.risks.contains(risk); };
    if (has(u"gbv"_s))
        in.insert(u"gbv_details"_s, pickText(kGbvDetails, r));
    if (has(u"lgbtqi"_s))
        in.insert(u"lgbtqi_note"_s, pickText(kLgbtqiNotes, r));
    if (has(u"trafficking"_s)) {
        QJsonArray indicators;
        const int first = r.below(static_cast<int>(std::size(kTraffickingIndicators)) - 1);
        indicators.append(QString::fromUtf16(kTraffickingIndicators[first]));
        for (int i = first + 1; i < static_cast<int>(std::size(kTraffickingIndicators)); ++i)
            if (r.chance(0.3))
                indicators.append(QString::fromUtf16(kTraffickingIndicators[i]));
        in.insert(u"trafficking_indicators"_s, indicators);
    }
    if (has(u"pregnant_lactating"_s))
        in.insert(u"medical_note"_s, pickText(kPregnancyNotes, r));
    else if (has(u"serious_medical"_s))
        in.insert(u"medical_note"_s, pickText(kMedicalNotes, r));
    else if (has(u"disability"_s))
        in.insert(u"medical_note"_s, pickText(kDisabilityNotes, r));
    if (has(u"psychological_distress"_s))
        in.insert(u"distress_note"_s, pickText(kDistressNotes, r));
    if (has(u"other"_s))
        in.insert(u"other_risk"_s, pickText(kOtherRisks, r));

    if (atRisk) {
        static const QString levels[] = {u"low"_s, u"medium"_s, u"high"_s, u"immediate"_s};
        int level = 0;
        if (has(u"serious_medical"_s) || has(u"trafficking"_s) || has(u"gbv"_s))
            level = r.weighted({5, 25, 50, 20});
        else if (has(u"uasc"_s))
            level = r.weighted({5, 35, 50, 10});
        else
            level = r.weighted({30, 50, 17, 3});
        s.urgency = levels[level];
        in.insert(u"urgency"_s, s.urgency);
    }

    QJsonArray needs;
    auto need = [&](const char16_t* code, double chance) {
        if (r.chance(chance))
            needs.append(QString::fromUtf16(code));
    };
    const bool medical = has(u"serious_medical"_s) || has(u"pregnant_lactating"_s) || has(u"disability"_s);
    const bool distress = has(u"psychological_distress"_s) || has(u"gbv"_s);
    need(u"shelter", p.outreach ? 0.85 : 0.6);
    need(u"food", 0.7);
    need(u"medical_care", medical ? 1.0 : 0.1);
    need(u"mhpss", distress ? 0.9 : 0.02);
    need(u"legal_counselling", has(u"trafficking"_s) || has(u"lgbtqi"_s) ? 0.7 : 0.15);
    need(u"family_tracing", p.separated ? 0.6 : (p.unaccompanied ? 0.25 : 0.01));
    need(u"child_protection", p.unaccompanied ? 1.0 : 0.0);
    need(u"clothing", 0.5);
    need(u"hygiene", 0.45);
    need(u"information", 0.55);
    if (!needs.isEmpty())
        in.insert(u"needs"_s, needs);
    if (atRisk)
        in.insert(u"referral_needed"_s, r.chance(0.85));
    else if (r.chance(0.85))
        in.insert(u"referral_needed"_s, false);
    if (atRisk && r.chance(0.1))
        in.insert(u"notes"_s, pickText(kScreeningNotes, r));
    out.screening = in;
    return s;
}

CarePlanner::Transport CarePlanner::transport(const PersonPlan& p, const Screening& s,
                                              const QString& personId, CareRecords& out)
{
    SeedRandom& r = m_random;
    const SeedCatalogue& c = m_catalogue;
    Transport t;
    // Family members travel on their head's request.
    if (p.member() || !r.chance(p.outreach ? 0.32 : 0.012))
        return t;

    const bool familyLike = p.role == PersonPlan::Role::Head || p.female || p.child();
    const QStringList& fitting = familyLike ? c.familyCentres : c.singleCentres;
    QString destination;
    if (p.outreach) {
        destination = p.centre;
        QStringList near;
        for (const QString& centre : fitting)
            if (c.sameCanton(centre, p.site))
                near.append(centre);
        if (!near.isEmpty() && r.chance(0.8))
            destination = near.at(r.below(static_cast<int>(near.size())));
    } else { // a transfer between centres
        QStringList others;
        for (const QString& centre : fitting)
            if (centre != p.site)
                others.append(centre);
        if (others.isEmpty())
            for (const QString& centre : c.centres)
                if (centre != p.site)
                    others.append(centre);
        if (others.isEmpty())
            return t;
        destination = others.at(r.below(static_cast<int>(others.size())));
    }

    enum
    {
        Completed,
        Cancelled,
        InTransit,
        Approved,
        Requested
    };
    const int outcome = r.weighted({62, 13, 7, 8, 10});
    if (outcome == Completed || outcome == Cancelled) {
        const int delay = r.weighted({60, 25, 15});
        t.day = std::max(0, p.registeredDay - (delay < 2 ? delay : r.between(2, 5)));
    } else { // still open: asked for in the last days (people may wait outside for months)
        t.day = std::min(p.registeredDay, r.below(3));
    }
    t.requested = true;
    t.arrived = outcome == Completed;
    t.destination = destination;

    QJsonObject in;
    in.insert(u"person_id"_s, personId);
    int group = 1;
    if (p.role == PersonPlan::Role::Head)
        group = p.familySize;
    else if (const int size = r.weighted({90, 8, 2}); size == 1)
        group = r.between(2, 6);
    else if (size == 2)
        group = r.between(8, 40);
    in.insert(u"group_size"_s, group);
    in.insert(u"request_date"_s, c.date(t.day));
    in.insert(u"pickup_site"_s, p.site);
    if (r.chance(0.7))
        in.insert(u"pickup_details"_s, pickText(kPickupDetails, r));
    in.insert(u"destination"_s, destination);
    const bool medical = s.risks.contains(u"serious_medical"_s) || s.risks.contains(u"pregnant_lactating"_s);
    static const QString priorities[] = {u"normal"_s, u"urgent"_s, u"emergency"_s};
    int priority = 0;
    if (medical || s.urgency == u"immediate"_s)
        priority = r.weighted({0, 50, 50});
    else if (p.unaccompanied)
        priority = r.weighted({40, 60, 0});
    else
        priority = r.weighted({80, 17, 3});
    in.insert(u"priority"_s, priorities[priority]);
    if (priority == 2 && medical)
        in.insert(u"medical_escort"_s, true);
    else if (r.chance(0.4))
        in.insert(u"medical_escort"_s, false);
    if (r.chance(0.05))
        in.insert(u"notes"_s, pickText(kTransportNotes, r));
    out.transport = in;

    auto step = [&](const QString& state, const QString& reason = QString()) {
        QJsonObject change{{u"state"_s, state}};
        if (!reason.isEmpty())
            change.insert(u"cancel_reason"_s, reason);
        out.transportSteps.append({change, c.staff.at(r.below(static_cast<int>(c.staff.size())))});
    };
    int reached = outcome; // the last state before a cancellation
    if (outcome == Cancelled)
        reached =
            std::array{Requested, Approved, InTransit}[static_cast<std::size_t>(r.weighted({50, 35, 15}))];
    if (reached != Requested)
        step(u"approved"_s);
    if (reached == InTransit || reached == Completed)
        step(u"in_transit"_s);
    if (outcome == Completed)
        step(u"completed"_s);
    if (outcome == Cancelled)
        step(u"cancelled"_s, pickText(kCancelReasons, r));
    return t;
}

void CarePlanner::line(CareRecords& out, const QString& personId, int day, const QString& site,
                       const QString& item, int quantity, bool group)
{
    QJsonObject in;
    in.insert(u"person_id"_s, personId);
    in.insert(u"assistance_date"_s, m_catalogue.date(day));
    in.insert(u"site"_s, site);
    in.insert(u"assistance_type"_s, m_catalogue.assistanceType(item));
    in.insert(u"item"_s, item);
    in.insert(u"quantity"_s, quantity);
    if (group)
        in.insert(u"group_distribution"_s, true);
    out.assistance.append(std::move(in));
}

void CarePlanner::service(CareRecords& out, const QString& personId, int day, const QString& site,
                          const QString& type)
{
    QJsonObject in;
    in.insert(u"person_id"_s, personId);
    in.insert(u"assistance_date"_s, m_catalogue.date(day));
    in.insert(u"site"_s, site);
    in.insert(u"assistance_type"_s, type);
    in.insert(u"quantity"_s, 1);
    out.assistance.append(std::move(in));
}

void CarePlanner::assistance(const PersonPlan& p, const Screening& s, const Transport& t,
                             const QString& personId, CareRecords& out)
{
    SeedRandom& r = m_random;
    const int stay = r.run(0.88, 60); // days in a centre, about 8 on average
    if (p.outreach) {
        // Mobile teams come back every few days until the person moves on or is driven
        // to a centre.
        int last = std::max(0, p.registeredDay - r.run(0.8, 40) + 1);
        if (t.arrived)
            last = std::min(p.registeredDay, std::max(last, t.day + 1));
        outreachVisits(p, s, p.registeredDay, last, personId, out);
        if (t.arrived)
            centreStay(p, s, t.destination, t.day, stay, personId, out);
        return;
    }
    if (t.arrived) { // moved to another centre
        const int before = p.registeredDay - t.day;
        if (before > 0)
            centreStay(p, s, p.site, p.registeredDay, before, personId, out);
        centreStay(p, s, t.destination, t.day, std::max(1, stay - before), personId, out);
        return;
    }
    centreStay(p, s, p.site, p.registeredDay, stay, personId, out);
}

void CarePlanner::centreStay(const PersonPlan& p, const Screening& s, const QString& site, int fromDay,
                             int days, const QString& personId, CareRecords& out)
{
    SeedRandom& r = m_random;
    const int length = std::min(days, fromDay + 1); // never past today
    if (length <= 0)
        return;
    const bool cold = coldMonth(m_catalogue.dateOf(fromDay));

    // Admission: a bed, bedding, hygiene items, some clothes, information.
    service(out, personId, fromDay, site, u"shelter_bed"_s);
    if (r.chance(0.65)) {
        line(out, personId, fromDay, site, u"nfi_kit"_s);
    } else {
        line(out, personId, fromDay, site, u"blanket"_s, cold ? 2 : 1);
        if (r.chance(0.4))
            line(out, personId, fromDay, site, u"sleeping_bag"_s);
    }
    if (p.female && p.age >= 12) {
        line(out, personId, fromDay, site, u"dignity_kit"_s);
        if (p.age <= 50 && r.chance(0.8))
            line(out, personId, fromDay, site, u"sanitary_pads"_s, r.between(1, 2));
    } else if (p.age >= 3) {
        line(out, personId, fromDay, site, u"hygiene_kit"_s);
    }
    static const QString clothes[] = {u"shoes"_s, u"socks"_s, u"trousers"_s, u"tshirt"_s, u"underwear"_s};
    const int pieces = r.weighted({25, 35, 25, 15});
    const int firstPiece = r.below(5);
    for (int i = 0; i < pieces; ++i) {
        const QString& item = clothes[(firstPiece + i) % 5];
        line(out, personId, fromDay, site, item,
             item == u"socks"_s || item == u"underwear"_s ? r.between(2, 3) : 1);
    }
    if (pieces > 0 && r.chance(0.03))
        out.assistance.last().insert(u"notes"_s, pickText(kClothingNotes, r));
    if (cold && r.chance(0.6))
        line(out, personId, fromDay, site, u"winter_jacket"_s);
    if (cold && r.chance(0.5))
        line(out, personId, fromDay, site, u"hat_gloves"_s);
    if (r.chance(0.6))
        service(out, personId, fromDay, site, u"information_session"_s);

    for (int k = 0; k < length; ++k) {
        const int day = fromDay - k;
        line(out, personId, day, site, u"hot_meal"_s); // lunch
        if (r.chance(0.65))
            line(out, personId, day, site, u"hot_meal"_s); // dinner
        if (r.chance(0.35))
            line(out, personId, day, site, u"cold_meal"_s); // breakfast
        if (r.chance(0.08))
            line(out, personId, day, site, u"water_bottle"_s, r.between(1, 2));
        if (p.age < 3) {
            if (k % 2 == 0)
                line(out, personId, day, site, p.age < 1 ? u"baby_formula"_s : u"baby_food_jar"_s,
                     r.between(1, 3));
            if (k % 3 == 0)
                line(out, personId, day, site, u"diapers"_s);
        }
        if (k > 0 && k % 7 == 0) {
            if (r.chance(0.4))
                line(out, personId, day, site, r.chance(0.5) ? u"soap"_s : u"toothbrush_paste"_s);
            if (r.chance(0.25))
                line(out, personId, day, site, r.chance(0.5) ? u"socks"_s : u"underwear"_s, 2);
        }
    }

    // Services, each on some day of the stay.
    auto someDay = [&] { return fromDay - r.below(length); };
    const bool medical = s.risks.contains(u"serious_medical"_s) ||
                         s.risks.contains(u"pregnant_lactating"_s) || s.risks.contains(u"disability"_s);
    const bool distress = s.risks.contains(u"psychological_distress"_s) || s.risks.contains(u"gbv"_s);
    const bool atRisk = !s.risks.isEmpty();
    if (medical || r.chance(0.3))
        service(out, personId, someDay(), site, u"health_consultation"_s);
    if (medical && length > 3)
        service(out, personId, someDay(), site, u"health_consultation"_s);
    if (r.chance(0.3))
        service(out, personId, someDay(), site, u"legal_info_session"_s);
    if (r.chance(0.15))
        service(out, personId, someDay(), site, u"wash"_s);
    if (r.chance(0.04))
        service(out, personId, someDay(), site, u"first_aid"_s);
    if (atRisk && r.chance(0.6))
        service(out, personId, someDay(), site, u"pfa"_s);
    if (distress) {
        const int sessions = std::min(length, r.run(0.5, 5));
        for (int i = 0; i < sessions; ++i)
            service(out, personId, fromDay - i * length / sessions, site, u"mhpss_session"_s);
    }
}

void CarePlanner::outreachVisits(const PersonPlan& p, const Screening& s, int fromDay, int lastDay,
                                 const QString& personId, CareRecords& out)
{
    SeedRandom& r = m_random;
    const QString& site = p.site;
    bool first = true;
    for (int day = fromDay; day >= std::max(0, lastDay); day -= r.between(2, 4)) {
        const bool cold = coldMonth(m_catalogue.dateOf(day));
        const bool group = r.chance(0.12);
        line(out, personId, day, site, r.chance(0.55) ? u"food_parcel"_s : u"cold_meal"_s,
             group ? r.between(2, 12) : 1, group);
        if (r.chance(0.7))
            line(out, personId, day, site, u"water_bottle"_s, r.between(1, 3));
        if (r.chance(0.25))
            line(out, personId, day, site, u"energy_biscuits"_s);
        if (p.age < 3) {
            line(out, personId, day, site, u"baby_food_jar"_s, r.between(2, 4));
            line(out, personId, day, site, u"diapers"_s);
        }
        if (!first)
            continue;
        first = false;
        if (r.chance(0.5))
            line(out, personId, day, site, p.female && p.age >= 12 ? u"dignity_kit"_s : u"hygiene_kit"_s);
        if (r.chance(0.5))
            line(out, personId, day, site, u"socks"_s, 2);
        if (r.chance(0.2))
            line(out, personId, day, site, u"shoes"_s);
        if (r.chance(0.15))
            line(out, personId, day, site, u"raincoat"_s);
        if (r.chance(cold ? 0.4 : 0.1))
            line(out, personId, day, site, u"sleeping_bag"_s);
        if (cold && r.chance(0.3))
            line(out, personId, day, site, u"blanket"_s);
        if (r.chance(0.12))
            service(out, personId, day, site, u"first_aid"_s);
        if (r.chance(0.35))
            service(out, personId, day, site, u"information_session"_s);
        if (!s.risks.isEmpty() && r.chance(0.5))
            service(out, personId, day, site, u"pfa"_s);
    }
}

void CarePlanner::referrals(const PersonPlan& p, const Screening& s, const QString& personId,
                            CareRecords& out)
{
    SeedRandom& r = m_random;
    if (!s.done)
        return;
    QStringList services;
    if (!s.risks.isEmpty()) {
        if (!r.chance(0.8))
            return;
        QStringList candidates;
        for (const QString& risk : s.risks)
            for (const QString& service : servicesFor(risk, p.separated))
                if (!candidates.contains(service))
                    candidates.append(service);
        services.append(r.chance(0.6) ? candidates.first()
                                      : candidates.at(r.below(static_cast<int>(candidates.size()))));
        if (candidates.size() > 1 && r.chance(0.3)) {
            QString second = candidates.at(r.below(static_cast<int>(candidates.size())));
            if (second != services.first())
                services.append(second);
        }
    } else {
        if (!r.chance(0.04))
            return;
        services.append(r.chance(0.6) ? u"asylum_registration"_s : u"legal_aid"_s);
    }

    static const QString statuses[] = {u"pending"_s,   u"accepted"_s, u"in_progress"_s,
                                       u"completed"_s, u"declined"_s, u"lost_contact"_s};
    for (const QString& service : services) {
        const int day = std::max(0, s.day - r.weighted({60, 25, 15}));
        QJsonObject in;
        in.insert(u"person_id"_s, personId);
        in.insert(u"referral_date"_s, m_catalogue.date(day));
        in.insert(u"site"_s, s.site);
        // A service that names a protection case is recorded in the protection-sensitive
        // fields; counting sees only that it is a protection referral.
        const bool protectionService = kProtectionServices.contains(service);
        in.insert(u"protection_referral"_s, protectionService ? u"yes"_s : u"no"_s);
        in.insert(protectionService ? u"protection_service"_s : u"service"_s, service);
        if (r.chance(0.9)) {
            const QString provider = m_catalogue.provider(service, s.site, r);
            if (!provider.isEmpty())
                in.insert(protectionService ? u"protection_provider"_s : u"provider"_s, provider);
        }
        in.insert(u"urgency"_s, s.urgency == u"immediate"_s               ? u"emergency"_s
                                : s.urgency == u"high"_s || r.chance(0.1) ? u"priority"_s
                                                                          : u"routine"_s);
        const bool consent = r.chance(0.96);
        in.insert(u"consent_to_refer"_s, consent ? u"yes"_s : u"no"_s);
        if (r.chance(0.7))
            in.insert(u"reason"_s, pickText(kReferralReasons, r));
        int status = 4; // declined
        if (consent) {
            if (day <= 2)
                status = r.weighted({70, 30, 0, 0, 0, 0});
            else if (day <= 14)
                status = r.weighted({20, 25, 35, 15, 3, 2});
            else
                status = r.weighted({3, 5, 10, 55, 7, 20});
        }
        in.insert(u"status"_s, statuses[status]);
        if (r.chance(0.8))
            in.insert(u"follow_up_date"_s, m_catalogue.date(day - r.between(3, 14)));
        if ((status == 3 || status == 4) && r.chance(0.6))
            in.insert(u"outcome_note"_s, pickText(kOutcomeNotes, r));
        out.referrals.append(std::move(in));
    }
}

} // namespace prihvat::seed
