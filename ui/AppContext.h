#pragma once

#include "security/Session.h"

#include <QObject>
#include <QString>

namespace prihvat {

class Accounts;
class LocalStore;
class RecordService;
class PersonIndex;
class Settings;
class Dialogs;
class FormRegistry;
class SyncClient;

// Announces saves so that lists, the people index and the status bar stay current.
class RecordEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void recordSaved(const QString& id, const QString& form);
    void recordDeleted(const QString& id, const QString& form);
    void peopleIndexReady();
};

// The services every page works with, passed in (never reached through singletons).
struct AppContext
{
    LocalStore& store;
    RecordService& records;
    PersonIndex& people;
    Settings& settings;
    Dialogs& dialogs;
    RecordEvents& events;
    // Sync with headquarters; null where there is none (a window built without a network).
    SyncClient* sync = nullptr;
    // Who is logged in. A context (and every page built on it) lives for one session only:
    // locking destroys both.
    Session session;
    // Local accounts (the Users page); null where there are none.
    Accounts* accounts = nullptr;

    const FormRegistry& forms() const;
    // The staff member's language and, when set, the respondent's.
    QString language() const;
    QString respondentLanguage() const;
    // Need-to-know: protection-sensitive answers are shown to protection officers only.
    bool canSeeProtection() const { return session.canSeeProtection(); }
};

} // namespace prihvat
