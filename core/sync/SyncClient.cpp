#include "SyncClient.h"

#include "Protocol.h"
#include "SyncLog.h"
#include "common/Uuid7.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// However long a server asks a device to wait (429), it waits at most this long.
constexpr int kMaxRetryAfterMs = 5 * 60 * 1000;
// New batch ids taken for one batch that headquarters keeps answering 409 batch_id_reused.
constexpr int kMaxBatchRenewals = 3;
// A sync pushes again what was saved while it ran, but not forever.
constexpr int kMaxRounds = 8;
// Set on a reply whose server did not present the pinned certificate.
constexpr const char* kPinRefused = "prihvatPinRefused";

QString pinOf(const QSslCertificate& certificate)
{
    return certificate.isNull() ? QString()
                                : protocol::certificatePin(certificate.digest(QCryptographicHash::Sha256));
}

bool isReachable(QNetworkInformation::Reachability r)
{
    return r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site;
}

} // namespace

// One HTTP answer, sorted by what the device does about it (docs/SYNC.md, "Errors").
struct SyncClient::Answer
{
    enum class Kind
    {
        Ok,
        Transient,
        TooLarge,
        RateLimited,
        Unauthorized,
        Revoked,
        BatchIdReused,
        Refused
    };
    Kind kind = Kind::Transient;
    int status = 0;
    QByteArray body; // decompressed
    QString text;    // for everything but Ok: what went wrong, in plain words
    int retryAfterMs = 0;
};

SyncClient::SyncClient(LocalStore& store, QNetworkAccessManager* network, const Clock& clock, Random random,
                       QObject* parent)
    : QObject(parent), m_store(store), m_state(store), m_network(network), m_clock(clock),
      m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingOp)
            return;
        const Op op = *m_waitingOp;
        m_waitingOp.reset();
        send(op);
    });
    m_autoTimer = new QTimer(this);
    connect(m_autoTimer, &QTimer::timeout, this, [this] { startIfEnrolled(); });
}

SyncClient::~SyncClient()
{
    abortReply();
}

int SyncClient::backoffMs(int attempt) const
{
    const double base = std::max(1, m_options.baseDelayMs);
    const double ceiling = std::min(static_cast<double>(std::max(m_options.maxDelayMs, 1)),
                                    base * std::pow(2.0, std::clamp(attempt - 1, 0, 40)));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return static_cast<int>(std::min(ceiling - 1, std::floor(r * ceiling)));
}

void SyncClient::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT progress(phase, m_report);
}

std::optional<QString> SyncClient::refuseInsecure(const QUrl& url) const
{
    if (url.scheme() != u"http"_s || m_options.allowInsecureHttp)
        return std::nullopt;
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
        return std::nullopt;
    return tr("\"%1\" is a plain http address: the device's credential and every answer would cross the "
              "network readable by anyone on the way. Use the https address of headquarters.")
        .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
}

QNetworkRequest SyncClient::request(const QString& path, const QString& query,
                                    const QByteArray& credential) const
{
    QUrl url(m_phase == Phase::Enrolling ? m_enrollUrl : m_state.serverUrl());
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query.isEmpty() ? QString() : query);
    url.setFragment(QString());
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("prihvat/" PRIHVAT_VERSION));
    // Asked for explicitly, so Qt hands the body over as it came; read() inflates it.
    r.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("gzip"));
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    r.setTransferTimeout(m_options.transferTimeoutMs);
    if (!credential.isEmpty()) {
        QByteArray header = "Bearer " + credential;
        r.setRawHeader(QByteArrayLiteral("Authorization"), header);
        header.fill('\0');
    }
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = r.sslConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        r.setSslConfiguration(tls);
    }
    return r;
}

QString SyncClient::pinFor(Op op) const
{
    return op == Op::Enroll ? m_enrollPin : m_state.tlsPin();
}

