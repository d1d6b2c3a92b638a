#pragma once

// A small headquarters for the device-side sync tests: HTTP/1.1 on a loopback QTcpServer,
// speaking docs/SYNC.md (enroll, push with stored answers, pull by cursor, conflicts through
// protocol::decide, clock clamp) with faults that can be put in front of any request: the
// connection dropped before or after the server did its work, a status with extra headers,
// no answer at all, or an answer cut in the middle. Not the real server (core/hq): the
// end-to-end tests run against that one.

#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Uuid7.h"
#include "sync/Protocol.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace prihvat::test {

using namespace Qt::StringLiterals;

struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray rawBody;                    // as it came over the wire
    QByteArray body;                       // inflated when it came gzipped
    QJsonObject json;
    QString deviceId; // from the credential, when it was valid
};

struct Fault
{
    // A connection that closes before an answer's header is complete is sent again by Qt
    // itself (twice, quietly), so the drops below break the answer after its header: the
    // client under test sees the failure and must retry on its own.
    enum class Kind
    {
        DropBefore, // the connection breaks before the server does anything
        DropAfter,  // the server commits, then the connection breaks: the answer is lost
        Status,     // the server answers `status` (with `headers`) and does nothing
        Hang,       // the server never answers
        Truncate,   // the server commits and sends half of its answer
    };
    Fault(QString forPath, Kind what, int answerStatus = 0, QByteArray extraHeaders = {},
          QString errorCode = u"injected"_s)
        : path(std::move(forPath)), kind(what), status(answerStatus), headers(std::move(extraHeaders)),
          code(std::move(errorCode))
    {
    }

    QString path; // the next request to this path
    Kind kind = Kind::DropBefore;
    int status = 0;
    QByteArray headers; // extra header lines, each ending in \r\n
    QString code;       // Status: the "error" member of the answer
};

class FakeHq : public QObject
{
public:
    struct Field
    {
        std::int64_t seq = 0;
        std::optional<HlcStamp> stamp;
        QJsonValue value;
    };

    explicit FakeHq(const Clock& clock) : m_clock(clock)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { readFrom(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port()); }

    // A one-time code for a new device at `sites`.
    QString addDevice(const QStringList& sites = {u"USI"_s})
    {
        const QString code = QString::number(QRandomGenerator::global()->generate64(), 36);
        m_codes.insert(code, sites);
        return code;
    }
    void revoke(const QString& deviceId) { m_revoked.insert(deviceId); }
    void inject(const Fault& f) { m_faults.append(f); }
    int faultsLeft() const { return static_cast<int>(m_faults.size()); }

    // What the server holds, for the checks.
    QList<HttpRequest> requests;
    QList<protocol::PulledChange> log; // every change given a seq, in seq order
    QList<protocol::ConflictEntry> conflicts;
    QHash<QString, Field> fields; // "record/field" → current value
    QSet<QString> rejectFields;   // changes of these fields are answered "rejected"
    int maxBatchChanges = 0;      // more changes in one push: 413 (0: no limit)
    std::function<void(const HttpRequest&)> onRequest;

    QList<HttpRequest> requestsTo(const QString& path) const
    {
        QList<HttpRequest> out;
        for (const HttpRequest& r : requests)
            if (r.path == path)
                out.append(r);
        return out;
    }
    QJsonValue valueOf(const QString& record, const QString& field) const
    {
        return fields.value(record + u'/' + field).value;
    }
    int changesFor(const QString& record, const QString& field) const
    {
        int n = 0;
        for (const protocol::PulledChange& c : log)
            n += c.recordId == record && c.field == field ? 1 : 0;
        return n;
    }

private:
    struct Device
    {
        QString token;
        QStringList sites;
    };

