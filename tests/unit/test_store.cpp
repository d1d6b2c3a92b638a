// The local store (RELIABILITY.md, Storage): a private data folder, SQLite in WAL with
// synchronous=FULL, records written through RecordService with UUIDv7 ids, per-field HLC
// stamps and an outbox, tombstones, the transport state machine, person references, a
// clock that survives a restart, verify(), damaged files left untouched, migrations from
// every earlier schema, a newer schema refused, and a full disk or failing write that
// loses nothing.

#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/Record.h"
#include "store/RecordService.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

// 2026-06-15 10:00 UTC: "today" for every test unless a test moves the clock.
const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr std::int64_t kHour = 3600 * 1000;

template <typename T>
QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray() : r.error().fullText().toUtf8();
}
QByteArray why(const Status& s)
{
    return s.ok() ? QByteArray() : s.error().fullText().toUtf8();
}

QJsonObject json(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !d.isObject())
        qFatal("test data is not a JSON object: %s", qPrintable(text));
    return d.object();
}

QJsonObject personInput(const QString& given = u"Amir"_s)
{
    return QJsonObject{{u"given_name"_s, given},
                       {u"family_name"_s, u"Haidari"_s},
                       {u"sex"_s, u"male"_s},
                       {u"age_estimated"_s, 27},
                       {u"country_of_origin"_s, u"AF"_s},
                       {u"languages"_s, QJsonArray{u"fa"_s, u"ps"_s}},
                       {u"registration_date"_s, u"2026-06-14"_s},
                       {u"registration_site"_s, u"USI"_s},
                       {u"consent_given"_s, u"yes"_s},
                       {u"consent_date"_s, u"2026-06-14"_s},
                       {u"consent_language"_s, u"fa"_s}};
}

QJsonObject screeningInput(const QString& person)
{
    return QJsonObject{{u"person_id"_s, person},
                       {u"screening_date"_s, u"2026-06-14"_s},
                       {u"site"_s, u"USI"_s},
                       {u"risks"_s, QJsonArray{u"serious_medical"_s, u"older_person"_s}},
                       {u"medical_note"_s, u"Insulin-dependent; needs cold storage."_s},
                       {u"urgency"_s, u"high"_s},
                       {u"needs"_s, QJsonArray{u"medical_care"_s, u"shelter"_s}},
                       {u"referral_needed"_s, true}};
}

QJsonObject transportInput(const QString& person)
{
    return QJsonObject{{u"person_id"_s, person},         {u"request_date"_s, u"2026-06-14"_s},
                       {u"pickup_site"_s, u"BHC"_s},     {u"destination"_s, u"USI"_s},
                       {u"priority"_s, u"urgent"_s},     {u"group_size"_s, 3},
                       {u"medical_escort"_s, false}};
}

// Every row of a query as text, columns joined by '|', through the plain SQLite API (so
// the checks do not depend on the code under test).
QStringList rawRows(sqlite3* db, const QString& sql, const QStringList& params = {})
{
    QStringList out;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {u"ERROR: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
    for (int i = 0; i < params.size(); ++i) {
        if (params.at(i).isNull())
            sqlite3_bind_null(stmt, i + 1);
        else
            sqlite3_bind_text(stmt, i + 1, params.at(i).toUtf8().constData(), -1, SQLITE_TRANSIENT);
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
                columns.append(u"NULL"_s);
            else
                columns.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c))));
        }
        out.append(columns.join(u'|'));
    }
    if (rc != SQLITE_DONE)
        out.append(u"ERROR: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return out;
}

QString rawValue(sqlite3* db, const QString& sql, const QStringList& params = {})
{
    const QStringList rows = rawRows(db, sql, params);
    return rows.isEmpty() ? QString() : rows.first();
}

// Everything a save writes: records, outbox and settings (except the clean-shutdown flag,
// which opening and closing set by design).
QStringList snapshot(LocalStore& store)
{
    sqlite3* h = store.db().handle();
    return rawRows(h, u"SELECT * FROM records ORDER BY rid"_s) + QStringList{u"--"_s} +
           rawRows(h, u"SELECT * FROM outbox ORDER BY seq"_s) + QStringList{u"--"_s} +
           rawRows(h, u"SELECT * FROM meta WHERE key != 'clean_shutdown' ORDER BY key"_s);
}

struct OutboxRow
{
    QString field;
    QString value; // the stored text, opened when sealed; null when the change clears the field
    QString hlc;
};

// A stored outbox value (written under `stamp`) with a sealed answer opened (as JSON text).
QString openedValue(const LocalStore& store, const QString& id, const QString& field, const QString& stamp,
                    const QString& text)
{
    if (text.isNull())
        return text;
    const QJsonDocument d = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    if (!d.isArray() || d.array().size() != 1 || !AnswerSealer::isSealed(d.array().first()))
        return text;
    auto opened = store.answers().open(QString(), id, field, stamp, d.array().first());
    if (!opened)
        return u"<does not open: %1>"_s.arg(opened.error().message);
    const QByteArray a = QJsonDocument(QJsonArray{*opened}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QList<OutboxRow> outboxOf(LocalStore& store, const QString& id)
{
    QList<OutboxRow> rows;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(store.db().handle(), "SELECT field, value, hlc FROM outbox WHERE record_id = ?1 ORDER BY seq",
                       -1, &stmt, nullptr);
    const QByteArray utf8 = id.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        auto text = [&](int c) {
            return sqlite3_column_type(stmt, c) == SQLITE_NULL
                       ? QString()
                       : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)));
        };
        rows.append({text(0), openedValue(store, id, text(0), text(2), text(1)), text(2)});
    }
    sqlite3_finalize(stmt);
    return rows;
}

// An outbox value as JSON (it is stored as the JSON text of the value).
QJsonValue outboxJson(const QString& text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument d = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    return d.isArray() && d.array().size() == 1 ? d.array().first() : QJsonValue(u"<not JSON: %1>"_s.arg(text));
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("absent");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

mode_t modeOf(const QString& path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

// The -wal is as it was; when there was none, SQLite may have created an empty one while
// reading (it holds no bytes, so nothing was written).
bool walUnchanged(const QString& walPath, const QByteArray& before)
{
    if (before == QByteArrayLiteral("absent") && QFileInfo::exists(walPath))
        return QFileInfo(walPath).size() == 0;
    return digest(walPath) == before;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// The page numbers that have frames in a WAL file.
QSet<quint32> walPages(const QString& walPath)
{
    QFile f(walPath);
    QSet<quint32> pages;
    if (!f.open(QIODevice::ReadOnly))
        return pages;
    const QByteArray data = f.readAll();
    if (data.size() < 32)
        return pages;
    const quint32 pageSize = qFromBigEndian<quint32>(data.constData() + 8);
    for (qsizetype offset = 32; offset + 24 + qsizetype(pageSize) <= data.size(); offset += 24 + pageSize)
        pages.insert(qFromBigEndian<quint32>(data.constData() + offset));
    return pages;
}

bool overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(bytes) == bytes.size();
}

// Bytes no SQLite page starts with: a fixed pattern, so every run damages the same way.
QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    quint32 x = 0x9E3779B9u;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = static_cast<char>(x & 0xFF);
    }
    bytes[0] = static_cast<char>(0xFF); // never a valid b-tree page type
    return bytes;
}

// The process may not write files beyond `bytes` while this lives: the kernel then fails
// write() with EFBIG, a real I/O error, without mounting anything.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        struct sigaction ignore{};
        ignore.sa_handler = [](int) {};
        ::sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGXFSZ, &ignore, &m_oldAction);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        ::sigaction(SIGXFSZ, &m_oldAction, nullptr);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    struct sigaction m_oldAction{};
    bool m_ok = false;
};

const QRegularExpression kUuid7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);

qint64 countOf(const LocalStore& store, const QString& form)
{
    const auto n = store.count(form);
    return n ? qint64(*n) : -1;
}

qint64 outboxCount(const LocalStore& store)
{
    const auto n = store.outboxSize();
    return n ? qint64(*n) : -1;
}

