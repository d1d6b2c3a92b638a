#include "SetupDialog.h"

#include "forms/Languages.h"
#include "forms/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

SetupDialog::SetupDialog(const ReferenceData& reference, const QString& dataFolder, const QString& language,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"setupDialog"_s);
    setWindowTitle(tr("Set up this device"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This laptop has no Prihvat data yet. Choose the site it works at; its records "
                                "will be kept in %1.")
                                 .arg(QChar(0x2066) + QDir::toNativeSeparators(dataFolder) + QChar(0x2069)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_site = new QComboBox(this);
    m_site->setObjectName(u"setupSite"_s);
    for (const QString& kind : {u"centre"_s, u"outreach"_s})
        for (const QString& code : reference.sitesOfKind(kind))
            m_site->addItem(u"%1 (%2)"_s.arg(reference.site(code)->name, code), code);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"setupLanguage"_s);
    for (const QString& code : Languages::all())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    form->addRow(tr("Site"), m_site);
    form->addRow(tr("Language"), m_language);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
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
