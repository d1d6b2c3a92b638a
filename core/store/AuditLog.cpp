#include "AuditLog.h"

#include "LocalStore.h"
#include "SqliteDb.h"
#include "common/Log.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

struct KindName
{
    AuditKind kind;
    const char16_t* name;
};

constexpr KindName kKindNames[] = {
    {AuditKind::Init, u"init"},
    {AuditKind::Create, u"create"},
    {AuditKind::Update, u"update"},
    {AuditKind::Delete, u"delete"},
    {AuditKind::ViewProtection, u"view_protection"},
    {AuditKind::Export, u"export"},
    {AuditKind::Sync, u"sync"},
    {AuditKind::Purge, u"purge"},
    {AuditKind::Seed, u"seed"},
    {AuditKind::Login, u"login"},
    {AuditKind::LoginFailed, u"login_failed"},
    {AuditKind::Lock, u"lock"},
    {AuditKind::RoleChange, u"role_change"},
    {AuditKind::Lockout, u"lockout"},
    {AuditKind::UserAdd, u"user_add"},
    {AuditKind::UserRemove, u"user_remove"},
    {AuditKind::UserUnlock, u"user_unlock"},
    {AuditKind::PasswordChange, u"password_change"},
    {AuditKind::CryptoErase, u"crypto_erase"},
    {AuditKind::TrailUnsealed, u"trail_unsealed"},
};

// Separates this hash from any other use of BLAKE2b; a new encoding gets a new tag.
constexpr char kDomain[] = "prihvat-audit-1";

const QByteArray& zeroHash()
{
    static const QByteArray zeros(AuditLog::kHashBytes, '\0');
    return zeros;
}

class Hasher
{
public:
    Hasher()
    {
        static const bool ready = sodium_init() >= 0;
        Q_UNUSED(ready);
        crypto_generichash_init(&m_state, nullptr, 0, AuditLog::kHashBytes);
        bytes(kDomain, sizeof kDomain); // with its terminating zero
    }

    void integer(std::int64_t v)
    {
        std::array<unsigned char, 8> b;
        qToBigEndian(v, b.data());
        crypto_generichash_update(&m_state, b.data(), b.size());
    }
    void length(qsizetype n)
    {
        std::array<unsigned char, 4> b;
        qToBigEndian(static_cast<quint32>(n), b.data());
        crypto_generichash_update(&m_state, b.data(), b.size());
    }
    // A present value: 0x01, its length (4 bytes, big-endian), its bytes. Absent: 0x00.
    void field(const std::optional<QByteArray>& v)
    {
        const unsigned char present = v ? 1 : 0;
        crypto_generichash_update(&m_state, &present, 1);
        if (v) {
            length(v->size());
            bytes(v->constData(), v->size());
        }
    }
    QByteArray finish()
    {
        QByteArray out(AuditLog::kHashBytes, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                                 static_cast<std::size_t>(out.size()));
        return out;
    }

private:
    void bytes(const char* data, qsizetype n)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                                  static_cast<unsigned long long>(n));
    }
    crypto_generichash_state m_state;
};

std::optional<QByteArray> utf8(const QString& s)
{
    return s.isNull() ? std::nullopt : std::optional<QByteArray>(s.toUtf8());
}

// A text column's stored bytes (UTF-8), or nothing when NULL.
std::optional<QByteArray> storedText(const SqliteStatement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<QByteArray>(s.blob(column));
}

QString optionalText(const SqliteStatement& s, int column)
{
    return s.isNull(column) ? QString() : s.text(column);
}

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

struct Head
{
    std::int64_t seq = 0;
    QByteArray hash;
};

