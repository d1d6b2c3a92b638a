#pragma once

#include "security/Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace prihvat {

// Asks an administrator for what one change to a user needs: a new user (name, role,
// initial password twice), a new role, or a new password (twice). Checks names and
// passwords against the rules of Accounts before it closes.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, ChangeRole, ResetPassword };
    UserDialog(Mode mode, const QString& user, Role role, QWidget* parent = nullptr);

    QString name() const;
    Role role() const;
    QString password() const;
    void accept() override;

private:
    Mode m_mode;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace prihvat
