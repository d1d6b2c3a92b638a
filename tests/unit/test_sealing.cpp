// Sealed answers on the laptop (RELIABILITY.md, "Data at rest" 7; issue 5, "Sealed fields"):
// people with distinctive names, phones, document numbers and protection notes are saved
// through the store, through `prihvat-cli add` and the seeder, synced with a conflict and a
// rejection, and then the bytes of every file under the test's root (data folders, their
// database, -wal, -shm and -journal, and the TMPDIR the test sets), the log messages and
// the command line's error output are searched for those strings, in UTF-8 and UTF-16:
// none may be found. The answers still come back through get, lists, search and the
// conflict and rejection lists; a locked store refuses them; a folder of schema 7 with
// clear answers is sealed on its first unlock and keeps no clear byte. The command line logs
// its user in (--user, PRIHVAT_PASSWORD) and seals with that account's data key, so this
// test opens the folder it made through the same account; the password is searched for too.

#include "FakeHq.h"
#include "SyncTestSupport.h"

#include "TestDataKey.h"
#include "cli/Cli.h"
#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "search/PersonIndex.h"
#include "security/Accounts.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordQuery.h"
#include "store/RecordService.h"
#include "store/Reseal.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"
#include "store/SyncState.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::test;

namespace {

// What the people of this test are called and what is known about them. Each string is
// distinctive enough that finding it anywhere means it was stored in clear.
const QString kGiven = u"Zarvineth"_s;
const QString kFamily = u"Qolpamurd"_s;
const QString kNative = u"ژولپامردخان"_s;
const QString kOther = u"Xentobarik"_s;
const QString kBirth = u"1979-11-23"_s;
const QString kPhone = u"+387619907731"_s;
const QString kDocument = u"DOCQ-8812-ZPV"_s;
const QString kNotes = u"Sleeps under the Drina bridge pylon seven"_s;
const QString kChildGiven = u"Brelvokast"_s;
const QString kGuardian = u"Guardian is an uncle, Temirzhanov"_s;
const QString kGbv = u"Attacked near Vucjak by Trevalnik"_s;
const QString kMedical = u"Dialysis thrice weekly, Omblavic clinic"_s;
const QString kReason = u"Referred for Skarnovel counselling"_s;
const QString kPickup = u"Behind Pelivrsta garage, blue door"_s;
const QString kCliGiven = u"Mirvolathe"_s;
const QString kCliFamily = u"Plesnikovar"_s;
const QString kCliPhone = u"+387622201948"_s;
const QString kCliDocument = u"CLIZ-4471-QQ"_s;
const QString kCliNote = u"Threatened by Oskarvenil at the border"_s;
const QString kCliBadName = u"Wendolquist"_s; // only in an input the CLI refuses
const QString kPhoneA = u"+387630001111"_s;   // the two sides of a conflict
const QString kPhoneB = u"+387630002222"_s;
const QString kRefused = u"REJX-5501-KD"_s; // a document number headquarters refuses
// The administrator the command line creates and logs in as, the protection officer who
// writes protection answers through it (need-to-know), and their passwords.
const QString kCliUser = u"vesna"_s;
const QString kCliPassword = u"Tarvelosk-pass-9042"_s;
const QString kCliOfficer = u"dragan"_s;
const QString kCliOfficerPassword = u"Mervolind-pass-3318"_s;

QStringList markers()
{
    return {kGiven,      kFamily,      kNative,  kOther,      kBirth,  kPhone,  kDocument,    kNotes,
            kChildGiven, kGuardian,    kGbv,     kMedical,    kReason, kPickup, kCliGiven,    kCliFamily,
            kCliPhone,   kCliDocument, kCliNote, kCliBadName, kPhoneA, kPhoneB, kRefused,     kCliPassword,
            kCliOfficerPassword};
}

// The encodings a string could be stored in.
QList<std::pair<QString, QByteArray>> encodings(const QString& s)
{
    QByteArray le(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {{u"UTF-8"_s, s.toUtf8()}, {u"UTF-16LE"_s, le}, {u"UTF-16BE"_s, be}};
}

// Every (file, string, encoding) found under `root`, hidden files included.
QStringList leaksUnder(const QString& root, const QStringList& strings)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            found.append(path + u": cannot be read"_s);
            continue;
        }
        const QByteArray bytes = f.readAll();
        for (const QString& s : strings)
            for (const auto& [name, encoded] : encodings(s))
                if (bytes.contains(encoded))
                    found.append(u"%1: \"%2\" in %3"_s.arg(path, s, name));
    }
    return found;
}

QStringList leaksIn(const QString& where, const QString& text, const QStringList& strings)
{
    QStringList found;
    for (const QString& s : strings)
        if (text.contains(s))
            found.append(u"%1: \"%2\""_s.arg(where, s));
    return found;
}

// Every message logged in this process (all prihvat categories are switched on).
QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message + u'\n';
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

template <typename T> QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray() : r.error().fullText().toUtf8();
}
QByteArray why(const Status& s)
{
    return s.ok() ? QByteArray() : s.error().fullText().toUtf8();
}

QString valueText(const QJsonValue& v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestSealing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_clock.set(kNow); }
    void cleanupTestCase();

    void scannerFindsClearText();
    void whatIsSealed();
    void noClearTextAnywhere();
    void foldersAndFilesArePrivate();
    void lockedStoreRefusesSealedAnswers();
    void wrongKeyIsRefused();
    void schema7IsSealedOnFirstUnlock();
    void olderSealedValueIsRefused();
    void resealBindsLegacyValues();

