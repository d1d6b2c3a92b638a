#include "DesktopApp.h"

#include "Dialogs.h"
#include "common/ProcessHardening.h"
#include "Format.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "common/Log.h"
#include "common/Translations.h"
#include "forms/FormRegistry.h"
#include "pages/Page.h"
#include "pages/RecordEditorPage.h"
#include "search/PersonIndex.h"
#include "security/FieldSealer.h"
#include "security/IdleLock.h"
#include "security/LoginWindow.h"
#include "store/AuditLog.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"
#include "store/ProtectionUpgrade.h"
#include "store/RecordService.h"
#include "store/Reseal.h"
#include "store/RetentionPurge.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QScreen>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace prihvat {

DesktopApp::~DesktopApp()
{
    // A password check still running uses the accounts and the database: let it end first.
    if (m_loginCheck.isRunning())
        m_loginCheck.waitForFinished();
    m_window.reset(); // pages hold references to the services below
    m_context.reset();
    m_idle.reset();
}

Result<std::unique_ptr<DesktopApp>> DesktopApp::start(const Options& options, const Clock& clock, Dialogs& dialogs)
{
    QElapsedTimer timer;
    timer.start();
    auto step = [&timer](const char* what) { qCDebug(lcUi) << "start:" << what << timer.elapsed() << "ms"; };
    std::unique_ptr<DesktopApp> app(new DesktopApp);
    app->m_options = options;
    app->m_dialogs = &dialogs;
    const DataFolder folder(options.dataDir);
    app->m_settings = std::make_unique<Settings>(folder.path() + u"/settings.ini"_s);
    if (!options.language.isEmpty())
        app->m_settings->setLanguage(options.language);
    LanguageController::apply(app->m_settings->language());

    step("settings and language");
    auto forms = FormRegistry::load();
    step("forms and reference data");
    if (!forms)
        return forms.error();
    app->m_forms = *forms;

    // The administrator to create when the folder has no user yet.
    QString adminName = options.user;
    QString adminPassword = options.password;
    if (!folder.isInitialised()) {
        QString site = options.initSite;
        if (site.isEmpty() && options.askForSetup) {
            SetupDialog setup(app->m_forms->reference(), folder.path(), app->m_settings->language());
            if (setup.exec() != QDialog::Accepted)
                return Error::conflict(QCoreApplication::translate("DesktopApp", "Set-up was cancelled."));
            site = setup.site();
            adminName = setup.adminName();
            adminPassword = setup.adminPassword();
            app->m_settings->setLanguage(setup.language());
            LanguageController::apply(setup.language());
        }
        if (site.isEmpty())
            return Error::notFound(QCoreApplication::translate("DesktopApp", "The data folder %1 is not set up.")
                                       .arg(folder.path()));
        auto created = LocalStore::initialise(folder, site, app->m_forms, clock);
        if (!created)
            return created.error();
        app->m_store = std::move(created.value());
        // Settings were written before the folder was private: make them private too.
        app->m_settings->sync();
        folder.restrictFiles();
    } else {
        auto opened = LocalStore::open(folder, app->m_forms, clock);
        if (!opened)
            return opened.error();
        app->m_store = std::move(opened.value());
    }
    step("database open");

    // The wait after a wrong password runs on the login thread; the login window counts it down.
    const Accounts::Sleeper sleep = options.sleeper ? options.sleeper : Accounts::threadSleeper();
    DesktopApp* raw = app.get();
    app->m_login = std::make_unique<LoginWindow>(app->m_settings->language());
    QPointer<LoginWindow> loginWindow = app->m_login.get();
    app->m_accounts = std::make_unique<Accounts>(
        *app->m_store, options.kdf ? *options.kdf : Accounts::argon2id(), [sleep, loginWindow](std::int64_t ms) {
            if (loginWindow)
                QMetaObject::invokeMethod(
                    loginWindow, [loginWindow, ms] { if (loginWindow) loginWindow->startWait(ms); },
                    Qt::QueuedConnection);
            sleep(ms);
        });

    std::optional<Session> session;
    auto hasUsers = app->m_accounts->hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (!*hasUsers) {
        auto erased = app->m_accounts->isErased();
        if (!erased)
            return erased.error();
        if (*erased)
            return Error::conflict(QCoreApplication::translate(
                "DesktopApp", "The keys of this data folder were destroyed because headquarters revoked this device. "
                              "Its records cannot be opened any more."));
        if (adminName.isEmpty() && options.askForSetup) {
            // A folder made before accounts existed (or whose set-up stopped half-way).
            SetupDialog setup(app->m_forms->reference(), folder.path(), app->m_settings->language(),
                              SetupDialog::Mode::AdministratorOnly);
            if (setup.exec() != QDialog::Accepted)
                return Error::conflict(QCoreApplication::translate("DesktopApp", "Set-up was cancelled."));
            adminName = setup.adminName();
            adminPassword = setup.adminPassword();
        }
        if (adminName.isEmpty())
            return Error::conflict(QCoreApplication::translate(
                "DesktopApp", "This data folder has no administrator yet. Start Prihvat without options to create one."));
        QString recovery;
        auto admin = app->m_accounts->createAdministrator(adminName, adminPassword, &recovery);
        if (!admin)
            return admin.error();
        if (options.askForSetup) {
            // Shown once: the only way back in for an administrator who forgot their password
            // (prihvat-cli recover; Accounts::recover).
            QMessageBox box(
                QMessageBox::Information, QCoreApplication::translate("DesktopApp", "Recovery secret"),
                QCoreApplication::translate(
                    "DesktopApp",
                    "Write down or print this recovery secret and keep it apart from this laptop. "
                    "With it, an administrator who forgot their password can set a new one "
                    "(prihvat-cli recover). It is shown only this once.\n\n%1")
                    .arg(recovery));
            box.setTextInteractionFlags(Qt::TextSelectableByMouse);
            box.exec();
        }
        session = std::move(*admin);
        step("administrator created");
    } else if (!options.user.isEmpty()) {
        auto unlocked = app->m_accounts->unlock(options.user, options.password);
        if (!unlocked)
            return unlocked.error();
        session = std::move(*unlocked);
        step("logged in");
    }

    app->m_records = std::make_unique<RecordService>(*app->m_store, app->m_settings->language());
    app->m_people = std::make_unique<PersonIndex>();
    app->m_events = std::make_unique<RecordEvents>();
    // Sync runs on this thread's event loop and never blocks it (SyncClient is asynchronous).
    app->m_network = std::make_unique<QNetworkAccessManager>();
    app->m_sync = std::make_unique<SyncClient>(*app->m_store, app->m_network.get(), clock);
    QObject::connect(app->m_settings.get(), &Settings::languageChanged, app->m_settings.get(), [raw](const QString& code) {
        LanguageController::apply(code);
        raw->m_records->setLanguage(code);
    });
    // People received from headquarters join the search index.
    QObject::connect(app->m_sync.get(), &SyncClient::finished, app->m_events.get(), [raw](const SyncReport& report) {
        bool reload = report.pulled > 0;
        // Headquarters now holds what this device sent: records past their form's retention
        // period leave the laptop.
        if (report.ok && raw->m_session) {
            const LocalStore& held = *raw->m_store;
            auto purged = RetentionPurge::run(
                *raw->m_store, [&held](const QString& form) { return held.forms().reference().retentionDays(form); },
                raw->m_session->user);
            if (!purged)
                qCWarning(lcUi) << "retention purge failed:" << purged.error().message;
            else if (purged->total() > 0)
                reload = true;
        }
        if (reload && raw->m_peopleLoaded && raw->m_session)
            raw->loadPeople(true);
    });
    // Headquarters revoked this device (lost, stolen): the user is told, then the keys that
    // open its sealed answers are destroyed and the session ends; nothing opens them again.
    QObject::connect(app->m_sync.get(), &SyncClient::revoked, app->m_events.get(), [raw](const Error& error) {
        raw->m_dialogs->error(raw->m_window.get(),
                              QCoreApplication::translate("DesktopApp", "This device was revoked"),
                              error.message + u"\n\n"_s +
                                  QCoreApplication::translate(
                                      "DesktopApp", "The keys of this data folder are destroyed now: its records can "
                                                    "no longer be opened by anyone."));
        if (Status s = raw->m_accounts->cryptoErase(); !s)
            qCWarning(lcUi) << "crypto-erase failed:" << s.error().message;
        QTimer::singleShot(0, raw->m_events.get(), [raw] { raw->endSession(false); });
    });

    app->m_idle = std::make_unique<IdleLock>();
    app->applyIdleInterval();
    QObject::connect(app->m_settings.get(), &Settings::idleLockChanged, app->m_idle.get(),
                     [raw] { raw->applyIdleInterval(); });
    QObject::connect(app->m_idle.get(), &IdleLock::idle, app->m_idle.get(), [raw] {
        // A question left open (an unsaved-changes box, a confirmation) is closed first:
        // the idle lock does not wait for anyone.
        if (QWidget* modal = QApplication::activeModalWidget()) {
            modal->close();
            QTimer::singleShot(0, raw->m_idle.get(), [raw] { raw->endSession(false); });
            return;
        }
        raw->endSession(false);
    });

    QObject::connect(app->m_login.get(), &LoginWindow::loginRequested, app->m_login.get(),
                     [raw](const QString& user, const QString& password) { raw->login(user, password); });
    QObject::connect(app->m_login.get(), &LoginWindow::languageChosen, app->m_login.get(),
                     [raw](const QString& code) { raw->m_settings->setLanguage(code); });

    if (session) {
        app->beginSession(std::move(*session));
    } else {
        app->m_login->reset();
    }
    step("ready");
    return app;
}