void SyncClient::guardPin(QNetworkReply* reply, const QString& pin)
{
    // A self-signed certificate raises errors: they are ignored only for the pinned one.
    connect(reply, &QNetworkReply::sslErrors, this, [reply, pin](const QList<QSslError>& errors) {
        bool pinned = !errors.isEmpty();
        for (const QSslError& e : errors)
            if (!e.certificate().isNull() && pinOf(e.certificate()) != pin)
                pinned = false;
        if (pinned && pinOf(reply->sslConfiguration().peerCertificate()) != pin &&
            !reply->sslConfiguration().peerCertificate().isNull())
            pinned = false;
        if (pinned) {
            reply->ignoreSslErrors(errors);
            return;
        }
        reply->setProperty(kPinRefused, true);
        reply->abort();
    });
    // After every handshake, before a byte of the request goes out (Qt waits for this slot).
    connect(reply, &QNetworkReply::encrypted, this, [reply, pin] {
        if (pinOf(reply->sslConfiguration().peerCertificate()) == pin)
            return;
        reply->setProperty(kPinRefused, true);
        reply->abort();
    });
}

void SyncClient::pinRefused(Op op)
{
    const QString text =
        tr("Headquarters did not show the certificate this device was enrolled with, so "
           "nothing was sent. Someone may be intercepting the connection; tell headquarters.");
    qCWarning(lcSync) << "the server's certificate does not match the pinned one; nothing sent";
    if (op == Op::Enroll)
        finishEnroll(false, text);
    else
        fail(text);
}

