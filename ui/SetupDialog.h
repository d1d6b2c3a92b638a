#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace prihvat {

class ReferenceData;

// First start on a new laptop: which site this device works at, in which language, and
// the first administrator's name and password (typed twice, checked against the password
// rules of Accounts before the dialog closes).
class SetupDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        NewFolder,         // site, language and administrator
        AdministratorOnly, // a folder that exists but has no user yet
    };
    SetupDialog(const ReferenceData& reference, const QString& dataFolder, const QString& language,
                Mode mode = Mode::NewFolder, QWidget* parent = nullptr);
    QString site() const;
    QString language() const;
    QString adminName() const;
    QString adminPassword() const;
    void accept() override;

private:
    QComboBox* m_site = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace prihvat
