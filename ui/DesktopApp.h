#pragma once

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace prihvat {

class Dialogs;
class FormRegistry;
class LocalStore;
class MainWindow;
class PersonIndex;
class RecordService;
class Settings;
class SyncClient;

// Everything the desktop application is made of, put together in one place so that the
// real `main` and the GUI tests start it the same way.
class DesktopApp
{
public:
    struct Options
    {
        QString dataDir;
        QString language;      // overrides the saved setting when not empty
        QString initSite;      // initialise an empty folder for this site without asking
        bool askForSetup = true; // an empty folder opens the set-up dialog
        bool loadPeopleInBackground = true;
        bool autoSync = true; // sync at start, at an interval and when the network returns
        // Logs a user in as soon as the data folder is open, before anything reads it
        // (Accounts, core/security); an error stops the start, no session means nobody
        // logged in (a folder without users). Unset: no login (until the login screen
        // exists, only main's --user and tests set it).
        std::function<Result<std::optional<Session>>(LocalStore&)> login;
    };

    // Opens (or sets up) the data folder and builds the main window (not shown yet).
    // Errors are in the user's language; the caller shows them.
    static Result<std::unique_ptr<DesktopApp>> start(const Options& options, const Clock& clock, Dialogs& dialogs);
    ~DesktopApp();

    MainWindow& window() { return *m_window; }
    AppContext& context() { return *m_context; }
    LocalStore& store() { return *m_store; }
    Settings& settings() { return *m_settings; }
    SyncClient& sync() { return *m_sync; }
    // Who logged in through Options::login, with the data key; empty without a login.
    const std::optional<Session>& session() const { return m_session; }
    // Reads every person into the search index; in the background unless told otherwise.
    void loadPeople(bool background);
    bool peopleLoaded() const { return m_peopleLoaded; }

private:
    DesktopApp() = default;
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<LocalStore> m_store;
    std::optional<Session> m_session;
    std::unique_ptr<RecordService> m_records;
    std::unique_ptr<PersonIndex> m_people;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RecordEvents> m_events;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    bool m_peopleLoaded = false;
};

} // namespace prihvat
