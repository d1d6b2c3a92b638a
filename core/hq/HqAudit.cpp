#include "HqAudit.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

// Separates this hash from any other use of BLAKE2b; a new encoding gets a new tag.
constexpr char kDomain[] = "prihvat-hq-audit-1";
constexpr int kHashBytes = 32;

class Hasher
{
public:
    Hasher()
    {
        static const bool ready = sodium_init() >= 0;
        Q_UNUSED(ready);
        crypto_generichash_init(&m_state, nullptr, 0, kHashBytes);
        bytes(kDomain, sizeof kDomain); // with its terminating zero
    }
    void integer(std::int64_t v)
    {
        std::array<unsigned char, 8> b;
        qToBigEndian(v, b.data());
        crypto_generichash_update(&m_state, b.data(), b.size());
    }
    // A present text: 0x01, its UTF-8 length (4 bytes, big-endian), its bytes. Null: 0x00.
    void text(const QString& s)
    {
        const unsigned char present = s.isNull() ? 0 : 1;
        crypto_generichash_update(&m_state, &present, 1);
        if (s.isNull())
            return;
        const QByteArray utf8 = s.toUtf8();
        std::array<unsigned char, 4> n;
        qToBigEndian(static_cast<quint32>(utf8.size()), n.data());
        crypto_generichash_update(&m_state, n.data(), n.size());
        bytes(utf8.constData(), utf8.size());
    }
    void raw(const QByteArray& b) { bytes(b.constData(), b.size()); }
    QString finish()
    {
        QByteArray out(kHashBytes, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                                 static_cast<std::size_t>(out.size()));
        return QString::fromLatin1(out.toHex());
    }

private:
    void bytes(const char* data, qsizetype n)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                                  static_cast<unsigned long long>(n));
    }
    crypto_generichash_state m_state;
};

QString optionalText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant bind(const QString& s)
{
    return s.isNull() ? HqDatabase::null() : QVariant(s);
}

} // namespace

QJsonObject HqAuditEntry::toJson() const
{
    return {{u"seq"_s, static_cast<double>(seq)},
            {u"at"_s, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"at_ms"_s, static_cast<double>(atMs)},
            {u"actor"_s, actor},
            {u"kind"_s, kind},
            {u"record_id"_s, recordId.isNull() ? QJsonValue() : QJsonValue(recordId)},
            {u"detail"_s, detail.isNull() ? QJsonValue() : QJsonValue(detail)},
            {u"hash"_s, hash}};
}

QString HqAudit::zeroHash()
{
    return QString(kHashBytes * 2, u'0');
}

QString HqAudit::computeHash(std::int64_t seq, std::int64_t atMs, const QString& actor, const QString& kind,
                             const QString& recordId, const QString& detail, const QString& prevHash)
{
    Hasher h;
    h.integer(seq);
    h.integer(atMs);
    h.text(actor);
    h.text(kind);
    h.text(recordId);
    h.text(detail);
    h.raw(QByteArray::fromHex(prevHash.toLatin1()));
    return h.finish();
}

QStringList HqAudit::schema(HqDatabase::Engine engine)
{
    QStringList s{
        u"CREATE TABLE audit(seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, actor TEXT NOT NULL, "
        "kind TEXT NOT NULL, record_id TEXT, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE TABLE audit_head(id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)"_s,
        u"INSERT INTO audit_head(id, seq, hash) VALUES(1, 0, '%1')"_s.arg(zeroHash()),
    };
    if (engine == HqDatabase::Engine::Sqlite) {
        s << u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
             "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END"_s
          << u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
             "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END"_s;
    } else {
        s << u"CREATE OR REPLACE FUNCTION prihvat_audit_frozen() RETURNS trigger LANGUAGE plpgsql AS "
             "$$ BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$"_s
          << u"CREATE TRIGGER audit_frozen BEFORE UPDATE OR DELETE ON audit "
             "FOR EACH ROW EXECUTE FUNCTION prihvat_audit_frozen()"_s;
    }
    return s;
}

