#include "HqApi.h"

#include "Device.h"
#include "HqLog.h"
#include "HqStore.h"
#include "common/Uuid7.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

const QByteArray kJson = "application/json";
constexpr qint64 kMaxEnrolBodyBytes = 64 * 1024;

HttpReply jsonReply(int status, const QByteArray& body)
{
    HttpReply r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", kJson);
    return r;
}

HttpReply jsonReply(int status, const QJsonObject& body)
{
    return jsonReply(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply errorReply(int status, const QString& code, const QString& message)
{
    return jsonReply(status, protocol::errorBody(code, message));
}

QString isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// True when a gzip body inflates past `limit` bytes (tells a bomb, 413, from a damaged
// body, 400, after protocol::gunzip refused it). The output is counted, never kept.
bool inflatesBeyond(const QByteArray& data, qint64 limit)
{
    z_stream s{};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return false;
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    char buffer[64 * 1024];
    qint64 total = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        s.next_out = reinterpret_cast<Bytef*>(buffer);
        s.avail_out = sizeof buffer;
        rc = inflate(&s, Z_NO_FLUSH);
        total += static_cast<qint64>(sizeof buffer - s.avail_out);
        if (total > limit)
            break;
        if (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0)
            break; // truncated
    }
    inflateEnd(&s);
    return total > limit;
}

// Whether an Accept-Encoding header admits gzip (a q of 0 refuses it).
bool acceptsGzip(const QByteArray& header)
{
    for (const QByteArray& part : header.split(',')) {
        const QList<QByteArray> items = part.split(';');
        const QByteArray name = items.first().trimmed().toLower();
        if (name != "gzip" && name != "*")
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < items.size(); ++i) {
            const QByteArray param = items.at(i).trimmed().toLower();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > 0)
            return true;
    }
    return false;
}

// A whole number of at most `digits` digits, or nullopt.
std::optional<std::int64_t> wholeNumber(const QString& text, int digits)
{
    if (text.isEmpty() || text.size() > digits)
        return std::nullopt;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return text.toLongLong();
}

struct Route
{
    QString path;
    QByteArray method;
};

const Route kRoutes[] = {
    {u"/v1/health"_s, "GET"},
    {u"/v1/enroll"_s, "POST"},
    {u"/v1/push"_s, "POST"},
    {u"/v1/pull"_s, "GET"},
};

} // namespace

HqApi::HqApi(HqStore& store, Options options)
    : m_store(store), m_options(options), m_throttle(store.clock(), kMaxWrongCodesPerAddress),
      m_deviceThrottle(store.clock(), kMaxRefusalsPerDevice),
      m_addressThrottle(store.clock(), kMaxRefusalsPerAddress)
{
}

HttpReply HqApi::handle(const HttpRequest& request)
{
    HttpReply reply = [&]() -> HttpReply {
        const Route* route = nullptr;
        for (const Route& r : kRoutes)
            if (r.path == request.path)
                route = &r;
        if (!route)
            return errorReply(404, u"not_found"_s, u"There is nothing at this path."_s);
        if (request.method != route->method) {
            HttpReply r =
                errorReply(405, u"method_not_allowed"_s,
                           u"Use %1 for %2."_s.arg(QString::fromLatin1(route->method), route->path));
            r.addHeader("Allow", route->method);
            return r;
        }
        if (route->path == u"/v1/health"_s)
            return health();
        if (route->path == u"/v1/enroll"_s) {
            // Throttled before anything else, so guessing costs the guesser, not the server.
            if (auto refused = enrolmentThrottled(clientAddress(request)))
                return *refused;
            QJsonObject body;
            if (auto error = decodeBody(request, &body))
                return *error;
            return enroll(request, body);
        }
        Device device;
        if (auto refused = admit(request, &device))
            return *refused;
        if (route->path == u"/v1/pull"_s)
            return pull(device, request);
        QJsonObject body;
        if (auto error = decodeBody(request, &body))
            return *error;
        return push(device, body);
    }();

    return finish(request, std::move(reply));
}

