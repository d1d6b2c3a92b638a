#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace prihvat {

class FieldSealer;

// What a search result shows of a person.
struct PersonEntry
{
    QString id;
    QString givenName;
    QString familyName;
    QString nativeName;
    QString sex;
    QString birth;   // date of birth, or empty
    int age = -1;    // estimated age when there is no date
    QString country;
    QString site;
    QString registered;
    QStringList tokens; // folded words of every name; the index keeps them as ids instead

    QString displayName() const;
    static PersonEntry fromValues(const QString& id, const QJsonObject& values);
};

// An in-memory index of the people on this device, searched as the user types. Matching
// is by words: every word typed must start a word of one of the person's names (case,
// accents and Arabic-script letter variants ignored), or the text is the start of an id.
// Loaded once in the background (from its own read-only connection), then kept current
// as records are saved. Names are sealed on disk: they are opened into this index at
// unlock and live only in memory.
class PersonIndex
{
public:
    // Reads every live person from the database file at `databasePath`, opening the
    // sealed answers it shows (names, date of birth) with `sealer`; without one (locked)
    // a sealed answer is an error.
    static Result<std::vector<PersonEntry>> read(const QString& databasePath,
                                                 std::shared_ptr<const FieldSealer> sealer);

    void reset(std::vector<PersonEntry> entries);
    void upsert(const PersonEntry& entry);
    void remove(const QString& id);
    int size() const { return static_cast<int>(m_entries.size()); }
    const PersonEntry* find(const QString& id) const;

    // The best `limit` matches, best first: whole-word matches before prefixes, then the
    // most recently registered. An empty query gives the most recently registered.
    std::vector<const PersonEntry*> search(const QString& query, int limit) const;

private:
    // Names repeat a great deal (a few thousand distinct words for 100,000 people), so each
    // distinct folded word is kept once and entries hold word ids: a keystroke compares the
    // typed words with the dictionary once, then scans entries with integer look-ups only.
    std::vector<int> intern(const QStringList& tokens);

    std::vector<PersonEntry> m_entries;
    std::vector<std::vector<int>> m_tokenIds; // parallel to m_entries
    QHash<QString, std::size_t> m_byId;
    QHash<QString, int> m_dictionaryIndex;
    std::vector<QString> m_dictionary;
};

} // namespace prihvat
