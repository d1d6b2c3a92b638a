// core/common: the hybrid logical clock and its stamps, version 7 UUIDs, and the text
// cleaning applied to every free-text answer (RELIABILITY.md 15, 20, 21).

#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Text.h"
#include "common/Uuid7.h"

#include <QObject>
#include <QSet>
#include <QTest>

#include <compare>
#include <functional>
#include <cstdint>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(prihvat::HlcStamp)

namespace prihvat {

// Lets QCOMPARE print a stamp in its text form.
char* toString(const HlcStamp& s)
{
    return QTest::toString(s.toString());
}

} // namespace prihvat

using prihvat::HlcStamp;
using prihvat::HybridLogicalClock;
using prihvat::ManualClock;
using prihvat::Uuid7;
namespace Text = prihvat::Text;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000; // 2023-11-14T22:13:20Z

int sign(std::strong_ordering o)
{
    return o < 0 ? -1 : (o > 0 ? 1 : 0);
}

int sign(int compareResult)
{
    return compareResult < 0 ? -1 : (compareResult > 0 ? 1 : 0);
}

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    const std::vector<char32_t> v(codePoints);
    return QString::fromUcs4(v.data(), static_cast<qsizetype>(v.size()));
}

} // namespace

class TestCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterNeverOutgrowsItsSixHexDigits();
    // HybridLogicalClock
    void hlcFirstStampFollowsPhysicalClock();
    void hlcMonotonicWithinSameMillisecond();
    void hlcCounterResetsWhenWallAdvances();
    void hlcBackwardsJumpNeverGoesBackwards_data();
    void hlcBackwardsJumpNeverGoesBackwards();
    void hlcForwardJumpIsFollowed();
    void hlcObserveRemoteAhead_data();
    void hlcObserveRemoteAhead();
    void hlcObserveRemoteBehindKeepsOwnTime();
    void hlcRestartFromPersistedStampWithSlowClock();
    void hlcTieBreakByDevice();
    void hlcConcurrentStampsAreUnique();

    // HlcStamp text form
    void stampToString_data();
    void stampToString();
    void stampRoundTrip_data();
    void stampRoundTrip();
    void stampTextOrderEqualsStampOrder_data();
    void stampTextOrderEqualsStampOrder();
    void stampFromStringRefusesMalformed_data();
    void stampFromStringRefusesMalformed();

    // Uuid7
    void uuidLayout_data();
    void uuidLayout();
    void uuidLaterIdsSortLater();
    void uuidTenThousandUnique();
    void uuidIsValid_data();
    void uuidIsValid();

    // Text
    void textClean_data();
    void textClean();
    void textCleanIsIdempotent_data();
    void textCleanIsIdempotent();
    void textHasBidiControl_data();
    void textHasBidiControl();
    void textEscapeInvisible_data();
    void textEscapeInvisible();
};

// --- HybridLogicalClock -------------------------------------------------------------------

void TestCommon::hlcFirstStampFollowsPhysicalClock()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    QCOMPARE(hlc.last().wallMs, std::int64_t{0});
    QCOMPARE(hlc.last().counter, 0u);
    const HlcStamp s = hlc.now();
    QCOMPARE(s.wallMs, kStart);
    QCOMPARE(s.counter, 0u);
    QCOMPARE(s.device, u"dev-a"_s);
    QCOMPARE(hlc.last(), s);
    QCOMPARE(hlc.deviceId(), u"dev-a"_s);
}

void TestCommon::hlcMonotonicWithinSameMillisecond()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    HlcStamp previous = hlc.now();
    for (std::uint32_t i = 1; i <= 1000; ++i) {
        const HlcStamp s = hlc.now();
        QVERIFY2(s > previous, qPrintable(s.toString() + u" <= "_s + previous.toString()));
        QCOMPARE(s.wallMs, kStart);
        QCOMPARE(s.counter, i);
        QVERIFY(s.toString() > previous.toString());
        previous = s;
    }
}

