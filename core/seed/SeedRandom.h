#pragma once

#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>

namespace prihvat::seed {

// The seeder's only source of chance. std::mt19937_64's output is fixed by the standard;
// the std:: distributions are not (they differ between standard libraries), so every draw
// here is made from the raw engine output, and the same seed gives the same data with any
// compiler.
class SeedRandom
{
public:
    explicit SeedRandom(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, 1), 53 bits.
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n), n > 0.
    int below(int n) { return static_cast<int>(unit() * n); }
    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return unit() < p; }

    // An index chosen with the given weights (any non-negative numbers, not all zero).
    int weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return static_cast<int>(i);
            x -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    int weighted(std::initializer_list<double> weights)
    {
        return weighted(std::span(weights.begin(), weights.size()));
    }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

    // 1 + the number of further successes, each with probability `p`, at most `max`:
    // a geometric count with mean about 1 / (1 - p).
    int run(double p, int max)
    {
        int n = 1;
        while (n < max && chance(p))
            ++n;
        return n;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace prihvat::seed
