#include "RespondentLanguagePicker.h"

#include "Settings.h"
#include "forms/Languages.h"

namespace prihvat {

RespondentLanguagePicker::RespondentLanguagePicker(Settings& settings, QWidget* parent)
    : QComboBox(parent), m_settings(settings)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(QString(), QString());
    for (const QString& code : Languages::all())
        addItem(Languages::nativeName(code), code);
    retranslate();
    showCurrent();
    connect(this, &QComboBox::activated, this,
            [this] { m_settings.setRespondentLanguage(currentData().toString()); });
    connect(&m_settings, &Settings::respondentLanguageChanged, this, [this] { showCurrent(); });
}

void RespondentLanguagePicker::retranslate()
{
    setItemText(0, tr("None"));
    setToolTip(tr("The respondent's language, shown beside each question"));
}

void RespondentLanguagePicker::showCurrent()
{
    const QSignalBlocker block(this);
    setCurrentIndex(std::max(0, findData(m_settings.respondentLanguage())));
}

} // namespace prihvat
