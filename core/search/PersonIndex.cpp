#include "PersonIndex.h"

#include "NameFolding.h"
#include "store/SqliteDb.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

QString PersonEntry::displayName() const
{
    return QStringList{givenName, familyName}.join(u' ').trimmed();
}

PersonEntry PersonEntry::fromValues(const QString& id, const QJsonObject& v)
{
    PersonEntry e;
    e.id = id;
    e.givenName = v.value(u"given_name"_s).toString();
    e.familyName = v.value(u"family_name"_s).toString();
    e.nativeName = v.value(u"name_native"_s).toString();
    e.sex = v.value(u"sex"_s).toString();
    e.birth = v.value(u"date_of_birth"_s).toString();
    e.age = v.contains(u"age_estimated"_s) ? v.value(u"age_estimated"_s).toInt() : -1;
    e.country = v.value(u"country_of_origin"_s).toString();
    e.site = v.value(u"registration_site"_s).toString();
    e.registered = v.value(u"registration_date"_s).toString();
    e.tokens = NameFolding::tokens(
        QStringList{e.givenName, e.familyName, e.nativeName, v.value(u"other_names"_s).toString()}.join(u' '));
    return e;
}

Result<std::vector<PersonEntry>> PersonIndex::read(const QString& databasePath)
{
    auto db = SqliteDb::open(databasePath, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto s = (*db)->prepare(u"SELECT id, data FROM records WHERE form = 'person' AND deleted = 0 ORDER BY rid"_s);
    if (!s)
        return s.error();
    std::vector<PersonEntry> out;
    while (s->next())
        out.push_back(PersonEntry::fromValues(s->text(0), QJsonDocument::fromJson(s->text(1).toUtf8()).object()));
    if (!s->ok())
        return Error::io(s->error());
    return out;
}

void PersonIndex::reset(std::vector<PersonEntry> entries)
{
    m_entries = std::move(entries);
    m_byId.clear();
    m_byId.reserve(static_cast<qsizetype>(m_entries.size()));
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_byId.insert(m_entries[i].id, i);
}

void PersonIndex::upsert(const PersonEntry& entry)
{
    auto it = m_byId.constFind(entry.id);
    if (it != m_byId.constEnd()) {
        m_entries[*it] = entry;
        return;
    }
    m_byId.insert(entry.id, m_entries.size());
    m_entries.push_back(entry);
}

void PersonIndex::remove(const QString& id)
{
    auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return;
    const std::size_t i = *it;
    m_byId.remove(id);
    if (i != m_entries.size() - 1) {
        m_entries[i] = std::move(m_entries.back());
        m_byId[m_entries[i].id] = i;
    }
    m_entries.pop_back();
}

const PersonEntry* PersonIndex::find(const QString& id) const
{
    auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entries[*it];
}

std::vector<const PersonEntry*> PersonIndex::search(const QString& query, int limit) const
{
    const QStringList words = NameFolding::tokens(query);
    const QString trimmed = query.trimmed().toLower();
    std::vector<std::pair<int, const PersonEntry*>> hits;
    if (words.isEmpty()) {
        // Nothing typed: the most recently registered people.
        for (const PersonEntry& e : m_entries)
            hits.emplace_back(0, &e);
    }
    const bool idLike = trimmed.size() >= 4 && trimmed.front().isLetterOrNumber() && trimmed.front().unicode() < 128;
    for (const PersonEntry& e : m_entries) {
        if (words.isEmpty())
            break;
        int score = 0;
        bool all = true;
        for (const QString& w : words) {
            int best = 0;
            for (const QString& t : e.tokens) {
                if (t == w) {
                    best = 3;
                    break;
                }
                if (t.startsWith(w))
                    best = std::max(best, 2);
            }
            if (best == 0) {
                all = false;
                break;
            }
            score += best;
        }
        if (!all && idLike && (e.id.startsWith(trimmed) || e.id.endsWith(trimmed))) {
            all = true;
            score = 100;
        }
        if (all)
            hits.emplace_back(score, &e);
    }
    const std::size_t n = std::min<std::size_t>(hits.size(), static_cast<std::size_t>(std::max(limit, 0)));
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(n), hits.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return a.second->registered > b.second->registered;
    });
    std::vector<const PersonEntry*> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(hits[i].second);
    return out;
}

} // namespace prihvat