void DesktopApp::show()
{
    m_shown = true;
    if (m_window) {
        m_login->hide();
        const QScreen* screen = m_window->screen();
        const bool laptop = screen && (screen->availableGeometry().width() < 1600 ||
                                       screen->availableGeometry().height() < 1000);
        if (m_options.maximizeOnSmallScreen && laptop && m_settings->windowGeometry().isEmpty())
            m_window->showMaximized();
        else
            m_window->show();
        // The keyboard is the window's again (the search on People, …).
        m_window->raise();
        m_window->activateWindow();
        if (Page* page = m_window->currentPage())
            page->activate();
    } else {
        m_login->show();
        m_login->raise();
        m_login->activateWindow();
    }
}

void DesktopApp::applyIdleInterval()
{
    m_idle->setInterval(m_options.idleLockMs > 0 ? m_options.idleLockMs
                                                 : std::max(1, m_settings->idleLockMinutes()) * 60 * 1000);
}

// Where a session begins; the one place that hands out what the session unlocked.
void DesktopApp::beginSession(Session session)
{
    Q_ASSERT(!m_session && !m_window);
    m_session = std::move(session);
    // The data key the password unwrapped opens the sealed answers (and, once, seals a
    // folder from before schema 8). A key that does not fit this folder opens nothing.
    auto sealer = m_session->keys ? std::make_shared<const FieldSealer>(*m_session->keys)
                                  : std::make_shared<const FieldSealer>(m_session->dataKey);
    if (Status s = m_store->setSealer(std::move(sealer)); !s) {
        qCWarning(lcUi) << "the session's key does not open this folder:" << s.error().message;
        m_session.reset();
        m_login->reset(QString(), s.error().message);
        return;
    }
    m_store->setActor(m_session->user);
    m_records->setActor(m_session->user);
    m_records->setCanSeeProtection(m_session->canSeeProtection());
    // Protection categories older forms kept in clear are sealed at a protection officer's
    // first login (ProtectionUpgrade.h). A failure leaves them where they were and is retried
    // at the next such login; the session goes on.
    if (m_session->canSeeProtection()) {
        if (auto moved = ProtectionUpgrade::run(*m_store); !moved)
            qCWarning(lcUi) << "protection categories not moved yet:" << moved.error().message;
        else if (*moved > 0)
            qCInfo(lcUi) << "protection categories moved out of" << *moved << "records";
    }
    qCInfo(lcUi) << "session begins for a" << roleCode(m_session->role);
    m_context = std::unique_ptr<AppContext>(new AppContext{*m_store, *m_records, *m_people, *m_settings, *m_dialogs,
                                                           *m_events, m_sync.get(), *m_session, m_accounts.get()});
    m_window = std::make_unique<MainWindow>(*m_context);
    QObject::connect(m_window.get(), &MainWindow::lockRequested, m_window.get(), [this] { requestLock(); });
    loadPeople(m_options.loadPeopleInBackground);
    if (Status s = Reseal(*m_store).resumeIfWaiting(); !s)
        qCWarning(lcUi) << "re-sealing cannot resume:" << s.error().message;
    resealStep(m_peopleGeneration);
    if (m_options.autoSync) {
        m_sync->setAutomatic(true);
        QTimer::singleShot(0, m_sync.get(), [this] {
            if (m_session)
                m_sync->startIfEnrolled();
        });
    }
    m_idle->start();
    m_login->reset();
    if (m_shown)
        show();
    QTimer::singleShot(0, m_window.get(), [this] { offerDraft(); });
}

