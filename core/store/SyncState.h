#pragma once

#include "common/Result.h"
#include "sync/Protocol.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace prihvat {

class LocalStore;

// One push batch: outbox changes under one batch id. Made once, durably, before it is
// first sent, and kept with the same id and members until an answer is recorded, so a
// retry after a lost answer is the same request (docs/SYNC.md, "The device side").
struct PushBatch
{
    QString batchId;
    QList<std::int64_t> seqs; // outbox seq of each change, in order
    QList<protocol::Change> changes;
    int attempts = 0; // sends before this one

    protocol::PushRequest request() const
    {
        protocol::PushRequest r;
        r.batchId = batchId;
        r.changes = changes;
        r.compactResults = true;
        return r;
    }
};

struct PushOutcome
{
    int accepted = 0;
    int conflicts = 0;
    int rejected = 0;
};

struct PullOutcome
{
    int received = 0;     // changes in the page
    int applied = 0;      // changes that replaced a local value
    int newConflicts = 0; // conflict entries this device did not know yet
    int reference = 0;    // reference-data changes stored (the store's forms were reloaded)
    bool peopleChanged = false;
    std::int64_t cursor = 0;
};

// A change headquarters refused: kept and shown, never sent again.
struct Rejection
{
    std::int64_t seq = 0;
    QString recordId;
    QString form;
    QString field;
    QJsonValue value;
    QString hlc;
    QString reason;
    std::int64_t atMs = 0;
};

// A concurrent edit as logged on this device. Entries first learnt from a push answer have
// no sides yet; the pull page that holds their seq fills them in.
struct ConflictRecord
{
    QString id;
    std::int64_t seq = 0;
    QString recordId;
    QString form;
    QString field;
    protocol::ConflictSide winner;
    protocol::ConflictSide loser;
    bool resolved = false;        // headquarters saw a later change of the field
    bool resolvedLocally = false; // a person chose a value here

    bool complete() const { return !winner.hlc.isEmpty(); }
};

// What enrolment gave the device.
struct Enrolment
{
    QString serverUrl;
    QString deviceId;
    QString token;
    QStringList sites;
    QString role;
    // SHA-256 of the server's TLS certificate (DER), base64url without padding, from the
    // enrolment code; empty when the code carried none. Every later request refuses any
    // other certificate (SyncClient).
    QString tlsPin = {};
};

// The device's side of sync, stored in the local database (schema 3): the push batches, the
// answers to them, pulled pages with their cursor, rejections, conflicts and the sync state
// in `meta`. Each operation is one transaction: all of it is stored or none.
class SyncState
{
public:
    explicit SyncState(LocalStore& store);

    LocalStore& store() const { return m_store; }

    // Whether an enrolment is stored (locked or not: the credential is not opened).
    bool isEnrolled() const;
    QString serverUrl() const;
    // "<device id>.<token>", sent as the Bearer credential. It is stored sealed under the
    // data key (FieldSealer, record id "meta", field "sync_credential"), so it opens only
    // while a user is logged in: an error while the store is locked. The caller wipes the
    // bytes when it has used them.
    Result<QByteArray> credential() const;
    QStringList sites() const;
    QString role() const;
    QString tlsPin() const; // empty: no pinned certificate
    std::int64_t cursor() const;
    std::int64_t lastSuccessMs() const; // 0: never
    QString lastError() const;          // empty: the last sync went well

    // Stores the enrolment, its credential sealed; the device takes the id headquarters gave
    // it. The cursor starts again at 0 when the server is a different one. Refused while the
    // store is locked.
    Status saveEnrolment(const Enrolment& enrolment);
    Status setLastError(const QString& text);
    // A sync ran to the end: remember when, forget the last error.
    Status recordSuccess(std::int64_t atMs);

    // The batch to send: the unanswered one if there is one (same id, same members), else a
    // new one of up to `maxChanges` oldest outbox changes, stored before it is returned.
    // Nothing when the outbox is empty.
    Result<std::optional<PushBatch>> nextBatch(int maxChanges = 500);
    // Counts a send of the batch.
    Status noteAttempt(const QString& batchId);
    // The server refused the batch as too large: its changes go into two new batches; a
    // batch of one change is rejected with `reason` (it can never be sent). The result is
    // the number of changes rejected (0 or 1).
    Result<int> splitBatch(const PushBatch& batch, const QString& reason);
    // Headquarters holds another batch under this batch's id (409 batch_id_reused: e.g. this
    // device was restored from a backup): the same changes move to a new batch id, to be
    // sent again. The new id.
    Result<QString> renewBatch(const PushBatch& batch);
    // The answer to a batch, in one transaction: accepted and conflicting changes leave the
    // outbox, rejected ones move to the rejections, conflicts are logged.
    // `fromServer`: headquarters answered (and recorded the audit head sent with the batch);
    // false for results made here (a batch too large to ever send).
    Result<PushOutcome> recordPushAnswer(const PushBatch& batch, const QList<protocol::PushResult>& results,
                                         bool fromServer = true);
    // A pulled page and its cursor, in one transaction (docs/SYNC.md, "pull").
    Result<PullOutcome> applyPull(const protocol::PullResponse& page);

    Result<std::int64_t> pendingChanges() const;
    Result<QList<Rejection>> rejections(int limit = 1000) const;
    Result<std::int64_t> rejectionCount() const;
    // Conflicts with both sides known, not resolved here or at headquarters; newest first.
    Result<QList<ConflictRecord>> openConflicts(int limit = 1000) const;
    Result<std::int64_t> openConflictCount() const;
    Result<std::optional<ConflictRecord>> conflict(const QString& id) const;
    Status markResolvedLocally(const QString& id);

    // Meta keys (also read by tests).
    static constexpr const char16_t* kServerUrl = u"sync_server_url";
    static constexpr const char16_t* kCredential = u"sync_credential";
    static constexpr const char16_t* kSites = u"sync_sites";
    static constexpr const char16_t* kRole = u"sync_role";
    static constexpr const char16_t* kTlsPin = u"sync_tls_pin";
    static constexpr const char16_t* kCursor = u"sync_cursor";
    static constexpr const char16_t* kLastSuccess = u"sync_last_success_ms";
    static constexpr const char16_t* kLastError = u"sync_last_error";
    // The audit head ("<seq> <hash hex>") sent with the first attempt of the unanswered
    // batch "<batch id> <seq> <hash hex>", and the one sent with the last accepted push.
    static constexpr const char16_t* kAuditSending = u"sync_audit_sending";
    static constexpr const char16_t* kAuditSent = u"sync_audit_sent";
    // The pseudo record id the credential is sealed under.
    static constexpr const char16_t* kSealedMetaId = u"meta";

    // The audit head to send with a batch: the one stored for its first attempt when the
    // batch was sent before (a retry is the same request), else `current`, stored now.
    Result<protocol::AuditHead> auditHeadFor(const QString& batchId, const protocol::AuditHead& current);
    // The head sent with the last accepted push (seq 0: none yet).
    protocol::AuditHead auditHeadSent() const;

private:
    QString meta(const char16_t* key) const;
    Status setMeta(const char16_t* key, const QString& value);
    Error storeError(const QString& what) const;
    Result<PushBatch> loadBatch(const QString& batchId) const;

    LocalStore& m_store;
};

} // namespace prihvat
