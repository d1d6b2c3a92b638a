// The real prihvat-hq binary over real HTTP (QNetworkAccessManager), against SQLite or
// PostgreSQL (PRIHVAT_TEST_DB): the command line, enrolment, push and pull, two server
// processes on one database, hostile requests (bodies refused before they are read, with
// the server's peak memory read from /proc), direct TLS, and the same through an nginx
// that the test starts on a loopback port with tests/tools/nginx-test.conf.in.
#include "HqProcessSupport.h"
#include "HqTestSupport.h"

#include "common/Uuid7.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "sync/Protocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hqtest;

namespace {

const QString kBinary = QStringLiteral(PRIHVAT_HQ_BINARY);
const QString kNginx = u"/usr/sbin/nginx"_s;

using Outcome = ProcessOutcome;
using Server = HqServerProcess;

// Runs prihvat-hq to the end.
Outcome runHq(const QStringList& args)
{
    return runProcess(kBinary, args);
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const
    {
        const QByteArray plain = headers.value("content-encoding") == "gzip"
                                     ? protocol::gunzip(body).value_or(QByteArray())
                                     : body;
        return QJsonDocument::fromJson(plain).object();
    }
};

QNetworkRequest makeRequest(const QString& url, const QString& bearer, bool gzipped, bool json)
{
    QNetworkRequest req{QUrl(url)};
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (json)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (gzipped)
        req.setRawHeader("Content-Encoding", "gzip");
    req.setRawHeader("Accept-Encoding", "gzip");
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return req;
}

Reply collect(QNetworkReply* r)
{
    Reply out;
    out.error = r->error();
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    for (const auto& [name, value] : r->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    return out;
}

// One request, waited for (with a timeout, so a hung server fails the test instead of it).
Reply send(QNetworkAccessManager& nam, const QByteArray& method, const QNetworkRequest& req,
           const QByteArray& body = {}, int timeoutMs = 30'000)
{
    QNetworkReply* r = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, r, &QNetworkReply::abort);
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!r->isFinished())
        loop.exec();
    Reply out = collect(r);
    r->deleteLater();
    return out;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// The folder belongs to the unprivileged user that runs nginx when the test runs as root.
bool handTo(const QString& path, const char* user)
{
    const passwd* pw = ::getpwnam(user);
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

// The peak resident memory of a process in KiB (VmHWM in /proc/PID/status), or -1.
qint64 peakKiB(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct RawAnswer
{
    QByteArray bytes;    // what the server sent back
    bool closed = false; // the server closed the connection
    qint64 ms = 0;       // until it closed (or the time ran out)
    qint64 sent = 0;     // body bytes the client got out
};

// Writes `head` on a connected socket, then up to `bodyBytes` of body as fast as the server
// takes them, reading whatever comes back, until the server closes or `timeoutMs` passes.
RawAnswer exchange(QTcpSocket& socket, const QByteArray& head, qint64 bodyBytes, int timeoutMs)
{
    RawAnswer out;
    QElapsedTimer timer;
    timer.start();
    socket.write(head);
    const QByteArray chunk(1024 * 1024, 'x');
    while (timer.elapsed() < timeoutMs) {
        if (out.sent < bodyBytes && socket.bytesToWrite() < 4 * chunk.size()) {
            socket.write(chunk);
            out.sent += chunk.size();
        }
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(10);
        socket.waitForReadyRead(10);
        out.bytes += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            out.closed = true;
            break;
        }
    }
    out.ms = timer.elapsed();
    return out;
}

RawAnswer exchange(quint16 port, const QByteArray& head, qint64 bodyBytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    return exchange(socket, head, bodyBytes, timeoutMs);
}

QByteArray pushHead(const QString& bearer, qint64 length, const QByteArray& extra = {})
{
    QByteArray head = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!bearer.isEmpty())
        head += "Authorization: Bearer " + bearer.toLatin1() + "\r\n";
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return head + extra + "\r\n";
}

} // namespace

class TestHqProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase() { dropDatabase(u"hq_test_process"_s); }

    void commandLine();
    void enrolPushPullOverHttp();
    void twoServersOneDatabase();
    void keepsServingAfterBadRequests();
    void bodiesRefusedBeforeTheyAreRead();
    void oneLaptopDoesNotLockOutItsCentre();
    void reusedBatchIdRefused();
    void auditOperatorIsTheRealUser();
    void directTls();
    void throughNginx();
    void productionNginxConfigLoads();

private:
    QString enrolOver(QNetworkAccessManager& nam, const QString& baseUrl, const QString& code);
    QString addDevice(const QStringList& sites, const QString& name, const QString& role = u"mobile"_s);
    QByteArray pushBody(const QString& batch, const QJsonArray& changes) const
    {
        return protocol::gzip(QJsonDocument(QJsonObject{{u"batch_id"_s, batch}, {u"changes"_s, changes}})
                                  .toJson(QJsonDocument::Compact));
    }
    QString selfSignedCertificate(const QString& folder, QString* keyPath);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_tag;
    int m_round = 0;
    prihvat::ManualClock m_ids{1'750'000'000'000};
};

void TestHqProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kBinary), qPrintable(kBinary));
    if (isPostgres())
        QVERIFY2(!clusterUrl().isEmpty(),
                 "PRIHVAT_TEST_PG_URL is not set: run through ctest (pg_start fixture)");
    qInfo("engine: %s", qPrintable(engine()));
}

