#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace prihvat {

class LocalStore;

// Which records a list shows. Empty members do not filter.
struct RecordFilter
{
    QString form;
    QString site;
    QDate from;
    QDate to;
    QString state;
    QString personId;
};

// One row of a list: the indexed key columns, the values, and the person's name when the
// record refers to one. While the store is locked, the values hold no sealed answers and
// the name is empty.
struct RecordRow
{
    std::int64_t rid = 0;
    QString id;
    QString form;
    QString date;
    QString site;
    QString state;
    QString personId;
    QString personName;
    std::int64_t updatedMs = 0;
    QJsonObject values;
};

// Lists that stay fast at millions of rows: filters and ordering use only indexed
// columns, and pages are fetched after a cursor (keyset paging), never with OFFSET.
class RecordQuery
{
public:
    enum class Sort { Date, Site, State, Updated };

    struct Cursor
    {
        QString key;
        std::int64_t rid = 0;
    };

    explicit RecordQuery(const LocalStore& store) : m_store(store) {}

    Result<std::int64_t> count(const RecordFilter& filter) const;
    // Up to `limit` rows after `after` (the last row of the previous page).
    Result<QList<RecordRow>> page(const RecordFilter& filter, Sort sort, bool descending, int limit,
                                  const std::optional<Cursor>& after = std::nullopt) const;
    static Cursor cursorOf(const RecordRow& row, Sort sort);

private:
    const LocalStore& m_store;
};

} // namespace prihvat