void DesktopApp::offerDraft()
{
    if (!m_session || !m_window)
        return;
    DraftStore drafts(*m_store);
    auto found = drafts.find(m_session->user);
    if (!found) {
        qCWarning(lcUi) << "unsaved work could not be read:" << found.error().message;
        return;
    }
    if (!found->has_value())
        return;
    const QJsonObject draft = **found;
    const FormDefinition* form = m_forms->form(draft.value(u"form"_s).toString());
    if (!form) {
        static_cast<void>(drafts.discard(m_session->user));
        return;
    }
    // Whom the record is about: the person it refers to, or the person being registered.
    QString name;
    QJsonObject values = draft.value(u"prefill"_s).toObject();
    const QJsonObject answers = draft.value(u"values"_s).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        values.insert(it.key(), it.value());
    const QString recordId = draft.value(u"record"_s).toString();
    if (!recordId.isEmpty()) {
        if (auto stored = m_store->get(recordId); stored && stored->has_value())
            for (auto it = (*stored)->values.begin(); it != (*stored)->values.end(); ++it)
                if (!answers.contains(it.key()))
                    values.insert(it.key(), it.value());
    }
    if (form->id == u"person"_s) {
        name = PersonEntry::fromValues(recordId, values).displayName();
    } else if (const QString personId = values.value(u"person_id"_s).toString(); !personId.isEmpty()) {
        if (auto person = m_store->get(personId); person && person->has_value())
            name = Format::personName(PersonEntry::fromValues(personId, (*person)->values).displayName());
    }
    const QString title = form->title.text(m_settings->language());
    const QString isolatedName = QChar(0x2068) + name + QChar(0x2069);
    const QString text =
        name.isEmpty()
            ? QCoreApplication::translate(
                  "DesktopApp", "You were filling in “%1” when the session was locked. It is not saved yet.")
                  .arg(title)
            : QCoreApplication::translate(
                  "DesktopApp",
                  "You were filling in “%1” for %2 when the session was locked. It is not saved yet.")
                  .arg(title, isolatedName);
    const auto answer =
        m_dialogs->ask(m_window.get(), QCoreApplication::translate("DesktopApp", "Unsaved work"), text,
                       QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes,
                       {{QMessageBox::Yes, QCoreApplication::translate("DesktopApp", "Continue")},
                        {QMessageBox::Discard, QCoreApplication::translate("DesktopApp", "Discard")}});
    if (answer == QMessageBox::Discard) {
        if (Status s = drafts.discard(m_session->user); !s)
            qCWarning(lcUi) << "unsaved work not discarded:" << s.error().message;
        return;
    }
    if (answer != QMessageBox::Yes || !m_window)
        return; // kept for the next login
    Page* current = m_window->currentPage();
    if (current && !current->canLeave())
        return;
    if (!m_window->editor()->restoreDraft(draft)) {
        m_dialogs->warning(m_window.get(), QCoreApplication::translate("DesktopApp", "Unsaved work"),
                           QCoreApplication::translate(
                               "DesktopApp", "The record of this unsaved work no longer exists here."));
    } else {
        m_window->showPage(u"editor"_s);
    }
    if (Status s = drafts.discard(m_session->user); !s)
        qCWarning(lcUi) << "unsaved work not discarded:" << s.error().message;
}

