#include "SetupDialog.h"

#include "forms/Languages.h"
#include "security/Accounts.h"
#include "forms/ReferenceData.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

SetupDialog::SetupDialog(const ReferenceData& reference, const QString& dataFolder, const QString& language,
                         Mode mode, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"setupDialog"_s);
    setWindowTitle(tr("Set up this device"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This laptop has no Prihvat data yet. Choose the site it works at; its records "
                                "will be kept in %1.")
                                 .arg(QChar(0x2066) + QDir::toNativeSeparators(dataFolder) + QChar(0x2069)),
                             this);
    intro->setWordWrap(true);
    if (mode == Mode::AdministratorOnly) {
        setWindowTitle(tr("Create the administrator"));
        intro->setText(tr("The data folder %1 has no user yet. Create its administrator.")
                           .arg(QChar(0x2066) + QDir::toNativeSeparators(dataFolder) + QChar(0x2069)));
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_site = new QComboBox(this);
    m_site->setObjectName(u"setupSite"_s);
    // Reception centres first, then outreach locations, each from A to Z.
    QCollator collator{QLocale(language)};
    for (const QString& kind : {u"centre"_s, u"outreach"_s}) {
        QStringList codes = reference.sitesOfKind(kind);
        std::sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
            return collator.compare(reference.site(a)->name, reference.site(b)->name) < 0;
        });
        for (const QString& code : codes)
            m_site->addItem(u"%1 (%2)"_s.arg(reference.site(code)->name, code), code);
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(u"setupLanguage"_s);
    for (const QString& code : Languages::all())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_adminName = new QLineEdit(this);
    m_adminName->setObjectName(u"setupAdminName"_s);
    m_adminName->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"setupPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"setupPasswordRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Site"), m_site);
    form->addRow(tr("Language"), m_language);
    layout->addLayout(form);
    if (mode == Mode::AdministratorOnly) {
        form->setRowVisible(m_site, false);
        form->setRowVisible(m_language, false);
    }
    auto* adminIntro = new QLabel(tr("The first user is the administrator, who adds the other users. Choose a "
                                     "user name and a password of at least %1 characters; it cannot be recovered.")
                                      .arg(Accounts::kMinPasswordLength),
                                  this);
    adminIntro->setWordWrap(true);
    // One form for every row, so the fields line up.
    form->addRow(adminIntro);
    form->addRow(tr("Administrator's user name"), m_adminName);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"setupProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SetupDialog::accept()
{
    QString problem;
    if (Status s = Accounts::checkName(adminName()); !s)
        problem = s.error().message;
    else if (Status p = Accounts::checkPassword(m_password->text()); !p)
        problem = p.error().message;
    else if (m_password->text() != m_repeat->text())
        problem = tr("The two passwords are not the same.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

QString SetupDialog::adminName() const
{
    return m_adminName->text().trimmed();
}

QString SetupDialog::adminPassword() const
{
    return m_password->text();
}

QString SetupDialog::site() const
{
    return m_site->currentData().toString();
}

QString SetupDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace prihvat