void TestHqProcess::init()
{
    m_tag = u"proc_%1"_s.arg(++m_round);
    QString error;
    m_db = freshDatabase(m_dir, u"hq_test_process"_s, m_tag, &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
}

QString TestHqProcess::addDevice(const QStringList& sites, const QString& name, const QString& role)
{
    QStringList args{u"device"_s, u"add"_s, u"--db"_s, m_db, u"--name"_s, name, u"--role"_s, role};
    for (const QString& s : sites)
        args << u"--site"_s << s;
    const Outcome o = runHq(args);
    if (o.exitCode != 0) {
        QTest::qFail(qPrintable(o.err), __FILE__, __LINE__);
        return {};
    }
    return o.out.trimmed();
}

QString TestHqProcess::enrolOver(QNetworkAccessManager& nam, const QString& baseUrl, const QString& code)
{
    const Reply r =
        send(nam, "POST", makeRequest(baseUrl + u"/v1/enroll"_s, {}, false, true),
             QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, u"test laptop"_s}}).toJson());
    if (r.status != 200) {
        QTest::qFail(qPrintable(u"enrol answered %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))),
                     __FILE__, __LINE__);
        return {};
    }
    const QJsonObject o = r.json();
    return o.value(u"device_id"_s).toString() + u'.' + o.value(u"token"_s).toString();
}

QString TestHqProcess::selfSignedCertificate(const QString& folder, QString* keyPath)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        QTest::qFail("openssl is needed to make a test certificate", __FILE__, __LINE__);
        return {};
    }
    const QString cert = QDir(folder).filePath(u"cert.pem"_s);
    *keyPath = QDir(folder).filePath(u"key.pem"_s);
    QProcess p;
    p.start(openssl,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
             u"-nodes"_s, u"-keyout"_s, *keyPath, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s,
             u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s});
    if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
        QTest::qFail(p.readAllStandardError().constData(), __FILE__, __LINE__);
        return {};
    }
    QFile::setPermissions(*keyPath,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return cert;
}

#define CHECKED(expr)                                                                                        \
    expr;                                                                                                    \
    if (QTest::currentTestFailed())                                                                          \
        return;

void TestHqProcess::commandLine()
{
    Outcome o = runHq({u"--version"_s});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, u"prihvat-hq %1\n"_s.arg(QStringLiteral(PRIHVAT_VERSION)));
    o = runHq({u"--help"_s});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(u"prihvat-hq device add --db URL"_s));

    // device add: the code, and nothing else, on stdout.
    o = runHq({u"device"_s, u"add"_s, u"--db"_s, m_db, u"--site"_s, u"BLZ"_s, u"--site"_s, u"USI"_s,
               u"--name"_s, u"Desk Blažuj"_s, u"--role"_s, u"desk"_s});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^([0-9A-Z]{5}-){3}[0-9A-Z]{5}\n$"_s).match(o.out).hasMatch(),
             qPrintable(o.out));
    o = runHq({u"device"_s, u"list"_s, u"--db"_s, m_db});
    QCOMPARE(o.exitCode, 0);
    const auto row = QRegularExpression(u"^([0-9a-f-]{36})\\s+pending\\s+desk\\s+BLZ,USI\\s+Desk Blažuj$"_s,
                                        QRegularExpression::MultilineOption)
                         .match(o.out);
    QVERIFY2(row.hasMatch(), qPrintable(o.out));
    const QString id = row.captured(1);
    o = runHq({u"device"_s, u"revoke"_s, u"--db"_s, m_db, id});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(runHq({u"device"_s, u"list"_s, u"--db"_s, m_db}).out.contains(u"revoked"_s));

    // Wrong usage: exit 2, a message on stderr, nothing on stdout.
    const QList<QStringList> usage{
        {},
        {u"frobnicate"_s},
        {u"device"_s},
        {u"device"_s, u"add"_s, u"--db"_s, m_db, u"--site"_s, u"NOPE"_s, u"--name"_s, u"x"_s},
        {u"device"_s, u"add"_s, u"--db"_s, m_db, u"--name"_s, u"x"_s},
        {u"device"_s, u"add"_s, u"--db"_s, m_db, u"--site"_s, u"BLZ"_s},
        {u"device"_s, u"add"_s, u"--db"_s, m_db, u"--site"_s, u"BLZ"_s, u"--name"_s, u"x"_s, u"--role"_s,
         u"boss"_s},
        {u"device"_s, u"list"_s, u"--db"_s, m_db, u"--bogus"_s},
        {u"device"_s, u"list"_s, u"--db"_s, m_db, u"--site"_s, u"BLZ"_s},
        {u"device"_s, u"revoke"_s, u"--db"_s, m_db},
        {u"device"_s, u"revoke"_s, u"--db"_s, m_db, u"not-an-id"_s},
        {u"device"_s, u"list"_s},
        {u"device"_s, u"list"_s, u"--db"_s, u"mysql://x"_s},
        {u"serve"_s, u"--db"_s, m_db},
        {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"nowhere"_s},
        {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"c.pem"_s},
        {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--name"_s, u"x"_s},
        {u"reference"_s},
        {u"reference"_s, u"import"_s, u"--db"_s, m_db, u"--set"_s, u"sites"_s},
        {u"reference"_s, u"import"_s, u"--db"_s, m_db, u"sites.json"_s},
        {u"reference"_s, u"import"_s, u"--db"_s, m_db, u"--set"_s, u"planets"_s, u"sites.json"_s},
        {u"reference"_s, u"import"_s, u"--db"_s, m_db, u"--set"_s, u"retention"_s, u"r.json"_s},
        {u"reference"_s, u"list"_s, u"--db"_s, m_db, u"--replace"_s},
        {u"reference"_s, u"retention"_s, u"--db"_s, m_db, u"--form"_s, u"screening"_s},
        {u"reference"_s, u"retention"_s, u"--db"_s, m_db, u"--form"_s, u"nope"_s, u"--days"_s, u"30"_s},
        {u"reference"_s, u"retention"_s, u"--db"_s, m_db, u"--form"_s, u"screening"_s, u"--days"_s, u"-3"_s},
    };
    for (const QStringList& args : usage) {
        o = runHq(args);
        QVERIFY2(o.exitCode == 2,
                 qPrintable(args.join(u' ') + u" → "_s + QString::number(o.exitCode) + u' ' + o.err));
        QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
        QVERIFY(o.err.startsWith(u"prihvat-hq: "_s));
    }
    // It could not be done: exit 1.
    const QList<QStringList> failures{
        {u"reference"_s, u"import"_s, u"--db"_s, m_db, u"--set"_s, u"sites"_s, m_dir.filePath(u"missing.json"_s)},
        {u"device"_s, u"list"_s, u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"no/such/folder/hq.db"_s)},
        {u"device"_s, u"list"_s, u"--db"_s, u"postgresql://prihvat@127.0.0.1:1/nothing"_s},
        {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"/nonexistent.pem"_s,
         u"--tls-key"_s, u"/nonexistent.key"_s},
    };
    for (const QStringList& args : failures) {
        o = runHq(args);
        QVERIFY2(o.exitCode == 1,
                 qPrintable(args.join(u' ') + u" → "_s + QString::number(o.exitCode) + u' ' + o.err));
        QVERIFY(o.err.contains(u"prihvat-hq: "_s));
    }
    // Revoking an unknown id says so.
    o = runHq({u"device"_s, u"revoke"_s, u"--db"_s, m_db, Uuid7::generate(m_ids)});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains(u"No device"_s));
}

