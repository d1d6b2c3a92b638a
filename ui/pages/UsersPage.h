#pragma once

#include "Page.h"
#include "security/Accounts.h"

#include <QList>

class QPushButton;
class QTableWidget;

namespace prihvat {

// Administrators only: the local users with their role, wrong passwords and lock-out;
// add a user, change a role, set a new password, unlock, remove. Every change goes
// through Accounts (which checks the administrator again and writes the audit trail).
class UsersPage final : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override { return tr("Users"); }
    void retranslate() override;
    void activate() override { refresh(); }

    void refresh();
    // The user of the selected row (empty: none).
    QString selectedUser() const;
    bool selectUser(const QString& name);

    // The actions behind the buttons, after their dialog (tests call them directly). Each
    // shows its outcome as a message.
    Status addUser(const QString& name, Role role, const QString& password);
    Status changeRole(const QString& name, Role role);
    Status resetPassword(const QString& name, const QString& password);
    Status unlockUser(const QString& name);
    // Asks first (Dialogs): removing a user cannot be undone.
    Status removeUser(const QString& name);

private:
    void updateButtons();
    Status report(Status status, const QString& done);

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_remove = nullptr;
    QList<UserInfo> m_users;
};

} // namespace prihvat
