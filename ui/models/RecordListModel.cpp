#include "RecordListModel.h"
#include "Format.h"

#include "RecordSummary.h"
#include "forms/FormRegistry.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"

#include <QDate>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Dates, numbers and ids keep their left-to-right order inside right-to-left text.
QString ltr(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

// A name takes the direction of its own script, without disturbing the text around it.
QString isolated(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

RecordListModel::RecordListModel(const LocalStore& store, const QString& formId, const PersonIndex* people,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_formId(formId), m_form(store.forms().form(formId)),
      m_reference(store.forms().reference()), m_people(people)
{
    m_filter.form = formId;
    m_columns = {Column::Date, Column::Person, Column::Site};
    if (m_form && !m_form->keys.state.isEmpty())
        m_columns.append(Column::State);
    m_columns.append(Column::Details);
}

void RecordListModel::setFilter(const RecordFilter& filter)
{
    m_filter = filter;
    m_filter.form = m_formId;
}

void RecordListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QList<RecordRow> RecordListModel::queryPage() const
{
    if (!m_form) {
        m_error = tr("There is no form \"%1\".").arg(m_formId);
        return {};
    }
    std::optional<RecordQuery::Cursor> after;
    if (!m_rows.isEmpty())
        after = RecordQuery::cursorOf(m_rows.constLast(), m_sort);
    auto rows = RecordQuery(m_store).page(m_filter, m_sort, m_descending, pageSize, after);
    if (!rows) {
        m_error = rows.error().message;
        return {};
    }
    return std::move(rows).value();
}

void RecordListModel::reload()
{
    // Views and testers may ask for more rows while the reset is being announced.
    const QScopedValueRollback busy(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_loaded = true;
    auto total = RecordQuery(m_store).count(m_filter);
    m_total = total ? *total : -1;
    if (!total)
        m_error = total.error().message;
    m_rows = queryPage();
    m_hasMore = m_rows.size() == pageSize;
    endResetModel();
    Q_EMIT reloaded(m_total);
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && m_hasMore && !m_changing;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<RecordRow> more = queryPage();
    m_hasMore = more.size() == pageSize;
    if (more.isEmpty())
        return;
    const QScopedValueRollback busy(m_changing, true);
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(std::move(more));
    endInsertRows();
}

bool RecordListModel::isSortable(int section) const
{
    if (section < 0 || section >= m_columns.size())
        return false;
    const Column c = m_columns.at(section);
    return c == Column::Date || c == Column::Site || c == Column::State;
}

int RecordListModel::sortSection() const
{
    switch (m_sort) {
    case RecordQuery::Sort::Site:
        return sectionOf(Column::Site);
    case RecordQuery::Sort::State:
        return sectionOf(Column::State);
    case RecordQuery::Sort::Date:
    case RecordQuery::Sort::Updated:
        break;
    }
    return sectionOf(Column::Date);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const Column c = m_columns.at(column);
    const RecordQuery::Sort sort = c == Column::Site    ? RecordQuery::Sort::Site
                                   : c == Column::State ? RecordQuery::Sort::State
                                                        : RecordQuery::Sort::Date;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    if (m_loaded)
        reload();
}

const RecordRow* RecordListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString RecordListModel::recordId(int row) const
{
    const RecordRow* r = this->row(row);
    return r ? r->id : QString();
}

int RecordListModel::rowOf(const QString& recordId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == recordId)
            return i;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString RecordListModel::personName(const RecordRow& row) const
{
    QString name = row.personName;
    if (name.isEmpty() && m_people && !row.personId.isEmpty())
        if (const PersonEntry* e = m_people->find(row.personId))
            name = e->displayName();
    return name;
}

QString RecordListModel::displayText(const RecordRow& row, Column column) const
{
    switch (column) {
    case Column::Date: {
        const QDate date = QDate::fromString(row.date, Qt::ISODate);
        return ltr(date.isValid() ? Format::date(date, m_language) : row.date);
    }
    case Column::Person: {
        const QString name = personName(row);
        if (!name.isEmpty())
            return isolated(name);
        return ltr(row.personId.left(8));
    }
    case Column::Site:
        return row.site.isEmpty() ? QString() : m_reference.label(u"sites"_s, row.site, m_language);
    case Column::State:
        return m_form && !row.state.isEmpty()
                   ? displayValue(*m_form, m_form->keys.state, row.state, m_reference, m_language)
                   : QString();
    case Column::Details:
        return m_form ? summarizeRecord(*m_form, row.values, m_reference, m_language) : QString();
    }
    return {};
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= m_columns.size())
        return {};
    const RecordRow* r = row(index.row());
    if (!r)
        return {};
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, column);
    case Qt::ToolTipRole:
        if (column == Column::Person && !r->personId.isEmpty())
            return tr("Person id: %1").arg(ltr(r->personId));
        if (column == Column::Details)
            return displayText(*r, column);
        return tr("Record id: %1").arg(ltr(r->id));
    case Qt::UserRole:
        return r->id;
    case PersonIdRole:
        return r->personId;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Person:
        return tr("Person");
    case Column::Site:
        return tr("Site");
    case Column::State:
        if (m_form)
            if (const FieldDefinition* f = m_form->field(m_form->keys.state))
                return f->label.text(m_language);
        return tr("State");
    case Column::Details:
        return tr("Details");
    }
    return {};
}

} // namespace prihvat
