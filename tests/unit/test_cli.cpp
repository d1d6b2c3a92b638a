// prihvat-cli, the stable headless contract (issue 2): run in-process with a fixed clock,
// plus a few runs of the real executable for what only a process shows (standard input,
// exit codes). Every form round-trips; bad input exits 2 (1 when something is missing or
// damaged) with a message and writes nothing; messages follow --lang.
// Issue 5: every command logs a user in (--user, PRIHVAT_PASSWORD); users and roles;
// need-to-know (only a protection officer sees or sets protection fields); CSV export.
// Logging in costs one Argon2id run: the data folder is made once (an administrator
// "ana", a protection officer "pia", a mobile team member "meho") and copied for each
// test, and the in-process runs use the real KDF through a memo (MemoKdf.h), so each
// password and salt is derived once per process.

#include "MemoKdf.h"
#include "cli/Cli.h"
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "store/LocalStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using prihvat::Cli;
using prihvat::ManualClock;

namespace {

// 2026-06-15 10:00 UTC.
const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

const QRegularExpression kUuid7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonObject json(const QString& text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    if (!d.isObject())
        qFatal("test data is not a JSON object: %s", qPrintable(text));
    return d.object();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kPerson = uR"({"given_name": "Amir", "family_name": "Haidari", "sex": "male", "age_estimated": 27,
    "country_of_origin": "AF", "languages": ["fa", "ps"], "registration_date": "2026-06-14",
    "registration_site": "USI", "consent_given": "yes", "consent_date": "2026-06-14", "consent_language": "fa",
    "phone": "+387 61 234 567", "notes": "Arrived with a cousin."})"_s;

QString personWith(const QString& field, const QJsonValue& value)
{
    QJsonObject o = json(kPerson);
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return compact(o);
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("absent");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Records, outbox and settings of a data folder (bar the clean-shutdown flag), read with
// the plain SQLite API.
// The audit head in meta and its MAC move with every login (each run is one, in the audit
// trail), so they are left out: what is compared is what a command must not change.
QStringList dump(const QString& dataDir)
{
    QStringList out;
    sqlite3* db = nullptr;
    const QByteArray path = QFile::encodeName(dataDir + u"/prihvat.db"_s);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return {u"cannot open"_s};
    }
    for (const char* sql :
         {"SELECT * FROM records ORDER BY rid", "SELECT * FROM outbox ORDER BY seq",
          "SELECT * FROM meta WHERE key NOT IN ('clean_shutdown', 'audit_head', 'audit_mac') ORDER BY key"}) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            out.append(u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
            continue;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList columns;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                columns.append(sqlite3_column_type(stmt, c) == SQLITE_NULL
                                   ? u"NULL"_s
                                   : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c))));
            out.append(columns.join(u'|'));
        }
        sqlite3_finalize(stmt);
        out.append(u"--"_s);
    }
    sqlite3_close_v2(db);
    return out;
}

