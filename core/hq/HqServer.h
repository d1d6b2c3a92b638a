#pragma once

#include "common/Result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace prihvat::hq {

class HqApi;
class RequestGate;

// Serves HqApi over HTTP with QtHttpServer: every request, whatever its path, goes to
// HqApi::handle (QtHttpServer 6.4's own routing and error pages are not used). One line
// per request goes to the log: method, path, status and milliseconds, never a body.
//
// QtHttpServer 6.4 reads every body whole and has no size limit or read timeout, so it
// never listens itself: a RequestGate does, judges each request's head with
// HqApi::screen before any of its body is read, and hands on only what passes. Every
// answer closes its connection ("Connection: close"), so each request meets the gate.
// In production this still listens on loopback behind nginx
// (installer/nginx/prihvat-hq.conf).
class HqServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HqServer(HqApi& api, QObject* parent = nullptr);

    // Serve HTTPS with this certificate chain and private key (PEM). Call before listen().
    Status setupTls(const QString& certificateFile, const QString& keyFile);
    // Listens; answers the port (useful when `port` is 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    // Requests answered so far (tests check that a refused client sent nothing), and of
    // them those refused from their head, before their body was read.
    quint64 requestsServed() const;
    quint64 refusedBeforeBody() const;
    // The certificate pin of the PEM certificate in `file` (protocol::certificatePin of its
    // first certificate), which `device add --tls-cert` puts in the enrolment code.
    static Result<QString> certificatePin(const QString& file);

    // "HOST:PORT", "[::1]:PORT" or ":PORT" (every address); port 0 takes a free one.
    static Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString& text);
    // Text for one log line: invisible, bidi and control characters written as <U+XXXX>,
    // at most `max` characters.
    static QString loggable(const QString& text, int max = 200);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HqApi& m_api;
    std::optional<QSslConfiguration> m_tls;
    RequestGate* m_gate = nullptr;
    quint64 m_served = 0;
};

} // namespace prihvat::hq