void TestCommon::hlcCounterResetsWhenWallAdvances()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    (void)hlc.now();
    (void)hlc.now();
    const HlcStamp third = hlc.now();
    QCOMPARE(third.counter, 2u);

    clock.advance(1);
    const HlcStamp next = hlc.now();
    QCOMPARE(next.wallMs, kStart + 1);
    QCOMPARE(next.counter, 0u);
    QVERIFY(next > third);
}

void TestCommon::hlcBackwardsJumpNeverGoesBackwards_data()
{
    QTest::addColumn<std::int64_t>("jumpMs");
    QTest::newRow("1 ms") << std::int64_t{-1};
    QTest::newRow("1 second") << std::int64_t{-1000};
    QTest::newRow("1 hour (NTP correction)") << std::int64_t{-3'600'000};
    QTest::newRow("1 day (CMOS battery)") << std::int64_t{-86'400'000};
    QTest::newRow("to the epoch") << -kStart;
}

void TestCommon::hlcBackwardsJumpNeverGoesBackwards()
{
    QFETCH(std::int64_t, jumpMs);
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    (void)hlc.now();
    clock.advance(5);
    const HlcStamp before = hlc.now();
    QCOMPARE(before.wallMs, kStart + 5);

    clock.advance(jumpMs);
    HlcStamp previous = before;
    for (int i = 0; i < 50; ++i) {
        const HlcStamp s = hlc.now();
        QVERIFY2(s > previous, qPrintable(s.toString() + u" <= "_s + previous.toString()));
        QCOMPARE(s.wallMs, before.wallMs); // the wall part holds until physical time catches up
        QVERIFY(s.toString() > previous.toString());
        previous = s;
        clock.advance(1);
        if (clock.nowMs() > before.wallMs)
            break;
    }
    // Once the physical clock passes the old wall time again, it is followed.
    clock.set(before.wallMs + 10);
    const HlcStamp caughtUp = hlc.now();
    QCOMPARE(caughtUp.wallMs, before.wallMs + 10);
    QCOMPARE(caughtUp.counter, 0u);
    QVERIFY(caughtUp > previous);
}

void TestCommon::hlcForwardJumpIsFollowed()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    (void)hlc.now();
    (void)hlc.now();
    const HlcStamp before = hlc.now();
    QCOMPARE(before.counter, 2u);

    clock.advance(2 * 86'400'000); // two days
    const HlcStamp after = hlc.now();
    QCOMPARE(after.wallMs, kStart + 2 * 86'400'000);
    QCOMPARE(after.counter, 0u);
    QVERIFY(after > before);
}

void TestCommon::hlcObserveRemoteAhead_data()
{
    QTest::addColumn<std::int64_t>("remoteOffsetMs"); // remote wall relative to the local one
    QTest::addColumn<std::uint32_t>("remoteCounter");
    QTest::newRow("same ms, higher counter") << std::int64_t{0} << 500u;
    QTest::newRow("same ms, lower counter") << std::int64_t{0} << 0u;
    QTest::newRow("1 ms ahead") << std::int64_t{1} << 0u;
    QTest::newRow("1 s ahead, counter 7") << std::int64_t{1000} << 7u;
    QTest::newRow("1 day ahead") << std::int64_t{86'400'000} << 3u;
}

void TestCommon::hlcObserveRemoteAhead()
{
    QFETCH(std::int64_t, remoteOffsetMs);
    QFETCH(std::uint32_t, remoteCounter);
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    (void)hlc.now();
    const HlcStamp local = hlc.now(); // (kStart, 1)

    const HlcStamp remote{local.wallMs + remoteOffsetMs, remoteCounter, u"dev-b"_s};
    hlc.observe(remote);
    QVERIFY(hlc.last().wallMs >= remote.wallMs);

    // The local physical clock has not moved, yet every later local stamp exceeds the remote
    // one, also when ignoring the device tie-break ("dev-a" < "dev-b").
    HlcStamp previous = local;
    for (int i = 0; i < 3; ++i) {
        const HlcStamp s = hlc.now();
        QVERIFY2(s > remote, qPrintable(s.toString() + u" <= "_s + remote.toString()));
        QVERIFY(std::make_pair(s.wallMs, s.counter) > std::make_pair(remote.wallMs, remote.counter));
        QVERIFY(s > previous);
        QVERIFY(s.toString() > remote.toString());
        QCOMPARE(s.device, u"dev-a"_s);
        previous = s;
    }
    // A physical clock that then moves past the remote time is followed again.
    clock.set(remote.wallMs + 1);
    const HlcStamp later = hlc.now();
    QCOMPARE(later.wallMs, remote.wallMs + 1);
    QCOMPARE(later.counter, 0u);
    QVERIFY(later > previous);
}

