// Reference data managed at headquarters (HqReference): seeded from the built-in files when
// the database is made, imported and removed with clear errors that change nothing, each
// change numbered from the same counter as record changes and pulled by every device; new
// sites and items usable at once in pushes and device administration. Against SQLite or
// PostgreSQL (PRIHVAT_TEST_DB; ctest runs both).
#include "HqTestSupport.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "hq/HqReference.h"
#include "hq/HqStore.h"
#include "sync/Protocol.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;
using namespace prihvat::hqtest;

namespace {

constexpr std::int64_t kStart = 1'750'000'000'000; // 2025-06-15

struct Dev
{
    QString id;
    QString bearer;
};

QJsonObject jsonOf(const HttpReply& r)
{
    QByteArray body = r.body;
    if (r.header("Content-Encoding") == "gzip")
        body = protocol::gunzip(body).value_or(QByteArray());
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpHeaders jsonHeaders(const QString& bearer = {})
{
    HttpHeaders h{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toLatin1()));
    return h;
}

QJsonObject label(const QString& en)
{
    QJsonObject o;
    for (const QString& lang : {u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s})
        o.insert(lang, QString(en + u" ("_s + lang + u')'));
    return o;
}

QJsonObject site(const QString& code, const QString& name, const QString& kind = u"outreach"_s)
{
    return {{u"code"_s, code}, {u"kind"_s, kind}, {u"name"_s, name}, {u"canton"_s, u"Canton 10"_s},
            {u"entity"_s, u"FBiH"_s}};
}

QJsonObject item(const QString& code, const QString& type = u"nfi_kit"_s)
{
    return {{u"code"_s, code}, {u"assistance_type"_s, type}, {u"unit"_s, u"piece"_s}, {u"label"_s, label(code)}};
}

QByteArray fileOf(const QList<QJsonObject>& entries)
{
    QJsonArray a;
    for (const QJsonObject& o : entries)
        a.append(o);
    return QJsonDocument(a).toJson();
}

} // namespace

class TestHqReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { dropDatabase(u"hq_test_reference"_s); }

    void seededFromTheBuiltInFiles();
    void importAddsAndEveryDevicePullsIt();
    void newSiteAndItemUsableAtHeadquarters();
    void replaceRemovesWhatTheFileLacks();
    void badImportsChangeNothing_data();
    void badImportsChangeNothing();
    void parseFileShapes();
    void retentionPeriods();
    void upgradedDatabaseGetsSeqsDevicesCanSee();

private:
    Dev enrol(const QString& name, const QStringList& sites);
    HttpReply push(const Dev& d, const QJsonArray& changes);
    protocol::PullResponse pullAll(const Dev& d, std::int64_t after = 0);
    std::int64_t counter();
    QStringList codes(const QString& set);

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqStore> m_store;
    std::unique_ptr<HqApi> m_api;
    std::unique_ptr<HqReference> m_reference;
    QString m_url;
    int m_round = 0;
};

#define CHECKED(expr)                                                                                        \
    expr;                                                                                                    \
    if (QTest::currentTestFailed())                                                                          \
        return;

void TestHqReference::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto forms = FormRegistry::load();
    QVERIFY(forms.ok());
    m_forms = *forms;
    if (isPostgres())
        QVERIFY2(!clusterUrl().isEmpty(), "PRIHVAT_TEST_PG_URL is not set: run through ctest (pg_start fixture)");
    qInfo("engine: %s", qPrintable(engine()));
}

