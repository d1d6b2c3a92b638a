#pragma once

#include "common/Result.h"

#include <cstdint>

namespace prihvat {

class LocalStore;
class SqliteDb;

// Re-sealing stored answers under the newest keys (schema 9), after a key changed: a user
// was removed (new data key D'), a protection officer left (new protection keypair P'), or
// the folder got its first protection keypair (protection answers then move from D to P).
//
// A pass walks the records, the outbox, kept rejections, the conflict log and the sealed
// values of `meta` (the store's key check, and the sync credential when it is sealed with
// the store's sealer under record "" and its meta key), a batch of rows at a time, each
// batch in its own transaction; where it is is kept in meta "reseal_state", so a pass
// interrupted by a crash or a logout goes on where it stopped, and nothing is lost: a row
// is rewritten only inside the transaction that also moves the cursor past it. Each sealed
// value that is not under the newest generation of its key (identifying answers: D;
// protection answers: P, or D while the folder has no P) is opened and sealed again, if the
// store's session holds the key it was sealed with; otherwise it is left, and counted. An
// answer is also sealed again when it is in a format from before stamps were bound ("s1:",
// "s2:", "p1:"): it moves to "s3:" / "p2:", bound to the stamp it was written under
// (FieldSealer.h), so that after a pass a folder holds bound answers only (the sync
// credential and drafts stay "s2:"). A "p1:"/"p2:" value of an older P waits for a protection officer's
// session (meta "reseal_waiting"). A value that does not open although the key is held (damaged) is left as
// it is, and so is the key it names. Progress is rows done of rows in all.
//
// At the end of a pass, the key material of every older generation that no stored value
// names any more (records, outbox, rejections, conflicts, meta) is deleted under
// secure_delete: its grants and its link in the chain; then the WAL is truncated, as after
// a crypto-erase. Until then, the older keys stay reachable through the chain (each older
// generation sealed under its successor), so nothing becomes unreadable meanwhile.
class Reseal
{
public:
    struct Progress
    {
        std::int64_t done = 0;
        std::int64_t total = 0;
        bool running = false; // a pass is under way (or waits to go on)
    };

    explicit Reseal(LocalStore& store) : m_store(store) {}

    // Starts a pass (from the beginning, if one was under way). Used inside the caller's
    // transaction.
    static Status schedule(SqliteDb& db);

    Result<Progress> progress() const;
    // One batch of at most `rows` rows, in its own transaction; needs an unlocked store.
    // Ends the pass (and discards unused keys) when nothing is left to walk.
    Result<Progress> step(int rows = 500);
    // Steps until the pass is over.
    Result<Progress> finish();
    // A pass is owed because older protection answers waited for a protection officer,
    // and this store's session holds a protection key: schedules it.
    Status resumeIfWaiting();

    // Deletes the grants and chain links of older generations that no stored value names.
    // Returns how many generations were discarded.
    Result<int> discardUnusedKeys();

private:
    LocalStore& m_store;
};

} // namespace prihvat
