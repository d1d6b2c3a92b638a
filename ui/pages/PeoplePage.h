#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace prihvat {

class PeopleModel;

// Find a person as you type; Enter opens the best match; "Register" starts a new person
// with the typed name already filled in.
class PeoplePage final : public Page
{
    Q_OBJECT
public:
    explicit PeoplePage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("people"); }
    QString title() const override { return tr("People"); }
    void retranslate() override;
    void activate() override;

    void search(const QString& text);
    QLineEdit* searchField() const { return m_search; }
    PeopleModel* model() const { return m_model; }

private:
    void openRow(int row);
    void registerNew();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_register = nullptr;
    PeopleModel* m_model = nullptr;
    bool m_columnsSized = false;
};

} // namespace prihvat
