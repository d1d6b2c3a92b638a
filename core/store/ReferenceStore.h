#pragma once

#include "common/Result.h"
#include "sync/Protocol.h"

#include <QList>

#include <memory>

namespace prihvat {

class FormRegistry;
class SqliteDb;

// Reference data headquarters sent (schema 6, table `reference_entries`): stored with the
// pulled page that brought it, and laid over the built-in copy when the store opens. A set
// held here replaces the built-in set of that name (ReferenceData::withSet).
namespace ReferenceStore {

// Stores the changes (an entry set, or removed when its `entry` is null). The caller holds
// the transaction. An entry the device cannot use (a malformed one, or of a set this version
// does not know) is skipped with a warning: headquarters checked it already. Gives the
// number stored.
Result<int> apply(SqliteDb& db, const QList<protocol::ReferenceChange>& changes);

// `forms` with the stored sets in place of the built-in ones; `forms` itself when nothing is
// stored. A stored set that does not load is left out (the built-in one stays) with a warning.
Result<std::shared_ptr<const FormRegistry>> overlay(SqliteDb& db, std::shared_ptr<const FormRegistry> forms);

} // namespace ReferenceStore
} // namespace prihvat