void SyncClient::abortReply()
{
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncClient::send(Op op)
{
    if (!m_network) {
        const QString text = tr("No network access is available to reach headquarters.");
        if (op == Op::Enroll)
            finishEnroll(false, text);
        else
            fail(text);
        return;
    }
    // A pinned server is spoken to over https only: nothing goes out in plain text.
    const QString pin = pinFor(op);
    if (!pin.isEmpty() && QUrl(op == Op::Enroll ? m_enrollUrl : m_state.serverUrl()).scheme() != u"https"_s) {
        const QString text = tr("This device talks to headquarters only over https with the certificate it "
                                "was enrolled with, and the server address is not https. Nothing was sent.");
        if (op == Op::Enroll)
            finishEnroll(false, text);
        else
            fail(text);
        return;
    }
    const QUrl target(op == Op::Enroll ? m_enrollUrl : m_state.serverUrl());
    if (const std::optional<QString> refused = refuseInsecure(target)) {
        if (op == Op::Enroll)
            finishEnroll(false, *refused);
        else
            fail(*refused);
        return;
    }
    // The credential opens only while a user is logged in; it is wiped once the request
    // holds it.
    QByteArray credential;
    if (op != Op::Enroll) {
        auto opened = m_state.credential();
        if (!opened) {
            fail(opened.error().message, false);
            return;
        }
        credential = std::move(*opened);
    }
    const auto wipe = qScopeGuard([&credential] { credential.fill('\0'); });
    QNetworkReply* reply = nullptr;
    switch (op) {
    case Op::Enroll: {
        setPhase(Phase::Enrolling);
        const QJsonObject body{{u"code"_s, m_enrollCode}, {u"name"_s, m_enrollName}};
        QNetworkRequest r = request(u"/v1/enroll"_s);
        r.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
        reply = m_network->post(r, protocol::gzip(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        break;
    }
    case Op::Push: {
        setPhase(Phase::Pushing);
        if (Status s = m_state.noteAttempt(m_batch->batchId); !s) {
            fail(s.error().message);
            return;
        }
        QNetworkRequest r = request(u"/v1/push"_s, QString(), credential);
        r.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
        protocol::PushRequest pushRequest = m_batch->request();
        // The head of this device's audit trail goes along: headquarters records it, so a
        // trail rewritten here later no longer matches what headquarters saw. A retry sends
        // the head of the first attempt (the same request).
        protocol::AuditHead current;
        if (auto head = AuditLog(m_store).entries(1); head && !head->isEmpty())
            current = {head->first().seq, QString::fromLatin1(head->first().hash.toHex())};
        auto sending = m_state.auditHeadFor(m_batch->batchId, current);
        if (!sending) {
            fail(sending.error().message);
            return;
        }
        pushRequest.auditHead = *sending;
        // What the trail holds now where it ended at the last accepted push: headquarters
        // compares it with the head it recorded then (all zeros: that entry is gone).
        if (const protocol::AuditHead sent = m_state.auditHeadSent(); sent.seq > 0) {
            auto hash = AuditLog(m_store).hashAt(sent.seq);
            if (!hash) {
                fail(hash.error().message);
                return;
            }
            pushRequest.auditAnchor = {sent.seq, *hash ? QString::fromLatin1(hash->value().toHex())
                                                       : QString(AuditLog::kHashBytes * 2, u'0')};
        }
        const QByteArray json = QJsonDocument(pushRequest.toJson()).toJson(QJsonDocument::Compact);
        reply = m_network->post(r, protocol::gzip(json));
        qCDebug(lcSync) << "push" << m_batch->batchId << m_batch->changes.size() << "changes, attempt"
                        << m_attempt + 1;
        break;
    }
    case Op::Pull: {
        setPhase(Phase::Pulling);
        QUrlQuery q;
        q.addQueryItem(u"after"_s, QString::number(m_pullAfter));
        q.addQueryItem(u"limit"_s,
                       QString::number(std::clamp(m_options.pullLimit, 1, protocol::kMaxPullLimit)));
        reply = m_network->get(request(u"/v1/pull"_s, q.toString(QUrl::FullyEncoded), credential));
        qCDebug(lcSync) << "pull after" << m_pullAfter << "attempt" << m_attempt + 1;
        break;
    }
    }
    m_reply = reply;
    if (!pin.isEmpty())
        guardPin(reply, pin);
    connect(reply, &QNetworkReply::finished, this, [this, op, reply] {
        if (m_reply != reply)
            return;
        m_reply.clear();
        reply->deleteLater();
        if (reply->property(kPinRefused).toBool()) {
            pinRefused(op);
            return;
        }
        onReply(op, reply);
    });
}

SyncClient::Answer SyncClient::read(QNetworkReply* reply) const
{
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray raw = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool gzipped = reply->rawHeader(QByteArrayLiteral("Content-Encoding")).toLower().contains("gzip") &&
                         raw.startsWith("\x1f\x8b");
    if (gzipped) {
        if (auto inflated = protocol::gunzip(raw))
            a.body = std::move(*inflated);
        else if (a.status >= 200 && a.status < 300)
            a.status = -1; // a damaged answer: as good as none
    } else {
        a.body = std::move(raw);
    }
    QString serverMessage;
    QString serverCode;
    if (a.status >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(a.body).object();
        serverMessage = error.value(u"message"_s).toString().left(300);
        serverCode = error.value(u"error"_s).toString().left(64);
    }
    const auto error = reply->error();
    if (a.status == -1) {
        a.kind = Answer::Kind::Transient;
        a.text = tr("The answer from headquarters arrived damaged.");
    } else if (a.status == 0) {
        a.kind = Answer::Kind::Transient;
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            a.text = tr("Headquarters did not answer in time.");
        else
            a.text = tr("Headquarters cannot be reached (%1).").arg(reply->errorString());
    } else if (a.status >= 200 && a.status < 300) {
        // A connection cut in the middle of the body: Qt may report the status it had.
        a.kind = error == QNetworkReply::NoError ? Answer::Kind::Ok : Answer::Kind::Transient;
        a.text = tr("The answer from headquarters was cut off (%1).").arg(reply->errorString());
    } else if (a.status == 401 && serverCode == QLatin1String(protocol::kRevokedError)) {
        a.kind = Answer::Kind::Revoked;
        a.text = tr("Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.");
    } else if (a.status == 401) {
        a.kind = Answer::Kind::Unauthorized;
        a.text =
            tr("Headquarters refused this device's credential: it may have been revoked. Ask headquarters to "
               "enrol the device again.");
    } else if (a.status == 413) {
        a.kind = Answer::Kind::TooLarge;
        a.text = tr("Headquarters found the request too large.");
    } else if (a.status == 429) {
        a.kind = Answer::Kind::RateLimited;
        bool ok = false;
        const int seconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
        a.retryAfterMs = ok && seconds >= 0 ? std::min(seconds, kMaxRetryAfterMs / 1000) * 1000 : -1;
        a.text = tr("Headquarters is busy and asked this device to wait.");
    } else if (a.status == 408 || a.status >= 500) {
        a.kind = Answer::Kind::Transient;
        a.text = tr("Headquarters has a problem (HTTP %1).").arg(a.status);
    } else {
        a.kind = Answer::Kind::Refused;
        a.text =
            serverMessage.isEmpty()
                ? tr("Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.")
                      .arg(a.status)
                : tr("Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for "
                     "help.")
                      .arg(a.status)
                      .arg(serverMessage);
        // The batch id names another batch at headquarters: sent again under a new id.
        if (a.status == 409 && serverCode == QLatin1String(protocol::kBatchIdReusedError))
            a.kind = Answer::Kind::BatchIdReused;
    }
    return a;
}

void SyncClient::onReply(Op op, QNetworkReply* reply)
{
    const Answer a = read(reply);
    switch (a.kind) {
    case Answer::Kind::Ok:
        if (op == Op::Enroll)
            handleEnroll(a.body);
        else if (op == Op::Push)
            handlePush(a.body);
        else
            handlePull(a.body);
        return;
    case Answer::Kind::Transient:
        retryLater(op, a.text);
        return;
    case Answer::Kind::RateLimited:
        if (op == Op::Enroll) {
            finishEnroll(
                false,
                a.retryAfterMs > 0
                    ? tr("Too many enrolment attempts; try again in %1 seconds.").arg(a.retryAfterMs / 1000)
                    : tr("Too many enrolment attempts; try again later."));
            return;
        }
        retryLater(op, a.text, a.retryAfterMs >= 0 ? std::optional<int>(a.retryAfterMs) : std::nullopt);
        return;
    case Answer::Kind::TooLarge:
        if (op == Op::Push) {
            m_attempt = 0;
            auto rejected = m_state.splitBatch(*m_batch, tr("Too large for headquarters to accept."));
            if (!rejected) {
                fail(rejected.error().message);
                return;
            }
            m_report.rejected += *rejected;
            m_batch.reset();
            pushNext();
            return;
        }
        break;
    case Answer::Kind::Unauthorized:
        if (op == Op::Enroll) {
            finishEnroll(
                false,
                tr("The enrolment code is wrong, already used or expired. Ask headquarters for a new one."));
            return;
        }
        qCWarning(lcSync) << "credential refused (401)";
        fail(a.text);
        Q_EMIT credentialRefused();
        return;
    case Answer::Kind::Revoked: {
        if (op == Op::Enroll) {
            finishEnroll(false, a.text);
            return;
        }
        qCWarning(lcSync) << "headquarters has revoked this device (401)";
        const Error error = Error::revoked(a.text);
        Q_EMIT credentialRefused();
        Q_EMIT revoked(error);
        fail(a.text, true, error);
        return;
    }
    case Answer::Kind::BatchIdReused:
        // Headquarters stored another batch under this id (this device was restored from a
        // backup, say): nothing of this one was stored, so its changes go out again under a
        // new id. Only a few times for one batch: a server that keeps refusing is refused.
        if (op == Op::Push && m_batch && m_renewals < kMaxBatchRenewals) {
            ++m_renewals;
            auto renewed = m_state.renewBatch(*m_batch);
            if (!renewed) {
                fail(renewed.error().message);
                return;
            }
            qCWarning(lcSync) << "batch" << m_batch->batchId << "already used at headquarters; sent again as"
                              << *renewed;
            m_attempt = 0;
            m_batch.reset();
            pushNext();
            return;
        }
        break;
    case Answer::Kind::Refused:
        break;
    }
    qCWarning(lcSync) << "request refused with HTTP" << a.status << a.text;
    if (op == Op::Enroll)
        finishEnroll(false, a.text);
    else
        fail(a.text);
}

void SyncClient::retryLater(Op op, const QString& reason, std::optional<int> delayMs)
{
    ++m_attempt;
    const int limit = op == Op::Enroll && m_options.maxAttempts <= 0 ? 4 : m_options.maxAttempts;
    if (limit > 0 && m_attempt >= limit) {
        qCWarning(lcSync) << "giving up after" << m_attempt << "attempts:" << reason;
        if (op == Op::Enroll)
            finishEnroll(false, tr("%1 Gave up after %n attempt(s).", nullptr, m_attempt).arg(reason));
        else
            fail(tr("%1 Gave up after %n attempt(s); your changes are kept for the next sync.", nullptr,
                    m_attempt)
                     .arg(reason));
        return;
    }
    const int delay = delayMs ? *delayMs : backoffMs(m_attempt);
    qCInfo(lcSync) << "attempt" << m_attempt << "failed:" << reason << "- retrying in" << delay << "ms";
    if (op != Op::Enroll)
        static_cast<void>(
            m_state.setLastError(tr("%1 Your changes are kept and sync will try again.").arg(reason)));
    m_waitingOp = op;
    setPhase(Phase::Waiting);
    Q_EMIT retrying(m_attempt, delay, reason);
    m_retryTimer->start(delay);
}

void SyncClient::enroll(const QString& serverUrl, const QString& code, const QString& deviceName)
{
    if (isBusy()) {
        QTimer::singleShot(
            0, this, [this] { Q_EMIT enrolled(false, tr("A sync is under way; enrol when it is done.")); });
        return;
    }
    const QUrl url(serverUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        QTimer::singleShot(0, this, [this, serverUrl] {
            Q_EMIT enrolled(
                false,
                tr("\"%1\" is not a server address; it looks like https://hq.example.org.").arg(serverUrl));
        });
        return;
    }
    if (code.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT enrolled(false, tr("The enrolment code is empty.")); });
        return;
    }
    bool codeOk = false;
    const protocol::EnrolmentCode parts = protocol::splitEnrolmentCode(code, &codeOk);
    if (!codeOk) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT enrolled(false, tr("The part of the enrolment code after \"@\" is damaged; copy the whole "
                                      "code from headquarters again."));
        });
        return;
    }
    if (const std::optional<QString> refused = parts.pin.isEmpty() ? refuseInsecure(url) : std::nullopt) {
        QTimer::singleShot(0, this, [this, text = *refused] { Q_EMIT enrolled(false, text); });
        return;
    }
    if (!parts.pin.isEmpty() && url.scheme() != u"https"_s) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT enrolled(false, tr("This enrolment code is for a server with a certificate: its address "
                                      "must start with https://."));
        });
        return;
    }
    m_enrollUrl = url.toString(QUrl::StripTrailingSlash);
    m_enrollCode = parts.code;
    m_enrollPin = parts.pin;
    m_enrollName = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    m_attempt = 0;
    m_report = {};
    m_phase = Phase::Enrolling;
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Enrolling && !m_reply)
            send(Op::Enroll);
    });
}

