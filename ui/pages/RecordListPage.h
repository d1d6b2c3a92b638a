#pragma once

#include "Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace prihvat {

class RecordListModel;

// The records of one form (screenings, assistance, referrals …) with filters for site,
// date range and state, sorted by date, site or state. Rows are fetched in pages as the
// user scrolls (RecordListModel over RecordQuery), so a million rows stay responsive.
// Enter or a double click opens a record; "New" starts one.
class RecordListPage final : public Page
{
    Q_OBJECT
public:
    // pageId is e.g. "screenings" for formId "screening".
    RecordListPage(AppContext& context, const QString& formId, const QString& pageId,
                   QWidget* parent = nullptr);

    QString pageId() const override { return m_pageId; }
    QString title() const override;
    void retranslate() override;
    void activate() override;

    RecordListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setSiteFilter(const QString& site);
    void setStateFilter(const QString& state);
    void setDateRange(const QDate& from, const QDate& to);

private:
    void reload();
    void updateCount();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QString m_formId;
    QString m_pageId;
    QLabel* m_heading = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_state = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_today = nullptr; // today at this site
    QTableView* m_table = nullptr;
    RecordListModel* m_model = nullptr;
    bool m_stale = false; // a save happened while the page was hidden
};

} // namespace prihvat
