#include "FaultProxy.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <random>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace prihvat::test {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;
constexpr int kMaxConnections = 64;
constexpr int kServerTimeoutMs = 30'000;
constexpr int kMaxDelayMs = 5'000; // whatever the plan says
constexpr qsizetype kKeptExchanges = 10'000;

// One HTTP/1.1 message at the front of a buffer.
struct Message
{
    QByteArray startLine;
    qsizetype headerBytes = 0; // up to and including the empty line
    qsizetype bodyBytes = 0;
    bool hasLength = false;
    bool closes = false; // "Connection: close"

    qsizetype total() const { return headerBytes + bodyBytes; }
};

enum class Parse
{
    Incomplete,
    Complete,
    Malformed
};

// Reads the message at the front of `buffer`. Requests without Content-Length have no body;
// an answer without one runs to the end of the connection (never the case with prihvat-hq).
Parse parse(const QByteArray& buffer, bool response, Message* out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > kMaxHeaderBytes ? Parse::Malformed : Parse::Incomplete;
    if (end + 4 > kMaxHeaderBytes)
        return Parse::Malformed;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Message m;
    m.startLine = lines.value(0).trimmed();
    m.headerBytes = end + 4;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Malformed;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            m.bodyBytes = value.toLongLong(&ok);
            if (!ok || m.bodyBytes < 0 || m.bodyBytes > kMaxBodyBytes)
                return Parse::Malformed;
            m.hasLength = true;
        } else if (name == "transfer-encoding") {
            return Parse::Malformed; // neither side of this proxy sends chunked bodies
        } else if (name == "connection") {
            m.closes = value.toLower().contains("close");
        }
    }
    if (m.startLine.isEmpty() || (response && !m.startLine.startsWith("HTTP/1.")))
        return Parse::Malformed;
    *out = m;
    if (response && !m.hasLength)
        return Parse::Incomplete; // complete when the connection ends
    return buffer.size() >= m.total() ? Parse::Complete : Parse::Incomplete;
}

// Content-Length rewritten to `length` in a header block.
QByteArray withLength(const QByteArray& header, qsizetype length)
{
    QList<QByteArray> lines = header.left(header.size() - 4).split('\n');
    for (QByteArray& line : lines)
        if (line.trimmed().toLower().startsWith("content-length:"))
            line = "Content-Length: " + QByteArray::number(length) + '\r';
    return lines.join('\n') + "\r\n\r\n";
}

void resetConnection(QTcpSocket* socket)
{
    socket->flush();
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        // A close with SO_LINGER 0 sends RST instead of FIN.
        struct linger l = {1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

} // namespace

// One connection from a device, its requests handled one at a time (Qt does not pipeline).
class FaultProxy::Link : public QObject
{
public:
    Link(FaultProxy* proxy, QTcpSocket* client, quint64 id)
        : QObject(proxy), m_proxy(proxy), m_client(client), m_id(id)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            m_in.append(m_client->readAll());
            if (m_in.size() > kMaxHeaderBytes + kMaxBodyBytes) {
                close(false);
                return;
            }
            next();
        });
        connect(client, &QTcpSocket::disconnected, this, [this] {
            m_clientGone = true;
            if (!m_busy)
                close(false);
        });
    }

    // A socket being destroyed while connected aborts itself and signals that: detach every
    // socket from its handlers first, while this object is still whole.
    ~Link() override
    {
        for (const QPointer<QTcpSocket>& up : std::as_const(m_upstreams))
            if (up) {
                up->disconnect();
                up->abort();
            }
        if (m_client) {
            m_client->disconnect();
            m_client->abort();
        }
    }

    bool dead() const { return m_dead; }