void TestHqReference::init()
{
    m_clock.set(kStart);
    QString error;
    m_url = freshDatabase(m_dir, u"hq_test_reference"_s, u"ref_%1"_s.arg(++m_round), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_store = std::make_unique<HqStore>(*m_db, m_forms, m_clock);
    m_api = std::make_unique<HqApi>(*m_store);
    m_reference = std::make_unique<HqReference>(*m_db, m_clock);
}

void TestHqReference::cleanup()
{
    m_reference.reset();
    m_api.reset();
    m_store.reset();
    m_db.reset();
}

Dev TestHqReference::enrol(const QString& name, const QStringList& sites)
{
    auto added = m_store->addDevice(name, sites);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    HttpRequest r;
    r.method = "POST";
    r.path = u"/v1/enroll"_s;
    r.headers = jsonHeaders();
    r.body = compact({{u"code"_s, added->code}, {u"name"_s, name}});
    r.peer = u"10.1.1.1"_s;
    const QJsonObject o = jsonOf(m_api->handle(r));
    return {o.value(u"device_id"_s).toString(),
            o.value(u"device_id"_s).toString() + u'.' + o.value(u"token"_s).toString()};
}

HttpReply TestHqReference::push(const Dev& d, const QJsonArray& changes)
{
    HttpRequest r;
    r.method = "POST";
    r.path = u"/v1/push"_s;
    r.headers = jsonHeaders(d.bearer);
    r.body = compact({{u"batch_id"_s, Uuid7::generate(m_clock)}, {u"changes"_s, changes}});
    r.peer = u"10.1.1.1"_s;
    return m_api->handle(r);
}

// Only what changed after the database was made (the seed, seq 0, comes with every pull
// from cursor 0).
QList<protocol::ReferenceChange> changed(const QList<protocol::ReferenceChange>& all)
{
    QList<protocol::ReferenceChange> out;
    for (const protocol::ReferenceChange& c : all)
        if (c.seq > 0)
            out.append(c);
    return out;
}

protocol::PullResponse TestHqReference::pullAll(const Dev& d, std::int64_t after)
{
    protocol::PullResponse all;
    all.next = after;
    for (int guard = 0; guard < 100; ++guard) {
        HttpRequest r;
        r.method = "GET";
        r.path = u"/v1/pull"_s;
        r.query = u"after=%1&limit=3"_s.arg(all.next);
        r.headers = jsonHeaders(d.bearer);
        r.peer = u"10.1.1.1"_s;
        const HttpReply reply = m_api->handle(r);
        if (reply.status != 200) {
            QTest::qFail(qPrintable(u"pull answered %1"_s.arg(reply.status)), __FILE__, __LINE__);
            return all;
        }
        auto page = protocol::PullResponse::fromJson(jsonOf(reply));
        if (!page) {
            QTest::qFail(qPrintable(page.error().message), __FILE__, __LINE__);
            return all;
        }
        all.changes += page->changes;
        all.conflicts += page->conflicts;
        all.reference += page->reference;
        all.next = page->next;
        if (!page->more)
            break;
    }
    return all;
}

std::int64_t TestHqReference::counter()
{
    auto q = m_db->run(u"SELECT value FROM counter WHERE id = 1"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList TestHqReference::codes(const QString& set)
{
    QStringList out;
    auto entries = m_reference->list(set);
    if (entries)
        for (const ReferenceEntry& e : std::as_const(*entries))
            out.append(e.code);
    return out;
}

void TestHqReference::seededFromTheBuiltInFiles()
{
    for (const QString& set : {u"sites"_s, u"services"_s, u"providers"_s, u"items"_s})
        QCOMPARE(codes(set), m_forms->reference().codes(set));
    QVERIFY(codes(u"retention"_s).isEmpty());
    // The translated labels are kept as they are.
    auto items = m_reference->list(u"items"_s);
    QVERIFY(items.ok());
    const QJsonObject first = items->first().data;
    QCOMPARE(first.value(u"label"_s).toObject().value(u"fa"_s).toString(),
             m_forms->reference().label(u"items"_s, items->first().code, u"fa"_s));
    QCOMPARE(first.value(u"unit"_s).toString().isEmpty(), false);
    // The seed of a new database is its starting state (seq 0): record seqs start at 1, and
    // a device's first page brings the whole seed.
    QCOMPARE(counter(), 0);
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"BHC"_s}))
    CHECKED(auto pulled = pullAll(a))
    QCOMPARE(pulled.reference.size(), m_reference->list()->size());
    for (const protocol::ReferenceChange& c : std::as_const(pulled.reference)) {
        QCOMPARE(c.seq, 0);
        QVERIFY(c.entry.isObject());
    }
    // From a cursor past 0, the seed does not come again.
    CHECKED(auto later = pullAll(a, pulled.next + 1))
    QVERIFY(later.reference.isEmpty());
    // A second open (another process starting) migrates nothing and seeds nothing again.
    auto again = HqDatabase::open(m_url);
    QVERIFY(again.ok());
    QCOMPARE(HqReference(**again, m_clock).list()->size(), m_reference->list()->size());
}