std::int64_t uuidMs(const QString& id)
{
    return QString(id.left(8) + id.mid(9, 4)).toLongLong(nullptr, 16);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FormRegistry> m_forms;
    ManualClock m_clock{kNow};
    QTemporaryDir m_templates; // databases built once and copied by several tests
    QString m_bigFolder;       // a closed, cleanly shut store with 200 persons
    // One data key for every store of this test, so that copied databases open too.
    std::shared_ptr<const FieldSealer> m_sealer;

    bool unlock(LocalStore& store)
    {
        const Status s = store.setSealer(m_sealer);
        if (!s)
            qWarning("unlock failed: %s", why(s).constData());
        return s.ok();
    }
    std::unique_ptr<LocalStore> initialise(const QString& path)
    {
        auto store = LocalStore::initialise(DataFolder(path), u"USI"_s, m_forms, m_clock);
        if (!store) {
            qWarning("initialise failed: %s", why(store).constData());
            return nullptr;
        }
        if (!unlock(**store))
            return nullptr;
        return std::move(store.value());
    }
    std::unique_ptr<LocalStore> open(const QString& path)
    {
        auto store = LocalStore::open(DataFolder(path), m_forms, m_clock);
        if (!store) {
            qWarning("open failed: %s", why(store).constData());
            return nullptr;
        }
        if (!unlock(**store))
            return nullptr;
        return std::move(store.value());
    }
    static QString create(RecordService& service, const QString& form, const QJsonObject& input)
    {
        auto id = service.create(form, input);
        if (!id) {
            qWarning("create %s failed: %s", qPrintable(form), why(id).constData());
            return {};
        }
        return *id;
    }
    static Record fetch(LocalStore& store, const QString& id)
    {
        auto r = store.get(id);
        return r && r->has_value() ? **r : Record{};
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_clock.set(kNow); }

    void dataFolderIsPrivate_data();
    void dataFolderIsPrivate();
    void initialiseRefusesUnknownSiteAndSecondInit();
    void connectionIsWalAndFull_data();
    void connectionIsWalAndFull();

    void createStampsEveryFieldIntoTheOutbox();
    void textIsStoredVerbatim_data();
    void textIsStoredVerbatim();
    void updateChangesOnlyGivenFields_data();
    void updateChangesOnlyGivenFields();
    void deleteLeavesTombstone();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void transportStateMachine();
    void transportTransitions_data();
    void transportTransitions();
    void personReferenceMustExist_data();
    void personReferenceMustExist();
    void hlcSurvivesReopenWithClockBack();

    void verifyIsCleanOnGoodStore();
    void verifyReportsFaults_data();
    void verifyReportsFaults();

    void damagedFileIsReportedAndUntouched_data();
    void damagedFileIsReportedAndUntouched();
    void damagedFileWithWalIsReportedAndUntouched();

    void migrateFromEveryEarlierVersion_data();
    void migrateFromEveryEarlierVersion();
    void schemaStepsBuildTheCurrentSchema();
    void databaseWithoutSchemaIsReportedAndUntouched();
    void newerSchemaIsRefusedAndUntouched_data();
    void newerSchemaIsRefusedAndUntouched();

    void diskFullFailsCleanlyAndRecovers();
    void writeErrorFailsCleanlyAndRecovers();
};

void TestStore::initTestCase()
{
    auto forms = FormRegistry::load();
    QVERIFY2(forms.ok(), why(forms).constData());
    m_forms = *forms;
    QVERIFY(m_templates.isValid());
    auto key = SecretKey::random();
    QVERIFY2(key.ok(), why(key).constData());
    m_sealer = std::make_shared<const FieldSealer>(std::move(key.value()));

    // 200 persons in a few transactions, then a clean close: a database of many pages
    // with no -wal, for the damage tests.
    m_bigFolder = m_templates.filePath(u"big"_s);
    auto store = initialise(m_bigFolder);
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    static const char16_t* const names[] = {u"Amir", u"Fatima", u"Yusuf", u"Samira", u"Karim", u"Zahra", u"Omar", u"Leila"};
    for (int batch = 0; batch < 4; ++batch) {
        QList<RecordWrite> writes;
        for (int i = 0; i < 50; ++i) {
            QJsonObject input = personInput(QString::fromUtf16(names[(batch * 50 + i) % 8]));
            input.insert(u"notes"_s, u"Registered at the Bihać bus station, group %1."_s.arg(batch * 50 + i));
            auto w = service.prepareCreate(u"person"_s, input);
            QVERIFY2(w.ok(), why(w).constData());
            writes.append(*w);
        }
        const Status s = store->commit(writes);
        QVERIFY2(s.ok(), why(s).constData());
    }
    QCOMPARE(countOf(*store, u"person"_s), 200);
    store.reset();
    QVERIFY(!QFileInfo::exists(DataFolder(m_bigFolder).databasePath() + u"-wal"_s));
    QVERIFY(QFileInfo(DataFolder(m_bigFolder).databasePath()).size() > 40 * 4096);
}

void TestStore::dataFolderIsPrivate_data()
{
    QTest::addColumn<bool>("preexisting");
    QTest::newRow("new nested folder") << false;
    QTest::newRow("existing world-readable folder") << true;
}

void TestStore::dataFolderIsPrivate()
{
    QFETCH(bool, preexisting);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"device/data"_s);
    if (preexisting) {
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QCOMPARE(modeOf(path), mode_t(0755));
    }
    const mode_t oldMask = ::umask(022);
    auto store = initialise(path);
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    QVERIFY(!create(service, u"person"_s, personInput()).isEmpty()); // makes SQLite write its -wal
    const QString db = DataFolder(path).databasePath();
    QCOMPARE(modeOf(path), mode_t(0700));
    QCOMPARE(modeOf(db), mode_t(0600));
    QVERIFY(QFileInfo::exists(db + u"-wal"_s));
    QCOMPARE(modeOf(db + u"-wal"_s), mode_t(0600));
    if (QFileInfo::exists(db + u"-shm"_s))
        QCOMPARE(modeOf(db + u"-shm"_s), mode_t(0600));

    // Reopening keeps it so, even if someone loosened the modes in between.
    store.reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                            QFile::ExeOther));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    store = open(path);
    ::umask(oldMask);
    QVERIFY(store);
    QCOMPARE(modeOf(db), mode_t(0600));
    QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(modeOf(dir.filePath(name)) == 0600, qPrintable(name));
}

void TestStore::initialiseRefusesUnknownSiteAndSecondInit()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"data"_s);
    auto bad = LocalStore::initialise(DataFolder(path), u"NOWHERE"_s, m_forms, m_clock);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Invalid);
    QVERIFY(bad.error().message.contains(u"NOWHERE"_s));
    QVERIFY(!DataFolder(path).isInitialised());

    auto store = initialise(path);
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString id = create(service, u"person"_s, personInput());
    QVERIFY(!id.isEmpty());
    const QString deviceId = store->deviceId();
    store.reset();
    const QByteArray before = digest(DataFolder(path).databasePath());

    auto again = LocalStore::initialise(DataFolder(path), u"BLZ"_s, m_forms, m_clock);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(digest(DataFolder(path).databasePath()), before);
    store = open(path);
    QVERIFY(store);
    QCOMPARE(store->deviceId(), deviceId);
    QCOMPARE(store->site(), u"USI"_s);
    QVERIFY(fetch(*store, id).id == id);
}

void TestStore::connectionIsWalAndFull_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::newRow("just initialised") << false;
    QTest::newRow("reopened") << true;
}

void TestStore::connectionIsWalAndFull()
{
    QFETCH(bool, reopen);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    if (reopen) {
        store.reset();
        store = open(tmp.path());
        QVERIFY(store);
    }
    sqlite3* h = store->db().handle();
    QCOMPARE(rawValue(h, u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(rawValue(h, u"PRAGMA synchronous"_s), u"2"_s); // FULL
    QCOMPARE(Schema::version(store->db()), Schema::currentVersion);
}

void TestStore::createStampsEveryFieldIntoTheOutbox()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const qint64 outboxBefore = outboxCount(*store);

    const QJsonObject input = personInput();
    const QString id = create(service, u"person"_s, input);
    QVERIFY(!id.isEmpty());
    QVERIFY2(kUuid7.match(id).hasMatch(), qPrintable(id));
    QCOMPARE(uuidMs(id), kNow);

    const Record r = fetch(*store, id);
    QCOMPARE(r.id, id);
    QCOMPARE(r.form, u"person"_s);
    QVERIFY(!r.deleted);
    QCOMPARE(r.createdMs, kNow);
    QCOMPARE(r.updatedMs, kNow);
    QJsonObject expected = input;
    expected.insert(u"consent_withdrawn"_s, false); // the form's default
    QCOMPARE(r.values, expected);

    const auto stamp = HlcStamp::fromString(r.updatedHlc);
    QVERIFY2(stamp.has_value(), qPrintable(r.updatedHlc));
    QCOMPARE(stamp->wallMs, kNow);
    QCOMPARE(stamp->device, store->deviceId());
    QCOMPARE(r.stamps.size(), expected.size());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(r.stamps.value(it.key()), r.updatedHlc);

    // One outbox row per field, with the value and the save's stamp.
    const QList<OutboxRow> rows = outboxOf(*store, id);
    QCOMPARE(rows.size(), expected.size());
    QCOMPARE(outboxCount(*store), outboxBefore + expected.size());
    QSet<QString> fields;
    for (const OutboxRow& row : rows) {
        QVERIFY2(!fields.contains(row.field), qPrintable(row.field));
        fields.insert(row.field);
        QCOMPARE(row.hlc, r.updatedHlc);
        QCOMPARE(outboxJson(row.value), expected.value(row.field));
    }
    QCOMPARE(rawValue(store->db().handle(), u"SELECT DISTINCT form || '/' || base_version FROM outbox WHERE record_id = ?1"_s,
                      {id}),
             u"person/0"_s);

    // A second save in the same millisecond still gets a later stamp; one a millisecond
    // later also gets a later id.
    const QString second = create(service, u"person"_s, personInput(u"Leila"_s));
    QVERIFY(!second.isEmpty());
    QVERIFY(*HlcStamp::fromString(fetch(*store, second).updatedHlc) > *stamp);
    m_clock.advance(1);
    const QString third = create(service, u"person"_s, personInput(u"Omar"_s));
    QVERIFY(third > id && third > second);
    QCOMPARE(uuidMs(third), kNow + 1);
    QCOMPARE(countOf(*store, u"person"_s), 3);
}

void TestStore::textIsStoredVerbatim_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("SQL") << u"'); DROP TABLE records;--"_s;
    QTest::newRow("quotes and JSON") << u"\"}, {\"x\": 1 \\ O'Brien"_s;
    QTest::newRow("Arabic script") << u"محمد عبد الله"_s;
    QTest::newRow("Persian with ZWNJ") << u"می\u200Cخواهم"_s;
}