void TestHqProcess::enrolPushPullOverHttp()
{
    CHECKED(const QString codeA = addDevice({u"BLZ"_s}, u"Mobile A"_s))
    CHECKED(const QString codeB = addDevice({u"BLZ"_s}, u"Desk B"_s, u"desk"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));
    QNetworkAccessManager nam;
    const QString base = server.url({});
    QCOMPARE(send(nam, "GET", makeRequest(base + u"/v1/health"_s, {}, false, false))
                 .json()
                 .value(u"database"_s)
                 .toString(),
             engine());
    CHECKED(const QString a = enrolOver(nam, base, codeA))
    CHECKED(const QString b = enrolOver(nam, base, codeB))
    const QString aId = a.left(36);
    const QString person = Uuid7::generate(m_ids);
    const QString marker = u"Zzyzxmarker"_s;
    const QString batch = Uuid7::generate(m_ids);
    const QByteArray body =
        pushBody(batch, {change(person, u"person"_s, u"given_name"_s, marker, stamp(aId, 1'750'000'000'000)),
                         change(person, u"person"_s, u"sex"_s, u"female"_s, stamp(aId, 1'750'000'000'001))});
    const Reply first = send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, true, true), body);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("content-encoding"), QByteArray("gzip"));
    const QJsonArray res = first.json().value(u"results"_s).toArray();
    QCOMPARE(res.size(), 2);
    QCOMPARE(res.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(res.at(1).toObject().value(u"seq"_s).toInt(), 2);
    // The answer was lost: the same request again, the same answer, nothing new.
    const Reply again = send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, true, true), body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());

    const Reply page = send(nam, "GET", makeRequest(base + u"/v1/pull?after=0&limit=10"_s, b, false, false));
    QCOMPARE(page.status, 200);
    auto pulled = protocol::PullResponse::fromJson(page.json());
    QVERIFY(pulled.ok());
    QCOMPARE(pulled->changes.size(), 2);
    QCOMPARE(pulled->changes.at(0).value.toString(), marker);
    QCOMPARE(pulled->changes.at(0).device, aId);
    QCOMPARE(pulled->next, 2);
    QVERIFY(!pulled->more);

    // Revoked while the server runs: the very next request is refused (nothing is cached).
    QCOMPARE(runHq({u"device"_s, u"revoke"_s, u"--db"_s, m_db, aId}).exitCode, 0);
    QCOMPARE(send(nam, "GET", makeRequest(base + u"/v1/pull"_s, a, false, false)).status, 401);
    QCOMPARE(send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, true, true), body).status, 401);
    QCOMPARE(send(nam, "GET", makeRequest(base + u"/v1/pull"_s, b, false, false)).status, 200);

    QCOMPARE(server.stop(), 0);
    const QString log = server.log();
    QVERIFY2(log.contains(u"POST /v1/push 200"_s), qPrintable(log));
    QVERIFY2(log.contains(u"GET /v1/pull 401"_s), qPrintable(log));
    // Bodies and credentials never reach the log.
    QVERIFY(!log.contains(marker));
    QVERIFY(!log.contains(a.mid(37)));
    QVERIFY(!log.contains(codeA));
}