void TestHqReference::importAddsAndEveryDevicePullsIt()
{
    CHECKED(const Dev a = enrol(u"Mobile BHC"_s, {u"BHC"_s}))
    CHECKED(const Dev b = enrol(u"Desk USI"_s, {u"USI"_s}))
    const QString p = Uuid7::generate(m_clock);
    auto pushed = push(a, {change(p, u"person"_s, u"given_name"_s, u"Amir"_s, stamp(a.id, kStart))});
    QCOMPARE(pushed.status, 200);
    CHECKED(auto before = pullAll(b))
    const std::int64_t cursor = before.next;
    QCOMPARE(cursor, 1);

    auto done = m_reference->import(u"sites"_s, {site(u"DRV"_s, u"Drvar"_s)}, false);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->added, 1);
    QCOMPARE(done->changed + done->removed, 0);
    // Numbered after the record change, by the same counter.
    QCOMPARE(counter(), 2);
    QCOMPARE(codes(u"sites"_s).size(), m_forms->reference().codes(u"sites"_s).size() + 1);
    QCOMPARE(codes(u"sites"_s).constLast(), u"DRV"_s);

    // Every device gets it from its cursor, whatever its sites (reference data is not scoped).
    for (const Dev& d : {a, b}) {
        CHECKED(auto page = pullAll(d, cursor))
        QCOMPARE(page.reference.size(), 1);
        QCOMPARE(page.reference.at(0).seq, 2);
        QCOMPARE(page.reference.at(0).set, u"sites"_s);
        QCOMPARE(page.reference.at(0).code, u"DRV"_s);
        QCOMPARE(page.reference.at(0).entry.toObject().value(u"name"_s).toString(), u"Drvar"_s);
        QCOMPARE(page.next, 2);
    }
    // The same file again changes nothing and takes no seq; a changed entry takes a new one.
    auto same = m_reference->import(u"sites"_s, {site(u"DRV"_s, u"Drvar"_s)}, false);
    QVERIFY(same.ok());
    QCOMPARE(same->unchanged, 1);
    QCOMPARE(counter(), 2);
    auto renamed = m_reference->import(u"sites"_s, {site(u"DRV"_s, u"Drvar (Kamenica)"_s)}, false);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->changed, 1);
    QCOMPARE(counter(), 3);
    CHECKED(auto page = pullAll(b, 2))
    QCOMPARE(page.reference.size(), 1);
    QCOMPARE(page.reference.at(0).entry.toObject().value(u"name"_s).toString(), u"Drvar (Kamenica)"_s);
}

void TestHqReference::newSiteAndItemUsableAtHeadquarters()
{
    // Before the import, neither the site nor the item is known at headquarters.
    QVERIFY(!m_store->addDevice(u"Mobile DRV"_s, {u"DRV"_s}).ok());
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"USI"_s}))
    const QString p = Uuid7::generate(m_clock);
    const QString s = Uuid7::generate(m_clock);
    const QJsonArray changes{change(p, u"person"_s, u"given_name"_s, u"Amir"_s, stamp(a.id, kStart)),
                             change(s, u"assistance"_s, u"site"_s, u"USI"_s, stamp(a.id, kStart, 1)),
                             change(s, u"assistance"_s, u"item"_s, u"solar_lamp"_s, stamp(a.id, kStart, 2))};
    HttpReply r = push(a, changes);
    QCOMPARE(r.status, 200);
    QCOMPARE(jsonOf(r).value(u"results"_s).toArray().at(2).toObject().value(u"status"_s).toString(),
             u"rejected"_s);

    QVERIFY(m_reference->import(u"sites"_s, {site(u"DRV"_s, u"Drvar"_s)}, false).ok());
    QVERIFY(m_reference->import(u"items"_s, {item(u"solar_lamp"_s)}, false).ok());
    auto added = m_store->addDevice(u"Mobile DRV"_s, {u"DRV"_s});
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    CHECKED(const Dev d = enrol(u"Mobile DRV 2"_s, {u"DRV"_s}))
    const QString t = Uuid7::generate(m_clock);
    r = push(d, {change(t, u"assistance"_s, u"site"_s, u"DRV"_s, stamp(d.id, kStart + 5)),
                 change(t, u"assistance"_s, u"item"_s, u"solar_lamp"_s, stamp(d.id, kStart + 5, 1))});
    QCOMPARE(r.status, 200);
    for (const QJsonValue& v : jsonOf(r).value(u"results"_s).toArray())
        QCOMPARE(v.toObject().value(u"status"_s).toString(), u"accepted"_s);
    // Another HqStore on the same database (another process) sees it too.
    HqStore other(*m_db, m_forms, m_clock);
    QVERIFY(other.addDevice(u"Desk DRV"_s, {u"DRV"_s}).ok());
}