void TestStore::textIsStoredVerbatim()
{
    QFETCH(QString, name);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString id = create(service, u"person"_s, personInput(name));
    QVERIFY(!id.isEmpty());
    store.reset();
    store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(fetch(*store, id).values.value(u"given_name"_s).toString(), name);
    QCOMPARE(countOf(*store, u"person"_s), 1);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::updateChangesOnlyGivenFields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("changed"); // fields whose value and stamp change

    QTest::newRow("one field") << u"{\"notes\": \"Needs reading glasses.\"}"_s << QStringList{u"notes"_s};
    QTest::newRow("two fields") << u"{\"family_name\": \"Karimi\", \"age_estimated\": 28}"_s
                                << QStringList{u"family_name"_s, u"age_estimated"_s};
    QTest::newRow("same value") << u"{\"sex\": \"male\"}"_s << QStringList{};
    QTest::newRow("one same, one new") << u"{\"sex\": \"male\", \"family_name\": \"Karimi\"}"_s
                                       << QStringList{u"family_name"_s};
    QTest::newRow("clear with null") << u"{\"family_name\": null}"_s << QStringList{u"family_name"_s};
    QTest::newRow("clear with empty text") << u"{\"family_name\": \"\"}"_s << QStringList{u"family_name"_s};
    QTest::newRow("clear a list") << u"{\"languages\": []}"_s << QStringList{u"languages"_s};
    QTest::newRow("clear a field that is empty") << u"{\"notes\": null}"_s << QStringList{};
    // A date of birth makes the estimated age not apply: it is cleared with it.
    QTest::newRow("skip logic clears") << u"{\"date_of_birth\": \"1999-03-01\"}"_s
                                       << QStringList{u"date_of_birth"_s, u"age_estimated"_s};
}

void TestStore::updateChangesOnlyGivenFields()
{
    QFETCH(QString, input);
    QFETCH(QStringList, changed);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString id = create(service, u"person"_s, personInput());
    QVERIFY(!id.isEmpty());
    const Record before = fetch(*store, id);
    const QStringList snapshotBefore = snapshot(*store);
    const int outboxBefore = int(outboxOf(*store, id).size());

    m_clock.advance(kHour);
    const QJsonObject change = json(input);
    const Status s = service.update(id, change);
    QVERIFY2(s.ok(), why(s).constData());
    const Record after = fetch(*store, id);

    if (changed.isEmpty()) {
        QCOMPARE(snapshot(*store), snapshotBefore); // nothing written at all
        return;
    }
    QCOMPARE(after.createdMs, kNow);
    QCOMPARE(after.updatedMs, kNow + kHour);
    QVERIFY(*HlcStamp::fromString(after.updatedHlc) > *HlcStamp::fromString(before.updatedHlc));
    QCOMPARE(HlcStamp::fromString(after.updatedHlc)->wallMs, kNow + kHour);

    QSet<QString> all;
    for (auto it = before.values.begin(); it != before.values.end(); ++it)
        all.insert(it.key());
    for (auto it = after.values.begin(); it != after.values.end(); ++it)
        all.insert(it.key());
    for (const QString& field : std::as_const(all)) {
        if (changed.contains(field)) {
            const QJsonValue given = change.value(field);
            const bool cleared = !change.contains(field) || given.isNull() ||
                                 (given.isString() && given.toString().isEmpty()) ||
                                 (given.isArray() && given.toArray().isEmpty());
            if (cleared)
                QVERIFY2(!after.values.contains(field), qPrintable(field));
            else
                QCOMPARE(after.values.value(field), given);
            QCOMPARE(after.stamps.value(field), after.updatedHlc);
        } else {
            QCOMPARE(after.values.value(field), before.values.value(field));
            QCOMPARE(after.stamps.value(field), before.stamps.value(field));
        }
    }

    // The outbox gained exactly one row per changed field, under the new stamp; a cleared
    // field travels as null.
    const QList<OutboxRow> rows = outboxOf(*store, id).mid(outboxBefore);
    QStringList fields;
    for (const OutboxRow& row : rows) {
        fields.append(row.field);
        QCOMPARE(row.hlc, after.updatedHlc);
        if (after.values.contains(row.field))
            QCOMPARE(outboxJson(row.value), after.values.value(row.field));
        else
            QVERIFY2(row.value.isNull(), qPrintable(row.field + u" = "_s + row.value));
    }
    fields.sort();
    changed.sort();
    QCOMPARE(fields, changed);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::deleteLeavesTombstone()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString gone = create(service, u"person"_s, personInput(u"Samira"_s));
    const QString kept = create(service, u"person"_s, personInput(u"Karim"_s));
    QVERIFY(!gone.isEmpty() && !kept.isEmpty());
    const Record before = fetch(*store, gone);

    m_clock.advance(kHour);
    const Status s = service.remove(gone);
    QVERIFY2(s.ok(), why(s).constData());

    const Record tomb = fetch(*store, gone);
    QCOMPARE(tomb.id, gone);
    QVERIFY(tomb.deleted);
    QCOMPARE(tomb.values, before.values); // kept, so sync can still tell the server
    QCOMPARE(tomb.updatedMs, kNow + kHour);
    QCOMPARE(tomb.stamps.value(u"_deleted"_s), tomb.updatedHlc);
    QCOMPARE(countOf(*store, u"person"_s), 1);
    const auto listed = store->list(u"person"_s, 100);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, kept);
    QVERIFY(!store->personExists(gone));

    const QList<OutboxRow> rows = outboxOf(*store, gone);
    QCOMPARE(rows.last().field, u"_deleted"_s);
    QCOMPARE(outboxJson(rows.last().value), QJsonValue(true));
    QCOMPARE(rows.last().hlc, tomb.updatedHlc);
    QCOMPARE(rows.size(), before.values.size() + 1);

    // The tombstone survives a restart and cannot be deleted or edited again.
    store.reset();
    store = open(tmp.path());
    QVERIFY(store);
    RecordService again(*store, u"en"_s);
    again.setCanSeeProtection(true);
    QVERIFY(fetch(*store, gone).deleted);
    const QStringList frozen = snapshot(*store);
    const Status twice = again.remove(gone);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    const Status edit = again.update(gone, json(u"{\"notes\": \"x\"}"_s));
    QVERIFY(!edit.ok());
    QCOMPARE(edit.error().code, Error::Code::Conflict);
    QCOMPARE(snapshot(*store), frozen);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::invalidInputChangesNothing_data()
{
    QTest::addColumn<QString>("operation"); // create FORM, update PERSON|TRANSPORT|MISSING, delete MISSING
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("input"); // JSON; %PERSON% is a live person's id
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions"); // the field (or form) the message must name

    const int invalid = int(Error::Code::Invalid);
    const QString person = QString::fromUtf8(QJsonDocument(personInput()).toJson(QJsonDocument::Compact));
    auto personWith = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = personInput();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto screeningWith = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = screeningInput(u"%PERSON%"_s);
        o.insert(field, value);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto transportWith = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = transportInput(u"%PERSON%"_s);
        o.insert(field, value);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };

    QTest::newRow("unknown form") << u"create"_s << u"vehicle"_s << person << invalid << u"vehicle"_s;
    QTest::newRow("unknown field") << u"create"_s << u"person"_s << personWith(u"shoe_size"_s, 42) << invalid
                                   << u"shoe_size"_s;
    QTest::newRow("text given a number") << u"create"_s << u"person"_s << personWith(u"given_name"_s, 42) << invalid
                                         << u"given_name"_s;
    QTest::newRow("integer given text") << u"create"_s << u"person"_s << personWith(u"age_estimated"_s, u"thirty"_s)
                                        << invalid << u"age_estimated"_s;
    QTest::newRow("integer given a fraction") << u"create"_s << u"person"_s << personWith(u"age_estimated"_s, 30.5)
                                              << invalid << u"age_estimated"_s;
    QTest::newRow("date not ISO") << u"create"_s << u"person"_s << personWith(u"registration_date"_s, u"14/06/2026"_s)
                                  << invalid << u"registration_date"_s;
    QTest::newRow("boolean given text") << u"create"_s << u"person"_s << personWith(u"consent_withdrawn"_s, u"no"_s)
                                        << invalid << u"consent_withdrawn"_s;
    QTest::newRow("missing required") << u"create"_s << u"person"_s << personWith(u"sex"_s, QJsonValue::Undefined)
                                      << invalid << u"sex"_s;
    QTest::newRow("range") << u"create"_s << u"person"_s << personWith(u"age_estimated"_s, 130) << invalid
                           << u"age_estimated"_s;
    QTest::newRow("length") << u"create"_s << u"person"_s << personWith(u"given_name"_s, QString(101, u'a')) << invalid
                            << u"given_name"_s;
    QTest::newRow("pattern") << u"create"_s << u"person"_s << personWith(u"phone"_s, u"call me"_s) << invalid
                             << u"phone"_s;
    QTest::newRow("date in the future") << u"create"_s << u"person"_s
                                        << personWith(u"registration_date"_s, u"2026-06-16"_s) << invalid
                                        << u"registration_date"_s;
    QTest::newRow("unknown choice") << u"create"_s << u"person"_s << personWith(u"sex"_s, u"robot"_s) << invalid
                                    << u"sex"_s;
    QTest::newRow("unknown reference code") << u"create"_s << u"person"_s
                                            << personWith(u"registration_site"_s, u"XXX"_s) << invalid
                                            << u"registration_site"_s;
    QTest::newRow("cross-field") << u"create"_s << u"person"_s
                                 << QString(personWith(u"arrival_date"_s, u"1990-01-01"_s)
                                                .replace(u"\"age_estimated\":27"_s, u"\"date_of_birth\":\"1999-05-05\""_s))
                                 << invalid << u"arrival_date"_s;
    QTest::newRow("answer that does not apply") << u"create"_s << u"person"_s
                                                << personWith(u"date_of_birth"_s, u"1999-05-05"_s) << invalid
                                                << u"age_estimated"_s;
    QTest::newRow("list with duplicates") << u"create"_s << u"screening"_s
                                          << screeningWith(u"risks"_s, QJsonArray{u"disability"_s, u"disability"_s}) << invalid
                                          << u"risks"_s;
    QTest::newRow("form expression") << u"create"_s << u"screening"_s
                                     << screeningWith(u"risks"_s, QJsonArray{u"none"_s, u"older_person"_s}) << invalid
                                     << u"risks"_s;
    QTest::newRow("person id malformed") << u"create"_s << u"screening"_s << screeningWith(u"person_id"_s, u"P-17"_s)
                                         << invalid << u"person_id"_s;
    QTest::newRow("read-only field") << u"create"_s << u"transport"_s
                                     << transportWith(u"approved_at"_s, u"2026-06-14T09:00:00Z"_s) << invalid
                                     << u"approved_at"_s;
    QTest::newRow("new transport not requested") << u"create"_s << u"transport"_s
                                                 << transportWith(u"state"_s, u"approved"_s) << invalid << u"state"_s;
    QTest::newRow("update: wrong type") << u"update PERSON"_s << u""_s << u"{\"age_estimated\": \"old\"}"_s << invalid
                                        << u"age_estimated"_s;
    QTest::newRow("update: clear required") << u"update PERSON"_s << u""_s << u"{\"sex\": null}"_s << invalid
                                            << u"sex"_s;
    QTest::newRow("update: unknown field") << u"update PERSON"_s << u""_s << u"{\"height\": 180}"_s << invalid
                                           << u"height"_s;
    QTest::newRow("update: one good, one bad") << u"update PERSON"_s << u""_s
                                               << u"{\"notes\": \"fine\", \"age_estimated\": -1}"_s << invalid
                                               << u"age_estimated"_s;
    QTest::newRow("update: read-only field") << u"update TRANSPORT"_s << u""_s
                                             << u"{\"completed_at\": \"2026-06-14T09:00:00Z\"}"_s << invalid
                                             << u"completed_at"_s;
    QTest::newRow("update: forbidden transition") << u"update TRANSPORT"_s << u""_s << u"{\"state\": \"completed\"}"_s
                                                  << invalid << u"state"_s;
    QTest::newRow("update: unknown id") << u"update MISSING"_s << u""_s << u"{\"notes\": \"x\"}"_s
                                        << int(Error::Code::NotFound) << u"%MISSING%"_s;
    QTest::newRow("delete: unknown id") << u"delete MISSING"_s << u""_s << u"{}"_s << int(Error::Code::NotFound)
                                        << u"%MISSING%"_s;
}

