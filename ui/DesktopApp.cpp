#include "DesktopApp.h"

#include "Dialogs.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "common/Log.h"
#include "common/Translations.h"
#include "forms/FormRegistry.h"
#include "search/PersonIndex.h"
#include "TestDataKey.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace prihvat {

DesktopApp::~DesktopApp()
{
    m_window.reset(); // pages hold references to the services below
}

Result<std::unique_ptr<DesktopApp>> DesktopApp::start(const Options& options, const Clock& clock, Dialogs& dialogs)
{
    QElapsedTimer timer;
    timer.start();
    auto step = [&timer](const char* what) { qCDebug(lcUi) << "start:" << what << timer.elapsed() << "ms"; };
    std::unique_ptr<DesktopApp> app(new DesktopApp);
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

    if (!folder.isInitialised()) {
        QString site = options.initSite;
        if (site.isEmpty() && options.askForSetup) {
            SetupDialog setup(app->m_forms->reference(), folder.path(), app->m_settings->language());
            if (setup.exec() != QDialog::Accepted)
                return Error::conflict(QCoreApplication::translate("DesktopApp", "Set-up was cancelled."));
            site = setup.site();
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
    // INTERIM: the folder's key file; the key of the signed-in user's session at merge.
    if (Status s = unlockWithInterimKey(*app->m_store); !s)
        return s.error();
    step("database open");
    if (options.login) {
        auto session = options.login(*app->m_store);
        if (!session)
            return session.error();
        app->m_session = std::move(*session);
        if (app->m_session)
            app->m_store->setActor(app->m_session->user);
        step("logged in");
    }
    app->m_records = std::make_unique<RecordService>(*app->m_store, app->m_settings->language());
    app->m_people = std::make_unique<PersonIndex>();
    app->m_events = std::make_unique<RecordEvents>();
    // Sync runs on this thread's event loop and never blocks it (SyncClient is asynchronous).
    app->m_network = std::make_unique<QNetworkAccessManager>();
    app->m_sync = std::make_unique<SyncClient>(*app->m_store, app->m_network.get(), clock);
    app->m_context = std::unique_ptr<AppContext>(new AppContext{*app->m_store, *app->m_records, *app->m_people,
                                                               *app->m_settings, dialogs, *app->m_events,
                                                               app->m_sync.get()});
    DesktopApp* raw = app.get();
    QObject::connect(app->m_settings.get(), &Settings::languageChanged, app->m_settings.get(), [raw](const QString& code) {
        LanguageController::apply(code);
        raw->m_records->setLanguage(code);
    });
    app->m_window = std::make_unique<MainWindow>(*app->m_context);
    step("main window built");
    app->loadPeople(options.loadPeopleInBackground);
    // People received from headquarters join the search index.
    QObject::connect(app->m_sync.get(), &SyncClient::finished, app->m_events.get(), [raw](const SyncReport& report) {
        if (report.pulled > 0 && raw->m_peopleLoaded)
            raw->loadPeople(true);
    });
    if (options.autoSync) {
        app->m_sync->setAutomatic(true);
        QTimer::singleShot(0, app->m_sync.get(), [raw] { raw->m_sync->startIfEnrolled(); });
    }
    return app;
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
    QObject::connect(watcher, &QFutureWatcherBase::finished, m_events.get(), [this, watcher] {
        auto entries = watcher->result();
        if (entries) {
            m_people->reset(std::move(entries.value()));
            qCInfo(lcUi) << "people index ready:" << m_people->size();
        } else {
            qCWarning(lcUi) << "people index failed:" << entries.error().message;
        }
        m_peopleLoaded = true;
        Q_EMIT m_events->peopleIndexReady();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, sealer] { return PersonIndex::read(path, sealer); }));
}

} // namespace prihvat
