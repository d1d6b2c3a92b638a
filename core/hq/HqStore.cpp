// HqStore: devices, enrolment and authentication. Push and pull are in HqStoreSync.cpp.
#include "HqStore.h"

#include "HqReference.h"

#include "Credentials.h"
#include "common/Text.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

constexpr int kMaxNameLength = 200;

std::int64_t int64Of(const QVariant& v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error refused()
{
    return Error::invalid(u"The enrolment code is wrong, already used or expired."_s);
}

} // namespace

HqStore::HqStore(HqDatabase& db, std::shared_ptr<const FormRegistry> forms, const Clock& clock,
                 HqSealer sealer)
    : m_db(db), m_forms(std::move(forms)), m_clock(clock), m_audit(db, clock), m_sealer(std::move(sealer))
{
}

Result<std::shared_ptr<const FormRegistry>> HqStore::formsNow()
{
    const HqReference reference(m_db, m_clock);
    auto version = reference.version();
    if (!version)
        return version.error();
    if (m_current && *version == m_currentVersion)
        return m_current;
    auto data = reference.current(m_forms->reference());
    if (!data)
        return Error::io(u"The reference data at headquarters cannot be used: %1"_s.arg(data.error().message));
    m_current = m_forms->withReference(std::move(*data));
    m_currentVersion = *version;
    return m_current;
}

Result<NewDevice> HqStore::addDevice(const QString& name, const QStringList& sites, const QString& role)
{
    const QString cleanName = Text::clean(name).trimmed();
    if (cleanName.isEmpty())
        return Error::invalid(u"A device needs a name."_s);
    if (cleanName.size() > kMaxNameLength)
        return Error::invalid(u"A device name has at most %1 characters."_s.arg(kMaxNameLength));
    if (!Device::roles().contains(role))
        return Error::invalid(
            u"Unknown role \"%1\": use one of %2."_s.arg(role, Device::roles().join(u", "_s)));
    auto forms = formsNow();
    if (!forms)
        return forms.error();
    const ReferenceData& reference = (*forms)->reference();
    QStringList siteList;
    for (const QString& site : sites) {
        if (!reference.contains(u"sites"_s, site))
            return Error::invalid(u"Unknown site \"%1\": use one of %2."_s.arg(
                site, reference.codes(u"sites"_s).join(u", "_s)));
        if (!siteList.contains(site))
            siteList.append(site);
    }
    if (siteList.isEmpty() && role != u"hq"_s)
        return Error::invalid(u"A device needs at least one site (--site CODE)."_s);

    NewDevice out;
    Device& d = out.device;
    d.id = Uuid7::generate(m_clock);
    d.name = cleanName;
    d.role = role;
    d.sites = siteList;
    d.state = Device::State::Pending;
    d.createdMs = m_clock.nowMs();
    d.codeExpiresMs = d.createdMs + kCodeLifetimeMs;
    out.code = Credentials::newEnrolmentCode();

    if (Status s = m_db.begin(); !s)
        return s.error();
    auto inserted = m_db.run(
        u"INSERT INTO devices(id, name, role, code_hash, code_expires_ms, created_ms) "
        "VALUES(?, ?, ?, ?, ?, ?)"_s,
        {d.id, d.name, d.role, Credentials::hashCode(Credentials::normaliseCode(out.code)),
         QVariant::fromValue<qlonglong>(d.codeExpiresMs), QVariant::fromValue<qlonglong>(d.createdMs)});
    if (!inserted) {
        m_db.rollback();
        return inserted.error();
    }
    for (const QString& site : siteList) {
        auto s = m_db.run(u"INSERT INTO device_sites(device_id, site) VALUES(?, ?)"_s, {d.id, site});
        if (!s) {
            m_db.rollback();
            return s.error();
        }
    }
    if (Status s = m_audit.appendInTransaction(
            {{HqAudit::operatorActor(m_operator), QString::fromUtf16(HqAudit::kDeviceAdd), QString(),
              jsonText({{u"device"_s, d.id},
                        {u"role"_s, d.role},
                        {u"sites"_s, QJsonArray::fromStringList(d.sites)}})}});
        !s) {
        m_db.rollback();
        return s.error();
    }
    if (Status s = m_db.commit(); !s)
        return s.error();
    return out;
}