void TestStore::invalidInputChangesNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, form);
    QFETCH(QString, input);
    QFETCH(int, code);
    QFETCH(QString, mentions);

    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString person = create(service, u"person"_s, personInput());
    const QString transport = create(service, u"transport"_s, transportInput(person));
    QVERIFY(!person.isEmpty() && !transport.isEmpty());
    const QString missing = Uuid7::generate(m_clock);
    const QStringList before = snapshot(*store);
    const qint64 outbox = outboxCount(*store);
    const QString hlcBefore = store->hlc().last().toString();

    input.replace(u"%PERSON%"_s, person);
    mentions.replace(u"%MISSING%"_s, missing);
    const QJsonObject values = json(input);
    std::optional<Error> error;
    if (operation == u"create"_s) {
        auto id = service.create(form, values);
        if (!id)
            error = id.error();
    } else {
        const QString target = operation.endsWith(u"PERSON"_s) ? person
                               : operation.endsWith(u"TRANSPORT"_s) ? transport
                                                                     : missing;
        const Status s = operation.startsWith(u"update"_s) ? service.update(target, values) : service.remove(target);
        if (!s.ok())
            error = s.error();
    }
    QVERIFY2(error.has_value(), "the invalid input was accepted");
    QCOMPARE(int(error->code), code);
    QVERIFY2(error->fullText().contains(mentions), qPrintable(error->fullText()));

    // Not a byte of records, outbox or settings changed; the clock did not move either.
    QCOMPARE(snapshot(*store), before);
    QCOMPARE(outboxCount(*store), outbox);
    QCOMPARE(store->hlc().last().toString(), hlcBefore);
    QCOMPARE(countOf(*store, u"person"_s), 1);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::transportStateMachine()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    service.setActor(u"amina.h"_s);
    const QString person = create(service, u"person"_s, personInput());
    const QString id = create(service, u"transport"_s, transportInput(person));
    QVERIFY(!id.isEmpty());
    QCOMPARE(fetch(*store, id).values.value(u"state"_s).toString(), u"requested"_s);
    sqlite3* h = store->db().handle();
    QCOMPARE(rawValue(h, u"SELECT state FROM records WHERE id = ?1"_s, {id}), u"requested"_s);

    const std::pair<const char16_t*, const char16_t*> steps[] = {
        {u"approved", u"approved_at"}, {u"in_transit", u"departed_at"}, {u"completed", u"completed_at"}};
    QHash<QString, QString> stamped;
    for (const auto& [stateText, stampText] : steps) {
        const QString state = QString::fromUtf16(stateText);
        const QString stampField = QString::fromUtf16(stampText);
        m_clock.advance(kHour);
        const int rowsBefore = int(outboxOf(*store, id).size());
        const Status s = service.update(id, QJsonObject{{u"state"_s, state}});
        QVERIFY2(s.ok(), why(s).constData());
        const Record r = fetch(*store, id);
        QCOMPARE(r.values.value(u"state"_s).toString(), state);
        const QString when = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(r.values.value(stampField).toString(), when);
        QCOMPARE(r.values.value(u"state_by"_s).toString(), u"amina.h"_s);
        for (auto it = stamped.cbegin(); it != stamped.cend(); ++it)
            QCOMPARE(r.values.value(it.key()).toString(), it.value()); // earlier stamps stay
        stamped.insert(stampField, when);
        QCOMPARE(rawValue(h, u"SELECT state FROM records WHERE id = ?1"_s, {id}), state);
        // The state and its time travel to the outbox together, under one stamp.
        QStringList fields;
        for (const OutboxRow& row : outboxOf(*store, id).mid(rowsBefore)) {
            fields.append(row.field);
            QCOMPARE(row.hlc, r.updatedHlc);
        }
        QVERIFY2(fields.contains(u"state"_s) && fields.contains(stampField), qPrintable(fields.join(u',')));
    }
    QVERIFY(!fetch(*store, id).values.contains(u"cancelled_at"_s));

    // "completed" is final.
    const QStringList frozen = snapshot(*store);
    for (const QString& next : {u"cancelled"_s, u"in_transit"_s, u"requested"_s}) {
        const Status s = service.update(id, QJsonObject{{u"state"_s, next}});
        QVERIFY2(!s.ok(), qPrintable(next));
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY(s.error().fullText().contains(u"state"_s));
    }
    QCOMPARE(snapshot(*store), frozen);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::transportTransitions_data()
{
    QTest::addColumn<QStringList>("path"); // states walked through first
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("requested → approved") << QStringList{} << u"approved"_s << true;
    QTest::newRow("requested → cancelled") << QStringList{} << u"cancelled"_s << true;
    QTest::newRow("requested → in_transit") << QStringList{} << u"in_transit"_s << false;
    QTest::newRow("requested → completed") << QStringList{} << u"completed"_s << false;
    QTest::newRow("requested → unknown") << QStringList{} << u"teleported"_s << false;
    QTest::newRow("approved → requested") << QStringList{u"approved"_s} << u"requested"_s << false;
    QTest::newRow("approved → completed") << QStringList{u"approved"_s} << u"completed"_s << false;
    QTest::newRow("approved → cancelled") << QStringList{u"approved"_s} << u"cancelled"_s << true;
    QTest::newRow("in_transit → approved") << QStringList{u"approved"_s, u"in_transit"_s} << u"approved"_s << false;
    QTest::newRow("in_transit → cancelled") << QStringList{u"approved"_s, u"in_transit"_s} << u"cancelled"_s << true;
    QTest::newRow("cancelled → approved") << QStringList{u"cancelled"_s} << u"approved"_s << false;
    QTest::newRow("cancelled → requested") << QStringList{u"cancelled"_s} << u"requested"_s << false;
}

