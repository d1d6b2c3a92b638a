#include "MainWindow.h"

#include "AppContext.h"
#include "Format.h"
#include "RespondentLanguagePicker.h"
#include "Settings.h"
#include "forms/FormRegistry.h"
#include "forms/Languages.h"
#include "pages/AuditPage.h"
#include "pages/ConflictsPage.h"
#include "pages/DistributionPage.h"
#include "pages/PeoplePage.h"
#include "pages/PersonProfilePage.h"
#include "pages/RecordEditorPage.h"
#include "pages/RecordListPage.h"
#include "pages/SettingsPage.h"
#include "pages/SyncPage.h"
#include "pages/TransportBoardPage.h"
#include "pages/UsersPage.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace prihvat {

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(u"mainWindow"_s);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFixedWidth(190);
    m_navigation->setStyleSheet(
        u"QListWidget { background: #1f3b57; color: white; border: none; outline: 0; font-size: 11pt; }"
        // Every state has the same box, so the selected entry's number and title stay in line
        // with the others.
        "QListWidget::item { padding: 10px 12px; margin: 0; border: none; }"
        "QListWidget::item:selected, QListWidget::item:selected:active, QListWidget::item:selected:!active,"
        " QListWidget::item:hover { padding: 10px 12px; margin: 0; border: none; color: white; }"
        "QListWidget::item:selected { background: #2f6690; }"_s);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Titles use the pages' own translation contexts, so they read the same before and
    // after a page exists.
    auto title = [](const char* translationContext, const char* text) {
        return [translationContext, text] { return QCoreApplication::translate(translationContext, text); };
    };
    addLazyPage(
        u"people"_s, [&context, this] { return new PeoplePage(context, m_stack); },
        title("prihvat::PeoplePage", "People"));
    addLazyPage(
        u"screenings"_s,
        [&context, this] { return new RecordListPage(context, u"screening"_s, u"screenings"_s, m_stack); },
        title("prihvat::RecordListPage", "Screenings"));
    addLazyPage(
        u"assistance"_s,
        [&context, this] { return new RecordListPage(context, u"assistance"_s, u"assistance"_s, m_stack); },
        title("prihvat::RecordListPage", "Assistance"));
    addLazyPage(
        u"distribution"_s, [&context, this] { return new DistributionPage(context, m_stack); },
        title("prihvat::DistributionPage", "Distribution"));
    addLazyPage(
        u"transport"_s, [&context, this] { return new TransportBoardPage(context, m_stack); },
        title("prihvat::TransportBoardPage", "Transport"));
    addLazyPage(
        u"referrals"_s,
        [&context, this] { return new RecordListPage(context, u"referral"_s, u"referrals"_s, m_stack); },
        title("prihvat::RecordListPage", "Referrals"));
    addLazyPage(
        u"settings"_s, [&context, this] { return new SettingsPage(context, m_stack); },
        title("prihvat::SettingsPage", "Settings"));
    addLazyPage(
        u"sync"_s, [&context, this] { return new SyncPage(context, m_stack); },
        title("prihvat::SyncPage", "Sync"));
    addLazyPage(
        u"conflicts"_s, [&context, this] { return new ConflictsPage(context, m_stack); },
        title("prihvat::ConflictsPage", "Conflicts"));
    if (context.session.isAdministrator()) {
        addLazyPage(
            u"users"_s, [&context, this] { return new UsersPage(context, m_stack); },
            title("prihvat::UsersPage", "Users"));
        addLazyPage(
            u"audit"_s, [&context, this] { return new AuditPage(context, m_stack); },
            title("prihvat::AuditPage", "Audit trail"));
    }
    m_profile = new PersonProfilePage(context, m_stack);
    addPage(m_profile);
    m_editor = new RecordEditorPage(context, m_stack);
    addPage(m_editor);
    connect(m_editor, &RecordEditorPage::closed, this, &MainWindow::back);
    connect(m_editor, &RecordEditorPage::saved, this, [this](const QString& id, const QString& form) {
        Q_EMIT m_context.events.recordSaved(id, form);
    });
    // A person just registered: their profile, with what is done next (screening,
    // assistance, transport, referral), rather than the form they were typed into.
    connect(m_editor, &RecordEditorPage::created, this, [this](const QString& id, const QString& form) {
        if (form == u"person"_s)
            openPerson(id);
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_navigationIds.size())
            return;
        if (currentPage() && currentPage()->pageId() == m_navigationIds.at(row))
            return;
        if (!showPage(m_navigationIds.at(row))) {
            // Stay: put the selection back on the page still shown.
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentRow(
                m_navigationIds.indexOf(currentPage() ? currentPage()->pageId() : QString()));
        }
    });

    for (int i = 0; i < 9; ++i) {
        auto* s = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(s, &QShortcut::activated, this, [this, i] {
            if (i < m_navigationIds.size())
                showPage(m_navigationIds.at(i));
        });
    }
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this,
            [this] { showPage(u"people"_s); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this), &QShortcut::activated, this, [this] {
        newRecord(u"person"_s,
                  {{u"registration_date"_s, m_context.store.clock().today().toString(Qt::ISODate)},
                   {u"registration_site"_s, m_context.store.site()},
                   {u"consent_date"_s, m_context.store.clock().today().toString(Qt::ISODate)}});
    });
    qApp->installEventFilter(this);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, [this] {
        // Esc on an open drop-down (or a suggestion list) closes it and does nothing else.
        // The list closes itself while the key is offered as a shortcut, so whether one was
        // open is noted before that (eventFilter).
        if (m_escapeClosedPopup) {
            m_escapeClosedPopup = false;
            return;
        }
        if (QWidget* popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        back();
    });

    m_lock = new QAction(this);
    m_lock->setObjectName(u"lockAction"_s);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::WindowShortcut);
    addAction(m_lock);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    m_user = new QLabel(this);
    m_user->setObjectName(u"statusUser"_s);
    m_lockButton = new QToolButton(this);
    m_lockButton->setObjectName(u"lockButton"_s);
    m_lockButton->setDefaultAction(m_lock);
    m_lockButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_site = new QLabel(this);
    m_site->setObjectName(u"statusSite"_s);
    m_language = new QLabel(this);
    m_language->setObjectName(u"statusLanguage"_s);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingSync"_s);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"statusLastSync"_s);
    m_respondentLabel = new QLabel(this);
    m_respondent = new RespondentLanguagePicker(context.settings, this);
    m_respondent->setObjectName(u"statusRespondentLanguage"_s);
    m_respondent->setFocusPolicy(Qt::ClickFocus);
    statusBar()->addWidget(m_site);
    statusBar()->addWidget(m_language);
    statusBar()->addWidget(m_respondentLabel);
    statusBar()->addWidget(m_respondent);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_lockButton);
    if (SyncClient* sync = context.sync) {
        connect(sync, &SyncClient::progress, this, &MainWindow::refreshStatus);
        connect(sync, &SyncClient::finished, this, [this](const SyncReport& report) {
            refreshStatus();
            if (!report.ok && !report.errorText.isEmpty())
                statusBar()->showMessage(report.errorText, 15000);
        });
    }
    connect(&context.events, &RecordEvents::recordSaved, this, &MainWindow::refreshStatus);
    connect(&context.events, &RecordEvents::recordSaved, this,
            [this](const QString& id, const QString& form) {
                if (form != u"person"_s)
                    return;
                auto r = m_context.store.get(id);
                if (r && r->has_value()) {
                    if ((*r)->deleted)
                        m_context.people.remove(id);
                    else
                        m_context.people.upsert(PersonEntry::fromValues(id, (*r)->values));
                }
            });
    retranslate();
    refreshStatus();
    resize(1200, 780);
    if (!context.settings.windowGeometry().isEmpty())
        restoreGeometry(context.settings.windowGeometry());
    const QString last = context.settings.lastPage();
    showPage(m_navigationIds.contains(last) ? last : u"people"_s);
}