int outboxRows(const QString& dataDir, const QString& recordId)
{
    sqlite3* db = nullptr;
    int n = -1;
    if (sqlite3_open_v2(QFile::encodeName(dataDir + u"/prihvat.db"_s).constData(), &db, SQLITE_OPEN_READWRITE,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray id = recordId.toUtf8();
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM outbox WHERE record_id = ?1", -1, &stmt, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, id.constData(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                n = sqlite3_column_int(stmt, 0);
            sqlite3_finalize(stmt);
        }
    }
    sqlite3_close_v2(db);
    return n;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kNow};
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir; // the data folder of the current test
    int m_files = 0;
    prihvat::test::MemoKdf m_kdf;
    std::unique_ptr<QTemporaryDir> m_template; // an initialised folder with three users
    QHash<QString, QString> m_passwords;
    QString m_user;                 // who runs the commands of the current test
    std::optional<QString> m_password; // overrides m_passwords for the next runs
    QStringList m_answers;          // what the terminal prompt answers, in order
    QList<std::int64_t> m_waits;    // what the login asked to wait

    // Runs the CLI in-process as m_user; messages in English unless the arguments say otherwise.
    Run cli(QStringList args, const QString& input = QString())
    {
        QString out;
        QString err;
        QString in = input;
        QTextStream outStream(&out, QIODevice::WriteOnly);
        QTextStream errStream(&err, QIODevice::WriteOnly);
        QTextStream inStream(&in, QIODevice::ReadOnly);
        if (!m_user.isEmpty())
            args.prepend(u"--user="_s + m_user);
        if (!args.contains(u"--lang"_s))
            args.prepend(u"--lang=en"_s);
        const QString password = m_password.value_or(m_passwords.value(m_user));
        if (password.isEmpty())
            qunsetenv(Cli::kPasswordVariable);
        else
            qputenv(Cli::kPasswordVariable, password.toUtf8());
        Cli::Services services;
        services.kdf = &m_kdf;
        services.sleep = [this](std::int64_t ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
        };
        services.askPassword = [this](const QString&) -> std::optional<QString> {
            if (m_answers.isEmpty())
                return std::nullopt;
            return m_answers.takeFirst();
        };
        Cli cli(outStream, errStream, inStream, m_clock, services);
        Run r;
        r.code = cli.run(args);
        outStream.flush();
        errStream.flush();
        r.out = out;
        r.err = err;
        return r;
    }
    // The same against the current data folder.
    Run at(const QStringList& args, const QString& input = QString())
    {
        return cli(QStringList{u"--data-dir"_s, m_dir} + args, input);
    }
    QString file(const QString& content)
    {
        const QString path = m_tmp->filePath(u"input%1.json"_s.arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) != content.toUtf8().size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // Adds a record through a file; empty when that failed.
    QString add(const QString& form, const QString& values)
    {
        const Run r = at({u"add"_s, form, u"--json"_s, file(values)});
        if (r.code != 0) {
            qWarning("add %s failed (%d): %s", qPrintable(form), r.code, qPrintable(r.err));
            return {};
        }
        return r.out.trimmed();
    }
    QJsonObject get(const QString& id)
    {
        const Run r = at({u"get"_s, id});
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    }
    QString count(const QString& form) { return at({u"count"_s, form}).out.trimmed(); }
    // Runs as another user.
    Run as(const QString& user, const QStringList& args, const QString& input = QString())
    {
        const QString before = m_user;
        m_user = user;
        const Run r = at(args, input);
        m_user = before;
        return r;
    }
    // Audit entries of a kind, newest first, read through the CLI as the administrator.
    QJsonArray auditOf(const QString& kind)
    {
        const Run r = as(u"ana"_s, {u"audit"_s, u"--json"_s, u"--limit"_s, u"100000"_s});
        QJsonArray out;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(u"kind"_s).toString() == kind)
                out.append(v);
        return out;
    }

    static QJsonObject formText(const QString& form)
    {
        QFile f(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/resources/forms/"_s + form + u".json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    static QHash<QString, QString> templatePasswords()
    {
        return {{u"ana"_s, u"admin password 1"_s}, {u"pia"_s, u"protection pass 1"_s}, {u"meho"_s, u"mobile pass 1"_s}};
    }

    void initTestCase()
    {
        m_passwords = templatePasswords();
        m_template = std::make_unique<QTemporaryDir>();
        QVERIFY(m_template->isValid());
        m_dir = m_template->filePath(u"data"_s);
        m_clock.set(kNow);
        m_user = u"ana"_s;
        const Run r = at({u"init"_s, u"--site"_s, u"USI"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"USI"_s));
        for (const auto& [name, role] : {std::pair{u"pia"_s, u"protection"_s}, std::pair{u"meho"_s, u"mobile"_s}}) {
            qputenv(Cli::kNewPasswordVariable, m_passwords.value(name).toUtf8());
            const Run added = at({u"user"_s, u"add"_s, name, u"--role"_s, role});
            QVERIFY2(added.code == 0, qPrintable(added.err));
        }
        qunsetenv(Cli::kNewPasswordVariable);
        // Every later test logs in with these salts: remembered from here on.
        for (const QString& user : {u"pia"_s, u"meho"_s}) {
            m_user = user;
            QCOMPARE(at({u"count"_s, u"person"_s}).code, 0);
        }
    }
    void init()
    {
        m_clock.set(kNow);
        m_user = u"pia"_s;
        m_passwords = templatePasswords();
        m_password.reset();
        m_answers.clear();
        m_waits.clear();
        qunsetenv(Cli::kNewPasswordVariable);
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath(u"data"_s);
        QVERIFY(QDir().mkdir(m_dir));
        QVERIFY(QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QDir from(m_template->filePath(u"data"_s));
        for (const QString& name : from.entryList(QDir::Files))
            QVERIFY(QFile::copy(from.filePath(name), m_dir + u'/' + name));
        QVERIFY(QFileInfo::exists(m_dir + u"/prihvat.db"_s));
    }
    void cleanup() { m_tmp.reset(); }

    void roundTripEveryForm_data();
    void roundTripEveryForm();
    void listShowsLiveRecordsNewestFirst();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void formMessagesFollowLang_data();
    void formMessagesFollowLang();
    void helpAndVersion_data();
    void helpAndVersion();
    void damagedDatabaseIsReportedAndUntouched_data();
    void damagedDatabaseIsReportedAndUntouched();
    void verifyReportsFaults();
    void realExecutable();
    void initCreatesTheAdministrator();
    void everyCommandNeedsALogin();
    void wrongPasswordsDelayThenLockOut();
    void userCommands();
    void needToKnow();
    void exportCsv();
    void formsDirCannotSwitchOffNeedToKnow_data();
    void formsDirCannotSwitchOffNeedToKnow();
    void protectionCategoriesAreNotInClear();
    void folderWithoutUsersGetsItsAdministrator();
};

void TestCli::roundTripEveryForm_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("values");   // %PERSON% is a registered person's id
    QTest::addColumn<QString>("defaults"); // what the form fills in by itself
    QTest::addColumn<QString>("change");   // an update of some fields

    const QString screening = uR"({"person_id": "%PERSON%", "screening_date": "2026-06-15", "site": "USI",
        "risks": ["single_parent"], "protection_concern": "yes", "protection_risks": ["gbv"],
        "gbv_details": "Disclosed to the female staff member.",
        "urgency": "high", "needs": ["shelter", "mhpss"], "referral_needed": true})"_s;
    const QString assistance = uR"({"person_id": "%PERSON%", "assistance_date": "2026-06-15", "site": "USI",
        "assistance_type": "hygiene_kit", "item": "dignity_kit", "notes": "Second kit this month."})"_s;
    const QString transport = uR"({"person_id": "%PERSON%", "request_date": "2026-06-14", "pickup_site": "BHC",
        "destination": "USI", "priority": "urgent", "group_size": 4, "medical_escort": true})"_s;
    const QString referral = uR"({"person_id": "%PERSON%", "referral_date": "2026-06-15", "site": "USI",
        "service": "legal_aid", "provider": "legal_ngo_sarajevo", "urgency": "priority", "consent_to_refer": "yes",
        "reason": "Wants to lodge an asylum claim.", "follow_up_date": "2026-06-22"})"_s;

    struct Form
    {
        const char* name;
        QString values;
        QString defaults;
        QString change;
    };
    const Form forms[] = {
        {"person", kPerson, uR"({"consent_withdrawn": false})"_s,
         uR"({"notes": "Speaks some English.", "family_name": "Haidari-Rahimi"})"_s},
        {"screening", screening, u"{}"_s, uR"({"urgency": "immediate"})"_s},
        {"assistance", assistance, uR"({"quantity": 1, "group_distribution": false})"_s, uR"({"quantity": 2})"_s},
        {"transport", transport, uR"({"state": "requested"})"_s, uR"({"pickup_details": "Bus station, platform 2"})"_s},
        {"referral", referral, uR"({"status": "pending", "protection_referral": "no"})"_s,
         uR"({"status": "accepted", "reason": null})"_s},
    };
    for (const Form& f : forms) {
        for (const char* via : {"file", "stdin"})
            QTest::addRow("%s via %s", f.name, via)
                << QString::fromLatin1(f.name) + (via[0] == 's' ? u"|stdin"_s : u"|file"_s) << f.values << f.defaults
                << f.change;
    }
}

void TestCli::roundTripEveryForm()
{
    QFETCH(QString, form);
    QFETCH(QString, values);
    QFETCH(QString, defaults);
    QFETCH(QString, change);
    const bool viaStdin = form.endsWith(u"|stdin"_s);
    form = form.section(u'|', 0, 0);

    if (values.contains(u"%PERSON%"_s)) {
        const QString person = add(u"person"_s, kPerson);
        QVERIFY(!person.isEmpty());
        values.replace(u"%PERSON%"_s, person);
    }
    const QJsonObject input = json(values);

    // add prints the id and nothing else.
    const Run added = viaStdin ? at({u"add"_s, form, u"--json"_s, u"-"_s}, values)
                               : at({u"add"_s, form, u"--json"_s, file(values)});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    QVERIFY2(added.out.endsWith(u'\n') && added.out.count(u'\n') == 1, qPrintable(added.out));
    const QString id = added.out.trimmed();
    QVERIFY2(kUuid7.match(id).hasMatch(), qPrintable(id));

    // get gives back exactly what was given, plus the form's own defaults.
    QJsonObject expected = input;
    const QJsonObject filled = json(defaults);
    for (auto it = filled.begin(); it != filled.end(); ++it)
        expected.insert(it.key(), it.value());
    const QJsonObject record = get(id);
    QCOMPARE(record.value(u"id"_s).toString(), id);
    QCOMPARE(record.value(u"form"_s).toString(), form);
    QCOMPARE(record.value(u"deleted"_s), QJsonValue(false));
    QCOMPARE(record.value(u"values"_s).toObject(), expected);
    QCOMPARE(QDateTime::fromString(record.value(u"created"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), kNow);
    QCOMPARE(count(form), u"1"_s);

    const Run listed = at({u"list"_s, form, u"--json"_s});
    QCOMPARE(listed.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"id"_s).toString(), id);
    QCOMPARE(list.first().toObject().value(u"values"_s).toObject(), expected);
    const Run plain = at({u"list"_s, form});
    QCOMPARE(plain.code, 0);
    QVERIFY2(plain.out.startsWith(id + u'\t'), qPrintable(plain.out));

    // update changes the fields given and nothing else; each change goes to the outbox.
    const int outboxBefore = outboxRows(m_dir, id);
    QCOMPARE(outboxBefore, expected.size());
    m_clock.advance(3600 * 1000);
    const QJsonObject delta = json(change);
    const Run updated = viaStdin ? at({u"update"_s, id, u"--json"_s, u"-"_s}, change)
                                 : at({u"update"_s, id, u"--json"_s, file(change)});
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    QCOMPARE(updated.out.trimmed(), id);
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        if (it.value().isNull())
            expected.remove(it.key());
        else
            expected.insert(it.key(), it.value());
    }
    const QJsonObject after = get(id);
    QCOMPARE(after.value(u"values"_s).toObject(), expected);
    QCOMPARE(QDateTime::fromString(after.value(u"updated"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             kNow + 3600 * 1000);
    QCOMPARE(outboxRows(m_dir, id), outboxBefore + int(delta.size()));

    // delete leaves a tombstone that count and list leave out.
    const Run deleted = at({u"delete"_s, id});
    QVERIFY2(deleted.code == 0, qPrintable(deleted.err));
    QCOMPARE(count(form), u"0"_s);
    QCOMPARE(get(id).value(u"deleted"_s), QJsonValue(true));
    QCOMPARE(QJsonDocument::fromJson(at({u"list"_s, form, u"--json"_s}).out.toUtf8()).array().size(), 0);
    QCOMPARE(outboxRows(m_dir, id), outboxBefore + int(delta.size()) + 1);

    const Run verified = at({u"verify"_s});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    QVERIFY(verified.err.isEmpty());
}

void TestCli::listShowsLiveRecordsNewestFirst()
{
    QStringList ids;
    for (const QString& name : {u"Amir"_s, u"Fatima"_s, u"Yusuf"_s, u"Samira"_s}) {
        m_clock.advance(1000);
        ids.prepend(add(u"person"_s, personWith(u"given_name"_s, name)));
        QVERIFY(!ids.first().isEmpty());
    }
    QCOMPARE(at({u"delete"_s, ids.at(1)}).code, 0);
    ids.removeAt(1);
    const QJsonArray all = QJsonDocument::fromJson(at({u"list"_s, u"person"_s, u"--json"_s}).out.toUtf8()).array();
    QStringList listed;
    for (const QJsonValue& v : all)
        listed.append(v.toObject().value(u"id"_s).toString());
    QCOMPARE(listed, ids);
    const QJsonArray page = QJsonDocument::fromJson(
                                at({u"list"_s, u"person"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s})
                                    .out.toUtf8())
                                .array();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().toObject().value(u"id"_s).toString(), ids.at(1));
    QCOMPARE(count(u"person"_s), u"3"_s);
}

