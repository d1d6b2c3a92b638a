#pragma once

#include "Page.h"

#include <QList>
#include <QTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
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
    // Ctrl+Z: takes back the last hand-out of this session if it was recorded less than
    // 30 seconds ago (a tombstone, audited with reason=undo). False when there is none.
    bool undoLast();
    // "Void…" on a line of the session list (Delete on the list): asks for the reason, then
    // leaves a tombstone audited with the reason's code. False when nothing was voided.
    bool voidEntry(int row);
    static constexpr int kUndoSeconds = 30;
    // "Today at <site>: …  This session: …", per item handed out (quantities added up).
    QString totalsText() const;

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
        std::int64_t atMs = 0;
        QString voidReason; // empty while the hand-out stands
    };

    const FormDefinition* form() const;
    void fillItems();
    void rememberChoice();
    void search(const QString& text);
    // "Meal (Hot meal × 2)" in the current language.
    QString describe(const QString& type, const QString& item, int quantity) const;
    void refreshRecent();
    void showBanner(const QString& text, Banner kind);
    void showIntroduction();
    void removed(const RecentEntry& entry);
    void refreshTotals();
    // What a line of the totals names: the item, else the type of assistance.
    QString totalLabel(const QString& type, const QString& item) const;
    QString formatTotals(const QList<std::pair<QString, int>>& totals) const;
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
    QPushButton* m_void = nullptr;
    QLabel* m_totals = nullptr;
    // type and item ("meal\x1fhot_meal") → quantity recorded in this session, in order.
    QList<std::pair<QString, int>> m_sessionTotals;
    QString m_pendingRepeat; // person id awaiting confirmation
    int m_recorded = 0;
    QList<RecentEntry> m_recentEntries; // newest first, at most 20
};

} // namespace prihvat