HttpReply HqApi::finish(const HttpRequest& request, HttpReply reply)
{
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Vary", "Accept-Encoding");
    if (!reply.body.isEmpty() && acceptsGzip(request.header("Accept-Encoding"))) {
        const QByteArray compressed = protocol::gzip(reply.body);
        if (!compressed.isEmpty()) {
            reply.body = compressed;
            reply.addHeader("Content-Encoding", "gzip");
        }
    }
    return reply;
}

std::optional<HttpReply> HqApi::screen(const HttpRequest& head)
{
    bool answered = false; // by handle(), finished already
    const auto refused = [&]() -> std::optional<HttpReply> {
        // Only a declared length can be judged before the body: chunked bodies are refused.
        if (!head.header("Transfer-Encoding").trimmed().isEmpty())
            return errorReply(411, u"length_required"_s, u"Send the body with a Content-Length."_s);
        const QByteArray length = head.header("Content-Length").trimmed();
        if (!length.isEmpty()) {
            const auto declared = wholeNumber(QString::fromLatin1(length), 18);
            if (!declared)
                return errorReply(400, u"bad_request"_s, u"Content-Length is not a whole number."_s);
            if (*declared > protocol::kMaxBodyBytes)
                return errorReply(413, u"payload_too_large"_s, u"The body is larger than 16 MiB."_s);
        }
        const Route* route = nullptr;
        for (const Route& r : kRoutes)
            if (r.path == head.path)
                route = &r;
        // Unknown paths, wrong methods and health: the answer does not depend on a body,
        // so it is given from the head and no body is read.
        if (!route || head.method != route->method || route->path == u"/v1/health"_s) {
            answered = true;
            return handle(head);
        }
        if (route->path == u"/v1/enroll"_s) {
            // An enrolment is a code and a name: a few hundred bytes, from anyone.
            if (!length.isEmpty() && length.toLongLong() > kMaxEnrolBodyBytes)
                return errorReply(413, u"payload_too_large"_s, u"An enrolment body is at most 64 KiB."_s);
            return enrolmentThrottled(clientAddress(head));
        }
        // The same admission as handle(): one rule for both paths.
        Device device;
        return admit(head, &device);
    }();
    if (!refused || answered)
        return refused;
    return finish(head, *refused);
}

std::optional<HttpReply> HqApi::enrolmentThrottled(const QString& peer)
{
    const int wait = m_throttle.retryAfterSeconds(peer);
    if (wait <= 0)
        return std::nullopt;
    HttpReply r = errorReply(429, u"too_many_requests"_s,
                             u"Too many wrong enrolment codes from this address; try again later."_s);
    r.addHeader("Retry-After", QByteArray::number(wait));
    return r;
}

std::optional<HttpReply> HqApi::admit(const HttpRequest& request, Device* out)
{
    const auto tooMany = [](int wait, const QString& message) {
        HttpReply r = errorReply(429, u"too_many_requests"_s, message);
        r.addHeader("Retry-After", QByteArray::number(wait));
        return r;
    };
    const QString peer = clientAddress(request);
    const QString claimed = claimedDevice(request);
    // Wrong tokens for a device id are counted for that id at that address: one laptop of
    // a centre with a broken credential never holds back the others behind the same
    // address, and a right token is never refused for another device's failures.
    const QString deviceKey = peer + u'\n' + claimed;
    if (!claimed.isEmpty()) {
        if (const int wait = m_deviceThrottle.retryAfterSeconds(deviceKey); wait > 0)
            return tooMany(wait, u"Too many refused credentials for this device from this address; try "
                                 "again later."_s);
    }
    // Credentials that name no device (none, malformed, or an id nobody has) are counted
    // per address, with a limit a whole centre does not reach. Over it, only a credential
    // that names a device is still looked at (its own count above decides).
    const int addressWait = m_addressThrottle.retryAfterSeconds(peer);
    const auto addressRefusal = [&] {
        return tooMany(addressWait, u"Too many credentials naming no device from this address; try again "
                                    "later."_s);
    };
    if (addressWait > 0 && claimed.isEmpty())
        return addressRefusal();
    bool unknownDevice = false;
    if (auto error = authenticate(request, out, &unknownDevice)) {
        if (error->status != 401)
            return error;
        if (unknownDevice && addressWait > 0)
            return addressRefusal();
        if (unknownDevice || claimed.isEmpty())
            m_addressThrottle.recordFailure(peer);
        else
            m_deviceThrottle.recordFailure(deviceKey);
        auditRefusal(request, peer, *error);
        return error;
    }
    return std::nullopt;
}