// Where a session ends (see the class comment).
bool DesktopApp::endSession(bool ask)
{
    if (!m_session)
        return true;
    if (m_window) {
        // Locking never loses input and never waits: unsaved answers are kept sealed. Not
        // after headquarters revoked the device: its keys are gone, and so is the work.
        const auto erased = m_accounts->isErased();
        const bool keysGone = !erased || *erased;
        if (const QJsonObject draft = keysGone ? QJsonObject() : m_window->editor()->draft();
            !draft.isEmpty()) {
            if (Status kept = DraftStore(*m_store).keep(m_session->user, draft); !kept) {
                qCWarning(lcUi) << "unsaved work could not be kept:" << kept.error().message;
                Page* page = m_window->currentPage();
                if (ask && page && !page->canLeave())
                    return false;
            }
        }
        m_settings->setWindowGeometry(m_window->saveGeometry());
        m_settings->sync();
    }
    m_idle->stop();
    // Nothing may use the database while the next login checks a password on another thread.
    m_sync->setAutomatic(false);
    if (m_sync->isBusy())
        m_sync->cancel();
    if (Status s = m_accounts->recordLock(*m_session); !s)
        qCWarning(lcUi) << "lock audit entry not written:" << s.error().message;
    const QString user = m_session->user;
    // The login window comes up before the main window goes, so the application never has
    // no window (which would end it).
    m_login->reset(user, QCoreApplication::translate("DesktopApp", "The session was locked. Log in to go on."));
    if (m_shown) {
        m_login->show();
        m_login->raise();
        m_login->activateWindow();
    }
    if (m_window)
        m_window->hide();
    m_window.reset(); // every page, editor and value shown in them
    m_context.reset();
    ++m_peopleGeneration; // a people index still loading is thrown away
    m_people->reset({});
    m_peopleLoaded = false;
    static_cast<void>(m_store->setSealer(nullptr)); // the store locks: no sealed answer opens
    m_session.reset(); // the last copy of the data key: wiped now
    m_store->setActor(AuditLog::systemUser());
    qCInfo(lcUi) << "session locked";
    return true;
}

