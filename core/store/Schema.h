#pragma once

#include "common/Result.h"

namespace prihvat {

class FieldSealer;
class SqliteDb;
class FormRegistry;

// The local database's schema, by version (PRAGMA user_version). Each step moves a
// database from version N-1 to N inside one transaction; a database from any earlier
// version is brought to the current one on open.
namespace Schema {

constexpr int currentVersion = 9;
// The first version with the audit trail (table `audit`).
constexpr int auditVersion = 4;
// The first version with local accounts (tables `users`, `wrapped_keys`).
constexpr int accountsVersion = 7;
// The first version whose identifying and protection-sensitive answers are sealed
// (SchemaSealing.h). Reaching it needs the data key.
constexpr int sealedVersion = 8;
// The first version with per-user keypairs and the protection keypair (Accounts.h).
constexpr int keyRolesVersion = 9;

// Applies the steps after the database's version, up to `target` (tests stop early to
// build databases of older versions). A database newer than this build is refused.
// The step to sealedVersion runs only with a `sealer`: without one the database stays at
// sealedVersion - 1 (its answers as they were) until a key is available. Right after that
// step the WAL is checkpointed and truncated, so that it keeps no page of clear answers.
Status migrate(SqliteDb& db, const FormRegistry& forms, int target = currentVersion,
               const FieldSealer* sealer = nullptr);
int version(SqliteDb& db);

} // namespace Schema
} // namespace prihvat