void TestCli::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args"); // %FILE% holds `content`; %PERSON%, %TRANSPORT%, %MISSING%, %EMPTY%
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("stdinText");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions"); // the message names this

    const QStringList addPerson{u"add"_s, u"person"_s, u"--json"_s, u"%FILE%"_s};
    const QString none;
    QTest::newRow("not JSON") << addPerson << u"{\"given_name\": "_s << none << 2 << u"JSON"_s;
    QTest::newRow("JSON array") << addPerson << u"["_s + kPerson + u"]"_s << none << 2 << u"object"_s;
    QTest::newRow("JSON number") << addPerson << u"42"_s << none << 2 << u"JSON"_s;
    QTest::newRow("empty standard input") << QStringList{u"add"_s, u"person"_s, u"--json"_s, u"-"_s} << none << u""_s
                                          << 2 << u"JSON"_s;
    QTest::newRow("bad JSON on standard input") << QStringList{u"add"_s, u"person"_s, u"--json"_s, u"-"_s} << none
                                                << u"given_name=Amir"_s << 2 << u"JSON"_s;
    QTest::newRow("file missing") << QStringList{u"add"_s, u"person"_s, u"--json"_s, u"/nonexistent/p.json"_s} << none
                                  << none << 2 << u"/nonexistent/p.json"_s;
    QTest::newRow("unknown form") << QStringList{u"add"_s, u"vehicle"_s, u"--json"_s, u"%FILE%"_s} << kPerson << none
                                  << 2 << u"vehicle"_s;
    QTest::newRow("unknown field") << addPerson << personWith(u"shoe_size"_s, 42) << none << 2 << u"shoe_size"_s;
    QTest::newRow("wrong type") << addPerson << personWith(u"age_estimated"_s, u"thirty"_s) << none << 2
                                << u"age_estimated"_s;
    QTest::newRow("missing required") << addPerson << personWith(u"sex"_s, QJsonValue::Undefined) << none << 2
                                      << u"sex"_s;
    QTest::newRow("constraint violated") << addPerson << personWith(u"age_estimated"_s, 130) << none << 2
                                         << u"age_estimated"_s;
    QTest::newRow("pattern violated") << addPerson << personWith(u"phone"_s, u"ring me"_s) << none << 2 << u"phone"_s;
    QTest::newRow("date in the future") << addPerson << personWith(u"registration_date"_s, u"2026-06-16"_s) << none
                                        << 2 << u"registration_date"_s;
    QTest::newRow("person not registered")
        << QStringList{u"add"_s, u"screening"_s, u"--json"_s, u"%FILE%"_s}
        << uR"({"person_id": "%MISSING%", "screening_date": "2026-06-15", "site": "USI", "risks": ["none"]})"_s << none
        << 2 << u"person_id"_s;
    QTest::newRow("new transport not requested")
        << QStringList{u"add"_s, u"transport"_s, u"--json"_s, u"%FILE%"_s}
        << uR"({"person_id": "%PERSON%", "request_date": "2026-06-14", "pickup_site": "BHC", "destination": "USI",
               "priority": "normal", "state": "completed"})"_s
        << none << 2 << u"state"_s;
    QTest::newRow("state: forbidden transition") << QStringList{u"update"_s, u"%TRANSPORT%"_s, u"--json"_s, u"%FILE%"_s}
                                                 << u"{\"state\": \"completed\"}"_s << none << 2 << u"state"_s;
    QTest::newRow("update: invalid value") << QStringList{u"update"_s, u"%PERSON%"_s, u"--json"_s, u"%FILE%"_s}
                                           << u"{\"sex\": \"robot\"}"_s << none << 2 << u"robot"_s;
    QTest::newRow("update: clears a required field")
        << QStringList{u"update"_s, u"%PERSON%"_s, u"--json"_s, u"-"_s} << none << u"{\"given_name\": null}"_s << 2
        << u"given_name"_s;
    QTest::newRow("update: not JSON") << QStringList{u"update"_s, u"%PERSON%"_s, u"--json"_s, u"%FILE%"_s}
                                      << u"notes: hello"_s << none << 2 << u"JSON"_s;
    QTest::newRow("update: unknown id") << QStringList{u"update"_s, u"%MISSING%"_s, u"--json"_s, u"%FILE%"_s}
                                        << u"{\"notes\": \"x\"}"_s << none << 1 << u"%MISSING%"_s;
    QTest::newRow("update: no --json") << QStringList{u"update"_s, u"%PERSON%"_s} << none << none << 2 << u"--json"_s;
    QTest::newRow("delete: unknown id") << QStringList{u"delete"_s, u"%MISSING%"_s} << none << none << 1
                                        << u"%MISSING%"_s;
    QTest::newRow("get: unknown id") << QStringList{u"get"_s, u"%MISSING%"_s} << none << none << 1 << u"%MISSING%"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << none << none << 2 << u"frobnicate"_s;
    QTest::newRow("no command") << QStringList{} << none << none << 2 << u"help"_s;
    QTest::newRow("add: no --json") << QStringList{u"add"_s, u"person"_s} << none << none << 2 << u"--json"_s;
    QTest::newRow("add: no form") << QStringList{u"add"_s, u"--json"_s, u"%FILE%"_s} << kPerson << none << 2
                                  << u"FORM"_s;
    QTest::newRow("unknown --lang") << QStringList{u"--lang"_s, u"xx"_s, u"count"_s, u"person"_s} << none << none << 2
                                    << u"xx"_s;
    QTest::newRow("unknown option") << QStringList{u"count"_s, u"person"_s, u"--colour"_s} << none << none << 2
                                    << u"colour"_s;
    QTest::newRow("count: unknown form") << QStringList{u"count"_s, u"vehicle"_s} << none << none << 2 << u"vehicle"_s;
    QTest::newRow("list: negative limit") << QStringList{u"list"_s, u"person"_s, u"--limit"_s, u"-3"_s} << none << none
                                          << 2 << u"limit"_s;
    QTest::newRow("init: again") << QStringList{u"init"_s, u"--site"_s, u"BLZ"_s} << none << none << 1 << u"already"_s;
    QTest::newRow("init: unknown site") << QStringList{u"init"_s, u"--site"_s, u"XYZ"_s} << none << none << 2
                                        << u"XYZ"_s;
    QTest::newRow("folder without a database") << QStringList{u"--data-dir"_s, u"%EMPTY%"_s, u"count"_s, u"person"_s}
                                               << none << none << 1 << u"init"_s;
}

