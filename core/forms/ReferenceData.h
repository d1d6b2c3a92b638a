#pragma once

#include "LocalizedText.h"
#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace prihvat {

struct Site
{
    QString code;
    QString kind; // "centre" or "outreach"
    QString name;
    QString canton;
    QString entity; // FBiH, RS, BD
};

// Read-only reference data that headquarters maintains: sites, countries, languages, the
// item catalogue, services and providers (resources/reference/, docs/FORMS.md).
class ReferenceData
{
public:
    // Every set name a form field may reference.
    static QSet<QString> setNames();

    // From a folder holding sites.json, countries.json, … (":/reference" for the built-in copy).
    static Result<ReferenceData> load(const QString& folder);

    bool contains(const QString& set, const QString& code) const;
    // The codes of a set, in file order.
    QStringList codes(const QString& set) const;
    // What a person reads for a code, in `language`: countries and languages by ICU's
    // names, items and services by their translated labels, sites and providers by name.
    QString label(const QString& set, const QString& code, const QString& language) const;

    const Site* site(const QString& code) const;
    QStringList sitesOfKind(const QString& kind) const;
    // The assistance type an item belongs to ("meal", "nfi_kit", …).
    QString itemAssistanceType(const QString& itemCode) const;

private:
    struct Entry
    {
        QString code;
        QString name;       // plain name (sites, providers, English names)
        LocalizedText text; // translated label (items, services)
        QString extra;      // item: assistance type
    };
    QHash<QString, QList<Entry>> m_sets;
    QHash<QString, QHash<QString, int>> m_index;
    QHash<QString, Site> m_sites;

    const Entry* entry(const QString& set, const QString& code) const;
    void add(const QString& set, Entry e);
};

} // namespace prihvat