void TestCommon::hlcObserveRemoteBehindKeepsOwnTime()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    const HlcStamp local = hlc.now();
    hlc.observe(HlcStamp{kStart - 60'000, 99, u"dev-z"_s});
    const HlcStamp next = hlc.now();
    QCOMPARE(next.wallMs, kStart);
    QVERIFY(next > local);

    // Physical time ahead of both: the stamp takes the physical time.
    clock.advance(10);
    hlc.observe(HlcStamp{kStart + 5, 42, u"dev-z"_s});
    const HlcStamp afterBoth = hlc.now();
    QCOMPARE(afterBoth.wallMs, kStart + 10);
    QVERIFY(afterBoth > next);
    QVERIFY(afterBoth > HlcStamp({kStart + 5, 42, u"dev-z"_s}));
}

void TestCommon::hlcRestartFromPersistedStampWithSlowClock()
{
    // The laptop restarts with its last stamp from the database, but its clock is now behind.
    const HlcStamp persisted{kStart + 3'600'000, 17, u"dev-a"_s};
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s, persisted);
    QCOMPARE(hlc.last().wallMs, persisted.wallMs);
    const HlcStamp s = hlc.now();
    QVERIFY(s > persisted);
    QCOMPARE(s.wallMs, persisted.wallMs);
    QCOMPARE(s.counter, 18u);
}

void TestCommon::hlcTieBreakByDevice()
{
    ManualClock clock(kStart);
    HybridLogicalClock a(clock, u"dev-a"_s);
    HybridLogicalClock b(clock, u"dev-b"_s);
    const HlcStamp sa = a.now();
    const HlcStamp sb = b.now();
    QCOMPARE(sa.wallMs, sb.wallMs);
    QCOMPARE(sa.counter, sb.counter);
    QVERIFY(sa != sb);
    QVERIFY(sa < sb);
    QVERIFY(sb > sa);
    QVERIFY(sa.toString() < sb.toString());
    QCOMPARE(sign(sa <=> sa), 0);
}

void TestCommon::hlcConcurrentStampsAreUnique()
{
    ManualClock clock(kStart);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    constexpr int kPerThread = 5000;
    std::vector<HlcStamp> first;
    std::vector<HlcStamp> second;
    first.reserve(kPerThread);
    second.reserve(kPerThread);
    auto run = [&hlc, &clock](std::vector<HlcStamp>& out) {
        for (int i = 0; i < kPerThread; ++i) {
            if (i % 100 == 0)
                clock.advance(1);
            out.push_back(hlc.now());
        }
    };
    std::thread t1(run, std::ref(first));
    std::thread t2(run, std::ref(second));
    t1.join();
    t2.join();

    QSet<QString> all;
    for (const auto* list : {&first, &second}) {
        for (std::size_t i = 1; i < list->size(); ++i)
            QVERIFY((*list)[i] > (*list)[i - 1]); // each thread sees its stamps increase
        for (const HlcStamp& s : *list)
            all.insert(s.toString());
    }
    QCOMPARE(all.size(), 2 * kPerThread);
}

// --- HlcStamp text form --------------------------------------------------------------------