void MainWindow::addLazyPage(const QString& pageId, std::function<Page*()> make,
                             std::function<QString()> title)
{
    m_factories.insert(pageId, std::move(make));
    m_titles.insert(pageId, std::move(title));
    m_navigationIds.append(pageId);
    auto* item = new QListWidgetItem(m_titles.value(pageId)(), m_navigation);
    item->setData(Qt::UserRole, pageId);
}

Page* MainWindow::page(const QString& pageId)
{
    if (Page* existing = m_pages.value(pageId))
        return existing;
    const auto factory = m_factories.value(pageId);
    if (!factory)
        return nullptr;
    Page* created = factory();
    addPage(created);
    return created;
}

void MainWindow::addPage(Page* page)
{
    m_pages.insert(page->pageId(), page);
    m_stack->addWidget(page);
    connect(page, &Page::openPerson, this, &MainWindow::openPerson);
    connect(page, &Page::editRecord, this, &MainWindow::editRecord);
    connect(page, &Page::newRecord, this, &MainWindow::newRecord);
    connect(page, &Page::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& pageId)
{
    Page* target = page(pageId);
    if (!target)
        return false;
    Page* current = currentPage();
    if (current && current != target && !current->canLeave())
        return false;
    if (current && current != target && current != m_editor && current != m_profile)
        m_returnPage = current->pageId();
    m_stack->setCurrentWidget(target);
    target->activate();
    const int row = static_cast<int>(m_navigationIds.indexOf(pageId));
    if (row >= 0) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(row);
        m_context.settings.setLastPage(pageId);
    } else {
        const QSignalBlocker block(m_navigation);
        m_navigation->clearSelection();
    }
    setWindowTitle(tr("Prihvat — %1").arg(target->title()));
    return true;
}

