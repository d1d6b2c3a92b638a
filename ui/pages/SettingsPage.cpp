#include "SettingsPage.h"

#include "AppContext.h"
#include "Settings.h"
#include "forms/FormRegistry.h"
#include "forms/Languages.h"
#include "store/LocalStore.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_settings"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);
    m_form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_respondent = new QComboBox(this);
    m_respondent->setObjectName(u"respondentLanguageCombo"_s);
    m_respondent->addItem(QString(), QString());
    for (const QString& code : Languages::all()) {
        m_language->addItem(Languages::nativeName(code), code);
        m_respondent->addItem(Languages::nativeName(code), code);
    }
    m_language->setCurrentIndex(m_language->findData(context.settings.language()));
    m_respondent->setCurrentIndex(std::max(0, m_respondent->findData(context.settings.respondentLanguage())));
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(u"idleLockSpin"_s);
    m_idle->setRange(1, 120);
    m_idle->setValue(context.settings.idleLockMinutes());
    m_device = new QLabel(this);
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto labelFor = [this](QWidget* control, const QString& name) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setBuddy(control);
        m_form->addRow(label, control);
        return label;
    };
    m_languageLabel = labelFor(m_language, u"languageLabel"_s);
    m_respondentLabel = labelFor(m_respondent, u"respondentLanguageLabel"_s);
    m_idleLabel = labelFor(m_idle, u"idleLockLabel"_s);
    m_deviceLabel = labelFor(m_device, u"deviceLabel"_s);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, [this] {
        m_context.settings.setLanguage(m_language->currentData().toString());
    });
    connect(m_respondent, &QComboBox::activated, this, [this] {
        m_context.settings.setRespondentLanguage(m_respondent->currentData().toString());
    });
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int v) { m_context.settings.setIdleLockMinutes(v); });
    retranslate();
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language of the application"));
    m_respondentLabel->setText(tr("&Respondent's language, shown beside each question"));
    m_idleLabel->setText(tr("Lock after this many &idle minutes"));
    m_deviceLabel->setText(tr("This device"));
    m_respondent->setItemText(0, tr("None"));
    m_idle->setSuffix(tr(" min"));
    const Site* site = m_context.forms().reference().site(m_context.store.site());
    m_device->setText(tr("Site %1 (%2) · device %3 · data in %4")
                          .arg(m_context.store.site(), site ? site->name : QString(),
                               QChar(0x2066) + m_context.store.deviceId().left(8) + QChar(0x2069),
                               QChar(0x2066) + QDir::toNativeSeparators(m_context.store.folder().path()) + QChar(0x2069)));
}

} // namespace prihvat