void SyncClient::handleEnroll(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Enrolment e;
    e.serverUrl = m_enrollUrl;
    e.deviceId = o.value(u"device_id"_s).toString();
    e.token = o.value(u"token"_s).toString();
    e.role = o.value(u"role"_s).toString();
    e.tlsPin = m_enrollPin;
    for (const QJsonValue& v : o.value(u"sites"_s).toArray())
        e.sites.append(v.toString());
    if (!Uuid7::isValid(e.deviceId) || e.token.isEmpty()) {
        finishEnroll(false,
                     tr("Headquarters answered the enrolment with something this device cannot read."));
        return;
    }
    if (Status s = m_state.saveEnrolment(e); !s) {
        finishEnroll(false, s.error().message);
        return;
    }
    qCInfo(lcSync) << "enrolled with" << m_enrollUrl << "as device" << e.deviceId << "for sites" << e.sites;
    finishEnroll(true, QString());
}

void SyncClient::finishEnroll(bool ok, const QString& text)
{
    m_enrollCode.clear();
    m_phase = Phase::Idle;
    Q_EMIT progress(m_phase, m_report);
    Q_EMIT enrolled(ok, text);
}

bool SyncClient::start()
{
    if (isBusy())
        return false;
    m_report = {};
    m_attempt = 0;
    m_renewals = 0;
    m_rounds = 0;
    m_batch.reset();
    m_phase = Phase::Pushing;
    Q_EMIT started();
    QTimer::singleShot(0, this, [this] {
        if (m_phase != Phase::Pushing || m_reply)
            return;
        if (!m_state.isEnrolled()) {
            fail(tr("This device is not enrolled with headquarters yet, so it cannot sync."), false);
            return;
        }
        // Locked, neither the credential nor the sealed answers of the outbox open: nothing
        // is sent, and no error is kept for the next user.
        if (m_store.isLocked()) {
            auto locked = m_state.credential();
            fail(locked ? QString() : locked.error().message, false);
            return;
        }
        pushNext();
    });
    return true;
}

