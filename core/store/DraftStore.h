#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace prihvat {

class LocalStore;

// The one unsaved record a user was filling in when their session locked, kept so that
// locking never loses input. One draft per user, in the `meta` table under
// "draft:<user>": the draft as compact JSON sealed with the store's sealer (the data key),
// with "draft" and the user name as associated data, so it is never on disk in clear and
// a draft copied to another user's entry does not open. A locked store neither keeps nor
// opens a draft. Deleting a row overwrites it (secure_delete).
class DraftStore
{
public:
    explicit DraftStore(LocalStore& store) : m_store(store) {}

    Status keep(const QString& user, const QJsonObject& draft);
    // The user's draft, if there is one that opens with the current key. A draft that no
    // longer opens (the key changed, the entry was tampered with) is dropped.
    Result<std::optional<QJsonObject>> find(const QString& user);
    Status discard(const QString& user);

    static QString metaKey(const QString& user);

private:
    LocalStore& m_store;
};

} // namespace prihvat