private:
    using Answer = std::optional<QByteArray>;

    void next()
    {
        if (m_busy || m_dead || m_clientGone)
            return;
        Message m;
        const Parse p = parse(m_in, false, &m);
        if (p == Parse::Incomplete)
            return;
        if (p == Parse::Malformed) {
            close(false);
            return;
        }
        const QByteArray raw = m_in.left(m.total());
        m_in.remove(0, m.total());
        m_busy = true;
        handle(raw, m);
    }

    void done()
    {
        m_busy = false;
        if (m_clientGone) {
            close(false);
            return;
        }
        QTimer::singleShot(0, this, [this] { next(); });
    }

    void close(bool reset)
    {
        if (m_dead)
            return;
        m_dead = true;
        if (m_client) {
            m_client->disconnect(this);
            if (reset)
                resetConnection(m_client);
            else
                m_client->abort();
        }
        deleteLater();
    }

    void handle(const QByteArray& raw, const Message& m)
    {
        const QList<QByteArray> words = m.startLine.split(' ');
        Exchange e;
        e.connection = m_id;
        e.method = words.value(0);
        e.target = words.value(1);
        const Draw d = m_proxy->draw();
        e.fault = d.fault;
        Counters& c = m_proxy->m_counters;
        ++c.requests;
        ++c.faults[static_cast<std::size_t>(d.fault)];
        c.requestHeaderBytes += m.headerBytes;
        c.requestBodyBytes += m.bodyBytes;
        m_proxy->m_lastRequests.append({e.target, raw});
        if (m_proxy->m_lastRequests.size() > 16)
            m_proxy->m_lastRequests.removeFirst();
        const qsizetype index = m_proxy->m_exchanges.size();
        m_proxy->record(e);
        const auto noteStatus = [this, index](const Answer& a) {
            // (The list is trimmed from the front when long; an index that moved is left alone.)
            if (a && index < m_proxy->m_exchanges.size() && m_proxy->m_exchanges.at(index).connection == m_id)
                m_proxy->m_exchanges[index].status = statusOf(*a);
        };

        switch (d.fault) {
        case Fault::DropRequest:
            close(false);
            return;
        case Fault::None:
            forward(raw, [this, noteStatus](const Answer& a) {
                noteStatus(a);
                deliver(a);
            });
            return;
        case Fault::Delay:
            QTimer::singleShot(d.delayBeforeMs, this, [this, raw, d, noteStatus] {
                forward(raw, [this, d, noteStatus](const Answer& a) {
                    noteStatus(a);
                    if (!a || !m_client) {
                        deliver(a);
                        return;
                    }
                    Message r;
                    parse(*a, true, &r);
                    m_client->write(a->left(r.headerBytes));
                    m_client->flush();
                    const QByteArray rest = a->mid(r.headerBytes);
                    QTimer::singleShot(d.delayAfterMs, this, [this, rest, closes = r.closes] {
                        if (m_dead || !m_client)
                            return;
                        m_client->write(rest);
                        if (closes) {
                            m_client->flush();
                            close(false);
                            return;
                        }
                        done();
                    });
                });
            });
            return;
        case Fault::DropResponse:
            forward(raw, [this, noteStatus](const Answer& a) {
                noteStatus(a);
                close(false);
            });
            return;
        case Fault::Duplicate:
            forward(raw, [this, raw, noteStatus](const Answer& first) {
                noteStatus(first);
                if (!first) {
                    deliver(first);
                    return;
                }
                forward(raw, [this, first](const Answer& second) {
                    if (!second || bodyOf(*second) != bodyOf(*first) || statusOf(*second) != statusOf(*first))
                        ++m_proxy->m_counters.duplicateMismatches;
                    deliver(first);
                });
            });
            return;
        case Fault::Truncate:
        case Fault::Reset:
            forward(raw, [this, d, noteStatus](const Answer& a) {
                noteStatus(a);
                if (!a || !m_client) {
                    deliver(a);
                    return;
                }
                Message r;
                parse(*a, true, &r);
                const qsizetype body = a->size() - r.headerBytes;
                // At least the header goes out, so the device sees the answer start and has
                // to notice the cut itself; at most all but one byte of the body.
                const qsizetype keep =
                    body <= 1 ? 0
                              : std::clamp<qsizetype>(
                                    static_cast<qsizetype>(d.cut * static_cast<double>(body)), 1, body - 1);
                const QByteArray header = a->left(r.headerBytes);
                const QByteArray part = a->mid(r.headerBytes, keep);
                if (d.fault == Fault::Reset) {
                    m_client->write(header + part);
                    close(true);
                } else if (d.rewriteLength) {
                    // A complete-looking answer with a damaged body; the connection lives on.
                    m_client->write(withLength(header, keep) + part);
                    if (r.closes) {
                        m_client->flush();
                        close(false);
                    } else {
                        done();
                    }
                } else {
                    m_client->write(header + part);
                    m_client->flush();
                    m_client->disconnectFromHost(); // FIN after what was written
                    m_dead = true;
                    m_client->disconnect(this);
                    QTimer::singleShot(1000, this, [this] {
                        if (m_client)
                            m_client->abort();
                        deleteLater();
                    });
                }
            });
            return;
        }
    }

    void deliver(const Answer& a)
    {
        if (m_dead)
            return;
        if (!a || !m_client || m_clientGone) {
            close(false);
            return;
        }
        Message r;
        parse(*a, true, &r);
        m_client->write(*a);
        if (r.closes) {
            m_client->flush();
            close(false);
            return;
        }
        done();
    }

    // Sends `raw` to the server on a connection of its own and reads the whole answer.
    void forward(const QByteArray& raw, std::function<void(const Answer&)> then)
    {
        if (m_dead)
            return;
        ++m_proxy->m_counters.forwarded;
        auto* up = new QTcpSocket(this);
        m_upstreams.removeIf([](const QPointer<QTcpSocket>& p) { return p.isNull(); });
        m_upstreams.append(up);
        auto* timer = new QTimer(up);
        timer->setSingleShot(true);
        auto buffer = std::make_shared<QByteArray>();
        auto finished = std::make_shared<bool>(false);
        const auto complete = [this, up, timer, finished, then](const Answer& a) {
            if (*finished)
                return;
            *finished = true;
            timer->stop();
            up->disconnect();
            up->abort();
            up->deleteLater();
            if (!a) {
                ++m_proxy->m_counters.upstreamFailures;
            } else {
                Message r;
                parse(*a, true, &r);
                m_proxy->m_counters.responseHeaderBytes += r.headerBytes;
                m_proxy->m_counters.responseBodyBytes += a->size() - r.headerBytes;
            }
            if (!m_dead)
                then(a);
        };
        connect(up, &QTcpSocket::connected, up, [up, raw] { up->write(raw); });
        connect(up, &QTcpSocket::readyRead, up, [up, buffer, complete] {
            buffer->append(up->readAll());
            Message r;
            const Parse p = parse(*buffer, true, &r);
            if (p == Parse::Malformed)
                complete(std::nullopt);
            else if (p == Parse::Complete)
                complete(buffer->left(r.total()));
        });
        const auto ended = [up, buffer, complete] {
            if (up->isOpen())
                buffer->append(up->readAll());
            Message r;
            const Parse p = parse(*buffer, true, &r);
            if (p == Parse::Complete)
                complete(buffer->left(r.total()));
            else if (p == Parse::Incomplete && r.headerBytes > 0 && !r.hasLength)
                complete(*buffer); // an answer that runs to the end of the connection
            else
                complete(std::nullopt);
        };
        connect(up, &QTcpSocket::disconnected, up, ended);
        connect(up, &QTcpSocket::errorOccurred, up, ended);
        connect(timer, &QTimer::timeout, up, [complete] { complete(std::nullopt); });
        timer->start(kServerTimeoutMs);
        up->connectToHost(m_proxy->m_server, m_proxy->m_serverPort);
    }

    FaultProxy* m_proxy;
    QPointer<QTcpSocket> m_client;
    quint64 m_id;
    QList<QPointer<QTcpSocket>> m_upstreams;
    QByteArray m_in;
    bool m_busy = false;
    bool m_clientGone = false;
    bool m_dead = false;
};