void TestCommon::stampToString_data()
{
    QTest::addColumn<HlcStamp>("stamp");
    QTest::addColumn<QString>("text");
    QTest::newRow("typical") << HlcStamp{kStart, 0, u"dev-a"_s} << u"0018bcfe56800-000000-dev-a"_s;
    QTest::newRow("counter in hex") << HlcStamp{kStart + 1, 255, u"x"_s} << u"0018bcfe56801-0000ff-x"_s;
    QTest::newRow("zero wall") << HlcStamp{0, 1, u"d"_s} << u"0000000000000-000001-d"_s;
    QTest::newRow("largest wall and counter")
        << HlcStamp{0xFFFFFFFFFFFFF, 0xFFFFFF, u"d"_s} << u"fffffffffffff-ffffff-d"_s;
    QTest::newRow("uuid device") << HlcStamp{kStart, 16, u"0190f5a2-7c3b-7def-8abc-0123456789ab"_s}
                                 << u"0018bcfe56800-000010-0190f5a2-7c3b-7def-8abc-0123456789ab"_s;
}

void TestCommon::stampToString()
{
    QFETCH(HlcStamp, stamp);
    QFETCH(QString, text);
    QCOMPARE(stamp.toString(), text);
    QCOMPARE(stamp.toString().size(), 21 + stamp.device.size());
}

void TestCommon::stampRoundTrip_data()
{
    QTest::addColumn<HlcStamp>("stamp");
    QTest::newRow("typical") << HlcStamp{kStart, 0, u"dev-a"_s};
    QTest::newRow("counter") << HlcStamp{kStart, 4242, u"dev-a"_s};
    QTest::newRow("zero wall") << HlcStamp{0, 1, u"d"_s};
    QTest::newRow("max") << HlcStamp{0xFFFFFFFFFFFFF, 0xFFFFFF, u"laptop-07"_s};
    QTest::newRow("device with dashes") << HlcStamp{kStart, 9, u"a-b-c-000000-x"_s};
    QTest::newRow("uuid device") << HlcStamp{kStart + 123456, 77, u"0190f5a2-7c3b-7def-8abc-0123456789ab"_s};
    QTest::newRow("non-ASCII device") << HlcStamp{kStart, 1, u"Ušivak-laptop"_s};
}

void TestCommon::stampRoundTrip()
{
    QFETCH(HlcStamp, stamp);
    const QString text = stamp.toString();
    const std::optional<HlcStamp> back = HlcStamp::fromString(text);
    QVERIFY(back.has_value());
    QCOMPARE(*back, stamp);
    QCOMPARE(back->toString(), text);
}

void TestCommon::stampTextOrderEqualsStampOrder_data()
{
    QTest::addColumn<HlcStamp>("a");
    QTest::addColumn<HlcStamp>("b");
    QTest::addColumn<int>("expected"); // sign of a <=> b
    const QString d = u"dev"_s;
    QTest::newRow("wall") << HlcStamp{kStart, 0, d} << HlcStamp{kStart + 1, 0, d} << -1;
    QTest::newRow("wall 0xf < 0x10") << HlcStamp{0xF, 0, d} << HlcStamp{0x10, 0, d} << -1;
    QTest::newRow("wall 9 < 10 (decimal trap)") << HlcStamp{9, 0, d} << HlcStamp{10, 0, d} << -1;
    QTest::newRow("wall digit count") << HlcStamp{0xFFFFFFFFFFF, 0, d} << HlcStamp{0x100000000000, 0, d} << -1;
    QTest::newRow("wall beats counter") << HlcStamp{kStart, 0xFFFFFF, d} << HlcStamp{kStart + 1, 0, d} << -1;
    QTest::newRow("wall beats device") << HlcStamp{kStart, 0, u"zzz"_s} << HlcStamp{kStart + 1, 0, u"aaa"_s} << -1;
    QTest::newRow("counter") << HlcStamp{kStart, 1, d} << HlcStamp{kStart, 2, d} << -1;
    QTest::newRow("counter 0xff < 0x100") << HlcStamp{kStart, 0xFF, d} << HlcStamp{kStart, 0x100, d} << -1;
    QTest::newRow("counter beats device") << HlcStamp{kStart, 1, u"zzz"_s} << HlcStamp{kStart, 2, u"aaa"_s} << -1;
    QTest::newRow("device") << HlcStamp{kStart, 3, u"dev-a"_s} << HlcStamp{kStart, 3, u"dev-b"_s} << -1;
    QTest::newRow("device prefix") << HlcStamp{kStart, 3, u"dev"_s} << HlcStamp{kStart, 3, u"dev-1"_s} << -1;
    QTest::newRow("device 1 vs 10") << HlcStamp{kStart, 3, u"dev-1"_s} << HlcStamp{kStart, 3, u"dev-10"_s} << -1;
    QTest::newRow("device 2 vs 10") << HlcStamp{kStart, 3, u"dev-2"_s} << HlcStamp{kStart, 3, u"dev-10"_s} << 1;
    QTest::newRow("equal") << HlcStamp{kStart, 3, d} << HlcStamp{kStart, 3, d} << 0;
    QTest::newRow("greater wall") << HlcStamp{kStart + 86'400'000, 0, d} << HlcStamp{kStart, 99, d} << 1;
    QTest::newRow("greater counter") << HlcStamp{kStart, 0x10000, d} << HlcStamp{kStart, 0xFFFF, d} << 1;
}