private:
    // Runs prihvat-cli logged in as `user` (the administrator unless told; a password for a
    // user it adds in `newPassword`).
    Run cli(const QString& dataDir, const QStringList& args, const QByteArray& input = {},
            const QString& user = kCliUser, const QString& newPassword = QString());
    QStringList allLeaks(const QStringList& strings);

    ManualClock m_clock{kNow};
    std::shared_ptr<const FormRegistry> m_forms;
    QTemporaryDir m_root; // everything this test writes lives under it, TMPDIR included
    QString m_tmp;
    QString m_cliErrors; // standard error of every prihvat-cli run
};

void TestSealing::initTestCase()
{
    qRegisterMetaType<SyncReport>();
    QVERIFY(m_root.isValid());
    // Temporary files (Qt's, SQLite's, the command line's) go under the root too.
    m_tmp = m_root.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(m_tmp));
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    qputenv("SQLITE_TMPDIR", QFile::encodeName(m_tmp));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp).absolutePath());
    // Every message of every module, debug included, is captured and searched.
    QLoggingCategory::setFilterRules(u"prihvat.*=true"_s);
    g_previous = qInstallMessageHandler(captureMessage);
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), why(forms).constData());
    m_forms = *forms;
}

void TestSealing::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

Run TestSealing::cli(const QString& dataDir, const QStringList& args, const QByteArray& input,
                     const QString& user, const QString& newPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TMPDIR"_s, m_tmp);
    env.insert(u"QT_LOGGING_RULES"_s, u"prihvat.*=true"_s);
    env.insert(QString::fromLatin1(Cli::kPasswordVariable),
               user == kCliOfficer ? kCliOfficerPassword : kCliPassword);
    if (!newPassword.isEmpty())
        env.insert(QString::fromLatin1(Cli::kNewPasswordVariable), newPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PRIHVAT_CLI_PATH),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s, u"--user"_s, user} + args);
    if (!p.waitForStarted(10'000))
        return {-1, QString(), p.errorString()};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
          QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    m_cliErrors += r.err;
    return r;
}

QStringList TestSealing::allLeaks(const QStringList& strings)
{
    return leaksUnder(m_root.path(), strings) + leaksIn(u"log"_s, capturedLog(), strings) +
           leaksIn(u"prihvat-cli standard error"_s, m_cliErrors, strings);
}

void TestSealing::scannerFindsClearText()
{
    // The search below would see a name stored in clear, in any of the encodings.
    const QString probe = m_tmp + u"/probe.bin"_s;
    for (const auto& [name, bytes] : encodings(kNative)) {
        QFile f(probe);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("header" + bytes + "trailer");
        f.close();
        const QStringList found = leaksUnder(m_tmp, {kNative});
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(name), qPrintable(found.first()));
    }
    QVERIFY(QFile::remove(probe));
    QVERIFY(leaksUnder(m_tmp, {kNative}).isEmpty());
}

void TestSealing::whatIsSealed()
{
    auto key = SecretKey::random();
    QVERIFY(key.ok());
    const FieldSealer sealer(std::move(key.value()));
    const AnswerSealer answers(*m_forms, &sealer);
    const QString id = Uuid7::generate(m_clock);
    struct Case
    {
        QString form;
        QString field;
        QJsonValue value;
        bool sealed;
    };
    const Case cases[] = {
        {u"person"_s, u"given_name"_s, kGiven, true},       // identifying
        {u"person"_s, u"date_of_birth"_s, kBirth, true},    // identifying, a date
        {u"person"_s, u"guardian_note"_s, kGuardian, true}, // protection
        {u"screening"_s, u"trafficking_indicators"_s, QJsonArray{u"debt_bondage"_s}, true}, // a list
        {u"person"_s, u"sex"_s, u"male"_s, false},                                          // a facet
        {u"person"_s, u"age_estimated"_s, 27, false},
        {u"transport"_s, u"cancel_reason"_s, u"s1:looks sealed"_s, true}, // a facet that looks sealed
        {u"person"_s, u"shoe_size"_s, 42, true},                          // a field this build does not know
        {u"vehicle"_s, u"plate"_s, u"E12-K-345"_s, true},                 // a form this build does not know
        {u"person"_s, u"_deleted"_s, true, false},                        // a tombstone
        {u"person"_s, u"given_name"_s, QJsonValue(), false},              // a cleared answer
    };
    const QString stamp = HlcStamp{kNow, 0, u"device-a"_s}.toString();
    const QString later = HlcStamp{kNow, 1, u"device-a"_s}.toString();
    for (const Case& c : cases) {
        auto stored = answers.seal(c.form, id, c.field, stamp, c.value);
        QVERIFY2(stored.ok(), why(stored).constData());
        QVERIFY2(AnswerSealer::isSealed(*stored) == c.sealed, qPrintable(c.form + u'.' + c.field));
        QCOMPARE(answers.open(c.form, id, c.field, stamp, *stored).value(), c.value);
        if (c.sealed) {
            // In the bound format, bound to its record, field and stamp.
            QVERIFY(FieldSealer::isBound(stored->toString()));
            QVERIFY(!answers.open(c.form, Uuid7::generate(m_clock), c.field, stamp, *stored).ok());
            QVERIFY(!answers.open(c.form, id, u"notes"_s, stamp, *stored).ok());
            QCOMPARE(answers.open(c.form, id, c.field, later, *stored).error().code, Error::Code::Damaged);
            // Locked: neither sealed nor opened.
            const AnswerSealer locked(*m_forms, nullptr);
            QCOMPARE(locked.seal(c.form, id, c.field, stamp, c.value).error().code, Error::Code::Conflict);
            QCOMPARE(locked.open(c.form, id, c.field, stamp, *stored).error().code, Error::Code::Conflict);
        }
    }
}

