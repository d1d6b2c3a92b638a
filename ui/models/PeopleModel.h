#pragma once

#include "search/PersonIndex.h"

#include <QAbstractTableModel>

#include <vector>

namespace prihvat {

class ReferenceData;

// Search results: name, name in the person's script, sex, birth or age, origin, id.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, NativeName, Sex, Birth, Country, Id, ColumnCount };

    PeopleModel(const ReferenceData& reference, QObject* parent = nullptr);

    void setResults(std::vector<PersonEntry> results, const QString& language);
    const PersonEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ReferenceData& m_reference;
    std::vector<PersonEntry> m_results;
    QString m_language;
};

} // namespace prihvat
