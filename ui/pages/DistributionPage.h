#pragma once

#include "Page.h"

#include <QList>
#include <QTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace prihvat {

class FormDefinition;
class PeopleModel;

// For desks handing out meals or items to hundreds of people a day: choose the assistance
// type, item and quantity once; then type a name, Enter records the assistance for the
// chosen person, and focus returns to the search. A person who already received the same
// type today gets a warning, and a second Enter confirms.
class DistributionPage final : public Page
{
    Q_OBJECT
public:
    explicit DistributionPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("distribution"); }
    QString title() const override { return tr("Distribution"); }
    void retranslate() override;
    void activate() override;

    QLineEdit* searchField() const { return m_search; }
    // Records the assistance for the person in the selected row; returns the new record's
    // id, or an empty string when nothing was recorded (a repeat waiting for confirmation,
    // or an error shown in the banner).
    QString recordSelected();
    // The banner text (warnings, errors, confirmations).
    QString bannerText() const;
    int recordedCount() const { return m_recorded; }

private:
    enum class Banner
    {
        Info,
        Success,
        Warning,
        Error
    };
    // One line of the "recorded in this session" list, kept so it can be re-read in
    // another language.
    struct RecentEntry
    {
        QString id;
        QString name;
        QString type;
        QString item;
        int quantity = 1;
        QTime time;
    };

    const FormDefinition* form() const;
    void fillItems();
    void rememberChoice();
    void search(const QString& text);
    // "Meal (Hot meal × 2)" in the current language.
    QString describe(const QString& type, const QString& item, int quantity) const;
    void refreshRecent();
    void showBanner(const QString& text, Banner kind);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_heading = nullptr;
    QLabel* m_typeLabel = nullptr;
    QLabel* m_itemLabel = nullptr;
    QLabel* m_quantityLabel = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_item = nullptr;
    QSpinBox* m_quantity = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_results = nullptr;
    PeopleModel* m_model = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recent = nullptr;
    QString m_pendingRepeat; // person id awaiting confirmation
    int m_recorded = 0;
    QList<RecentEntry> m_recentEntries; // newest first, at most 20
};

} // namespace prihvat
