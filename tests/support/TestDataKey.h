#pragma once

#include "security/SecretKey.h"
#include "common/Result.h"

#include <memory>

namespace prihvat {

class DataFolder;
class LocalStore;

// For tests and benchmarks only (never linked into the applications, which take the data
// key from the logged-in user's session): a folder's data key kept beside its database in
// `data.key` (32 random bytes, 0600), made the first time it is asked for, so that a test
// process, a crash writer it starts and a benchmark can open the same sealed folder without
// an account.
Result<std::shared_ptr<const SecretKey>> interimDataKey(const DataFolder& folder);

// Unlocks `store` with its folder's interim data key (LocalStore::setSealer).
Status unlockWithInterimKey(LocalStore& store);

} // namespace prihvat
