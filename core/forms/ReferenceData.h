#pragma once

#include "LocalizedText.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

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

    // The sets headquarters manages and sends to devices (docs/SYNC.md, "Reference data"):
    // sites, services, providers, items, and "retention" (per form, the days a device keeps
    // a record). Countries and languages stay built in.
    static QStringList managedSets();
    // Checks one entry of a managed set, shaped as in resources/reference/ (a retention
    // entry is {"form": ID, "days": N}); gives its code, or why it cannot be used.
    static Result<QString> checkEntry(const QString& set, const QJsonObject& entry);
    // The entries of a managed set as the files in `folder` hold them, in file order
    // (none for "retention": nothing is built in).
    static Result<QList<QJsonObject>> readEntries(const QString& folder, const QString& set);
    // A copy in which the managed `set` holds exactly `entries`, in that order. Fails on the
    // first entry checkEntry refuses, and on an empty set other than "retention".
    Result<ReferenceData> withSet(const QString& set, const QList<QJsonObject>& entries) const;

    // An entry of a managed set as a device stored it from headquarters: set (`entry`) or
    // removed (no `entry`), and its place in the set.
    struct EntryUpdate
    {
        QString code;
        std::int64_t position = 0;
        std::optional<QJsonObject> entry;
    };
    // A copy in which the managed `set` is this one's with `updates` laid over it: an entry
    // of the same code replaced, a new code added, a removed code gone; entries in position
    // order (an entry without an update keeps its place: its index in the set). So a device
    // that missed part of a set still has the rest.
    Result<ReferenceData> withUpdates(const QString& set, const QList<EntryUpdate>& updates) const;

    // How many days headquarters wants a device to keep records of `form` (nothing: no limit).
    std::optional<int> retentionDays(const QString& form) const;

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
        QJsonObject json;   // managed sets: the entry as read
    };
    QHash<QString, QList<Entry>> m_sets;
    QHash<QString, QHash<QString, int>> m_index;
    QHash<QString, Site> m_sites;
    QHash<QString, int> m_retention; // form → days

    const Entry* entry(const QString& set, const QString& code) const;
    void add(const QString& set, Entry e);
    // Adds one entry of `set` (not countries or languages), checked.
    Status addEntry(const QString& set, const QJsonObject& o);
};

} // namespace prihvat