void TestCommon::stampTextOrderEqualsStampOrder()
{
    QFETCH(HlcStamp, a);
    QFETCH(HlcStamp, b);
    QFETCH(int, expected);
    QCOMPARE(sign(a <=> b), expected);
    QCOMPARE(sign(b <=> a), -expected);
    QCOMPARE(sign(QString::compare(a.toString(), b.toString())), expected);
    // SQLite compares TEXT as UTF-8 bytes (memcmp): the same order must hold there.
    const QByteArray ua = a.toString().toUtf8();
    const QByteArray ub = b.toString().toUtf8();
    QCOMPARE(sign(ua.compare(ub)), expected);
}

void TestCommon::stampFromStringRefusesMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"not a stamp at all, no"_s;
    QTest::newRow("too short") << u"0018bcfe56800-000000"_s;
    QTest::newRow("no device") << u"0018bcfe56800-000000-"_s;
    QTest::newRow("first dash missing") << u"0018bcfe56800_000000-dev"_s;
    QTest::newRow("second dash missing") << u"0018bcfe56800-000000_dev"_s;
    QTest::newRow("wall too short") << u"018bcfe56800-0000000-dev"_s;
    QTest::newRow("non-hex wall") << u"0018bcfe5680g-000000-dev"_s;
    QTest::newRow("non-hex counter") << u"0018bcfe56800-00000z-dev"_s;
    QTest::newRow("negative wall") << u"-018bcfe56800-000000-dev"_s;
    // Text order equals stamp order only for the canonical form: fixed width, lower-case
    // hex digits and nothing else. Anything the parser would rewrite must be refused.
    QTest::newRow("plus sign in wall") << u"+018bcfe56800-000000-dev"_s;
    QTest::newRow("space in wall") << u" 018bcfe56800-000000-dev"_s;
    QTest::newRow("trailing space in wall") << u"018bcfe56800 -000000-dev"_s;
    QTest::newRow("0x in wall") << u"0x18bcfe56800-000000-dev"_s;
    QTest::newRow("plus sign in counter") << u"0018bcfe56800-+00001-dev"_s;
    QTest::newRow("upper-case hex wall") << u"0018BCFE56800-000000-dev"_s;
    QTest::newRow("upper-case hex counter") << u"0018bcfe56800-0000FF-dev"_s;
}

void TestCommon::stampFromStringRefusesMalformed()
{
    QFETCH(QString, text);
    const std::optional<HlcStamp> s = HlcStamp::fromString(text);
    QVERIFY2(!s.has_value(), qPrintable(u"accepted as "_s + (s ? s->toString() : QString())));
}

// --- Uuid7 -----------------------------------------------------------------------------------

void TestCommon::uuidLayout_data()
{
    QTest::addColumn<std::int64_t>("ms");
    QTest::addColumn<QString>("timeHex"); // the first 12 hex digits, hyphen included
    QTest::newRow("2023") << kStart << u"018bcfe5-6800"_s;
    QTest::newRow("epoch") << std::int64_t{0} << u"00000000-0000"_s;
    QTest::newRow("one ms") << std::int64_t{1} << u"00000000-0001"_s;
    QTest::newRow("48-bit max") << std::int64_t{0xFFFFFFFFFFFF} << u"ffffffff-ffff"_s;
}

