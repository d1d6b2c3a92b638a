#pragma once

#include "EnrolmentThrottle.h"
#include "HttpMessage.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace prihvat::hq {

class HqStore;
struct Device;

// The headquarters HTTP API of docs/SYNC.md as a pure function of the request: routing,
// decoding (gzip, content type, size, JSON), authentication, throttling of wrong enrolment
// codes per client address and of refused credentials per (address, device id), and
// the answer (gzip when the client accepts it). Every error body is protocol::errorBody.
// Holds no state between requests but the throttles; never blocks on anything
// but the database, and never crashes on any input (a fuzz target drives it).
class HqApi
{
public:
    struct Options
    {
        // Take the client address from X-Real-IP when the request comes from a loopback
        // address (nginx on the same host); otherwise every client behind nginx would share
        // one enrolment throttle.
        bool trustProxyFromLoopback = true;
    };

    // The throttles (docs/SYNC.md), each over 10 minutes from the first failure, in memory:
    // wrong enrolment codes per client address; refused credentials that name a device
    // per (address, device id); credentials that name no device (missing, malformed, an
    // unknown id) per address.
    static constexpr int kMaxWrongCodesPerAddress = 30;
    static constexpr int kMaxRefusalsPerDevice = 10;
    static constexpr int kMaxRefusalsPerAddress = 100;

    HqApi(HqStore& store, Options options);
    explicit HqApi(HqStore& store) : HqApi(store, Options{}) {}

    HttpReply handle(const HttpRequest& request);

    // Judges a request from its head alone (`head.body` must be empty), before its body is
    // read: the reply to send without reading the body, or nullopt to read the body and
    // handle() it. Refused are a chunked body (411), a declared Content-Length over the
    // body limit (413; 64 KiB for an enrolment), and on the paths that need a credential
    // the same 429 and 401 that handle() would answer (counted by the throttle and written
    // to the audit trail the same way). Requests whose answer does not depend on a body
    // (health, unknown paths, wrong methods) are answered here in full.
    std::optional<HttpReply> screen(const HttpRequest& head);

private:
    HttpReply health();
    HttpReply enroll(const HttpRequest& request, const QJsonObject& body);
    HttpReply push(const Device& device, const QJsonObject& body);
    HttpReply pull(const Device& device, const HttpRequest& request);

    // The body as a JSON object, or the error reply (413, 415, 400).
    std::optional<HttpReply> decodeBody(const HttpRequest& request, QJsonObject* out) const;
    // The device that sent the request, or the error reply (401, 503); `unknownDevice`
    // says a 401 named no device (no or a malformed credential, or an unknown id).
    std::optional<HttpReply> authenticate(const HttpRequest& request, Device* out, bool* unknownDevice);
    // Throttles, then authenticates (the same for handle() and screen()): the device, or
    // the reply (429, 401, 503). A 401 is counted and written to the audit trail.
    std::optional<HttpReply> admit(const HttpRequest& request, Device* out);
    // The 429 while the client address is throttled for wrong enrolment codes.
    std::optional<HttpReply> enrolmentThrottled(const QString& peer);
    // The device id the credential names (a lower-case UUID), or empty.
    static QString claimedDevice(const HttpRequest& request);
    QString clientAddress(const HttpRequest& request) const;
    // A refused credential goes to the audit trail: the address, the claimed device id.
    void auditRefusal(const HttpRequest& request, const QString& peer, const HttpReply& reply);
    HttpReply storeFailure(const QString& message);
    // The headers every answer gets; the body gzip-compressed when the client accepts it.
    static HttpReply finish(const HttpRequest& request, HttpReply reply);

    HqStore& m_store;
    Options m_options;
    EnrolmentThrottle m_throttle;
    // Refused credentials of a known device id, per (address, device id).
    EnrolmentThrottle m_deviceThrottle;
    // Refused credentials that name no device, per address.
    EnrolmentThrottle m_addressThrottle;
};

} // namespace prihvat::hq