bool SyncClient::startIfEnrolled()
{
    if (isBusy() || !m_state.isEnrolled() || m_store.isLocked())
        return false;
    return start();
}

void SyncClient::cancel()
{
    if (!isBusy())
        return;
    abortReply();
    m_retryTimer->stop();
    const bool enrolling = m_phase == Phase::Enrolling || m_waitingOp == Op::Enroll;
    m_waitingOp.reset();
    if (enrolling)
        finishEnroll(false, tr("Enrolment was cancelled."));
    else
        fail(tr("Sync was stopped before it finished. Your changes are kept."), false);
}

void SyncClient::pushNext()
{
    auto batch = m_state.nextBatch(std::clamp(m_options.batchSize, 1, protocol::kMaxBatchChanges));
    if (!batch) {
        fail(batch.error().message);
        return;
    }
    if (!batch->has_value()) {
        m_batch.reset();
        m_attempt = 0;
        m_pullAfter = m_state.cursor();
        send(Op::Pull);
        return;
    }
    m_batch = std::move(**batch);
    send(Op::Push);
}

void SyncClient::handlePush(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject o = doc.object();
    // One result per change, whether the server folded runs of accepted ones or not.
    const auto expanded = protocol::expandResults(o.value(u"results"_s).toArray());
    const QList<protocol::PushResult> parsed = expanded.value_or(QList<protocol::PushResult>());
    // An answer to another batch (a confused proxy) is as good as none.
    const bool sameBatch =
        !o.contains(u"batch_id"_s) || o.value(u"batch_id"_s).toString() == m_batch->batchId;
    const bool readable = error.error == QJsonParseError::NoError && doc.isObject() && sameBatch && expanded &&
                          parsed.size() == m_batch->changes.size();
    if (!readable) {
        // A cut or garbled answer: the batch is idempotent, so sending it again is safe.
        retryLater(Op::Push, tr("The answer from headquarters could not be read."));
        return;
    }
    auto outcome = m_state.recordPushAnswer(*m_batch, parsed);
    if (!outcome) {
        fail(outcome.error().message);
        return;
    }
    m_attempt = 0;
    m_renewals = 0;
    m_report.pushed += outcome->accepted + outcome->conflicts;
    m_report.conflicts += outcome->conflicts;
    m_report.rejected += outcome->rejected;
    // Conflicts whose entry was known already are still "taken" by the server.
    const int conflictResults =
        static_cast<int>(std::count_if(parsed.cbegin(), parsed.cend(), [](const protocol::PushResult& r) {
            return r.status == protocol::PushResult::Status::Conflict;
        }));
    m_report.pushed += conflictResults - outcome->conflicts;
    qCInfo(lcSync) << "batch" << m_batch->batchId << "answered:" << outcome->accepted << "accepted,"
                   << conflictResults << "conflicts," << outcome->rejected << "rejected";
    m_batch.reset();
    Q_EMIT progress(m_phase, m_report);
    pushNext();
}

