// People search: folding of case, accents and Arabic-script variants; word-prefix matching;
// ordering; ids; keeping the index current.
#include "search/NameFolding.h"
#include "search/PersonIndex.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {
PersonEntry person(const QString& id, const QString& given, const QString& family, const QString& native,
                   const QString& registered)
{
    return PersonEntry::fromValues(id, QJsonObject{{u"given_name"_s, given},
                                                   {u"family_name"_s, family},
                                                   {u"name_native"_s, native},
                                                   {u"registration_date"_s, registered}});
}
QStringList ids(const std::vector<const PersonEntry*>& hits)
{
    QStringList out;
    for (const PersonEntry* e : hits)
        out.append(e->id);
    return out;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << u"AHMAD"_s << u"ahmad"_s;
        QTest::newRow("Bosnian accents") << u"Ćamil Šehić"_s << u"camil sehic"_s;
        QTest::newRow("dj") << u"Đorđe"_s << u"dorde"_s;
        QTest::newRow("French") << u"Hélène"_s << u"helene"_s;
        QTest::newRow("Arabic yeh / Farsi yeh") << u"علي"_s << u"علی"_s;
        QTest::newRow("Arabic kaf / keheh") << u"كريم"_s << u"کریم"_s;
        QTest::newRow("alef with hamza") << u"أحمد"_s << u"احمد"_s;
        QTest::newRow("teh marbuta") << u"فاطمة"_s << u"فاطمه"_s;
        QTest::newRow("harakat dropped") << u"مُحَمَّد"_s << u"محمد"_s;
        QTest::newRow("tatweel dropped") << u"محـــمد"_s << u"محمد"_s;
        QTest::newRow("ZWNJ ignored for matching") << u"می\u200Cخواهم"_s << u"میخواهم"_s;
        QTest::newRow("Persian digits") << u"۱۲۳"_s << u"123"_s;
        QTest::newRow("NFD input") << u"C\u0301amil"_s << u"camil"_s;
    }
    void folding()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(NameFolding::fold(a), NameFolding::fold(b));
    }

    void tokensSplitOnPunctuation()
    {
        QCOMPARE(NameFolding::tokens(u"Al-Homsi, Ammar"_s), (QStringList{u"al"_s, u"homsi"_s, u"ammar"_s}));
        QVERIFY(NameFolding::tokens(u"  "_s).isEmpty());
    }

    void searchMatchesWordPrefixesInAnyScript()
    {
        PersonIndex index;
        index.reset({person(u"01900000-0000-7000-8000-000000000001"_s, u"Ahmad"_s, u"Karimi"_s, u"احمد کریمی"_s, u"2026-01-02"_s),
                     person(u"01900000-0000-7000-8000-000000000002"_s, u"Mohammad"_s, u"Rezaei"_s, u"محمد رضایی"_s, u"2026-01-03"_s),
                     person(u"01900000-0000-7000-8000-000000000003"_s, u"Ćamil"_s, u"Karić"_s, QString(), u"2026-01-04"_s)});
        QCOMPARE(ids(index.search(u"karim"_s, 10)), QStringList{u"01900000-0000-7000-8000-000000000001"_s});
        QCOMPARE(ids(index.search(u"ahm kar"_s, 10)), QStringList{u"01900000-0000-7000-8000-000000000001"_s});
        // Typed with Arabic letters, stored with Persian ones.
        QCOMPARE(ids(index.search(u"كريمي"_s, 10)), QStringList{u"01900000-0000-7000-8000-000000000001"_s});
        QCOMPARE(ids(index.search(u"محمد"_s, 10)), QStringList{u"01900000-0000-7000-8000-000000000002"_s});
        QCOMPARE(ids(index.search(u"camil karic"_s, 10)), QStringList{u"01900000-0000-7000-8000-000000000003"_s});
        // Every word must match: "ahmad rezaei" is nobody.
        QVERIFY(index.search(u"ahmad rezaei"_s, 10).empty());
        // Substrings inside a word do not match (prefixes only).
        QVERIFY(index.search(u"arimi"_s, 10).empty());
        // Whole words before prefixes.
        const auto ka = index.search(u"kar"_s, 10);
        QCOMPARE(ka.size(), std::size_t(2));
    }

    void emptyQueryListsEachPersonOnceNewestFirst()
    {
        PersonIndex index;
        std::vector<PersonEntry> entries;
        for (int i = 0; i < 50; ++i)
            entries.push_back(person(u"01900000-0000-7000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')), u"P%1"_s.arg(i),
                                     u"X"_s, QString(), QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate)));
        index.reset(entries);
        const auto all = index.search(QString(), 100);
        QCOMPARE(all.size(), std::size_t(50));
        const QStringList allIds = ids(all);
        QCOMPARE(QSet<QString>(allIds.begin(), allIds.end()).size(), 50);
        QCOMPARE(all.front()->givenName, u"P49"_s);
        QCOMPARE(index.search(QString(), 5).size(), std::size_t(5));
    }

    void idPrefixOrSuffixFindsThePerson()
    {
        PersonIndex index;
        index.reset({person(u"0190abcd-0000-7000-8000-00000000beef"_s, u"Ahmad"_s, u"Karimi"_s, QString(), u"2026-01-02"_s),
                     person(u"0190abce-0000-7000-8000-000000000002"_s, u"Omar"_s, u"Haddad"_s, QString(), u"2026-01-03"_s)});
        QCOMPARE(ids(index.search(u"0190abcd"_s, 10)), QStringList{u"0190abcd-0000-7000-8000-00000000beef"_s});
        QCOMPARE(ids(index.search(u"0000beef"_s, 10)), QStringList{u"0190abcd-0000-7000-8000-00000000beef"_s});
    }

    void upsertAndRemoveKeepTheIndexCurrent()
    {
        PersonIndex index;
        const QString a = u"01900000-0000-7000-8000-000000000001"_s;
        const QString b = u"01900000-0000-7000-8000-000000000002"_s;
        index.reset({person(a, u"Ahmad"_s, u"Karimi"_s, QString(), u"2026-01-02"_s)});
        index.upsert(person(b, u"Omar"_s, u"Haddad"_s, QString(), u"2026-01-03"_s));
        QCOMPARE(index.size(), 2);
        index.upsert(person(a, u"Ahmad"_s, u"Karimzada"_s, QString(), u"2026-01-02"_s));
        QCOMPARE(index.size(), 2);
        QVERIFY(index.search(u"karimi"_s, 10).empty());
        QCOMPARE(ids(index.search(u"karimzada"_s, 10)), QStringList{a});
        index.remove(a);
        QCOMPARE(index.size(), 1);
        QVERIFY(!index.find(a));
        QCOMPARE(index.find(b)->givenName, u"Omar"_s);
        QVERIFY(index.search(u"ahmad"_s, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