void TestCli::badInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, content);
    QFETCH(QString, stdinText);
    QFETCH(int, code);
    QFETCH(QString, mentions);

    const QString person = add(u"person"_s, kPerson);
    QVERIFY(!person.isEmpty());
    const QString transport = add(u"transport"_s, uR"({"person_id": ")"_s + person +
                                                      uR"(", "request_date": "2026-06-14", "pickup_site": "BHC",
                                                      "destination": "USI", "priority": "normal"})"_s);
    QVERIFY(!transport.isEmpty());
    const QString missing = u"01970000-0000-7000-8000-000000000001"_s;
    const QString empty = m_tmp->filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    content.replace(u"%PERSON%"_s, person).replace(u"%MISSING%"_s, missing);
    mentions.replace(u"%MISSING%"_s, missing);
    for (QString& a : args) {
        a.replace(u"%PERSON%"_s, person).replace(u"%TRANSPORT%"_s, transport).replace(u"%MISSING%"_s, missing);
        a.replace(u"%EMPTY%"_s, empty);
        if (a == u"%FILE%"_s)
            a = file(content);
    }
    const QStringList before = dump(m_dir);
    QVERIFY(before.size() > 3);

    const Run r = at(args, stdinText);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(!r.err.isEmpty(), "no message");
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));

    QCOMPARE(dump(m_dir), before);
    QCOMPARE(count(u"person"_s), u"1"_s);
    QCOMPARE(count(u"transport"_s), u"1"_s);
    QVERIFY(!QFileInfo::exists(empty + u"/prihvat.db"_s));
}

