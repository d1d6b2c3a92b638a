#include "Protocol.h"

#include "common/Uuid7.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace prihvat::protocol {

namespace {

bool isInteger(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9.007199254740991e15 &&
           v.toDouble() == static_cast<double>(static_cast<std::int64_t>(v.toDouble()));
}

bool validName(const QString& s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (QChar c : s)
        if (!(c.isLower() || c.isDigit() || c == u'_') || c.unicode() > 127)
            return false;
    return true;
}

} // namespace

QJsonObject Change::toJson() const
{
    return {{u"record_id"_s, recordId}, {u"form"_s, form}, {u"field"_s, field},
            {u"value"_s, value.isUndefined() ? QJsonValue() : value}, {u"hlc"_s, hlc},
            {u"base"_s, static_cast<double>(base)}};
}

std::optional<Change> Change::fromJson(const QJsonValue& json, QString* fault)
{
    if (!json.isObject()) {
        *fault = u"a change must be an object"_s;
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    Change c;
    c.recordId = o.value(u"record_id"_s).toString();
    c.form = o.value(u"form"_s).toString();
    c.field = o.value(u"field"_s).toString();
    c.value = o.value(u"value"_s);
    c.hlc = o.value(u"hlc"_s).toString();
    if (!Uuid7::isValid(c.recordId))
        *fault = u"record_id must be a lower-case UUID"_s;
    else if (!validName(c.form))
        *fault = u"form must be a name of a-z, 0-9 and _"_s;
    else if (!(validName(c.field) || c.field == u"_deleted"_s))
        *fault = u"field must be a name of a-z, 0-9 and _"_s;
    else if (c.value.isUndefined())
        *fault = u"value is missing (use null to clear)"_s;
    else if (!HlcStamp::fromString(c.hlc))
        *fault = u"hlc is not a stamp"_s;
    else if (!isInteger(o.value(u"base"_s)))
        *fault = u"base must be a whole number ≥ 0"_s;
    else {
        c.base = static_cast<std::int64_t>(o.value(u"base"_s).toDouble());
        return c;
    }
    return std::nullopt;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray a;
    for (const Change& c : changes)
        a.append(c.toJson());
    QJsonObject o{{u"batch_id"_s, batchId}, {u"changes"_s, a}};
    if (auditHead.seq > 0)
        o.insert(u"audit_head"_s,
                 QJsonObject{{u"seq"_s, static_cast<double>(auditHead.seq)}, {u"hash"_s, auditHead.hash}});
    if (auditAnchor.seq > 0)
        o.insert(u"audit_anchor"_s, QJsonObject{{u"seq"_s, static_cast<double>(auditAnchor.seq)},
                                                {u"hash"_s, auditAnchor.hash}});
    if (compactResults)
        o.insert(u"compact_results"_s, true);
    return o;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& json)
{
    PushRequest r;
    r.batchId = json.value(u"batch_id"_s).toString();
    r.compactResults = json.value(u"compact_results"_s).toBool();
    if (!Uuid7::isValid(r.batchId))
        return Error::invalid(u"batch_id must be a lower-case UUID"_s);
    const QJsonValue changes = json.value(u"changes"_s);
    if (!changes.isArray())
        return Error::invalid(u"changes must be a list"_s);
    for (const auto& [member, target] :
         {std::pair{u"audit_head"_s, &r.auditHead}, std::pair{u"audit_anchor"_s, &r.auditAnchor}}) {
        const QJsonValue head = json.value(member);
        if (head.isUndefined() || head.isNull())
            continue;
        const QJsonObject h = head.toObject();
        const double seq = h.value(u"seq"_s).toDouble(-1);
        const QString hash = h.value(u"hash"_s).toString();
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        if (!head.isObject() || seq < 1 || seq > 9e15 || seq != std::floor(seq) ||
            !hex.match(hash).hasMatch())
            return Error::invalid(
                u"%1 must be {\"seq\": a whole number ≥ 1, \"hash\": 64 hex digits}"_s.arg(member));
        *target = {static_cast<std::int64_t>(seq), hash};
    }
    const QJsonArray a = changes.toArray();
    if (a.size() > kMaxBatchChanges)
        return Error::invalid(u"a batch holds at most %1 changes"_s.arg(kMaxBatchChanges));
    // Malformed members are answered per change (rejected), so one bad change does not
    // hold back the rest; only the envelope is checked here.
    for (const QJsonValue& v : a) {
        QString fault;
        auto c = Change::fromJson(v, &fault);
        Change change = c ? *c : Change{};
        change.fault = c ? QString() : fault;
        r.changes.append(std::move(change));
    }
    return r;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o;
    switch (status) {
    case Status::Accepted:
        o.insert(u"status"_s, u"accepted"_s);
        o.insert(u"seq"_s, static_cast<double>(seq));
        if (count > 1)
            o.insert(u"count"_s, count);
        break;
    case Status::Conflict:
        o.insert(u"status"_s, u"conflict"_s);
        o.insert(u"seq"_s, static_cast<double>(seq));
        o.insert(u"conflict_id"_s, conflictId);
        break;
    case Status::Rejected:
        o.insert(u"status"_s, u"rejected"_s);
        o.insert(u"reason"_s, reason);
        break;
    }
    return o;
}

std::optional<PushResult> PushResult::fromJson(const QJsonObject& json)
{
    PushResult r;
    const QString status = json.value(u"status"_s).toString();
    if (status == u"accepted"_s)
        r.status = Status::Accepted;
    else if (status == u"conflict"_s)
        r.status = Status::Conflict;
    else if (status == u"rejected"_s)
        r.status = Status::Rejected;
    else
        return std::nullopt;
    // A seq that is no whole number (1e300 would not even fit the integer) makes the answer
    // unreadable; a rejected change has none.
    const QJsonValue seq = json.value(u"seq"_s);
    if (r.status != Status::Rejected && !isInteger(seq))
        return std::nullopt;
    r.seq = isInteger(seq) ? static_cast<std::int64_t>(seq.toDouble()) : 0;
    r.conflictId = json.value(u"conflict_id"_s).toString();
    r.reason = json.value(u"reason"_s).toString();
    if (json.contains(u"count"_s)) {
        const QJsonValue count = json.value(u"count"_s);
        if (r.status != Status::Accepted || !isInteger(count) || count.toDouble() < 1 ||
            count.toDouble() > kMaxBatchChanges)
            return std::nullopt;
        r.count = count.toInt();
    }
    return r;
}

QJsonArray compactResults(const QJsonArray& results)
{
    QJsonArray out;
    QJsonObject run; // the accepted run being extended
    std::int64_t runSeq = 0;
    int runCount = 0;
    const auto flush = [&] {
        if (runCount == 0)
            return;
        if (runCount > 1)
            run.insert(u"count"_s, runCount);
        out.append(run);
        runCount = 0;
    };
    for (const QJsonValue& v : results) {
        const QJsonObject o = v.toObject();
        const bool accepted = o.value(u"status"_s).toString() == u"accepted"_s && !o.contains(u"count"_s);
        const auto seq = static_cast<std::int64_t>(o.value(u"seq"_s).toDouble());
        if (accepted && runCount > 0 && seq == runSeq + runCount) {
            ++runCount;
            continue;
        }
        flush();
        if (accepted) {
            run = o;
            runSeq = seq;
            runCount = 1;
        } else {
            out.append(o);
        }
    }
    flush();
    return out;
}

std::optional<QList<PushResult>> expandResults(const QJsonArray& results)
{
    QList<PushResult> out;
    for (const QJsonValue& v : results) {
        auto r = PushResult::fromJson(v.toObject());
        if (!r || out.size() + r->count > kMaxBatchChanges)
            return std::nullopt;
        const int count = r->count;
        r->count = 1;
        for (int i = 0; i < count; ++i) {
            out.append(*r);
            ++r->seq;
        }
    }
    return out;
}

QJsonObject PulledChange::toJson() const
{
    return {{u"seq"_s, static_cast<double>(seq)}, {u"record_id"_s, recordId}, {u"form"_s, form},
            {u"field"_s, field}, {u"value"_s, value.isUndefined() ? QJsonValue() : value},
            {u"hlc"_s, hlc}, {u"device"_s, device}};
}

std::optional<PulledChange> PulledChange::fromJson(const QJsonObject& o)
{
    PulledChange c;
    if (!isInteger(o.value(u"seq"_s)))
        return std::nullopt;
    c.seq = static_cast<std::int64_t>(o.value(u"seq"_s).toDouble());
    c.recordId = o.value(u"record_id"_s).toString();
    c.form = o.value(u"form"_s).toString();
    c.field = o.value(u"field"_s).toString();
    c.value = o.value(u"value"_s);
    c.hlc = o.value(u"hlc"_s).toString();
    c.device = o.value(u"device"_s).toString();
    if (!Uuid7::isValid(c.recordId) || c.form.isEmpty() || c.field.isEmpty() || !HlcStamp::fromString(c.hlc))
        return std::nullopt;
    return c;
}

namespace {
QJsonObject sideJson(const ConflictSide& s)
{
    return {{u"value"_s, s.value.isUndefined() ? QJsonValue() : s.value}, {u"hlc"_s, s.hlc}, {u"device"_s, s.device}};
}
ConflictSide sideFrom(const QJsonObject& o)
{
    return {o.value(u"value"_s), o.value(u"hlc"_s).toString(), o.value(u"device"_s).toString()};
}
} // namespace

QJsonObject ConflictEntry::toJson() const
{
    return {{u"id"_s, id},          {u"seq"_s, static_cast<double>(seq)}, {u"record_id"_s, recordId},
            {u"form"_s, form},      {u"field"_s, field},                  {u"winner"_s, sideJson(winner)},
            {u"loser"_s, sideJson(loser)}, {u"resolved"_s, resolved}};
}

std::optional<ConflictEntry> ConflictEntry::fromJson(const QJsonObject& o)
{
    ConflictEntry e;
    if (!isInteger(o.value(u"seq"_s)))
        return std::nullopt;
    e.id = o.value(u"id"_s).toString();
    e.seq = static_cast<std::int64_t>(o.value(u"seq"_s).toDouble());
    e.recordId = o.value(u"record_id"_s).toString();
    e.form = o.value(u"form"_s).toString();
    e.field = o.value(u"field"_s).toString();
    e.winner = sideFrom(o.value(u"winner"_s).toObject());
    e.loser = sideFrom(o.value(u"loser"_s).toObject());
    e.resolved = o.value(u"resolved"_s).toBool();
    if (e.id.isEmpty() || !Uuid7::isValid(e.recordId) || e.field.isEmpty())
        return std::nullopt;
    return e;
}

QJsonObject ReferenceChange::toJson() const
{
    return {{u"seq"_s, static_cast<double>(seq)}, {u"set"_s, set}, {u"code"_s, code},
            {u"position"_s, static_cast<double>(position)}, {u"entry"_s, entry.isObject() ? entry : QJsonValue()}};
}

std::optional<ReferenceChange> ReferenceChange::fromJson(const QJsonObject& o)
{
    ReferenceChange r;
    if (!isInteger(o.value(u"seq"_s)) || !isInteger(o.value(u"position"_s)))
        return std::nullopt;
    r.seq = static_cast<std::int64_t>(o.value(u"seq"_s).toDouble());
    r.position = static_cast<std::int64_t>(o.value(u"position"_s).toDouble());
    r.set = o.value(u"set"_s).toString();
    r.code = o.value(u"code"_s).toString();
    r.entry = o.value(u"entry"_s);
    if (r.set.isEmpty() || r.code.isEmpty() || !(r.entry.isObject() || r.entry.isNull()))
        return std::nullopt;
    return r;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray c;
    for (const PulledChange& ch : changes)
        c.append(ch.toJson());
    QJsonArray k;
    for (const ConflictEntry& e : conflicts)
        k.append(e.toJson());
    QJsonObject o{{u"changes"_s, c}, {u"conflicts"_s, k}, {u"next"_s, static_cast<double>(next)}, {u"more"_s, more}};
    if (!reference.isEmpty()) {
        QJsonArray refs;
        for (const ReferenceChange& r : reference)
            refs.append(r.toJson());
        o.insert(u"reference"_s, refs);
    }
    return o;
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject& json)
{
    PullResponse r;
    if (!json.value(u"changes"_s).isArray() || !isInteger(json.value(u"next"_s)))
        return Error::invalid(u"a pull answer needs changes and next"_s);
    for (const QJsonValue& v : json.value(u"changes"_s).toArray()) {
        auto c = PulledChange::fromJson(v.toObject());
        if (!c)
            return Error::invalid(u"a pulled change is malformed"_s);
        r.changes.append(*c);
    }
    for (const QJsonValue& v : json.value(u"conflicts"_s).toArray()) {
        auto e = ConflictEntry::fromJson(v.toObject());
        if (!e)
            return Error::invalid(u"a conflict entry is malformed"_s);
        r.conflicts.append(*e);
    }
    for (const QJsonValue& v : json.value(u"reference"_s).toArray()) {
        auto e = ReferenceChange::fromJson(v.toObject());
        if (!e)
            return Error::invalid(u"a reference change is malformed"_s);
        r.reference.append(*e);
    }
    r.next = static_cast<std::int64_t>(json.value(u"next"_s).toDouble());
    r.more = json.value(u"more"_s).toBool();
    return r;
}

QString certificatePin(const QByteArray& sha256OfDer)
{
    return QString::fromLatin1(
        sha256OfDer.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isCertificatePin(const QString& text)
{
    if (text.size() != 43)
        return false;
    const QByteArray raw = QByteArray::fromBase64(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return raw.size() == 32 && certificatePin(raw) == text;
}

EnrolmentCode splitEnrolmentCode(const QString& typed, bool* ok)
{
    const QString text = typed.trimmed();
    const qsizetype at = text.indexOf(u'@');
    *ok = true;
    if (at < 0)
        return {text, QString()};
    const QString pin = text.mid(at + 1).trimmed();
    *ok = isCertificatePin(pin);
    return {text.left(at).trimmed(), *ok ? pin : QString()};
}

QJsonObject errorBody(const QString& code, const QString& message)
{
    return {{u"error"_s, code}, {u"message"_s, message}};
}

HlcStamp clampStamp(const HlcStamp& stamp, std::int64_t serverNowMs)
{
    if (stamp.wallMs <= serverNowMs + kClockMarginMs)
        return stamp;
    return {serverNowMs, 0, stamp.device};
}

Decision decide(const HlcStamp& incoming, const QJsonValue& incomingValue, std::int64_t base, std::int64_t currentSeq,
                const std::optional<HlcStamp>& currentStamp, const QJsonValue& currentValue)
{
    Decision d;
    if (!currentStamp) {
        d.apply = true;
        return d;
    }
    d.apply = *currentStamp < incoming;
    // Concurrent: the device did not know the value it would overwrite (the field changed at
    // the server after its base), another device made that value, and the values differ.
    const bool unseen = currentSeq > base;
    const bool otherDevice = currentStamp->device != incoming.device;
    const QJsonValue a = incomingValue.isUndefined() ? QJsonValue() : incomingValue;
    const QJsonValue b = currentValue.isUndefined() ? QJsonValue() : currentValue;
    d.conflict = unseen && otherDevice && a != b;
    return d;
}

QByteArray gzip(const QByteArray& data)
{
    z_stream s{};
    if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&s, static_cast<uLong>(data.size())) + 32));
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&s, Z_FINISH);
    out.resize(static_cast<qsizetype>(s.total_out));
    deflateEnd(&s);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gunzip(const QByteArray& data, qint64 limit)
{
    if (data.size() < 18 || static_cast<unsigned char>(data[0]) != 0x1f || static_cast<unsigned char>(data[1]) != 0x8b)
        return std::nullopt;
    z_stream s{};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return std::nullopt;
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        s.next_out = reinterpret_cast<Bytef*>(buffer);
        s.avail_out = sizeof buffer;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - s.avail_out));
        if (out.size() > limit) {
            inflateEnd(&s);
            return std::nullopt;
        }
        if (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0)
            break; // truncated input
    }
    inflateEnd(&s);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace prihvat::protocol