// The head recorded in `meta`: "<seq> <hash hex>"; nothing when absent or malformed.
std::optional<Head> parseHead(const QString& text)
{
    const QStringList parts = text.split(u' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const std::int64_t seq = parts.at(0).toLongLong(&ok);
    const QByteArray hash = QByteArray::fromHex(parts.at(1).toLatin1());
    if (!ok || seq < 1 || hash.size() != AuditLog::kHashBytes)
        return std::nullopt;
    return Head{seq, hash};
}

// The keyed head in `meta`: "<seq> <hash hex> <mac hex> <data key generation>" (a head
// written before data keys had generations has no fourth part: generation 1); nothing
// when malformed.
struct KeyedHead
{
    std::int64_t seq = 0;
    QByteArray hash;
    QByteArray mac;
    int generation = 1;
};

std::optional<KeyedHead> parseKeyedHead(const QString& text)
{
    const QStringList parts = text.split(u' ');
    if (parts.size() != 3 && parts.size() != 4)
        return std::nullopt;
    const std::optional<Head> head = parseHead(parts.at(0) + u' ' + parts.at(1));
    const QByteArray mac = QByteArray::fromHex(parts.at(2).toLatin1());
    bool ok = true;
    const int generation = parts.size() == 4 ? parts.at(3).toInt(&ok) : 1;
    if (!head || mac.size() != AuditLog::kHashBytes || !ok || generation < 1)
        return std::nullopt;
    return KeyedHead{head->seq, head->hash, mac, generation};
}

// Purpose of the MAC key derived from the data key; a new encoding gets a new one.
const QByteArray kMacPurpose = QByteArrayLiteral("prihvat-audit-mac-1");

} // namespace

QString auditKindName(AuditKind kind)
{
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    return {};
}

std::optional<AuditKind> auditKindFromName(QStringView name)
{
    for (const KindName& k : kKindNames)
        if (name == QStringView(k.name))
            return k.kind;
    return std::nullopt;
}

QJsonObject AuditEntry::toJson() const
{
    const auto optional = [](const QString& s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {u"seq"_s, static_cast<double>(seq)},
        {u"at"_s, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"at_ms"_s, static_cast<double>(atMs)},
        {u"actor"_s, actor},
        {u"kind"_s, kind},
        {u"record_id"_s, optional(recordId)},
        {u"form"_s, optional(form)},
        {u"detail"_s, optional(detail)},
        {u"hash"_s, hex(hash)},
    };
}

AuditLog::AuditLog(const LocalStore& store) : m_store(store) {}

bool AuditLog::needsSession(QStringView kind)
{
    static constexpr AuditKind kinds[] = {
        AuditKind::Create,         AuditKind::Update, AuditKind::Delete, AuditKind::Export,
        AuditKind::ViewProtection, AuditKind::Sync,   AuditKind::Purge,  AuditKind::Seed};
    const std::optional<AuditKind> k = auditKindFromName(kind);
    return k && std::find(std::begin(kinds), std::end(kinds), *k) != std::end(kinds);
}

Result<QByteArray> AuditLog::headMac(const FieldSealer& sealer, std::int64_t seq, const QByteArray& hash,
                                     int generation)
{
    QByteArray message(8, '\0');
    qToBigEndian(seq, message.data());
    message.append(hash);
    return generation > 0 ? sealer.macWith(generation, kMacPurpose, message)
                          : sealer.mac(kMacPurpose, message);
}