void TestCli::formMessagesFollowLang_data()
{
    QTest::addColumn<QString>("lang");
    for (const char* lang : {"en", "fr", "ar", "bs", "fa", "ps", "ur"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestCli::formMessagesFollowLang()
{
    QFETCH(QString, lang);
    const QJsonObject personForm = formText(u"person"_s);
    const QJsonObject screeningForm = formText(u"screening"_s);
    QVERIFY(!personForm.isEmpty() && !screeningForm.isEmpty());

    // A cross-field constraint of the person form.
    QString arrivalMessage;
    for (const QJsonValue& c : personForm.value(u"constraints"_s).toArray())
        if (c.toObject().value(u"field"_s).toString() == u"arrival_date"_s)
            arrivalMessage = c.toObject().value(u"message"_s).toObject().value(lang).toString();
    QString arrivalLabel;
    for (const QJsonValue& f : personForm.value(u"fields"_s).toArray())
        if (f.toObject().value(u"name"_s).toString() == u"arrival_date"_s)
            arrivalLabel = f.toObject().value(u"label"_s).toObject().value(lang).toString();
    QVERIFY(!arrivalMessage.isEmpty() && !arrivalLabel.isEmpty());

    QJsonObject person = json(kPerson);
    person.remove(u"age_estimated"_s);
    person.insert(u"date_of_birth"_s, u"2001-02-03"_s);
    person.insert(u"arrival_date"_s, u"1999-12-31"_s);
    const Run r = at({u"--lang"_s, lang, u"add"_s, u"person"_s, u"--json"_s, file(compact(person))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(arrivalMessage), qPrintable(r.err));
    QVERIFY2(r.err.contains(arrivalLabel), qPrintable(r.err));

    // A field constraint of the screening form.
    QString risksMessage;
    for (const QJsonValue& f : screeningForm.value(u"fields"_s).toArray())
        if (f.toObject().value(u"name"_s).toString() == u"risks"_s)
            risksMessage = f.toObject()
                               .value(u"constraints"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"message"_s)
                               .toObject()
                               .value(lang)
                               .toString();
    QVERIFY(!risksMessage.isEmpty());
    const QString personId = add(u"person"_s, kPerson);
    QVERIFY(!personId.isEmpty());
    const Run s = at({u"--lang"_s, lang, u"add"_s, u"screening"_s, u"--json"_s, u"-"_s},
                     uR"({"person_id": ")"_s + personId +
                         uR"(", "screening_date": "2026-06-15", "site": "USI", "risks": ["none", "disability"],
                         "urgency": "low"})"_s);
    QCOMPARE(s.code, 2);
    QVERIFY2(s.err.contains(risksMessage), qPrintable(s.err));

    if (lang != u"en"_s) {
        QVERIFY2(!r.err.contains(u"The arrival date cannot be before the date of birth."_s), qPrintable(r.err));
        QVERIFY2(!s.err.contains(u"cannot be combined with other risks"_s), qPrintable(s.err));
    }
    QCOMPARE(count(u"person"_s), u"1"_s);
    QCOMPARE(count(u"screening"_s), u"0"_s);
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // printed on stdout
    const QString version = u"prihvat-cli "_s + QStringLiteral(PRIHVAT_VERSION);
    QTest::newRow("--version") << QStringList{u"--version"_s} << version;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"verify"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"--data-dir"_s;
    QTest::newRow("add --help") << QStringList{u"add"_s, u"--help"_s} << u"--json"_s;
    QTest::newRow("update --help") << QStringList{u"update"_s, u"--help"_s} << u"--json"_s;
    QTest::newRow("list --help") << QStringList{u"list"_s, u"--help"_s} << u"--limit"_s;
    QTest::newRow("init --help") << QStringList{u"init"_s, u"--help"_s} << u"--site"_s;
    QTest::newRow("seed --help") << QStringList{u"seed"_s, u"--help"_s} << u"--persons"_s;
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QStringList before = dump(m_dir);
    const Run r = at(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(dump(m_dir), before);
}

void TestCli::damagedDatabaseIsReportedAndUntouched_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("count") << QStringList{u"count"_s, u"person"_s};
    QTest::newRow("list") << QStringList{u"list"_s, u"person"_s, u"--json"_s};
    QTest::newRow("get") << QStringList{u"get"_s, u"%PERSON%"_s};
    QTest::newRow("add") << QStringList{u"add"_s, u"person"_s, u"--json"_s, u"%FILE%"_s};
    QTest::newRow("update") << QStringList{u"update"_s, u"%PERSON%"_s, u"--json"_s, u"%FILE%"_s};
    QTest::newRow("delete") << QStringList{u"delete"_s, u"%PERSON%"_s};
    QTest::newRow("verify") << QStringList{u"verify"_s};
}

void TestCli::damagedDatabaseIsReportedAndUntouched()
{
    QFETCH(QStringList, args);
    QString person;
    for (int i = 0; i < 12; ++i) {
        person = add(u"person"_s, kPerson);
        QVERIFY(!person.isEmpty());
    }
    const QString db = m_dir + u"/prihvat.db"_s;
    QVERIFY(!QFileInfo::exists(db + u"-wal"_s)); // every run closed cleanly
    const qint64 pages = QFileInfo(db).size() / 4096;
    QVERIFY(pages >= 4);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((pages / 2) * 4096));
        QVERIFY(f.write(QByteArray(4096, '\xA5')) == 4096);
    }
    for (QString& a : args) {
        a.replace(u"%PERSON%"_s, person);
        if (a == u"%FILE%"_s)
            a = file(u"{\"notes\": \"x\"}"_s);
    }
    if (args.first() == u"add"_s)
        args.last() = file(kPerson);
    const QByteArray before = digest(db);

    const Run r = at(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(digest(db), before);
    const QByteArray wal = digest(db + u"-wal"_s);
    QVERIFY2(wal == QByteArrayLiteral("absent") || QFileInfo(db + u"-wal"_s).size() == 0, "the -wal was written");
}

void TestCli::verifyReportsFaults()
{
    const QString person = add(u"person"_s, kPerson);
    QVERIFY(!person.isEmpty());
    const Run clean = at({u"verify"_s});
    QCOMPARE(clean.code, 0);
    QVERIFY(clean.out.contains(u"person 1"_s));

    // A change in the outbox that belongs to no record.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_dir + u"/prihvat.db"_s).constData(), &db, SQLITE_OPEN_READWRITE,
                             nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "INSERT INTO outbox(record_id, form, field, value, hlc, base_version) "
                          "SELECT 'ffffffff-ffff-7fff-bfff-ffffffffffff', form, field, value, hlc, 0 FROM outbox LIMIT 1",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close_v2(db);
    const Run faulty = at({u"verify"_s});
    QCOMPARE(faulty.code, 1);
    QVERIFY2(faulty.err.contains(u"outbox"_s), qPrintable(faulty.err));
}

void TestCli::realExecutable()
{
    const QString exe = QStringLiteral(PRIHVAT_CLI_PATH);
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe));
    auto run = [&](const QStringList& args, const QByteArray& input) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(Cli::kPasswordVariable), m_passwords.value(u"pia"_s));
        p.setProcessEnvironment(env);
        p.start(exe, QStringList{u"--data-dir"_s, m_dir, u"--lang"_s, u"en"_s, u"--user"_s, u"pia"_s} + args);
        if (!p.waitForStarted(10'000))
            return Run{-1, QString(), p.errorString()};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30'000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };

    const Run version = run({u"--version"_s}, {});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), u"prihvat-cli "_s + QStringLiteral(PRIHVAT_VERSION));

    const Run added = run({u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, kPerson.toUtf8());
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    const QString id = added.out.trimmed();
    QVERIFY2(kUuid7.match(id).hasMatch() && added.out == id + u'\n', qPrintable(added.out));
    const Run got = run({u"get"_s, id}, {});
    QCOMPARE(got.code, 0);
    QCOMPARE(QJsonDocument::fromJson(got.out.toUtf8()).object().value(u"values"_s).toObject().value(u"given_name"_s),
             QJsonValue(u"Amir"_s));

    const QStringList before = dump(m_dir);
    const Run bad = run({u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, "{\"given_name\": \"Amir\"");
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY(bad.err.contains(u"JSON"_s));
    const Run invalid = run({u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, personWith(u"sex"_s, u"robot"_s).toUtf8());
    QCOMPARE(invalid.code, 2);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY(invalid.err.contains(u"sex"_s));
    QCOMPARE(dump(m_dir), before);
    QCOMPARE(run({u"count"_s, u"person"_s}, {}).out.trimmed(), u"1"_s);
    QCOMPARE(run({u"verify"_s}, {}).code, 0);
}

void TestCli::initCreatesTheAdministrator()
{
    m_dir = m_tmp->filePath(u"fresh"_s);
    m_user.clear();
    // No --user: nothing is created.
    const Run noUser = at({u"init"_s, u"--site"_s, u"USI"_s});
    QCOMPARE(noUser.code, 2);
    QVERIFY2(noUser.err.contains(u"--user"_s), qPrintable(noUser.err));
    QVERIFY(!QFileInfo::exists(m_dir + u"/prihvat.db"_s));
    // No password in the environment: asked twice on the terminal; two different answers
    // change nothing, and no terminal at all is a clear message.
    m_answers = {u"first password"_s, u"second password"_s};
    const Run differ = at({u"init"_s, u"--site"_s, u"USI"_s, u"--user"_s, u"zora"_s});
    QCOMPARE(differ.code, 2);
    QVERIFY2(differ.err.contains(u"differ"_s), qPrintable(differ.err));
    QVERIFY(!QFileInfo::exists(m_dir + u"/prihvat.db"_s));
    const Run none = at({u"init"_s, u"--site"_s, u"USI"_s, u"--user"_s, u"zora"_s});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains(u"PRIHVAT_PASSWORD"_s), qPrintable(none.err));
    m_answers = {u"short"_s, u"short"_s};
    const Run tooShort = at({u"init"_s, u"--site"_s, u"USI"_s, u"--user"_s, u"zora"_s});
    QCOMPARE(tooShort.code, 2);
    QVERIFY(!QFileInfo::exists(m_dir + u"/prihvat.db"_s));
    m_answers = {u"zora's password"_s, u"zora's password"_s};
    const Run made = at({u"init"_s, u"--site"_s, u"USI"_s, u"--user"_s, u"zora"_s});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY(made.out.contains(u"USI"_s));
    QVERIFY(m_answers.isEmpty());
    // zora is the administrator, with the password given at the prompt.
    m_user = u"zora"_s;
    m_password = u"zora's password"_s;
    const Run list = at({u"user"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(u"name"_s).toString(), u"zora"_s);
    QCOMPARE(users.first().toObject().value(u"role"_s).toString(), u"admin"_s);

    // init printed the recovery secret once; with it (and the files) zora gets a new password.
    const auto secret = QRegularExpression(u"([A-Z2-7]{4}-){6}[A-Z2-7]{2}"_s).match(made.out);
    QVERIFY2(secret.hasMatch(), qPrintable(made.out));
    qunsetenv(Cli::kNewPasswordVariable);
    qputenv(Cli::kRecoveryVariable, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
    m_answers = {u"zora's new password"_s, u"zora's new password"_s};
    const Run wrong = at({u"recover"_s});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(u"recovery secret"_s), qPrintable(wrong.err));
    qputenv(Cli::kRecoveryVariable, secret.captured(0).toUtf8());
    m_answers = {u"zora's new password"_s, u"zora's new password"_s};
    const Run recovered = at({u"recover"_s});
    qunsetenv(Cli::kRecoveryVariable);
    QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
    m_password = u"zora's new password"_s;
    const Run after = at({u"user"_s, u"list"_s});
    QVERIFY2(after.code == 0, qPrintable(after.err));
    m_password = u"zora's password"_s;
    QVERIFY(at({u"user"_s, u"list"_s}).code != 0);
}

void TestCli::everyCommandNeedsALogin()
{
    const QStringList before = dump(m_dir);
    for (const QStringList& args : {QStringList{u"count"_s, u"person"_s}, QStringList{u"list"_s, u"person"_s},
                                    QStringList{u"verify"_s}, QStringList{u"seed"_s, u"--persons"_s, u"1"_s}}) {
        m_user.clear();
        const Run noUser = at(args);
        QCOMPARE(noUser.code, 2);
        QVERIFY2(noUser.err.contains(u"--user"_s), qPrintable(noUser.err));
        QVERIFY(noUser.out.isEmpty());
        m_user = u"meho"_s;
        m_password = QString(); // neither the environment nor a terminal
        const Run noPassword = at(args);
        QCOMPARE(noPassword.code, 2);
        QVERIFY2(noPassword.err.contains(u"PRIHVAT_PASSWORD"_s), qPrintable(noPassword.err));
        m_password.reset();
    }
    // The password typed at the prompt works as well as the environment's.
    m_password = QString();
    m_answers = {m_passwords.value(u"meho"_s)};
    QCOMPARE(at({u"count"_s, u"person"_s}).out.trimmed(), u"0"_s);
    QCOMPARE(dump(m_dir), before);
}

void TestCli::wrongPasswordsDelayThenLockOut()
{
    m_user = u"meho"_s;
    m_password = u"not meho's password"_s;
    for (int i = 1; i <= 4; ++i) {
        const Run r = at({u"count"_s, u"person"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not right"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(m_waits, (QList<std::int64_t>{1000, 2000, 4000, 8000}));
    const Run fifth = at({u"count"_s, u"person"_s});
    QCOMPARE(fifth.code, 1);
    QVERIFY2(fifth.err.contains(u"locked"_s), qPrintable(fifth.err));
    m_password.reset();
    const Run right = at({u"get"_s, u"01970000-0000-7000-8000-000000000001"_s});
    QCOMPARE(right.code, 1);
    QVERIFY2(right.err.contains(u"locked"_s), qPrintable(right.err));
    // An unknown user is told the same as a wrong password.
    m_password = u"some password"_s;
    const Run unknown = as(u"nobody"_s, {u"count"_s, u"person"_s});
    m_password.reset();
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(u"not right"_s), qPrintable(unknown.err));
    // Only an administrator lifts it.
    const Run byPia = as(u"pia"_s, {u"user"_s, u"unlock"_s, u"meho"_s});
    QCOMPARE(byPia.code, 1);
    const Run byAna = as(u"ana"_s, {u"user"_s, u"unlock"_s, u"meho"_s});
    QVERIFY2(byAna.code == 0, qPrintable(byAna.err));
    QCOMPARE(at({u"count"_s, u"person"_s}).code, 0);
    QCOMPARE(auditOf(u"login_failed"_s).size(), 7); // five, the locked one, the unknown user
    QCOMPARE(auditOf(u"lockout"_s).size(), 1);
    QCOMPARE(auditOf(u"user_unlock"_s).size(), 1);
}

void TestCli::userCommands()
{
    qputenv(Cli::kNewPasswordVariable, "desk password 1");
    const Run added = as(u"ana"_s, {u"user"_s, u"add"_s, u"dina"_s, u"--role"_s, u"desk"_s});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(u"dina"_s));
    m_passwords.insert(u"dina"_s, u"desk password 1"_s);
    QCOMPARE(as(u"dina"_s, {u"count"_s, u"person"_s}).code, 0);
    // Wrong role, an existing name, no --role: refused.
    QCOMPARE(as(u"ana"_s, {u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"boss"_s}).code, 2);
    QCOMPARE(as(u"ana"_s, {u"user"_s, u"add"_s, u"dina"_s, u"--role"_s, u"desk"_s}).code, 1);
    QCOMPARE(as(u"ana"_s, {u"user"_s, u"add"_s, u"x1"_s}).code, 2);
    // Only administrators manage users.
    const Run byMeho = as(u"meho"_s, {u"user"_s, u"add"_s, u"x2"_s, u"--role"_s, u"admin"_s});
    QCOMPARE(byMeho.code, 1);
    QVERIFY2(byMeho.err.contains(u"administrator"_s), qPrintable(byMeho.err));
    QCOMPARE(as(u"meho"_s, {u"user"_s, u"role"_s, u"meho"_s, u"protection"_s}).code, 1);
    QCOMPARE(as(u"meho"_s, {u"user"_s, u"list"_s}).code, 1);
    QCOMPARE(as(u"meho"_s, {u"audit"_s}).code, 1);

    const Run role = as(u"ana"_s, {u"user"_s, u"role"_s, u"dina"_s, u"protection"_s});
    QVERIFY2(role.code == 0, qPrintable(role.err));
    const Run list = as(u"ana"_s, {u"user"_s, u"list"_s});
    QVERIFY2(list.out.contains(u"dina\tprotection"_s), qPrintable(list.out));
    QVERIFY2(list.out.contains(u"meho\tmobile"_s), qPrintable(list.out));

    // A user's own password; the old one stops working.
    qputenv(Cli::kNewPasswordVariable, "mobile pass 2");
    const Run passwd = as(u"meho"_s, {u"user"_s, u"passwd"_s});
    QVERIFY2(passwd.code == 0, qPrintable(passwd.err));
    QCOMPARE(as(u"meho"_s, {u"count"_s, u"person"_s}).code, 1);
    m_passwords.insert(u"meho"_s, u"mobile pass 2"_s);
    QCOMPARE(as(u"meho"_s, {u"count"_s, u"person"_s}).code, 0);
    QCOMPARE(as(u"meho"_s, {u"user"_s, u"passwd"_s, u"pia"_s}).code, 1);

    const Run removed = as(u"ana"_s, {u"user"_s, u"remove"_s, u"dina"_s});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    QCOMPARE(as(u"dina"_s, {u"count"_s, u"person"_s}).code, 1);
    QCOMPARE(as(u"ana"_s, {u"user"_s, u"remove"_s, u"ana"_s}).code, 1); // the last administrator
    qunsetenv(Cli::kNewPasswordVariable);

    // Each is in the audit trail under the administrator's name.
    for (const QString& kind : {u"user_add"_s, u"role_change"_s, u"user_remove"_s}) {
        const QJsonArray entries = auditOf(kind);
        QVERIFY2(!entries.isEmpty(), qPrintable(kind));
        QVERIFY2(entries.first().toObject().value(u"actor"_s).toString().startsWith(u"ana@"_s), qPrintable(kind));
    }
    QVERIFY(auditOf(u"password_change"_s).first().toObject().value(u"actor"_s).toString().startsWith(u"meho@"_s));
    QVERIFY(!auditOf(u"login"_s).isEmpty());
}

void TestCli::needToKnow()
{
    const QString person = add(u"person"_s, kPerson);
    QVERIFY(!person.isEmpty());
    const QString screening = add(u"screening"_s, uR"({"person_id": ")"_s + person + uR"(", "screening_date": "2026-06-15",
        "site": "USI", "risks": ["none"], "protection_concern": "yes", "protection_risks": ["gbv"],
        "gbv_details": "Disclosed to the female staff member.", "urgency": "high"})"_s);
    QVERIFY(!screening.isEmpty());
    QCOMPARE(auditOf(u"create"_s).first().toObject().value(u"actor"_s).toString().section(u'@', 0, 0), u"pia"_s);

    // meho sees that protection fields exist, not what they hold; no protection view is logged.
    const int viewsBefore = auditOf(u"view_protection"_s).size();
    for (const QString& user : {u"meho"_s, u"ana"_s}) {
        const Run got = as(user, {u"get"_s, screening});
        QCOMPARE(got.code, 0);
        QVERIFY2(!got.out.contains(u"Disclosed"_s), qPrintable(got.out));
        const QJsonObject record = QJsonDocument::fromJson(got.out.toUtf8()).object();
        QVERIFY(!record.value(u"values"_s).toObject().contains(u"gbv_details"_s));
        QCOMPARE(record.value(u"values"_s).toObject().value(u"urgency"_s).toString(), u"high"_s);
        const QJsonArray withheld = record.value(u"withheld"_s).toArray();
        QVERIFY(withheld.contains(u"gbv_details"_s));
        QVERIFY(withheld.contains(u"medical_note"_s)); // unanswered ones too: the list tells nothing
        const Run listed = as(user, {u"list"_s, u"screening"_s, u"--json"_s});
        QCOMPARE(listed.code, 0);
        QVERIFY2(!listed.out.contains(u"Disclosed"_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"withheld"_s));
    }
    QCOMPARE(auditOf(u"view_protection"_s).size(), viewsBefore);
    // The protection officer sees it, and that is logged under her name.
    const Run pia = at({u"get"_s, screening});
    QVERIFY(pia.out.contains(u"Disclosed"_s));
    QVERIFY(!pia.out.contains(u"withheld"_s));
    const QJsonArray views = auditOf(u"view_protection"_s);
    QCOMPARE(views.size(), viewsBefore + 1);
    QVERIFY(views.first().toObject().value(u"actor"_s).toString().startsWith(u"pia@"_s));

    // meho cannot set one: exit 2, nothing written.
    const QStringList before = dump(m_dir);
    const Run addRefused = as(u"meho"_s, {u"add"_s, u"screening"_s, u"--json"_s, u"-"_s},
                              uR"({"person_id": ")"_s + person + uR"(", "screening_date": "2026-06-15", "site": "USI",
                                  "risks": ["none"], "protection_concern": "yes", "protection_risks": ["gbv"],
                                  "gbv_details": "typed by meho", "urgency": "high"})"_s);
    QCOMPARE(addRefused.code, 2);
    QVERIFY2(addRefused.err.contains(u"gbv_details"_s) && addRefused.err.contains(u"protection officer"_s),
             qPrintable(addRefused.err));
    const Run updateRefused = as(u"meho"_s, {u"update"_s, screening, u"--json"_s, u"-"_s},
                                 uR"({"gbv_details": null, "urgency": "low"})"_s);
    QCOMPARE(updateRefused.code, 2);
    QCOMPARE(dump(m_dir), before);
    // Other fields of the same record are his to change.
    QCOMPARE(as(u"meho"_s, {u"update"_s, screening, u"--json"_s, u"-"_s}, uR"({"urgency": "low"})"_s).code, 0);
    const QJsonObject after = get(screening);
    QCOMPARE(after.value(u"values"_s).toObject().value(u"gbv_details"_s).toString(),
             u"Disclosed to the female staff member."_s);
    QCOMPARE(after.value(u"values"_s).toObject().value(u"urgency"_s).toString(), u"low"_s);
}

void TestCli::exportCsv()
{
    const QString person = add(u"person"_s, personWith(u"notes"_s, u"=HYPERLINK(\"http://evil\")"_s));
    QVERIFY(!person.isEmpty());
    QVERIFY(!add(u"screening"_s, uR"({"person_id": ")"_s + person + uR"(", "screening_date": "2026-06-15",
        "site": "USI", "risks": ["none"], "protection_concern": "yes", "protection_risks": ["gbv"],
        "gbv_details": "Disclosed, \"quoted\".", "urgency": "high"})"_s)
                 .isEmpty());
    // A name that arrived with a bidi override (input cleaning strips them; synced or old
    // data might not be clean), written straight into the file.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_dir + u"/prihvat.db"_s).constData(), &db, SQLITE_OPEN_READWRITE,
                                 nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE records SET data = json_set(data, '$.family_name', "
                                  "'Haid' || char(0x202E) || 'iraH') WHERE form = 'person'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close_v2(db);
    }
    const QString people = m_tmp->filePath(u"people.csv"_s);
    const Run r = as(u"meho"_s, {u"export"_s, u"--form"_s, u"person"_s, u"--out"_s, people});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(people);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(u"id,created,updated,"_s));
    QVERIFY(!lines.first().contains(u"guardian_note"_s));
    QVERIFY2(!csv.contains(QChar(0x202E)), "a bidi override reached the file");
    QVERIFY2(csv.contains(u"Haid\\u202EiraH"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s), qPrintable(csv));
    QVERIFY2(!csv.contains(u",=HYPERLINK"_s), qPrintable(csv));
    QVERIFY(lines.at(1).startsWith(person + u','));

    // The protection columns: left out for meho, there for pia.
    const QString screenings = m_tmp->filePath(u"screenings.csv"_s);
    const Run mobile = as(u"meho"_s, {u"export"_s, u"--form"_s, u"screening"_s, u"--out"_s, screenings});
    QCOMPARE(mobile.code, 0);
    QVERIFY2(mobile.err.contains(u"left out"_s), qPrintable(mobile.err));
    QFile s1(screenings);
    QVERIFY(s1.open(QIODevice::ReadOnly));
    const QString withheld = QString::fromUtf8(s1.readAll());
    s1.close();
    QVERIFY(!withheld.contains(u"gbv_details"_s));
    QVERIFY(!withheld.contains(u"Disclosed"_s));
    QVERIFY(withheld.contains(u"urgency"_s));
    const Run officer = at({u"export"_s, u"--form"_s, u"screening"_s, u"--out"_s, screenings});
    QCOMPARE(officer.code, 0);
    QVERIFY(s1.open(QIODevice::ReadOnly));
    const QString full = QString::fromUtf8(s1.readAll());
    QVERIFY(full.contains(u"gbv_details"_s));
    QVERIFY2(full.contains(u"\"Disclosed, \"\"quoted\"\".\""_s), qPrintable(full));

    const QJsonArray exports = auditOf(u"export"_s);
    QCOMPARE(exports.size(), 3);
    QVERIFY(exports.at(0).toObject().value(u"actor"_s).toString().startsWith(u"pia@"_s));
    QVERIFY(exports.at(1).toObject().value(u"actor"_s).toString().startsWith(u"meho@"_s));
    QCOMPARE(exports.at(1).toObject().value(u"form"_s).toString(), u"screening"_s);
    // The entry says what left the device (columns, rows, what was withheld, the file), never a value.
    const QString detail = exports.at(1).toObject().value(u"detail"_s).toString();
    QVERIFY2(detail.contains(u"rows=1 "_s), qPrintable(detail));
    QVERIFY2(detail.contains(u" columns=id,created,updated,person_id,screening_date,site,risks,protection_concern,"_s),
             qPrintable(detail));
    QVERIFY2(detail.contains(u" withheld=protection_risks,gbv_details,lgbtqi_note,"_s), qPrintable(detail));
    QVERIFY2(detail.endsWith(u" file="_s + QFileInfo(screenings).absoluteFilePath()), qPrintable(detail));
    QVERIFY2(!detail.contains(u"Disclosed"_s) && !detail.contains(u"gbv\""_s), qPrintable(detail));
    const QString officerDetail = exports.at(0).toObject().value(u"detail"_s).toString();
    QVERIFY2(officerDetail.contains(u"withheld=- "_s) && officerDetail.contains(u",gbv_details,"_s),
             qPrintable(officerDetail));
    // Usage errors write nothing.
    QCOMPARE(at({u"export"_s, u"--form"_s, u"person"_s}).code, 2);
    QCOMPARE(at({u"export"_s, u"--form"_s, u"vehicle"_s, u"--out"_s, m_tmp->filePath(u"x.csv"_s)}).code, 2);
    QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"x.csv"_s)));
}

