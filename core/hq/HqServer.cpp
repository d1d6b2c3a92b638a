#include "HqServer.h"

#include "HqApi.h"
#include "HqLog.h"
#include "RequestGate.h"
#include "common/Text.h"
#include "sync/Protocol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HqServer::HqServer(HqApi& api, QObject* parent) : QAbstractHttpServer(parent), m_api(api) {}

quint64 HqServer::requestsServed() const
{
    return m_served + refusedBeforeBody();
}

quint64 HqServer::refusedBeforeBody() const
{
    return m_gate ? m_gate->refused() : 0;
}

bool HqServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = url.query(QUrl::FullyEncoded);
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress().toString();
    const HttpReply reply = m_api.handle(r);
    ++m_served;

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    // One request per connection: the next one comes on a new connection, through the gate.
    responder.writeHeader("Connection", "close");
    // A HEAD answer has headers only (the body would be read as the next answer).
    responder.writeBody(r.method == "HEAD" ? QByteArray() : reply.body);
    socket->disconnectFromHost();

    qCInfo(lcHq).noquote() << QString::fromLatin1(r.method) << loggable(r.path) << reply.status
                           << u"%1 ms"_s.arg(timer.elapsed());
    return true;
}

void HqServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers every request; this is QAbstractHttpServer's fallback only.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::InternalServerError);
    socket->disconnectFromHost();
}

Status HqServer::setupTls(const QString& certificateFile, const QString& keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::io(
            u"Cannot read the TLS certificate %1: %2"_s.arg(certificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalid(u"%1 holds no PEM certificate."_s.arg(certificateFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return Error::io(u"Cannot read the TLS key %1: %2"_s.arg(keyFile, keyIn.errorString()));
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalid(u"%1 holds no unencrypted PEM RSA or EC private key."_s.arg(keyFile));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = config;
    return {};
}

Result<QString> HqServer::certificatePin(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(u"Cannot read the TLS certificate %1: %2"_s.arg(file, in.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&in, QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalid(u"%1 holds no PEM certificate."_s.arg(file));
    return protocol::certificatePin(chain.first().digest(QCryptographicHash::Sha256));
}

Result<quint16> HqServer::listen(const QHostAddress& address, quint16 port)
{
    auto* gate = new RequestGate(
        [this](const HttpRequest& head) -> std::optional<HttpReply> {
            auto refused = m_api.screen(head);
            if (refused)
                qCInfo(lcHq).noquote() << QString::fromLatin1(head.method) << loggable(head.path)
                                       << refused->status << u"(before the body)"_s;
            return refused;
        },
        this);
    if (m_tls)
        gate->setTls(*m_tls);
    if (!gate->listen(address, port)) {
        delete gate;
        return Error::io(
            u"Cannot listen on %1 port %2 (in use, or not allowed)."_s.arg(address.toString()).arg(port));
    }
    bind(gate);
    m_gate = gate;
    return gate->serverPort();
}

Result<QPair<QHostAddress, quint16>> HqServer::parseListenAddress(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return Error::invalid(u"--listen wants HOST:PORT, for example 127.0.0.1:8470."_s);
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::invalid(u"\"%1\" has no valid port (0–65535; 0 takes a free one)."_s.arg(text));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == u"*"_s)
        address = QHostAddress::Any;
    else if (host == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::invalid(u"\"%1\" is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)."_s.arg(host));
    return QPair<QHostAddress, quint16>(address, static_cast<quint16>(port));
}

QString HqServer::loggable(const QString& text, int max)
{
    QString shown = text.size() > max ? text.left(max) + u"…"_s : text;
    QString escaped = Text::escapeInvisible(shown);
    escaped.replace(u'\n', u"<U+000A>"_s);
    escaped.replace(u'\t', u"<U+0009>"_s);
    return escaped;
}

} // namespace prihvat::hq
