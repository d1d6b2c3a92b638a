// TLS and certificate pinning (docs/SYNC.md, "TLS and pinning"): a device enrolled with a
// code that carries the server certificate's pin syncs with that server over HTTPS served
// by prihvat-hq itself (HqServer --tls-cert/--tls-key), and refuses, before anything is
// sent, a server with another certificate and a plain-http address. The certificates are
// made by the openssl command in the test; the servers run in process on loopback and
// count what they were sent.
#include "SyncTestSupport.h"

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "hq/HqServer.h"
#include "hq/HqStore.h"
#include "store/SyncState.h"
#include "sync/Protocol.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::test;

namespace {

// One in-process headquarters: its own API and server over a shared store.
struct Server
{
    std::unique_ptr<hq::HqApi> api;
    std::unique_ptr<hq::HqServer> server;
    quint16 port = 0;
    QString url(const QString& scheme) const { return u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port); }
};

} // namespace

class TestSyncTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pinIsTheCertificatesSha256();
    void pinnedServerWorks();
    void anotherCertificateIsRefusedBeforeAnythingIsSent();
    void trustedButUnpinnedCertificateIsRefused();
    void enrolmentWithAnotherPinSendsNothing();
    void plainHttpIsRefusedForAPinnedServer();
    void damagedPinIsRefused();

private:
    bool makeCertificate(const QString& name);
    bool startServer(Server& s, const QString& certificate);
    QString newCode(const QString& pin);
    // Enrols `d` with `url` and `code`: whether it worked, and the message.
    std::pair<bool, QString> enrol(TestDevice& d, const QString& url, const QString& code);
    // Points the enrolled device at another address (as a changed DNS entry would).
    bool pointAt(TestDevice& d, const QString& url);

    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    std::shared_ptr<const FormRegistry> m_forms;
    std::unique_ptr<hq::HqDatabase> m_db;
    std::unique_ptr<hq::HqStore> m_store;
    Server m_a; // certificate a
    Server m_b; // certificate b: an impostor at another address
    Server m_plain;
    QString m_pinA;
    QString m_pinB;
    int m_round = 0;
};

bool TestSyncTls::makeCertificate(const QString& name)
{
    QProcess p;
    p.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
             u"-nodes"_s, u"-keyout"_s, m_dir.filePath(name + u".key"_s), u"-out"_s,
             m_dir.filePath(name + u".crt"_s), u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=prihvat-test-"_s + name,
             u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestSyncTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY(makeCertificate(u"a"_s));
    QVERIFY(makeCertificate(u"b"_s));
    auto forms = FormRegistry::load();
    QVERIFY(forms.ok());
    m_forms = *forms;
    auto a = hq::HqServer::certificatePin(m_dir.filePath(u"a.crt"_s));
    auto b = hq::HqServer::certificatePin(m_dir.filePath(u"b.crt"_s));
    QVERIFY(a.ok() && b.ok());
    m_pinA = *a;
    m_pinB = *b;
    QVERIFY(m_pinA != m_pinB);
}

bool TestSyncTls::startServer(Server& s, const QString& certificate)
{
    s.api = std::make_unique<hq::HqApi>(*m_store);
    s.server = std::make_unique<hq::HqServer>(*s.api);
    if (!certificate.isEmpty()) {
        Status tls = s.server->setupTls(m_dir.filePath(certificate + u".crt"_s),
                                        m_dir.filePath(certificate + u".key"_s));
        if (!tls) {
            qWarning("%s", qPrintable(tls.error().message));
            return false;
        }
    }
    auto port = s.server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return false;
    s.port = *port;
    return true;
}

void TestSyncTls::init()
{
    m_clock.set(kNow);
    auto db = hq::HqDatabase::open(u"sqlite:"_s + m_dir.filePath(u"hq-%1.db"_s.arg(++m_round)));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_store = std::make_unique<hq::HqStore>(*m_db, m_forms, m_clock);
    QVERIFY(startServer(m_a, u"a"_s));
    QVERIFY(startServer(m_b, u"b"_s));
    QVERIFY(startServer(m_plain, QString()));
}

void TestSyncTls::cleanup()
{
    for (Server* s : {&m_a, &m_b, &m_plain}) {
        s->server.reset(); // before the API it serves
        s->api.reset();
    }
    m_store.reset();
    m_db.reset();
}

QString TestSyncTls::newCode(const QString& pin)
{
    auto added = m_store->addDevice(u"Laptop"_s, {u"USI"_s});
    if (!added)
        return {};
    return pin.isEmpty() ? added->code : added->code + u'@' + pin;
}

std::pair<bool, QString> TestSyncTls::enrol(TestDevice& d, const QString& url, const QString& code)
{
    QSignalSpy spy(d.client.get(), &SyncClient::enrolled);
    d.client->enroll(url, code);
    if (!spy.wait(15000))
        return {false, u"no answer"_s};
    return {spy.first().at(0).toBool(), spy.first().at(1).toString()};
}

bool TestSyncTls::pointAt(TestDevice& d, const QString& url)
{
    return d.store->adoptDeviceId(d.store->deviceId(), {{QString::fromUtf16(SyncState::kServerUrl), url}})
               .ok() &&
           d.client->state().serverUrl() == url;
}