void TestHqProcess::twoServersOneDatabase()
{
    CHECKED(const QString codeA = addDevice({u"BLZ"_s}, u"Mobile A"_s))
    CHECKED(const QString codeB = addDevice({u"BLZ"_s}, u"Mobile B"_s))
    Server one;
    Server two;
    QVERIFY2(one.start(kBinary, m_db, m_dir.filePath(m_tag + u"-1.log"_s)), qPrintable(one.log()));
    QVERIFY2(two.start(kBinary, m_db, m_dir.filePath(m_tag + u"-2.log"_s)), qPrintable(two.log()));
    QNetworkAccessManager nam;
    CHECKED(const QString a = enrolOver(nam, one.url({}), codeA))
    CHECKED(const QString b = enrolOver(nam, two.url({}), codeB))
    const QString devices[] = {a, b};

    // 16 batches of 50 changes from two devices, all in flight at once, half to each server.
    constexpr int kBatches = 16;
    constexpr int kChanges = 50;
    QList<QNetworkReply*> replies;
    QList<QNetworkReply*> audited;
    for (int i = 0; i < kBatches; ++i) {
        const QString& bearer = devices[(i / 2) % 2];
        QJsonArray changes;
        for (int c = 0; c < kChanges; ++c)
            changes.append(change(Uuid7::generate(m_ids), u"person"_s, u"given_name"_s,
                                  u"P%1-%2"_s.arg(i).arg(c),
                                  stamp(bearer.left(36), 1'750'000'000'000 + i * 100 + c)));
        const Server& target = i % 2 ? two : one;
        replies.append(nam.sendCustomRequest(makeRequest(target.url(u"/v1/push"_s), bearer, true, true),
                                             "POST", pushBody(Uuid7::generate(m_ids), changes)));
        // Pulls and refused credentials in flight too: all of them append to one audit chain.
        const Server& other = i % 2 ? one : two;
        audited.append(nam.get(makeRequest(other.url(u"/v1/pull?after=0&limit=10"_s), bearer, false, false)));
        audited.append(
            nam.get(makeRequest(target.url(u"/v1/pull"_s), bearer.left(37) + u"wrong"_s, false, false)));
    }
    QElapsedTimer timer;
    timer.start();
    const auto allDone = [&] {
        return std::all_of(replies.begin(), replies.end(),
                           [](QNetworkReply* r) { return r->isFinished(); }) &&
               std::all_of(audited.begin(), audited.end(), [](QNetworkReply* r) { return r->isFinished(); });
    };
    while (!allDone() && timer.elapsed() < 60'000)
        QTest::qWait(20);
    QVERIFY(allDone());

    QSet<std::int64_t> seqs;
    for (QNetworkReply* r : replies) {
        const Reply reply = collect(r);
        r->deleteLater();
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), kChanges);
        std::int64_t previous = 0;
        for (const QJsonValue& v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"status"_s).toString(), u"accepted"_s);
            const auto seq = static_cast<std::int64_t>(o.value(u"seq"_s).toDouble());
            // One batch, one transaction: its seqs follow each other.
            if (previous != 0)
                QCOMPARE(seq, previous + 1);
            previous = seq;
            QVERIFY2(!seqs.contains(seq), qPrintable(u"seq %1 given twice"_s.arg(seq)));
            seqs.insert(seq);
        }
    }
    for (qsizetype i = 0; i < audited.size(); ++i) {
        const Reply reply = collect(audited.at(i));
        audited.at(i)->deleteLater();
        QCOMPARE(reply.status, i % 2 ? 401 : 200);
    }
    QCOMPARE(seqs.size(), kBatches * kChanges);
    QCOMPARE(*std::min_element(seqs.begin(), seqs.end()), 1);
    QCOMPARE(*std::max_element(seqs.begin(), seqs.end()), kBatches * kChanges);

    // Either server hands out the same, gap-free sequence.
    for (const Server* s : {&one, &two}) {
        std::int64_t after = 0;
        std::int64_t expected = 1;
        bool more = true;
        while (more) {
            const Reply page =
                send(nam, "GET",
                     makeRequest(s->url(u"/v1/pull?after=%1&limit=300"_s.arg(after)), a, false, false));
            QCOMPARE(page.status, 200);
            auto p = protocol::PullResponse::fromJson(page.json());
            QVERIFY(p.ok());
            for (const auto& c : p->changes)
                QCOMPARE(c.seq, expected++);
            after = p->next;
            more = p->more;
        }
        QCOMPARE(expected, kBatches * kChanges + 1);
    }
    QCOMPARE(one.stop(), 0);
    QCOMPARE(two.stop(), 0);
    QCOMPARE(one.log().count(u"POST /v1/push 200"_s), kBatches / 2);
    QCOMPARE(two.log().count(u"POST /v1/push 200"_s), kBatches / 2);

    // Two processes appended at once, and the audit chain is still one line.
    const Outcome verified = runHq({u"audit"_s, u"verify"_s, u"--db"_s, m_db});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const Outcome listed = runHq({u"audit"_s, u"list"_s, u"--db"_s, m_db, u"--limit"_s, u"10000"_s});
    QCOMPARE(listed.exitCode, 0);
    const auto kindCount = [&](const QString& kind) {
        return static_cast<int>(listed.out.split(u'\n')
                                    .filter(QRegularExpression(u"^\\s*\\d+  \\S+  "_s + kind + u"\\s"_s))
                                    .size());
    };
    QCOMPARE(kindCount(u"push"_s), kBatches);
    QCOMPARE(kindCount(u"auth_failed"_s), kBatches);
    QVERIFY(kindCount(u"pull"_s) >= kBatches);
}