void TestHqReference::replaceRemovesWhatTheFileLacks()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"USI"_s}))
    CHECKED(auto start = pullAll(a))
    const QStringList before = codes(u"providers"_s);
    QVERIFY(before.size() >= 2);
    auto providers = m_reference->list(u"providers"_s);
    QVERIFY(providers.ok());
    // Keep the second one, renamed, and a new one; the rest go.
    QJsonObject kept = providers->at(1).data;
    kept.insert(u"name"_s, u"Renamed provider"_s);
    const QJsonObject fresh{{u"code"_s, u"new_ngo"_s}, {u"name"_s, u"New NGO"_s}};
    auto done = m_reference->import(u"providers"_s, {fresh, kept}, true);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->added, 1);
    QCOMPARE(done->changed, 1);
    QCOMPARE(done->removed, before.size() - 1);
    QCOMPARE(codes(u"providers"_s), (QStringList{u"new_ngo"_s, before.at(1)}));

    CHECKED(auto page = pullAll(a, start.next))
    page.reference = changed(page.reference);
    QCOMPARE(page.reference.size(), before.size() + 1);
    int removals = 0;
    for (const protocol::ReferenceChange& c : std::as_const(page.reference))
        if (c.entry.isNull()) {
            ++removals;
            QVERIFY(!codes(u"providers"_s).contains(c.code));
        }
    QCOMPARE(removals, before.size() - 1);
    // What headquarters validates against now.
    auto forms = m_store->formsNow();
    QVERIFY(forms.ok());
    QCOMPARE((*forms)->reference().codes(u"providers"_s), codes(u"providers"_s));
    QCOMPARE((*forms)->reference().label(u"providers"_s, before.at(1), u"en"_s), u"Renamed provider"_s);
    // A removed code can come back.
    QVERIFY(m_reference->import(u"providers"_s, {providers->at(0).data}, false).ok());
    QVERIFY(codes(u"providers"_s).contains(before.at(0)));
}

void TestHqReference::badImportsChangeNothing_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("message");
    QJsonObject noName = site(u"DRV"_s, u"Drvar"_s);
    noName.remove(u"name"_s);
    QJsonObject badKind = site(u"DRV"_s, u"Drvar"_s, u"camp"_s);
    QJsonObject noPashto = item(u"solar_lamp"_s);
    QJsonObject l = noPashto.value(u"label"_s).toObject();
    l.remove(u"ps"_s);
    noPashto.insert(u"label"_s, l);
    QJsonObject noType = item(u"solar_lamp"_s);
    noType.remove(u"assistance_type"_s);
    QTest::newRow("site without a name")
        << u"sites"_s << fileOf({site(u"DRV"_s, u"Drvar"_s), noName}) << false << u"a code, a name and a kind"_s;
    QTest::newRow("site of an unknown kind") << u"sites"_s << fileOf({badKind}) << false << u"centre or outreach"_s;
    QTest::newRow("a code twice") << u"sites"_s << fileOf({site(u"DRV"_s, u"A"_s), site(u"DRV"_s, u"B"_s)})
                                  << false << u"appears twice"_s;
    QTest::newRow("item label missing a language") << u"items"_s << fileOf({noPashto}) << false << u"solar_lamp"_s;
    QTest::newRow("item without assistance type") << u"items"_s << fileOf({noType}) << false << u"assistance type"_s;
    QTest::newRow("replace with nothing") << u"providers"_s << fileOf({}) << true << u"empty"_s;
    QTest::newRow("not JSON") << u"sites"_s << QByteArray("[{\"code\": ") << false << u"not valid JSON"_s;
    QTest::newRow("not an array") << u"sites"_s << QByteArray("{\"code\": \"DRV\"}") << false << u"array"_s;
    QTest::newRow("entry not an object") << u"sites"_s << QByteArray("[1]") << false << u"not a JSON object"_s;
    QTest::newRow("unknown set") << u"planets"_s << fileOf({site(u"DRV"_s, u"Drvar"_s)}) << false
                                 << u"Unknown set"_s;
}

void TestHqReference::badImportsChangeNothing()
{
    QFETCH(QString, set);
    QFETCH(QByteArray, file);
    QFETCH(bool, replace);
    QFETCH(QString, message);
    auto before = m_reference->list();
    QVERIFY(before.ok());
    const std::int64_t counterBefore = counter();
    auto parsed = HqReference::parseFile(set, file);
    Error error = Error::invalid(QString());
    if (!parsed) {
        error = parsed.error();
    } else {
        auto done = m_reference->import(set, *parsed, replace);
        QVERIFY(!done.ok());
        error = done.error();
    }
    QCOMPARE(error.code, Error::Code::Invalid);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    auto after = m_reference->list();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).code, before->at(i).code);
        QCOMPARE(after->at(i).data, before->at(i).data);
        QCOMPARE(after->at(i).seq, before->at(i).seq);
    }
    QCOMPARE(counter(), counterBefore);
}