Status AuditLog::writeMac(const FieldSealer& sealer, std::int64_t seq, const QByteArray& hash)
{
    const QString what = QCoreApplication::translate("Store", "Writing the audit trail");
    auto mac = headMac(sealer, seq, hash);
    if (!mac)
        return mac.error();
    SqliteStatement* s = m_store.db().cached("INSERT INTO meta(key, value) VALUES('audit_mac', ?1) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!s)
        return m_store.storeError(what);
    s->bind(1, QString::number(seq) + u' ' + hex(hash) + u' ' + hex(*mac) + u' ' +
                   QString::number(sealer.dataGeneration()));
    if (!s->run())
        return m_store.storeError(what);
    return {};
}

bool AuditLog::chainHolds(std::int64_t fromSeq, const QByteArray& fromHash, bool sessionKinds,
                          std::pair<std::int64_t, QByteArray>* last) const
{
    SqliteDb& db = m_store.db();
    auto rows = db.prepare(u"SELECT seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash "
                           "FROM audit WHERE seq >= ?1 ORDER BY seq"_s);
    if (!rows)
        return false;
    rows->bind(1, fromSeq);
    std::int64_t expected = fromSeq + 1;
    QByteArray previous = fromSeq == 0 ? zeroHash() : fromHash;
    bool anchored = fromSeq == 0;
    while (rows->next()) {
        const std::int64_t seq = rows->integer(0);
        const QByteArray hash = rows->blob(8);
        if (seq == fromSeq) {
            anchored = hash == fromHash;
            continue;
        }
        const QByteArray computed =
            computeHash(seq, rows->integer(1), rows->blob(2), rows->blob(3), storedText(*rows, 4),
                        storedText(*rows, 5), storedText(*rows, 6), rows->blob(7));
        if (!anchored || seq != expected || rows->blob(7) != previous || computed != hash ||
            (!sessionKinds && needsSession(QString::fromUtf8(rows->blob(3)))))
            return false;
        previous = hash;
        ++expected;
    }
    if (!rows->ok() || !anchored)
        return false;
    auto headText = db.scalar(u"SELECT value FROM meta WHERE key = 'audit_head'"_s);
    if (!headText)
        return false;
    const std::optional<Head> head = headText->isNull() ? std::nullopt : parseHead(headText->toString());
    const std::int64_t lastSeq = expected - 1;
    if (lastSeq > 0 && (!head || head->seq != lastSeq || head->hash != previous))
        return false;
    *last = {lastSeq, previous};
    return true;
}

bool AuditLog::holdsSessionEntries() const
{
    auto rows = m_store.db().prepare(u"SELECT DISTINCT kind FROM audit"_s);
    if (!rows)
        return false;
    while (rows->next())
        if (needsSession(QString::fromUtf8(rows->blob(0))))
            return true;
    return false;
}

Status AuditLog::confirm(const FieldSealer& sealer)
{
    m_confirmed = false;
    auto macText = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s);
    if (!macText)
        return {};
    std::pair<std::int64_t, QByteArray> last;
    if (!macText->isNull()) {
        const std::optional<KeyedHead> keyed = parseKeyedHead(macText->toString());
        auto mac = keyed ? headMac(sealer, keyed->seq, keyed->hash, keyed->generation)
                         : Result<QByteArray>(QByteArray());
        if (!keyed || !mac || *mac != keyed->mac) {
            qCWarning(lcStore)
                << "the audit trail's keyed head does not hold; nothing is keyed in this session";
            return {};
        }
        if (!chainHolds(keyed->seq, keyed->hash, false, &last)) {
            qCWarning(lcStore) << "the audit trail after its keyed head does not hold; nothing is keyed";
            return {};
        }
    } else if (!chainHolds(0, QByteArray(), true, &last)) {
        qCWarning(lcStore) << "the audit trail does not hold; it is not keyed";
        return {};
    }
    // (A head keyed under an older data key generation is keyed again under the current one
    // here, while the ring still holds the older key.)
    if (last.first > 0)
        if (Status s = writeMac(sealer, last.first, last.second); !s)
            return s;
    m_confirmed = true;
    // No seal at all, although the trail holds entries that only a logged-in session writes:
    // a folder from a version without the seal, or a trail whose seal was removed (and
    // perhaps rewritten) by someone with the files. Which cannot be told, so it is said,
    // for good, in the trail itself: entries up to `last` were sealed without a seal before.
    if (macText->isNull() && last.first > 0 && holdsSessionEntries())
        if (Status s =
                append(AuditKind::TrailUnsealed, QString(), QString(), u"entries=1-%1"_s.arg(last.first));
            !s)
            return s;
    return {};
}