void TestStore::transportTransitions()
{
    QFETCH(QStringList, path);
    QFETCH(QString, next);
    QFETCH(bool, allowed);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString person = create(service, u"person"_s, personInput());
    const QString id = create(service, u"transport"_s, transportInput(person));
    QVERIFY(!id.isEmpty());
    for (const QString& state : path) {
        m_clock.advance(kHour);
        const Status s = service.update(id, QJsonObject{{u"state"_s, state}});
        QVERIFY2(s.ok(), why(s).constData());
    }
    const QString current = fetch(*store, id).values.value(u"state"_s).toString();
    QCOMPARE(current, path.isEmpty() ? u"requested"_s : path.last());

    m_clock.advance(kHour);
    const QStringList before = snapshot(*store);
    const Status s = service.update(id, QJsonObject{{u"state"_s, next}});
    QCOMPARE(s.ok(), allowed);
    if (allowed) {
        QCOMPARE(fetch(*store, id).values.value(u"state"_s).toString(), next);
    } else {
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY2(s.error().fullText().contains(u"state"_s), qPrintable(s.error().fullText()));
        QCOMPARE(snapshot(*store), before);
        QCOMPARE(fetch(*store, id).values.value(u"state"_s).toString(), current);
    }
}

void TestStore::personReferenceMustExist_data()
{
    QTest::addColumn<QString>("reference"); // live, deleted, other-record, unknown
    QTest::addColumn<bool>("accepted");
    QTest::newRow("live person") << u"live"_s << true;
    QTest::newRow("deleted person") << u"deleted"_s << false;
    QTest::newRow("id of a transport record") << u"other-record"_s << false;
    QTest::newRow("id nobody has") << u"unknown"_s << false;
}

void TestStore::personReferenceMustExist()
{
    QFETCH(QString, reference);
    QFETCH(bool, accepted);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString live = create(service, u"person"_s, personInput());
    const QString deleted = create(service, u"person"_s, personInput(u"Yusuf"_s));
    const QString transport = create(service, u"transport"_s, transportInput(live));
    QVERIFY(!live.isEmpty() && !deleted.isEmpty() && !transport.isEmpty());
    QVERIFY(service.remove(deleted).ok());
    const QString target = reference == u"live"_s      ? live
                           : reference == u"deleted"_s ? deleted
                           : reference == u"other-record"_s ? transport
                                                            : Uuid7::generate(m_clock);
    const QStringList before = snapshot(*store);

    for (const QString& form : {u"screening"_s, u"transport"_s}) {
        const QJsonObject input = form == u"screening"_s ? screeningInput(target) : transportInput(target);
        auto id = service.create(form, input);
        QCOMPARE(id.ok(), accepted);
        if (accepted) {
            QCOMPARE(fetch(*store, *id).values.value(u"person_id"_s).toString(), target);
            QCOMPARE(rawValue(store->db().handle(), u"SELECT person_id FROM records WHERE id = ?1"_s, {*id}), target);
        } else {
            QCOMPARE(id.error().code, Error::Code::Invalid);
            QVERIFY(id.error().fullText().contains(u"person_id"_s));
        }
    }
    // Re-pointing an existing record at a missing person is refused the same way.
    if (!accepted) {
        QCOMPARE(snapshot(*store), before);
        const Status s = service.update(transport, QJsonObject{{u"person_id"_s, target}});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QCOMPARE(snapshot(*store), before);
    }
}

void TestStore::hlcSurvivesReopenWithClockBack()
{
    QTemporaryDir tmp;
    m_clock.set(kNow + 2 * kHour);
    auto store = initialise(tmp.path());
    QVERIFY(store);
    QString first;
    {
        RecordService service(*store, u"en"_s);
        service.setCanSeeProtection(true);
        first = create(service, u"person"_s, personInput());
        QVERIFY(!first.isEmpty());
    }
    const HlcStamp before = *HlcStamp::fromString(fetch(*store, first).updatedHlc);
    const QString device = store->deviceId();
    store.reset();

    // The laptop's clock was wrong and got corrected backwards while it was off.
    m_clock.set(kNow);
    store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->deviceId(), device);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString second = create(service, u"person"_s, personInput(u"Zahra"_s));
    QVERIFY(!second.isEmpty());
    const HlcStamp after = *HlcStamp::fromString(fetch(*store, second).updatedHlc);
    QVERIFY2(after > before, qPrintable(after.toString() + u" <= "_s + before.toString()));
    QCOMPARE(after.device, device);
    const Status s = service.update(first, json(u"{\"notes\": \"seen again\"}"_s));
    QVERIFY2(s.ok(), why(s).constData());
    const HlcStamp third = *HlcStamp::fromString(fetch(*store, first).updatedHlc);
    QVERIFY(third > after);
    QCOMPARE(rawValue(store->db().handle(), u"SELECT value FROM meta WHERE key = 'hlc_last'"_s), third.toString());
}

void TestStore::verifyIsCleanOnGoodStore()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString person = create(service, u"person"_s, personInput());
    QVERIFY(!create(service, u"screening"_s, screeningInput(person)).isEmpty());
    const QString transport = create(service, u"transport"_s, transportInput(person));
    QVERIFY(service.update(transport, QJsonObject{{u"state"_s, u"approved"_s}}).ok());
    QVERIFY(!create(service, u"assistance"_s,
                    QJsonObject{{u"person_id"_s, person}, {u"assistance_date"_s, u"2026-06-15"_s}, {u"site"_s, u"USI"_s},
                                {u"assistance_type"_s, u"meal"_s}, {u"item"_s, u"hot_meal"_s}})
                .isEmpty());
    const QString gone = create(service, u"person"_s, personInput(u"Omar"_s));
    QVERIFY(service.remove(gone).ok());
    const auto faults = store->verify();
    QVERIFY2(faults.ok(), why(faults).constData());
    QVERIFY2(faults->isEmpty(), qPrintable(faults->join(u'\n')));
}

