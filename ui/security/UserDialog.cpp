#include "UserDialog.h"

#include "security/Accounts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

UserDialog::UserDialog(Mode mode, const QString& user, Role role, QWidget* parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(u"userDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(user, this);
    m_name->setObjectName(u"userDialogName"_s);
    m_name->setMaxLength(64);
    m_name->setLayoutDirection(Qt::LeftToRight);
    m_name->setReadOnly(mode != Mode::Add);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"userDialogRole"_s);
    for (Role r : {Role::Mobile, Role::Desk, Role::Protection, Role::Admin})
        m_role->addItem(roleLabel(r), roleCode(r));
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleCode(role))));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"userDialogPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"userDialogRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_name);
    if (mode != Mode::ResetPassword)
        form->addRow(tr("Role"), m_role);
    else
        m_role->hide();
    if (mode != Mode::ChangeRole) {
        form->addRow(mode == Mode::Add ? tr("Initial password") : tr("New password"), m_password);
        form->addRow(tr("Password again"), m_repeat);
    } else {
        m_password->hide();
        m_repeat->hide();
    }
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a user"));
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Change the role of %1").arg(user));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("New password for %1").arg(user));
        break;
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"userDialogProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString UserDialog::name() const
{
    return m_name->text().trimmed();
}

Role UserDialog::role() const
{
    return roleFromCode(m_role->currentData().toString()).value_or(Role::Mobile);
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::accept()
{
    QString problem;
    if (m_mode == Mode::Add)
        if (Status s = Accounts::checkName(name()); !s)
            problem = s.error().message;
    if (problem.isEmpty() && m_mode != Mode::ChangeRole) {
        if (Status s = Accounts::checkPassword(password()); !s)
            problem = s.error().message;
        else if (password() != m_repeat->text())
            problem = tr("The two passwords are not the same.");
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace prihvat