QString HqApi::claimedDevice(const HttpRequest& request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.left(7).toLower() != "bearer ")
        return {};
    const QString bearer = QString::fromLatin1(header.mid(7).trimmed());
    const qsizetype dot = bearer.indexOf(u'.');
    const QString id = dot < 0 ? QString() : bearer.left(dot);
    return Uuid7::isValid(id) ? id : QString();
}

QString HqApi::clientAddress(const HttpRequest& request) const
{
    const bool loopback =
        request.peer == u"127.0.0.1"_s || request.peer == u"::1"_s || request.peer == u"::ffff:127.0.0.1"_s;
    if (m_options.trustProxyFromLoopback && loopback) {
        const QByteArray forwarded = request.header("X-Real-IP").trimmed();
        if (!forwarded.isEmpty() && forwarded.size() <= 64)
            return QString::fromLatin1(forwarded);
    }
    return request.peer;
}

std::optional<HttpReply> HqApi::decodeBody(const HttpRequest& request, QJsonObject* out) const
{
    const QByteArray encoding = request.header("Content-Encoding").trimmed().toLower();
    const bool gzipped = encoding == "gzip";
    if (!gzipped && !encoding.isEmpty() && encoding != "identity")
        return errorReply(415, u"unsupported_encoding"_s, u"Send the body as gzip or uncompressed."_s);
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != kJson)
        return errorReply(415, u"unsupported_media_type"_s, u"Send the body as application/json."_s);
    if (request.body.size() > protocol::kMaxBodyBytes)
        return errorReply(413, u"payload_too_large"_s, u"The body is larger than 16 MiB."_s);

    QByteArray plain;
    if (gzipped) {
        auto inflated = protocol::gunzip(request.body, protocol::kMaxBodyBytes);
        if (!inflated) {
            if (inflatesBeyond(request.body, protocol::kMaxBodyBytes))
                return errorReply(413, u"payload_too_large"_s, u"The body inflates to more than 16 MiB."_s);
            return errorReply(400, u"bad_gzip"_s, u"The body is not valid gzip."_s);
        }
        plain = std::move(*inflated);
    } else {
        plain = request.body;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError)
        return errorReply(
            400, u"bad_json"_s,
            u"The body is not valid JSON: %1 at %2."_s.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return errorReply(400, u"bad_json"_s, u"The body must be a JSON object."_s);
    *out = doc.object();
    return std::nullopt;
}

std::optional<HttpReply> HqApi::authenticate(const HttpRequest& request, Device* out, bool* unknownDevice)
{
    *unknownDevice = false;
    const auto refuse = [](const QString& message, const QString& code = u"unauthorized"_s) {
        HttpReply r = errorReply(401, code, message);
        r.addHeader("WWW-Authenticate", "Bearer realm=\"prihvat\"");
        return r;
    };
    const QByteArray header = request.header("Authorization").trimmed();
    *unknownDevice = true;
    if (header.size() < 8 || header.left(7).toLower() != "bearer ")
        return refuse(u"This request needs the device credential (Authorization: Bearer …)."_s);
    *unknownDevice = false;
    auto device = m_store.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (!device) {
        if (device.error().code == Error::Code::Io)
            return storeFailure(device.error().message);
        // The device's own credential, revoked: the device is told so (docs/SYNC.md), and
        // destroys its keys.
        if (device.error().code == Error::Code::Revoked)
            return refuse(device.error().message, QString::fromLatin1(protocol::kRevokedError));
        *unknownDevice = device.error().code == Error::Code::NotFound;
        return refuse(device.error().message);
    }
    *out = *device;
    return std::nullopt;
}

