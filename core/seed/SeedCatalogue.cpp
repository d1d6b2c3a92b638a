#include "SeedCatalogue.h"

#include "SeedRandom.h"
#include "forms/ReferenceData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat::seed {

namespace {

struct OriginSpec
{
    const char16_t* country;
    double weight; // per thousand persons
    NameGroup names;
    const char16_t* firstLanguage;   // "fa:55 ps:35": codes and weights
    const char16_t* extraLanguages;  // "en:12": codes and the chance in percent
    const char16_t* consentLanguage; // codes and weights
    const char16_t* phone;
    double withoutFamilyName;
};

// The origin mix of one year's arrivals in Bosnia and Herzegovina (one national operation's figures):
// Afghanistan 42 %, Morocco 21 %, Syria 7 %, then Pakistan, Algeria, Iraq, Iran, …
constexpr OriginSpec kOrigins[] = {
    {u"AF", 420, NameGroup::Afghan, u"fa:55 ps:35 haz:10", u"en:12 ur:6", u"fa:100", u"+93 7# ### ####",
     0.12},
    {u"MA", 210, NameGroup::Maghrebi, u"ary:90 rif:6 tzm:4", u"ar:65 fr:45 es:8 en:6", u"ar:70 fr:30",
     u"+212 6## ### ###", 0.0},
    {u"SY", 70, NameGroup::Mashriqi, u"ar:88 ku:12", u"en:20 tr:15", u"ar:100", u"+963 9## ### ###", 0.02},
    {u"PK", 68, NameGroup::Pakistani, u"ur:55 pa:30 ps:15", u"en:35", u"ur:100", u"+92 3## #######", 0.03},
    {u"DZ", 42, NameGroup::Maghrebi, u"arq:85 kab:15", u"ar:60 fr:65", u"ar:55 fr:45", u"+213 5## ## ## ##",
     0.0},
    {u"IQ", 36, NameGroup::Mashriqi, u"ar:75 ckb:15 ku:10", u"en:15", u"ar:100", u"+964 7## ### ####", 0.02},
    {u"IR", 32, NameGroup::Iranian, u"fa:88 ku:12", u"en:25", u"fa:100", u"+98 9## ### ####", 0.0},
    {u"BD", 26, NameGroup::Bangladeshi, u"bn:100", u"en:30", u"en:100", u"+880 1### ######", 0.05},
    {u"TR", 21, NameGroup::Turkish, u"tr:80 ku:20", u"en:20", u"tr:100", u"+90 5## ### ## ##", 0.0},
    {u"TN", 16, NameGroup::Maghrebi, u"ar:100", u"fr:70 en:10", u"ar:75 fr:25", u"+216 ## ### ###", 0.0},
    {u"EG", 13, NameGroup::Mashriqi, u"ar:100", u"en:25", u"ar:100", u"+20 1## ### ####", 0.0},
    {u"IN", 11, NameGroup::Indian, u"hi:60 pa:40", u"en:50", u"en:60 hi:40", u"+91 ##### #####", 0.02},
    {u"BI", 9, NameGroup::Burundian, u"fr:60 sw:40", u"en:10", u"fr:100", u"+257 ## ## ## ##", 0.0},
    {u"CU", 8, NameGroup::Cuban, u"es:100", u"en:10", u"es:100", u"+53 5### ####", 0.0},
    {u"NP", 7, NameGroup::Nepali, u"ne:100", u"hi:30 en:30", u"en:100", u"+977 98## ######", 0.0},
    {u"PS", 6, NameGroup::Mashriqi, u"ar:100", u"en:30", u"ar:100", u"+970 59# ### ###", 0.0},
    {u"LY", 5, NameGroup::Maghrebi, u"ar:100", u"en:10", u"ar:100", u"+218 9# ### ####", 0.0},
};

// How many people mobile teams meet at each outreach location (other locations: 1).
constexpr std::pair<const char16_t*, double> kOutreachWeights[] = {
    {u"BHC", 25}, {u"VKL", 14}, {u"CAZ", 9}, {u"SRZ", 12}, {u"BKR", 7}, {u"TZL", 6},
    {u"ZVO", 4},  {u"BIJ", 4},  {u"BPE", 3}, {u"SMO", 3},  {u"KLJ", 2},
};

// Centres by whom they take (Ušivak and Borići: families and children; Blažuj and Lipa:
// single men). Codes missing from the reference data are skipped.
constexpr const char16_t* kFamilyCentres[] = {u"USI", u"BOR"};
constexpr const char16_t* kSingleCentres[] = {u"BLZ", u"LIP"};

// Items the seeder hands out; each must be in the item catalogue.
constexpr const char16_t* kItems[] = {
    u"hot_meal", u"cold_meal",        u"food_parcel",   u"energy_biscuits", u"water_bottle",  u"nfi_kit",
    u"blanket",  u"sleeping_bag",     u"raincoat",      u"winter_jacket",   u"shoes",         u"socks",
    u"trousers", u"tshirt",           u"underwear",     u"hat_gloves",      u"hygiene_kit",   u"dignity_kit",
    u"soap",     u"toothbrush_paste", u"sanitary_pads", u"baby_formula",    u"baby_food_jar", u"diapers",
};

constexpr const char16_t* kServices[] = {
    u"medical", u"mhpss",          u"legal_aid", u"child_protection",   u"gbv_services",
    u"shelter", u"family_tracing", u"education", u"disability_support", u"asylum_registration"};

constexpr const char16_t* kStaff[] = {u"a.hodzic", u"e.begic",    u"m.kovacevic", u"s.delic",
                                      u"n.mehic",  u"j.petrovic", u"l.hadzic",    u"d.tomic"};

Shares parseShares(const char16_t* spec, double scale = 1.0)
{
    Shares s;
    for (const QString& part : QString::fromUtf16(spec).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        s.codes.append(part.left(colon));
        s.weights.push_back(part.mid(colon + 1).toDouble() * scale);
    }
    return s;
}

std::vector<Name> toNames(std::span<const NameEntry> entries)
{
    std::vector<Name> out;
    out.reserve(entries.size());
    for (const NameEntry& e : entries)
        out.push_back(
            {QString::fromUtf16(e.latin).split(u'|'), e.native ? QString::fromUtf16(e.native) : QString()});
    return out;
}

bool arabicScript(NameGroup g)
{
    return g == NameGroup::Afghan || g == NameGroup::Maghrebi || g == NameGroup::Mashriqi ||
           g == NameGroup::Pakistani || g == NameGroup::Iranian;
}

} // namespace

