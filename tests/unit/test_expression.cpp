// The form expression language: parsing, evaluation, errors and value conversions
// (docs/FORMS.md, "Expressions").

#include "expr/ExprValue.h"
#include "expr/Expression.h"

#include <QHash>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace prihvat {

// Lets QCOMPARE print both sides of a failed comparison, kind included.
char* toString(const ExprValue& v)
{
    static const char* const kinds[] = {"Null", "Bool", "Number", "String", "Date", "List"};
    const QString text = QString::fromLatin1(kinds[static_cast<int>(v.kind())]) + u'(' + v.toString() + u')';
    return QTest::toString(text);
}

} // namespace prihvat

Q_DECLARE_METATYPE(prihvat::ExprValue)

using prihvat::Expression;
using prihvat::ExpressionContext;
using prihvat::ExprValue;

namespace {

ExprValue num(double d)
{
    return ExprValue::number(d);
}
ExprValue str(const QString& s)
{
    return ExprValue::string(s);
}
ExprValue boolean(bool b)
{
    return ExprValue::boolean(b);
}
ExprValue date(int y, int m, int d)
{
    return ExprValue::date(QDate(y, m, d));
}
ExprValue list(const QStringList& l)
{
    return ExprValue::list(l);
}
const ExprValue null;

// Field values from a table, a fixed today, and a record of every field that was read.
class TestContext final : public ExpressionContext
{
public:
    ExprValue fieldValue(const QString& name) const override
    {
        asked.append(name);
        return values.value(name);
    }
    QDate today() const override { return day; }

    QHash<QString, ExprValue> values;
    QDate day{2024, 6, 15};
    mutable QStringList asked;
};

// The record most rows are evaluated against. Fields not listed here are empty.
TestContext standardContext()
{
    TestContext c;
    c.values = {
        {u"age_years"_s, num(30)},
        {u"price"_s, num(2.5)},
        {u"zero"_s, num(0)},
        {u"name"_s, str(u"Amina"_s)},
        {u"sex"_s, str(u"f"_s)},
        {u"count_text"_s, str(u"12"_s)},
        {u"risks"_s, list({u"gbv"_s, u"child"_s})},
        {u"one_risk"_s, list({u"gbv"_s})},
        {u"no_risks"_s, list({})},
        {u"dob"_s, date(1990, 6, 15)},
        {u"arrival"_s, date(2024, 6, 1)},
        {u"departure"_s, date(2024, 6, 10)},
        {u"consent"_s, boolean(true)},
        {u"refused"_s, boolean(false)},
    };
    return c;
}

void addColumns()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<ExprValue>("expected");
}

void row(const QString& expression, const ExprValue& expected)
{
    QTest::newRow(expression.toUtf8().constData()) << expression << expected;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private:
    // Shared body of the data-driven evaluation tests: parse once, evaluate against the
    // standard record, compare kind and value.
    void checkEvaluation()
    {
        QFETCH(QString, expression);
        QFETCH(ExprValue, expected);
        const prihvat::Result<Expression> parsed = Expression::parse(expression);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->text(), expression);
        const TestContext context = standardContext();
        QCOMPARE(parsed->evaluate(context), expected);
        QCOMPARE(parsed->isTrue(context), expected.toBool());
    }