Status AuditLog::rekey(const FieldSealer& from, const FieldSealer& to)
{
    auto macText = m_store.db().scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s);
    if (!macText)
        return macText.error();
    const std::optional<KeyedHead> keyed =
        macText->isNull() ? std::nullopt : parseKeyedHead(macText->toString());
    auto mac =
        keyed ? headMac(from, keyed->seq, keyed->hash, keyed->generation) : Result<QByteArray>(QByteArray());
    if (!keyed || !mac || *mac != keyed->mac)
        return Error::conflict(QCoreApplication::translate(
            "Store", "The audit trail's seal does not hold under the current key, so it is not sealed again "
                     "with the new one."));
    return writeMac(to, keyed->seq, keyed->hash);
}

QString AuditLog::systemUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return u"unknown"_s;
}

QString AuditLog::actorFor(const QString& user, const QString& deviceId)
{
    return (user.isEmpty() ? systemUser() : user) + u'@' + deviceId;
}

QByteArray AuditLog::computeHash(std::int64_t seq, std::int64_t atMs, const QByteArray& actor,
                                 const QByteArray& kind, const std::optional<QByteArray>& recordId,
                                 const std::optional<QByteArray>& form,
                                 const std::optional<QByteArray>& detail, const QByteArray& prevHash)
{
    Hasher h;
    h.integer(seq);
    h.integer(atMs);
    h.field(actor);
    h.field(kind);
    h.field(recordId);
    h.field(form);
    h.field(detail);
    h.field(prevHash);
    return h.finish();
}

QByteArray AuditLog::computeHash(const AuditEntry& e)
{
    return computeHash(e.seq, e.atMs, e.actor.toUtf8(), e.kind.toUtf8(), utf8(e.recordId), utf8(e.form),
                       utf8(e.detail), e.prevHash);
}

Status AuditLog::append(AuditKind kind, const QString& recordId, const QString& form, const QString& detail)
{
    return write(actorFor(m_store.actor(), m_store.deviceId()), kind, recordId, form, detail);
}

Status AuditLog::appendAs(const QString& user, AuditKind kind, const QString& recordId, const QString& form,
                          const QString& detail)
{
    return write(actorFor(user.isEmpty() ? m_store.actor() : user, m_store.deviceId()), kind, recordId, form,
                 detail);
}

Status AuditLog::viewedProtection(const QString& recordId, const QString& form, int fields)
{
    return append(AuditKind::ViewProtection, recordId, form, u"fields=%1"_s.arg(fields));
}

