#include "RequestGate.h"

#include "HqLog.h"

#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

const QString kDeadlineName = u"prihvat_gate_deadline"_s;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? QByteArray("OK") : QByteArray("Error");
    }
}

// A timer owned by the socket: cuts the connection off when it runs out.
QTimer* deadline(QTcpSocket* socket)
{
    auto* timer = socket->findChild<QTimer*>(kDeadlineName, Qt::FindDirectChildrenOnly);
    if (!timer) {
        timer = new QTimer(socket);
        timer->setObjectName(kDeadlineName);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
    return timer;
}

} // namespace

RequestGate::RequestGate(Screen screen, QObject* parent) : QTcpServer(parent), m_screen(std::move(screen)) {}

void RequestGate::incomingConnection(qintptr handle)
{
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_waiting.size() >= kMaxWaiting) {
        qCWarning(lcHq) << "too many connections waiting for their request head; one closed";
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_waiting.insert(socket);
    connect(socket, &QObject::destroyed, this, [this](QObject* gone) { m_waiting.remove(gone); });
    // Nothing past the head is taken from the kernel while the head is judged.
    socket->setReadBufferSize(kHeadBytes);
    deadline(socket)->start(kHeadMs);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    if (auto* ssl = qobject_cast<QSslSocket*>(socket))
        ssl->startServerEncryption();
}

void RequestGate::inspect(QTcpSocket* socket)
{
    const QByteArray peeked = socket->peek(kHeadBytes);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() >= kHeadBytes)
            refuse(
                socket,
                HttpReply{
                    431,
                    {{"Content-Type", "application/json"}},
                    R"({"error":"header_too_large","message":"The request head is larger than 16 KiB."})"});
        return;
    }
    auto head = parseHead(peeked.left(end));
    if (!head) {
        refuse(socket, HttpReply{400,
                                 {{"Content-Type", "application/json"}},
                                 R"({"error":"bad_request","message":"This is not an HTTP/1.1 request."})"});
        return;
    }
    head->peer = socket->peerAddress().toString();
    if (auto reply = m_screen(*head)) {
        if (head->method == "HEAD")
            reply->body.clear(); // headers only
        refuse(socket, *reply);
        return;
    }
    // The screen has refused chunked bodies and declared lengths over the limit.
    const qint64 length = head->header("Content-Length").trimmed().toLongLong();
    handOn(socket, end + 4, length);
}

void RequestGate::refuse(QTcpSocket* socket, const HttpReply& reply)
{
    ++m_refused;
    m_waiting.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->write(serialize(reply));
    // What the client still sends (the body it had started) is dropped unread, for a
    // moment, so that its kernel does not answer our close with a reset that would lose
    // the answer; then the connection is closed whatever the client does.
    auto drained = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, drained] {
        char sink[16 * 1024];
        while (socket->bytesAvailable() > 0) {
            const qint64 n = socket->read(sink, sizeof sink);
            if (n <= 0)
                break;
            *drained += n;
        }
        if (*drained > kDrainBytes) {
            socket->abort();
            socket->deleteLater();
        }
    });
    socket->skip(socket->bytesAvailable());
    deadline(socket)->start(kDrainMs);
}

void RequestGate::handOn(QTcpSocket* socket, qint64 headBytes, qint64 bodyBytes)
{
    m_waiting.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // The server reads the head and the declared body and nothing more: its parser keeps
    // the whole request in the socket's buffer until the request is complete.
    socket->setReadBufferSize(headBytes + bodyBytes + 1);
    QTimer* idle = deadline(socket);
    idle->start(kIdleMs);
    const auto busy = [idle] { idle->start(kIdleMs); };
    connect(socket, &QTcpSocket::readyRead, idle, busy);
    connect(socket, &QTcpSocket::bytesWritten, idle, busy);
    addPendingConnection(socket);
    // QtHttpServer takes the connection on either signal (which one depends on the 6.x
    // release); taking it twice finds no second connection.
    Q_EMIT newConnection();
    // What has arrived was only peeked at: tell the server it is there.
    if (socket->bytesAvailable() > 0)
        Q_EMIT socket->readyRead();
}

std::optional<HttpRequest> RequestGate::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start.at(2).startsWith("HTTP/1.") || start.at(0).isEmpty() ||
        !start.at(1).startsWith('/'))
        return std::nullopt;
    HttpRequest r;
    r.method = start.at(0);
    const QUrl url = QUrl::fromEncoded("http://localhost" + start.at(1));
    if (!url.isValid())
        return std::nullopt;
    r.path = url.path(QUrl::FullyDecoded);
    r.query = url.query(QUrl::FullyEncoded);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        r.headers.append(qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    return r;
}

QByteArray RequestGate::serialize(const HttpReply& reply)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += reply.body;
    return out;
}

} // namespace prihvat::hq
