#pragma once

#include "common/Result.h"
#include "security/KeyRing.h"
#include "security/SecretKey.h"

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

// The folder's interim protection keypair, kept beside it in `protection.key` (its 32-byte
// secret key, 0600) the same way: generation 1 of P.
Result<std::shared_ptr<const SecretKey>> interimProtectionKey(const DataFolder& folder);

// The keys of the interim data key (generation 1) and, when `protection`, of the interim
// protection keypair (its public key and its secret): what a protection officer's session
// holds. Without `protection`, protection answers are still sealed to the interim public key
// when the folder has one, as any other role's session would.
Result<KeyRing> interimKeys(const DataFolder& folder, bool protection = true);

// Unlocks `store` with its folder's interim keys (LocalStore::setSealer).
Status unlockWithInterimKey(LocalStore& store, bool protection = true);

} // namespace prihvat
