#pragma once

#include "Page.h"
#include "store/SyncState.h"

#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace prihvat {

// The conflict review list: answers that two devices changed at the same time. For each,
// the value kept everywhere and the other one, side by side, with the device and the time
// of each; "Keep this value" makes the choice an ordinary edit of the record (a new stamp,
// synced like any change) and takes the conflict off the list.
class ConflictsPage final : public Page
{
    Q_OBJECT
public:
    explicit ConflictsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("conflicts"); }
    QString title() const override { return tr("Conflicts"); }
    void retranslate() override;
    void activate() override;

    void refresh();
    int conflictCount() const { return static_cast<int>(m_conflicts.size()); }
    // Keeps one side of the conflict in `row` (winner: the value kept everywhere).
    bool keep(int row, bool winner);

    // "Person: Amir Haidari" or "Screening · Amir Haidari", for lists of records.
    static QString describeRecord(AppContext& context, const QString& recordId);
    // A stamp's time in the user's locale, and its device ("this device" or a short id).
    static QString stampTime(const QString& stamp);
    static QString deviceName(AppContext& context, const QString& device);

private:
    void showDetail();
    // The conflict is about a protection-sensitive answer (isProtection); one this user may
    // not see (isWithheld: everyone but protection officers).
    bool isProtection(const ConflictRecord& c) const;
    bool isWithheld(const ConflictRecord& c) const;
    QString valueText(const ConflictRecord& c, const QJsonValue& value) const;
    QString fieldLabel(const ConflictRecord& c) const;
    Status write(const ConflictRecord& c, const QJsonValue& value);

    SyncState m_state;
    QList<ConflictRecord> m_conflicts;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_winnerHeading = nullptr;
    QLabel* m_winnerValue = nullptr;
    QLabel* m_winnerSource = nullptr;
    QLabel* m_loserHeading = nullptr;
    QLabel* m_loserValue = nullptr;
    QLabel* m_loserSource = nullptr;
    QPushButton* m_keepWinner = nullptr;
    QPushButton* m_keepLoser = nullptr;
};

} // namespace prihvat