void TestHqProcess::keepsServingAfterBadRequests()
{
    CHECKED(const QString code = addDevice({u"BLZ"_s}, u"Mobile"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));
    QNetworkAccessManager nam;
    CHECKED(const QString a = enrolOver(nam, server.url({}), code))

    // Raw bytes that are not HTTP, a request cut off, a body shorter than announced.
    const QList<QByteArray> raw{
        "\x16\x03\x01\x02\x00garbage that is not HTTP\r\n\r\n",
        "GET /v1/health HTTP/1.1\r\nHost: x\r\n",
        "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        "100\r\n\r\n{\"a\":",
        "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Long: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n",
        "BREW /v1/health HTTP/1.1\r\nHost: x\r\n\r\n",
    };
    for (const QByteArray& bytes : raw) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(300);
        socket.abort();
    }
    // Malformed, oversized and unknown requests over HTTP: the right 4xx each time.
    const QString base = server.url({});
    const QList<std::tuple<QByteArray, QString, QByteArray, bool, int>> requests{
        {"POST", u"/v1/push"_s, "{not json", false, 400},
        {"POST", u"/v1/push"_s, protocol::gzip(QByteArray(17 * 1024 * 1024, 'x')), true, 413},
        {"POST", u"/v1/push"_s, QByteArray(17 * 1024 * 1024, ' '), false, 413},
        {"POST", u"/v1/push"_s, protocol::gzip("{}").left(12), true, 400},
        {"GET", u"/v1/nothing"_s, {}, false, 404},
        {"GET", u"/v1/%E2%80%AEpull"_s, {}, false, 404},
        {"PUT", u"/v1/pull"_s, {}, false, 405},
        {"GET", u"/v1/pull?after=-5"_s, {}, false, 400},
    };
    for (const auto& [method, path, body, gz, status] : requests) {
        const Reply r = send(nam, method, makeRequest(base + path, a, gz, true), body);
        QCOMPARE(r.status, status);
        QVERIFY(!r.json().value(u"error"_s).toString().isEmpty());
    }
    QNetworkRequest plain = makeRequest(base + u"/v1/push"_s, a, false, false);
    plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
    QCOMPARE(send(nam, "POST", plain, "{}").status, 415);

    QVERIFY(server.running());
    const Reply health = send(nam, "GET", makeRequest(base + u"/v1/health"_s, {}, false, false));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(server.stop(), 0);
    const QString log = server.log();
    // An invisible character in a path is written out, never copied into the log.
    QVERIFY2(log.contains(u"GET /v1/<U+202E>pull 404"_s), qPrintable(log));
    QVERIFY(!log.contains(QChar(0x202E)));
    QVERIFY(log.contains(u"POST /v1/push 413"_s));
}

