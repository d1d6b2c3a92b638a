#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace prihvat::hq {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The value of the first header called `name` (compared without regard to case), or an
// empty array when there is none.
inline QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// An HTTP request as the headquarters API sees it, independent of the server that
// received it (QtHttpServer in production, plain values in tests and the fuzzer).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", … (upper case as on the wire)
    QString path;      // decoded path, without the query
    QString query;     // the query string as received (percent-encoded), without '?'
    HttpHeaders headers;
    QByteArray body;
    QString peer; // the client's address as the socket saw it

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
};

struct HttpReply
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }
};

} // namespace prihvat::hq
