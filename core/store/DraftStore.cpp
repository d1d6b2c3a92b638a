#include "DraftStore.h"

#include "LocalStore.h"
#include "SqliteDb.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {
const QString kAssociatedRecord = u"draft"_s;

Error lockedError()
{
    return Error::conflict(QCoreApplication::translate(
        "Store", "The data folder is locked: log in to keep or open unsaved work."));
}
} // namespace

QString DraftStore::metaKey(const QString& user)
{
    return u"draft:"_s + user;
}

Status DraftStore::keep(const QString& user, const QJsonObject& draft)
{
    const auto sealer = m_store.sealer();
    if (!sealer)
        return lockedError();
    auto sealed = sealer->seal(kAssociatedRecord, user, QJsonDocument(draft).toJson(QJsonDocument::Compact));
    if (!sealed)
        return sealed.error();
    auto stmt = m_store.db().prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!stmt)
        return m_store.storeError(QCoreApplication::translate("Store", "Keeping unsaved work"));
    stmt->bind(1, metaKey(user)).bind(2, *sealed);
    if (!stmt->run())
        return m_store.storeError(QCoreApplication::translate("Store", "Keeping unsaved work"));
    return {};
}

Result<std::optional<QJsonObject>> DraftStore::find(const QString& user)
{
    const auto sealer = m_store.sealer();
    if (!sealer)
        return lockedError();
    auto stmt = m_store.db().prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!stmt)
        return m_store.storeError(QCoreApplication::translate("Store", "Reading unsaved work"));
    stmt->bind(1, metaKey(user));
    if (!stmt->next()) {
        if (!stmt->ok())
            return m_store.storeError(QCoreApplication::translate("Store", "Reading unsaved work"));
        return std::optional<QJsonObject>();
    }
    const QString sealed = stmt->text(0);
    stmt->reset();
    auto plain = sealer->open(kAssociatedRecord, user, sealed);
    QJsonParseError parseError;
    const QJsonDocument doc = plain ? QJsonDocument::fromJson(*plain, &parseError) : QJsonDocument();
    if (!plain || !doc.isObject()) {
        if (Status s = discard(user); !s)
            return s.error();
        return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(doc.object());
}

Status DraftStore::discard(const QString& user)
{
    auto stmt = m_store.db().prepare(u"DELETE FROM meta WHERE key = ?1"_s);
    if (!stmt)
        return m_store.storeError(QCoreApplication::translate("Store", "Discarding unsaved work"));
    stmt->bind(1, metaKey(user));
    if (!stmt->run())
        return m_store.storeError(QCoreApplication::translate("Store", "Discarding unsaved work"));
    return {};
}

} // namespace prihvat