// An unauthenticated or oversized body is refused from the request head, before any of it
// is read: a 300 MiB body no longer takes the server's memory (it took it to 545 MiB), a
// wrong credential is told so before its body is sent, a head that never ends is cut off.
void TestHqProcess::bodiesRefusedBeforeTheyAreRead()
{
    CHECKED(const QString code = addDevice({u"BLZ"_s}, u"Mobile"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));
    QNetworkAccessManager nam;
    CHECKED(const QString a = enrolOver(nam, server.url({}), code))
    const QString wrong = a.left(37) + QString(a.size() - 37, u'A');
    const qint64 before = peakKiB(server.pid());
    QVERIFY(before > 0);

    // 300 MiB declared, with the right credential: 413 at once; the client gets out 64 MiB
    // of it before the server closes, and none of it stays in the server.
    const RawAnswer huge =
        exchange(server.port(), pushHead(a, 300ll * 1024 * 1024), 64ll * 1024 * 1024, 20'000);
    QVERIFY2(huge.bytes.startsWith("HTTP/1.1 413 "), huge.bytes.left(200).constData());
    QVERIFY(huge.bytes.contains("payload_too_large"));
    QVERIFY(huge.closed);
    // The same length declared and nothing sent (a slow client): answered and let go.
    const RawAnswer slow = exchange(server.port(), pushHead(a, 300ll * 1024 * 1024), 0, 20'000);
    QVERIFY2(slow.bytes.startsWith("HTTP/1.1 413 "), slow.bytes.left(200).constData());
    QVERIFY(slow.closed);
    QVERIFY2(slow.ms < 5'000, qPrintable(QString::number(slow.ms)));

    // A body within the limit, with a wrong or no credential: 401 before a byte of it is sent.
    for (const QString& bearer : {wrong, QString()}) {
        const RawAnswer refused = exchange(server.port(), pushHead(bearer, 8 * 1024 * 1024), 0, 20'000);
        QVERIFY2(refused.bytes.startsWith("HTTP/1.1 401 "), refused.bytes.left(200).constData());
        QVERIFY(refused.closed);
        QVERIFY(refused.ms < 5'000);
    }
    // Without a credential nothing big is read either: an enrolment is at most 64 KiB, and
    // a path or method that takes no body is answered from the head.
    const RawAnswer enrol = exchange(server.port(),
                                     "POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Content-Length: 1048576\r\n\r\n",
                                     0, 20'000);
    QVERIFY2(enrol.bytes.startsWith("HTTP/1.1 413 "), enrol.bytes.left(200).constData());
    const RawAnswer nowhere = exchange(server.port(),
                                       "POST /v1/nothing HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n",
                                       0, 20'000);
    QVERIFY2(nowhere.bytes.startsWith("HTTP/1.1 404 "), nowhere.bytes.left(200).constData());
    const RawAnswer health = exchange(server.port(),
                                      "POST /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n",
                                      0, 20'000);
    QVERIFY2(health.bytes.startsWith("HTTP/1.1 405 "), health.bytes.left(200).constData());
    // A chunked body cannot be judged from its head: refused.
    const RawAnswer chunked =
        exchange(server.port(), pushHead(a, -1, "Transfer-Encoding: chunked\r\n"), 0, 20'000);
    QVERIFY2(chunked.bytes.startsWith("HTTP/1.1 411 "), chunked.bytes.left(200).constData());
    // A head that never ends is cut off (after 10 s), without an answer.
    const RawAnswer endless = exchange(server.port(), "POST /v1/push HTTP/1.1\r\nHost: x\r\n", 0, 30'000);
    QVERIFY(endless.closed);
    QVERIFY2(endless.ms < 15'000, qPrintable(QString::number(endless.ms)));
    QVERIFY(endless.bytes.isEmpty());

    const qint64 after = peakKiB(server.pid());
    QVERIFY2(after - before < 6 * 1024,
             qPrintable(u"peak memory grew from %1 KiB to %2 KiB"_s.arg(before).arg(after)));

    // Honest requests go on as before, one after the other on new connections.
    const QString person = Uuid7::generate(m_ids);
    const Reply pushed =
        send(nam, "POST", makeRequest(server.url(u"/v1/push"_s), a, true, true),
             pushBody(Uuid7::generate(m_ids), {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s,
                                                      stamp(a.left(36), 1'750'000'000'000))}));
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.headers.value("connection"), QByteArray("close"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(nam, "GET", makeRequest(server.url(u"/v1/pull"_s), a, false, false)).status, 200);
    QCOMPARE(server.stop(), 0);
    const QString log = server.log();
    QVERIFY2(log.contains(u"POST /v1/push 413 (before the body)"_s), qPrintable(log));
    QVERIFY(log.contains(u"POST /v1/push 401 (before the body)"_s));
    QVERIFY(!log.contains(a.mid(37)));
}

void TestHqProcess::oneLaptopDoesNotLockOutItsCentre()
{
    // The laptops of one centre reach headquarters through one uplink: behind nginx they all
    // come as X-Real-IP 10.9.9.9.
    CHECKED(const QString codeA = addDevice({u"BLZ"_s}, u"Broken laptop"_s))
    CHECKED(const QString codeB = addDevice({u"BLZ"_s}, u"Good laptop"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));
    QNetworkAccessManager nam;
    CHECKED(const QString a = enrolOver(nam, server.url({}), codeA))
    CHECKED(const QString b = enrolOver(nam, server.url({}), codeB))
    const QString wrongA = a.left(37) + QString(a.size() - 37, u'A');
    const auto pull = [&](const QString& bearer, const QByteArray& address) {
        QNetworkRequest r = makeRequest(server.url(u"/v1/pull"_s), bearer, false, false);
        r.setRawHeader("X-Real-IP", address);
        return send(nam, "GET", r).status;
    };
    const auto pushFrom = [&](const QString& bearer, const QByteArray& address) {
        QNetworkRequest r = makeRequest(server.url(u"/v1/push"_s), bearer, true, true);
        r.setRawHeader("X-Real-IP", address);
        const QString person = Uuid7::generate(m_ids);
        return send(nam, "POST", r,
                    pushBody(Uuid7::generate(m_ids), {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s,
                                                             stamp(bearer.left(36), 1'750'000'000'000))}))
            .status;
    };
    // One laptop with a broken credential: refused 10 times, then throttled (pulls are
    // judged from the head, pushes before their body is read).
    for (int i = 0; i < hq::HqApi::kMaxRefusalsPerDevice; ++i)
        QCOMPARE(i % 2 ? pull(wrongA, "10.9.9.9") : pushFrom(wrongA, "10.9.9.9"), 401);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pull(wrongA, "10.9.9.9"), 429);
        QCOMPARE(pushFrom(wrongA, "10.9.9.9"), 429);
    }
    // Every other laptop of the centre goes on, pulling and pushing.
    QCOMPARE(pull(b, "10.9.9.9"), 200);
    QCOMPARE(pushFrom(b, "10.9.9.9"), 200);
    // The broken laptop's id waits at that address only.
    QCOMPARE(pull(a, "10.9.9.9"), 429);
    QCOMPARE(pull(a, "10.8.8.8"), 200);

    // Credentials that name no device count per address, with room for a whole centre.
    for (int i = 0; i < hq::HqApi::kMaxRefusalsPerAddress; ++i) {
        const QString nobody = Uuid7::generate(m_ids) + b.mid(36);
        QCOMPARE(i % 3 == 0 ? pull(QString(), "10.7.7.7") : pull(nobody, "10.7.7.7"), 401);
    }
    QCOMPARE(pull(Uuid7::generate(m_ids) + b.mid(36), "10.7.7.7"), 429);
    QCOMPARE(pull(QString(), "10.7.7.7"), 429);
    QCOMPARE(pushFrom(Uuid7::generate(m_ids) + b.mid(36), "10.7.7.7"), 429);
    // A right token from that address is still taken.
    QCOMPARE(pull(b, "10.7.7.7"), 200);
    QCOMPARE(pushFrom(a, "10.7.7.7"), 200);
    QCOMPARE(server.stop(), 0);
}

void TestHqProcess::reusedBatchIdRefused()
{
    CHECKED(const QString code = addDevice({u"BLZ"_s}, u"Restored laptop"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));
    QNetworkAccessManager nam;
    CHECKED(const QString a = enrolOver(nam, server.url({}), code))
    const QString batch = Uuid7::generate(m_ids);
    const QString p = Uuid7::generate(m_ids);
    const QJsonArray before{
        change(p, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.left(36), 1'750'000'000'000))};
    const QJsonArray after{
        change(p, u"person"_s, u"family_name"_s, u"Karimi"_s, stamp(a.left(36), 1'750'000'100'000))};
    const auto push = [&](const QJsonArray& changes) {
        return send(nam, "POST", makeRequest(server.url(u"/v1/push"_s), a, true, true),
                    pushBody(batch, changes));
    };
    const Reply first = push(before);
    QCOMPARE(first.status, 200);
    // A laptop restored from a backup sends the batch id again with changes made since.
    const Reply reused = push(after);
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.json().value(u"error"_s).toString(), u"batch_id_reused"_s);
    // Nothing of it was stored, so a pull does not have it; the first batch still answers.
    const Reply again = push(before);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    const Reply pulled = send(nam, "GET", makeRequest(server.url(u"/v1/pull"_s), a, false, false));
    QCOMPARE(pulled.status, 200);
    QCOMPARE(pulled.json().value(u"changes"_s).toArray().size(), 1);
    // Sent under a new batch id, the changes are stored.
    const Reply resent = send(nam, "POST", makeRequest(server.url(u"/v1/push"_s), a, true, true),
                              pushBody(Uuid7::generate(m_ids), after));
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
             u"accepted"_s);
    QCOMPARE(server.stop(), 0);
}

void TestHqProcess::auditOperatorIsTheRealUser()
{
    // Whatever the environment says, the audit trail names the account of the real user id.
    const passwd* me = ::getpwuid(::getuid());
    QVERIFY(me && me->pw_name);
    const QString account = QString::fromLocal8Bit(me->pw_name);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"USER"_s, u"LOGNAME"_s, u"SUDO_USER"_s})
        env.insert(name, u"mallory"_s);
    p.setProcessEnvironment(env);
    p.start(kBinary, {u"device"_s, u"add"_s, u"--db"_s, m_db, u"--site"_s, u"BLZ"_s, u"--name"_s, u"x"_s});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    auto db = hq::HqDatabase::open(m_db);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    auto q = (*db)->run(u"SELECT actor FROM audit WHERE kind = 'device_add'"_s);
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), u"operator:"_s + account);
}