void TestSealing::noClearTextAnywhere()
{
    FakeHq hq(m_clock);
    QVERIFY(hq.listen());
    // Headquarters refuses document numbers of this test's second person: a kept rejection.
    auto a = makeDevice(m_clock, m_forms);
    auto b = makeDevice(m_clock, m_forms);
    QVERIFY(a && b);
    QVERIFY(a->dir.path().startsWith(m_tmp));
    QVERIFY(a->enroll(hq) && b->enroll(hq));

    // Through the store: an adult, a child with a guardian note, a screening, a referral and
    // a transport request, each with the answers the forms mark identifying or protection.
    QJsonObject adult = personInput(kGiven);
    adult.insert(u"family_name"_s, kFamily);
    adult.insert(u"name_native"_s, kNative);
    adult.insert(u"other_names"_s, kOther);
    adult.remove(u"age_estimated"_s);
    adult.insert(u"date_of_birth"_s, kBirth);
    adult.insert(u"phone"_s, kPhone);
    adult.insert(u"document_type"_s, u"passport"_s);
    adult.insert(u"document_number"_s, kDocument);
    adult.insert(u"notes"_s, kNotes);
    const QString person = a->create(adult);
    QVERIFY(!person.isEmpty());
    QJsonObject child = personInput(kChildGiven);
    child.insert(u"age_estimated"_s, 15);
    child.insert(u"unaccompanied_child"_s, u"yes"_s);
    child.insert(u"guardian_note"_s, kGuardian);
    const QString childId = a->create(child);
    QVERIFY(!childId.isEmpty());
    const QString screening = a->create(QJsonObject{{u"person_id"_s, person},
                                                    {u"screening_date"_s, u"2026-06-14"_s},
                                                    {u"site"_s, u"USI"_s},
                                                    {u"risks"_s, QJsonArray{u"serious_medical"_s}},
                                                    {u"protection_concern"_s, u"yes"_s},
                                                    {u"protection_risks"_s, QJsonArray{u"gbv"_s}},
                                                    {u"gbv_details"_s, kGbv},
                                                    {u"medical_note"_s, kMedical},
                                                    {u"urgency"_s, u"high"_s}},
                                        u"screening"_s);
    QVERIFY(!screening.isEmpty());
    QVERIFY(!a->create(QJsonObject{{u"person_id"_s, person},
                                   {u"referral_date"_s, u"2026-06-14"_s},
                                   {u"site"_s, u"USI"_s},
                                   {u"service"_s, u"mhpss"_s},
                                   {u"urgency"_s, u"priority"_s},
                                   {u"consent_to_refer"_s, u"yes"_s},
                                   {u"reason"_s, kReason},
                                   {u"status"_s, u"pending"_s}},
                       u"referral"_s)
                 .isEmpty());
    QVERIFY(!a->create(QJsonObject{{u"person_id"_s, person},
                                   {u"request_date"_s, u"2026-06-14"_s},
                                   {u"group_size"_s, 1},
                                   {u"pickup_site"_s, u"BHC"_s},
                                   {u"pickup_details"_s, kPickup},
                                   {u"destination"_s, u"USI"_s},
                                   {u"priority"_s, u"urgent"_s}},
                       u"transport"_s)
                 .isEmpty());

    // Sync: B receives everything; both change the phone offline (a conflict on both
    // devices); a document number headquarters refuses stays on A as a rejection.
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QCOMPARE(b->get(person).values.value(u"notes"_s).toString(), kNotes);
    QVERIFY(a->records->update(person, {{u"phone"_s, kPhoneA}}).ok());
    m_clock.advance(60'000);
    QVERIFY(b->records->update(person, {{u"phone"_s, kPhoneB}}).ok());
    hq.rejectFields.insert(u"document_number"_s);
    QVERIFY(a->records->update(person, {{u"document_number"_s, kRefused}}).ok());
    const SyncReport ra = a->sync();
    QVERIFY2(ra.ok, qPrintable(ra.errorText));
    QCOMPARE(ra.rejected, 1);
    const SyncReport rb = b->sync();
    QVERIFY2(rb.ok, qPrintable(rb.errorText));
    QCOMPARE(rb.conflicts, 1);
    QVERIFY(a->sync().ok);

    // The conflict and the rejection are shown with their values opened.
    for (TestDevice* d : {a.get(), b.get()}) {
        auto open = d->client->state().openConflicts();
        QVERIFY2(open.ok(), why(open).constData());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().winner.value, QJsonValue(kPhoneB));
        QCOMPARE(open->first().loser.value, QJsonValue(kPhoneA));
        auto again = d->client->state().conflict(open->first().id);
        QVERIFY(again.ok() && again->has_value());
        QCOMPARE((*again)->loser.value, QJsonValue(kPhoneA));
    }
    auto rejections = a->client->state().rejections();
    QVERIFY2(rejections.ok(), why(rejections).constData());
    QCOMPARE(rejections->size(), 1);
    QCOMPARE(rejections->first().value, QJsonValue(kRefused));
    // Headquarters got the answers themselves (it stores values as they are).
    QCOMPARE(hq.valueOf(person, u"given_name"_s).toString(), kGiven);
    QCOMPARE(hq.valueOf(screening, u"gbv_details"_s).toString(), kGbv);

    // Round trip through the store, a list page and the people search.
    const Record stored = a->get(person);
    QCOMPARE(stored.values.value(u"given_name"_s).toString(), kGiven);
    QCOMPARE(stored.values.value(u"name_native"_s).toString(), kNative);
    QCOMPARE(stored.values.value(u"date_of_birth"_s).toString(), kBirth);
    QCOMPARE(stored.values.value(u"phone"_s).toString(), kPhoneB);
    QCOMPARE(stored.values.value(u"document_number"_s).toString(), kRefused);
    QCOMPARE(a->get(childId).values.value(u"guardian_note"_s).toString(), kGuardian);
    QCOMPARE(b->get(screening).values.value(u"medical_note"_s).toString(), kMedical);
    auto listed = a->store->list(u"person"_s, 10);
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 2);
    auto page =
        RecordQuery(*b->store).page({u"screening"_s, {}, {}, {}, {}, {}}, RecordQuery::Sort::Date, true, 10);
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().personName, kGiven + u' ' + kFamily);
    QCOMPARE(page->first().values.value(u"gbv_details"_s).toString(), kGbv);
    for (TestDevice* d : {a.get(), b.get()}) {
        auto people = PersonIndex::read(d->store->folder().databasePath(), d->store->sealer());
        QVERIFY2(people.ok(), why(people).constData());
        PersonIndex index;
        index.reset(std::move(people.value()));
        for (const QString& query : {kGiven, kNative, kOther, kFamily.left(5)}) {
            const auto hits = index.search(query, 5);
            QVERIFY2(hits.size() == 1 && hits.front()->id == person, qPrintable(query));
        }
        QCOMPARE(index.find(person)->birth, kBirth);
        auto faults = d->store->verify();
        QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    }

    // Through the command line, logged in: init, a protection officer added, add (from
    // standard input, so no input file holds a name), a refused add, get, the seeder, verify.
    const QString cliDir = m_root.filePath(u"cli-device"_s);
    Run r = cli(cliDir, {u"init"_s, u"--site"_s, u"USI"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(cliDir, {u"user"_s, u"add"_s, kCliOfficer, u"--role"_s, u"protection"_s}, {}, kCliUser,
            kCliOfficerPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject cliPerson = personInput(kCliGiven);
    cliPerson.insert(u"family_name"_s, kCliFamily);
    cliPerson.insert(u"phone"_s, kCliPhone);
    cliPerson.insert(u"document_type"_s, u"national_id"_s);
    cliPerson.insert(u"document_number"_s, kCliDocument);
    r = cli(cliDir, {u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, QJsonDocument(cliPerson).toJson());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString cliId = r.out.trimmed();
    r = cli(cliDir, {u"add"_s, u"screening"_s, u"--json"_s, u"-"_s},
            QJsonDocument(QJsonObject{{u"person_id"_s, cliId},
                                      {u"screening_date"_s, u"2026-06-14"_s},
                                      {u"site"_s, u"USI"_s},
                                      {u"risks"_s, QJsonArray{u"other"_s}},
                                      {u"other_risk"_s, kCliNote},
                                      {u"urgency"_s, u"medium"_s}})
                .toJson(),
            kCliOfficer);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject bad = personInput(kCliBadName);
    bad.insert(u"sex"_s, u"unknown-sex"_s);
    r = cli(cliDir, {u"add"_s, u"person"_s, u"--json"_s, u"-"_s}, QJsonDocument(bad).toJson());
    QCOMPARE(r.code, 2);
    r = cli(cliDir, {u"get"_s, cliId});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject got = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"values"_s).toObject();
    QCOMPARE(got.value(u"given_name"_s).toString(), kCliGiven);
    QCOMPARE(got.value(u"document_number"_s).toString(), kCliDocument);
    r = cli(cliDir, {u"seed"_s, u"--persons"_s, u"40"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(cliDir, {u"verify"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

    // The seeder's names: read back through the store, then searched for like the others.
    QStringList seeded;
    {
        auto store = LocalStore::open(DataFolder(cliDir), m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        // The command line sealed them with the folder's keys: the protection officer's login
        // opens them all (an administrator's would leave the protection answers withheld).
        Accounts accounts(**store, Accounts::argon2id(), Accounts::threadSleeper());
        auto session = accounts.unlock(kCliOfficer, kCliOfficerPassword);
        QVERIFY2(session.ok(), why(session).constData());
        const Status unlocked = (*store)->setSealer(std::make_shared<const FieldSealer>(*session->keys));
        QVERIFY2(unlocked.ok(), why(unlocked).constData());
        auto people = (*store)->list(u"person"_s, 100);
        QVERIFY2(people.ok(), why(people).constData());
        QCOMPARE(people->size(), 41);
        for (const Record& p : *people)
            for (const QString& field : {u"family_name"_s, u"phone"_s, u"document_number"_s})
                if (const QString v = p.values.value(field).toString(); v.size() >= 7 && p.id != cliId)
                    seeded.append(v);
        auto screenings = (*store)->list(u"screening"_s, 200);
        QVERIFY(screenings.ok());
        for (const Record& s : *screenings)
            for (const QString& field : {u"gbv_details"_s, u"medical_note"_s, u"distress_note"_s, u"notes"_s})
                if (const QString v = s.values.value(field).toString(); v.size() >= 12)
                    seeded.append(v);
    }
    seeded.removeDuplicates();
    QVERIFY2(seeded.size() >= 20, "the seeder wrote too few distinctive answers to search for");

    // Searched with the stores open (the WAL holds the latest pages) and again after they
    // closed (checkpointed into the main files).
    QStringList found = allLeaks(markers() + seeded);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    a.reset();
    b.reset();
    found = allLeaks(markers() + seeded);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSealing::foldersAndFilesArePrivate()
{
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    {
        auto store = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        QVERIFY(unlockWithInterimKey(**store).ok());
        RecordService service(**store, u"en"_s);
        service.setCanSeeProtection(true);
        QVERIFY(service.create(u"person"_s, personInput(kGiven)).ok());
        QCOMPARE(modeOf(folder.path()), mode_t(0700));
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QCOMPARE(modeOf(folder.databasePath() + suffix), mode_t(0600));
    }
    const QString cliDir = tmp.filePath(u"cli"_s);
    const Run init = cli(cliDir, {u"init"_s, u"--site"_s, u"BHC"_s});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    // The test's folder keeps its key in a file (tests only); the command line's keeps none
    // beside the data: its data key is wrapped for each user inside the database.
    QVERIFY(QFileInfo::exists(folder.path() + u"/data.key"_s));
    QVERIFY(!QFileInfo::exists(cliDir + u"/data.key"_s));
    for (const QString& dir : {folder.path(), cliDir}) {
        QCOMPARE(modeOf(dir), mode_t(0700));
        QDirIterator it(dir, QDir::Files | QDir::Hidden);
        int files = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QVERIFY2(modeOf(file) == 0600, qPrintable(u"%1 has mode %2"_s.arg(file).arg(modeOf(file), 0, 8)));
        }
        // The database at least (and the key file in the test's folder).
        QVERIFY(QFileInfo::exists(DataFolder(dir).databasePath()));
        QVERIFY(files >= (dir == cliDir ? 1 : 2));
    }
}

void TestSealing::lockedStoreRefusesSealedAnswers()
{
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    QString person;
    QString meal;
    {
        auto store = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        QVERIFY(unlockWithInterimKey(**store).ok());
        RecordService service(**store, u"en"_s);
        service.setCanSeeProtection(true);
        person = service.create(u"person"_s, personInput(kGiven)).value();
        meal = service
                   .create(u"assistance"_s, QJsonObject{{u"person_id"_s, person},
                                                        {u"assistance_date"_s, u"2026-06-14"_s},
                                                        {u"site"_s, u"USI"_s},
                                                        {u"assistance_type"_s, u"meal"_s},
                                                        {u"item"_s, u"hot_meal"_s},
                                                        {u"quantity"_s, 1}})
                   .value();
    }
    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(opened.ok(), why(opened).constData());
    LocalStore& store = **opened;
    QVERIFY(store.isLocked());
    const std::int64_t outbox = store.outboxSize().value();
    const std::int64_t audit = store.audit().count().value();

    // Counting and key columns work; a record without sealed answers reads.
    QCOMPARE(store.count(u"person"_s).value(), std::int64_t(1));
    QCOMPARE(store.count(u"assistance"_s).value(), std::int64_t(1));
    auto mealRecord = store.get(meal);
    QVERIFY2(mealRecord.ok(), why(mealRecord).constData());
    QCOMPARE((*mealRecord)->values.value(u"item"_s).toString(), u"hot_meal"_s);
    auto page =
        RecordQuery(store).page({u"assistance"_s, {}, {}, {}, {}, {}}, RecordQuery::Sort::Date, true, 10);
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().personId, person);
    QVERIFY(page->first().personName.isEmpty()); // the name is sealed
    QCOMPARE(page->first().site, u"USI"_s);
    auto people =
        RecordQuery(store).page({u"person"_s, {}, {}, {}, {}, {}}, RecordQuery::Sort::Date, true, 10);
    QVERIFY(people.ok());
    QCOMPARE(people->first().values.value(u"sex"_s).toString(), u"male"_s);
    QVERIFY(!people->first().values.contains(u"given_name"_s));

    // Sealed answers are neither read nor written.
    auto read = store.get(person);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Conflict);
    QVERIFY2(read.error().message.contains(u"locked"_s), qPrintable(read.error().message));
    QVERIFY(!store.list(u"person"_s, 10).ok());
    RecordService service(store, u"en"_s);
    service.setCanSeeProtection(true);
    auto created = service.create(u"person"_s, personInput(kOther));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().message.contains(u"locked"_s), qPrintable(created.error().message));
    QVERIFY(!service.update(person, {{u"phone"_s, kPhone}}).ok());
    QCOMPARE(store.count(u"person"_s).value(), std::int64_t(1));
    QCOMPARE(store.outboxSize().value(), outbox);
    QCOMPARE(store.audit().count().value(), audit);
    QVERIFY(!PersonIndex::read(folder.databasePath(), nullptr).ok());
    QVERIFY(!SyncState(store).nextBatch().ok());

    // Unlocked, the same store reads and writes them.
    QVERIFY(unlockWithInterimKey(store).ok());
    QVERIFY(!store.isLocked());
    QCOMPARE(store.get(person).value()->values.value(u"given_name"_s).toString(), kGiven);
    QVERIFY(service.update(person, {{u"phone"_s, kPhone}}).ok());
    QVERIFY(SyncState(store).nextBatch().ok());
    // Locked again: refused again.
    QVERIFY(store.setSealer(nullptr).ok());
    QVERIFY(!store.get(person).ok());
}

void TestSealing::wrongKeyIsRefused()
{
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    QString person;
    {
        auto store = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        QVERIFY(unlockWithInterimKey(**store).ok());
        person = RecordService(**store, u"en"_s).create(u"person"_s, personInput(kGiven)).value();
    }
    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY(opened.ok());
    auto other = SecretKey::random();
    QVERIFY(other.ok());
    const Status s = (*opened)->setSealer(std::make_shared<const FieldSealer>(std::move(other.value())));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(u"does not open"_s), qPrintable(s.error().message));
    QVERIFY((*opened)->isLocked());
    QVERIFY(!(*opened)->get(person).ok());
    QVERIFY(unlockWithInterimKey(**opened).ok());
    QCOMPARE((*opened)->get(person).value()->values.value(u"given_name"_s).toString(), kGiven);
}

void TestSealing::schema7IsSealedOnFirstUnlock()
{
    // A folder as a device of schema 7 left it: answers in clear in the records (some long
    // enough to need overflow pages, some on deleted records), the outbox, a kept rejection
    // and the conflict log.
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    QVERIFY(folder.prepare().ok());
    const QString device = Uuid7::generate(m_clock);
    const QString hlc = HlcStamp{kNow - 1000, 0, device}.toString();
    QStringList clear;
    QStringList ids;
    {
        auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"PRAGMA journal_mode = WAL"_s).ok());
        QVERIFY(Schema::migrate(**db, *m_forms, Schema::sealedVersion - 1).ok());
        QCOMPARE(Schema::version(**db), 7);
        QVERIFY((*db)->exec(u"BEGIN"_s).ok());
        for (const auto& [key, value] :
             {std::pair{u"device_id"_s, device}, std::pair{u"site"_s, u"USI"_s},
              std::pair{u"created_ms"_s, QString::number(kNow)}, std::pair{u"clean_shutdown"_s, u"1"_s}}) {
            auto s = (*db)->prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2)"_s);
            QVERIFY(s.ok());
            s->bind(1, key).bind(2, value);
            QVERIFY(s->run().ok());
        }
        auto insert = (*db)->prepare(
            u"INSERT INTO records(id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, "
            "event_date, site) VALUES(?1, 'person', ?2, '{}', ?3, 1, 1, ?4, '2026-06-14', 'USI')"_s);
        auto outbox = (*db)->prepare(u"INSERT INTO outbox(record_id, form, field, value, hlc, base_version) "
                                     "VALUES(?1, 'person', ?2, ?3, ?4, 0)"_s);
        QVERIFY(insert.ok() && outbox.ok());
        for (int i = 0; i < 150; ++i) {
            const QString id = Uuid7::generate(m_clock);
            const QString given = u"Migrzeta%1x"_s.arg(i, 3, 10, QLatin1Char('0'));
            const QString note =
                u"Migrnote%1 "_s.arg(i, 3, 10, QLatin1Char('0')) + QString(i % 10 == 0 ? 6000 : 40, u'k');
            QJsonObject values = personInput(given);
            values.insert(u"family_name"_s, u"Fammigr%1q"_s.arg(i, 3, 10, QLatin1Char('0')));
            values.insert(u"phone"_s, u"+3876555%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            values.insert(u"notes"_s, note);
            insert->reset();
            insert->bind(1, id)
                .bind(2, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)))
                .bind(3, i % 7 == 0 ? 1 : 0)
                .bind(4, hlc);
            QVERIFY(insert->run().ok());
            for (const QString& field : {u"given_name"_s, u"notes"_s, u"sex"_s}) {
                outbox->reset();
                outbox->bind(1, id).bind(2, field).bind(3, valueText(values.value(field))).bind(4, hlc);
                QVERIFY(outbox->run().ok());
            }
            clear << given << values.value(u"family_name"_s).toString() << values.value(u"phone"_s).toString()
                  << note.left(11);
            ids.append(id);
        }
        QVERIFY(
            (*db)
                ->exec(u"INSERT INTO rejections(seq, record_id, form, field, value, hlc, reason, at_ms) "
                       "VALUES(1, '%1', 'person', 'phone', '\"+38765999888\"', '%2', 'refused', 1);"
                       "INSERT INTO conflicts(id, seq, record_id, form, field, winner_value, winner_hlc, "
                       "winner_device, loser_value, loser_hlc, loser_device) VALUES('c1', 5, '%1', "
                       "'person', 'given_name', '\"Conflwinner\"', '%2', 'x', '\"Confloser\"', '%2', 'y');"
                       "COMMIT"_s.arg(ids.first(), hlc))
                .ok());
        clear << u"+38765999888"_s << u"Conflwinner"_s << u"Confloser"_s;
    }
    // The test would see them: they are in the file now.
    QVERIFY(leaksUnder(folder.path(), clear).size() >= clear.size());

    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(opened.ok(), why(opened).constData());
    LocalStore& store = **opened;
    QCOMPARE(Schema::version(store.db()), Schema::sealedVersion - 1); // no key yet
    QCOMPARE(store.count(u"person"_s).value(), std::int64_t(150 - 22));
    QVERIFY(!store.get(ids.first()).ok()); // locked

    QVERIFY(unlockWithInterimKey(store).ok());
    QCOMPARE(Schema::version(store.db()), Schema::currentVersion);
    QCOMPARE(QFileInfo(folder.databasePath() + u"-wal"_s).size(), 0);
    QStringList found = leaksUnder(folder.path(), clear);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // Every answer comes back, in the records, the outbox, the rejection and the conflict.
    for (int i = 0; i < ids.size(); i += 13) {
        const Record r = store.get(ids.at(i)).value().value();
        QCOMPARE(r.values.value(u"given_name"_s).toString(),
                 u"Migrzeta%1x"_s.arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(r.values.value(u"notes"_s)
                    .toString()
                    .startsWith(u"Migrnote%1"_s.arg(i, 3, 10, QLatin1Char('0'))));
        QCOMPARE(r.deleted, i % 7 == 0);
    }
    SyncState state(store);
    auto batch = state.nextBatch(1000);
    QVERIFY2(batch.ok() && batch->has_value(), why(batch).constData());
    QCOMPARE((*batch)->changes.size(), 450);
    QCOMPARE((*batch)->changes.first().value, QJsonValue(u"Migrzeta000x"_s));
    QCOMPARE(state.rejections().value().first().value, QJsonValue(u"+38765999888"_s));
    const auto conflict = state.conflict(u"c1"_s).value();
    QVERIFY(conflict.has_value());
    QCOMPARE(conflict->winner.value, QJsonValue(u"Conflwinner"_s));
    QCOMPARE(conflict->loser.value, QJsonValue(u"Confloser"_s));
    // Sealed in the bound format, each under the stamp it was written with.
    QCOMPARE(
        store.db()
            .scalar(
                u"SELECT count(*) FROM records WHERE json_extract(data, '$.given_name') NOT LIKE 's3:%'"_s)
            .value()
            .toInt(),
        0);
    QCOMPARE(store.db()
                 .scalar(u"SELECT count(*) FROM outbox WHERE value LIKE '\"s%' AND value NOT LIKE '\"s3:%'"_s)
                 .value()
                 .toInt(),
             0);
    auto faults = store.verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    opened = Error::conflict(u"closed"_s);
    found = leaksUnder(folder.path(), clear);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

namespace {

// Runs `sql` on the database file with SQLite itself, as whoever holds the files would.
QString rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return u"cannot open"_s;
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error ? error : "failed");
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

// One text a query on the database file gives (first row, first column).
QString rawText(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

void TestSealing::olderSealedValueIsRefused()
{
    // A person's phone number and protection note are changed; the sealed values they had
    // before stay in the outbox (and in any older copy of the file).
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    const QString oldPhone = u"+387600000111"_s;
    const QString newPhone = u"+387600000222"_s;
    QString person;
    {
        auto store = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
        QVERIFY2(store.ok(), why(store).constData());
        QVERIFY(unlockWithInterimKey(**store).ok());
        RecordService records(**store, u"en"_s);
        QJsonObject input = personInput(u"Rollbackov"_s);
        input.insert(u"phone"_s, oldPhone);
        auto created = records.create(u"person"_s, input);
        QVERIFY2(created.ok(), why(created).constData());
        person = *created;
        m_clock.advance(60'000);
        QVERIFY(records.update(person, QJsonObject{{u"phone"_s, newPhone}}).ok());
        QCOMPARE((*store)->get(person).value()->values.value(u"phone"_s), QJsonValue(newPhone));

        // Everything the current code writes is in the bound format: records and outbox.
        const Record r = *(*store)->get(person).value();
        const QJsonObject stored =
            QJsonDocument::fromJson(
                rawText(folder.databasePath(), u"SELECT data FROM records WHERE id = '%1'"_s.arg(person))
                    .toUtf8())
                .object();
        for (auto it = stored.begin(); it != stored.end(); ++it)
            if (AnswerSealer::isSealed(*it))
                QVERIFY2(FieldSealer::isBound(it->toString()), qPrintable(it.key()));
        QCOMPARE(rawText(folder.databasePath(), u"SELECT count(*) FROM outbox WHERE value LIKE '\"s%' "
                                                "AND value NOT LIKE '\"s3:%'"_s),
                 u"0"_s);
        QVERIFY(rawText(folder.databasePath(), u"SELECT count(*) FROM outbox WHERE value LIKE '\"s3:%'"_s)
                    .toInt() > 0);
    }

    // The thief, with the files and SQLite: the phone's first sealed value, from the outbox,
    // copied over the current one in `records`.
    const QString db = folder.databasePath();
    const QString older = rawText(db, u"SELECT json_extract(value, '$') FROM outbox WHERE record_id = '%1' "
                                      "AND field = 'phone' ORDER BY seq LIMIT 1"_s.arg(person));
    QVERIFY(older.startsWith(u"s3:"_s));
    const QString current =
        rawText(db, u"SELECT json_extract(data, '$.phone') FROM records WHERE id = '%1'"_s.arg(person));
    QVERIFY(!current.isEmpty() && current != older);
    QCOMPARE(rawExec(db, u"UPDATE records SET data = json_set(data, '$.phone', '%1') WHERE id = '%2'"_s.arg(
                             older, person)),
             QString());
    QCOMPARE(rawText(db, u"SELECT json_extract(data, '$.phone') FROM records WHERE id = '%1'"_s.arg(person)),
             older);

    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(opened.ok(), why(opened).constData());
    LocalStore& store = **opened;
    QVERIFY(unlockWithInterimKey(store).ok());
    // The record does not open: a clear error, and the old number is shown nowhere.
    auto got = store.get(person);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, Error::Code::Damaged);
    QVERIFY2(got.error().message.contains(u"damaged"_s), qPrintable(got.error().message));
    QVERIFY(!got.error().fullText().contains(oldPhone));
    auto listed = RecordQuery(store).page(RecordFilter{}, RecordQuery::Sort::Updated, true, 50);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, Error::Code::Damaged);
    auto faults = store.verify();
    QVERIFY(faults.ok());
    QVERIFY2(faults->join(u'\n').contains(u"phone"_s), qPrintable(faults->join(u'\n')));

    // The current value put back: the record opens again with the newer number.
    opened = Error::conflict(u"closed"_s);
    QCOMPARE(rawExec(db, u"UPDATE records SET data = json_set(data, '$.phone', '%1') WHERE id = '%2'"_s.arg(
                             current, person)),
             QString());
    auto again = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY(again.ok());
    QVERIFY(unlockWithInterimKey(**again).ok());
    QCOMPARE((*again)->get(person).value()->values.value(u"phone"_s), QJsonValue(newPhone));
}

void TestSealing::resealBindsLegacyValues()
{
    // Values as a build before stamps were bound wrote them ("s2:", "s1:"): in the record,
    // the outbox and the conflict log.
    QTemporaryDir tmp;
    const DataFolder folder(tmp.filePath(u"data"_s));
    auto created = LocalStore::initialise(folder, u"USI"_s, m_forms, m_clock);
    QVERIFY2(created.ok(), why(created).constData());
    LocalStore& store = **created;
    QVERIFY(unlockWithInterimKey(store).ok());
    const QString person =
        RecordService(store, u"en"_s).create(u"person"_s, personInput(u"Legacyvor"_s)).value();
    const auto sealer = store.sealer();
    const auto legacy = [&](const QString& field, const QJsonValue& v) {
        return *sealer->seal(person, field, valueText(v).toUtf8());
    };
    const QString given = legacy(u"given_name"_s, u"Legacyvor"_s);
    QVERIFY(given.startsWith(u"s2:1:"_s));
    const QString family = u"s1:"_s + legacy(u"family_name"_s, u"Oldformat"_s).mid(5);
    const QString outboxValue = legacy(u"given_name"_s, u"Legacyvor"_s);
    QVERIFY(
        store.db()
            .exec(
                u"UPDATE records SET data = json_set(data, '$.given_name', '%1', '$.family_name', '%2') "
                "WHERE id = '%3';"
                "UPDATE outbox SET value = json_quote('%4') WHERE record_id = '%3' AND field = 'given_name';"_s
                    .arg(given, family, person, outboxValue))
            .ok());
    // Still read as they are.
    QCOMPARE(store.get(person).value()->values.value(u"family_name"_s), QJsonValue(u"Oldformat"_s));

    {
        SqliteTransaction tx(store.db());
        QVERIFY(tx.begin().ok());
        QVERIFY(Reseal::schedule(store.db()).ok());
        QVERIFY(tx.commit().ok());
    }
    auto pass = Reseal(store).finish();
    QVERIFY2(pass.ok(), why(pass).constData());

    // Bound now, everywhere, and the answers are the same.
    const QJsonObject stored =
        QJsonDocument::fromJson(store.db()
                                    .scalar(u"SELECT data FROM records WHERE id = '%1'"_s.arg(person))
                                    .value()
                                    .toString()
                                    .toUtf8())
            .object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (AnswerSealer::isSealed(*it))
            QVERIFY2(FieldSealer::isBound(it->toString()), qPrintable(it.key()));
    QCOMPARE(store.db()
                 .scalar(u"SELECT count(*) FROM outbox WHERE value LIKE '\"s%' AND value NOT LIKE '\"s3:%'"_s)
                 .value()
                 .toInt(),
             0);
    const Record r = *store.get(person).value();
    QCOMPARE(r.values.value(u"given_name"_s), QJsonValue(u"Legacyvor"_s));
    QCOMPARE(r.values.value(u"family_name"_s), QJsonValue(u"Oldformat"_s));
    auto batch = SyncState(store).nextBatch(100);
    QVERIFY2(batch.ok() && batch->has_value(), why(batch).constData());
    bool sawGiven = false;
    for (const auto& c : (*batch)->changes)
        if (c.field == u"given_name"_s) {
            QCOMPARE(c.value, QJsonValue(u"Legacyvor"_s));
            sawGiven = true;
        }
    QVERIFY(sawGiven);
    auto faults = store.verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
}

QTEST_GUILESS_MAIN(TestSealing)
#include "test_sealing.moc"