    void readFrom(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        r.method = start.value(0);
        const QByteArray target = start.value(1);
        const qsizetype q = target.indexOf('?');
        r.path = QString::fromLatin1(q < 0 ? target : target.left(q));
        r.query = QUrlQuery(q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.rawBody = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        r.body = r.rawBody;
        if (r.headers.value("content-encoding") == "gzip") {
            auto inflated = protocol::gunzip(r.rawBody);
            if (!inflated) {
                answer(s, r, 400, protocol::errorBody(u"bad_body"_s, u"not gzip"_s));
                return;
            }
            r.body = *inflated;
        }
        r.json = QJsonDocument::fromJson(r.body).object();
        handle(s, r);
    }

    void handle(QTcpSocket* s, HttpRequest& r)
    {
        std::optional<Fault> fault;
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            if (m_faults.at(i).path == r.path) {
                fault = m_faults.takeAt(i);
                break;
            }
        }
        r.deviceId = deviceOf(r);
        requests.append(r);
        if (onRequest)
            onRequest(r);
        if (fault) {
            switch (fault->kind) {
            case Fault::Kind::DropBefore:
                breakOff(s);
                return;
            case Fault::Kind::Hang:
                return;
            case Fault::Kind::Status:
                answer(s, r, fault->status, protocol::errorBody(fault->code, u"injected fault"_s),
                       fault->headers);
                return;
            case Fault::Kind::DropAfter:
            case Fault::Kind::Truncate:
                break;
            }
        }
        int status = 200;
        QJsonObject body;
        if (r.path == u"/v1/enroll"_s && r.method == "POST") {
            status = enroll(r, body);
        } else if (r.path == u"/v1/push"_s && r.method == "POST") {
            status = r.deviceId.isEmpty() ? 401 : push(r, body);
        } else if (r.path == u"/v1/pull"_s && r.method == "GET") {
            status = r.deviceId.isEmpty() ? 401 : pull(r, body);
        } else {
            status = 404;
        }
        if (status == 401)
            body = revokedCredential(r)
                       ? protocol::errorBody(QString::fromLatin1(protocol::kRevokedError),
                                             u"This device has been revoked by headquarters."_s)
                       : protocol::errorBody(u"unauthorized"_s, u"unknown credential"_s);
        if (fault && fault->kind == Fault::Kind::DropAfter) {
            breakOff(s);
            return;
        }
        answer(s, r, status, body, {}, fault && fault->kind == Fault::Kind::Truncate);
    }

    // The right credential of a revoked device (told apart, as the real server does).
    bool revokedCredential(const HttpRequest& r) const
    {
        const QByteArray auth = r.headers.value("authorization");
        const QString credential = QString::fromLatin1(auth.mid(7));
        const qsizetype dot = credential.indexOf(u'.');
        const QString id = credential.left(dot);
        return auth.startsWith("Bearer ") && dot > 0 && m_revoked.contains(id) && m_devices.contains(id) &&
               m_devices.value(id).token == credential.mid(dot + 1);
    }

    QString deviceOf(const HttpRequest& r) const
    {
        const QByteArray auth = r.headers.value("authorization");
        if (!auth.startsWith("Bearer "))
            return {};
        const QString credential = QString::fromLatin1(auth.mid(7));
        const qsizetype dot = credential.indexOf(u'.');
        const QString id = credential.left(dot);
        if (dot < 0 || !m_devices.contains(id) || m_devices.value(id).token != credential.mid(dot + 1) ||
            m_revoked.contains(id))
            return {};
        return id;
    }

    static void breakOff(QTcpSocket* s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        s->disconnectFromHost();
    }

    void answer(QTcpSocket* s, const HttpRequest& r, int status, const QJsonObject& json,
                const QByteArray& extra = {}, bool truncate = false)
    {
        QByteArray payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const bool gz = r.headers.value("accept-encoding").contains("gzip");
        if (gz)
            payload = protocol::gzip(payload);
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
            "Content-Length: " + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n";
        if (gz)
            head += "Content-Encoding: gzip\r\n";
        head += extra + "\r\n";
        if (truncate) {
            s->write(head + payload.left(payload.size() / 2));
            s->disconnectFromHost();
            return;
        }
        s->write(head + payload);
        s->disconnectFromHost();
    }

    int enroll(const HttpRequest& r, QJsonObject& body)
    {
        const QString code = r.json.value(u"code"_s).toString();
        if (!m_codes.contains(code))
            return 401;
        const QString id = Uuid7::generate(m_clock);
        const Device d{QString::number(QRandomGenerator::global()->generate64(), 16), m_codes.take(code)};
        m_devices.insert(id, d);
        QJsonArray sites;
        for (const QString& site : d.sites)
            sites.append(site);
        body = {{u"device_id"_s, id},
                {u"token"_s, d.token},
                {u"sites"_s, sites},
                {u"role"_s, u"mobile"_s},
                {u"server_time"_s, m_clock.nowUtc().toString(Qt::ISODate)}};
        return 200;
    }