void HqApi::auditRefusal(const HttpRequest& request, const QString& peer, const HttpReply& reply)
{
    // The claimed device id (when the credential names one), never the token.
    const QByteArray header = request.header("Authorization").trimmed();
    const QString bearer =
        header.left(7).toLower() == "bearer " ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
    const QString claimed = bearer.left(bearer.indexOf(u'.'));
    QJsonObject detail{
        {u"path"_s, request.path.left(64)},
        {u"reason"_s, QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toString()}};
    if (Uuid7::isValid(claimed))
        detail.insert(u"device"_s, claimed);
    if (Status s = m_store.audit().append(
            {HqAudit::addressActor(peer.left(64)), QString::fromUtf16(HqAudit::kAuthFailed), QString(),
             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        !s)
        qCWarning(lcHq) << "could not write the audit trail:" << s.error().message;
}

HttpReply HqApi::storeFailure(const QString& message)
{
    qCWarning(lcHq) << "database failure:" << message;
    // Open the connection again if it was lost, so that the retry finds it working.
    (void)m_store.database().ping();
    HttpReply r = errorReply(503, u"unavailable"_s, u"The database is not available; try again later."_s);
    r.addHeader("Retry-After", "5");
    return r;
}

HttpReply HqApi::health()
{
    if (Status s = m_store.database().ping(); !s)
        return storeFailure(s.error().message);
    return jsonReply(200, QJsonObject{{u"status"_s, u"ok"_s},
                                      {u"version"_s, QStringLiteral(PRIHVAT_VERSION)},
                                      {u"database"_s, m_store.database().engineName()},
                                      {u"time"_s, isoTime(m_store.clock().nowMs())}});
}

HttpReply HqApi::enroll(const HttpRequest& request, const QJsonObject& body)
{
    const QJsonValue code = body.value(u"code"_s);
    const QJsonValue name = body.value(u"name"_s);
    if (!code.isString())
        return errorReply(400, u"bad_request"_s, u"code must be a string"_s);
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return errorReply(400, u"bad_request"_s, u"name must be a string"_s);
    auto enrolment = m_store.enroll(code.toString(), name.toString());
    if (!enrolment) {
        if (enrolment.error().code == Error::Code::Io)
            return storeFailure(enrolment.error().message);
        m_throttle.recordFailure(clientAddress(request));
        HttpReply refused = errorReply(401, u"enrolment_refused"_s, enrolment.error().message);
        auditRefusal(request, clientAddress(request), refused);
        return refused;
    }
    const Device& d = enrolment->device;
    qCInfo(lcHq).noquote() << "device" << d.id << "enrolled";
    return jsonReply(200, QJsonObject{{u"device_id"_s, d.id},
                                      {u"token"_s, enrolment->token},
                                      {u"sites"_s, QJsonArray::fromStringList(d.sites)},
                                      {u"role"_s, d.role},
                                      {u"server_time"_s, isoTime(m_store.clock().nowMs())}});
}

HttpReply HqApi::push(const Device& device, const QJsonObject& body)
{
    auto request = protocol::PushRequest::fromJson(body);
    if (!request)
        return errorReply(400, u"bad_request"_s, request.error().message);
    auto answer = m_store.push(device, *request);
    if (!answer) {
        // The batch id names a batch of this device with other changes: nothing is stored,
        // and the device sends the changes again under a new batch id.
        if (answer.error().code == Error::Code::Conflict)
            return errorReply(409, u"batch_id_reused"_s, answer.error().message);
        return storeFailure(answer.error().message);
    }
    return jsonReply(200, *answer);
}

HttpReply HqApi::pull(const Device& device, const HttpRequest& request)
{
    const QUrlQuery query(request.query);
    std::int64_t after = 0;
    int limit = protocol::kDefaultPullLimit;
    if (query.hasQueryItem(u"after"_s)) {
        const auto v = wholeNumber(query.queryItemValue(u"after"_s, QUrl::FullyDecoded), 15);
        if (!v)
            return errorReply(400, u"bad_cursor"_s, u"after must be a whole number ≥ 0."_s);
        after = *v;
    }
    if (query.hasQueryItem(u"limit"_s)) {
        const auto v = wholeNumber(query.queryItemValue(u"limit"_s, QUrl::FullyDecoded), 9);
        if (!v || *v < 1)
            return errorReply(400, u"bad_request"_s, u"limit must be a whole number ≥ 1."_s);
        limit = static_cast<int>(std::min<std::int64_t>(*v, protocol::kMaxPullLimit));
    }
    auto page = m_store.pull(device, after, limit);
    if (!page)
        return storeFailure(page.error().message);
    return jsonReply(200, page->toJson());
}

} // namespace prihvat::hq
