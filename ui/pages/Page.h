#pragma once

#include <QFont>
#include <QJsonObject>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace prihvat {

struct AppContext;

// One screen of the main window. Pages never reach each other: they ask the main window
// to navigate through the signals below.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(AppContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    // Stable id used by settings, --page and tests ("people", "distribution", …).
    virtual QString pageId() const = 0;
    // The navigation entry, in the current language.
    virtual QString title() const = 0;
    // Re-reads every visible string after a language change.
    virtual void retranslate() = 0;
    // Called when the page is shown.
    virtual void activate() {}
    // False when leaving would lose work and the user chose to stay.
    virtual bool canLeave() { return true; }

Q_SIGNALS:
    void openPerson(const QString& personId);
    void editRecord(const QString& recordId);
    void newRecord(const QString& formId, const QJsonObject& prefill);
    void message(const QString& text);

protected:
    // The page's title line: the same size and weight on every page.
    QLabel* makeHeading()
    {
        auto* heading = new QLabel(this);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        heading->setFont(font);
        return heading;
    }

    AppContext& m_context;
};

} // namespace prihvat