void TestStore::verifyReportsFaults_data()
{
    QTest::addColumn<QString>("sql"); // ?1 is a screening's id
    QTest::addColumn<bool>("namesRecord");

    QTest::newRow("values not JSON") << u"UPDATE records SET data = '{\"person_id\": ' WHERE id = ?1"_s << true;
    QTest::newRow("stamps not JSON") << u"UPDATE records SET stamps = 'stamps' WHERE id = ?1"_s << true;
    QTest::newRow("index column differs from value")
        << u"UPDATE records SET event_date = '1999-01-01' WHERE id = ?1"_s << true;
    QTest::newRow("index column missing") << u"UPDATE records SET person_id = NULL WHERE id = ?1"_s << true;
    QTest::newRow("value of a field the form lacks")
        << u"UPDATE records SET data = json_set(data, '$.shoe_size', 42) WHERE id = ?1"_s << true;
    QTest::newRow("record stamp malformed") << u"UPDATE records SET updated_hlc = 'yesterday' WHERE id = ?1"_s << true;
    QTest::newRow("unknown form") << u"UPDATE records SET form = 'vehicle' WHERE id = ?1"_s << true;
    QTest::newRow("id not a UUID") << u"UPDATE records SET id = 'S-1' WHERE id = ?1"_s << false;
    QTest::newRow("orphan outbox row")
        << u"INSERT INTO outbox(record_id, form, field, value, hlc, base_version) "
           "SELECT 'ffffffff-ffff-7fff-bfff-ffffffffffff', form, field, value, hlc, 0 FROM outbox WHERE record_id = ?1 LIMIT 1"_s
        << false;
    QTest::newRow("outbox stamp malformed") << u"UPDATE outbox SET hlc = 'now' WHERE record_id = ?1"_s << false;
    // Sealed answers (schema 8).
    QTest::newRow("protection answer in clear")
        << u"UPDATE records SET data = json_set(data, '$.medical_note', 'Insulin') WHERE id = ?1"_s << true;
    QTest::newRow("sealed answer moved to another field")
        << u"UPDATE records SET data = json_set(data, '$.other_risk', json_extract(data, '$.medical_note')) "
           "WHERE id = ?1"_s
        << true;
    QTest::newRow("outbox answer in clear")
        << u"UPDATE outbox SET value = '\"Insulin\"' WHERE record_id = ?1 AND field = 'medical_note'"_s
        << false;
}

void TestStore::verifyReportsFaults()
{
    QFETCH(QString, sql);
    QFETCH(bool, namesRecord);
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString person = create(service, u"person"_s, personInput());
    const QString screening = create(service, u"screening"_s, screeningInput(person));
    QVERIFY(!screening.isEmpty());
    QVERIFY(store->verify()->isEmpty());

    const QStringList result = rawRows(store->db().handle(), sql, {screening});
    QVERIFY2(result.isEmpty(), qPrintable(result.join(u'\n')));
    QVERIFY(sqlite3_changes(store->db().handle()) > 0);

    const auto faults = store->verify();
    QVERIFY2(faults.ok(), why(faults).constData());
    QVERIFY2(!faults->isEmpty(), "verify found nothing wrong");
    if (namesRecord)
        QVERIFY2(faults->join(u'\n').contains(screening), qPrintable(faults->join(u'\n')));
}

void TestStore::damagedFileIsReportedAndUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("page 4 overwritten") << u"page:4"_s;
    QTest::newRow("page 2 overwritten") << u"page:2"_s;
    QTest::newRow("middle page overwritten") << u"page:middle"_s;
    QTest::newRow("last page overwritten") << u"page:last"_s;
    QTest::newRow("header overwritten") << u"header"_s;
    QTest::newRow("cut short") << u"truncate"_s;
    QTest::newRow("not SQLite at all") << u"text"_s;
    QTest::newRow("empty file") << u"empty"_s;
}

void TestStore::damagedFileIsReportedAndUntouched()
{
    QFETCH(QString, damage);
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    QVERIFY(folder.prepare().ok());
    const QString db = folder.databasePath();
    QVERIFY(QFile::copy(DataFolder(m_bigFolder).databasePath(), db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    const qint64 size = QFileInfo(db).size();
    const qint64 pages = size / 4096;

    if (damage.startsWith(u"page:"_s)) {
        const QString which = damage.mid(5);
        const qint64 page = which == u"middle"_s ? pages / 2 : which == u"last"_s ? pages : which.toLongLong();
        QVERIFY(overwrite(db, (page - 1) * 4096, garbage(4096)));
    } else if (damage == u"header"_s) {
        QVERIFY(overwrite(db, 0, garbage(100)));
    } else if (damage == u"truncate"_s) {
        QVERIFY(QFile::resize(db, size / 2));
    } else if (damage == u"empty"_s) {
        QVERIFY(QFile::resize(db, 0));
    } else {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("given_name,family_name\nAmir,Haidari\n");
    }
    const QByteArray dbBefore = digest(db);
    const QByteArray walBefore = digest(db + u"-wal"_s);

    auto store = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(!store.ok(), "a damaged database was opened");
    QCOMPARE(store.error().code, Error::Code::Damaged);
    QVERIFY2(store.error().message.contains(u"damaged"_s), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(db)), qPrintable(store.error().message));

    QCOMPARE(digest(db), dbBefore);
    QVERIFY(walUnchanged(db + u"-wal"_s, walBefore));
    // A second attempt says the same and still writes nothing.
    auto again = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Damaged);
    QCOMPARE(digest(db), dbBefore);
}

void TestStore::damagedFileWithWalIsReportedAndUntouched()
{
    // A crash image: the main file plus a -wal holding the last saves, as a killed
    // process leaves them. A page that only the main file holds is damaged.
    QTemporaryDir tmp;
    const QString live = tmp.filePath(u"live"_s);
    QVERIFY(QDir().mkpath(live));
    QVERIFY(QFile::copy(DataFolder(m_bigFolder).databasePath(), DataFolder(live).databasePath()));
    auto store = open(live);
    QVERIFY(store);
    QString last;
    {
        RecordService service(*store, u"en"_s);
        service.setCanSeeProtection(true);
        last = create(service, u"person"_s, personInput(u"Leila"_s));
        QVERIFY(!last.isEmpty());
    }
    const DataFolder crashed(tmp.filePath(u"crashed"_s));
    QVERIFY(crashed.prepare().ok());
    const QString db = crashed.databasePath();
    QVERIFY(copyFile(DataFolder(live).databasePath(), db));
    QVERIFY(copyFile(DataFolder(live).databasePath() + u"-wal"_s, db + u"-wal"_s));
    store.reset();
    const QString pristine = tmp.filePath(u"pristine.db"_s);
    QVERIFY(copyFile(db, pristine));

    const QSet<quint32> inWal = walPages(db + u"-wal"_s);
    QVERIFY2(!inWal.isEmpty(), "the crash image has no WAL frames");
    quint32 page = quint32(QFileInfo(db).size() / 4096 / 2);
    while (inWal.contains(page))
        ++page;
    QVERIFY(overwrite(db, qint64(page - 1) * 4096, garbage(4096)));
    const QByteArray dbBefore = digest(db);
    const QByteArray walBefore = digest(db + u"-wal"_s);

    auto opened = LocalStore::open(crashed, m_forms, m_clock);
    QVERIFY2(!opened.ok(), "a damaged database was opened");
    QCOMPARE(opened.error().code, Error::Code::Damaged);
    QVERIFY(opened.error().message.contains(u"damaged"_s));
    QCOMPARE(digest(db), dbBefore);
    QVERIFY2(QFileInfo::exists(db + u"-wal"_s), "the -wal holding the last saves was removed");
    QCOMPARE(digest(db + u"-wal"_s), walBefore);

    // The same crash image without the damage opens and has the last save.
    QVERIFY(copyFile(pristine, db));
    auto good = LocalStore::open(crashed, m_forms, m_clock);
    QVERIFY2(good.ok(), why(good).constData());
    QVERIFY(unlock(**good));
    QVERIFY(fetch(**good, last).id == last);
    QCOMPARE(countOf(**good, u"person"_s), 201);
}

void TestStore::migrateFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    // Version 0 holds no tables and so no data: see databaseWithoutSchemaIsReportedAndUntouched.
    // From the sealed version on, answers are never in clear: the step from 8 to 9 is tested
    // with sealed data in test_key_roles (upgradeFromSchema8).
    for (int v = 1; v < Schema::sealedVersion; ++v)
        QTest::addRow("from version %d", v) << v;
    QVERIFY2(Schema::currentVersion >= 2, "no earlier version holding data to migrate from");
}

