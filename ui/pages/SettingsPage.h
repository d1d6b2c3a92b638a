#pragma once

#include "Page.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace prihvat {

// The staff member's language (applied at once, no restart), the respondent's language
// shown beside each question, and the idle lock time.
class SettingsPage final : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void retranslate() override;

private:
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_respondent = nullptr;
    QSpinBox* m_idle = nullptr;
    QLabel* m_device = nullptr;
    // One label per control, each the buddy of its control (Alt+letter moves there).
    QLabel* m_languageLabel = nullptr;
    QLabel* m_respondentLabel = nullptr;
    QLabel* m_idleLabel = nullptr;
    QLabel* m_deviceLabel = nullptr;
};

} // namespace prihvat