void SyncClient::pullNext()
{
    m_attempt = 0;
    m_pullAfter = m_state.cursor();
    send(Op::Pull);
}

void SyncClient::handlePull(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        retryLater(Op::Pull, tr("The answer from headquarters could not be read."));
        return;
    }
    auto page = protocol::PullResponse::fromJson(doc.object());
    if (!page) {
        retryLater(Op::Pull, tr("The answer from headquarters could not be read."));
        return;
    }
    auto outcome = m_state.applyPull(*page);
    if (!outcome) {
        fail(outcome.error().message);
        return;
    }
    m_attempt = 0;
    m_report.pulled += outcome->received;
    m_report.conflicts += outcome->newConflicts;
    m_report.reference += outcome->reference;
    Q_EMIT progress(m_phase, m_report);
    if (page->more && page->next > m_pullAfter) {
        pullNext();
        return;
    }
    if (page->more)
        qCWarning(lcSync) << "headquarters said there is more after" << m_pullAfter
                          << "but gave no later cursor";
    // What was saved while this sync ran goes out too.
    auto pending = m_state.pendingChanges();
    if (pending && *pending > 0 && ++m_rounds < kMaxRounds) {
        pushNext();
        return;
    }
    succeed();
}

void SyncClient::succeed()
{
    if (Status s = m_state.recordSuccess(m_clock.nowMs()); !s)
        qCWarning(lcSync) << "could not record the sync time:" << s.error().message;
    m_report.ok = true;
    m_report.errorText.clear();
    m_batch.reset();
    m_phase = Phase::Idle;
    qCInfo(lcSync) << "sync done:" << m_report.pushed << "pushed," << m_report.pulled << "pulled,"
                   << m_report.conflicts << "conflicts," << m_report.rejected << "rejected";
    Q_EMIT progress(m_phase, m_report);
    Q_EMIT finished(m_report);
}

