#include "PersonScope.h"

#include "HqDatabase.h"
#include "forms/FormRegistry.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {
const QString kPersonForm = u"person"_s;
}

PersonScope::PersonScope(const Device& device, const FormRegistry& forms) : m_device(device)
{
    if (const FormDefinition* person = forms.form(kPersonForm))
        m_siteField = person->keys.site;
    for (const QString& id : forms.formIds())
        if (const FormDefinition* form = forms.form(id);
            form && id != kPersonForm && !form->keys.person.isEmpty())
            m_personKeys.insert(id, form->keys.person);
}

void PersonScope::stored(const QString& personId, const QString& registrationSite)
{
    m_storedSite.insert(personId, registrationSite);
}

void PersonScope::createdAt(const QString& personId, const QString& registrationSite)
{
    if (!m_storedSite.contains(personId) && !m_createdSite.contains(personId))
        m_createdSite.insert(personId, registrationSite);
}

bool PersonScope::loadMet(const HqDatabase& db, QString* error)
{
    if (m_device.allSites() || m_device.sites.isEmpty() || m_personKeys.isEmpty())
        return true;
    // Values are stored as their JSON text: a person id as "\"<uuid>\"".
    QSet<QString> wanted;
    for (auto it = m_storedSite.cbegin(); it != m_storedSite.cend(); ++it)
        if (!it.value().isEmpty() && !m_device.covers(it.value()) && !m_met.contains(it.key()))
            wanted.insert(u'"' + it.key() + u'"');
    if (wanted.isEmpty())
        return true;
    // The person keys of the records at the device's sites (records_site index, then the
    // fields' primary key) that name one of these persons: one statement for up to 500 of
    // them, so at most two for a batch (1,000 changes at most).
    QStringList forms;
    QVariantList head;
    for (const QString& site : m_device.sites)
        head.append(site);
    for (auto it = m_personKeys.cbegin(); it != m_personKeys.cend(); ++it) {
        forms.append(u"(r.form = ? AND f.field = ?)"_s);
        head.append(it.key());
        head.append(it.value());
    }
    const QString select =
        u"SELECT DISTINCT f.value FROM records r JOIN fields f ON f.record_id = r.id WHERE r.site IN ("_s +
        QStringList(m_device.sites.size(), u"?"_s).join(u',') + u") AND ("_s + forms.join(u" OR "_s) +
        u") AND f.value IN ("_s;
    const QStringList all(wanted.cbegin(), wanted.cend());
    constexpr qsizetype kPerStatement = 500;
    for (qsizetype from = 0; from < all.size(); from += kPerStatement) {
        const QStringList chunk = all.mid(from, kPerStatement);
        auto q = db.run(select + QStringList(chunk.size(), u"?"_s).join(u',') + u')',
                        head + QVariantList(chunk.cbegin(), chunk.cend()));
        if (!q) {
            *error = q.error().message;
            return false;
        }
        while (q->next()) {
            const QString value = q->value(0).toString();
            m_met.insert(value.mid(1, value.size() - 2));
        }
    }
    return true;
}

QString PersonScope::refusal(const QString& personId, const QString& field, const QJsonValue& value) const
{
    if (field == m_siteField && !value.isString())
        return u"person_site_cleared: the registration site of a person cannot be cleared"_s;
    if (m_device.allSites())
        return {};
    if (const auto stored = m_storedSite.constFind(personId); stored != m_storedSite.cend()) {
        // A person whose registration site has not arrived yet (the rest of its first save
        // is in the device's next batch) has no site to check against.
        if (stored->isEmpty() || m_device.covers(*stored) || m_met.contains(personId))
            return {};
        return u"person_out_of_scope: person %1 is registered at site %2, outside this device's sites, "
               "and no record at this device's sites is about them"_s.arg(personId, *stored);
    }
    const QString site = m_createdSite.value(personId);
    if (!site.isEmpty() && !m_device.covers(site))
        return u"person_site_outside: a new person registered at site %1, outside this device's sites"_s.arg(
            site);
    return {};
}

} // namespace prihvat::hq
