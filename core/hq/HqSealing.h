#pragma once

#include "HqAudit.h"
#include "HqDatabase.h"
#include "HqSealer.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

#include <cstdint>

namespace prihvat {
class FormRegistry;
}

namespace prihvat::hq {

// What `sealExisting` did: values sealed per table.
struct SealReport
{
    std::int64_t changes = 0;
    std::int64_t fields = 0;
    std::int64_t conflicts = 0; // conflict entries (each has two values)
    std::int64_t total() const { return changes + fields + conflicts; }
};

// The key of a headquarters database (table `sealing`, schema version 4): which key it
// needs, and sealing the protection-sensitive values it still holds in clear.
class HqSealing
{
public:
    HqSealing(HqDatabase& db, const FormRegistry& forms, const Clock& clock);

    // Whether the database has been given a key (it then never runs without it).
    Result<bool> needsKey() const;

    // Before serving: with a key, the key the database was given (Code::Invalid when it is
    // another one), or the database is given this key now; without a key, Code::Invalid
    // when the database needs one.
    Status check(const HqSealer& sealer);

    // Seals every protection-sensitive value still in clear (from before the key, or a
    // database of schema 3), in transactions of `batchRows` rows: stopped half way, it goes
    // on where it was. Call check() first. Each batch that sealed something is in the audit
    // trail (counts only), as done by `actor`.
    Result<SealReport> sealExisting(const HqSealer& sealer, const QString& actor, int batchRows = 500);

private:
    Result<std::int64_t> sealBatch(const HqSealer& sealer, int table, int batchRows);

    HqDatabase& m_db;
    const FormRegistry& m_forms;
    const Clock& m_clock;
};

} // namespace prihvat::hq