    int push(const HttpRequest& r, QJsonObject& body)
    {
        auto request = protocol::PushRequest::fromJson(r.json);
        if (!request) {
            body = protocol::errorBody(u"bad_request"_s, request.error().message);
            return 400;
        }
        if (maxBatchChanges > 0 && request->changes.size() > maxBatchChanges) {
            body = protocol::errorBody(u"too_large"_s, u"too large"_s);
            return 413;
        }
        const QString key = r.deviceId + u'/' + request->batchId;
        if (m_answers.contains(key)) {
            body = m_answers.value(key);
            return 200;
        }
        QJsonArray results;
        for (const protocol::Change& c : request->changes) {
            protocol::PushResult result;
            result.status = protocol::PushResult::Status::Rejected;
            const auto stamp = HlcStamp::fromString(c.hlc);
            if (!c.fault.isEmpty()) {
                result.reason = c.fault;
            } else if (!stamp || stamp->device != r.deviceId) {
                result.reason = u"the stamp is not this device's"_s;
            } else if (rejectFields.contains(c.field)) {
                result.reason = u"unknown field \"%1\""_s.arg(c.field);
            } else {
                result = apply(c, protocol::clampStamp(*stamp, m_clock.nowMs()), r.deviceId);
            }
            results.append(result.toJson());
        }
        body = {{u"batch_id"_s, request->batchId},
                {u"server_time"_s, m_clock.nowUtc().toString(Qt::ISODate)},
                {u"results"_s, results}};
        m_answers.insert(key, body);
        return 200;
    }

    protocol::PushResult apply(const protocol::Change& c, const HlcStamp& stamp, const QString& device)
    {
        Field& current = fields[c.recordId + u'/' + c.field];
        const protocol::Decision d =
            protocol::decide(stamp, c.value, c.base, current.seq, current.stamp, current.value);
        protocol::PushResult result;
        result.seq = m_nextSeq++;
        log.append({result.seq, c.recordId, c.form, c.field, c.value, stamp.toString(), device});
        if (d.conflict) {
            protocol::ConflictEntry e;
            e.id = Uuid7::generate(m_clock);
            e.seq = result.seq;
            e.recordId = c.recordId;
            e.form = c.form;
            e.field = c.field;
            const protocol::ConflictSide incoming{c.value, stamp.toString(), device};
            const protocol::ConflictSide stored{current.value, current.stamp->toString(),
                                                current.stamp->device};
            e.winner = d.apply ? incoming : stored;
            e.loser = d.apply ? stored : incoming;
            conflicts.append(e);
            result.status = protocol::PushResult::Status::Conflict;
            result.conflictId = e.id;
        }
        for (protocol::ConflictEntry& e : conflicts)
            if (e.recordId == c.recordId && e.field == c.field && c.base >= e.seq)
                e.resolved = true;
        if (d.apply)
            current = {result.seq, stamp, c.value};
        return result;
    }

    int pull(const HttpRequest& r, QJsonObject& body)
    {
        bool ok = false;
        const std::int64_t after = r.query.queryItemValue(u"after"_s).toLongLong(&ok);
        if (!ok || after < 0) {
            body = protocol::errorBody(u"bad_request"_s, u"bad cursor"_s);
            return 400;
        }
        const int limit = std::clamp(r.query.queryItemValue(u"limit"_s).toInt(), 1, protocol::kMaxPullLimit);
        protocol::PullResponse page;
        page.next = after;
        for (const protocol::PulledChange& c : std::as_const(log)) {
            if (c.seq <= after)
                continue;
            if (page.changes.size() == limit) {
                page.more = true;
                break;
            }
            page.changes.append(c);
            page.next = c.seq;
        }
        for (const protocol::ConflictEntry& e : std::as_const(conflicts))
            if (e.seq > after && e.seq <= page.next)
                page.conflicts.append(e);
        body = page.toJson();
        return 200;
    }

    const Clock& m_clock;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QString, QStringList> m_codes;
    QHash<QString, Device> m_devices;
    QSet<QString> m_revoked;
    QHash<QString, QJsonObject> m_answers;
    QList<Fault> m_faults;
    std::int64_t m_nextSeq = 1;
};

} // namespace prihvat::test
