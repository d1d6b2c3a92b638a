#pragma once

#include "common/Result.h"

namespace prihvat {

class SqliteDb;
class FormRegistry;

// The local database's schema, by version (PRAGMA user_version). Each step moves a
// database from version N-1 to N inside one transaction; a database from any earlier
// version is brought to the current one on open.
namespace Schema {

constexpr int currentVersion = 7;
// The first version with the audit trail (table `audit`).
constexpr int auditVersion = 4;
// The first version with local accounts (tables `users`, `wrapped_keys`).
constexpr int accountsVersion = 7;

// Applies the steps after the database's version, up to `target` (tests stop early to
// build databases of older versions). A database newer than this build is refused.
Status migrate(SqliteDb& db, const FormRegistry& forms, int target = currentVersion);
int version(SqliteDb& db);

} // namespace Schema
} // namespace prihvat
