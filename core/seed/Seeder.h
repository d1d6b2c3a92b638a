#pragma once

#include "common/Result.h"

#include <cstdint>

namespace prihvat {

class LocalStore;

struct SeedReport
{
    std::int64_t persons = 0;
    std::int64_t records = 0; // every record written, persons included
    double seconds = 0;
};

// Realistic synthetic data for demonstrations, tests and benchmarks, written through the
// same validation and outbox path as a user's saves (RecordService::prepare*), in large
// transactions. Deterministic: the same seed and count give the same values. Seeded
// records stay on the device: they are written without outbox changes, so a demonstration
// folder that is later enrolled never pushes synthetic people to headquarters.
class Seeder
{
public:
    Seeder(LocalStore& store, std::uint64_t seed);
    Result<SeedReport> run(int persons);

private:
    LocalStore& m_store;
    std::uint64_t m_seed;
};

} // namespace prihvat
