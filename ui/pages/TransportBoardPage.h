#pragma once

#include "Page.h"

#include <QHash>
#include <QStringList>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace prihvat {

class FormDefinition;
struct RecordRow;

// Transport requests grouped by state, one column each (requested, approved, in transit,
// completed, cancelled). Only the transitions the form's state machine allows are offered
// for the selected request; each change is stamped with the time and the user.
class TransportBoardPage final : public Page
{
    Q_OBJECT
public:
    explicit TransportBoardPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("transport"); }
    QString title() const override { return tr("Transport"); }
    void retranslate() override;
    void activate() override;

    // Moves a request to `state`; false (and a message in the banner) when the state
    // machine does not allow it or the save failed.
    bool moveTo(const QString& recordId, const QString& state);
    QListWidget* column(const QString& state) const { return m_columns.value(state); }
    QString bannerText() const;
    void reload();

private:
    const FormDefinition* form() const;
    // The states in the order the form lists them: one column each.
    QStringList states() const;
    QString stateLabel(const QString& state) const;
    void updateHeadings();
    QString itemText(const RecordRow& row) const;
    void updateButtons();
    QListWidgetItem* selectedItem() const;
    QString selectedId() const;
    bool selectRecord(const QString& recordId, bool focus = false);
    void showBanner(const QString& text, bool error, bool idle = false);
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_heading = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_new = nullptr;
    QHash<QString, QListWidget*> m_columns;
    QHash<QString, QLabel*> m_columnLabels;
    QHash<QString, QPushButton*> m_actions; // target state → button
    QHash<QString, QLabel*> m_moreLabels;   // "… and N more" under a full column
    QHash<QString, qint64> m_counts;        // requests per state, -1 when unknown
    QLabel* m_selection = nullptr;
    bool m_loaded = false;
    bool m_stale = false;     // a save happened while the page was hidden
    bool m_moving = false;    // our own save is being announced
    bool m_bannerIdle = true; // the banner shows the usage hint, not a result
};

} // namespace prihvat