void TestCommon::uuidLayout()
{
    QFETCH(std::int64_t, ms);
    QFETCH(QString, timeHex);
    const ManualClock clock(ms);
    for (int i = 0; i < 200; ++i) {
        const QString id = Uuid7::generate(clock);
        QCOMPARE(id.size(), 36);
        QVERIFY2(Uuid7::isValid(id), qPrintable(id));
        QCOMPARE(id.left(13), timeHex);
        QCOMPARE(id.at(14), u'7'); // version
        QVERIFY2(QStringView(u"89ab").contains(id.at(19)), qPrintable(id)); // RFC 9562 variant 10xx
        QCOMPARE(id, id.toLower());
    }
}

void TestCommon::uuidLaterIdsSortLater()
{
    ManualClock clock(kStart);
    QString previous = Uuid7::generate(clock);
    for (int i = 0; i < 2000; ++i) {
        clock.advance(i % 3 == 0 ? 1 : 997); // small and large steps
        const QString id = Uuid7::generate(clock);
        QVERIFY2(id > previous, qPrintable(id + u" <= "_s + previous));
        previous = id;
    }
    // Across a carry in the hex digits (…ff → …100).
    clock.set(0xFF);
    const QString beforeCarry = Uuid7::generate(clock);
    clock.set(0x100);
    QVERIFY(Uuid7::generate(clock) > beforeCarry);
}

void TestCommon::uuidTenThousandUnique()
{
    const ManualClock clock(kStart); // all in the same millisecond: only the random part differs
    QSet<QString> ids;
    for (int i = 0; i < 10'000; ++i)
        ids.insert(Uuid7::generate(clock));
    QCOMPARE(ids.size(), 10'000);
}

void TestCommon::uuidIsValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v7") << u"018bcfe5-6800-7abc-8def-0123456789ab"_s << true;
    QTest::newRow("v4") << u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s << true;
    QTest::newRow("nil") << u"00000000-0000-0000-0000-000000000000"_s << true;
    QTest::newRow("upper case") << u"018BCFE5-6800-7ABC-8DEF-0123456789AB"_s << false;
    QTest::newRow("one upper-case digit") << u"018bcfe5-6800-7abc-8def-0123456789aB"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << u"018bcfe5-6800-7abc-8def-0123456789a"_s << false;
    QTest::newRow("too long") << u"018bcfe5-6800-7abc-8def-0123456789abc"_s << false;
    QTest::newRow("no hyphens") << u"018bcfe568007abc8def0123456789ab"_s << false;
    QTest::newRow("hyphen moved") << u"018bcfe56-800-7abc-8def-0123456789ab"_s << false;
    QTest::newRow("non-hex g") << u"018bcfe5-6800-7abc-8def-0123456789ag"_s << false;
    QTest::newRow("braces") << u"{18bcfe5-6800-7abc-8def-0123456789a}"_s << false;
    QTest::newRow("space for hyphen") << u"018bcfe5 6800-7abc-8def-0123456789ab"_s << false;
    QTest::newRow("Arabic-Indic digit") << u"018bcfe5-6800-7abc-8def-0123456789a\u0661"_s << false;
}

void TestCommon::uuidIsValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Uuid7::isValid(text), valid);
}

// --- Text ------------------------------------------------------------------------------------

