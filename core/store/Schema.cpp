#include "Schema.h"

#include "SchemaSealing.h"
#include "SqliteDb.h"
#include "common/Log.h"
#include "forms/FormRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace prihvat::Schema {

namespace {

// Version 1: records with their values as JSON, per-field stamps, and the outbox.
Status toVersion1(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        CREATE TABLE meta(
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE records(
            rid            INTEGER PRIMARY KEY,
            id             TEXT NOT NULL UNIQUE,
            form           TEXT NOT NULL,
            data           TEXT NOT NULL,
            stamps         TEXT NOT NULL,
            deleted        INTEGER NOT NULL DEFAULT 0,
            created_ms     INTEGER NOT NULL,
            updated_ms     INTEGER NOT NULL,
            updated_hlc    TEXT NOT NULL,
            server_version INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX records_form ON records(form, deleted);
        CREATE TABLE outbox(
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id    TEXT NOT NULL,
            form         TEXT NOT NULL,
            field        TEXT NOT NULL,
            value        TEXT,
            hlc          TEXT NOT NULL,
            base_version INTEGER NOT NULL
        );
        CREATE INDEX outbox_record ON outbox(record_id);
    )"_s);
}

// Version 2: the form's key fields (person, date, site, state) copied into indexed columns
// so that lists, filters and dashboards never parse JSON; existing rows are filled in.
Status toVersion2(SqliteDb& db, const FormRegistry& forms)
{
    Status s = db.exec(uR"(
        ALTER TABLE records ADD COLUMN person_id TEXT;
        ALTER TABLE records ADD COLUMN event_date TEXT;
        ALTER TABLE records ADD COLUMN site TEXT;
        ALTER TABLE records ADD COLUMN state TEXT;
        DROP INDEX records_form;
        CREATE INDEX records_form_date ON records(form, event_date);
        CREATE INDEX records_form_site_date ON records(form, site, event_date);
        CREATE INDEX records_person ON records(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX records_form_state ON records(form, state) WHERE state IS NOT NULL;
    )"_s);
    if (!s)
        return s;
    for (const QString& id : forms.formIds()) {
        const FormKeys& k = forms.form(id)->keys;
        auto path = [](const QString& field) { return field.isEmpty() ? u"NULL"_s : u"json_extract(data, '$.%1')"_s.arg(field); };
        auto update = db.prepare(u"UPDATE records SET person_id = %1, event_date = %2, site = %3, state = %4 WHERE form = ?1"_s
                                     .arg(path(k.person), path(k.date), path(k.site), path(k.state)));
        if (!update)
            return update.error();
        update->bind(1, id);
        if (Status r = update->run(); !r)
            return r;
    }
    return {};
}

// Version 3: sync. Outbox rows are assigned to a push batch before it is sent (so a retry
// sends the same batch id and the same members); answers that refuse a change move it to
// `rejections`; concurrent edits are kept in `conflicts` for review. The sync state itself
// (server, credential, cursor, last success, last error) lives in `meta`.
Status toVersion3(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        ALTER TABLE outbox ADD COLUMN batch_id TEXT;
        CREATE INDEX outbox_batch ON outbox(batch_id, seq) WHERE batch_id IS NOT NULL;
        CREATE TABLE sync_batches(
            batch_id   TEXT PRIMARY KEY,
            created_ms INTEGER NOT NULL,
            attempts   INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TABLE rejections(
            seq       INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL,
            form      TEXT NOT NULL,
            field     TEXT NOT NULL,
            value     TEXT,
            hlc       TEXT NOT NULL,
            reason    TEXT NOT NULL,
            at_ms     INTEGER NOT NULL
        );
        CREATE INDEX rejections_record ON rejections(record_id);
        CREATE TABLE conflicts(
            id               TEXT PRIMARY KEY,
            seq              INTEGER NOT NULL,
            record_id        TEXT NOT NULL,
            form             TEXT NOT NULL,
            field            TEXT NOT NULL,
            winner_value     TEXT,
            winner_hlc       TEXT,
            winner_device    TEXT,
            loser_value      TEXT,
            loser_hlc        TEXT,
            loser_device     TEXT,
            resolved         INTEGER NOT NULL DEFAULT 0,
            resolved_locally INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX conflicts_open ON conflicts(seq) WHERE resolved = 0 AND resolved_locally = 0;
        CREATE INDEX conflicts_record ON conflicts(record_id);
    )"_s);
}

// Version 4: the audit trail (AuditLog.h). Append-only: triggers refuse UPDATE and DELETE
// of its rows, and an INSERT over an existing seq (INSERT OR REPLACE deletes without
// firing DELETE triggers), for every connection that opens the file with triggers
// enabled, the application's included. They do not stop someone who has the file and another SQLite
// (a thief can drop them and edit rows); the hash chain is what detects that. Entries hold
// who, when, what kind, a record id and form, and at most a non-identifying detail; never
// a value. `meta` keeps the chain's head ("audit_head": "<seq> <hash hex>") so that entries
// removed from the end are detected too.
Status toVersion4(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        CREATE TABLE audit(
            seq       INTEGER PRIMARY KEY,
            at_ms     INTEGER NOT NULL,
            actor     TEXT NOT NULL,
            kind      TEXT NOT NULL,
            record_id TEXT,
            form      TEXT,
            detail    TEXT,
            prev_hash BLOB NOT NULL,
            hash      BLOB NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed');
        END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be deleted');
        END;
        CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
        WHEN EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq)
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be replaced');
        END;
    )"_s);
}

// Version 5: list indexes that lead with (form, deleted), so that counting the live records
// of a form, or a page of them in date, site or state order, reads one index and no table
// rows (at two million assistance lines a count fell from about 2 s to a fraction of one).
// They replace the version 2 indexes, which lacked `deleted`.
Status toVersion5(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        DROP INDEX IF EXISTS records_form_date;
        DROP INDEX IF EXISTS records_form_site_date;
        DROP INDEX IF EXISTS records_form_state;
        CREATE INDEX records_live_date ON records(form, deleted, event_date);
        CREATE INDEX records_live_site ON records(form, deleted, site);
        CREATE INDEX records_live_state ON records(form, deleted, state);
    )"_s);
}

// Version 6: reference data from headquarters (ReferenceStore): the latest state of each
// entry of the sets headquarters manages, pulled with the records; `data` is NULL for an
// entry headquarters removed. Laid over the built-in copy entry by entry.
Status toVersion6(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        CREATE TABLE reference_entries(
            set_name TEXT NOT NULL,
            code TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT,
            seq INTEGER NOT NULL,
            PRIMARY KEY(set_name, code)
        ) WITHOUT ROWID;
    )"_s);
}

// Version 7: local accounts (core/security/Accounts.h). One row per user: role, the
// Argon2id parameters stored with the hash (algorithm, opslimit, memlimit, salt), the
// verifier (half of the Argon2id output), and the throttling state: failures since the
// last good login, the time before which the next attempt waits, and the lock-out that
// only an administrator lifts. The folder's data key wrapped for each user is a row of
// `wrapped_keys` (nonce || XChaCha20-Poly1305 box; `key_id` names the data key, kept in
// meta as "data_key_id"); removing a user or a crypto-erase deletes those rows, under
// secure_delete. Names compare without ASCII case.
Status toVersion7(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        CREATE TABLE users(
            name          TEXT PRIMARY KEY COLLATE NOCASE,
            role          TEXT NOT NULL CHECK (role IN ('admin', 'mobile', 'desk', 'protection')),
            kdf_alg       TEXT NOT NULL,
            kdf_ops       INTEGER NOT NULL,
            kdf_mem       INTEGER NOT NULL,
            kdf_salt      BLOB NOT NULL,
            verifier      BLOB NOT NULL,
            failures      INTEGER NOT NULL DEFAULT 0,
            not_before_ms INTEGER NOT NULL DEFAULT 0,
            locked        INTEGER NOT NULL DEFAULT 0,
            created_ms    INTEGER NOT NULL,
            changed_ms    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE wrapped_keys(
            user    TEXT PRIMARY KEY COLLATE NOCASE REFERENCES users(name) ON DELETE CASCADE,
            key_id  TEXT NOT NULL,
            wrapped BLOB NOT NULL
        ) WITHOUT ROWID;
    )"_s);
}

// Version 9: key roles (core/security/Accounts.h, FieldSealer.h). Each user has an X25519
// keypair: `user_keys` holds the public key in clear and the secret key wrapped under the
// user's password KEK. Keys are granted to a user by sealing them to that public key
// (`key_grants`: the data key D, or the secret of the protection keypair P, by generation);
// an older generation is kept sealed under its successor (`key_chain`) until nothing sealed
// under it remains. meta "data_key_gen" names the current D, meta "protection_public" the
// current P ("<gen>:<base64 public key>"). `recovery_key` is the recovery pseudo-user of the
// first administrator (Accounts::recover): its keypair, the secret wrapped under a key
// derived from the recovery secret, and its grant of D. Nothing is converted here: each user moves from
// `wrapped_keys` to a keypair at their next login, and values are re-sealed under the newest
// keys by Reseal (core/store/Reseal.h).
Status toVersion9(SqliteDb& db, const FormRegistry&)
{
    return db.exec(uR"(
        CREATE TABLE user_keys(
            user    TEXT PRIMARY KEY COLLATE NOCASE REFERENCES users(name) ON DELETE CASCADE,
            public  BLOB NOT NULL,
            wrapped BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE key_grants(
            user   TEXT NOT NULL COLLATE NOCASE REFERENCES users(name) ON DELETE CASCADE,
            kind   TEXT NOT NULL CHECK (kind IN ('data', 'protection')),
            gen    INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            PRIMARY KEY (user, kind, gen)
        ) WITHOUT ROWID;
        CREATE TABLE recovery_key(
            id     INTEGER PRIMARY KEY CHECK (id = 1),
            public BLOB NOT NULL,
            wrapped BLOB NOT NULL,
            salt   BLOB NOT NULL,
            gen    INTEGER NOT NULL,
            sealed BLOB NOT NULL
        );
        CREATE TABLE key_chain(
            kind   TEXT NOT NULL CHECK (kind IN ('data', 'protection')),
            gen    INTEGER NOT NULL,
            under  INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            PRIMARY KEY (kind, gen)
        ) WITHOUT ROWID;
    )"_s);
}

using Step = Status (*)(SqliteDb&, const FormRegistry&);
// Steps that need nothing but the database, by version (index 0 is version 1); the step to
// sealedVersion needs the data key and is sealStoredAnswers() (SchemaSealing.h).
constexpr Step kSteps[] = {toVersion1, toVersion2, toVersion3, toVersion4, toVersion5,
                           toVersion6, toVersion7, nullptr,    toVersion9};
static_assert(std::size(kSteps) == currentVersion);

// Copies every page of the WAL into the main file and truncates the WAL to nothing, so
// that the pages that held answers before they were sealed are gone from it.
void truncateWal(SqliteDb& db)
{
    auto s = db.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!s || !s->next() || s->integer(0) != 0)
        qCWarning(lcStore) << "the WAL could not be truncated after sealing; it is when the store closes";
}

} // namespace