void TestHqReference::parseFileShapes()
{
    // services.json holds both sets under their names; each is taken from it.
    QFile f(u":/reference/services.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray services = f.readAll();
    auto s = HqReference::parseFile(u"services"_s, services);
    auto p = HqReference::parseFile(u"providers"_s, services);
    QVERIFY(s.ok() && p.ok());
    QCOMPARE(s->size(), m_forms->reference().codes(u"services"_s).size());
    QCOMPARE(p->size(), m_forms->reference().codes(u"providers"_s).size());
    // Text is stored as devices store it: NFC, and no bidi control can disguise a name.
    const QString decomposed = u"Bihac\u030C"_s;
    auto cleaned = HqReference::parseFile(
        u"sites"_s, fileOf({site(u"DRV"_s, u"\u202E"_s + decomposed)}));
    QVERIFY(cleaned.ok());
    QCOMPARE(cleaned->first().value(u"name"_s).toString(), decomposed.normalized(QString::NormalizationForm_C));
}

void TestHqReference::retentionPeriods()
{
    CHECKED(const Dev a = enrol(u"Mobile"_s, {u"USI"_s}))
    CHECKED(auto start = pullAll(a))
    auto set = m_reference->setRetention(*m_forms, u"screening"_s, 365);
    QVERIFY(set.ok());
    QCOMPARE(set->added, 1);
    QVERIFY(!m_reference->setRetention(*m_forms, u"screenings"_s, 30).ok());
    QVERIFY(!m_reference->setRetention(*m_forms, u"screening"_s, -1).ok());
    QVERIFY(!m_reference->setRetention(*m_forms, u"screening"_s, 40000).ok());
    CHECKED(auto page = pullAll(a, start.next))
    page.reference = changed(page.reference);
    QCOMPARE(page.reference.size(), 1);
    QCOMPARE(page.reference.at(0).set, u"retention"_s);
    QCOMPARE(page.reference.at(0).code, u"screening"_s);
    QCOMPARE(page.reference.at(0).entry.toObject().value(u"days"_s).toInt(), 365);
    QCOMPARE((*m_store->formsNow())->reference().retentionDays(u"screening"_s), std::optional<int>(365));

    auto removed = m_reference->setRetention(*m_forms, u"screening"_s, 0);
    QVERIFY(removed.ok());
    QCOMPARE(removed->removed, 1);
    CHECKED(auto gone = pullAll(a, page.next))
    QCOMPARE(gone.reference.size(), 1);
    QVERIFY(gone.reference.at(0).entry.isNull());
    QVERIFY(!(*m_store->formsNow())->reference().retentionDays(u"screening"_s));
}

void TestHqReference::upgradedDatabaseGetsSeqsDevicesCanSee()
{
    // A database from before schema 3 that already holds changes: devices' cursors are past
    // 0, so the seed must take new seqs for them to see it.
    m_reference.reset();
    m_api.reset();
    m_store.reset();
    // (Schemas 4 and 5, which came later, are undone first.)
    for (const QString& sql :
         {u"ALTER TABLE batches DROP COLUMN digest"_s, u"DROP TABLE sealing"_s,
          u"ALTER TABLE records DROP COLUMN purged_ms"_s, u"DROP TABLE reference_entries"_s,
          u"DELETE FROM schema_version WHERE version >= 3"_s, u"DROP INDEX conflicts_resolved_seq"_s,
          u"UPDATE counter SET value = 41 WHERE id = 1"_s}) {
        QSqlQuery q(m_db->connection()); // DDL is not prepared (PostgreSQL cannot)
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }
    m_db.reset();
    auto db = HqDatabase::open(m_url);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), HqDatabase::kSchemaVersion);
    HqReference reference(**db, m_clock);
    auto entries = reference.list();
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty());
    for (const ReferenceEntry& e : std::as_const(*entries))
        QVERIFY(e.seq > 41);
    auto q = (*db)->run(u"SELECT value FROM counter WHERE id = 1"_s);
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toLongLong(), 41 + entries->size());
    auto changes = reference.changes(41, 41 + entries->size());
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), entries->size());
}

QTEST_GUILESS_MAIN(TestHqReference)
#include "test_hq_reference.moc"
