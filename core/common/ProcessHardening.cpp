#include "ProcessHardening.h"

#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace prihvat {

namespace {

// The compiler may not drop a write to memory that is about to be freed.
void zero(void* data, std::size_t size)
{
    if (size > 0)
        explicit_bzero(data, size);
}

} // namespace

bool hardenProcess()
{
    const rlimit none{0, 0};
    const bool noCore = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && notDumpable;
}

bool processIsHardened()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0)
        return false;
    return limit.rlim_cur == 0 && limit.rlim_max == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

void wipeSecret(QString& secret)
{
    if (!secret.isEmpty())
        zero(secret.data(), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

void wipeSecret(QByteArray& secret)
{
    if (!secret.isEmpty())
        zero(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

} // namespace prihvat