int version(SqliteDb& db)
{
    auto v = db.scalar(u"PRAGMA user_version"_s);
    return v ? v->toInt() : -1;
}

Status migrate(SqliteDb& db, const FormRegistry& forms, int target, const FieldSealer* sealer)
{
    const int from = version(db);
    if (from < 0)
        return Error::io(db.lastError());
    if (from > currentVersion)
        return Error::unsupported(QCoreApplication::translate("Store",
                                                              "The database was written by a newer version of Prihvat "
                                                              "(schema %1; this version knows up to %2). Update Prihvat.")
                                      .arg(from)
                                      .arg(currentVersion));
    bool sealed = false; // the WAL is truncated after the last step
    for (int v = from + 1; v <= target; ++v) {
        const bool sealing = v == sealedVersion;
        if (sealing && !sealer)
            return {}; // at sealedVersion - 1 until a key is available
        SqliteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        if (Status s = sealing ? sealStoredAnswers(db, forms, *sealer) : kSteps[v - 1](db, forms); !s)
            return Error::io(QCoreApplication::translate("Store", "Upgrading the database to schema %1 failed: %2")
                                 .arg(v)
                                 .arg(s.error().message));
        if (Status s = db.exec(u"PRAGMA user_version = %1"_s.arg(v)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcStore) << "database schema upgraded to version" << v;
        sealed = sealed || sealing;
    }
    if (sealed)
        truncateWal(db);
    return {};
}

} // namespace prihvat::Schema
