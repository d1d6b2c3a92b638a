#pragma once

#include <QObject>
#include <QString>

namespace prihvat {

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

    const FormRegistry& forms() const;
    // The staff member's language and, when set, the respondent's.
    QString language() const;
    QString respondentLanguage() const;
};

} // namespace prihvat