QList<FaultProxy::Fault> FaultProxy::allFaults()
{
    return {Fault::DropRequest, Fault::DropResponse, Fault::Duplicate,
            Fault::Delay,       Fault::Truncate,     Fault::Reset};
}

QString FaultProxy::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return u"none"_s;
    case Fault::DropRequest:
        return u"drop-request"_s;
    case Fault::DropResponse:
        return u"drop-response"_s;
    case Fault::Duplicate:
        return u"duplicate"_s;
    case Fault::Delay:
        return u"delay"_s;
    case Fault::Truncate:
        return u"truncate"_s;
    case Fault::Reset:
        return u"reset"_s;
    }
    return u"?"_s;
}

FaultProxy::FaultProxy(const QHostAddress& server, quint16 serverPort, quint64 seed, QObject* parent)
    : QObject(parent), m_server(server), m_serverPort(serverPort)
{
    reseed(seed);
    // Loopback only: this is a test tool, never a relay to anywhere else.
    if (!m_server.isLoopback()) {
        qWarning("FaultProxy: %s is not a loopback address; using 127.0.0.1", qPrintable(server.toString()));
        m_server = QHostAddress(QHostAddress::LocalHost);
    }
    m_listener.setMaxPendingConnections(kMaxConnections);
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_listener.nextPendingConnection()) {
            if (openConnections() >= kMaxConnections) {
                s->abort();
                s->deleteLater();
                continue;
            }
            ++m_counters.connections;
            m_links.append(QPointer<Link>(new Link(this, s, m_nextConnection++)));
        }
        m_links.removeIf([](const QPointer<Link>& l) { return l.isNull(); });
    });
}

