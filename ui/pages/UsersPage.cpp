#include "UsersPage.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "security/UserDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

UsersPage::UsersPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_users"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& name) {
        auto* b = new QPushButton(this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(u"addUserButton"_s);
    m_role = button(u"changeRoleButton"_s);
    m_password = button(u"resetPasswordButton"_s);
    m_unlock = button(u"unlockUserButton"_s);
    m_remove = button(u"removeUserButton"_s);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        UserDialog dialog(UserDialog::Mode::Add, QString(), Role::Mobile, this);
        if (dialog.exec() == QDialog::Accepted)
            static_cast<void>(addUser(dialog.name(), dialog.role(), dialog.password()));
    });
    connect(m_role, &QPushButton::clicked, this, [this] {
        const QString name = selectedUser();
        const auto it = std::find_if(m_users.cbegin(), m_users.cend(), [&name](const UserInfo& u) { return u.name == name; });
        if (it == m_users.cend())
            return;
        UserDialog dialog(UserDialog::Mode::ChangeRole, name, it->role, this);
        if (dialog.exec() == QDialog::Accepted)
            static_cast<void>(changeRole(name, dialog.role()));
    });
    connect(m_password, &QPushButton::clicked, this, [this] {
        const QString name = selectedUser();
        if (name.isEmpty())
            return;
        UserDialog dialog(UserDialog::Mode::ResetPassword, name, Role::Mobile, this);
        if (dialog.exec() == QDialog::Accepted)
            static_cast<void>(resetPassword(name, dialog.password()));
    });
    connect(m_unlock, &QPushButton::clicked, this, [this] { static_cast<void>(unlockUser(selectedUser())); });
    connect(m_remove, &QPushButton::clicked, this, [this] { static_cast<void>(removeUser(selectedUser())); });
    retranslate();
}

void UsersPage::retranslate()
{
    m_heading->setText(tr("Users"));
    m_intro->setText(tr("The people who can log in on this device. Only protection officers see protection "
                        "details; an account locked after wrong passwords opens again when you unlock it."));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("Wrong passwords"), tr("Locked")});
    m_add->setText(tr("Add a user…"));
    m_role->setText(tr("Change role…"));
    m_password->setText(tr("New password…"));
    m_unlock->setText(tr("Unlock"));
    m_remove->setText(tr("Remove…"));
    refresh();
}

void UsersPage::refresh()
{
    if (!m_context.accounts)
        return;
    const QString selected = selectedUser();
    auto users = m_context.accounts->users();
    if (!users) {
        Q_EMIT message(users.error().fullText());
        return;
    }
    m_users = *users;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int i = 0; i < m_users.size(); ++i) {
        const UserInfo& u = m_users.at(i);
        auto* name = new QTableWidgetItem(QChar(0x2066) + u.name + QChar(0x2069));
        name->setData(Qt::UserRole, u.name);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(roleLabel(u.role)));
        m_table->setItem(i, 2, new QTableWidgetItem(QLocale().toString(u.failures)));
        m_table->setItem(i, 3, new QTableWidgetItem(u.locked ? tr("Locked out") : QString()));
    }
    m_table->resizeColumnsToContents();
    if (!selectUser(selected))
        m_table->clearSelection();
    updateButtons();
}

QString UsersPage::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool UsersPage::selectUser(const QString& name)
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, 0)->data(Qt::UserRole).toString() == name && !name.isEmpty()) {
            m_table->selectRow(i);
            updateButtons();
            return true;
        }
    }
    return false;
}

void UsersPage::updateButtons()
{
    const QString name = selectedUser();
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(), [&name](const UserInfo& u) { return u.name == name; });
    const bool any = it != m_users.cend();
    const bool self = any && it->name == m_context.session.user;
    m_role->setEnabled(any && !self);
    m_password->setEnabled(any);
    m_unlock->setEnabled(any && (it->locked || it->failures > 0));
    m_remove->setEnabled(any && !self);
}

Status UsersPage::report(Status status, const QString& done)
{
    if (!status)
        m_context.dialogs.warning(this, tr("Users"), status.error().fullText());
    else
        Q_EMIT message(done);
    refresh();
    return status;
}

Status UsersPage::addUser(const QString& name, Role role, const QString& password)
{
    Status s = m_context.accounts->addUser(m_context.session, name, role, password);
    static_cast<void>(report(s, tr("%1 was added as %2.").arg(name, roleLabel(role))));
    if (s)
        selectUser(name);
    return s;
}

Status UsersPage::changeRole(const QString& name, Role role)
{
    return report(m_context.accounts->changeRole(m_context.session, name, role),
                  tr("%1 is now %2.").arg(name, roleLabel(role)));
}

Status UsersPage::resetPassword(const QString& name, const QString& password)
{
    return report(m_context.accounts->changePassword(m_context.session, name, password),
                  tr("%1 has a new password.").arg(name));
}

Status UsersPage::unlockUser(const QString& name)
{
    if (name.isEmpty())
        return {};
    return report(m_context.accounts->unlockUser(m_context.session, name), tr("%1 can log in again.").arg(name));
}

Status UsersPage::removeUser(const QString& name)
{
    if (name.isEmpty())
        return {};
    const auto answer = m_context.dialogs.ask(
        this, tr("Remove a user"),
        tr("Remove %1? They will no longer be able to log in on this device. This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return Error::conflict(tr("%1 was not removed.").arg(name));
    return report(m_context.accounts->removeUser(m_context.session, name), tr("%1 was removed.").arg(name));
}

} // namespace prihvat