void DesktopApp::requestLock()
{
    QTimer::singleShot(0, m_login.get(), [this] { endSession(true); });
}

bool DesktopApp::login(const QString& user, const QString& password)
{
    if (m_loginRunning || m_session)
        return false;
    m_loginRunning = true;
    m_login->setBusy(true);
    Accounts* accounts = m_accounts.get();
    auto* watcher = new QFutureWatcher<Result<Session>>(m_login.get());
    QObject::connect(watcher, &QFutureWatcherBase::finished, m_login.get(), [this, watcher] {
        const Result<Session> result = watcher->result();
        // The futures hold a copy of the session (its data key): let go of them (the
        // watcher's goes with the watcher).
        m_loginCheck = QFuture<Result<Session>>();
        watcher->deleteLater();
        finishLogin(result);
    });
    // The task's copy of the password is wiped as soon as the check is done.
    QString secret = password;
    secret.detach();
    m_loginCheck = QtConcurrent::run([accounts, user, secret]() mutable {
        Result<Session> result = accounts->unlock(user, secret);
        wipeSecret(secret);
        return result;
    });
    watcher->setFuture(m_loginCheck);
    return true;
}

void DesktopApp::finishLogin(const Result<Session>& result)
{
    m_loginRunning = false;
    m_login->setBusy(false);
    if (!result) {
        m_login->showError(result.error().message);
        return;
    }
    beginSession(*result);
}

// Values still sealed under older keys move to the newest ones, a batch at a time between
// events (each batch its own transaction: a crash or a lock loses nothing), with the count
// in the status bar.
void DesktopApp::resealStep(int generation)
{
    if (generation != m_peopleGeneration || !m_session || !m_window)
        return; // locked meanwhile: the pass goes on at the next unlock
    Reseal reseal(*m_store);
    auto before = reseal.progress();
    if (!before || !before->running)
        return;
    auto p = reseal.step(300);
    if (!p) {
        qCWarning(lcUi) << "re-sealing stopped:" << p.error().message;
        return;
    }
    m_window->statusBar()->showMessage(
        QCoreApplication::translate("Reseal", "Re-sealing answers under the newest keys: %1 of %2 rows.")
            .arg(p->done)
            .arg(p->total),
        p->running ? 0 : 5000);
    if (p->running)
        QTimer::singleShot(20, m_events.get(), [this, generation] { resealStep(generation); });
}

void DesktopApp::loadPeople(bool background)
{
    const QString path = m_store->folder().databasePath();
    auto sealer = m_store->sealer();
    if (!background) {
        auto entries = PersonIndex::read(path, sealer);
        if (entries)
            m_people->reset(std::move(entries.value()));
        m_peopleLoaded = true;
        Q_EMIT m_events->peopleIndexReady();
        return;
    }
    auto* watcher = new QFutureWatcher<Result<std::vector<PersonEntry>>>(m_events.get());
    const int generation = m_peopleGeneration;
    QObject::connect(watcher, &QFutureWatcherBase::finished, m_events.get(), [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_peopleGeneration || !m_session)
            return; // locked meanwhile: names stay out of memory
        auto entries = watcher->result();
        if (entries) {
            m_people->reset(std::move(entries.value()));
            qCInfo(lcUi) << "people index ready:" << m_people->size();
        } else {
            qCWarning(lcUi) << "people index failed:" << entries.error().message;
        }
        m_peopleLoaded = true;
        Q_EMIT m_events->peopleIndexReady();
    });
    watcher->setFuture(QtConcurrent::run([path, sealer] { return PersonIndex::read(path, sealer); }));
}

} // namespace prihvat