FaultProxy::~FaultProxy()
{
    m_listener.close();
    // Links go first, while the proxy they count into is whole.
    for (const QPointer<Link>& link : std::as_const(m_links))
        delete link.data();
}

void FaultProxy::reseed(quint64 seed)
{
    std::seed_seq sequence{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    m_random.seed(sequence);
}

bool FaultProxy::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

int FaultProxy::openConnections() const
{
    return static_cast<int>(std::count_if(m_links.cbegin(), m_links.cend(),
                                          [](const QPointer<Link>& l) { return l && !l->dead(); }));
}

FaultProxy::Draw FaultProxy::draw()
{
    Draw d;
    // Every number is drawn for every request, whatever the fault, so the sequence does not
    // depend on which faults came before.
    const double u = m_random.generateDouble();
    const int kind = m_plan.faults.isEmpty()
                         ? 0
                         : static_cast<int>(m_random.bounded(static_cast<quint32>(m_plan.faults.size())));
    const int maxDelay = std::clamp(m_plan.maxDelayMs, 1, kMaxDelayMs);
    d.delayBeforeMs = static_cast<int>(m_random.bounded(static_cast<quint32>(maxDelay) + 1));
    d.delayAfterMs = static_cast<int>(m_random.bounded(static_cast<quint32>(maxDelay) + 1));
    d.cut = m_random.generateDouble();
    d.rewriteLength = m_random.bounded(2U) == 1;
    if (!m_forced.isEmpty())
        d.fault = m_forced.takeFirst();
    else if (u < m_plan.rate && !m_plan.faults.isEmpty())
        d.fault = m_plan.faults.at(kind);
    return d;
}

void FaultProxy::record(const Exchange& e)
{
    m_exchanges.append(e);
    if (m_exchanges.size() > kKeptExchanges)
        m_exchanges.remove(0, m_exchanges.size() - kKeptExchanges);
}

QByteArray FaultProxy::lastRequest(const QByteArray& targetPrefix) const
{
    for (auto it = m_lastRequests.crbegin(); it != m_lastRequests.crend(); ++it)
        if (it->first.startsWith(targetPrefix))
            return it->second;
    return {};
}

QByteArray FaultProxy::sendToServer(const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray buffer;
    QByteArray answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    const auto take = [&] {
        if (socket.isOpen())
            buffer.append(socket.readAll());
        Message r;
        if (parse(buffer, true, &r) == Parse::Complete) {
            answer = buffer.left(r.total());
            loop.quit();
        }
    };
    connect(&socket, &QTcpSocket::readyRead, &loop, take);
    connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        take();
        loop.quit();
    });
    connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] { loop.quit(); });
    timer.start(timeoutMs);
    socket.connectToHost(m_server, m_serverPort);
    loop.exec();
    socket.abort();
    return answer;
}

int FaultProxy::statusOf(const QByteArray& response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    const qsizetype lineEnd = response.indexOf("\r\n");
    const QList<QByteArray> words = response.left(lineEnd < 0 ? response.size() : lineEnd).split(' ');
    return words.value(1).toInt();
}

QByteArray FaultProxy::bodyOf(const QByteArray& response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

} // namespace prihvat::test