private Q_SLOTS:
    void literals_data()
    {
        addColumns();
        row(u"12"_s, num(12));
        row(u"3.5"_s, num(3.5));
        row(u"0.25"_s, num(0.25));
        row(u"  42  "_s, num(42));
        row(u"'yes'"_s, str(u"yes"_s));
        row(u"\"no\""_s, str(u"no"_s));
        row(u"''"_s, str(QString()));
        row(u"'it\\'s'"_s, str(u"it's"_s));
        row(u"\"say \\\"hi\\\"\""_s, str(u"say \"hi\""_s));
        row(u"'back\\\\slash'"_s, str(u"back\\slash"_s));
        row(u"'mixed \"quotes\"'"_s, str(u"mixed \"quotes\""_s));
        row(u"'Šibenik, Хрватска'"_s, str(u"Šibenik, Хрватска"_s));
        row(u"'2024-01-01'"_s, str(u"2024-01-01"_s)); // a string until compared with a date
        row(u"true"_s, boolean(true));
        row(u"false"_s, boolean(false));
        row(u"null"_s, null);
        row(u"${age_years}"_s, num(30));
        row(u"${risks}"_s, list({u"gbv"_s, u"child"_s}));
        row(u"${missing}"_s, null);
    }
    void literals() { checkEvaluation(); }

    void arithmetic_data()
    {
        addColumns();
        row(u"1 + 2"_s, num(3));
        row(u"5 - 7"_s, num(-2));
        row(u"6 * 7"_s, num(42));
        row(u"7 / 2"_s, num(3.5));
        row(u"7 % 3"_s, num(1));
        row(u"-7 % 3"_s, num(-1));
        row(u"7.5 % 2"_s, num(1.5));
        row(u"-5"_s, num(-5));
        row(u"--5"_s, num(5));
        row(u"-(2 + 3)"_s, num(-5));
        row(u"-0"_s, num(0));
        row(u"2 * -3"_s, num(-6));
        row(u"10 - -2"_s, num(12));
        row(u"${age_years} + 1"_s, num(31));
        row(u"${price} * 4"_s, num(10));
        row(u"-${price}"_s, num(-2.5));
        row(u"${count_text} * 2"_s, num(24)); // a string holding a number counts as that number
        row(u"'3' + 4"_s, num(7));
        row(u"1 / 0"_s, null);
        row(u"0 / 0"_s, null);
        row(u"5 % 0"_s, null);
        row(u"${age_years} / ${zero}"_s, null);
        row(u"'a' + 'b'"_s, null);
        row(u"'a' + 1"_s, null);
        row(u"true + 1"_s, null);
        row(u"-'abc'"_s, null);
        row(u"-${name}"_s, null);
        row(u"${risks} + 1"_s, null);
    }
    void arithmetic() { checkEvaluation(); }

    void precedence_data()
    {
        addColumns();
        row(u"1 + 2 * 3"_s, num(7));
        row(u"(1 + 2) * 3"_s, num(9));
        row(u"10 - 4 - 3"_s, num(3));   // left to right
        row(u"100 / 10 / 5"_s, num(2)); // left to right
        row(u"2 * 3 % 4"_s, num(2));    // (2 * 3) % 4
        row(u"1 + 7 % 4"_s, num(4));    // % before +
        row(u"-2 * 3"_s, num(-6));
        row(u"- 2 + 5"_s, num(3)); // unary minus before +
        row(u"-2 - -2"_s, num(0));
        row(u"1 + 2 = 3"_s, boolean(true)); // arithmetic before comparison
        row(u"1 + 2 < 4"_s, boolean(true));
        row(u"2 * 3 >= 6"_s, boolean(true));
        row(u"1 = 1 and 2 = 2"_s, boolean(true));         // comparison before and
        row(u"true or false and false"_s, boolean(true)); // and before or
        row(u"false and false or true"_s, boolean(true));
        row(u"(true or false) and false"_s, boolean(false));
        row(u"not false and false"_s, boolean(false)); // (not false) and false
        row(u"not 1 = 2"_s, boolean(true));            // not (1 = 2)
        row(u"not(1) = false"_s, boolean(true));       // not(…) reads like a function call
        row(u"((((1))))"_s, num(1));
        row(u"((1 + 2) * (3 + 4)) - 1"_s, num(20));
    }
    void precedence() { checkEvaluation(); }

    void comparisons_data()
    {
        addColumns();
        // every operator, both outcomes
        row(u"1 = 1"_s, boolean(true));
        row(u"1 = 2"_s, boolean(false));
        row(u"1 != 2"_s, boolean(true));
        row(u"1 != 1"_s, boolean(false));
        row(u"1 < 2"_s, boolean(true));
        row(u"2 < 1"_s, boolean(false));
        row(u"2 <= 2"_s, boolean(true));
        row(u"3 <= 2"_s, boolean(false));
        row(u"3 > 2"_s, boolean(true));
        row(u"2 > 2"_s, boolean(false));
        row(u"2 >= 2"_s, boolean(true));
        row(u"1 >= 2"_s, boolean(false));
        row(u"1<2"_s, boolean(true));
        row(u"0.1 + 0.2 = 0.3"_s, boolean(true)); // floating-point noise is not a difference
        row(u"3.5 > 3.4"_s, boolean(true));
        // strings compare as strings
        row(u"'abc' = 'abc'"_s, boolean(true));
        row(u"'abc' = 'ABC'"_s, boolean(false));
        row(u"'abc' < 'abd'"_s, boolean(true));
        row(u"'b' > 'a'"_s, boolean(true));
        row(u"'10' < '9'"_s, boolean(true));
        row(u"${sex} = 'f'"_s, boolean(true));
        row(u"${sex} != 'm'"_s, boolean(true));
        row(u"${name} = \"Amina\""_s, boolean(true));
        // a number against a string that holds a number compares numerically
        row(u"${count_text} = 12"_s, boolean(true));
        row(u"${count_text} > 9"_s, boolean(true));
        row(u"12 = '12.0'"_s, boolean(true));
        row(u"5 = 'five'"_s, boolean(false));
        row(u"5 != 'five'"_s, boolean(true));
        row(u"5 < 'five'"_s, null);
        // booleans
        row(u"true = true"_s, boolean(true));
        row(u"true != false"_s, boolean(true));
        row(u"false < true"_s, boolean(true));
        row(u"${consent} = true"_s, boolean(true));
        row(u"${refused} = false"_s, boolean(true));
        row(u"${consent} = 'true'"_s, boolean(true));
        row(u"${consent} = 1"_s, boolean(false));
        // lists
        row(u"${one_risk} = 'gbv'"_s, boolean(true));
        row(u"${risks} = 'gbv'"_s, boolean(false));
        row(u"${risks} = ${risks}"_s, boolean(true));
        row(u"${risks} != ${one_risk}"_s, boolean(true));
        row(u"${risks} < 'z'"_s, null);
    }
    void comparisons() { checkEvaluation(); }

    void logic_data()
    {
        addColumns();
        row(u"true and true"_s, boolean(true));
        row(u"true and false"_s, boolean(false));
        row(u"false and true"_s, boolean(false));
        row(u"false or true"_s, boolean(true));
        row(u"true or false"_s, boolean(true));
        row(u"false or false"_s, boolean(false));
        row(u"not(true)"_s, boolean(false));
        row(u"not(false)"_s, boolean(true));
        row(u"not true"_s, boolean(false));
        row(u"not not true"_s, boolean(true));
        row(u"not(not(false))"_s, boolean(false));
        row(u"not(${sex} = 'm')"_s, boolean(true));
        row(u"${age_years} > 18 and ${sex} = 'f'"_s, boolean(true));
        row(u"${age_years} < 18 or ${sex} = 'm'"_s, boolean(false));
        row(u"1 and 'x'"_s, boolean(true)); // operands count by toBool(); the result is a boolean
        row(u"0 or ''"_s, boolean(false));
        row(u"${risks} and ${name}"_s, boolean(true));
        row(u"${no_risks} or ${zero}"_s, boolean(false));
    }
    void logic() { checkEvaluation(); }

    void nullHandling_data()
    {
        addColumns();
        row(u"${missing} = null"_s, boolean(true));
        row(u"null = ${missing}"_s, boolean(true));
        row(u"null = null"_s, boolean(true));
        row(u"${missing} != null"_s, boolean(false));
        row(u"${name} = null"_s, boolean(false));
        row(u"${name} != null"_s, boolean(true));
        row(u"null = 0"_s, boolean(false));
        row(u"null = ''"_s, boolean(false));
        row(u"null = false"_s, boolean(false));
        row(u"${missing} = 5"_s, boolean(false));
        row(u"${missing} != 5"_s, boolean(true));
        // arithmetic and ordering with an empty value give empty
        row(u"${missing} + 1"_s, null);
        row(u"1 - ${missing}"_s, null);
        row(u"${missing} * 0"_s, null);
        row(u"${missing} / 1"_s, null);
        row(u"${missing} % 2"_s, null);
        row(u"-${missing}"_s, null);
        row(u"${missing} < 1"_s, null);
        row(u"${missing} <= 1"_s, null);
        row(u"${missing} > 1"_s, null);
        row(u"${missing} >= 1"_s, null);
        row(u"null < null"_s, null);
        row(u"(${missing} + 1) = null"_s, boolean(true));
        // an empty condition counts as false
        row(u"null and true"_s, boolean(false));
        row(u"null or true"_s, boolean(true));
        row(u"${missing} > 1 or true"_s, boolean(true));
        row(u"${missing} > 1 and true"_s, boolean(false));
        row(u"not(null)"_s, boolean(true));
        row(u"not(${missing} > 3)"_s, boolean(true));
    }
    void nullHandling() { checkEvaluation(); }

    void dates_data()
    {
        addColumns();
        // a date field against a YYYY-MM-DD literal, every operator, both sides
        row(u"${arrival} = '2024-06-01'"_s, boolean(true));
        row(u"${arrival} != '2024-06-01'"_s, boolean(false));
        row(u"${arrival} < '2024-06-02'"_s, boolean(true));
        row(u"${arrival} <= '2024-05-31'"_s, boolean(false));
        row(u"${arrival} > '2024-05-31'"_s, boolean(true));
        row(u"${arrival} >= '2024-06-01'"_s, boolean(true));
        row(u"${arrival} = \"2024-06-01\""_s, boolean(true));
        row(u"'2024-06-01' = ${arrival}"_s, boolean(true));
        row(u"'2023-01-01' < ${arrival}"_s, boolean(true));
        row(u"'2025-01-01' <= ${arrival}"_s, boolean(false));
        row(u"${arrival} > '2024-02-29'"_s, boolean(true));
        // dates against dates
        row(u"${arrival} < ${departure}"_s, boolean(true));
        row(u"${arrival} = ${departure}"_s, boolean(false));
        row(u"${arrival} = ${arrival}"_s, boolean(true));
        row(u"${arrival} < today()"_s, boolean(true));
        row(u"today() = '2024-06-15'"_s, boolean(true));
        // strings that are not dates
        row(u"${arrival} = 'not a date'"_s, boolean(false));
        row(u"${arrival} = '2024-6-1'"_s, boolean(false));
        row(u"${arrival} < 'soon'"_s, null);
        row(u"${arrival} > '2023-02-29'"_s, null); // no such day
        row(u"${arrival} < 20240602"_s, null);
        row(u"'2024-06-15' > '2024-06-01'"_s, boolean(true)); // two strings, compared as strings
        // empty dates
        row(u"${missing} < '2024-01-01'"_s, null);
        row(u"${arrival} = null"_s, boolean(false));
        // arithmetic
        row(u"${departure} - ${arrival}"_s, num(9));
        row(u"${arrival} - ${departure}"_s, num(-9));
        row(u"${arrival} - '2024-05-01'"_s, num(31));
        row(u"today() - ${arrival}"_s, num(14));
        row(u"${arrival} + 10"_s, date(2024, 6, 11));
        row(u"10 + ${arrival}"_s, date(2024, 6, 11));
        row(u"${arrival} - 1"_s, date(2024, 5, 31));
        row(u"${arrival} + 1.9"_s, date(2024, 6, 2)); // whole days only
        row(u"${arrival} + 365"_s, date(2025, 6, 1));
        row(u"${arrival} + 10 = '2024-06-11'"_s, boolean(true));
        row(u"${arrival} * 2"_s, null);
        row(u"${arrival} + ${departure}"_s, null);
        row(u"10 - ${arrival}"_s, null);
        row(u"${arrival} + ${missing}"_s, null);
    }
    void dates() { checkEvaluation(); }

    void functions_data()
    {
        addColumns();
        // selected: a list contains, a string equals, empty is false
        row(u"selected(${risks}, 'gbv')"_s, boolean(true));
        row(u"selected(${risks}, 'child')"_s, boolean(true));
        row(u"selected(${risks}, 'elderly')"_s, boolean(false));
        row(u"selected(${sex}, 'f')"_s, boolean(true));
        row(u"selected(${sex}, 'm')"_s, boolean(false));
        row(u"selected(${missing}, 'gbv')"_s, boolean(false));
        row(u"selected(${risks}, ${missing})"_s, boolean(false));
        row(u"selected(${no_risks}, 'gbv')"_s, boolean(false));
        row(u"not(selected(${risks}, 'gbv'))"_s, boolean(false));
        // count_selected
        row(u"count_selected(${risks})"_s, num(2));
        row(u"count_selected(${one_risk})"_s, num(1));
        row(u"count_selected(${no_risks})"_s, num(0));
        row(u"count_selected(${sex})"_s, num(1));
        row(u"count_selected('')"_s, num(0));
        row(u"count_selected(${missing})"_s, num(0));
        row(u"selected(${risks}, 'gbv') and count_selected(${risks}) >= 2"_s, boolean(true));
        // age (today is 2024-06-15)
        row(u"age(${dob})"_s, num(34));
        row(u"age('2000-01-01')"_s, num(24));
        row(u"age(${dob}) >= 18"_s, boolean(true));
        row(u"age(${missing})"_s, null);
        row(u"age(${missing}) >= 18"_s, null);
        row(u"age('garbage')"_s, null);
        row(u"age(42)"_s, null);
        // today
        row(u"today()"_s, date(2024, 6, 15));
        row(u"today() + 1"_s, date(2024, 6, 16));
        // days_between: b − a
        row(u"days_between(${arrival}, ${departure})"_s, num(9));
        row(u"days_between(${departure}, ${arrival})"_s, num(-9));
        row(u"days_between('2024-01-01', '2024-12-31')"_s, num(365));
        row(u"days_between(${arrival}, today())"_s, num(14));
        row(u"days_between(${arrival}, ${arrival})"_s, num(0));
        row(u"days_between(${missing}, ${departure})"_s, null);
        row(u"days_between(${arrival}, ${missing})"_s, null);
        row(u"days_between(${arrival}, 'later')"_s, null);
        // string_length counts characters, a surrogate pair as one
        row(u"string_length(${name})"_s, num(5));
        row(u"string_length('')"_s, num(0));
        row(u"string_length(${missing})"_s, num(0));
        row(u"string_length('Šibenik')"_s, num(7));
        row(u"string_length('a😀')"_s, num(2));
        row(u"string_length(12345)"_s, num(5));
        row(u"string_length(${name}) > 3"_s, boolean(true));
        // empty
        row(u"empty(${missing})"_s, boolean(true));
        row(u"empty(null)"_s, boolean(true));
        row(u"empty('')"_s, boolean(true));
        row(u"empty(${no_risks})"_s, boolean(true));
        row(u"empty(${name})"_s, boolean(false));
        row(u"empty(${risks})"_s, boolean(false));
        row(u"empty(0)"_s, boolean(false));
        row(u"empty(false)"_s, boolean(false));
        row(u"empty(${arrival})"_s, boolean(false));
        // if
        row(u"if(true, 1, 2)"_s, num(1));
        row(u"if(false, 1, 2)"_s, num(2));
        row(u"if(${missing}, 'yes', 'no')"_s, str(u"no"_s));
        row(u"if(${age_years} >= 18, 'adult', 'child')"_s, str(u"adult"_s));
        row(u"if(1 = 1, ${name}, null)"_s, str(u"Amina"_s));
        row(u"if(false, 1, if(true, 2, 3))"_s, num(2));
        row(u"if(true, null, 1)"_s, null);
        row(u"if(${consent}, ${arrival}, ${departure})"_s, date(2024, 6, 1));
    }
    void functions() { checkEvaluation(); }

    void ageAroundBirthdays_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<double>("years");
        QTest::newRow("day before 18th birthday") << QDate(2006, 6, 16) << QDate(2024, 6, 15) << 17.0;
        QTest::newRow("18th birthday") << QDate(2006, 6, 15) << QDate(2024, 6, 15) << 18.0;
        QTest::newRow("day after 18th birthday") << QDate(2006, 6, 14) << QDate(2024, 6, 15) << 18.0;
        QTest::newRow("month before birthday") << QDate(2006, 7, 15) << QDate(2024, 6, 15) << 17.0;
        QTest::newRow("born today") << QDate(2024, 6, 15) << QDate(2024, 6, 15) << 0.0;
        QTest::newRow("born yesterday") << QDate(2024, 6, 14) << QDate(2024, 6, 15) << 0.0;
        QTest::newRow("one day short of a year") << QDate(2023, 6, 16) << QDate(2024, 6, 15) << 0.0;
        QTest::newRow("29 Feb, on 28 Feb of a common year")
            << QDate(2000, 2, 29) << QDate(2023, 2, 28) << 22.0;
        QTest::newRow("29 Feb, on 1 Mar of a common year") << QDate(2000, 2, 29) << QDate(2023, 3, 1) << 23.0;
        QTest::newRow("29 Feb, on 29 Feb") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24.0;
        QTest::newRow("31 Dec, on 30 Dec") << QDate(2000, 12, 31) << QDate(2024, 12, 30) << 23.0;
        QTest::newRow("31 Dec, on 31 Dec") << QDate(2000, 12, 31) << QDate(2024, 12, 31) << 24.0;
        QTest::newRow("31 Dec, on 1 Jan") << QDate(2000, 12, 31) << QDate(2025, 1, 1) << 24.0;
        QTest::newRow("1 Jan, on 31 Dec") << QDate(2000, 1, 1) << QDate(2024, 12, 31) << 24.0;
        QTest::newRow("old age") << QDate(1920, 3, 10) << QDate(2024, 3, 9) << 103.0;
        QTest::newRow("in the future, under a year") << QDate(2024, 6, 20) << QDate(2024, 6, 15) << 0.0;
        QTest::newRow("in the future, a year") << QDate(2025, 6, 15) << QDate(2024, 6, 15) << -1.0;
    }
    void ageAroundBirthdays()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, today);
        QFETCH(double, years);
        TestContext context;
        context.day = today;
        context.values.insert(u"dob"_s, ExprValue::date(born));

        const auto fromField = Expression::parse(u"age(${dob})"_s);
        QVERIFY(fromField.ok());
        QCOMPARE(fromField->evaluate(context), num(years));

        const auto fromLiteral = Expression::parse(u"age('"_s + born.toString(Qt::ISODate) + u"')"_s);
        QVERIFY(fromLiteral.ok());
        QCOMPARE(fromLiteral->evaluate(context), num(years));

        const auto adult = Expression::parse(u"age(${dob}) >= 18"_s);
        QVERIFY(adult.ok());
        QCOMPARE(adult->isTrue(context), years >= 18);
    }

    void shortCircuit_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<ExprValue>("expected");
        QTest::addColumn<QStringList>("asked");
        QTest::addColumn<QStringList>("notAsked");
        QTest::newRow("false and division by zero")
            << u"false and (1/0 = 1)"_s << boolean(false) << QStringList() << QStringList();
        QTest::newRow("false and field")
            << u"false and ${boom} = 1"_s << boolean(false) << QStringList() << QStringList{u"boom"_s};
        QTest::newRow("empty and field") << u"${missing} and ${boom}"_s << boolean(false)
                                         << QStringList{u"missing"_s} << QStringList{u"boom"_s};
        QTest::newRow("true or field")
            << u"true or ${boom} = 1"_s << boolean(true) << QStringList() << QStringList{u"boom"_s};
        QTest::newRow("field or field") << u"${consent} or ${boom}"_s << boolean(true)
                                        << QStringList{u"consent"_s} << QStringList{u"boom"_s};
        QTest::newRow("true and field is read")
            << u"true and ${name} = 'Amina'"_s << boolean(true) << QStringList{u"name"_s} << QStringList();
        QTest::newRow("false or field is read")
            << u"false or ${name} = 'Amina'"_s << boolean(true) << QStringList{u"name"_s} << QStringList();
        QTest::newRow("if takes the then branch only")
            << u"if(true, 1, ${boom})"_s << num(1) << QStringList() << QStringList{u"boom"_s};
        QTest::newRow("if takes the else branch only")
            << u"if(false, ${boom}, ${age_years})"_s << num(30) << QStringList{u"age_years"_s}
            << QStringList{u"boom"_s};
    }
    void shortCircuit()
    {
        QFETCH(QString, expression);
        QFETCH(ExprValue, expected);
        QFETCH(QStringList, asked);
        QFETCH(QStringList, notAsked);
        const auto parsed = Expression::parse(expression);
        QVERIFY(parsed.ok());
        TestContext context = standardContext();
        QCOMPARE(parsed->evaluate(context), expected);
        for (const QString& name : asked)
            QVERIFY2(context.asked.contains(name), qPrintable(name));
        for (const QString& name : notAsked)
            QVERIFY2(!context.asked.contains(name), qPrintable(name));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message"); // a part of the message to expect
        const auto add = [](const char* name, const QString& expression, const QString& message) {
            QTest::newRow(name) << expression << message;
        };
        add("empty", QString(), u"empty expression"_s);
        add("only spaces", u"   "_s, u"empty expression"_s);
        add("unclosed parenthesis", u"(1 + 2"_s, u"unexpected end of expression"_s);
        add("missing right operand", u"1 +"_s, u"unexpected end of expression"_s);
        add("comparison without right side", u"${age} >"_s, u"unexpected end of expression"_s);
        add("or at the end", u"true or"_s, u"unexpected end of expression"_s);
        add("bare not", u"not"_s, u"unexpected end of expression"_s);
        add("extra closing parenthesis", u"(${age} > 18))"_s, u"unexpected ')' at position 14"_s);
        add("extra parenthesis after a call", u"selected(${risks}, 'gbv'))"_s,
            u"unexpected ')' at position 26"_s);
        add("empty parentheses", u"()"_s, u"unexpected ')' at position 2"_s);
        add("unterminated string", u"'abc"_s, u"unterminated string at position 1"_s);
        add("unterminated string after a number", u"1 'abc"_s, u"unterminated string at position 3"_s);
        add("escaped closing quote", u"\"a\\\""_s, u"unterminated string at position 1"_s);
        add("unknown escape", u"'a\\n'"_s, u"invalid escape '\\n' at position 3"_s);
        add("unknown function", u"foo(1)"_s, u"unknown function 'foo' at position 1"_s);
        add("unknown function later", u"1 = bar()"_s, u"unknown function 'bar' at position 5"_s);
        add("selected with one argument", u"selected(${risks})"_s,
            u"function 'selected' takes 2 arguments, got 1 at position 1"_s);
        add("today with an argument", u"today(1)"_s,
            u"function 'today' takes no arguments, got 1 at position 1"_s);
        add("age without argument", u"age()"_s, u"function 'age' takes 1 argument, got 0 at position 1"_s);
        add("if with two arguments", u"if(true, 1)"_s,
            u"function 'if' takes 3 arguments, got 2 at position 1"_s);
        add("not with two arguments", u"not(true, false)"_s,
            u"function 'not' takes 1 argument, got 2 at position 1"_s);
        add("days_between with three", u"1 + days_between(1, 2, 3)"_s,
            u"function 'days_between' takes 2 arguments, got 3 at position 5"_s);
        add("function without parentheses", u"age"_s,
            u"function 'age' at position 1 must be followed by '('"_s);
        add("bare word", u"name = 'x'"_s, u"unknown name 'name' at position 1"_s);
        add("upper-case keyword", u"TRUE"_s, u"unknown name 'TRUE' at position 1"_s);
        add("upper-case and", u"1 AND 2"_s, u"unexpected 'AND' at position 3"_s);
        add("doubled equals", u"1 == 2"_s, u"unexpected '=' at position 4"_s);
        add("equals twice", u"1 = = 2"_s, u"unexpected '=' at position 5"_s);
        add("angle brackets", u"1 <> 2"_s, u"unexpected '>' at position 4"_s);
        add("chained comparison", u"1 < 2 < 3"_s, u"position 7"_s);
        add("chained equality", u"1 = 1 = true"_s, u"cannot be chained"_s);
        add("two operators", u"1 + * 2"_s, u"unexpected '*' at position 5"_s);
        add("two numbers", u"1 2"_s, u"unexpected '2' at position 3"_s);
        add("field after a complete expression", u"${a} = 1 ${b}"_s, u"unexpected '${b}' at position 10"_s);
        add("call on a literal", u"true(1)"_s, u"unexpected '(' at position 5"_s);
        add("and at the start", u"and true"_s, u"unexpected 'and' at position 1"_s);
        add("not as an operand", u"1 + not true"_s, u"unexpected 'not' at position 5"_s);
        add("unclosed call", u"selected(${risks}, 'gbv'"_s, u"unexpected end of expression"_s);
        add("missing comma", u"selected(${risks} 'gbv')"_s, u"unexpected string 'gbv' at position 19"_s);
        add("leading comma", u"selected(, 'gbv')"_s, u"unexpected ',' at position 10"_s);
        add("trailing comma", u"count_selected(${risks},)"_s, u"unexpected ')' at position 25"_s);
        add("field name with capitals", u"${Age} = 1"_s, u"invalid field name 'Age' at position 1"_s);
        add("field name with a digit first", u"1 + ${1abc}"_s, u"invalid field name '1abc' at position 5"_s);
        add("empty field name", u"${} = 1"_s, u"invalid field name '' at position 1"_s);
        add("field name with a space", u"${first name}"_s,
            u"invalid field name 'first name' at position 1"_s);
        add("unterminated field", u"${age = 1"_s, u"unterminated field reference at position 1"_s);
        add("dollar without brace", u"$age = 1"_s, u"expected '{' after '$' at position 1"_s);
        add("stray character", u"1 # 2"_s, u"unexpected character '#' at position 3"_s);
        add("lone exclamation mark", u"1 ! 2"_s, u"unexpected character '!' at position 3"_s);
        add("number ending in a dot", u"1."_s, u"malformed number '1.' at position 1"_s);
        add("two decimal points", u"1.2.3"_s, u"unexpected character '.' at position 4"_s);
        add("leading decimal point", u".5"_s, u"unexpected character '.' at position 1"_s);
        add("huge number", QString(400, u'9'), u"number out of range at position 1"_s);
        add("too deeply nested", QString(200, u'(') + u'1' + QString(200, u')'), u"nested too deeply"_s);
        add("too many minus signs", QString(200, u'-') + u'1', u"nested too deeply"_s);
        QString longSum = u"1"_s;
        for (int i = 0; i < 1000; ++i)
            longSum += u" + 1"_s;
        add("too long", longSum, u"too long"_s);
    }
    void parseErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const prihvat::Result<Expression> parsed = Expression::parse(expression);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == prihvat::Error::Code::Invalid);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    // The messages from docs and reviews, word for word.
    void parseErrorMessages_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("unexpected") << u"(${age} > 18))"_s << u"unexpected ')' at position 14"_s;
        QTest::newRow("unterminated") << u"1 'abc"_s << u"unterminated string at position 3"_s;
        QTest::newRow("unknown function") << u"foo(1)"_s << u"unknown function 'foo' at position 1"_s;
        QTest::newRow("arity") << u"selected(${risks})"_s
                               << u"function 'selected' takes 2 arguments, got 1 at position 1"_s;
        QTest::newRow("end") << u"(1 + 2"_s << u"unexpected end of expression"_s;
        QTest::newRow("empty") << QString() << u"empty expression"_s;
        QTest::newRow("percent in a string is not a placeholder")
            << u"1 '%1 %2'"_s << u"unexpected string '%1 %2' at position 3"_s;
    }
    void parseErrorMessages()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const prihvat::Result<Expression> parsed = Expression::parse(expression);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, message);
    }

    void limitsAllowRealisticExpressions()
    {
        QString sum = u"1"_s;
        for (int i = 0; i < 300; ++i)
            sum += u" + 1"_s;
        const auto longSum = Expression::parse(sum);
        QVERIFY2(longSum.ok(), qPrintable(longSum.ok() ? QString() : longSum.error().message));
        QCOMPARE(longSum->evaluate(TestContext()), num(301));

        const auto nested = Expression::parse(QString(50, u'(') + u'7' + QString(50, u')'));
        QVERIFY(nested.ok());
        QCOMPARE(nested->evaluate(TestContext()), num(7));
    }

    void fieldReferences_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("none") << u"1 + 2"_s << QStringList();
        QTest::newRow("one") << u"${a} = 1"_s << QStringList{u"a"_s};
        QTest::newRow("repeated") << u"${a} + ${b} > ${a}"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("inside calls") << u"selected(${risks}, 'x') and not(empty(${other_field2}))"_s
                                      << QStringList{u"other_field2"_s, u"risks"_s};
        QTest::newRow("if branches") << u"if(${c1}, ${c2}, -${c3})"_s
                                     << QStringList{u"c1"_s, u"c2"_s, u"c3"_s};
        QTest::newRow("not inside strings") << u"'${not_a_field}' = ${real}"_s << QStringList{u"real"_s};
        QTest::newRow("dates") << u"age(${dob}) >= 18 or days_between(${arrival}, today()) < 30"_s
                               << QStringList{u"arrival"_s, u"dob"_s};
    }
    void fieldReferences()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, fields);
        const auto parsed = Expression::parse(expression);
        QVERIFY(parsed.ok());
        QCOMPARE(sorted(parsed->fieldReferences()), fields);
    }

    void copiesShareTheTree()
    {
        TestContext context = standardContext();
        Expression assigned;
        Expression copied;
        {
            const auto parsed = Expression::parse(u"selected(${risks}, 'gbv') and ${age_years} > 18"_s);
            QVERIFY(parsed.ok());
            copied = Expression(parsed.value());
            assigned = parsed.value();
        } // the original is gone; the copies keep the tree alive
        QCOMPARE(copied.text(), u"selected(${risks}, 'gbv') and ${age_years} > 18"_s);
        QCOMPARE(assigned.text(), copied.text());
        QCOMPARE(copied.evaluate(context), boolean(true));
        QCOMPARE(assigned.evaluate(context), boolean(true));
        QCOMPARE(sorted(assigned.fieldReferences()), (QStringList{u"age_years"_s, u"risks"_s}));

        // one parse, many evaluations as the answers change
        context.values.insert(u"age_years"_s, num(12));
        QCOMPARE(copied.isTrue(context), false);
        context.values.insert(u"age_years"_s, num(19));
        QCOMPARE(copied.isTrue(context), true);
        context.values.remove(u"risks"_s);
        QCOMPARE(copied.isTrue(context), false);
    }

    void defaultExpressionIsEmpty()
    {
        const Expression e;
        QVERIFY(e.text().isEmpty());
        QVERIFY(e.fieldReferences().isEmpty());
        QCOMPARE(e.evaluate(standardContext()), null);
        QCOMPARE(e.isTrue(standardContext()), false);
    }

    void isTrue_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("one") << u"1"_s << true;
        QTest::newRow("zero") << u"0"_s << false;
        QTest::newRow("null") << u"null"_s << false;
        QTest::newRow("empty comparison") << u"${missing} > 3"_s << false;
        QTest::newRow("string") << u"'x'"_s << true;
        QTest::newRow("empty string") << u"''"_s << false;
        QTest::newRow("list") << u"${risks}"_s << true;
        QTest::newRow("empty list") << u"${no_risks}"_s << false;
        QTest::newRow("date") << u"${arrival}"_s << true;
        QTest::newRow("division by zero") << u"1 / 0"_s << false;
    }
    void isTrue()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const auto parsed = Expression::parse(expression);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->isTrue(standardContext()), expected);
    }

    // --- ExprValue conversions -------------------------------------------------------------

    void factories()
    {
        QCOMPARE(ExprValue().kind(), ExprValue::Kind::Null);
        QVERIFY(ExprValue::null().isNull());
        QCOMPARE(ExprValue::boolean(true).kind(), ExprValue::Kind::Bool);
        QCOMPARE(ExprValue::number(1).kind(), ExprValue::Kind::Number);
        QCOMPARE(ExprValue::string(u"1"_s).kind(), ExprValue::Kind::String);
        QCOMPARE(ExprValue::date(QDate(2024, 1, 1)).kind(), ExprValue::Kind::Date);
        QCOMPARE(ExprValue::list({}).kind(), ExprValue::Kind::List);
        QVERIFY(ExprValue::date(QDate()).isNull());
        QVERIFY(ExprValue::date(QDate(2023, 2, 29)).isNull());
        QVERIFY(!(ExprValue::number(1) == ExprValue::boolean(true)));
        QVERIFY(!(ExprValue::string(u"1"_s) == ExprValue::number(1)));
    }

    void toBool_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<bool>("expected");
        QTest::newRow("null") << null << false;
        QTest::newRow("true") << boolean(true) << true;
        QTest::newRow("false") << boolean(false) << false;
        QTest::newRow("0") << num(0) << false;
        QTest::newRow("1") << num(1) << true;
        QTest::newRow("-0.5") << num(-0.5) << true;
        QTest::newRow("NaN") << num(std::numeric_limits<double>::quiet_NaN()) << false;
        QTest::newRow("empty string") << str(QString()) << false;
        QTest::newRow("'0'") << str(u"0"_s) << true;
        QTest::newRow("'false'") << str(u"false"_s) << true;
        QTest::newRow("date") << date(2024, 1, 1) << true;
        QTest::newRow("empty list") << list({}) << false;
        QTest::newRow("list") << list({u"a"_s}) << true;
    }
    void toBool()
    {
        QFETCH(ExprValue, value);
        QFETCH(bool, expected);
        QCOMPARE(value.toBool(), expected);
    }

    void toNumber_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("null") << null << 0.0 << false;
        QTest::newRow("true") << boolean(true) << 1.0 << true;
        QTest::newRow("false") << boolean(false) << 0.0 << true;
        QTest::newRow("number") << num(2.5) << 2.5 << true;
        QTest::newRow("negative") << num(-3) << -3.0 << true;
        QTest::newRow("'12'") << str(u"12"_s) << 12.0 << true;
        QTest::newRow("' 7 '") << str(u" 7 "_s) << 7.0 << true;
        QTest::newRow("'3.25'") << str(u"3.25"_s) << 3.25 << true;
        QTest::newRow("'-4'") << str(u"-4"_s) << -4.0 << true;
        QTest::newRow("'abc'") << str(u"abc"_s) << 0.0 << false;
        QTest::newRow("'12abc'") << str(u"12abc"_s) << 0.0 << false;
        QTest::newRow("''") << str(QString()) << 0.0 << false;
        QTest::newRow("'inf'") << str(u"inf"_s) << 0.0 << false;
        QTest::newRow("'nan'") << str(u"nan"_s) << 0.0 << false;
        QTest::newRow("date") << date(2024, 1, 1) << 0.0 << false;
        QTest::newRow("list") << list({u"1"_s}) << 0.0 << false;
    }
    void toNumber()
    {
        QFETCH(ExprValue, value);
        QFETCH(double, expected);
        QFETCH(bool, ok);
        bool converted = !ok;
        QCOMPARE(value.toNumber(&converted), expected);
        QCOMPARE(converted, ok);
        QCOMPARE(value.toNumber(), expected); // ok may be left out
    }

    void toString_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << null << QString();
        QTest::newRow("true") << boolean(true) << u"true"_s;
        QTest::newRow("false") << boolean(false) << u"false"_s;
        QTest::newRow("3") << num(3) << u"3"_s;
        QTest::newRow("3.0") << num(3.0) << u"3"_s;
        QTest::newRow("-7") << num(-7) << u"-7"_s;
        QTest::newRow("-0") << num(-0.0) << u"0"_s;
        QTest::newRow("2.5") << num(2.5) << u"2.5"_s;
        QTest::newRow("0.1") << num(0.1) << u"0.1"_s;
        QTest::newRow("1e15") << num(1e15) << u"1000000000000000"_s;
        QTest::newRow("1e20") << num(1e20) << u"1e+20"_s;
        QTest::newRow("string") << str(u"x y"_s) << u"x y"_s;
        QTest::newRow("date") << date(2024, 1, 5) << u"2024-01-05"_s;
        QTest::newRow("list") << list({u"a"_s, u"b"_s}) << u"a b"_s;
        QTest::newRow("empty list") << list({}) << QString();
    }
    void toString()
    {
        QFETCH(ExprValue, value);
        QFETCH(QString, expected);
        QCOMPARE(value.toString(), expected);
    }

    void toDate_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("date") << date(2024, 1, 5) << QDate(2024, 1, 5);
        QTest::newRow("string") << str(u"2024-01-05"_s) << QDate(2024, 1, 5);
        QTest::newRow("leap day") << str(u"2024-02-29"_s) << QDate(2024, 2, 29);
        QTest::newRow("no such day") << str(u"2023-02-29"_s) << QDate();
        QTest::newRow("month 13") << str(u"2024-13-01"_s) << QDate();
        QTest::newRow("short parts") << str(u"2024-1-5"_s) << QDate();
        QTest::newRow("with a time") << str(u"2024-01-05T10:00"_s) << QDate();
        QTest::newRow("no dashes") << str(u"20240105"_s) << QDate();
        QTest::newRow("leading space") << str(u" 2024-01-05"_s) << QDate();
        QTest::newRow("letters") << str(u"2024-0a-05"_s) << QDate();
        QTest::newRow("empty string") << str(QString()) << QDate();
        QTest::newRow("number") << num(20240105) << QDate();
        QTest::newRow("null") << null << QDate();
        QTest::newRow("list") << list({u"2024-01-05"_s}) << QDate();
    }
    void toDate()
    {
        QFETCH(ExprValue, value);
        QFETCH(QDate, expected);
        QCOMPARE(value.toDate(), expected);
    }

    void toList_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("list") << list({u"a"_s, u"b"_s}) << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("empty list") << list({}) << QStringList();
        QTest::newRow("string") << str(u"gbv"_s) << QStringList{u"gbv"_s};
        QTest::newRow("empty string") << str(QString()) << QStringList();
        QTest::newRow("null") << null << QStringList();
        QTest::newRow("number") << num(1) << QStringList();
        QTest::newRow("bool") << boolean(true) << QStringList();
        QTest::newRow("date") << date(2024, 1, 5) << QStringList();
    }
    void toList()
    {
        QFETCH(ExprValue, value);
        QFETCH(QStringList, expected);
        QCOMPARE(value.toList(), expected);
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "test_expression.moc"