void TestSyncTls::pinIsTheCertificatesSha256()
{
    // The same fingerprint the openssl command gives, in base64url.
    QProcess p;
    p.start(u"openssl"_s,
            {u"x509"_s, u"-in"_s, m_dir.filePath(u"a.crt"_s), u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray line = p.readAllStandardOutput().trimmed();
    const QByteArray hex = line.mid(line.indexOf('=') + 1).replace(':', "");
    QCOMPARE(protocol::certificatePin(QByteArray::fromHex(hex)), m_pinA);
    QVERIFY(protocol::isCertificatePin(m_pinA));
    bool ok = false;
    const protocol::EnrolmentCode parts = protocol::splitEnrolmentCode(u" K7QZP-3MX9D @"_s + m_pinA, &ok);
    QVERIFY(ok);
    QCOMPARE(parts.code, u"K7QZP-3MX9D"_s);
    QCOMPARE(parts.pin, m_pinA);
}

void TestSyncTls::pinnedServerWorks()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const auto [ok, why] = enrol(*d, m_a.url(u"https"_s), newCode(m_pinA));
    QVERIFY2(ok, qPrintable(why));
    QCOMPARE(d->client->state().tlsPin(), m_pinA);
    d->create();
    QVERIFY(d->outbox() > 0);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(d->outbox(), 0);
    QVERIFY(m_a.server->requestsServed() >= 3); // enrol, push, pull
    QCOMPARE(m_b.server->requestsServed(), 0u);
}

void TestSyncTls::anotherCertificateIsRefusedBeforeAnythingIsSent()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const auto [ok, why] = enrol(*d, m_a.url(u"https"_s), newCode(m_pinA));
    QVERIFY2(ok, qPrintable(why));
    d->create();
    const std::int64_t waiting = d->outbox();
    // The address now leads to a server with another certificate (a changed DNS entry,
    // an intercepting proxy). It is a valid HTTPS server; only the pin tells it apart.
    QVERIFY(pointAt(*d, m_b.url(u"https"_s)));
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.contains(u"certificate"_s) && r.errorText.contains(u"nothing was sent"_s),
             qPrintable(r.errorText));
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_b.server->requestsServed(), 0u); // not a single request reached it
    QCOMPARE(d->outbox(), waiting);
    // Back at the right server, the same device syncs.
    QVERIFY(pointAt(*d, m_a.url(u"https"_s)));
    const SyncReport again = d->sync();
    QVERIFY2(again.ok, qPrintable(again.errorText));
    QCOMPARE(d->outbox(), 0);
}

void TestSyncTls::trustedButUnpinnedCertificateIsRefused()
{
    // Certificate b becomes one the system trusts (as a certificate from a public CA would
    // be): the handshake raises no error, and only the check after it tells it apart.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificates(m_dir.filePath(u"b.crt"_s));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const auto [ok, why] = enrol(*d, m_a.url(u"https"_s), newCode(m_pinA));
    QVERIFY2(ok, qPrintable(why));
    d->create();
    const std::int64_t waiting = d->outbox();
    QVERIFY(pointAt(*d, m_b.url(u"https"_s)));
    QSignalSpy retries(d->client.get(), &SyncClient::retrying);
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.contains(u"certificate"_s), qPrintable(r.errorText));
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_b.server->requestsServed(), 0u);
    QCOMPARE(d->outbox(), waiting);
    // Without a pin the same trusted server would have been spoken to: b is valid.
    auto unpinned = makeDevice(m_clock, m_forms);
    QVERIFY(unpinned);
    const auto [plainOk, plainWhy] = enrol(*unpinned, m_b.url(u"https"_s), newCode(QString()));
    QVERIFY2(plainOk, qPrintable(plainWhy));
    QCOMPARE(m_b.server->requestsServed(), 1u);
}

void TestSyncTls::enrolmentWithAnotherPinSendsNothing()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    // A code pinned to certificate b, used against the server holding a: refused before
    // the code is sent, so it is still unused.
    const QString code = newCode(m_pinB);
    const auto [ok, why] = enrol(*d, m_a.url(u"https"_s), code);
    QVERIFY(!ok);
    QVERIFY2(why.contains(u"certificate"_s), qPrintable(why));
    QCOMPARE(m_a.server->requestsServed(), 0u);
    QVERIFY(!d->client->state().isEnrolled());
    auto devices = m_store->devices();
    QVERIFY(devices.ok());
    QCOMPARE(devices->first().state, hq::Device::State::Pending);
    // The same code against the server it was made for works.
    const auto [ok2, why2] = enrol(*d, m_b.url(u"https"_s), code);
    QVERIFY2(ok2, qPrintable(why2));
}

void TestSyncTls::plainHttpIsRefusedForAPinnedServer()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    // Enrolment: a pinned code needs an https address.
    const auto [refused, why] = enrol(*d, m_plain.url(u"http"_s), newCode(m_pinA));
    QVERIFY(!refused);
    QVERIFY2(why.contains(u"https://"_s), qPrintable(why));
    QCOMPARE(m_plain.server->requestsServed(), 0u);
    // An enrolled device whose address has become plain http sends nothing there.
    const auto [ok, why2] = enrol(*d, m_a.url(u"https"_s), newCode(m_pinA));
    QVERIFY2(ok, qPrintable(why2));
    d->create();
    const std::int64_t waiting = d->outbox();
    QVERIFY(pointAt(*d, m_plain.url(u"http"_s)));
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.contains(u"not https"_s), qPrintable(r.errorText));
    QCOMPARE(m_plain.server->requestsServed(), 0u);
    QCOMPARE(d->outbox(), waiting);
}

void TestSyncTls::damagedPinIsRefused()
{
    auto d = makeDevice(m_clock, m_forms);
    QVERIFY(d);
    const auto [ok, why] = enrol(*d, m_a.url(u"https"_s), newCode(m_pinA.left(40)));
    QVERIFY(!ok);
    QVERIFY2(why.contains(u"@"_s), qPrintable(why));
    QCOMPARE(m_a.server->requestsServed(), 0u);
}

QTEST_GUILESS_MAIN(TestSyncTls)
#include "test_sync_tls.moc"
