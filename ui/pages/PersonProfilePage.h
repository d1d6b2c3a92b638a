#pragma once

#include "Page.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace prihvat {

// One person: who they are, and a timeline of their screenings, assistance, transport
// requests and referrals, newest first. Buttons start each kind of record for them.
class PersonProfilePage final : public Page
{
    Q_OBJECT
public:
    explicit PersonProfilePage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("person"); }
    QString title() const override { return tr("Person"); }
    void retranslate() override;

    bool showPerson(const QString& personId);
    const QString& personId() const { return m_personId; }
    QTableWidget* timeline() const { return m_timeline; }

private:
    void refresh();
    void startRecord(const QString& formId);

    QString m_personId;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_timelineHeading = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_screen = nullptr;
    QPushButton* m_assist = nullptr;
    QPushButton* m_transport = nullptr;
    QPushButton* m_refer = nullptr;
    QTableWidget* m_timeline = nullptr;
};

} // namespace prihvat