void TestStore::migrateFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    QVERIFY(folder.prepare().ok());

    const std::int64_t day = 24 * kHour;
    const QString device = Uuid7::generate(m_clock);
    // The clock of the old device ran a day ahead of ours: new stamps must still be later.
    const HlcStamp lastStamp{kNow + day, 5, device};
    auto stamp = [&](int n) { return HlcStamp{kNow - day + n * 1000, 0, device}.toString(); };

    const QString person = Uuid7::generate(m_clock);
    struct Row
    {
        QString id;
        QString form;
        QJsonObject values;
        bool deleted;
        QStringList keys; // expected person_id, event_date, site, state ("NULL" when none)
    };
    QList<Row> rows;
    QJsonObject personValues = personInput();
    personValues.insert(u"consent_withdrawn"_s, false);
    rows.append({person, u"person"_s, personValues, false,
                 {u"NULL"_s, u"2026-06-14"_s, u"USI"_s, u"NULL"_s}});
    rows.append({Uuid7::generate(m_clock), u"screening"_s, screeningInput(person), false,
                 {person, u"2026-06-14"_s, u"USI"_s, u"NULL"_s}});
    QJsonObject transport = transportInput(person);
    transport.insert(u"state"_s, u"approved"_s);
    transport.insert(u"approved_at"_s, u"2026-06-14T12:00:00Z"_s);
    rows.append({Uuid7::generate(m_clock), u"transport"_s, transport, false,
                 {person, u"2026-06-14"_s, u"USI"_s, u"approved"_s}});
    const QJsonObject assistance{{u"person_id"_s, person},       {u"assistance_date"_s, u"2026-06-13"_s},
                                 {u"site"_s, u"LIP"_s},          {u"assistance_type"_s, u"nfi_kit"_s},
                                 {u"item"_s, u"blanket"_s},      {u"quantity"_s, 2},
                                 {u"group_distribution"_s, false}};
    rows.append({Uuid7::generate(m_clock), u"assistance"_s, assistance, false,
                 {person, u"2026-06-13"_s, u"LIP"_s, u"NULL"_s}});
    rows.append({Uuid7::generate(m_clock), u"assistance"_s, assistance, true,
                 {person, u"2026-06-13"_s, u"LIP"_s, u"NULL"_s}});
    const QJsonObject referral{{u"person_id"_s, person},    {u"referral_date"_s, u"2026-06-14"_s},
                               {u"site"_s, u"USI"_s},       {u"service"_s, u"medical"_s},
                               {u"provider"_s, u"hc_sarajevo"_s}, {u"urgency"_s, u"priority"_s},
                               {u"consent_to_refer"_s, u"yes"_s}, {u"status"_s, u"accepted"_s}};
    rows.append({Uuid7::generate(m_clock), u"referral"_s, referral, false,
                 {person, u"2026-06-14"_s, u"USI"_s, u"accepted"_s}});

    int outboxRows = 0;
    {
        auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY2(db.ok(), why(db).constData());
        QVERIFY((*db)->exec(u"PRAGMA journal_mode = WAL"_s).ok());
        const Status migrated = Schema::migrate(**db, *m_forms, version);
        QVERIFY2(migrated.ok(), why(migrated).constData());
        QCOMPARE(Schema::version(**db), version);
        sqlite3* h = (*db)->handle();

        // Rows as a device on that version wrote them, with that version's columns only.
        const QStringList recordColumns = rawRows(h, u"SELECT name FROM pragma_table_info('records')"_s);
        const QStringList keyColumns{u"person_id"_s, u"event_date"_s, u"site"_s, u"state"_s};
        QVERIFY(recordColumns.contains(u"data"_s));
        QVERIFY(rawRows(h, u"BEGIN"_s).isEmpty());
        for (const auto& [key, value] : {std::pair{u"device_id"_s, device}, std::pair{u"site"_s, u"USI"_s},
                                         std::pair{u"created_ms"_s, QString::number(kNow - 2 * day)},
                                         std::pair{u"clean_shutdown"_s, u"1"_s},
                                         std::pair{u"hlc_last"_s, lastStamp.toString()}})
            QVERIFY(rawRows(h, u"INSERT INTO meta(key, value) VALUES(?1, ?2)"_s, {key, value}).isEmpty());
        int n = 0;
        for (const Row& row : rows) {
            const QString hlc = stamp(++n);
            QJsonObject stamps;
            for (auto it = row.values.begin(); it != row.values.end(); ++it)
                stamps.insert(it.key(), hlc);
            if (row.deleted)
                stamps.insert(u"_deleted"_s, hlc);
            const QString data = QString::fromUtf8(QJsonDocument(row.values).toJson(QJsonDocument::Compact));
            QString columns = u"id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, server_version"_s;
            QString placeholders = u"?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, 0"_s;
            QStringList params{row.id, row.form, data,
                               QString::fromUtf8(QJsonDocument(stamps).toJson(QJsonDocument::Compact)),
                               row.deleted ? u"1"_s : u"0"_s, QString::number(kNow - day + n * 1000), hlc};
            // From the version that has them, a device fills the key columns itself.
            for (int k = 0; k < keyColumns.size(); ++k) {
                if (!recordColumns.contains(keyColumns.at(k)))
                    continue;
                columns += u", "_s + keyColumns.at(k);
                params.append(row.keys.at(k) == u"NULL"_s ? QString() : row.keys.at(k));
                placeholders += u", ?%1"_s.arg(params.size());
            }
            const QStringList inserted =
                rawRows(h, u"INSERT INTO records(%1) VALUES(%2)"_s.arg(columns, placeholders), params);
            QVERIFY2(inserted.isEmpty(), qPrintable(inserted.join(u'\n')));
            for (auto it = row.values.begin(); it != row.values.end(); ++it) {
                const QByteArray v = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
                QVERIFY(rawRows(h, u"INSERT INTO outbox(record_id, form, field, value, hlc, base_version) "
                                   "VALUES(?1, ?2, ?3, ?4, ?5, 0)"_s,
                                {row.id, row.form, it.key(), QString::fromUtf8(v.mid(1, v.size() - 2)), hlc})
                            .isEmpty());
                ++outboxRows;
            }
        }
        QVERIFY(rawRows(h, u"COMMIT"_s).isEmpty());
    }

    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(opened.ok(), why(opened).constData());
    LocalStore& store = **opened;
    // Locked, the store upgrades up to the sealing step and no further.
    QCOMPARE(Schema::version(store.db()), Schema::sealedVersion - 1);
    QVERIFY(unlock(store));
    QCOMPARE(Schema::version(store.db()), Schema::currentVersion);
    QCOMPARE(store.deviceId(), device);
    QCOMPARE(store.site(), u"USI"_s);

    sqlite3* h = store.db().handle();
    // Schema 8 sealed the answers that were stored in clear, in the records and in the
    // outbox, and truncated the WAL: no clear name or note is left in the file.
    QVERIFY(rawValue(h, u"SELECT json_extract(data, '$.family_name') FROM records WHERE id = ?1"_s, {person})
                .startsWith(u"s3:1:"_s));
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM outbox WHERE field IN ('family_name', 'medical_note') "
                         "AND value NOT LIKE '\"s3:1:%'"_s),
             u"0"_s);
    QCOMPARE(QFileInfo(folder.databasePath() + u"-wal"_s).size(), 0);
    {
        QFile file(folder.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char* marker : {"Haidari", "Insulin-dependent", "cold storage"})
            QVERIFY2(!bytes.contains(marker), marker);
    }
    for (const Row& row : rows) {
        const Record r = fetch(store, row.id);
        QCOMPARE(r.id, row.id);
        QCOMPARE(r.form, row.form);
        QCOMPARE(r.values, row.values);
        QCOMPARE(r.deleted, row.deleted);
        QCOMPARE(rawValue(h, u"SELECT ifnull(person_id, 'NULL'), ifnull(event_date, 'NULL'), ifnull(site, 'NULL'), "
                             "ifnull(state, 'NULL') FROM records WHERE id = ?1"_s,
                          {row.id}),
                 row.keys.join(u'|'));
    }
    QCOMPARE(countOf(store, u"assistance"_s), 1);
    QCOMPARE(countOf(store, u"person"_s), 1);
    QCOMPARE(outboxCount(store), outboxRows);
    for (const QString& index : {u"records_person"_s, u"records_live_date"_s, u"records_live_site"_s, u"records_live_state"_s})
        QCOMPARE(rawValue(h, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1"_s, {index}),
                 u"1"_s);
    // Schema 7: the accounts tables, empty (the first administrator is created afterwards,
    // see test_accounts), with the role check in place.
    for (const QString& table :
         {u"users"_s, u"wrapped_keys"_s, u"user_keys"_s, u"key_grants"_s, u"key_chain"_s})
        QCOMPARE(rawValue(h, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1"_s, {table}),
                 u"1"_s);
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM users"_s), u"0"_s);
    QVERIFY(!rawRows(h, u"INSERT INTO users(name, role, kdf_alg, kdf_ops, kdf_mem, kdf_salt, verifier, created_ms, "
                       "changed_ms) VALUES('x', 'superuser', 'argon2id13', 3, 268435456, x'00', x'00', 0, 0)"_s)
                 .isEmpty());
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM users"_s), u"0"_s);
    const auto faults = store.verify();
    QVERIFY2(faults.ok() && faults->isEmpty(), qPrintable(faults.ok() ? faults->join(u'\n') : QString()));
    // Version 6: no reference data from headquarters yet, so the built-in copy is in use.
    QCOMPARE(rawValue(h, u"SELECT count(*) FROM reference_entries"_s), u"0"_s);
    QCOMPARE(store.forms().reference().codes(u"sites"_s), m_forms->reference().codes(u"sites"_s));

    // The migrated store works: the old person can be referenced, the clock goes on past
    // the old device's last stamp.
    RecordService service(store, u"en"_s);
    service.setCanSeeProtection(true);
    const QString fresh = create(service, u"screening"_s, screeningInput(person));
    QVERIFY(!fresh.isEmpty());
    QVERIFY(*HlcStamp::fromString(fetch(store, fresh).updatedHlc) > lastStamp);
    QCOMPARE(rawValue(h, u"SELECT person_id FROM records WHERE id = ?1"_s, {fresh}), person);
}

void TestStore::schemaStepsBuildTheCurrentSchema()
{
    // Stepping up from an empty file gives exactly the schema a new store gets.
    QTemporaryDir tmp;
    auto fresh = initialise(tmp.filePath(u"fresh"_s));
    QVERIFY(fresh);
    const QString schemaSql = u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s;
    const QStringList expected = rawRows(fresh->db().handle(), schemaSql);
    fresh.reset();

    for (int from = 0; from < Schema::currentVersion; ++from) {
        auto db = SqliteDb::open(tmp.filePath(u"step%1.db"_s.arg(from)), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(
            Schema::migrate(**db, *m_forms, from, from >= Schema::sealedVersion ? m_sealer.get() : nullptr)
                .ok());
        QCOMPARE(Schema::version(**db), from);
        // Without the data key the steps stop before the sealing one (the steps after it
        // need no key).
        QVERIFY(Schema::migrate(**db, *m_forms).ok());
        QCOMPARE(Schema::version(**db), from >= Schema::sealedVersion
                                            ? Schema::currentVersion
                                            : std::max(from, Schema::sealedVersion - 1));
        const Status s = Schema::migrate(**db, *m_forms, Schema::currentVersion, m_sealer.get());
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(Schema::version(**db), Schema::currentVersion);
        QCOMPARE(rawRows((*db)->handle(), schemaSql), expected);
        // Migrating a current database again changes nothing.
        QVERIFY(Schema::migrate(**db, *m_forms, Schema::currentVersion, m_sealer.get()).ok());
        QCOMPARE(rawRows((*db)->handle(), schemaSql), expected);
    }
}

void TestStore::databaseWithoutSchemaIsReportedAndUntouched()
{
    // Version 0: the file exists but "init" never finished (the power went during it).
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    QVERIFY(folder.prepare().ok());
    {
        auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"PRAGMA journal_mode = WAL"_s).ok());
        QVERIFY(Schema::migrate(**db, *m_forms, 0).ok());
        QCOMPARE(Schema::version(**db), 0);
    }
    QVERIFY(folder.isInitialised());
    const QByteArray before = digest(folder.databasePath());

    auto store = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(!store.ok(), "a database without device id or site was opened");
    QVERIFY2(store.error().code == Error::Code::Damaged,
             qPrintable(u"expected Damaged, got code %1: %2"_s.arg(int(store.error().code)).arg(store.error().message)));
    QCOMPARE(digest(folder.databasePath()), before);
}

