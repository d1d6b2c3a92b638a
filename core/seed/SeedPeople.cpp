#include "SeedPeople.h"

#include "SeedCatalogue.h"
#include "SeedRandom.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat::seed {

namespace {

// Shares of the units (a single traveller or a family) the planner starts, chosen so that
// about 10 % of persons belong to a household with a head, 11 % are children (two in three
// of them unaccompanied or separated) and 7 % are women or girls.
constexpr double kFamilyUnit = 5.5;
constexpr double kChildAloneUnit = 8.4;
constexpr double kWomanAloneUnit = 0.9;
constexpr double kManAloneUnit = 100 - kFamilyUnit - kChildAloneUnit - kWomanAloneUnit;

// Languages staff can inform people in, directly or with the interpreters they have.
constexpr const char16_t* kInformationLanguages[] = {u"ar", u"fa", u"ps", u"ur", u"fr", u"en", u"tr", u"es"};

constexpr const char16_t* kPersonNotes[] = {
    u"Met by the mobile team near the bus station.",
    u"Travelling with a group of friends from the same town.",
    u"Asked about the asylum procedure.",
    u"Lost the phone on the route; no contact number for now.",
    u"Speaks some English.",
    u"Prefers to talk through an interpreter of the same sex.",
    u"Came back to the centre after an attempt to cross the border.",
};

constexpr const char16_t* kGuardianNotes[] = {
    u"Travelling with an adult cousin; the relationship is not verified.",
    u"No adult caregiver; travels with peers from the same province.",
    u"Says an uncle lives abroad; family tracing requested.",
    u"Older brother is in another centre; reunification discussed.",
    u"Appointment of a guardian requested from the centre for social work.",
};

int wholeYears(const QDate& from, const QDate& to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

QString fill(const QString& pattern, SeedRandom& random)
{
    QString out = pattern;
    for (QChar& c : out) {
        if (c == u'#')
            c = QChar(u'0' + random.below(10));
        else if (c == u'@')
            c = QChar(u'A' + random.below(26));
    }
    return out;
}

template <std::size_t N> QString pickText(const char16_t* const (&pool)[N], SeedRandom& random)
{
    return QString::fromUtf16(pool[random.below(static_cast<int>(N))]);
}

} // namespace

PeoplePlanner::PeoplePlanner(const SeedCatalogue& catalogue, SeedRandom& random, int total)
    : m_catalogue(catalogue), m_random(random), m_total(std::max(total, 1))
{
}

PersonPlan PeoplePlanner::next()
{
    PersonPlan p;
    p.index = m_next++;
    if (m_family.remaining > 0)
        continueFamily(p);
    else
        startUnit(p);
    return p;
}

int PeoplePlanner::registrationDay(int index)
{
    // Registrations spread over the last year, oldest first, a few days' noise.
    const int base = 364 - static_cast<int>(static_cast<std::int64_t>(index) * 365 / m_total);
    return std::clamp(base + m_random.between(-3, 3), 0, 364);
}

int PeoplePlanner::arrivalDay(int registeredDay)
{
    if (!m_random.chance(0.8))
        return -1;
    switch (m_random.weighted({50, 25, 12, 13})) {
    case 0:
        return registeredDay;
    case 1:
        return registeredDay + 1;
    case 2:
        return registeredDay + 2;
    default:
        return registeredDay + m_random.between(3, 7);
    }
}

QString PeoplePlanner::chooseCentre(bool family)
{
    const QStringList& list = family ? m_catalogue.familyCentres : m_catalogue.singleCentres;
    return list.at(m_random.below(static_cast<int>(list.size())));
}

QString PeoplePlanner::variant(const QStringList& spellings)
{
    if (spellings.size() == 1 || m_random.chance(0.55))
        return spellings.first();
    return spellings.at(1 + m_random.below(static_cast<int>(spellings.size()) - 1));
}

void PeoplePlanner::startUnit(PersonPlan& p)
{
    p.origin = m_random.weighted(std::span(m_catalogue.originWeights));
    const Origin& o = m_catalogue.origins[static_cast<std::size_t>(p.origin)];
    const int kind = m_random.weighted({kFamilyUnit, kChildAloneUnit, kWomanAloneUnit, kManAloneUnit});
    bool familyCentre = true;
    double outreachShare = 0.25;
    int members = 0;
    switch (kind) {
    case 0: { // a family: its head now, the members next
        p.female = m_random.chance(0.15);
        p.age = p.female ? m_random.between(20, 45) : m_random.between(22, 50);
        members = std::min(1 + m_random.weighted({40, 30, 18, 8, 4}), m_total - p.index - 1);
        p.role = members > 0 ? PersonPlan::Role::Head : PersonPlan::Role::Single;
        p.familySize = 1 + members;
        outreachShare = 0.28;
        break;
    }
    case 1: // an unaccompanied or separated child
        p.female = m_random.chance(0.05);
        switch (m_random.weighted({75, 22, 3})) {
        case 0:
            p.age = m_random.between(15, 17);
            break;
        case 1:
            p.age = m_random.between(12, 14);
            break;
        default:
            p.age = m_random.between(8, 11);
        }
        p.unaccompanied = true;
        p.separated = m_random.chance(0.25);
        outreachShare = 0.35;
        break;
    case 2: // a woman travelling without family
        p.female = true;
        switch (m_random.weighted({30, 45, 20, 5})) {
        case 0:
            p.age = m_random.between(18, 24);
            break;
        case 1:
            p.age = m_random.between(25, 35);
            break;
        case 2:
            p.age = m_random.between(36, 50);
            break;
        default:
            p.age = m_random.between(51, 68);
        }
        outreachShare = 0.2;
        break;
    default: // a man travelling alone: most people met
        switch (m_random.weighted({40, 42, 10, 6.5, 1.5})) {
        case 0:
            p.age = m_random.between(18, 24);
            break;
        case 1:
            p.age = m_random.between(25, 35);
            break;
        case 2:
            p.age = m_random.between(36, 45);
            break;
        case 3:
            p.age = m_random.between(46, 59);
            break;
        default:
            p.age = m_random.between(60, 74);
        }
        familyCentre = false;
        break;
    }
    p.registeredDay = registrationDay(p.index);
    p.outreach = m_random.chance(outreachShare);
    p.centre = chooseCentre(familyCentre);
    p.site = p.outreach ? m_catalogue.outreach.pick(m_random) : p.centre;
    const int arrived = arrivalDay(p.registeredDay);
    const int familyName =
        m_random.chance(o.withoutFamilyName) ? -1 : m_random.below(static_cast<int>(o.family.size()));
    const int familyVariant =
        familyName < 0
            ? 0
            : (m_random.chance(0.55) ? 0
                                     : m_random.below(static_cast<int>(
                                           o.family[static_cast<std::size_t>(familyName)].latin.size())));
    const QString firstLanguage = o.firstLanguage.pick(m_random);
    fillInput(p, familyName, familyVariant, arrived, firstLanguage);

    if (members > 0) {
        m_family = Family{};
        m_family.head = p.index;
        m_family.remaining = members;
        m_family.origin = p.origin;
        m_family.headAge = p.age;
        m_family.headFemale = p.female;
        m_family.familyName = familyName;
        m_family.familyVariant = familyVariant;
        m_family.registeredDay = p.registeredDay;
        m_family.arrivedDay = arrived;
        m_family.site = p.site;
        m_family.outreach = p.outreach;
        m_family.centre = p.centre;
        m_family.firstLanguage = firstLanguage;
    }
}

void PeoplePlanner::continueFamily(PersonPlan& p)
{
    Family& f = m_family;
    --f.remaining;
    p.origin = f.origin;
    p.head = f.head;
    p.registeredDay = f.registeredDay;
    p.site = f.site;
    p.outreach = f.outreach;
    p.centre = f.centre;
    const Origin& o = m_catalogue.origins[static_cast<std::size_t>(p.origin)];

    if (!f.headFemale && !f.spouseGiven) {
        f.spouseGiven = true;
        p.role = m_random.chance(0.65) ? PersonPlan::Role::Spouse : PersonPlan::Role::Relative;
    } else {
        p.role =
            m_random.chance(f.headFemale ? 0.8 : 0.55) ? PersonPlan::Role::Child : PersonPlan::Role::Relative;
    }

    int familyName = f.familyName;
    int familyVariant = f.familyVariant;
    auto ownFamilyName = [&] {
        familyName = m_random.below(static_cast<int>(o.family.size()));
        familyVariant = 0;
    };
    switch (p.role) {
    case PersonPlan::Role::Spouse:
        p.female = true;
        p.age = std::max(18, f.headAge - m_random.between(0, 8));
        // Women keep their own family name in most of these traditions; in Türkiye they
        // usually take the husband's.
        if (o.group != NameGroup::Turkish)
            ownFamilyName();
        break;
    case PersonPlan::Role::Child:
        p.female = m_random.chance(0.5);
        p.age = m_random.between(0, std::clamp(f.headAge - 18, 0, 17));
        break;
    default:
        p.role = PersonPlan::Role::Relative;
        p.female = f.headFemale ? m_random.chance(0.5) : m_random.chance(0.1);
        p.age = m_random.between(18, 45);
        if (!m_random.chance(0.7))
            ownFamilyName();
        break;
    }
    if (familyName >= 0 && !m_random.chance(0.8)) // typed by another staff member
        familyVariant =
            m_random.below(static_cast<int>(o.family[static_cast<std::size_t>(familyName)].latin.size()));
    fillInput(p, familyName, familyVariant, f.arrivedDay, f.firstLanguage);
}

void PeoplePlanner::fillInput(PersonPlan& p, int familyName, int familyVariant, int arrivedDay,
                              const QString& firstLanguage)
{
    SeedRandom& r = m_random;
    const SeedCatalogue& c = m_catalogue;
    const Origin& o = c.origins[static_cast<std::size_t>(p.origin)];
    QJsonObject& in = p.input;

    // Names: Latin as typed at the desk (a few in capitals, as in a passport), and the
    // person's own script.
    const std::vector<Name>& givenNames = p.female ? o.female : o.male;
    const Name& given = givenNames[static_cast<std::size_t>(r.below(static_cast<int>(givenNames.size())))];
    const Name* family = familyName >= 0 ? &o.family[static_cast<std::size_t>(familyName)] : nullptr;
    const bool capitals = r.chance(0.03);
    const QString givenLatin = variant(given.latin);
    in.insert(u"given_name"_s, capitals ? givenLatin.toUpper() : givenLatin);
    QString familyLatin;
    if (family) {
        familyLatin = family->latin.at(std::min<qsizetype>(familyVariant, family->latin.size() - 1));
        in.insert(u"family_name"_s, capitals ? familyLatin.toUpper() : familyLatin);
    }
    QString native = given.native;
    if (!native.isEmpty() && family && !family->native.isEmpty())
        native += u' ' + family->native;
    if (!native.isEmpty())
        in.insert(u"name_native"_s, native);
    if (r.chance(0.04) && (given.latin.size() > 1 || (family && family->latin.size() > 1))) {
        // The same name spelt another way on another paper.
        QString other = given.latin.at(r.below(static_cast<int>(given.latin.size())));
        if (family)
            other += u' ' + family->latin.at(r.below(static_cast<int>(family->latin.size())));
        if (other != givenLatin + (family ? u" "_s + familyLatin : QString()))
            in.insert(u"other_names"_s, other);
    }
    in.insert(u"sex"_s, p.female ? u"female"_s : u"male"_s);

    // Date of birth when known, else an estimated age.
    const QDate today = c.today;
    if (r.chance(p.unaccompanied ? 0.45 : 0.63)) {
        QDate born = p.age >= 2 && r.chance(0.25)
                         ? QDate(today.year() - p.age, 1, 1) // a registration default
                         : today.addYears(-p.age).addDays(-r.below(365));
        const QDate bound = c.dateOf(arrivedDay >= 0 ? arrivedDay : p.registeredDay);
        if (born > bound)
            born = bound.addDays(-r.below(60));
        // Keep birthdays off tomorrow, so that a run crossing midnight does not make a
        // child an adult between planning and validation.
        const QDate tomorrow = today.addDays(1);
        if (born.month() == tomorrow.month() && born.day() == tomorrow.day())
            born = born.addDays(-1);
        p.age = wholeYears(born, today);
        in.insert(u"date_of_birth"_s, born.toString(Qt::ISODate));
    } else {
        in.insert(u"age_estimated"_s, p.age);
    }
    if (p.child()) {
        if (p.unaccompanied) {
            in.insert(u"unaccompanied_child"_s, p.separated ? u"no"_s : u"yes"_s);
            in.insert(u"separated_child"_s, p.separated ? u"yes"_s : u"no"_s);
            if (r.chance(0.35))
                in.insert(u"guardian_note"_s, pickText(kGuardianNotes, r));
        } else {
            if (r.chance(0.9))
                in.insert(u"unaccompanied_child"_s, u"no"_s);
            if (r.chance(0.9))
                in.insert(u"separated_child"_s, u"no"_s);
        }
    } else {
        p.unaccompanied = p.separated = false;
    }

    in.insert(u"country_of_origin"_s, o.country);
    QJsonArray languages{firstLanguage};
    for (qsizetype i = 0; i < o.extraLanguages.codes.size(); ++i) {
        const QString& code = o.extraLanguages.codes.at(i);
        if (code != firstLanguage &&
            r.chance(o.extraLanguages.weights[static_cast<std::size_t>(i)] * (p.age < 12 ? 0.3 : 1)))
            languages.append(code);
    }
    in.insert(u"languages"_s, languages);
    if (arrivedDay >= 0)
        in.insert(u"arrival_date"_s, c.date(arrivedDay));
    in.insert(u"registration_date"_s, c.date(p.registeredDay));
    in.insert(u"registration_site"_s, p.site);

    if (p.age >= 14 && r.chance(0.4)) {
        // Many use a local SIM card; the rest keep their home number.
        QString phone = r.chance(0.55) ? fill(u"+387 6"_s + QChar(u"12356"[r.below(5)]) + u" ### ###"_s, r)
                                       : fill(o.phone, r);
        if (r.chance(0.15))
            phone.remove(u' ');
        in.insert(u"phone"_s, phone);
    }

    if (r.chance(0.2)) {
        static const QString types[] = {u"passport"_s, u"national_id"_s, u"asylum_certificate"_s, u"other"_s};
        const int type = r.weighted({35, 30, 28, 7});
        QString number;
        switch (type) {
        case 0:
            number = fill(o.country == u"AF"_s                             ? u"P#######"_s
                          : (o.country == u"MA"_s || o.country == u"PK"_s) ? u"@@#######"_s
                                                                           : u"@########"_s,
                          r);
            break;
        case 1:
            number = fill(o.country == u"AF"_s   ? u"14##-####-#####"_s
                          : o.country == u"PK"_s ? u"#####-#######-#"_s
                          : o.country == u"MA"_s ? u"@@######"_s
                                                 : u"##########"_s,
                          r);
            break;
        case 2:
            number = u"AS-%1-"_s.arg(c.dateOf(p.registeredDay).year()) + fill(u"######"_s, r);
            break;
        default:
            number = fill(u"@@-#######"_s, r);
        }
        in.insert(u"document_type"_s, types[type]);
        in.insert(u"document_number"_s, number);
    } else if (r.chance(0.5)) {
        in.insert(u"document_type"_s, u"none"_s);
    }

    const bool consent = r.chance(0.95);
    in.insert(u"consent_given"_s, consent ? u"yes"_s : u"no"_s);
    in.insert(u"consent_date"_s, c.date(p.registeredDay));
    bool informable = false;
    for (const char16_t* code : kInformationLanguages)
        informable = informable || firstLanguage == QStringView(code);
    in.insert(u"consent_language"_s, informable ? firstLanguage : o.consentLanguage.pick(r));
    if (consent && p.registeredDay >= 1 && r.chance(0.003)) {
        in.insert(u"consent_withdrawn"_s, true);
        in.insert(u"consent_withdrawn_date"_s,
                  c.date(p.registeredDay - r.between(1, std::min(p.registeredDay, 30))));
    }
    if (r.chance(0.02))
        in.insert(u"notes"_s, pickText(kPersonNotes, r));
}

} // namespace prihvat::seed
