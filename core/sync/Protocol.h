#pragma once

#include "common/Hlc.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

// The messages of docs/SYNC.md and the rule that decides concurrent edits, shared by the
// device (core/sync) and headquarters (core/hq) so that both decide the same way.
namespace prihvat::protocol {

constexpr int kMaxBatchChanges = 1000;
constexpr int kDefaultPullLimit = 500;
constexpr int kMaxPullLimit = 2000;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
constexpr std::int64_t kClockMarginMs = 5 * 60 * 1000;
// The `error` of a 401 answer to a device whose credential headquarters has revoked
// (any other 401 says "unauthorized").
constexpr const char* kRevokedError = "device_revoked";
// The error code of a push whose batch id names another batch of the device (409): the
// device sends the same changes again under a new batch id.
constexpr const char* kBatchIdReusedError = "batch_id_reused";

// A change as pushed by a device.
struct Change
{
    QString recordId;
    QString form;
    QString field;
    QJsonValue value; // Null for a cleared answer
    QString hlc;
    std::int64_t base = 0;
    // Set by PushRequest::fromJson when this member of a batch is malformed: the server
    // answers it "rejected" with this reason and goes on with the rest.
    QString fault;

    QJsonObject toJson() const;
    // Checks members and types (not the form): `fault` says what is wrong.
    static std::optional<Change> fromJson(const QJsonValue& json, QString* fault);
};

// The head of the device's own audit trail when it sent a push (core/store/AuditLog):
// headquarters records it in its audit trail, so a laptop trail rewritten later no longer
// matches what headquarters saw. seq 0: none sent.
struct AuditHead
{
    std::int64_t seq = 0;
    QString hash; // 64 lower-case hex digits
};

struct PushRequest
{
    QString batchId;
    QList<Change> changes;
    AuditHead auditHead = {}; // optional member "audit_head": {"seq": N, "hash": "<hex>"}
    // Optional member "audit_anchor" {"seq": N, "hash": "<hex>"}: the hash the device's
    // trail holds now at the seq of the audit head it sent with its last accepted push.
    // Headquarters compares it with the head it recorded then (docs/SYNC.md).
    AuditHead auditAnchor = {};
    // The device reads answers in compact form (compactResults()): runs of accepted changes
    // as one result with a count. Sent as "compact_results": true.
    bool compactResults = false;

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& json);
};

struct PushResult
{
    enum class Status { Accepted, Conflict, Rejected };
    Status status = Status::Accepted;
    std::int64_t seq = 0;
    QString conflictId;
    QString reason;
    // Accepted only: this result stands for `count` changes in a row, accepted with seqs
    // seq, seq + 1, … (the compact form of an answer; 1 otherwise).
    int count = 1;

    QJsonObject toJson() const;
    static std::optional<PushResult> fromJson(const QJsonObject& json);
};

// The results of a push answer with every run of changes accepted with consecutive seqs
// folded into one result with a count. A batch that was all accepted is answered in one
// line instead of one per change.
QJsonArray compactResults(const QJsonArray& results);
// One result per change again, from either form; nothing when a member is malformed.
std::optional<QList<PushResult>> expandResults(const QJsonArray& results);

// A change as the server hands it out.
struct PulledChange
{
    std::int64_t seq = 0;
    QString recordId;
    QString form;
    QString field;
    QJsonValue value;
    QString hlc;
    QString device;

    QJsonObject toJson() const;
    static std::optional<PulledChange> fromJson(const QJsonObject& json);
};

struct ConflictSide
{
    QJsonValue value;
    QString hlc;
    QString device;
};

struct ConflictEntry
{
    QString id;
    std::int64_t seq = 0;
    QString recordId;
    QString form;
    QString field;
    ConflictSide winner;
    ConflictSide loser;
    bool resolved = false;

    QJsonObject toJson() const;
    static std::optional<ConflictEntry> fromJson(const QJsonObject& json);
};

// A change of the reference data headquarters manages (sites, services, providers, items,
// retention periods): one entry of one set, set or removed. Not scoped: every device gets it.
struct ReferenceChange
{
    std::int64_t seq = 0;
    QString set;
    QString code;
    std::int64_t position = 0; // the entry's place in its set
    QJsonValue entry;          // the entry as an object; Null when it was removed

    QJsonObject toJson() const;
    static std::optional<ReferenceChange> fromJson(const QJsonObject& json);
};

struct PullResponse
{
    QList<PulledChange> changes;
    QList<ConflictEntry> conflicts;
    QList<ReferenceChange> reference;
    std::int64_t next = 0;
    bool more = false;

    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QJsonObject& json);
};

// Certificate pinning (docs/SYNC.md, "TLS and pinning"). A pin is the SHA-256 of the
// server certificate's DER bytes, base64url without padding (43 characters). An enrolment
// code may carry it after '@': "K7QZP-3MX9D-R2T8W-5NB4C@<pin>".
QString certificatePin(const QByteArray& sha256OfDer);
bool isCertificatePin(const QString& text);
struct EnrolmentCode
{
    QString code; // what is sent to headquarters
    QString pin;  // empty when the code carries none
};
// Splits a typed code; `ok` false when a part after '@' is there but is not a pin.
EnrolmentCode splitEnrolmentCode(const QString& typed, bool* ok);

// Error body of every 4xx/5xx answer.
QJsonObject errorBody(const QString& code, const QString& message);

// A stamp from a device, clamped so it is at most kClockMarginMs ahead of `serverNowMs`.
HlcStamp clampStamp(const HlcStamp& stamp, std::int64_t serverNowMs);

// How an incoming change meets the field's current value at the server.
struct Decision
{
    bool apply = false;    // the incoming value becomes the field's value
    bool conflict = false; // a concurrent edit: log both values
};
// `currentSeq`/`currentStamp`/`currentValue`: the field as stored (seq 0 when never set).
Decision decide(const HlcStamp& incoming, const QJsonValue& incomingValue, std::int64_t base,
                std::int64_t currentSeq, const std::optional<HlcStamp>& currentStamp, const QJsonValue& currentValue);

// gzip (RFC 1952) with zlib, for bodies on the wire.
QByteArray gzip(const QByteArray& data);
// Refuses input that is not gzip or that inflates past `limit` bytes.
std::optional<QByteArray> gunzip(const QByteArray& data, qint64 limit = kMaxBodyBytes);

} // namespace prihvat::protocol