Status AuditLog::write(const QString& actor, AuditKind kind, const QString& recordId, const QString& form,
                       const QString& detail)
{
    const QString what = QCoreApplication::translate("Store", "Writing the audit trail");
    SqliteDb& db = m_store.db();
    // Outside a transaction the entry gets one of its own (BEGIN IMMEDIATE: the seq read
    // below is then the last one for sure, whatever other process shares the file).
    std::optional<SqliteTransaction> own;
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        own.emplace(db);
        if (!own->begin())
            return m_store.storeError(what);
    }

    // The next seq follows the last row; the previous hash is the head this application
    // recorded. Normally they agree. If rows were removed from the end, or forged ones
    // added, outside Prihvat, the new entry does not link to the row before it, so the
    // break stays visible to verify() instead of being papered over.
    SqliteStatement* last = db.cached("SELECT (SELECT max(seq) FROM audit), "
                                      "(SELECT value FROM meta WHERE key = 'audit_head')");
    if (!last)
        return m_store.storeError(what);
    std::int64_t lastSeq = 0;
    std::optional<Head> recorded;
    if (last->next()) {
        lastSeq = last->integer(0);
        if (!last->isNull(1))
            recorded = parseHead(last->text(1));
    }
    if (!last->ok())
        return m_store.storeError(what);
    last->reset();

    AuditEntry e;
    e.seq = lastSeq + 1;
    e.atMs = m_store.clock().nowMs();
    e.actor = actor;
    e.kind = auditKindName(kind);
    e.recordId = recordId;
    e.form = form;
    e.detail = detail;
    e.prevHash = recorded ? recorded->hash : zeroHash();
    const QByteArray actorBytes = e.actor.toUtf8();
    const QByteArray kindBytes = e.kind.toUtf8();
    const auto recordBytes = utf8(recordId);
    const auto formBytes = utf8(form);
    const auto detailBytes = utf8(detail);
    e.hash =
        computeHash(e.seq, e.atMs, actorBytes, kindBytes, recordBytes, formBytes, detailBytes, e.prevHash);

    SqliteStatement* insert =
        db.cached("INSERT INTO audit(seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    SqliteStatement* setHead = db.cached("INSERT INTO meta(key, value) VALUES('audit_head', ?1) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!insert || !setHead)
        return m_store.storeError(what);
    // The text goes in as the very bytes that were hashed.
    const auto bindText = [&](int index, const std::optional<QByteArray>& bytes) {
        if (bytes)
            insert->bindUtf8(index, *bytes);
        else
            insert->bindNull(index);
    };
    insert->bind(1, e.seq).bind(2, e.atMs);
    bindText(3, actorBytes);
    bindText(4, kindBytes);
    bindText(5, recordBytes);
    bindText(6, formBytes);
    bindText(7, detailBytes);
    insert->bind(8, e.prevHash).bind(9, e.hash);
    if (!insert->run())
        return m_store.storeError(what);
    setHead->bind(1, QString::number(e.seq) + u' ' + hex(e.hash));
    if (!setHead->run())
        return m_store.storeError(what);
    // Under an unlocked session whose unlock found the trail intact, the new head is keyed.
    if (const std::shared_ptr<const FieldSealer> sealer = m_store.sealer(); sealer && m_confirmed)
        if (Status s = writeMac(*sealer, e.seq, e.hash); !s)
            return s;
    if (own && !own->commit())
        return m_store.storeError(what);
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(int limit, int offset) const
{
    const QString what = QCoreApplication::translate("Store", "Reading the audit trail");
    auto s = m_store.db().prepare(u"SELECT seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash "
                                  "FROM audit ORDER BY seq DESC LIMIT ?1 OFFSET ?2"_s);
    if (!s)
        return m_store.storeError(what);
    s->bind(1, limit).bind(2, offset);
    QList<AuditEntry> out;
    while (s->next())
        out.append({s->integer(0), s->integer(1), s->text(2), s->text(3), optionalText(*s, 4),
                    optionalText(*s, 5), optionalText(*s, 6), s->blob(7), s->blob(8)});
    if (!s->ok())
        return m_store.storeError(what);
    return out;
}

Result<QHash<QString, AuditEntry>> AuditLog::creations(const QStringList& recordIds) const
{
    QHash<QString, AuditEntry> out;
    if (recordIds.isEmpty())
        return out;
    const QString what = QCoreApplication::translate("Store", "Reading the audit trail");
    // One pass over the trail; the ids are bound as one JSON array.
    auto s =
        m_store.db().prepare(u"SELECT seq, at_ms, actor, kind, record_id, form FROM audit "
                             "WHERE kind = 'create' AND record_id IN (SELECT value FROM json_each(?1))"_s);
    if (!s)
        return m_store.storeError(what);
    s->bind(1, QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(recordIds)).toJson(QJsonDocument::Compact)));
    while (s->next()) {
        AuditEntry e;
        e.seq = s->integer(0);
        e.atMs = s->integer(1);
        e.actor = s->text(2);
        e.kind = s->text(3);
        e.recordId = s->text(4);
        e.form = s->text(5);
        out.insert(e.recordId, e);
    }
    if (!s->ok())
        return m_store.storeError(what);
    return out;
}

