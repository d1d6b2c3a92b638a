#pragma once

#include "Device.h"
#include "HqAudit.h"
#include "HqDatabase.h"
#include "HqSealer.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/Protocol.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace prihvat {
class FormRegistry;
}

namespace prihvat::hq {

// Headquarters' data: devices and their credentials, pushed changes with their sequence
// numbers, the current value of every field, and the conflict log (docs/SYNC.md).
// Keeps no state between calls, so several processes can work on one database.
//
// Errors: Code::Io when the database failed (the caller answers 503, the device retries);
// for enrolment and authentication any other code means "refused" (401); Code::Revoked
// when the right credential of a revoked device is shown.
//
// Everything that happens is written to the audit trail (HqAudit) in the same transaction:
// device add and revoke, enrolment, push (with the device's own audit head), conflicts,
// pull and every delivery of protection-sensitive fields. Never a value.
class HqStore
{
public:
    static constexpr std::int64_t kCodeLifetimeMs = 7LL * 24 * 60 * 60 * 1000;

    // `sealer` seals protection-sensitive values before they are stored and opens them for
    // the protection devices that pull them (HqSealer); without a key they stay in clear.
    HqStore(HqDatabase& db, std::shared_ptr<const FormRegistry> forms, const Clock& clock,
            HqSealer sealer = {});

    // Devices.
    Result<NewDevice> addDevice(const QString& name, const QStringList& sites,
                                const QString& role = QStringLiteral("mobile"));
    Result<Enrolment> enroll(const QString& code, const QString& reportedName);
    Result<Device> authenticate(const QString& bearer);
    Result<QList<Device>> devices();
    Status revoke(const QString& id);

    // Sync. `push` answers with the JSON body of the answer: the same bytes for a batch
    // sent again with the same changes; a batch id this device used before for other
    // changes is refused with a Conflict error (HqApi: 409 batch_id_reused) and nothing is
    // stored. `pull` is scoped to the device's sites (and every person record).
    Result<QByteArray> push(const Device& device, const protocol::PushRequest& request);
    Result<protocol::PullResponse> pull(const Device& device, std::int64_t after, int limit);

    // Headquarters' audit trail; device administration is recorded as done by `name`
    // (the operating-system user of `prihvat-hq device …`).
    HqAudit& audit() { return m_audit; }
    void setOperator(const QString& name) { m_operator = name; }

    HqDatabase& database() { return m_db; }
    // The built-in forms and reference data; formsNow() has the reference data as
    // headquarters holds it at this moment (HqReference).
    const FormRegistry& forms() const { return *m_forms; }
    Result<std::shared_ptr<const FormRegistry>> formsNow();
    const Clock& clock() const { return m_clock; }

private:
    Result<Device> loadDevice(const QString& id);
    // The stored answer to a batch of this device (empty when there is none), or a
    // Conflict error when the batch was stored with other content than `digest`.
    Result<QByteArray> storedAnswer(const QString& deviceId, const QString& batchId, const QString& digest);

    HqDatabase& m_db;
    std::shared_ptr<const FormRegistry> m_forms;
    const Clock& m_clock;
    // formsNow(), rebuilt when the reference data's version moves (another process may
    // have changed it: the version is read every time).
    std::shared_ptr<const FormRegistry> m_current;
    std::int64_t m_currentVersion = -1;
    HqAudit m_audit;
    HqSealer m_sealer;
    QString m_operator = QStringLiteral("unknown");
};

} // namespace prihvat::hq
