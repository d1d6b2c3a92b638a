// The sealing primitive every identifying and protection answer goes through.
#include "security/FieldSealer.h"
#include "security/SecretKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace prihvat;

class TestSealer : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const SecretKey> key()
    {
        auto k = SecretKey::random();
        if (!k)
            qFatal("no key");
        return std::shared_ptr<const SecretKey>(std::move(*k));
    }

private Q_SLOTS:
    void roundTripHidesTheText()
    {
        FieldSealer sealer(key());
        const QByteArray plain = u"\"Zahra Ahmadi زهرا احمدی\""_s.toUtf8();
        auto sealed = sealer.seal(u"rec-1"_s, u"given_name"_s, plain);
        QVERIFY(sealed);
        QVERIFY(FieldSealer::isSealed(*sealed));
        QVERIFY(!sealed->contains(u"Zahra"_s));
        QVERIFY(!sealed->toUtf8().contains(plain));
        auto opened = sealer.open(u"rec-1"_s, u"given_name"_s, *sealed);
        QVERIFY(opened);
        QCOMPARE(*opened, plain);
        // A fresh nonce each time: the same answer never seals to the same text.
        QVERIFY(*sealer.seal(u"rec-1"_s, u"given_name"_s, plain) != *sealed);
    }

    void boundToRecordAndField()
    {
        FieldSealer sealer(key());
        const auto sealed = *sealer.seal(u"rec-1"_s, u"phone"_s, "\"+387 61 000 000\"");
        QVERIFY(!sealer.open(u"rec-2"_s, u"phone"_s, sealed));
        QVERIFY(!sealer.open(u"rec-1"_s, u"notes"_s, sealed));
        QCOMPARE(sealer.open(u"rec-2"_s, u"phone"_s, sealed).error().code, Error::Code::Damaged);
    }

    void boundToTheStamp()
    {
        FieldSealer sealer(key());
        const QString first = u"0197a0000000a-000000-0197a000-0000-7000-8000-00000000000a"_s;
        const QString second = u"0197a0000000a-000001-0197a000-0000-7000-8000-00000000000a"_s;
        const auto sealed = *sealer.sealBound(u"rec-1"_s, u"phone"_s, first, "\"+387 61 000 000\"");
        QVERIFY(sealed.startsWith(u"s3:1:"_s));
        QVERIFY(FieldSealer::isBound(sealed));
        QCOMPARE(*sealer.open(u"rec-1"_s, u"phone"_s, first, sealed), QByteArray("\"+387 61 000 000\""));
        // Another stamp of the same field (a newer value's), or none: refused.
        QCOMPARE(sealer.open(u"rec-1"_s, u"phone"_s, second, sealed).error().code, Error::Code::Damaged);
        QVERIFY(!sealer.open(u"rec-1"_s, u"phone"_s, sealed));
        QVERIFY(!sealer.open(u"rec-2"_s, u"phone"_s, first, sealed));
        // The device id at the end of the stamp is not bound (enrolment renames it).
        QVERIFY(sealer.open(u"rec-1"_s, u"phone"_s,
                            first.left(21) + u"0197a000-0000-7000-8000-00000000000b"_s, sealed));
        // An unbound value opens whatever stamp is given.
        const auto legacy = *sealer.seal(u"rec-1"_s, u"phone"_s, "1");
        QVERIFY(legacy.startsWith(u"s2:1:"_s) && !FieldSealer::isBound(legacy));
        QVERIFY(sealer.open(u"rec-1"_s, u"phone"_s, second, legacy));
    }

    void wrongKeyAndDamageAreRefused()
    {
        FieldSealer a(key());
        FieldSealer b(key());
        const auto sealed = *a.seal(u"r"_s, u"f"_s, "\"x\"");
        QVERIFY(!b.open(u"r"_s, u"f"_s, sealed));
        QString flipped = sealed;
        const qsizetype at = flipped.size() - 5;
        flipped[at] = flipped[at] == u'A' ? u'B' : u'A';
        QVERIFY(!a.open(u"r"_s, u"f"_s, flipped));
        QVERIFY(!a.open(u"r"_s, u"f"_s, u"s1:"_s));
        QVERIFY(!a.open(u"r"_s, u"f"_s, u"s1:!!!!"_s));
        QVERIFY(!a.open(u"r"_s, u"f"_s, u"plain"_s));
    }

    void keyFromBytesChecksLength()
    {
        unsigned char bytes[SecretKey::Size] = {};
        QVERIFY(SecretKey::fromBytes(bytes, sizeof bytes));
        QVERIFY(!SecretKey::fromBytes(bytes, sizeof bytes - 1));
        // Same bytes, same key: what one sealer sealed, the other opens.
        auto ka = SecretKey::fromBytes(bytes, sizeof bytes);
        auto kb = SecretKey::fromBytes(bytes, sizeof bytes);
        FieldSealer a(std::shared_ptr<const SecretKey>(std::move(*ka)));
        FieldSealer b(std::shared_ptr<const SecretKey>(std::move(*kb)));
        QVERIFY(b.open(u"r"_s, u"f"_s, *a.seal(u"r"_s, u"f"_s, "1")));
    }
};

QTEST_GUILESS_MAIN(TestSealer)
#include "test_sealer.moc"
