#include "PersonIndex.h"

#include "NameFolding.h"
#include "security/FieldSealer.h"
#include "store/AnswerSealer.h"
#include "store/SqliteDb.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdint>

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

Result<std::vector<PersonEntry>> PersonIndex::read(const QString& databasePath,
                                                   std::shared_ptr<const FieldSealer> sealer)
{
    auto db = SqliteDb::open(databasePath, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto s = (*db)->prepare(
        u"SELECT id, data, stamps, updated_hlc FROM records WHERE form = 'person' AND deleted = 0 ORDER BY rid"_s);
    if (!s)
        return s.error();
    // Only the answers an entry shows are opened; the other sealed ones (phone, document,
    // notes) stay sealed and are dropped here.
    static const QString shown[] = {u"given_name"_s, u"family_name"_s, u"name_native"_s, u"other_names"_s,
                                    u"date_of_birth"_s};
    std::vector<PersonEntry> out;
    while (s->next()) {
        const QString id = s->text(0);
        QJsonObject values = QJsonDocument::fromJson(s->text(1).toUtf8()).object();
        const auto stamps = AnswerSealer::Stamps::fromStored(s->text(2), s->text(3));
        for (const QString& field : shown) {
            const auto it = values.find(field);
            if (it == values.end() || !AnswerSealer::isSealed(*it))
                continue;
            if (!sealer)
                return AnswerSealer::lockedError();
            auto plain = sealer->open(id, field, stamps.of(field), it->toString());
            if (!plain)
                return plain.error();
            const QJsonDocument d = QJsonDocument::fromJson('[' + *plain + ']');
            *it = d.isArray() && !d.array().isEmpty() ? d.array().first() : QJsonValue();
        }
        out.push_back(PersonEntry::fromValues(id, values));
    }
    if (!s->ok())
        return Error::io(s->error());
    return out;
}

std::vector<int> PersonIndex::intern(const QStringList& tokens)
{
    std::vector<int> ids;
    ids.reserve(static_cast<std::size_t>(tokens.size()));
    for (const QString& t : tokens) {
        auto it = m_dictionaryIndex.constFind(t);
        int id = 0;
        if (it == m_dictionaryIndex.constEnd()) {
            id = static_cast<int>(m_dictionary.size());
            m_dictionary.push_back(t);
            m_dictionaryIndex.insert(t, id);
        } else {
            id = *it;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

void PersonIndex::reset(std::vector<PersonEntry> entries)
{
    m_entries = std::move(entries);
    m_byId.clear();
    m_tokenIds.clear();
    m_dictionary.clear();
    m_dictionaryIndex.clear();
    m_byId.reserve(static_cast<qsizetype>(m_entries.size()));
    m_tokenIds.reserve(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_byId.insert(m_entries[i].id, i);
        m_tokenIds.push_back(intern(m_entries[i].tokens));
        m_entries[i].tokens.clear();
    }
}

void PersonIndex::upsert(const PersonEntry& entry)
{
    auto it = m_byId.constFind(entry.id);
    std::vector<int> ids = intern(entry.tokens);
    PersonEntry stored = entry;
    stored.tokens.clear();
    if (it != m_byId.constEnd()) {
        m_entries[*it] = std::move(stored);
        m_tokenIds[*it] = std::move(ids);
        return;
    }
    m_byId.insert(entry.id, m_entries.size());
    m_entries.push_back(std::move(stored));
    m_tokenIds.push_back(std::move(ids));
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
        m_tokenIds[i] = std::move(m_tokenIds.back());
        m_byId[m_entries[i].id] = i;
    }
    m_entries.pop_back();
    m_tokenIds.pop_back();
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
        hits.reserve(m_entries.size());
        for (const PersonEntry& e : m_entries)
            hits.emplace_back(0, &e);
    } else {
        // Score every dictionary word against every typed word once: 3 the same word,
        // 2 a word it begins, 0 no match.
        std::vector<std::vector<std::uint8_t>> marks(static_cast<std::size_t>(words.size()),
                                                     std::vector<std::uint8_t>(m_dictionary.size(), 0));
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QString& word = words.at(w);
            auto& mark = marks[static_cast<std::size_t>(w)];
            for (std::size_t d = 0; d < m_dictionary.size(); ++d) {
                const QString& t = m_dictionary[d];
                if (t.size() >= word.size() && t.startsWith(word))
                    mark[d] = t.size() == word.size() ? 3 : 2;
            }
        }
        // Only text that could be part of an id (hex digits and dashes) is compared with ids.
        const bool idLike = trimmed.size() >= 4 && std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-';
        });
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const std::vector<int>& ids = m_tokenIds[i];
            int score = 0;
            bool all = true;
            for (const auto& mark : marks) {
                int best = 0;
                for (int id : ids)
                    best = std::max<int>(best, mark[static_cast<std::size_t>(id)]);
                if (best == 0) {
                    all = false;
                    break;
                }
                score += best;
            }
            const PersonEntry& e = m_entries[i];
            if (!all && idLike && (e.id.startsWith(trimmed) || e.id.endsWith(trimmed))) {
                all = true;
                score = 100;
            }
            if (all)
                hits.emplace_back(score, &e);
        }
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
