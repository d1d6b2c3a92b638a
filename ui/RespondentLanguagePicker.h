#pragma once

#include <QComboBox>

namespace prihvat {

class Settings;

// The respondent's language (shown beside every question), chosen where the interviewer
// is: in the header of every form and in the status bar. Every picker shows the same
// setting; choosing in one changes them all.
class RespondentLanguagePicker final : public QComboBox
{
    Q_OBJECT
public:
    explicit RespondentLanguagePicker(Settings& settings, QWidget* parent = nullptr);
    void retranslate();

private:
    void showCurrent();
    Settings& m_settings;
};

} // namespace prihvat
