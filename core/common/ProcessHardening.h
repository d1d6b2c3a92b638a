#pragma once

#include <QByteArray>
#include <QString>

namespace prihvat {

// Keeps secrets of this process out of places other than its memory. Every executable
// (prihvat, prihvat-cli, prihvat-hq) calls hardenProcess() first thing in main():
// - no core dumps (RLIMIT_CORE 0, soft and hard, so a child cannot raise it again), and
// - not dumpable (prctl PR_SET_DUMPABLE 0): the kernel writes no core even when a limit is
//   raised, other processes of the same user cannot ptrace it, and its /proc files
//   (environ, mem, maps) belong to root, so a password passed in PRIHVAT_PASSWORD cannot be
//   read from /proc/PID/environ by another program of the same user.
// Returns false (and changes what it could) when the system refuses either step.
bool hardenProcess();

// True when this process is not dumpable and its core size limit is zero (for tests).
bool processIsHardened();

// Overwrites the characters of a password or other secret held in a QString / QByteArray,
// then empties it. Best effort: only the buffer this object owns is wiped (a QString shared
// with another copy is detached first by Qt, so callers wipe every copy they made).
void wipeSecret(QString& secret);
void wipeSecret(QByteArray& secret);

} // namespace prihvat
