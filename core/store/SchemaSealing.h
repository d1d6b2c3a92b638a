#pragma once

#include "common/Result.h"

namespace prihvat {

class FieldSealer;
class FormRegistry;
class SqliteDb;

namespace Schema {

// Version 8: the answers of identifying and protection-sensitive fields are sealed
// (AnswerSealer.h). The step seals every such answer already stored, in records, the
// outbox, kept rejections and the conflict log, and writes a key check to `meta`; it needs
// the data key, so a database stays at version 7 until a key is available (migrate() with
// a sealer, which LocalStore::setSealer calls). It runs inside migrate()'s transaction.
Status sealStoredAnswers(SqliteDb& db, const FormRegistry& forms, const FieldSealer& sealer);

// The key opens this database's key check (schema 8): the right data key. A database
// without a check yet (version 7) accepts any key.
Status checkSealKey(SqliteDb& db, const FieldSealer& sealer);

// The device's sync credential (`meta.sync_credential`), when an older version stored it in
// clear, is sealed in place (FieldSealer, record id "meta", field "sync_credential"), in a
// transaction of its own; the clear row is overwritten (secure_delete) and the WAL
// checkpointed and truncated, so no copy of it stays in the files. Needs no schema step: a
// sealed value tells itself apart from a clear one. Nothing to do when it is sealed or absent.
Status sealSyncCredential(SqliteDb& db, const FieldSealer& sealer);

} // namespace Schema
} // namespace prihvat
