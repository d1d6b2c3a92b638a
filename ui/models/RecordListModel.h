#pragma once

#include "store/RecordQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <cstdint>

namespace prihvat {

class FormDefinition;
class LocalStore;
class PersonIndex;
class ReferenceData;

// The records of one form as a table that stays responsive at millions of rows: rows come
// from RecordQuery in pages of `pageSize`, each page fetched after the last row's cursor
// (keyset paging, never OFFSET) when the view scrolls near the end (canFetchMore/fetchMore).
// Nothing is read until reload() is called. Sorting by date, site or state re-queries from
// the start; the other columns are not sortable.
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Date,
        Person,
        Site,
        State,
        Details
    };
    static constexpr int pageSize = 200;
    // Qt::UserRole gives the record id, PersonIdRole the id of the person it refers to.
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    // `people`, when given, names persons whose name the query could not read.
    RecordListModel(const LocalStore& store, const QString& formId, const PersonIndex* people = nullptr,
                    QObject* parent = nullptr);

    const QString& formId() const { return m_formId; }
    // Filters apply on the next reload(); the form is always this model's form.
    void setFilter(const RecordFilter& filter);
    const RecordFilter& filter() const { return m_filter; }
    // Labels, dates and summaries in `language`; refreshes what is shown.
    void setLanguage(const QString& language);
    const QString& language() const { return m_language; }

    // Drops every row and reads the first page (and the total count) again.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Rows matching the filter in the store (not only those fetched so far); -1 before the
    // first load or when counting failed.
    std::int64_t totalCount() const { return m_total; }
    // The last query error in the user's language, empty when all went well.
    const QString& lastError() const { return m_error; }

    // The column a section shows (the State column exists only when the form has a state).
    Column columnKind(int section) const { return m_columns.at(section); }
    // The section of a column, -1 when the form has no such column.
    int sectionOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    bool isSortable(int section) const;
    // The section sorted by and its order.
    int sortSection() const;
    Qt::SortOrder sortOrder() const { return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    const RecordRow* row(int row) const;
    QString recordId(int row) const;
    // The row showing a record among the rows fetched so far, -1 when not fetched.
    int rowOf(const QString& recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every reload (filters, sort, saves): the new total count.
    void reloaded(qint64 total);

private:
    QList<RecordRow> queryPage() const;
    QString displayText(const RecordRow& row, Column column) const;
    QString personName(const RecordRow& row) const;

    const LocalStore& m_store;
    const QString m_formId;
    const FormDefinition* m_form = nullptr;
    const ReferenceData& m_reference;
    const PersonIndex* m_people = nullptr;
    QList<Column> m_columns;
    RecordFilter m_filter;
    QString m_language = QStringLiteral("en");
    RecordQuery::Sort m_sort = RecordQuery::Sort::Date;
    bool m_descending = true;

    QList<RecordRow> m_rows;
    bool m_loaded = false;
    bool m_hasMore = false;
    bool m_changing = false; // inside a reset or an insertion: no nested fetch
    std::int64_t m_total = -1;
    mutable QString m_error;
};

} // namespace prihvat
