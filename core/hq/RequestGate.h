#pragma once

#include "HttpMessage.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace prihvat::hq {

// The listening socket of prihvat-hq, in front of QtHttpServer. QtHttpServer 6.4 reads a
// whole request, body and all, into memory before any handler runs, and has no limit on
// its size nor a timeout. So each connection comes here first: its request head (request
// line and headers, at most kHeadBytes) is peeked at without reading further, handed to
// `screen`, and either answered here (the body never read: an oversized declared length, a
// chunked body, a missing or wrong credential) or handed on to the HTTP server bound to
// this gate (QAbstractHttpServer::bind), with the socket's read buffer capped at the head
// plus the declared length. A head that does not arrive within kHeadMs is cut off, and so
// is a connection that then sends or takes nothing for kIdleMs. One request per connection:
// the server closes every connection after its answer (HqServer), so every request passes
// here. With TLS (setTls), the handshake is made here too, within the same kHeadMs.
class RequestGate : public QTcpServer
{
    Q_OBJECT

public:
    // Answers the reply that refuses a request before its body is read, or nullopt to let
    // it through. It gets the method, path, query, headers and peer; the body is empty.
    using Screen = std::function<std::optional<HttpReply>(const HttpRequest& head)>;

    static constexpr qint64 kHeadBytes = 16 * 1024;
    static constexpr int kHeadMs = 10'000;
    static constexpr int kIdleMs = 30'000;
    // Connections whose head has not arrived yet; more are closed at once.
    static constexpr int kMaxWaiting = 256;
    // After a refusal, what the client still sends is read and dropped (so the answer is
    // not lost to a reset) for at most this long and this much, then the connection closes.
    static constexpr int kDrainMs = 2'000;
    static constexpr qint64 kDrainBytes = 32 * 1024 * 1024;

    explicit RequestGate(Screen screen, QObject* parent = nullptr);

    void setTls(const QSslConfiguration& configuration) { m_tls = configuration; }

    // Requests answered here, before their body was read.
    quint64 refused() const { return m_refused; }

    // The head of an HTTP/1.x request ("GET /v1/pull?after=3 HTTP/1.1\r\nHost: …\r\n…"),
    // without the blank line; nullopt when it is not one.
    static std::optional<HttpRequest> parseHead(const QByteArray& head);
    // The bytes of a whole HTTP/1.1 answer that closes the connection.
    static QByteArray serialize(const HttpReply& reply);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket* socket);
    void refuse(QTcpSocket* socket, const HttpReply& reply);
    void handOn(QTcpSocket* socket, qint64 headBytes, qint64 bodyBytes);

    Screen m_screen;
    std::optional<QSslConfiguration> m_tls;
    quint64 m_refused = 0;
    QSet<QObject*> m_waiting; // connections whose head has not been judged yet
};

} // namespace prihvat::hq
