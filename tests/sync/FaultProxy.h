#pragma once

// A fault-injecting HTTP/1.1 proxy for the end-to-end sync tests and the sync benchmark: a
// QTcpServer on 127.0.0.1 between devices (SyncClient over QNetworkAccessManager) and a real
// `prihvat-hq` on loopback. Each request is read whole from the device, then a fault is
// drawn for it from a seeded random plan and acted out:
//
//   None          forwarded; the answer goes back as it came
//   DropRequest   the device's connection is closed before anything reaches the server
//   DropResponse  forwarded; the whole answer is read (the server has committed), then the
//                 device's connection is aborted without a byte of it: a lost answer
//   Duplicate     sent to the server twice, one after the other; the first answer goes back
//                 (the two are compared: a push sent again must get its answer byte for byte)
//   Delay         a wait before forwarding and another between the answer's header and body
//   Truncate      the answer cut inside its body: either the connection closes there, or the
//                 Content-Length is rewritten so the cut answer looks complete
//   Reset         the answer's header and part of its body, then a TCP reset (SO_LINGER 0)
//
// Every fault after DropRequest happens after the server did its work, so the device's
// retry is a duplicate the server must recognise. Random numbers for a request are all drawn
// when it arrives, from one generator per proxy, so a seed gives the same plan for the same
// sequence of requests. Bounded: loopback only, at most 64 connections, 64 KiB of headers,
// 32 MiB of body, waits of at most Plan::maxDelayMs, 30 s for the server to answer.
//
// With rate 0 it is a plain pass-through that counts bytes (the benchmark's wire figures).

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>
#include <QTcpServer>

#include <array>
#include <cstdint>

namespace prihvat::test {

class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        DropRequest,
        DropResponse,
        Duplicate,
        Delay,
        Truncate,
        Reset
    };
    Q_ENUM(Fault)
    static constexpr int kFaultKinds = 7;
    static QList<Fault> allFaults(); // every kind but None
    static QString name(Fault fault);

    struct Plan
    {
        double rate = 0;                   // share of requests that get a fault, [0, 1]
        QList<Fault> faults = allFaults(); // the kinds drawn, uniformly
        int maxDelayMs = 150;              // Delay: each of its two waits is at most this long
    };

    // One request as the proxy handled it.
    struct Exchange
    {
        quint64 connection = 0;
        QByteArray method;
        QByteArray target; // path and query
        Fault fault = Fault::None;
        int status = 0; // the server's status (0: never forwarded, or no answer)
    };

    struct Counters
    {
        int connections = 0;
        int requests = 0;                      // complete requests read from devices
        int forwarded = 0;                     // requests sent to the server (a duplicate counts twice)
        std::array<int, kFaultKinds> faults{}; // by Fault
        // Bytes of the requests read from devices and of the answers the server sent (each
        // counted once, as it came, whatever the fault did to it afterwards).
        qint64 requestHeaderBytes = 0;
        qint64 requestBodyBytes = 0;
        qint64 responseHeaderBytes = 0;
        qint64 responseBodyBytes = 0;
        int duplicateMismatches = 0; // a request sent twice whose two answers differed
        int upstreamFailures = 0;    // the server did not answer (closed, timed out, garbled)

        int count(Fault f) const { return faults[static_cast<std::size_t>(f)]; }
    };

    // `server` must be a loopback address.
    FaultProxy(const QHostAddress& server, quint16 serverPort, quint64 seed, QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_listener.serverPort(); }
    QString url() const;

    void setPlan(const Plan& plan) { m_plan = plan; }
    const Plan& plan() const { return m_plan; }
    void setRate(double rate) { m_plan.rate = rate; }
    void reseed(quint64 seed);
    // The next requests get these faults, in order, before the random plan is asked.
    void force(Fault fault) { m_forced.append(fault); }

    const Counters& counters() const { return m_counters; }
    void clearCounters() { m_counters = {}; }
    // The last 10,000 requests.
    const QList<Exchange>& exchanges() const { return m_exchanges; }
    // The raw bytes of the last request whose target starts with `targetPrefix`, as the
    // device sent it (for replay tests).
    QByteArray lastRequest(const QByteArray& targetPrefix) const;
    int openConnections() const;

    // Sends raw request bytes to the server on a new connection (not through the faults)
    // and returns the raw answer, empty when none came within `timeoutMs`. Runs a local
    // event loop.
    QByteArray sendToServer(const QByteArray& request, int timeoutMs = 15'000);

    // The status code and body of a raw HTTP answer (0 and empty when it is not one).
    static int statusOf(const QByteArray& response);
    static QByteArray bodyOf(const QByteArray& response);

private:
    class Link;
    friend class Link;

    struct Draw
    {
        Fault fault = Fault::None;
        int delayBeforeMs = 0;
        int delayAfterMs = 0;
        double cut = 0.5;           // Truncate/Reset: where in the body, as a share of it
        bool rewriteLength = false; // Truncate: rewrite Content-Length instead of closing
    };
    Draw draw();
    void record(const Exchange& e);

    QTcpServer m_listener;
    QHostAddress m_server;
    quint16 m_serverPort = 0;
    QRandomGenerator m_random;
    Plan m_plan;
    QList<Fault> m_forced;
    Counters m_counters;
    QList<Exchange> m_exchanges;
    QList<QPair<QByteArray, QByteArray>> m_lastRequests; // target, raw bytes
    QList<QPointer<Link>> m_links;
    quint64 m_nextConnection = 1;
};

} // namespace prihvat::test