void TestHqProcess::directTls()
{
    QString key;
    CHECKED(const QString cert = selfSignedCertificate(m_dir.path(), &key))
    Server server;
    QVERIFY2(
        server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s), {u"--tls-cert"_s, cert, u"--tls-key"_s, key}),
        qPrintable(server.log()));
    QNetworkAccessManager nam;
    QNetworkRequest req =
        makeRequest(u"https://127.0.0.1:%1/v1/health"_s.arg(server.port()), {}, false, false);
    // The device pins the server's certificate: trust exactly this one.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(cert));
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    req.setSslConfiguration(ssl);
    const Reply r = send(nam, "GET", req);
    QVERIFY2(r.status == 200, qPrintable(u"%1 error %2"_s.arg(r.status).arg(int(r.error))));
    QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
    // Without the pinned certificate the client refuses; plain HTTP gets no answer.
    QNetworkAccessManager fresh; // a new manager: no TLS session to reuse
    QNetworkRequest unpinned =
        makeRequest(u"https://127.0.0.1:%1/v1/health"_s.arg(server.port()), {}, false, false);
    QCOMPARE(send(fresh, "GET", unpinned).error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(send(nam, "GET", makeRequest(server.url(u"/v1/health"_s), {}, false, false), {}, 5000).status !=
            200);
    QVERIFY(server.running());
    QCOMPARE(send(nam, "GET", req).status, 200);
    // Over TLS too, a body over the limit is refused from its head, before it is read.
    QSslSocket tls;
    tls.setSslConfiguration(ssl);
    tls.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
    QVERIFY2(tls.waitForEncrypted(10'000), qPrintable(tls.errorString()));
    const RawAnswer huge = exchange(tls, pushHead({}, 300ll * 1024 * 1024), 16ll * 1024 * 1024, 20'000);
    QVERIFY2(huge.bytes.startsWith("HTTP/1.1 413 "), huge.bytes.left(200).constData());
    QVERIFY(huge.closed);
    QCOMPARE(server.stop(), 0);
}

void TestHqProcess::throughNginx()
{
    QVERIFY2(QFile::exists(kNginx), "nginx (Debian package nginx-light) is needed for this test");
    CHECKED(const QString code = addDevice({u"BLZ"_s}, u"Mobile"_s))
    CHECKED(const QString code2 = addDevice({u"BLZ"_s}, u"Desk"_s, u"desk"_s))
    Server server;
    QVERIFY2(server.start(kBinary, m_db, m_dir.filePath(m_tag + u".log"_s)), qPrintable(server.log()));

    // nginx in a folder of its own, on a free loopback port, as an unprivileged user.
    NginxProcess nginx;
    QString nginxError;
    QVERIFY2(nginx.start(QStringLiteral(PRIHVAT_NGINX_TEMPLATE), server.port(), &nginxError), qPrintable(nginxError));

    QNetworkAccessManager nam;
    const QString base = nginx.url();
    const Reply health = send(nam, "GET", makeRequest(base + u"/v1/health"_s, {}, false, false), {}, 2000);
    QVERIFY2(health.status == 200, qPrintable(nginx.output()));
    QCOMPARE(health.json().value(u"database"_s).toString(), engine());

    CHECKED(const QString a = enrolOver(nam, base, code))
    CHECKED(const QString b = enrolOver(nam, base, code2))
    const QString person = Uuid7::generate(m_ids);
    const QByteArray body = pushBody(
        Uuid7::generate(m_ids),
        {change(person, u"person"_s, u"given_name"_s, u"Ahmad"_s, stamp(a.left(36), 1'750'000'000'000))});
    const Reply pushed = send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, true, true), body);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, true, true), body).json(), pushed.json());
    const Reply page = send(nam, "GET", makeRequest(base + u"/v1/pull"_s, b, false, false));
    QCOMPARE(page.status, 200);
    QCOMPARE(protocol::PullResponse::fromJson(page.json())->changes.size(), 1);

    // nginx's own limits: a body over 8 MiB and an unknown path, with the API's error bodies.
    const Reply big = send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, false, true),
                           QByteArray(9 * 1024 * 1024, ' '));
    QCOMPARE(big.status, 413);
    QCOMPARE(big.json().value(u"error"_s).toString(), u"payload_too_large"_s);
    const Reply nowhere = send(nam, "GET", makeRequest(base + u"/admin"_s, {}, false, false));
    QCOMPARE(nowhere.status, 404);
    QCOMPARE(nowhere.json().value(u"error"_s).toString(), u"not_found"_s);
    // The server's own 4xx pass through unchanged.
    QCOMPARE(send(nam, "POST", makeRequest(base + u"/v1/push"_s, a, false, true), "{oops")
                 .json()
                 .value(u"error"_s)
                 .toString(),
             u"bad_json"_s);

    // Guessing enrolment codes: after a handful, 429 (nginx's limit and the server's throttle).
    int refused = 0;
    for (int i = 0; i < 12; ++i) {
        const Reply r = send(nam, "POST", makeRequest(base + u"/v1/enroll"_s, {}, false, true),
                             "{\"code\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}");
        QVERIFY2(r.status == 401 || r.status == 429, qPrintable(QString::number(r.status)));
        if (r.status == 429) {
            ++refused;
            QCOMPARE(r.json().value(u"error"_s).toString(), u"too_many_requests"_s);
            QVERIFY(r.headers.value("retry-after").toInt() > 0);
        }
    }
    QVERIFY2(refused >= 6, qPrintable(QString::number(refused)));

    // The server saw the client's address from nginx (X-Real-IP): still healthy, still serving.
    QCOMPARE(send(nam, "GET", makeRequest(base + u"/v1/pull"_s, b, false, false)).status, 200);
    QVERIFY(server.running());
    QCOMPARE(server.stop(), 0);
    // With prihvat-hq gone, nginx answers 503 in the API's words.
    const Reply down = send(nam, "GET", makeRequest(base + u"/v1/health"_s, {}, false, false));
    QCOMPARE(down.status, 503);
    QCOMPARE(down.json().value(u"error"_s).toString(), u"unavailable"_s);
}