Status HqAudit::appendInTransaction(const QList<Event>& events)
{
    if (events.isEmpty())
        return {};
    // The head row is locked before it is read: one chain, whatever process appends.
    if (auto lock = m_db.run(u"UPDATE audit_head SET seq = seq WHERE id = 1"_s); !lock)
        return lock.error();
    auto q = m_db.run(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::io(u"The audit head row is missing."_s);
    std::int64_t seq = q->value(0).toLongLong();
    QString prev = q->value(1).toString();
    q->finish();
    const std::int64_t now = m_clock.nowMs();
    bool ok = false;
    QSqlQuery insert =
        m_db.prepare(u"INSERT INTO audit(seq, at_ms, actor, kind, record_id, detail, prev_hash, hash) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     &ok);
    if (!ok)
        return Error::io(u"Cannot write the audit trail."_s);
    for (const Event& e : events) {
        ++seq;
        const QString hash = computeHash(seq, now, e.actor, e.kind, e.recordId, e.detail, prev);
        const QVariantList values{QVariant::fromValue<qlonglong>(seq),
                                  QVariant::fromValue<qlonglong>(now),
                                  e.actor,
                                  e.kind,
                                  bind(e.recordId),
                                  bind(e.detail),
                                  prev,
                                  hash};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return Error::io(u"Cannot write the audit trail."_s);
        prev = hash;
    }
    if (auto head = m_db.run(u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s,
                             {QVariant::fromValue<qlonglong>(seq), prev});
        !head)
        return head.error();
    return {};
}

Status HqAudit::append(const QList<Event>& events)
{
    if (Status s = m_db.begin(); !s)
        return s;
    if (Status s = appendInTransaction(events); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Result<QList<HqAuditEntry>> HqAudit::entries(int limit) const
{
    auto q = m_db.run(u"SELECT seq, at_ms, actor, kind, record_id, detail, prev_hash, hash FROM audit "
                      "ORDER BY seq DESC LIMIT ?"_s,
                      {std::max(1, limit)});
    if (!q)
        return q.error();
    QList<HqAuditEntry> out;
    while (q->next()) {
        HqAuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.atMs = q->value(1).toLongLong();
        e.actor = q->value(2).toString();
        e.kind = q->value(3).toString();
        e.recordId = optionalText(q->value(4));
        e.detail = optionalText(q->value(5));
        e.prevHash = q->value(6).toString();
        e.hash = q->value(7).toString();
        out.append(e);
    }
    return out;
}

Result<std::optional<HqAudit::Event>> HqAudit::checkDeviceHead(const QString& deviceId, std::int64_t headSeq,
                                                               std::int64_t anchorSeq,
                                                               const QString& anchorHash) const
{
    const QString actor = deviceActor(deviceId);
    auto q = m_db.run(u"SELECT detail FROM audit WHERE actor = ? AND kind = ? ORDER BY seq DESC LIMIT 1"_s,
                      {actor, QString::fromUtf16(kPush)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Event>();
    const QJsonObject last = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    const QJsonObject recorded = last.value(u"device_audit"_s).toObject();
    // A device that sent an anchor before keeps sending one; one that never did (its first
    // push, or a version from before anchors) is not held to it.
    const bool anchors = last.contains(u"device_anchor"_s);
    q->finish();
    const std::int64_t seq = static_cast<std::int64_t>(recorded.value(u"seq"_s).toDouble());
    const QString hash = recorded.value(u"hash"_s).toString();
    if (seq <= 0)
        return std::optional<Event>();
    QString problem;
    if (anchorSeq <= 0 && anchors)
        problem = u"anchor_missing"_s;
    else if (anchorSeq <= 0)
        problem = headSeq < seq ? u"backwards"_s : QString();
    else if (anchorSeq != seq)
        problem = u"anchor_elsewhere"_s;
    else if (anchorHash != hash)
        problem = u"rewritten"_s;
    else if (headSeq < seq)
        problem = u"backwards"_s;
    if (problem.isEmpty())
        return std::optional<Event>();
    const QJsonObject detail{{u"problem"_s, problem},
                             {u"seq"_s, static_cast<double>(seq)},
                             {u"recorded"_s, hash},
                             {u"reported"_s, anchorSeq > 0 ? QJsonValue(anchorHash) : QJsonValue()},
                             {u"anchor_seq"_s, static_cast<double>(anchorSeq)},
                             {u"head_seq"_s, static_cast<double>(headSeq)}};
    return std::optional<Event>(
        Event{actor, QString::fromUtf16(kDeviceAuditDivergence), QString(),
              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

Result<QList<HqAuditEntry>> HqAudit::divergences() const
{
    auto q = m_db.run(u"SELECT seq, at_ms, actor, kind, record_id, detail, prev_hash, hash FROM audit "
                      "WHERE kind = ? ORDER BY seq"_s,
                      {QString::fromUtf16(kDeviceAuditDivergence)});
    if (!q)
        return q.error();
    QList<HqAuditEntry> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                    q->value(3).toString(), optionalText(q->value(4)), optionalText(q->value(5)),
                    q->value(6).toString(), q->value(7).toString()});
    return out;
}

Result<std::optional<HqAuditFault>> HqAudit::verify(std::int64_t* count) const
{
    auto q = m_db.run(u"SELECT seq, at_ms, actor, kind, record_id, detail, prev_hash, hash FROM audit "
                      "ORDER BY seq"_s);
    if (!q)
        return q.error();
    std::int64_t expected = 1;
    QString previous = zeroHash();
    std::int64_t read = 0;
    std::optional<HqAuditFault> fault;
    while (q->next()) {
        ++read;
        if (fault)
            continue;
        const std::int64_t seq = q->value(0).toLongLong();
        const QString prevHash = q->value(6).toString();
        const QString hash = q->value(7).toString();
        if (seq != expected) {
            fault = HqAuditFault{expected, u"Audit entry %1 is missing: it was deleted."_s.arg(expected)};
            continue;
        }
        if (prevHash != previous) {
            fault = HqAuditFault{seq, u"Audit entry %1 does not follow the entry before it."_s.arg(seq)};
            continue;
        }
        const QString computed =
            computeHash(seq, q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                        optionalText(q->value(4)), optionalText(q->value(5)), prevHash);
        if (computed != hash) {
            fault = HqAuditFault{
                seq, u"Audit entry %1 was changed: its contents do not match its hash."_s.arg(seq)};
            continue;
        }
        previous = hash;
        ++expected;
    }
    q->finish();
    if (count)
        *count = read;
    if (fault)
        return fault;
    auto head = m_db.run(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    if (!head->next())
        return std::optional<HqAuditFault>(HqAuditFault{expected, u"The audit head is missing."_s});
    const std::int64_t headSeq = head->value(0).toLongLong();
    const QString headHash = head->value(1).toString();
    if (headSeq != expected - 1 || headHash != previous)
        return std::optional<HqAuditFault>(HqAuditFault{
            expected,
            headSeq > expected - 1
                ? u"Audit entry %1 is missing: entries up to %2 were written, the last ones were deleted."_s
                      .arg(expected)
                      .arg(headSeq)
                : u"The audit head does not match the last entry %1."_s.arg(expected - 1)});
    return std::optional<HqAuditFault>();
}

} // namespace prihvat::hq
