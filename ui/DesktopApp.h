#pragma once

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Accounts.h"
#include "security/Session.h"

#include <QFuture>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace prihvat {

class Dialogs;
class FormRegistry;
class IdleLock;
class LocalStore;
class LoginWindow;
class MainWindow;
class PasswordKdf;
class PersonIndex;
class RecordService;
class Settings;
class SyncClient;

// Everything the desktop application is made of, put together in one place so that the
// real `main` and the GUI tests start it the same way.
//
// Sessions. Nothing of the records is shown before a login. A session begins (one place:
// beginSession) with the Session that Accounts hands out, and builds the main window and
// every page for it; it ends (one place: endSession) on Ctrl+L, the Lock button or the
// idle time, which destroys the main window with every page and value in it, empties the
// people index, writes the `lock` audit entry, drops the Session (its data key is wiped
// when the last copy goes) and shows the login window again.
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
        // Log this user in without the login window (--screenshot, tests). On a folder
        // without users (a new one with initSite) this creates them as the administrator.
        QString user;
        QString password;
        // Password derivation and the wait after a wrong password (tests inject both).
        const PasswordKdf* kdf = nullptr;       // null: Argon2id
        Accounts::Sleeper sleeper;              // empty: the thread sleeps
        // The idle time before the session locks, in milliseconds (tests); 0: the
        // setting in minutes.
        int idleLockMs = 0;
        // The first start on a laptop-sized screen (no window size saved yet) opens the
        // main window maximised.
        bool maximizeOnSmallScreen = true;
    };

    // Opens (or sets up) the data folder; logs in when the options say who (else the
    // login window is what show() shows). Errors are in the user's language; the caller
    // shows them.
    static Result<std::unique_ptr<DesktopApp>> start(const Options& options, const Clock& clock, Dialogs& dialogs);
    ~DesktopApp();

    // Shows the main window during a session, else the login window.
    void show();
    bool hasSession() const { return m_session.has_value(); }
    const Session* session() const { return m_session ? &*m_session : nullptr; }

    // Only during a session.
    MainWindow& window() { return *m_window; }
    AppContext& context() { return *m_context; }
    LoginWindow& login() { return *m_login; }
    LocalStore& store() { return *m_store; }
    Settings& settings() { return *m_settings; }
    SyncClient& sync() { return *m_sync; }
    Accounts& accounts() { return *m_accounts; }
    IdleLock& idleLock() { return *m_idle; }
    // Reads every person into the search index; in the background unless told otherwise.
    void loadPeople(bool background);
    void resealStep(int generation);
    bool peopleLoaded() const { return m_peopleLoaded; }

    // Checks the password off the GUI thread (the login window shows it is busy, and any
    // wait); a right one begins the session. False when a check is already running.
    bool login(const QString& user, const QString& password);
    // Ends the session (see above) at once, without a question: unsaved answers in the
    // open record are kept sealed as the user's draft (DraftStore) and offered back when
    // the same user logs in again. Only if the draft cannot be written and `ask` is set (a
    // person asked to lock) is the person asked to save or discard them (Cancel keeps the
    // session). False when the session goes on.
    bool endSession(bool ask);
    // The same, from the event loop (safe from inside a window's own shortcut).
    void requestLock();

private:
    DesktopApp() = default;
    void beginSession(Session session);
    void applyIdleInterval();
    void finishLogin(const Result<Session>& result);
    // Offers the draft the user left when their session locked: Continue opens it again,
    // Discard drops it, no answer keeps it for the next login.
    void offerDraft();

    Options m_options;
    Dialogs* m_dialogs = nullptr;
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<RecordService> m_records;
    std::unique_ptr<PersonIndex> m_people;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RecordEvents> m_events;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<LoginWindow> m_login;
    std::optional<Session> m_session;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    bool m_peopleLoaded = false;
    bool m_shown = false;
    bool m_loginRunning = false;
    QFuture<Result<Session>> m_loginCheck; // the password check running on another thread
    int m_peopleGeneration = 0;
};

} // namespace prihvat
