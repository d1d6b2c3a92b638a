#include "PeopleModel.h"
#include "Format.h"

#include "forms/ReferenceData.h"
#include "search/PersonIndex.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace prihvat {

PeopleModel::PeopleModel(const ReferenceData& reference, QObject* parent)
    : QAbstractTableModel(parent), m_reference(reference)
{
}

void PeopleModel::setResults(std::vector<PersonEntry> results, const QString& language)
{
    beginResetModel();
    m_results = std::move(results);
    m_language = language;
    endResetModel();
}

const PersonEntry* PeopleModel::entry(int row) const
{
    return row >= 0 && row < static_cast<int>(m_results.size()) ? &m_results[static_cast<std::size_t>(row)] : nullptr;
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const PersonEntry* e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::UserRole)
        return e->id;
    if (role == Qt::TextAlignmentRole && (index.column() == Birth || index.column() == Id))
        return QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return Format::personName(e->displayName());
    case NativeName:
        return e->nativeName;
    case Sex:
        return e->sex == u"male"_s ? tr("male") : e->sex == u"female"_s ? tr("female") : tr("other");
    case Birth:
        if (!e->birth.isEmpty())
            // Isolated left-to-right so that a date never scrambles in right-to-left text.
            return QString(QChar(0x2066) +
                           Format::date(e->birth, m_language) +
                           QChar(0x2069));
        return e->age >= 0 ? tr("about %1 years").arg(QLocale(m_language).toString(e->age)) : QString();
    case Country:
        return m_reference.label(u"countries"_s, e->country, m_language);
    case Id:
        return QString(QChar(0x2066) + e->id.right(8) + QChar(0x2069));
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case NativeName:
        return tr("Name in own script");
    case Sex:
        return tr("Sex");
    case Birth:
        return tr("Born / age");
    case Country:
        return tr("Origin");
    case Id:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace prihvat
