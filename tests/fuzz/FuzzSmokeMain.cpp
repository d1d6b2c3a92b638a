// A small, deterministic stand-in for libFuzzer, so that the normal test run (g++, no
// libFuzzer) still drives a fuzz target's entry function: every file of a corpus folder,
// then a fixed number of mutations of them from a fixed seed (bit flips, interesting bytes,
// JSON and HTTP tokens, deletions, repeats, splices). Same build, same inputs, every run.
//
//     fuzz_smoke_<target> CORPUS_DIR [--mutations N] [--seconds S] [--seed N]
//
// --seconds bounds the run (it then stops early and says so; what ran still counts).
// A crash, a failed check in the target or a sanitizer report ends the process; the input
// that caused it is written to fuzz-smoke-crash-<target> in the current folder first.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

// splitmix64: the same numbers on every platform and standard library.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

const char* const kTokens[] = {
    "null", "true", "false", "0", "-0", "1e999", "-1e999", "9007199254740993", "1.5", "-1", "\"\"", "{}", "[]",
    "[[[[[[[[[[[[[[[[", "{\"\":", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\"", "\xc3\x28", "\xef\xbf\xbf",
    "\"batch_id\"", "\"changes\"", "\"record_id\"", "\"form\"", "\"field\"", "\"value\"", "\"hlc\"", "\"base\"",
    "\"_deleted\"", "\"person\"", "\"assistance\"", "\"code\"", "\"name\"", "\"seq\"", "\"next\"", "\"conflicts\"",
    "\n%%\n", "\nContent-Encoding: gzip", "\nX-Fuzz-Gzip: 1", "\nAccept-Encoding: gzip", "?after=", "&limit=",
    "Bearer ", "GET ", "POST ", "/v1/push", "/v1/pull", "/v1/enroll", "/v1/health", "%00", "%2F",
    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
};
const std::uint8_t kInteresting[] = {0, 1, 0x7f, 0x80, 0xff, '"', '\\', '{', '}', '[', ']', ',', ':', '\n', ' ', '0', '9'};
constexpr std::size_t kMaxSize = 64 * 1024;
constexpr std::size_t kMaxMutationBase = 8 * 1024; // larger seeds (a gzip bomb) run once, unmutated

Bytes readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void mutate(Bytes& b, const std::vector<Bytes>& corpus, Random& random)
{
    const std::size_t edits = 1 + random.below(5);
    for (std::size_t e = 0; e < edits; ++e) {
        const std::size_t pos = random.below(b.size() + 1);
        switch (random.below(8)) {
        case 0: // flip a bit
            if (!b.empty())
                b[random.below(b.size())] ^= static_cast<std::uint8_t>(1u << random.below(8));
            break;
        case 1: // an interesting byte
            if (!b.empty())
                b[random.below(b.size())] = kInteresting[random.below(std::size(kInteresting))];
            break;
        case 2: { // a token
            const char* t = kTokens[random.below(std::size(kTokens))];
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(pos), t, t + std::strlen(t));
            break;
        }
        case 3: { // delete a run
            const std::size_t n = std::min(b.size() - std::min(pos, b.size()), 1 + random.below(16));
            b.erase(b.begin() + static_cast<std::ptrdiff_t>(pos), b.begin() + static_cast<std::ptrdiff_t>(pos + n));
            break;
        }
        case 4: { // repeat a run (deep nesting, long strings, many changes)
            if (b.empty())
                break;
            const std::size_t from = random.below(b.size());
            const std::size_t n = std::min(b.size() - from, 1 + random.below(64));
            const Bytes run(b.begin() + static_cast<std::ptrdiff_t>(from),
                            b.begin() + static_cast<std::ptrdiff_t>(from + n));
            const std::size_t times = 1 + random.below(random.below(4) == 0 ? 200 : 4);
            for (std::size_t i = 0; i < times && b.size() + n <= kMaxSize; ++i)
                b.insert(b.begin() + static_cast<std::ptrdiff_t>(pos), run.begin(), run.end());
            break;
        }
        case 5: { // splice with another input
            const Bytes& other = corpus[random.below(corpus.size())];
            const std::size_t cut = random.below(other.size() + 1);
            b.resize(std::min(pos, b.size()));
            b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(cut), other.end());
            break;
        }
        case 6: // truncate
            b.resize(std::min(pos, b.size()));
            break;
        default: // a random byte
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(pos), static_cast<std::uint8_t>(random.next()));
            break;
        }
        if (b.size() > kMaxSize)
            b.resize(kMaxSize);
    }
}

std::string g_crashFile;

// Keeps the input being run, so that a crash can be reproduced (libFuzzer does the same).
void remember(const Bytes& input)
{
    std::ofstream out(g_crashFile, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(input.data()), static_cast<std::streamsize>(input.size()));
}

} // namespace

int main(int argc, char** argv)
{
    std::string corpusDir;
    long mutations = 3000;
    double seconds = 20;
    std::uint64_t seed = 20250615;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mutations" && i + 1 < argc)
            mutations = std::strtol(argv[++i], nullptr, 10);
        else if (a == "--seconds" && i + 1 < argc)
            seconds = std::strtod(argv[++i], nullptr);
        else if (a == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else
            corpusDir = a;
    }
    if (corpusDir.empty()) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [--mutations N] [--seconds S] [--seed N]\n", argv[0]);
        return 2;
    }
    const std::string name = std::filesystem::path(argv[0]).filename().string();
    g_crashFile = "fuzz-smoke-crash-" + name;

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(corpusDir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end()); // directory order is not fixed
    if (files.empty()) {
        std::fprintf(stderr, "%s: no corpus files in %s\n", name.c_str(), corpusDir.c_str());
        return 2;
    }
    std::vector<Bytes> corpus;
    std::vector<Bytes> bases;
    for (const auto& f : files) {
        corpus.push_back(readFile(f));
        if (corpus.back().size() <= kMaxMutationBase)
            bases.push_back(corpus.back());
    }
    if (bases.empty())
        bases = corpus;

    LLVMFuzzerInitialize(&argc, &argv);
    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };

    for (const Bytes& input : corpus) {
        remember(input);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    Random random(seed);
    long done = 0;
    for (; done < mutations; ++done) {
        if (elapsed() > seconds) {
            std::printf("%s: stopped at the %.0f s bound after %ld of %ld mutations\n", name.c_str(), seconds, done,
                        mutations);
            break;
        }
        Bytes input = bases[random.below(bases.size())];
        mutate(input, corpus, random);
        remember(input);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::remove(g_crashFile.c_str());
    std::printf("%s: %zu corpus files and %ld mutations (seed %llu) in %.1f s, no failure\n", name.c_str(),
                corpus.size(), done, static_cast<unsigned long long>(seed), elapsed());
    return 0;
}