void TestCommon::textClean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Amir Karimi"_s << u"Amir Karimi"_s;
    QTest::newRow("empty") << QString() << QString();
    // NFC (RELIABILITY.md 20): decomposed input is composed.
    QTest::newRow("NFD Latin") << u"Hadz\u030Cic\u0301i"_s << u"Hadžići"_s;
    QTest::newRow("NFD e acute") << u"Rene\u0301"_s << u"René"_s;
    QTest::newRow("NFD alef madda") << u"\u0627\u0653\u0645\u0646\u0647"_s << u"\u0622\u0645\u0646\u0647"_s; // آمنه
    QTest::newRow("NFD waw hamza") << u"\u0645\u0648\u0654\u0645\u0646"_s << u"\u0645\u0624\u0645\u0646"_s; // مؤمن
    QTest::newRow("NFD yeh hamza") << u"\u0641\u0627\u064A\u0654\u0632"_s << u"\u0641\u0627\u0626\u0632"_s; // فائز
    QTest::newRow("NFD Persian heh goal hamza") << u"\u062E\u0627\u0646\u0647\u06C1\u0654"_s
                                                << u"\u062E\u0627\u0646\u0647\u06C2"_s;
    QTest::newRow("NFD ae hamza (Persian ezafe)") << u"\u062E\u0627\u0646\u06D5\u0654"_s << u"\u062E\u0627\u0646\u06C0"_s;
    // Bidi controls removed (RELIABILITY.md 21).
    QTest::newRow("RLO U+202E") << u"Ali\u202Ecod.exe"_s << u"Alicod.exe"_s;
    QTest::newRow("LRE..PDF U+202A-202C") << u"\u202Aa\u202Bb\u202Cc\u202Dd"_s << u"abcd"_s;
    QTest::newRow("isolates U+2066-2069") << u"\u2066x\u2067y\u2068z\u2069"_s << u"xyz"_s;
    QTest::newRow("LRM RLM U+200E U+200F") << u"\u200E\u0639\u0644\u06CC\u200F"_s << u"\u0639\u0644\u06CC"_s;
    QTest::newRow("ALM U+061C") << u"\u0639\u061C\u0644\u06CC"_s << u"\u0639\u0644\u06CC"_s;
    QTest::newRow("only bidi controls") << u"\u202E\u2066\u200F"_s << QString();
    // Removal comes before normalisation: a mark separated from its base by a bidi control
    // still composes.
    QTest::newRow("bidi between base and mark") << u"e\u202E\u0301"_s << u"é"_s;
    // ZWNJ is a letter-shaping character Persian needs: kept.
    QTest::newRow("ZWNJ kept (Persian)") << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u062F"_s
                                         << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u062F"_s; // می‌خواهد
    QTest::newRow("ZWNJ kept, RLM removed") << u"\u0646\u0627\u0645\u200C\u0647\u0627\u200F"_s
                                            << u"\u0646\u0627\u0645\u200C\u0647\u0627"_s;
    // Other control characters go, tab and newline stay.
    QTest::newRow("C0 controls") << u"a\u0000b\u0007c\u001Bd\re"_s << u"abcde"_s;
    QTest::newRow("DEL and C1") << u"a\u007Fb\u0085c\u009Fd"_s << u"abcd"_s;
    QTest::newRow("tab and newline kept") << u"line 1\n\tline 2"_s << u"line 1\n\tline 2"_s;
    // Characters outside the BMP survive intact.
    QTest::newRow("supplementary plane") << fromUcs4({U'a', 0x1F600, U'b', 0x20BB7}) << fromUcs4({U'a', 0x1F600, U'b', 0x20BB7});
    QTest::newRow("SQL in names (kept verbatim)") << u"'); DROP TABLE persons;--"_s << u"'); DROP TABLE persons;--"_s;
}

void TestCommon::textClean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = Text::clean(input);
    QCOMPARE(out, expected);
    QVERIFY(!Text::hasBidiControl(out));
    QCOMPARE(out.normalized(QString::NormalizationForm_C), out);
}

void TestCommon::textCleanIsIdempotent_data()
{
    textClean_data();
}

void TestCommon::textCleanIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = Text::clean(input);
    QCOMPARE(Text::clean(once), once);
}

