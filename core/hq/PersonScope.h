#pragma once

#include "Device.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace prihvat {
class FormRegistry;
}

namespace prihvat::hq {

class HqDatabase;

// Who may write a person at headquarters (docs/SYNC.md, "Who may write a person"), for one
// push. A person is written (any field, `_deleted` above all) by a device whose sites cover
// the person's registration site as headquarters holds it, by a device that has met the
// person, and by `hq` devices. "Met" is read from the data: headquarters holds a record of
// another form at one of the device's sites whose person key (`keys.person`, docs/FORMS.md)
// names the person, or the same batch brings one. A new person may be created by a device
// whose sites cover the registration site it is created with.
//
// Everything the rule needs is gathered before the batch is applied, not read per change:
// the push has already loaded the batch's records and fields; only "met" needs the
// database, one statement per 500 persons registered elsewhere (at most two a batch).
class PersonScope
{
public:
    PersonScope(const Device& device, const FormRegistry& forms);

    // The registration-site field of the person form ("registration_site").
    const QString& siteField() const { return m_siteField; }

    // A person headquarters already holds, with its registration site as stored (empty
    // when none was ever sent).
    void stored(const QString& personId, const QString& registrationSite);
    // A person this batch creates: the first registration site the batch gives it.
    void createdAt(const QString& personId, const QString& registrationSite);
    // A record of another form in this batch, at one of the device's sites, names the person.
    void metInBatch(const QString& personId) { m_met.insert(personId); }
    // The person field of `form` (empty for the person form and for forms without one).
    QString personKey(const QString& form) const { return m_personKeys.value(form); }

    // Reads which of the stored persons registered outside the device's sites it has met:
    // one statement per 500 of them, none when there is no such person. False with `error`
    // on failure.
    bool loadMet(const HqDatabase& db, QString* error);

    // Why a change of `field` of person `personId` to `value` is refused, or an empty
    // string when it may be applied. The reason starts with its code (docs/SYNC.md).
    QString refusal(const QString& personId, const QString& field, const QJsonValue& value) const;

private:
    const Device& m_device;
    QString m_siteField;
    QHash<QString, QString> m_personKeys;  // form → its person field, for forms other than person
    QHash<QString, QString> m_storedSite;  // persons held before this batch → registration site
    QHash<QString, QString> m_createdSite; // persons this batch creates → registration site
    QSet<QString> m_met;
};

} // namespace prihvat::hq