// The attack: a mobile team member copies the form definitions, turns "protection" into
// "identifying" (or "facet") and points prihvat-cli at the copy. Every command refuses the
// copy (exit 2): get, list and export show nothing of the protection answers, and no update
// rewrites the record with them unsealed.
void TestCli::formsDirCannotSwitchOffNeedToKnow_data()
{
    QTest::addColumn<QString>("sensitivity");
    QTest::newRow("identifying") << u"identifying"_s;
    QTest::newRow("facet") << u"facet"_s;
}

void TestCli::formsDirCannotSwitchOffNeedToKnow()
{
    QFETCH(QString, sensitivity);
    const QString person = add(u"person"_s, kPerson);
    QVERIFY(!person.isEmpty());
    const QString screening = add(u"screening"_s, uR"({"person_id": ")"_s + person + uR"(", "screening_date": "2026-06-15",
        "site": "USI", "risks": ["none"], "protection_concern": "yes", "protection_risks": ["gbv"],
        "gbv_details": "Disclosed to the female staff member.", "urgency": "high"})"_s);
    QVERIFY(!screening.isEmpty());

    const QString copy = m_tmp->filePath(u"forms"_s);
    QVERIFY(QDir().mkpath(copy));
    const QDir source(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/resources/forms"_s);
    for (const QString& file : source.entryList({u"*.json"_s}, QDir::Files)) {
        QFile in(source.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(uR"("sensitivity":\s*"protection")"_s), u"\"sensitivity\": \"%1\""_s.arg(sensitivity));
        QFile out(copy + u'/' + file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    const QStringList before = dump(m_dir);
    const QString csv = m_tmp->filePath(u"stolen.csv"_s);
    const QList<QStringList> attempts{
        {u"get"_s, screening},
        {u"list"_s, u"screening"_s, u"--json"_s},
        {u"export"_s, u"--form"_s, u"screening"_s, u"--out"_s, csv},
        {u"update"_s, screening, u"--json"_s, file(uR"({"urgency": "low"})"_s)},
    };
    for (const QStringList& command : attempts) {
        const Run r = as(u"meho"_s, QStringList{u"--forms-dir"_s, copy} + command);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u".json: field \""_s) && r.err.contains(u"\"protection\" as in the built-in form"_s),
                 qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"Disclosed"_s) && !r.out.contains(u"gbv"_s), qPrintable(r.out));
    }
    QVERIFY(!QFileInfo::exists(csv));
    QCOMPARE(dump(m_dir), before);
    // The database file itself never held the answer or the category in clear.
    for (const QString& row : dump(m_dir))
        QVERIFY2(!row.contains(u"Disclosed"_s) && !row.contains(u"\"gbv\""_s), qPrintable(row));
    // The same copy with only a label changed is accepted: that is what the option is for.
    const QString labels = m_tmp->filePath(u"labels"_s);
    QVERIFY(QDir().mkpath(labels));
    for (const QString& file : source.entryList({u"*.json"_s}, QDir::Files)) {
        QFile in(source.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(u"\"GBV details\""_s, u"\"Details of gender-based violence\""_s);
        QFile out(labels + u'/' + file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    const Run allowed = as(u"meho"_s, {u"--forms-dir"_s, labels, u"get"_s, screening});
    QCOMPARE(allowed.code, 0);
    QVERIFY2(!allowed.out.contains(u"Disclosed"_s), qPrintable(allowed.out));
}

// The attack: anyone with the database file (a thief, or a mobile user with sqlite3) or a
// mobile user's get/list used to read "gbv" from the screening's plain risks. Now the
// categories are sealed and withheld; what is in clear is the yes/no concern alone.
void TestCli::protectionCategoriesAreNotInClear()
{
    const QString person = add(u"person"_s, kPerson);
    QVERIFY(!person.isEmpty());
    const QString screening = add(u"screening"_s, uR"({"person_id": ")"_s + person + uR"(", "screening_date": "2026-06-15",
        "site": "USI", "risks": ["disability"], "protection_concern": "yes", "protection_risks": ["lgbtqi", "trafficking"],
        "trafficking_indicators": ["documents_withheld"], "urgency": "high"})"_s);
    QVERIFY(!screening.isEmpty());
    const QString referral = add(u"referral"_s, uR"({"person_id": ")"_s + person + uR"(", "referral_date": "2026-06-15",
        "site": "USI", "protection_referral": "yes", "protection_service": "gbv_services",
        "protection_provider": "womens_shelter_usk", "urgency": "priority", "consent_to_refer": "yes"})"_s);
    QVERIFY(!referral.isEmpty());
    // A mobile team member cannot record the service in the plain field instead.
    const Run plain = as(u"meho"_s, {u"add"_s, u"referral"_s, u"--json"_s, u"-"_s},
                         uR"({"person_id": ")"_s + person + uR"(", "referral_date": "2026-06-15", "site": "USI",
                             "service": "gbv_services", "urgency": "priority", "consent_to_refer": "yes"})"_s);
    QCOMPARE(plain.code, 2);
    QVERIFY2(plain.err.contains(u"protection officer"_s), qPrintable(plain.err));

    for (const QString& row : dump(m_dir))
        for (const QString& word : {u"\"lgbtqi\""_s, u"\"trafficking\""_s, u"documents_withheld"_s, u"gbv_services"_s,
                                    u"womens_shelter"_s})
            QVERIFY2(!row.contains(word), qPrintable(row));
    for (const QString& id : {screening, referral}) {
        const Run got = as(u"meho"_s, {u"get"_s, id});
        QCOMPARE(got.code, 0);
        for (const QString& word : {u"\"lgbtqi\""_s, u"\"trafficking\""_s, u"gbv_services"_s, u"womens_shelter"_s})
            QVERIFY2(!got.out.contains(word), qPrintable(got.out));
    }
    const QJsonObject values = QJsonDocument::fromJson(as(u"meho"_s, {u"get"_s, screening}).out.toUtf8())
                                   .object()
                                   .value(u"values"_s)
                                   .toObject();
    QCOMPARE(values.value(u"protection_concern"_s).toString(), u"yes"_s);
    QCOMPARE(values.value(u"risks"_s).toArray(), QJsonArray{u"disability"_s});
    // The protection officer sees the categories.
    QVERIFY(at({u"get"_s, screening}).out.contains(u"lgbtqi"_s));
}

