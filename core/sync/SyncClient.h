#pragma once

#include "SyncReport.h"
#include "common/Clock.h"
#include "store/SyncState.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;
class QUrl;

namespace prihvat {

class LocalStore;

// The device side of docs/SYNC.md: enrolment, then syncs that push the outbox in batches
// until it is empty and pull pages until there are no more, storing every answer in the
// local database as it arrives (SyncState). Everything is asynchronous on the thread's
// event loop: nothing here waits on the network. Network errors, timeouts and 5xx answers
// retry the same request with exponential back-off and full jitter; 413 splits a batch; 429
// waits as told; 401 stops and says so (credentialRefused; `revoked` too when headquarters
// says the device is revoked); other 4xx answers are recorded and stop the sync.
// Plain http is refused unless the server is on this computer (loopback) or
// Options::allowInsecureHttp is set. The credential is opened from its sealed form for each
// request only and wiped after, so syncing needs a logged-in user (the store unlocked).
// A device enrolled with a pinned certificate talks only https to a server presenting that
// very certificate: any other is refused after the handshake, before anything is sent.
// It reports through signals and never asks the user anything.
class SyncClient final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int baseDelayMs = 1000;             // first back-off ceiling
        int maxDelayMs = 5 * 60 * 1000;     // back-off ceiling never exceeds this
        int maxAttempts = 0;                // sends of one request before giving up; 0: never give up
        int transferTimeoutMs = 30 * 1000;  // no bytes for this long: the request failed
        int batchSize = 500;                // changes per push batch
        int pullLimit = 500;                // changes per pulled page
        int autoIntervalMs = 5 * 60 * 1000; // automatic sync interval
        // Plain http to a server that is not on this computer (loopback) is refused: the
        // credential and every answer would cross the network readable. Tests only.
        bool allowInsecureHttp = false;
    };
    // A uniform number in [0, 1), for the jitter (tests inject their own).
    using Random = std::function<double()>;
    enum class Phase
    {
        Idle,
        Enrolling,
        Pushing,
        Pulling,
        Waiting
    };
    Q_ENUM(Phase)

    // `network` is not owned; tests may hand in one that goes through a faulty proxy.
    SyncClient(LocalStore& store, QNetworkAccessManager* network, const Clock& clock, Random random = {},
               QObject* parent = nullptr);
    ~SyncClient() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    SyncState& state() { return m_state; }
    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }

    // Exchanges a one-time code for this device's credential; `enrolled` tells the outcome.
    void enroll(const QString& serverUrl, const QString& code, const QString& deviceName = QString());
    // Starts a sync; false (and nothing happens) while one is under way. `finished` always
    // follows a true return, from the event loop.
    bool start();
    // Starts a sync only when the device is enrolled, idle and a user is logged in (the
    // timer, the network coming back, the application starting); while the store is locked
    // nothing starts and nothing is reported.
    bool startIfEnrolled();
    // Stops what is under way; `finished` reports it as not done.
    void cancel();
    // The interval timer and the operating system's reachability (when a backend is
    // available) start syncs by themselves.
    void setAutomatic(bool on);
    // The network came back: retry a waiting request at once, or start a sync.
    void connectivityReturned();

    // The wait before retry number `attempt` (1 = first retry): uniform over
    // [0, min(max, base * 2^(attempt-1))).
    int backoffMs(int attempt) const;

Q_SIGNALS:
    void started();
    void progress(prihvat::SyncClient::Phase phase, const prihvat::SyncReport& soFar);
    // A request failed and is sent again after `delayMs`.
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished(const prihvat::SyncReport& report);
    void enrolled(bool ok, const QString& errorText);
    // Headquarters refused the credential (401): revoked or unknown device.
    void credentialRefused();
    // Headquarters said this device is revoked (401 "device_revoked"); follows
    // credentialRefused, before `finished` (whose report carries Error::Code::Revoked).
    void revoked(const prihvat::Error& error);

private:
    enum class Op
    {
        Enroll,
        Push,
        Pull
    };
    struct Answer;

    void send(Op op);
    void onReply(Op op, QNetworkReply* reply);
    Answer read(QNetworkReply* reply) const;
    QNetworkRequest request(const QString& path, const QString& query = QString(),
                            const QByteArray& credential = QByteArray()) const;
    // The text refusing plain http to `url`, or nothing when it may be used.
    std::optional<QString> refuseInsecure(const QUrl& url) const;
    void handlePush(const QByteArray& body);
    void handlePull(const QByteArray& body);
    void handleEnroll(const QByteArray& body);
    void pushNext();
    void pullNext();
    void retryLater(Op op, const QString& reason, std::optional<int> delayMs = std::nullopt);
    void succeed();
    void fail(const QString& text, bool remember = true, std::optional<Error> error = std::nullopt);
    void finishEnroll(bool ok, const QString& text);
    void setPhase(Phase phase);
    void abortReply();
    // Certificate pinning: the pin for this request (empty: none), its checks on `reply`,
    // and what happens when they refused the server.
    QString pinFor(Op op) const;
    void guardPin(QNetworkReply* reply, const QString& pin);
    void pinRefused(Op op);

    LocalStore& m_store;
    SyncState m_state;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
    Random m_random;
    Options m_options;

    Phase m_phase = Phase::Idle;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_autoTimer = nullptr;
    std::optional<Op> m_waitingOp;
    int m_attempt = 0; // failed sends of the current request
    int m_renewals = 0; // new batch ids taken for the current batch (409 batch_id_reused)
    int m_rounds = 0;
    SyncReport m_report;
    std::optional<PushBatch> m_batch;
    std::int64_t m_pullAfter = 0;
    bool m_automatic = false;
    bool m_reachabilityHooked = false;
    bool m_wasReachable = true;
    QString m_enrollUrl;
    QString m_enrollCode;
    QString m_enrollName;
    QString m_enrollPin;
};

} // namespace prihvat
