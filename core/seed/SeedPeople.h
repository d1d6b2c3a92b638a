#pragma once

#include <QJsonObject>
#include <QString>

namespace prihvat::seed {

class SeedCatalogue;
class SeedRandom;

// Who a person is in the seeded population; what the rest of the seeder needs to give the
// person fitting screenings, assistance, transport and referrals.
struct PersonPlan
{
    enum class Role
    {
        Single,
        Head,
        Spouse,
        Child,
        Relative
    };

    int index = 0; // 0, 1, 2, … in the order persons are made
    int origin = 0;
    Role role = Role::Single;
    bool female = false;
    int age = 0;
    bool unaccompanied = false; // an unaccompanied or separated child
    bool separated = false;     // separated (with an adult who is not the caregiver)
    int head = -1;              // index of the household head, -1 for none
    int familySize = 1;         // for a head: the family, head included
    int registeredDay = 0;      // days before today
    QString site;               // registration site
    bool outreach = false;      // registered by a mobile team
    QString centre;             // the reception centre that takes a person like this
    QJsonObject input;          // the person form's input, without household_head

    bool child() const { return age < 18; }
    bool member() const { return head >= 0; }
};

// Plans the persons one after another: single travellers (mostly young men), unaccompanied
// children, and families whose members follow their head and share origin, dates and
// family name. The population follows one national operation's figures for a year.
class PeoplePlanner
{
public:
    PeoplePlanner(const SeedCatalogue& catalogue, SeedRandom& random, int total);

    PersonPlan next();

private:
    struct Family
    {
        int head = -1;
        int remaining = 0;
        int origin = 0;
        int headAge = 0;
        bool headFemale = false;
        bool spouseGiven = false;
        int familyName = -1; // index into the origin's family names, -1 for none
        int familyVariant = 0;
        int registeredDay = 0;
        int arrivedDay = -1;
        QString site;
        bool outreach = false;
        QString centre;
        QString firstLanguage;
    };

    void startUnit(PersonPlan& p);
    void continueFamily(PersonPlan& p);
    void fillInput(PersonPlan& p, int familyName, int familyVariant, int arrivedDay,
                   const QString& firstLanguage);
    int registrationDay(int index);
    int arrivalDay(int registeredDay);
    QString chooseCentre(bool family);
    QString variant(const QStringList& spellings);

    const SeedCatalogue& m_catalogue;
    SeedRandom& m_random;
    int m_total;
    int m_next = 0;
    Family m_family;
};

} // namespace prihvat::seed
