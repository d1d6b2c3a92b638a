#pragma once

#include "SecretKey.h"
#include "common/Result.h"

#include <memory>

namespace prihvat {

class DataFolder;
class LocalStore;

// INTERIM — replaced at merge by the account session (branch `sec`): there, the data key
// is wrapped for each user by a key derived from the user's password and a Session carries
// it as std::shared_ptr<const SecretKey>; every caller of this function takes the session's
// key instead, and this file goes away.
//
// Until then the data key of a folder is kept beside its database in `data.key` (32 random
// bytes, 0600, in the 0700 folder), made the first time it is asked for. That keeps the
// sealed answers out of the database, its WAL, backups and logs, but not from someone who
// has the whole folder: it is not the protection a password gives.
Result<std::shared_ptr<const SecretKey>> interimDataKey(const DataFolder& folder);

// Unlocks `store` with its folder's interim data key (LocalStore::setSealer).
Status unlockWithInterimKey(LocalStore& store);

} // namespace prihvat
