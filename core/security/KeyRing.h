#pragma once

#include "SecretKey.h"

#include <QByteArray>

#include <map>
#include <memory>

namespace prihvat {

// The keys one session holds (schema 9), by generation:
//  - the data key D of every generation the session can reach (its own grant of the current
//    generation, and older ones through the chain: each older D is kept wrapped under its
//    successor), which seals identifying answers;
//  - the protection keypair P of the folder: its current public key, which anyone may seal
//    protection-sensitive answers to, and the secret keys the session holds (protection
//    officers only; empty for every other role, administrators included).
// A generation is a positive number; a new one is made whenever a holder of the old one
// leaves (Accounts.h).
struct KeyRing
{
    int dataGeneration = 1;
    std::map<int, std::shared_ptr<const SecretKey>> data;
    int protectionGeneration = 0; // 0: the folder has no protection keypair yet
    QByteArray protectionPublic;  // crypto_box public key of that generation
    std::map<int, std::shared_ptr<const SecretKey>> protection;

    std::shared_ptr<const SecretKey> currentData() const
    {
        const auto it = data.find(dataGeneration);
        return it == data.end() ? nullptr : it->second;
    }
    std::shared_ptr<const SecretKey> currentProtection() const
    {
        const auto it = protection.find(protectionGeneration);
        return it == protection.end() ? nullptr : it->second;
    }
};

} // namespace prihvat
