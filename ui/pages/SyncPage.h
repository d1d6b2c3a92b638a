#pragma once

#include "Page.h"
#include "store/SyncState.h"

#include <QList>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace prihvat {

struct SyncReport;

// The sync panel: where this device syncs to, when it last synced, how many changes are
// waiting, the last error in plain words, "Sync now", and the changes headquarters refused
// with its reasons (kept here, never dropped). It only shows: the sync itself runs in the
// SyncClient and never waits on this page.
class SyncPage final : public Page
{
    Q_OBJECT
public:
    explicit SyncPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("sync"); }
    QString title() const override { return tr("Sync"); }
    void retranslate() override;
    void activate() override;

    void refresh();
    // Starts a sync now; false when there is no sync client or one is running.
    bool syncNow();

private:
    void showRunning(bool running);
    void showResult(const SyncReport& report);

    SyncState m_state;
    QList<Rejection> m_rejections;
    QString m_result;
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_lastSuccess = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_conflicts = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lastError = nullptr;
    QPushButton* m_syncNow = nullptr;
    QLabel* m_rejectedHeading = nullptr;
    QTreeWidget* m_rejected = nullptr;
};

} // namespace prihvat
