#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace prihvat {

class ReferenceData;

// First start on a new laptop: which site this device works at and in which language.
class SetupDialog final : public QDialog
{
    Q_OBJECT
public:
    SetupDialog(const ReferenceData& reference, const QString& dataFolder, const QString& language,
                QWidget* parent = nullptr);
    QString site() const;
    QString language() const;

private:
    QComboBox* m_site = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace prihvat