Result<std::int64_t> AuditLog::count() const
{
    auto v = m_store.db().scalar(u"SELECT count(*) FROM audit"_s);
    if (!v)
        return v.error();
    return static_cast<std::int64_t>(v->toLongLong());
}

Result<std::optional<QByteArray>> AuditLog::hashAt(std::int64_t seq) const
{
    auto s = m_store.db().prepare(u"SELECT hash FROM audit WHERE seq = ?1"_s);
    if (!s)
        return m_store.storeError(QCoreApplication::translate("Store", "Reading the audit trail"));
    s->bind(1, seq);
    if (s->next())
        return std::optional<QByteArray>(s->blob(0));
    if (!s->ok())
        return m_store.storeError(QCoreApplication::translate("Store", "Reading the audit trail"));
    return std::optional<QByteArray>();
}

Result<QList<AuditFault>> AuditLog::verify(int maxFaults) const
{
    const QString what = QCoreApplication::translate("Store", "Checking the audit trail");
    SqliteDb& db = m_store.db();
    QList<AuditFault> faults;
    const auto fault = [&](std::int64_t seq, const QString& message) {
        if (faults.size() < maxFaults)
            faults.append({seq, message});
    };

    auto table = db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit'"_s);
    if (!table)
        return m_store.storeError(what);
    if (table->toInt() == 0) {
        fault(0, QCoreApplication::translate("Store", "The audit trail is missing: its table was removed."));
        return faults;
    }
    auto triggers =
        db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit' "
                  "AND name IN ('audit_no_update', 'audit_no_delete', 'audit_no_replace')"_s);
    if (triggers && triggers->toInt() != 3)
        fault(0, QCoreApplication::translate(
                     "Store", "The audit trail's protection was removed: its entries could be edited."));

    // The keyed head, checked only with the key (a locked store cannot tell).
    const std::shared_ptr<const FieldSealer> sealer = m_store.sealer();
    std::optional<KeyedHead> keyed;
    QString macFault;
    if (sealer) {
        auto macText = db.scalar(u"SELECT value FROM meta WHERE key = 'audit_mac'"_s);
        if (!macText)
            return m_store.storeError(what);
        keyed = macText->isNull() ? std::nullopt : parseKeyedHead(macText->toString());
        if (!macText->isNull() && !keyed)
            macFault = QCoreApplication::translate(
                "Store", "The seal of the audit trail is malformed: it was edited outside Prihvat.");
        else if (keyed) {
            auto mac = headMac(*sealer, keyed->seq, keyed->hash, keyed->generation);
            if (!mac || *mac != keyed->mac) {
                macFault = QCoreApplication::translate(
                    "Store", "The seal of the audit trail does not match this data folder's key: the trail "
                             "was rewritten outside Prihvat.");
                keyed.reset();
            }
        }
    }
    bool keyedFound = false;
    QList<std::int64_t> unkeyed; // entries after the keyed head that only a session writes

    auto rows = db.prepare(u"SELECT seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash "
                           "FROM audit ORDER BY seq"_s);
    if (!rows)
        return m_store.storeError(what);
    std::int64_t expected = 1;
    std::int64_t lastSeq = 0;
    QByteArray previous = zeroHash();
    QByteArray lastHash;
    while (rows->next() && faults.size() < maxFaults) {
        const std::int64_t seq = rows->integer(0);
        const QByteArray prevHash = rows->blob(7);
        const QByteArray hash = rows->blob(8);
        bool gap = false;
        if (seq != expected) {
            gap = true;
            if (seq > expected + 1)
                fault(expected, QCoreApplication::translate(
                                    "Store", "Audit entries %1 to %2 are missing: they were deleted.")
                                    .arg(expected)
                                    .arg(seq - 1));
            else if (seq == expected + 1)
                fault(expected,
                      QCoreApplication::translate("Store", "Audit entry %1 is missing: it was deleted.")
                          .arg(expected));
            else
                fault(seq,
                      QCoreApplication::translate("Store", "Audit entry %1 is out of sequence.").arg(seq));
        }
        const QByteArray computed =
            computeHash(seq, rows->integer(1), rows->blob(2), rows->blob(3), storedText(*rows, 4),
                        storedText(*rows, 5), storedText(*rows, 6), prevHash);
        if (computed != hash)
            fault(seq, QCoreApplication::translate(
                           "Store", "Audit entry %1 was changed: its contents do not match its hash.")
                           .arg(seq));
        if (!gap && prevHash != previous)
            fault(seq, seq == 1 ? QCoreApplication::translate(
                                      "Store", "Audit entry 1 does not start the chain: entries were "
                                               "inserted, removed or moved.")
                                : QCoreApplication::translate(
                                      "Store", "Audit entry %1 does not follow entry %2: entries were "
                                               "inserted, removed, changed or moved.")
                                      .arg(seq)
                                      .arg(seq - 1));
        if (keyed && seq == keyed->seq)
            keyedFound = hash == keyed->hash;
        else if (sealer && keyed && seq > keyed->seq && needsSession(QString::fromUtf8(rows->blob(3))))
            unkeyed.append(seq);
        previous = hash;
        lastHash = hash;
        lastSeq = seq;
        expected = std::max(expected, seq) + 1;
    }
    if (!rows->ok())
        return m_store.storeError(what);
    if (faults.size() >= maxFaults)
        return faults;

    auto headText = db.scalar(u"SELECT value FROM meta WHERE key = 'audit_head'"_s);
    if (!headText)
        return m_store.storeError(what);
    const std::optional<Head> head = headText->isNull() ? std::nullopt : parseHead(headText->toString());
    if (!head) {
        if (!headText->isNull())
            fault(lastSeq,
                  QCoreApplication::translate(
                      "Store", "The recorded end of the audit trail is malformed; its last entry is %1.")
                      .arg(lastSeq));
        else if (lastSeq > 0)
            fault(lastSeq, QCoreApplication::translate(
                               "Store", "The recorded end of the audit trail is missing: entries after %1 "
                                        "may have been removed.")
                               .arg(lastSeq));
    } else if (head->seq > lastSeq) {
        fault(lastSeq + 1,
              QCoreApplication::translate(
                  "Store", "Audit entries %1 to %2 are missing: they were removed from the end of the trail.")
                  .arg(lastSeq + 1)
                  .arg(head->seq));
    } else if (head->seq < lastSeq) {
        fault(head->seq + 1,
              QCoreApplication::translate(
                  "Store", "Audit entries from %1 on were not written by Prihvat: the trail ended at %2.")
                  .arg(head->seq + 1)
                  .arg(head->seq));
    } else if (head->hash != lastHash) {
        fault(lastSeq, QCoreApplication::translate(
                           "Store", "Audit entry %1 is not the last entry Prihvat wrote: it was replaced.")
                           .arg(lastSeq));
    }
    if (!macFault.isEmpty())
        fault(lastSeq, macFault);
    else if (sealer && !keyed && lastSeq > 0)
        fault(lastSeq,
              QCoreApplication::translate(
                  "Store", "The audit trail carries no seal of this data folder's key: it was removed "
                           "outside Prihvat, or the trail did not hold when it was to be sealed."));
    else if (keyed && !keyedFound)
        fault(keyed->seq,
              QCoreApplication::translate(
                  "Store", "The audit trail no longer holds its sealed entry %1: entries up to it were "
                           "changed or removed outside Prihvat.")
                  .arg(keyed->seq));
    for (const std::int64_t seq : std::as_const(unkeyed))
        fault(seq, QCoreApplication::translate(
                       "Store", "Audit entry %1 was added without this data folder's key, although only a "
                                "logged-in user writes such entries.")
                       .arg(seq));
    return faults;
}

} // namespace prihvat
