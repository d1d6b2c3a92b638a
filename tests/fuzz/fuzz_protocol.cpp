// libFuzzer target over the sync protocol's decoders (core/sync/Protocol), the half of
// the work that both headquarters (pushes) and devices (push and pull answers) do on bytes
// from the network. The first byte of an input chooses what the rest is:
//
//     0  a push request body          PushRequest::fromJson
//     1  a pull answer body           PullResponse::fromJson
//     2  a push answer body           PushResult::fromJson over its "results"
//     3  a gzip body                  gunzip (1 MiB limit), and gzip of the rest
//     4  a clock stamp                HlcStamp::fromString, clampStamp, decide
//     5  an enrolment code / bearer   Credentials::normaliseCode, Uuid7::isValid
//
// Besides crashes, leaks, hangs and undefined behaviour, it stops when what was decoded
// does not survive encoding and decoding again unchanged.
#include "common/Hlc.h"
#include "common/Uuid7.h"
#include "hq/Credentials.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "fuzz_protocol: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QJsonObject objectOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(400));
}

void pushRequest(const QByteArray& bytes)
{
    auto request = protocol::PushRequest::fromJson(objectOf(bytes));
    if (!request)
        return;
    const QJsonObject once = request->toJson();
    auto again = protocol::PushRequest::fromJson(once);
    if (!again || again->batchId != request->batchId || again->changes.size() != request->changes.size())
        die(u"a push request does not survive toJson/fromJson: "_s + compact(once));
    for (qsizetype i = 0; i < request->changes.size(); ++i) {
        const protocol::Change& a = request->changes.at(i);
        const protocol::Change& b = again->changes.at(i);
        if (a.fault.isEmpty() != b.fault.isEmpty() ||
            (a.fault.isEmpty() && (a.recordId != b.recordId || a.form != b.form || a.field != b.field ||
                                   a.value != b.value || a.hlc != b.hlc || a.base != b.base)))
            die(u"change %1 does not survive toJson/fromJson: "_s.arg(i) + compact(a.toJson()));
    }
}

void pullResponse(const QByteArray& bytes)
{
    auto page = protocol::PullResponse::fromJson(objectOf(bytes));
    if (!page)
        return;
    const QJsonObject once = page->toJson();
    auto again = protocol::PullResponse::fromJson(once);
    if (!again || again->toJson() != once)
        die(u"a pull answer does not survive toJson/fromJson: "_s + compact(once));
}

void pushResults(const QByteArray& bytes)
{
    for (const QJsonValue& v : objectOf(bytes).value(u"results"_s).toArray()) {
        auto result = protocol::PushResult::fromJson(v.toObject());
        if (!result)
            continue;
        auto again = protocol::PushResult::fromJson(result->toJson());
        if (!again || again->status != result->status || again->toJson() != result->toJson())
            die(u"a push result does not survive toJson/fromJson: "_s + compact(result->toJson()));
    }
}

void gzipBody(const QByteArray& bytes)
{
    constexpr qint64 kLimit = 1024 * 1024;
    if (auto plain = protocol::gunzip(bytes, kLimit)) {
        if (plain->size() > kLimit)
            die(u"gunzip went past its limit"_s);
        if (protocol::gunzip(protocol::gzip(*plain), kLimit) != plain)
            die(u"gzip/gunzip does not give back what gunzip gave"_s);
    }
    const QByteArray packed = protocol::gzip(bytes);
    if (packed.isEmpty() || protocol::gunzip(packed, bytes.size()) != bytes)
        die(u"gunzip(gzip(x)) is not x"_s);
}

void clockStamp(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto stamp = HlcStamp::fromString(text);
    if (!stamp)
        return;
    if (stamp->toString() != text)
        die(u"a stamp does not read back as its text: "_s + text.left(200));
    constexpr std::int64_t kNow = 1'750'000'000'000;
    const HlcStamp clamped = protocol::clampStamp(*stamp, kNow);
    if (clamped.wallMs > kNow + protocol::kClockMarginMs || clamped > *stamp)
        die(u"clampStamp moved a stamp forwards or not enough: "_s + text.left(200));
    const HlcStamp other{kNow, 7, u"01977420-dc00-7000-8000-00000000000b"_s};
    const auto d = protocol::decide(*stamp, QJsonValue(1), 0, 3, other, QJsonValue(2));
    if (d.apply != (other < *stamp))
        die(u"decide applies an older stamp or refuses a newer one: "_s + text.left(200));
}

void credentials(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QString code = hq::Credentials::normaliseCode(text);
    if (!code.isEmpty() && (code.size() != 20 || hq::Credentials::normaliseCode(code) != code))
        die(u"normaliseCode is not idempotent on "_s + text.left(200));
    if (Uuid7::isValid(text) && (text.size() != 36 || text.toLower() != text))
        die(u"Uuid7::isValid took "_s + text.left(200));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (qEnvironmentVariableIsEmpty("PRIHVAT_FUZZ_VERBOSE"))
        QLoggingCategory::setFilterRules(u"*=false"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 6) {
    case 0:
        pushRequest(rest);
        break;
    case 1:
        pullResponse(rest);
        break;
    case 2:
        pushResults(rest);
        break;
    case 3:
        gzipBody(rest);
        break;
    case 4:
        clockStamp(rest);
        break;
    default:
        credentials(rest);
        break;
    }
    return 0;
}
