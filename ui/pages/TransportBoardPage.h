#pragma once

#include "Page.h"

#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;

namespace prihvat {

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
    void updateButtons();
    QString selectedId() const;

    QLabel* m_heading = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_new = nullptr;
    QHash<QString, QListWidget*> m_columns;
    QHash<QString, QLabel*> m_columnLabels;
    QHash<QString, QPushButton*> m_actions; // target state → button
};

} // namespace prihvat