void TestCommon::textHasBidiControl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << u"Amir"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("Arabic letters") << u"\u0639\u0644\u064A"_s << false;
    QTest::newRow("ZWNJ") << u"\u0645\u06CC\u200C\u062E"_s << false;
    QTest::newRow("ZWJ") << u"a\u200Db"_s << false;
    QTest::newRow("U+202A LRE") << u"a\u202A"_s << true;
    QTest::newRow("U+202B RLE") << u"a\u202B"_s << true;
    QTest::newRow("U+202C PDF") << u"a\u202C"_s << true;
    QTest::newRow("U+202D LRO") << u"a\u202D"_s << true;
    QTest::newRow("U+202E RLO") << u"\u202Ea"_s << true;
    QTest::newRow("U+2066 LRI") << u"\u2066"_s << true;
    QTest::newRow("U+2067 RLI") << u"x\u2067y"_s << true;
    QTest::newRow("U+2068 FSI") << u"x\u2068y"_s << true;
    QTest::newRow("U+2069 PDI") << u"x\u2069"_s << true;
    QTest::newRow("U+200E LRM") << u"\u200E"_s << true;
    QTest::newRow("U+200F RLM") << u"\u0639\u200F"_s << true;
    QTest::newRow("U+061C ALM") << u"\u061C"_s << true;
    QTest::newRow("U+2065 (unassigned neighbour)") << u"\u2065"_s << false;
    QTest::newRow("U+2029 paragraph separator") << u"\u2029"_s << false;
}

void TestCommon::textHasBidiControl()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(Text::hasBidiControl(input), expected);
}

void TestCommon::textEscapeInvisible_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Amir Karimi"_s << u"Amir Karimi"_s;
    QTest::newRow("RLO") << u"Ali\u202Ecod.exe"_s << u"Ali<U+202E>cod.exe"_s;
    QTest::newRow("isolates") << u"\u2066x\u2069"_s << u"<U+2066>x<U+2069>"_s;
    QTest::newRow("LRM RLM ALM") << u"\u200E\u200F\u061C"_s << u"<U+200E><U+200F><U+061C>"_s;
    QTest::newRow("ZWNJ kept") << u"\u0645\u06CC\u200C\u062E"_s << u"\u0645\u06CC\u200C\u062E"_s;
    QTest::newRow("ZWJ escaped") << u"a\u200Db"_s << u"a<U+200D>b"_s;
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << u"a<U+200B>b"_s;
    QTest::newRow("BOM") << u"\uFEFFname"_s << u"<U+FEFF>name"_s;
    QTest::newRow("soft hyphen") << u"a\u00ADb"_s << u"a<U+00AD>b"_s;
    QTest::newRow("bell") << u"a\u0007b"_s << u"a<U+0007>b"_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"a<U+000D>b"_s;
    QTest::newRow("tab and newline kept") << u"a\tb\nc"_s << u"a\tb\nc"_s;
    QTest::newRow("tag character (outside BMP)") << fromUcs4({U'a', 0xE0001, U'b'}) << u"a<U+E0001>b"_s;
    QTest::newRow("emoji kept") << fromUcs4({U'a', 0x1F600}) << fromUcs4({U'a', 0x1F600});
    QTest::newRow("Arabic kept") << u"\u0639\u0644\u064A"_s << u"\u0639\u0644\u064A"_s;
}

void TestCommon::textEscapeInvisible()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = Text::escapeInvisible(input);
    QCOMPARE(out, expected);
    QVERIFY(!Text::hasBidiControl(out));
}

// A counter past six hex digits would make a stamp headquarters refuses for good.
void TestCommon::counterNeverOutgrowsItsSixHexDigits()
{
    ManualClock clock(1'000);
    HybridLogicalClock hlc(clock, u"dev"_s);
    const HlcStamp remote{1'000, 0xFFFFFF, u"other"_s};
    hlc.observe(remote);
    const HlcStamp next = hlc.now();
    QVERIFY(HlcStamp::fromString(next.toString()).has_value());
    QVERIFY(remote < next);
    HybridLogicalClock local(clock, u"dev"_s, HlcStamp{1'000, 0xFFFFFF, u"dev"_s});
    const HlcStamp after = local.now();
    QCOMPARE(after.wallMs, std::int64_t(1'001));
    QCOMPARE(after.counter, 0u);
}

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
