#pragma once

#include "SeedNames.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace prihvat {
class ReferenceData;
}

namespace prihvat::seed {

class SeedRandom;

// A name ready to use: its Latin spellings (most common first) and its native form.
struct Name
{
    QStringList latin;
    QString native; // empty when the person's script is Latin and needs no other form
};

// Choices with weights, for example the languages people of one origin speak first.
struct Shares
{
    QStringList codes;
    std::vector<double> weights;

    const QString& pick(SeedRandom& random) const;
};

// One country of origin: how many come from it, how its people are named, which languages
// they speak and how their phone numbers look.
struct Origin
{
    QString country; // ISO 3166 alpha-2, a code of the "countries" reference set
    NameGroup group;
    std::vector<Name> male;
    std::vector<Name> female;
    std::vector<Name> family;
    Shares firstLanguage;
    Shares extraLanguages;  // weights are the chance (0–1) of also speaking each
    Shares consentLanguage; // when the first language is not one information is given in
    QString phone;          // '#' stands for a digit
    double withoutFamilyName = 0;
    bool arabicScript = false; // a naming tradition of the Arabic-script world
};

struct Provider
{
    QString code;
    QSet<QString> services;
    QSet<QString> sites;
};

// Everything the seeder draws on, taken from the reference data (sites, items, services,
// providers, countries, languages) and checked against it once, so that a change in the
// reference data shows up as a clear error instead of invalid records.
class SeedCatalogue
{
public:
    static Result<SeedCatalogue> build(const ReferenceData& reference, QDate today);

    QDate today;
    std::vector<Origin> origins;
    std::vector<double> originWeights;

    QStringList centres;       // reception centres
    QStringList familyCentres; // those that take families, women and children
    QStringList singleCentres; // those for single adult men
    Shares outreach;           // sites of mobile teams, weighted by how busy they are
    std::vector<Provider> providers;
    QStringList staff; // synthetic user names of staff, for state stamps

    // ISO text of the date `daysAgo` days before today (negative: after today).
    const QString& date(int daysAgo) const;
    QDate dateOf(int daysAgo) const { return today.addDays(-daysAgo); }
    // The assistance type of a catalogue item ("meal", "nfi_kit", …).
    const QString& assistanceType(const QString& item) const;
    // A provider of `service` working at `site`, else one working anywhere, else none.
    QString provider(const QString& service, const QString& site, SeedRandom& random) const;
    bool sameCanton(const QString& a, const QString& b) const;

    static constexpr int kPastDays = 1200;
    static constexpr int kFutureDays = 60;

private:
    QStringList m_dates; // index daysAgo + kFutureDays
    QHash<QString, QString> m_itemTypes;
    QHash<QString, QString> m_cantons;
};

} // namespace prihvat::seed