Result<Device> HqStore::loadDevice(const QString& id)
{
    auto q = m_db.run(
        u"SELECT id, name, reported_name, role, code_expires_ms, created_ms, enrolled_ms, revoked_ms "
        "FROM devices WHERE id = ?"_s,
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No device has the id %1."_s.arg(id));
    Device d;
    d.id = q->value(0).toString();
    d.name = q->value(1).toString();
    d.reportedName = q->value(2).toString();
    d.role = q->value(3).toString();
    d.codeExpiresMs = int64Of(q->value(4));
    d.createdMs = int64Of(q->value(5));
    d.enrolledMs = int64Of(q->value(6));
    d.revokedMs = int64Of(q->value(7));
    q->finish();
    if (d.revokedMs != 0)
        d.state = Device::State::Revoked;
    else if (d.enrolledMs != 0)
        d.state = Device::State::Enrolled;
    else if (m_clock.nowMs() > d.codeExpiresMs)
        d.state = Device::State::Expired;
    else
        d.state = Device::State::Pending;
    auto sites = m_db.run(u"SELECT site FROM device_sites WHERE device_id = ? ORDER BY site"_s, {id});
    if (!sites)
        return sites.error();
    while (sites->next())
        d.sites.append(sites->value(0).toString());
    return d;
}

Result<Enrolment> HqStore::enroll(const QString& code, const QString& reportedName)
{
    const QString normalised = Credentials::normaliseCode(code);
    if (normalised.isEmpty())
        return refused();
    const QString codeHash = Credentials::hashCode(normalised);
    auto q =
        m_db.run(u"SELECT id, code_expires_ms, revoked_ms FROM devices WHERE code_hash = ?"_s, {codeHash});
    if (!q)
        return q.error();
    if (!q->next())
        return refused();
    const QString id = q->value(0).toString();
    const std::int64_t expires = int64Of(q->value(1));
    const bool revoked = !q->value(2).isNull();
    q->finish();
    const std::int64_t now = m_clock.nowMs();
    if (revoked || now > expires)
        return refused();

    QString name = Text::clean(reportedName).trimmed();
    if (name.size() > kMaxNameLength)
        name.truncate(kMaxNameLength);
    Enrolment e;
    e.token = Credentials::newToken();
    // Conditional on the code still being there: of two processes enrolling with the same
    // code at once, exactly one wins.
    if (Status s = m_db.begin(); !s)
        return s.error();
    auto update =
        m_db.run(u"UPDATE devices SET code_hash = NULL, token_hash = ?, enrolled_ms = ?, reported_name = ? "
                 "WHERE id = ? AND code_hash = ? AND revoked_ms IS NULL"_s,
                 {Credentials::hashToken(e.token), QVariant::fromValue<qlonglong>(now),
                  name.isEmpty() ? HqDatabase::null() : QVariant(name), id, codeHash});
    if (!update) {
        m_db.rollback();
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        m_db.rollback();
        return refused();
    }
    update->finish();
    if (Status s = m_audit.appendInTransaction(
            {{HqAudit::deviceActor(id), QString::fromUtf16(HqAudit::kEnrol), QString(), QString()}});
        !s) {
        m_db.rollback();
        return s.error();
    }
    if (Status s = m_db.commit(); !s)
        return s.error();
    auto device = loadDevice(id);
    if (!device)
        return device.error();
    e.device = *device;
    return e;
}

Result<Device> HqStore::authenticate(const QString& bearer)
{
    const auto unknown = [] {
        return Error::invalid(u"The device credential is missing, unknown or revoked."_s);
    };
    // The same message when no device has the claimed id, but NotFound (HqApi throttles
    // those per address, wrong tokens of a known device per address and device).
    const auto noSuchDevice = [&unknown] { return Error::notFound(unknown().message); };
    const qsizetype dot = bearer.indexOf(u'.');
    if (dot < 0 || bearer.size() > 200)
        return noSuchDevice();
    const QString id = bearer.left(dot);
    const QString token = bearer.mid(dot + 1);
    if (!Uuid7::isValid(id))
        return noSuchDevice();
    auto q = m_db.run(u"SELECT token_hash, revoked_ms FROM devices WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchDevice();
    if (token.isEmpty())
        return unknown();
    const QString stored = q->value(0).toString();
    const bool revoked = !q->value(1).isNull();
    q->finish();
    if (stored.isEmpty() || !Credentials::sameHash(stored, Credentials::hashToken(token)))
        return unknown();
    // Said only to the holder of the right token: nobody else learns that the id exists.
    if (revoked)
        return Error::revoked(u"This device has been revoked by headquarters."_s);
    auto device = loadDevice(id);
    if (!device)
        return device.error().code == Error::Code::Io ? device.error() : unknown();
    if (device->state != Device::State::Enrolled)
        return unknown();
    return device;
}

Result<QList<Device>> HqStore::devices()
{
    auto q = m_db.run(u"SELECT id FROM devices ORDER BY created_ms, id"_s);
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    q->finish();
    QList<Device> out;
    for (const QString& id : ids) {
        auto d = loadDevice(id);
        if (!d)
            return d.error();
        out.append(*d);
    }
    return out;
}

Status HqStore::revoke(const QString& id)
{
    if (!Uuid7::isValid(id))
        return Error::invalid(u"\"%1\" is not a device id."_s.arg(id));
    auto device = loadDevice(id);
    if (!device)
        return device.error();
    if (device->state == Device::State::Revoked)
        return {};
    if (Status s = m_db.begin(); !s)
        return s;
    auto q =
        m_db.run(u"UPDATE devices SET revoked_ms = ?, code_hash = NULL WHERE id = ? AND revoked_ms IS NULL"_s,
                 {QVariant::fromValue<qlonglong>(m_clock.nowMs()), id});
    if (!q) {
        m_db.rollback();
        return q.error();
    }
    q->finish();
    if (Status s = m_audit.appendInTransaction(
            {{HqAudit::operatorActor(m_operator), QString::fromUtf16(HqAudit::kDeviceRevoke), QString(),
              jsonText({{u"device"_s, id}})}});
        !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

} // namespace prihvat::hq
