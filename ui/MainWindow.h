#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;
class QStackedWidget;

namespace prihvat {

struct AppContext;
class Page;
class PersonProfilePage;
class RecordEditorPage;
class RespondentLanguagePicker;

// Navigation on the side, one page at a time, and a status bar with the site, the language
// and the number of changes waiting to sync. Keyboard: Ctrl+1…9 pages, Ctrl+F find a
// person, Ctrl+N register a person, Ctrl+S save, Esc back from a record, Ctrl+L lock.
// Built for one session (AppContext::session): administrators also get the Users and
// Audit trail pages; nobody else has them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    // Shows a page by id: people, screenings, assistance, distribution, transport,
    // referrals, settings, sync, conflicts (and person, editor, reached from them). False
    // when leaving the current page was refused or the id is unknown.
    bool showPage(const QString& pageId);
    bool openPerson(const QString& personId);
    bool editRecord(const QString& recordId);
    bool newRecord(const QString& formId, const QJsonObject& prefill = {});
    // The page with this id, built on first use (pages cost start-up time only when opened).
    Page* page(const QString& pageId);
    Page* currentPage() const;
    RecordEditorPage* editor() const { return m_editor; }
    void refreshStatus();
    QAction* lockAction() const { return m_lock; }

Q_SIGNALS:
    // Ctrl+L or the Lock button: DesktopApp ends the session.
    void lockRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // A navigation entry whose page is built the first time it is shown.
    void addLazyPage(const QString& pageId, std::function<Page*()> make, std::function<QString()> title);
    void addPage(Page* page);
    void retranslate();
    void back();

    AppContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QHash<QString, Page*> m_pages;
    QHash<QString, std::function<Page*()>> m_factories;
    QHash<QString, std::function<QString()>> m_titles;
    QStringList m_navigationIds;
    PersonProfilePage* m_profile = nullptr;
    RecordEditorPage* m_editor = nullptr;
    QString m_returnPage;
    QLabel* m_site = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_respondentLabel = nullptr;
    RespondentLanguagePicker* m_respondent = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_user = nullptr;
    QAction* m_lock = nullptr;
    QToolButton* m_lockButton = nullptr;
    bool m_escapeClosedPopup = false; // this Esc press closes a drop-down
};

} // namespace prihvat
