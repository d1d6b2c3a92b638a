#pragma once

#include "common/Result.h"
#include "sync/Protocol.h"

#include <QList>

#include <memory>

namespace prihvat {

class FormRegistry;
class SqliteDb;

// Reference data headquarters sent (schema 6, table `reference_entries`): stored with the
// pulled page that brought it, and laid over the built-in copy when the store opens, entry
// by entry (ReferenceData::withUpdates): an entry from headquarters replaces the built-in
// one of the same code, a new one is added, a removed one is gone.
namespace ReferenceStore {

// Stores the changes (an entry set, or removed when its `entry` is null). The caller holds
// the transaction. An entry the device cannot use (a malformed one, or of a set this version
// does not know) is skipped with a warning: headquarters checked it already. Gives the
// number stored.
Result<int> apply(SqliteDb& db, const QList<protocol::ReferenceChange>& changes);

// `forms` with the stored entries laid over its reference data; `forms` itself when nothing
// is stored. A set whose stored entries do not load is left as it was, with a warning.
Result<std::shared_ptr<const FormRegistry>> overlay(SqliteDb& db, std::shared_ptr<const FormRegistry> forms);

} // namespace ReferenceStore
} // namespace prihvat
