#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

namespace prihvat::hq {

class HqApi;

// Serves HqApi over HTTP with QtHttpServer: every request, whatever its path, goes to
// HqApi::handle (QtHttpServer 6.4's own routing and error pages are not used). One line
// per request goes to the log: method, path, status and milliseconds, never a body.
//
// QtHttpServer 6.4 reads every body whole and has no size limit or read timeout: in
// production this listens on loopback behind nginx (installer/nginx/prihvat-hq.conf).
class HqServer : public QObject
{
    Q_OBJECT

public:
    explicit HqServer(HqApi& api, QObject* parent = nullptr);

    // Serve HTTPS with this certificate chain and private key (PEM). Call before listen().
    Status setupTls(const QString& certificateFile, const QString& keyFile);
    // Listens; answers the port (useful when `port` is 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    // Requests answered so far (tests check that a refused client sent nothing).
    quint64 requestsServed() const { return m_served; }
    // The certificate pin of the PEM certificate in `file` (protocol::certificatePin of its
    // first certificate), which `device add --tls-cert` puts in the enrolment code.
    static Result<QString> certificatePin(const QString& file);

    // "HOST:PORT", "[::1]:PORT" or ":PORT" (every address); port 0 takes a free one.
    static Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString& text);
    // Text for one log line: invisible, bidi and control characters written as <U+XXXX>,
    // at most `max` characters.
    static QString loggable(const QString& text, int max = 200);

private:
    QHttpServer m_server;
    HqApi& m_api;
    quint64 m_served = 0;
};

} // namespace prihvat::hq
