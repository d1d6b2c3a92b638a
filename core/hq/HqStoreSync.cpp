// HqStore: push and pull (docs/SYNC.md). Devices and credentials are in HqStore.cpp.
#include "HqStore.h"

#include "HqLog.h"
#include "HqReference.h"
#include "PersonScope.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "forms/RecordValidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

const QString kPersonForm = u"person"_s;
const QString kDeletedField = u"_deleted"_s;

// Values are stored as their JSON text ("null", "\"Ahmad\"", "[\"ar\",\"fa\"]", "3").
QString encodeValue(const QJsonValue& v)
{
    QJsonArray wrapper;
    wrapper.append(v.isUndefined() ? QJsonValue() : v);
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue decodeValue(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return QJsonValue();
    return doc.array().at(0);
}

// The content of a push batch as a hex SHA-256: every change's members in order (a
// malformed one by its fault), each member length-prefixed so that no two batches share
// one text. What the answer does not depend on (compact_results, audit_head) is left out.
QString batchDigest(const protocol::PushRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    };
    for (const protocol::Change& c : request.changes) {
        add(c.fault);
        add(c.recordId);
        add(c.form);
        add(c.field);
        add(encodeValue(c.value));
        add(c.hlc);
        add(QString::number(c.base));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QVariant bigint(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

QString isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A change that passed every check that needs no database.
struct Checked
{
    const protocol::Change* change = nullptr;
    const FormDefinition* form = nullptr;
    HlcStamp sent;  // as the device made it
    HlcStamp stamp; // after the clock clamp: what is compared and stored
    QJsonValue value;
    bool siteField = false; // the field that places the record at a site
    bool sealed = false;    // protection-sensitive: stored sealed (HqSealer)
};

using Verdict = std::variant<QString /* rejection reason */, Checked>;

bool isChoice(const ReferenceData& reference, const FieldDefinition& field, const QString& value)
{
    return field.reference.isEmpty() ? field.choice(value) != nullptr
                                     : reference.contains(field.reference, value);
}

Verdict check(const FormRegistry& forms, const RecordValidator& validator, const Device& device,
              const protocol::Change& c, std::int64_t nowMs)
{
    if (!c.fault.isEmpty())
        return c.fault;
    const FormDefinition* form = forms.form(c.form);
    if (!form)
        return u"unknown form \"%1\""_s.arg(c.form);
    Checked out;
    out.change = &c;
    out.form = form;
    if (c.field == kDeletedField) {
        if (!c.value.isBool())
            return u"\"_deleted\" must be true or false"_s;
        out.value = c.value;
    } else {
        const FieldDefinition* field = form->field(c.field);
        if (!field)
            return u"unknown field \"%1\" in form \"%2\""_s.arg(c.field, c.form);
        if (!field->hasValue())
            return u"field \"%1\" is a note and takes no value"_s.arg(c.field);
        if (field->sensitivity == Sensitivity::Protection && !device.seesProtection())
            return u"field \"%1\" is protection-sensitive: only a device enrolled for the protection role "
                   "may send it"_s.arg(c.field);
        QList<FieldIssue> issues;
        const QJsonObject coerced = validator.coerce(*form, QJsonObject{{c.field, c.value}}, issues);
        if (!issues.isEmpty())
            return u"field \"%1\": %2"_s.arg(c.field, issues.first().message);
        out.value = coerced.value(c.field);
        if (field->type == FieldType::SelectOne && out.value.isString() &&
            !isChoice(forms.reference(), *field, out.value.toString()))
            return u"\"%1\" is not a choice of field \"%2\""_s.arg(out.value.toString(), c.field);
        if (field->type == FieldType::SelectMultiple)
            for (const QJsonValue& item : out.value.toArray())
                if (!isChoice(forms.reference(), *field, item.toString()))
                    return u"\"%1\" is not a choice of field \"%2\""_s.arg(item.toString(), c.field);
        out.sealed = field->sensitivity == Sensitivity::Protection;
        out.siteField = c.form != kPersonForm && !form->keys.site.isEmpty() && c.field == form->keys.site;
    }
    const auto stamp = HlcStamp::fromString(c.hlc);
    if (!stamp)
        return u"hlc is not a stamp"_s;
    if (stamp->device != device.id)
        return u"the stamp was made by another device, not by the sender"_s;
    out.sent = *stamp;
    out.stamp = protocol::clampStamp(*stamp, nowMs);
    return out;
}

struct RecordState
{
    bool exists = false; // in the database or written by this batch
    bool dirty = false;  // to be written
    QString form;
    QString site; // empty when not known yet
    bool deleted = false;
    bool purged = false; // emptied by retention (HqRetention): takes no more changes
    std::int64_t createdSeq = 0;
    std::int64_t updatedSeq = 0;
};

struct FieldState
{
    bool exists = false;
    bool dirty = false;
    bool sealed = false; // stored sealed when written
    QJsonValue value;
    HlcStamp stamp;
    std::int64_t seq = 0;
};

using FieldKey = QPair<QString, QString>; // record id, field

// "form:field" of every protection-sensitive field: what a device without the protection
// role never receives.
QStringList protectionKeys(const FormRegistry& forms)
{
    QStringList keys;
    for (const QString& id : forms.formIds())
        if (const FormDefinition* form = forms.form(id))
            for (const FieldDefinition& f : form->fields)
                if (f.sensitivity == Sensitivity::Protection)
                    keys.append(id + u':' + f.name);
    return keys;
}

// Statements carry many rows or keys on PostgreSQL, where each statement is a round trip.
// SQLite runs in the process: there one prepared statement is run once per row (Qt's
// SQLite driver looks bound values up by name, which grows with the square of their number).
int rowsPerStatement(const HqDatabase& db)
{
    return db.engine() == HqDatabase::Engine::Postgres ? 100 : 1;
}
int keysPerStatement(const HqDatabase& db)
{
    return db.engine() == HqDatabase::Engine::Postgres ? 500 : 40;
}

// Reads rows whose `column` is one of `keys`, a few hundred keys per statement.
bool selectIn(const HqDatabase& db, const QString& select, const QString& column, const QStringList& keys,
              const std::function<void(const QSqlQuery&)>& take, QString* error)
{
    const int perStatement = keysPerStatement(db);
    for (qsizetype from = 0; from < keys.size(); from += perStatement) {
        const QStringList chunk = keys.mid(from, perStatement);
        QStringList marks(chunk.size(), u"?"_s);
        const QString where = select.contains(u" WHERE "_s) ? u" AND "_s : u" WHERE "_s;
        auto q = db.run(select + where + column + u" IN ("_s + marks.join(u',') + u')',
                        QVariantList(chunk.begin(), chunk.end()));
        if (!q) {
            *error = q.error().message;
            return false;
        }
        while (q->next())
            take(*q);
    }
    return true;
}

// Rows for one table, written many to a statement: `INSERT INTO t(cols) VALUES (…),(…) tail`.
class RowWriter
{
public:
    RowWriter(QString head, int columns, QString tail = {})
        : m_head(std::move(head)), m_columns(columns), m_tail(std::move(tail))
    {
    }
    void add(QVariantList row) { m_rows.append(std::move(row)); }
    bool write(const HqDatabase& db, QString* error) const
    {
        const QString one = u'(' + QStringList(m_columns, u"?"_s).join(u',') + u')';
        const qsizetype perStatement = rowsPerStatement(db);
        QSqlQuery prepared; // for full statements, prepared once
        qsizetype preparedRows = 0;
        for (qsizetype from = 0; from < m_rows.size(); from += perStatement) {
            const qsizetype n = std::min<qsizetype>(perStatement, m_rows.size() - from);
            if (n != preparedRows) {
                bool ok = false;
                prepared = db.prepare(m_head + u" VALUES "_s + QStringList(n, one).join(u',') + m_tail, &ok);
                if (!ok) {
                    *error = prepared.lastError().text();
                    return false;
                }
                preparedRows = n;
            }
            int index = 0;
            for (qsizetype i = from; i < from + n; ++i)
                for (const QVariant& v : m_rows.at(i))
                    prepared.bindValue(index++, v);
            if (!prepared.exec()) {
                *error = prepared.lastError().text();
                return false;
            }
        }
        return true;
    }

private:
    QString m_head;
    int m_columns;
    QString m_tail;
    QList<QVariantList> m_rows;
};

} // namespace

Result<QByteArray> HqStore::storedAnswer(const QString& deviceId, const QString& batchId,
                                         const QString& digest)
{
    auto q = m_db.run(u"SELECT answer, digest FROM batches WHERE device_id = ? AND batch_id = ?"_s,
                      {deviceId, batchId});
    if (!q)
        return q.error();
    if (!q->next())
        return QByteArray();
    // Batches stored before digests were kept (schema 4) have none: their answer stands.
    if (!q->value(1).isNull() && q->value(1).toString() != digest)
        return Error::conflict(u"Batch %1 was sent before with other changes; send these under a new "
                               "batch id."_s.arg(batchId));
    return q->value(0).toString().toUtf8();
}

Result<QByteArray> HqStore::push(const Device& device, const protocol::PushRequest& request)
{
    // A batch sent again (its answer was lost on the way): the stored answer, unchanged.
    // The same batch id with other changes is refused: answering it would drop them.
    const QString digest = batchDigest(request);
    if (auto stored = storedAnswer(device.id, request.batchId, digest); !stored)
        return stored.error();
    else if (!stored->isEmpty())
        return stored;

    // Everything that needs no database first, outside the transaction.
    const std::int64_t now = m_clock.nowMs();
    auto formsNow = this->formsNow();
    if (!formsNow)
        return formsNow.error();
    const FormRegistry& forms = **formsNow;
    const RecordValidator validator(forms.reference(), u"en"_s, m_clock.today(), nullptr);
    std::vector<Verdict> verdicts;
    verdicts.reserve(static_cast<std::size_t>(request.changes.size()));
    // The site a new record gets in this batch, for its other changes' scope check.
    QHash<QString, QString> siteInBatch;
    for (const protocol::Change& c : request.changes) {
        verdicts.push_back(check(forms, validator, device, c, now));
        if (const auto* ok = std::get_if<Checked>(&verdicts.back());
            ok && ok->siteField && ok->value.isString() && !siteInBatch.contains(c.recordId))
            siteInBatch.insert(c.recordId, ok->value.toString());
    }

    if (Status s = m_db.begin(); !s)
        return s.error();
    const auto fail = [this](const QString& what) {
        m_db.rollback();
        qCWarning(lcHq) << "push failed:" << what;
        return Error::io(u"The database failed: %1"_s.arg(what));
    };

    // Sequence numbers come from the one-row counter, taken (row-locked on PostgreSQL; the
    // write lock on SQLite) before anything is read and bumped in this same transaction.
    // So pushes run one after another, each sees every change committed before it (the
    // conflict rule needs that), and seqs become visible in order: no commit can ever show
    // a seq below one a device has already pulled past. A PostgreSQL SEQUENCE would not do:
    // nextval() is not transactional, so a transaction that took 41 may commit after one
    // that took 42; a device pulling between the two would move its cursor to 42 and never
    // see 41.
    std::int64_t first = 0;
    {
        auto lock = m_db.run(u"UPDATE counter SET value = value WHERE id = 1"_s);
        if (!lock)
            return fail(lock.error().message);
        auto q = m_db.run(u"SELECT value FROM counter WHERE id = 1"_s);
        if (!q)
            return fail(q.error().message);
        if (!q->next())
            return fail(u"the counter row is missing"_s);
        first = q->value(0).toLongLong();
    }
    // Another process may have stored this batch while we waited for the lock.
    if (auto stored = storedAnswer(device.id, request.batchId, digest); !stored) {
        if (stored.error().code == Error::Code::Conflict) {
            m_db.rollback();
            return stored.error();
        }
        return fail(stored.error().message);
    } else if (!stored->isEmpty()) {
        m_db.rollback();
        return stored;
    }

    // What this batch touches, read at once: its records, their fields, and their open
    // conflicts (a change may settle one).
    QString error;
    QStringList ids;
    {
        QSet<QString> seen;
        for (const Verdict& v : verdicts)
            if (const auto* k = std::get_if<Checked>(&v); k && !seen.contains(k->change->recordId)) {
                seen.insert(k->change->recordId);
                ids.append(k->change->recordId);
            }
    }
    QHash<QString, RecordState> records;
    QHash<FieldKey, FieldState> fields;
    QSet<FieldKey> openConflicts;
    QString openError; // a stored value that does not open
    const bool loaded =
        selectIn(
            m_db, u"SELECT id, form, site, deleted, created_seq, purged_ms FROM records"_s, u"id"_s, ids,
            [&](const QSqlQuery& q) {
                RecordState& r = records[q.value(0).toString()];
                r.exists = true;
                r.form = q.value(1).toString();
                r.site = q.value(2).toString();
                r.deleted = q.value(3).toInt() != 0;
                r.createdSeq = q.value(4).toLongLong();
                r.purged = !q.value(5).isNull();
            },
            &error) &&
        selectIn(
            m_db, u"SELECT record_id, field, value, hlc, seq FROM fields"_s, u"record_id"_s, ids,
            [&](const QSqlQuery& q) {
                const QString record = q.value(0).toString();
                const QString name = q.value(1).toString();
                FieldState& f = fields[FieldKey(record, name)];
                f.exists = true;
                auto text = m_sealer.open(record, name, q.value(3).toString(), q.value(2).toString());
                if (!text && openError.isEmpty())
                    openError = text.error().message;
                f.value = text ? decodeValue(*text) : QJsonValue();
                f.stamp = HlcStamp::fromString(q.value(3).toString()).value_or(HlcStamp{});
                f.seq = q.value(4).toLongLong();
            },
            &error) &&
        selectIn(
            m_db, u"SELECT record_id, field FROM conflicts WHERE resolved = 0"_s, u"record_id"_s, ids,
            [&](const QSqlQuery& q) {
                openConflicts.insert(FieldKey(q.value(0).toString(), q.value(1).toString()));
            },
            &error);
    if (!loaded)
        return fail(error);
    if (!openError.isEmpty())
        return fail(openError);
    // Protection-sensitive values are sealed before they are written (HqSealer), each
    // bound to its record, field and stamp.
    const auto storedForm = [this](const Checked& k, const QString& recordId, const QString& field,
                                   const QString& stamp, const QString& valueText) -> Result<QString> {
        if (!k.sealed || !m_sealer.hasKey())
            return valueText;
        return m_sealer.seal(recordId, field, stamp, valueText);
    };

    // Who may write a person (docs/SYNC.md), from what was just loaded and, for persons
    // registered outside the device's sites, one statement for the whole batch.
    PersonScope personScope(device, forms);
    for (const Verdict& v : verdicts) {
        const auto* k = std::get_if<Checked>(&v);
        if (!k)
            continue;
        const protocol::Change& c = *k->change;
        if (c.form == kPersonForm) {
            if (const auto stored = records.constFind(c.recordId); stored != records.cend())
                personScope.stored(
                    c.recordId, fields.value(FieldKey(c.recordId, personScope.siteField())).value.toString());
            else if (c.field == personScope.siteField() && k->value.isString())
                personScope.createdAt(c.recordId, k->value.toString());
        } else if (const QString key = personScope.personKey(c.form);
                   !key.isEmpty() && c.field == key && k->value.isString()) {
            const auto stored = records.constFind(c.recordId);
            const QString site = stored != records.cend() && !stored->site.isEmpty()
                                     ? stored->site
                                     : siteInBatch.value(c.recordId);
            if (!site.isEmpty() && device.covers(site))
                personScope.metInBatch(k->value.toString());
        }
    }
    if (!personScope.loadMet(m_db, &error))
        return fail(error);

    RowWriter changeRows(
        u"INSERT INTO changes(seq, record_id, form, field, value, hlc, sent_hlc, device_id, base, "
        "received_ms)"_s,
        10);
    RowWriter conflictRows(
        u"INSERT INTO conflicts(id, seq, record_id, form, field, winner_value, winner_hlc, "
        "winner_device, loser_value, loser_hlc, loser_device, resolved)"_s,
        12);
    QList<QVariantList> resolutions; // (seq, record, field, base)
    // Changes of this batch are written at the end: the ones it already holds, by the stamp
    // they were sent with.
    QHash<QString, std::pair<std::int64_t, QString>> sentInBatch; // seq, value text
    const auto sentKey = [](const protocol::Change& c, const Checked& k) -> QString {
        return c.recordId + u'\n' + c.field + u'\n' + k.sent.toString();
    };
    std::int64_t seq = first;
    QJsonArray results;

    for (std::size_t i = 0; i < verdicts.size(); ++i) {
        const protocol::Change& c = request.changes.at(static_cast<qsizetype>(i));
        protocol::PushResult result;
        const auto reject = [&](const QString& reason) {
            result.status = protocol::PushResult::Status::Rejected;
            result.reason = reason;
            results.append(result.toJson());
        };
        if (const QString* reason = std::get_if<QString>(&verdicts[i])) {
            reject(*reason);
            continue;
        }
        const Checked& k = std::get<Checked>(verdicts[i]);

        // The record as stored (or as this batch has left it).
        RecordState& rec = records[c.recordId];
        if (rec.exists && rec.form != c.form) {
            reject(u"record %1 is a \"%2\" record, not \"%3\""_s.arg(c.recordId, rec.form, c.form));
            continue;
        }
        if (rec.purged) {
            reject(
                u"record %1 was emptied at headquarters when its retention period ended"_s.arg(c.recordId));
            continue;
        }

        // A person is written by the devices that cover its registration site or have met it.
        if (c.form == kPersonForm) {
            if (const QString why = personScope.refusal(c.recordId, c.field, k.value); !why.isEmpty()) {
                reject(why);
                continue;
            }
        }
        // Scope: a device writes records of its own sites only (person records: see above).
        if (c.form != kPersonForm && !device.allSites()) {
            if (!rec.site.isEmpty() && !device.covers(rec.site)) {
                reject(u"the record belongs to site %1, outside this device's sites"_s.arg(rec.site));
                continue;
            }
            if (k.siteField) {
                if (!k.value.isString()) {
                    reject(u"the site of a record cannot be cleared"_s);
                    continue;
                }
                if (!device.covers(k.value.toString())) {
                    reject(u"site %1 is outside this device's sites"_s.arg(k.value.toString()));
                    continue;
                }
            } else if (rec.site.isEmpty()) {
                const QString site = siteInBatch.value(c.recordId);
                if (!site.isEmpty() && !device.covers(site)) {
                    reject(u"site %1 is outside this device's sites"_s.arg(site));
                    continue;
                }
            }
        }

        const FieldKey key(c.recordId, c.field);
        FieldState& field = fields[key];

        // The very same change again (sent in another batch): its seq, nothing new. A change
        // already here was sent with a stamp at or below the field's stamp, unless the clamp
        // lowered it when it came (then it is this device's, or it lost), so only those are
        // looked up.
        const bool clamped = k.stamp != k.sent;
        if (field.exists && (clamped || k.sent <= field.stamp || field.stamp.device == device.id)) {
            auto dup = m_db.run(
                u"SELECT seq, value, hlc FROM changes WHERE record_id = ? AND field = ? AND sent_hlc = ?"_s,
                {c.recordId, c.field, k.sent.toString()});
            if (!dup)
                return fail(dup.error().message);
            std::pair<std::int64_t, QString> seen = sentInBatch.value(sentKey(c, k), {0, QString()});
            if (dup->next()) {
                auto text =
                    m_sealer.open(c.recordId, c.field, dup->value(2).toString(), dup->value(1).toString());
                if (!text)
                    return fail(text.error().message);
                seen = {dup->value(0).toLongLong(), encodeValue(decodeValue(*text))};
            }
            if (seen.first != 0) {
                // The same record, field and stamp with another value is not the change
                // sent again: it is refused, never answered as accepted (the value would be
                // dropped). A stamp names one edit; the device keeps this one as rejected.
                if (seen.second != encodeValue(k.value)) {
                    reject(u"this record, field and stamp already came with another value (seq %1); a "
                           "changed value needs a new stamp"_s.arg(seen.first));
                    continue;
                }
                result.seq = seen.first;
                results.append(result.toJson());
                continue;
            }
        }
        // A device's own changes come in the order it made them, so each is newer than the
        // one of its own it replaces, even when the clamp has pulled its stamp down to the
        // server's clock (several edits of a field by a fast laptop, or a clock that jumped
        // forward between two edits): keep it just above that one.
        // The same holds for a value of another device that this one had already pulled
        // when it made its change (its base reaches the field's seq): its clock stamped the
        // change after that value, and the clamp must not undo that order either. Without
        // this, a laptop a day fast that edits a field last set by a device a little fast
        // (within the margin, so not clamped) gets a stamp below the value it replaced: the
        // server keeps the old value, logs no conflict (the edit was not concurrent), and
        // the laptop keeps its own value for good: lost at headquarters, never converging.
        // The result is still at most just above a stamp the server accepted, so a fast
        // clock gains nothing over edits it had not seen.
        HlcStamp effective = k.stamp;
        if (clamped && field.exists && (field.stamp.device == device.id || c.base >= field.seq) &&
            !(field.stamp < effective))
            // Its text has six hex digits of counter: past 0xffffff, the next millisecond
            // (a seven-digit counter would not read back as a stamp, and every device's
            // pull would stop at this change).
            effective = field.stamp.counter < 0xffffff
                            ? HlcStamp{field.stamp.wallMs, field.stamp.counter + 1, device.id}
                            : HlcStamp{field.stamp.wallMs + 1, 0, device.id};

        const protocol::Decision d =
            protocol::decide(effective, k.value, c.base, field.exists ? field.seq : 0,
                             field.exists ? std::optional<HlcStamp>(field.stamp) : std::nullopt, field.value);
        result.seq = ++seq;
        const QString stampText = effective.toString();
        const QString valueText = encodeValue(k.value);
        sentInBatch.insert(sentKey(c, k), {result.seq, valueText});
        const auto storedText = storedForm(k, c.recordId, c.field, stampText, valueText);
        if (!storedText)
            return fail(storedText.error().message);
        changeRows.add({bigint(result.seq), c.recordId, c.form, c.field, *storedText, stampText,
                        k.sent.toString(), device.id, bigint(c.base), bigint(now)});

        // A change made after the device had seen a conflict on this field settles it.
        if (c.base > 0 && openConflicts.contains(key))
            resolutions.append({bigint(result.seq), c.recordId, c.field, bigint(c.base)});

        if (!rec.exists) {
            rec.exists = true;
            rec.dirty = true;
            rec.form = c.form;
            rec.createdSeq = result.seq;
        }
        if (d.apply) {
            if (k.siteField && k.value.isString() && rec.site != k.value.toString()) {
                rec.site = k.value.toString();
                rec.dirty = true;
            }
            if (c.field == kDeletedField && rec.deleted != k.value.toBool()) {
                rec.deleted = k.value.toBool();
                rec.dirty = true;
            }
        }
        if (rec.dirty)
            rec.updatedSeq = result.seq;

        if (d.conflict) {
            // Both values are kept: the winner is the field's value, the loser is logged.
            result.status = protocol::PushResult::Status::Conflict;
            result.conflictId = Uuid7::generate(m_clock);
            const QString storedStamp = field.stamp.toString();
            const auto storedSealed =
                storedForm(k, c.recordId, c.field, storedStamp, encodeValue(field.value));
            if (!storedSealed)
                return fail(storedSealed.error().message);
            const QString& storedValue = *storedSealed;
            const QString storedDevice = field.stamp.device;
            const QVariantList winner = d.apply ? QVariantList{*storedText, stampText, device.id}
                                                : QVariantList{storedValue, storedStamp, storedDevice};
            const QVariantList loser = d.apply ? QVariantList{storedValue, storedStamp, storedDevice}
                                               : QVariantList{*storedText, stampText, device.id};
            conflictRows.add(
                QVariantList{result.conflictId, bigint(result.seq), c.recordId, c.form, c.field} + winner +
                loser + QVariantList{0});
            openConflicts.insert(key);
        }
        if (d.apply) {
            field.exists = true;
            field.dirty = true;
            field.sealed = k.sealed;
            field.value = k.value;
            field.stamp = effective;
            field.seq = result.seq;
        }
        results.append(result.toJson());
    }

    // Written many rows to a statement: the changes, each field's and record's final state,
    // the conflicts, and the conflicts settled.
    RowWriter fieldRows(
        u"INSERT INTO fields(record_id, field, value, hlc, device_id, seq)"_s, 6,
        u" ON CONFLICT(record_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, "
        "device_id = excluded.device_id, seq = excluded.seq"_s);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it->dirty)
            continue;
        const QString stampText = it->stamp.toString();
        QString valueText = encodeValue(it->value);
        if (it->sealed && m_sealer.hasKey()) {
            auto sealed = m_sealer.seal(it.key().first, it.key().second, stampText, valueText);
            if (!sealed)
                return fail(sealed.error().message);
            valueText = *sealed;
        }
        fieldRows.add(
            {it.key().first, it.key().second, valueText, stampText, it->stamp.device, bigint(it->seq)});
    }
    RowWriter recordRows(u"INSERT INTO records(id, form, site, deleted, created_seq, updated_seq)"_s, 6,
                         u" ON CONFLICT(id) DO UPDATE SET site = excluded.site, deleted = excluded.deleted, "
                         "updated_seq = excluded.updated_seq"_s);
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        if (it->dirty)
            recordRows.add({it.key(), it->form, it->site.isEmpty() ? HqDatabase::null() : QVariant(it->site),
                            it->deleted ? 1 : 0, bigint(it->createdSeq), bigint(it->updatedSeq)});
    if (!changeRows.write(m_db, &error) || !fieldRows.write(m_db, &error) ||
        !recordRows.write(m_db, &error) || !conflictRows.write(m_db, &error))
        return fail(error);
    for (const QVariantList& r : std::as_const(resolutions)) {
        auto q = m_db.run(u"UPDATE conflicts SET resolved = 1, resolved_seq = ? "
                          "WHERE record_id = ? AND field = ? AND resolved = 0 AND seq <= ?"_s,
                          r);
        if (!q)
            return fail(q.error().message);
    }

    if (seq > first) {
        if (auto bump =
                m_db.run(u"UPDATE counter SET value = value + ? WHERE id = 1"_s, {bigint(seq - first)});
            !bump)
            return fail(bump.error().message);
    }
    // The audit trail, in this transaction: the batch with its counts and the device's own
    // audit head (its anchor here), and each conflict by record id.
    {
        int counts[3] = {0, 0, 0}; // accepted, conflict, rejected
        for (const QJsonValue& r : std::as_const(results)) {
            const QString status = r.toObject().value(u"status"_s).toString();
            ++counts[status == u"accepted"_s ? 0 : status == u"conflict"_s ? 1 : 2];
        }
        QJsonObject detail{{u"batch"_s, request.batchId},
                           {u"changes"_s, static_cast<double>(request.changes.size())},
                           {u"accepted"_s, counts[0]},
                           {u"conflicts"_s, counts[1]},
                           {u"rejected"_s, counts[2]}};
        if (request.auditHead.seq > 0)
            detail.insert(u"device_audit"_s,
                          QJsonObject{{u"seq"_s, static_cast<double>(request.auditHead.seq)},
                                      {u"hash"_s, request.auditHead.hash}});
        if (request.auditAnchor.seq > 0)
            detail.insert(u"device_anchor"_s,
                          QJsonObject{{u"seq"_s, static_cast<double>(request.auditAnchor.seq)},
                                      {u"hash"_s, request.auditAnchor.hash}});
        const QString actor = HqAudit::deviceActor(device.id);
        // The device's trail must still hold, at the head recorded at its last push, what
        // it held then; a difference is recorded (the push itself is taken all the same).
        auto divergence = m_audit.checkDeviceHead(device.id, request.auditHead.seq, request.auditAnchor.seq,
                                                  request.auditAnchor.hash);
        if (!divergence)
            return fail(divergence.error().message);
        QList<HqAudit::Event> events;
        if (*divergence) {
            qCWarning(lcHq) << "device" << device.id << "audit trail diverges:" << (*divergence)->detail;
            events.append(**divergence);
        }
        events.append({actor, QString::fromUtf16(HqAudit::kPush), QString(),
                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            if (r.value(u"status"_s).toString() != u"conflict"_s)
                continue;
            const QJsonObject conflict{{u"conflict"_s, r.value(u"conflict_id"_s)},
                                       {u"seq"_s, r.value(u"seq"_s)}};
            events.append({actor, QString::fromUtf16(HqAudit::kConflict), request.changes.at(i).recordId,
                           QString::fromUtf8(QJsonDocument(conflict).toJson(QJsonDocument::Compact))});
        }
        if (Status s = m_audit.appendInTransaction(events); !s)
            return fail(s.error().message);
    }
    // A device that reads the compact form gets runs of accepted changes folded (most of a
    // batch, usually): the answer is then a few bytes instead of some per change.
    const QJsonObject answer{{u"batch_id"_s, request.batchId},
                             {u"server_time"_s, isoTime(now)},
                             {u"results"_s, request.compactResults ? protocol::compactResults(results) : results}};
    const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    if (auto stored = m_db.run(u"INSERT INTO batches(device_id, batch_id, answer, received_ms, digest) "
                               "VALUES(?, ?, ?, ?, ?)"_s,
                               {device.id, request.batchId, QString::fromUtf8(body), bigint(now), digest});
        !stored)
        return fail(stored.error().message);
    if (Status s = m_db.commit(); !s) {
        qCWarning(lcHq) << "push commit failed:" << s.error().message;
        return s.error();
    }
    return body;
}

Result<protocol::PullResponse> HqStore::pull(const Device& device, std::int64_t after, int limit)
{
    limit = std::clamp(limit, 1, protocol::kMaxPullLimit);
    // Everything up to the counter's value is committed (the counter moves in the same
    // transaction as the changes it numbers), so reading it first gives a safe horizon.
    std::int64_t horizon = 0;
    {
        auto q = m_db.run(u"SELECT value FROM counter WHERE id = 1"_s);
        if (!q)
            return q.error();
        if (!q->next())
            return Error::io(u"the counter row is missing"_s);
        horizon = q->value(0).toLongLong();
    }
    const bool all = device.allSites();
    QString scope =
        all ? QString()
            : u" AND (r.form = ? OR r.site IN (SELECT site FROM device_sites WHERE device_id = ?))"_s;
    QVariantList scopeValues;
    if (!all)
        scopeValues = {kPersonForm, device.id};
    // Need-to-know: protection-sensitive fields (their changes and their conflicts) are
    // left out in the query itself, so paging and the cursor stay right.
    QString hidden;
    QVariantList hiddenValues;
    if (!device.seesProtection()) {
        const QStringList keys = protectionKeys(*m_forms);
        if (!keys.isEmpty()) {
            hidden = u" AND (%1.form || ':' || %1.field) NOT IN ("_s +
                     QStringList(keys.size(), u"?"_s).join(u',') + u')';
            hiddenValues = QVariantList(keys.begin(), keys.end());
        }
    }
    const auto hiddenFor = [&hidden](const QString& table) {
        return hidden.isEmpty() ? hidden : hidden.arg(table);
    };

    protocol::PullResponse out;
    {
        auto q = m_db.run(u"SELECT c.seq, c.record_id, c.form, c.field, c.value, c.hlc, c.device_id "
                          "FROM changes c JOIN records r ON r.id = c.record_id "
                          "WHERE c.seq > ? AND c.seq <= ? AND r.purged_ms IS NULL"_s +
                              scope + hiddenFor(u"c"_s) + u" ORDER BY c.seq LIMIT ?"_s,
                          QVariantList{bigint(after), bigint(horizon)} + scopeValues + hiddenValues +
                              QVariantList{limit + 1});
        if (!q)
            return q.error();
        while (q->next()) {
            if (out.changes.size() == limit) {
                out.more = true;
                break;
            }
            protocol::PulledChange c;
            c.seq = q->value(0).toLongLong();
            c.recordId = q->value(1).toString();
            c.form = q->value(2).toString();
            c.field = q->value(3).toString();
            c.hlc = q->value(5).toString();
            auto text = m_sealer.open(c.recordId, c.field, c.hlc, q->value(4).toString());
            if (!text) {
                qCWarning(lcHq) << "pull:" << text.error().message;
                return Error::io(text.error().message);
            }
            c.value = decodeValue(*text);
            c.device = q->value(6).toString();
            out.changes.append(c);
        }
    }
    out.next = out.more ? out.changes.constLast().seq : std::max(after, horizon);

    auto q = m_db.run(
        u"SELECT k.id, k.seq, k.record_id, k.form, k.field, k.winner_value, k.winner_hlc, k.winner_device, "
        "k.loser_value, k.loser_hlc, k.loser_device, k.resolved "
        "FROM conflicts k JOIN records r ON r.id = k.record_id "
        "WHERE ((k.seq > ? AND k.seq <= ?) OR (k.resolved_seq > ? AND k.resolved_seq <= ?)) "
        "AND r.purged_ms IS NULL"_s +
            scope + hiddenFor(u"k"_s) + u" ORDER BY k.seq"_s,
        QVariantList{bigint(after), bigint(out.next), bigint(after), bigint(out.next)} + scopeValues +
            hiddenValues);
    if (!q)
        return q.error();
    while (q->next()) {
        protocol::ConflictEntry e;
        e.id = q->value(0).toString();
        e.seq = q->value(1).toLongLong();
        e.recordId = q->value(2).toString();
        e.form = q->value(3).toString();
        e.field = q->value(4).toString();
        auto winner = m_sealer.open(e.recordId, e.field, q->value(6).toString(), q->value(5).toString());
        auto loser = m_sealer.open(e.recordId, e.field, q->value(9).toString(), q->value(8).toString());
        if (!winner || !loser) {
            const QString message = (!winner ? winner : loser).error().message;
            qCWarning(lcHq) << "pull:" << message;
            return Error::io(message);
        }
        e.winner = {decodeValue(*winner), q->value(6).toString(), q->value(7).toString()};
        e.loser = {decodeValue(*loser), q->value(9).toString(), q->value(10).toString()};
        e.resolved = q->value(11).toInt() != 0;
        out.conflicts.append(e);
    }
    q->finish();

    // The audit trail: the page's counts, and for a protection device every record whose
    // protection-sensitive fields it is handed. Nothing is handed out unrecorded.
    const QString actor = HqAudit::deviceActor(device.id);
    const QJsonObject detail{{u"after"_s, static_cast<double>(after)},
                             {u"next"_s, static_cast<double>(out.next)},
                             {u"changes"_s, static_cast<double>(out.changes.size())},
                             {u"conflicts"_s, static_cast<double>(out.conflicts.size())}};
    QList<HqAudit::Event> events{{actor, QString::fromUtf16(HqAudit::kPull), QString(),
                                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}};
    if (device.seesProtection()) {
        const QStringList keys = protectionKeys(*m_forms);
        QStringList order;
        QHash<QString, int> fieldsPerRecord;
        const auto note = [&](const QString& record, const QString& form, const QString& field) {
            if (!keys.contains(form + u':' + field))
                return;
            if (!fieldsPerRecord.contains(record))
                order.append(record);
            ++fieldsPerRecord[record];
        };
        for (const protocol::PulledChange& c : std::as_const(out.changes))
            note(c.recordId, c.form, c.field);
        for (const protocol::ConflictEntry& c : std::as_const(out.conflicts))
            note(c.recordId, c.form, c.field);
        for (const QString& record : std::as_const(order))
            events.append(
                {actor, QString::fromUtf16(HqAudit::kProtectionDelivered), record,
                 QString::fromUtf8(QJsonDocument(QJsonObject{{u"fields"_s, fieldsPerRecord.value(record)}})
                                       .toJson(QJsonDocument::Compact))});
    }
    if (Status s = m_audit.append(events); !s)
        return s.error().code == Error::Code::Io ? s.error() : Error::io(s.error().message);
    // Reference data is not scoped: every device gets every change of it.
    auto reference = HqReference(m_db, m_clock).changes(after, out.next);
    if (!reference)
        return reference.error();
    out.reference = std::move(*reference);
    return out;
}

} // namespace prihvat::hq