void SyncClient::fail(const QString& text, bool remember, std::optional<Error> error)
{
    m_report.error = std::move(error);
    if (remember)
        if (Status s = m_state.setLastError(text); !s)
            qCWarning(lcSync) << "could not record the sync error:" << s.error().message;
    m_report.ok = false;
    m_report.errorText = text;
    m_batch.reset();
    m_retryTimer->stop();
    m_waitingOp.reset();
    m_phase = Phase::Idle;
    qCInfo(lcSync) << "sync stopped:" << text;
    Q_EMIT progress(m_phase, m_report);
    Q_EMIT finished(m_report);
}

void SyncClient::setAutomatic(bool on)
{
    m_automatic = on;
    if (!on) {
        m_autoTimer->stop();
        return;
    }
    m_autoTimer->start(std::max(1000, m_options.autoIntervalMs));
    if (m_reachabilityHooked)
        return;
    // Without a backend (no NetworkManager, a container) the interval timer still runs.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        qCInfo(lcSync) << "no network information backend; syncing by interval only";
        return;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info)
        return;
    m_reachabilityHooked = true;
    m_wasReachable = isReachable(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                const bool reachable = isReachable(r);
                const bool returned = reachable && !m_wasReachable;
                m_wasReachable = reachable;
                if (returned && m_automatic) {
                    qCInfo(lcSync) << "network is back";
                    connectivityReturned();
                }
            });
}

void SyncClient::connectivityReturned()
{
    if (m_phase == Phase::Waiting && m_waitingOp) {
        m_retryTimer->stop();
        const Op op = *m_waitingOp;
        m_waitingOp.reset();
        send(op);
        return;
    }
    startIfEnrolled();
}

} // namespace prihvat