void TestHqProcess::productionNginxConfigLoads()
{
    // installer/nginx/prihvat-hq.conf as shipped, with a test certificate in place of the
    // real one and a loopback port: `nginx -t` must accept it.
    QVERIFY2(QFile::exists(kNginx), "nginx (Debian package nginx-light) is needed for this test");
    QTemporaryDir prefix(QDir::tempPath() + u"/prihvat-nginx-XXXXXX"_s);
    QVERIFY(prefix.isValid());
    QString key;
    CHECKED(const QString cert = selfSignedCertificate(prefix.path(), &key))
    QFile site(QStringLiteral(PRIHVAT_NGINX_SITE));
    QVERIFY(site.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(site.readAll());
    QVERIFY(text.contains(u"ssl_protocols TLSv1.2 TLSv1.3;"_s));
    QVERIFY(text.contains(u"client_max_body_size 8m;"_s));
    QVERIFY(text.contains(u"server 127.0.0.1:8470;"_s));
    QVERIFY(text.contains(u"listen 443 ssl http2;"_s));
    text.replace(u"/etc/ssl/prihvat/hq.crt"_s, QFileInfo(cert).absoluteFilePath())
        .replace(u"/etc/ssl/private/prihvat-hq.key"_s, QFileInfo(key).absoluteFilePath())
        .replace(u"listen 443 ssl http2;"_s, u"listen 127.0.0.1:%1 ssl http2;"_s.arg(freePort()))
        .replace(u"listen [::]:443 ssl http2;"_s, QString());
    const QString p = prefix.path();
    const QString main =
        u"pid %1/nginx.pid;\nevents {}\nhttp {\n access_log off;\n client_body_temp_path %1/cb;\n"
        " proxy_temp_path %1/px;\n fastcgi_temp_path %1/fc;\n uwsgi_temp_path %1/uw;\n"
        " scgi_temp_path %1/sc;\n include %1/site.conf;\n}\n"_s.arg(p);
    for (const auto& [name, content] : {std::pair{u"site.conf"_s, text}, std::pair{u"nginx.conf"_s, main}}) {
        QFile f(prefix.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    }
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{u"-t"_s,
                           u"-p"_s,
                           p,
                           u"-c"_s,
                           prefix.filePath(u"nginx.conf"_s),
                           u"-e"_s,
                           prefix.filePath(u"error.log"_s)};
    if (isRoot()) {
        QVERIFY(handTo(p, "www-data") || handTo(p, "nobody"));
        handTo(key, "www-data");
        nginx.start(u"runuser"_s, QStringList{u"-u"_s, ::getpwnam("www-data") ? u"www-data"_s : u"nobody"_s,
                                              u"--"_s, kNginx} +
                                      args);
    } else {
        nginx.start(kNginx, args);
    }
    QVERIFY(nginx.waitForFinished(20'000));
    const QString output = QString::fromUtf8(nginx.readAll());
    QVERIFY2(nginx.exitCode() == 0, qPrintable(output));
    QVERIFY(output.contains(u"test is successful"_s));
}

QTEST_GUILESS_MAIN(TestHqProcess)
#include "test_hq_process.moc"