const QString& Shares::pick(SeedRandom& random) const
{
    return codes.at(random.weighted(std::span(weights)));
}

Result<SeedCatalogue> SeedCatalogue::build(const ReferenceData& reference, QDate today)
{
    SeedCatalogue c;
    c.today = today;
    auto missing = [](const QString& set, const QString& code) {
        return Error::invalid(
            QCoreApplication::translate(
                "Seeder", "The seeder needs \"%1\" in the reference set \"%2\", which does not have it.")
                .arg(code, set));
    };

    for (const OriginSpec& spec : kOrigins) {
        Origin o;
        o.country = QString::fromUtf16(spec.country);
        o.group = spec.names;
        const NameList& list = names(spec.names);
        o.male = toNames(list.male);
        o.female = toNames(list.female);
        o.family = toNames(list.family);
        o.firstLanguage = parseShares(spec.firstLanguage);
        o.extraLanguages = parseShares(spec.extraLanguages, 0.01);
        o.consentLanguage = parseShares(spec.consentLanguage);
        o.phone = QString::fromUtf16(spec.phone);
        o.withoutFamilyName = spec.withoutFamilyName;
        o.arabicScript = arabicScript(spec.names);
        if (!reference.contains(u"countries"_s, o.country))
            return missing(u"countries"_s, o.country);
        for (const Shares* s : {&o.firstLanguage, &o.extraLanguages, &o.consentLanguage})
            for (const QString& code : s->codes)
                if (!reference.contains(u"languages"_s, code))
                    return missing(u"languages"_s, code);
        c.origins.push_back(std::move(o));
        c.originWeights.push_back(spec.weight);
    }

    c.centres = reference.sitesOfKind(u"centre"_s);
    const QStringList outreach = reference.sitesOfKind(u"outreach"_s);
    if (c.centres.isEmpty() || outreach.isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "Seeder", "The seeder needs at least one reception centre and one outreach site in the "
                      "reference data."));
    for (const char16_t* code : kFamilyCentres)
        if (c.centres.contains(QString::fromUtf16(code)))
            c.familyCentres.append(QString::fromUtf16(code));
    for (const char16_t* code : kSingleCentres)
        if (c.centres.contains(QString::fromUtf16(code)))
            c.singleCentres.append(QString::fromUtf16(code));
    if (c.familyCentres.isEmpty())
        c.familyCentres = c.centres;
    if (c.singleCentres.isEmpty())
        c.singleCentres = c.centres;
    for (const QString& code : outreach) {
        double weight = 1;
        for (const auto& [site, w] : kOutreachWeights)
            if (code == QStringView(site))
                weight = w;
        c.outreach.codes.append(code);
        c.outreach.weights.push_back(weight);
    }
    for (const QString& code : reference.codes(u"sites"_s))
        c.m_cantons.insert(code, reference.site(code)->canton);

    for (const char16_t* item : kItems) {
        const QString code = QString::fromUtf16(item);
        const QString type = reference.itemAssistanceType(code);
        if (type.isEmpty())
            return missing(u"items"_s, code);
        c.m_itemTypes.insert(code, type);
    }
    for (const char16_t* service : kServices)
        if (!reference.contains(u"services"_s, QString::fromUtf16(service)))
            return missing(u"services"_s, QString::fromUtf16(service));

    // Which provider offers which service where is in services.json; ReferenceData keeps
    // only the provider codes, so the seeder reads the built-in file for the rest and
    // keeps the providers the loaded reference data knows.
    QFile file(u":/reference/services.json"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray providers =
            QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray();
        for (const QJsonValue& v : providers) {
            const QJsonObject o = v.toObject();
            Provider p;
            p.code = o.value(u"code"_s).toString();
            if (!reference.contains(u"providers"_s, p.code))
                continue;
            for (const QJsonValue& s : o.value(u"services"_s).toArray())
                p.services.insert(s.toString());
            for (const QJsonValue& s : o.value(u"sites"_s).toArray())
                p.sites.insert(s.toString());
            c.providers.push_back(std::move(p));
        }
    }

    for (const char16_t* user : kStaff)
        c.staff.append(QString::fromUtf16(user));

    c.m_dates.reserve(kPastDays + kFutureDays + 1);
    for (int daysAgo = -kFutureDays; daysAgo <= kPastDays; ++daysAgo)
        c.m_dates.append(today.addDays(-daysAgo).toString(Qt::ISODate));
    return c;
}

const QString& SeedCatalogue::date(int daysAgo) const
{
    return m_dates.at(std::clamp(daysAgo, -kFutureDays, kPastDays) + kFutureDays);
}

const QString& SeedCatalogue::assistanceType(const QString& item) const
{
    static const QString none;
    const auto it = m_itemTypes.constFind(item);
    return it == m_itemTypes.constEnd() ? none : *it;
}

QString SeedCatalogue::provider(const QString& service, const QString& site, SeedRandom& random) const
{
    QStringList local;
    QStringList anywhere;
    for (const Provider& p : providers) {
        if (!p.services.contains(service))
            continue;
        anywhere.append(p.code);
        if (p.sites.contains(site))
            local.append(p.code);
    }
    const QStringList& from = local.isEmpty() ? anywhere : local;
    if (from.isEmpty())
        return {};
    return from.at(random.below(static_cast<int>(from.size())));
}

bool SeedCatalogue::sameCanton(const QString& a, const QString& b) const
{
    return m_cantons.value(a) == m_cantons.value(b);
}

} // namespace prihvat::seed