void TestStore::newerSchemaIsRefusedAndUntouched_data()
{
    QTest::addColumn<bool>("withWal");
    QTest::newRow("closed cleanly") << false;
    QTest::newRow("with the -wal of an unclean stop") << true;
}

void TestStore::newerSchemaIsRefusedAndUntouched()
{
    QFETCH(bool, withWal);
    QTemporaryDir tmp;
    const QString live = tmp.filePath(u"live"_s);
    auto store = initialise(live);
    QVERIFY(store);
    {
        RecordService service(*store, u"en"_s);
        service.setCanSeeProtection(true);
        QVERIFY(!create(service, u"person"_s, personInput()).isEmpty());
    }
    // A newer Prihvat upgraded the schema; this older build is then started on the folder.
    const QString newer = u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion + 1);
    const DataFolder folder(tmp.filePath(u"data"_s));
    QVERIFY(folder.prepare().ok());
    const QString db = folder.databasePath();
    if (withWal) {
        QVERIFY(rawRows(store->db().handle(), newer).isEmpty()); // lands in the -wal
        QVERIFY(copyFile(DataFolder(live).databasePath(), db));
        QVERIFY(copyFile(DataFolder(live).databasePath() + u"-wal"_s, db + u"-wal"_s));
        store.reset();
        QVERIFY(QFileInfo(db + u"-wal"_s).size() > 0);
    } else {
        store.reset();
        QVERIFY(copyFile(DataFolder(live).databasePath(), db));
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QVERIFY(rawRows(h, newer).isEmpty());
        sqlite3_close_v2(h);
        QVERIFY(!QFileInfo::exists(db + u"-wal"_s));
    }
    const QByteArray before = digest(db);
    const QByteArray walBefore = digest(db + u"-wal"_s);

    auto opened = LocalStore::open(folder, m_forms, m_clock);
    QVERIFY2(!opened.ok(), "a database from a newer version was opened");
    QCOMPARE(opened.error().code, Error::Code::Unsupported);
    QVERIFY2(opened.error().message.contains(QString::number(Schema::currentVersion + 1)),
             qPrintable(opened.error().message));
    QCOMPARE(digest(db), before);
    QVERIFY2(walUnchanged(db + u"-wal"_s, walBefore), "the -wal was changed or removed");
}

void TestStore::diskFullFailsCleanlyAndRecovers()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    QStringList saved;
    for (int i = 0; i < 5; ++i)
        saved.append(create(service, u"person"_s, personInput()));
    QVERIFY(!saved.contains(QString()));
    sqlite3* h = store->db().handle();

    // The disk is full: the file may not grow by a single page.
    const QString pages = rawValue(h, u"PRAGMA page_count"_s);
    QCOMPARE(rawValue(h, u"PRAGMA max_page_count = %1"_s.arg(pages)), pages);
    std::optional<Error> failure;
    QStringList before;
    qint64 outboxBefore = 0;
    for (int i = 0; i < 500 && !failure; ++i) {
        before = snapshot(*store);
        outboxBefore = outboxCount(*store);
        QJsonObject input = personInput(u"Fatima"_s);
        input.insert(u"notes"_s, QString(1500, u'n'));
        auto id = service.create(u"person"_s, input);
        if (id)
            saved.append(*id);
        else
            failure = id.error();
    }
    QVERIFY2(failure.has_value(), "the save never ran out of space");
    QCOMPARE(failure->code, Error::Code::Io);
    QVERIFY2(failure->message.contains(u"full"_s), qPrintable(failure->message));
    QCOMPARE(snapshot(*store), before);
    QCOMPARE(outboxCount(*store), outboxBefore);
    QCOMPARE(countOf(*store, u"person"_s), saved.size());
    QVERIFY(store->verify()->isEmpty());

    // Space comes back: saving works again and nothing earlier was lost.
    QVERIFY(!rawValue(h, u"PRAGMA max_page_count = 1073741823"_s).isEmpty());
    const QString after = create(service, u"person"_s, personInput(u"Fatima"_s));
    QVERIFY(!after.isEmpty());
    saved.append(after);
    store.reset();
    store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(countOf(*store, u"person"_s), saved.size());
    for (const QString& id : std::as_const(saved))
        QCOMPARE(fetch(*store, id).id, id);
    QVERIFY(store->verify()->isEmpty());
}

void TestStore::writeErrorFailsCleanlyAndRecovers()
{
    QTemporaryDir tmp;
    auto store = initialise(tmp.path());
    QVERIFY(store);
    store.reset();
    store = open(tmp.path()); // a fresh -wal that only grows while this store is open
    QVERIFY(store);
    RecordService service(*store, u"en"_s);
    service.setCanSeeProtection(true);
    QStringList saved;
    for (int i = 0; i < 3; ++i)
        saved.append(create(service, u"person"_s, personInput()));
    QVERIFY(!saved.contains(QString()));
    const QString wal = DataFolder(tmp.path()).databasePath() + u"-wal"_s;
    const qint64 walSize = QFileInfo(wal).size();
    QVERIFY(walSize > 0);
    const QStringList before = snapshot(*store);

    Error failure;
    bool failed = false;
    {
        // The disk refuses to write past the current end of the -wal.
        FileSizeLimit limit(rlim_t(std::max(walSize, QFileInfo(DataFolder(tmp.path()).databasePath()).size())));
        QVERIFY(limit.ok());
        auto id = service.create(u"person"_s, personInput(u"Yusuf"_s));
        failed = !id.ok();
        if (failed)
            failure = id.error();
    }
    QVERIFY2(failed, "the save succeeded although the disk refused the write");
    QCOMPARE(failure.code, Error::Code::Io);
    QVERIFY2(!failure.message.isEmpty(), "no message");
    QCOMPARE(snapshot(*store), before);
    QCOMPARE(countOf(*store, u"person"_s), saved.size());

    // The disk works again: the same store saves, and everything survives a restart.
    const QString after = create(service, u"person"_s, personInput(u"Yusuf"_s));
    QVERIFY(!after.isEmpty());
    saved.append(after);
    store.reset();
    store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(countOf(*store, u"person"_s), saved.size());
    for (const QString& id : std::as_const(saved))
        QVERIFY(fetch(*store, id).values.value(u"given_name"_s).isString());
    QVERIFY(store->verify()->isEmpty());
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