void TestCli::folderWithoutUsersGetsItsAdministrator()
{
    // A folder made before accounts existed (or by the desktop's first-start dialog).
    m_dir = m_tmp->filePath(u"old"_s);
    {
        auto forms = prihvat::FormRegistry::load();
        QVERIFY(forms.ok());
        auto store = prihvat::LocalStore::initialise(prihvat::DataFolder(m_dir), u"USI"_s, *forms, m_clock);
        QVERIFY(store.ok());
    }
    m_user = u"boss"_s;
    m_password = u"boss password"_s;
    const Run count = at({u"count"_s, u"person"_s});
    QCOMPARE(count.code, 1);
    QVERIFY2(count.err.contains(u"user add NAME --role admin"_s), qPrintable(count.err));
    qputenv(Cli::kNewPasswordVariable, "boss password");
    const Run mobile = at({u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"mobile"_s});
    QCOMPARE(mobile.code, 2);
    const Run admin = at({u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"admin"_s});
    QVERIFY2(admin.code == 0, qPrintable(admin.err));
    qunsetenv(Cli::kNewPasswordVariable);
    QCOMPARE(at({u"count"_s, u"person"_s}).out.trimmed(), u"0"_s);
    // From now on it takes a login like any other folder.
    m_password = u"wrong password"_s;
    QCOMPARE(at({u"count"_s, u"person"_s}).code, 1);
    QCOMPARE(at({u"user"_s, u"add"_s, u"eve"_s, u"--role"_s, u"admin"_s}).code, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