bool MainWindow::openPerson(const QString& personId)
{
    if (currentPage() && currentPage() != m_profile && !currentPage()->canLeave())
        return false;
    if (!m_profile->showPerson(personId))
        return false;
    return showPage(u"person"_s);
}

bool MainWindow::editRecord(const QString& recordId)
{
    if (currentPage() && !currentPage()->canLeave())
        return false;
    if (!m_editor->startEdit(recordId))
        return false;
    return showPage(u"editor"_s);
}

bool MainWindow::newRecord(const QString& formId, const QJsonObject& prefill)
{
    if (!m_context.forms().form(formId))
        return false;
    if (currentPage() && !currentPage()->canLeave())
        return false;
    m_editor->startNew(formId, prefill);
    return showPage(u"editor"_s);
}

void MainWindow::back()
{
    Page* current = currentPage();
    if (current == m_editor) {
        if (!m_editor->canLeave())
            return;
        // Back to the person whose record this was, else to the list we came from.
        if (!m_profile->personId().isEmpty() && m_returnPage == u"people"_s &&
            m_profile->showPerson(m_profile->personId())) {
            m_stack->setCurrentWidget(m_profile);
            return;
        }
        showPage(m_returnPage.isEmpty() ? u"people"_s : m_returnPage);
    } else if (current == m_profile) {
        showPage(m_returnPage.isEmpty() ? u"people"_s : m_returnPage);
    }
}

void MainWindow::refreshStatus()
{
    const Site* site = m_context.forms().reference().site(m_context.store.site());
    m_site->setText(tr("Site: %1").arg(site ? site->name : m_context.store.site()));
    m_language->setText(tr("Language: %1").arg(Languages::nativeName(m_context.language())));
    m_user->setText(tr("%1 (%2)").arg(QChar(0x2068) + m_context.session.user + QChar(0x2069),
                                      roleLabel(m_context.session.role)));
    // Changes, not records: "57" alone read as 57 people waiting.
    auto pending = m_context.store.outboxSize();
    auto records = m_context.store.db().scalar(u"SELECT count(DISTINCT record_id) FROM outbox"_s);
    const int changes = static_cast<int>(pending ? *pending : 0);
    const int changedRecords = records ? records->toInt() : 0;
    m_pending->setText(tr("Waiting to sync: %n change(s) in %1", nullptr, changes)
                           .arg(tr("%n record(s)", nullptr, changedRecords)));
    if (m_context.sync && m_context.sync->isBusy()) {
        m_lastSync->setText(tr("Syncing…"));
    } else {
        const std::int64_t last = SyncState(m_context.store).lastSuccessMs();
        m_lastSync->setText(
            last > 0 ? tr("Last sync: %1")
                           .arg(Format::dateTime(QDateTime::fromMSecsSinceEpoch(last).toLocalTime(),
                                                 m_context.language()))
                     : tr("Not synced yet"));
    }
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        item->setText(QStringLiteral("%1   %2").arg(i + 1).arg(m_titles.value(id)()));
    }
    m_lock->setText(tr("Lock (Ctrl+L)"));
    m_respondentLabel->setText(tr("Respondent:"));
    m_respondent->retranslate();
    m_lock->setToolTip(tr("Lock now: the records are hidden until someone logs in again."));
    for (Page* p : std::as_const(m_pages))
        p->retranslate();
    if (currentPage())
        setWindowTitle(tr("Prihvat — %1").arg(currentPage()->title()));
    refreshStatus();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Noted before the drop-down sees the key; the key's release ends it.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape)
        m_escapeClosedPopup = QApplication::activePopupWidget() != nullptr || m_escapeClosedPopup;
    else if (event->type() == QEvent::KeyRelease && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape)
        m_escapeClosedPopup = false;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (currentPage() && !currentPage()->canLeave()) {
        event->ignore();
        return;
    }
    m_context.settings.setWindowGeometry(saveGeometry());
    m_context.settings.sync();
    event->accept();
}

} // namespace prihvat
