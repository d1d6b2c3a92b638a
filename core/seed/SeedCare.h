#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace prihvat::seed {

class SeedCatalogue;
class SeedRandom;
struct PersonPlan;

// What happened to one person after registration, as form inputs: the screening, a
// transport request and the state changes it went through, assistance lines and referrals.
struct CareRecords
{
    struct Step
    {
        QJsonObject input; // {"state": …} and, for a cancellation, its reason
        QString actor;
    };

    std::optional<QJsonObject> screening;
    std::optional<QJsonObject> transport;
    QList<Step> transportSteps;
    QList<QJsonObject> assistance;
    QList<QJsonObject> referrals;

    void clear();
};

// Plans the records that follow a registration, consistent with the person (risks that fit
// age and sex, items of the right assistance type, dates after registration and never in
// the future, sites the person was at).
class CarePlanner
{
public:
    CarePlanner(const SeedCatalogue& catalogue, SeedRandom& random);

    void plan(const PersonPlan& person, const QString& personId, CareRecords& out);

private:
    struct Screening
    {
        bool done = false;
        int day = 0;
        QString site;
        QStringList risks;
        QString urgency;
    };
    struct Transport
    {
        bool requested = false;
        bool arrived = false; // completed
        int day = 0;
        QString destination;
    };

    Screening screening(const PersonPlan& p, const QString& personId, CareRecords& out);
    Transport transport(const PersonPlan& p, const Screening& s, const QString& personId, CareRecords& out);
    void assistance(const PersonPlan& p, const Screening& s, const Transport& t, const QString& personId,
                    CareRecords& out);
    void centreStay(const PersonPlan& p, const Screening& s, const QString& site, int fromDay, int days,
                    const QString& personId, CareRecords& out);
    void outreachVisits(const PersonPlan& p, const Screening& s, int fromDay, int lastDay,
                        const QString& personId, CareRecords& out);
    void referrals(const PersonPlan& p, const Screening& s, const QString& personId, CareRecords& out);

    void line(CareRecords& out, const QString& personId, int day, const QString& site, const QString& item,
              int quantity = 1, bool group = false);
    void service(CareRecords& out, const QString& personId, int day, const QString& site,
                 const QString& type);

    const SeedCatalogue& m_catalogue;
    SeedRandom& m_random;
};

} // namespace prihvat::seed
