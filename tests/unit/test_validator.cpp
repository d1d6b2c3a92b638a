// Record validation (docs/FORMS.md, "Types", "Constraints", relevance): coerce() turns input
// into stored values, validate() checks a whole record. Small inline forms for each rule, and
// the real built-in forms and reference data with a fixed "today".

#include "forms/FormLoader.h"
#include "forms/FormRegistry.h"
#include "forms/Languages.h"
#include "forms/RecordValidator.h"
#include "forms/RecordValues.h"
#include "forms/ReferenceData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTest>

#include <ctime>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const QString kFormsDir = QStringLiteral(PRIHVAT_SOURCE_DIR "/resources/forms");
const QString kReferenceDir = QStringLiteral(PRIHVAT_SOURCE_DIR "/resources/reference");
const QDate kToday(2024, 6, 15);
const QString kKnownPerson = u"018bcfe5-6800-7abc-8def-0123456789ab"_s;
const QString kOtherPerson = u"018bcfe5-6800-7abc-8def-ffffffffffff"_s;

// --- building inline forms -------------------------------------------------------------------

QJsonObject lt(const QString& en)
{
    QJsonObject o;
    for (const QString& lang : Languages::all())
        o.insert(lang, lang == u"en"_s ? en : u"%1 [%2]"_s.arg(en, lang));
    return o;
}

QJsonArray choices(const QStringList& values)
{
    QJsonArray a;
    for (const QString& v : values)
        a.append(QJsonObject{{u"value"_s, v}, {u"label"_s, lt(v)}});
    return a;
}

QJsonObject fld(const QString& name, const QString& type, const QJsonObject& extra = {})
{
    QJsonObject o{{u"name"_s, name}, {u"type"_s, type}, {u"sensitivity"_s, u"facet"_s}, {u"label"_s, lt(u"Label "_s + name)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject formJson(const QString& id, const QJsonArray& fields, const QJsonArray& constraints = {})
{
    QJsonObject o{{u"id"_s, id}, {u"version"_s, 1}, {u"title"_s, lt(id)}, {u"fields"_s, fields}};
    if (!constraints.isEmpty())
        o.insert(u"constraints"_s, constraints);
    return o;
}

QJsonArray one(const QJsonObject& constraint)
{
    return QJsonArray{constraint};
}

// One field of every type, for coerce().
QJsonObject typesForm()
{
    return formJson(u"types"_s,
                    {
                        fld(u"t_text"_s, u"text"_s),
                        fld(u"t_short"_s, u"text"_s,
                            {{u"constraints"_s, one({{u"kind"_s, u"length"_s}, {u"max"_s, 10}})}}),
                        fld(u"t_int"_s, u"integer"_s),
                        fld(u"t_dec"_s, u"decimal"_s),
                        fld(u"t_date"_s, u"date"_s),
                        fld(u"t_dt"_s, u"datetime"_s),
                        fld(u"t_bool"_s, u"boolean"_s),
                        fld(u"t_one"_s, u"select_one"_s, {{u"choices"_s, choices({u"a"_s, u"b"_s, u"c"_s})}}),
                        fld(u"t_multi"_s, u"select_multiple"_s, {{u"choices"_s, choices({u"a"_s, u"b"_s, u"c"_s})}}),
                        fld(u"t_person"_s, u"person"_s),
                        fld(u"t_note"_s, u"note"_s),
                        fld(u"t_site"_s, u"select_one"_s, {{u"reference"_s, u"sites"_s}}),
                        fld(u"t_country"_s, u"select_one"_s, {{u"reference"_s, u"countries"_s}}),
                        fld(u"t_langs"_s, u"select_multiple"_s, {{u"reference"_s, u"languages"_s}}),
                        fld(u"t_item"_s, u"select_one"_s, {{u"reference"_s, u"items"_s}}),
                    });
}

// Relevance chains: has_children → children_count → youngest_age → youngest_school.
QJsonObject relevanceForm()
{
    return formJson(
        u"family"_s,
        {
            fld(u"has_children"_s, u"select_one"_s, {{u"choices"_s, choices({u"yes"_s, u"no"_s})}}),
            fld(u"children_count"_s, u"integer"_s, {{u"required"_s, true}, {u"relevant"_s, u"${has_children} = 'yes'"_s}}),
            fld(u"youngest_age"_s, u"integer"_s, {{u"relevant"_s, u"${children_count} > 0"_s}}),
            fld(u"youngest_school"_s, u"select_one"_s,
                {{u"choices"_s, choices({u"yes"_s, u"no"_s})}, {u"relevant"_s, u"${youngest_age} >= 6"_s}}),
        });
}

// The same kind of chain, declared so that a field comes before the one it depends on.
QJsonObject forwardRelevanceForm()
{
    return formJson(u"forward"_s,
                    {
                        fld(u"detail"_s, u"text"_s, {{u"relevant"_s, u"${kind} = 'other'"_s}}),
                        fld(u"asked"_s, u"select_one"_s, {{u"choices"_s, choices({u"yes"_s, u"no"_s})}}),
                        fld(u"kind"_s, u"select_one"_s,
                            {{u"choices"_s, choices({u"usual"_s, u"other"_s})}, {u"relevant"_s, u"${asked} = 'yes'"_s}}),
                    });
}

// Every constraint kind.
QJsonObject constraintsForm()
{
    return formJson(
        u"rules"_s,
        {
            fld(u"n"_s, u"integer"_s, {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"min"_s, 1}, {u"max"_s, 10}})}}),
            fld(u"n_min"_s, u"integer"_s, {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"min"_s, 18}})}}),
            fld(u"n_max"_s, u"integer"_s, {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"max"_s, 60}})}}),
            fld(u"d"_s, u"decimal"_s, {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"min"_s, 0.5}, {u"max"_s, 2.5}})}}),
            fld(u"day"_s, u"date"_s,
                {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"min"_s, u"2020-01-01"_s}, {u"max"_s, u"2024-12-31"_s}})}}),
            fld(u"day_min"_s, u"date"_s, {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"min"_s, u"2020-01-01"_s}})}}),
            fld(u"born"_s, u"date"_s, {{u"constraints"_s, one({{u"kind"_s, u"not_future"_s}})}}),
            fld(u"code"_s, u"text"_s, {{u"constraints"_s, one({{u"kind"_s, u"pattern"_s}, {u"regex"_s, u"[A-Z]{3}[0-9]{2}"_s}})}}),
            fld(u"alt"_s, u"text"_s, {{u"constraints"_s, one({{u"kind"_s, u"pattern"_s}, {u"regex"_s, u"yes|no"_s}})}}),
            fld(u"name"_s, u"text"_s, {{u"constraints"_s, one({{u"kind"_s, u"length"_s}, {u"min"_s, 2}, {u"max"_s, 5}})}}),
            fld(u"picks"_s, u"select_multiple"_s,
                {{u"choices"_s, choices({u"a"_s, u"b"_s, u"c"_s, u"d"_s})},
                 {u"constraints"_s, one({{u"kind"_s, u"count"_s}, {u"min"_s, 2}, {u"max"_s, 3}})}}),
            fld(u"even"_s, u"integer"_s,
                {{u"constraints"_s,
                  one({{u"kind"_s, u"expression"_s}, {u"expr"_s, u"${even} % 2 = 0"_s}, {u"message"_s, lt(u"Must be even"_s)}})}}),
            fld(u"limit"_s, u"integer"_s,
                {{u"constraints"_s, one({{u"kind"_s, u"range"_s}, {u"max"_s, 5}, {u"message"_s, lt(u"Five at most"_s)}})}}),
            fld(u"dob"_s, u"date"_s),
            fld(u"arrival"_s, u"date"_s),
        },
        one({{u"kind"_s, u"expression"_s},
             {u"field"_s, u"arrival"_s},
             {u"expr"_s, u"${arrival} >= ${dob}"_s},
             {u"message"_s, lt(u"Arrival before birth"_s)}}));
}

QJsonObject requiredForm()
{
    return formJson(u"req"_s,
                    {
                        fld(u"r_text"_s, u"text"_s, {{u"required"_s, true}}),
                        fld(u"r_multi"_s, u"select_multiple"_s, {{u"required"_s, true}, {u"choices"_s, choices({u"a"_s, u"b"_s})}}),
                        fld(u"r_bool"_s, u"boolean"_s, {{u"required"_s, true}}),
                        fld(u"r_int"_s, u"integer"_s, {{u"required"_s, true}}),
                        fld(u"optional"_s, u"text"_s),
                        fld(u"info"_s, u"note"_s),
                    });
}

QString showIssues(const QList<FieldIssue>& issues)
{
    QStringList lines;
    for (const FieldIssue& i : issues)
        lines << i.field + u": "_s + i.message;
    return lines.join(u"; "_s);
}

QStringList issueFields(const QList<FieldIssue>& issues)
{
    QStringList fields;
    for (const FieldIssue& i : issues)
        fields << i.field;
    return fields;
}

std::optional<QString> issueFor(const QList<FieldIssue>& issues, const QString& field)
{
    for (const FieldIssue& i : issues)
        if (i.field == field)
            return i.message;
    return std::nullopt;
}

QString repeat(const QString& s, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

// What saving does: coerce the input, lay it over the stored values, validate.
struct Saved
{
    QList<FieldIssue> issues;
    QJsonObject values;
    QStringList cleared;
};

Saved save(const RecordValidator& v, const FormDefinition& form, QJsonObject stored, const QJsonObject& input)
{
    Saved s;
    const QJsonObject coerced = v.coerce(form, input, s.issues);
    for (auto it = coerced.begin(); it != coerced.end(); ++it)
        stored.insert(it.key(), it.value());
    QSet<QString> supplied;
    for (auto it = input.begin(); it != input.end(); ++it)
        supplied.insert(it.key());
    s.issues += v.validate(form, stored, supplied, &s.cleared);
    s.values = stored;
    return s;
}

// A complete, valid adult in the built-in person form.
QJsonObject goodPerson()
{
    return {
        {u"given_name"_s, u"Amir"_s},
        {u"family_name"_s, u"Karimi"_s},
        {u"sex"_s, u"male"_s},
        {u"date_of_birth"_s, u"1990-03-01"_s},
        {u"country_of_origin"_s, u"AF"_s},
        {u"languages"_s, QJsonArray{u"fa"_s, u"ps"_s}},
        {u"arrival_date"_s, u"2024-05-20"_s},
        {u"registration_date"_s, u"2024-06-01"_s},
        {u"registration_site"_s, u"USI"_s},
        {u"consent_given"_s, u"yes"_s},
        {u"consent_date"_s, u"2024-06-01"_s},
        {u"consent_language"_s, u"fa"_s},
    };
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void coerce_data();
    void coerce();
    void coerceDateTimeIsNotReadAsLocalTime_data();
    void coerceDateTimeIsNotReadAsLocalTime();
    void coerceCollectsEveryIssue();
    void coerceLengthCountsAfterCleaning();

    void recordValues_data();
    void recordValues();

    void required();
    void relevanceSuppliedToHiddenField();
    void relevanceClearsStoredValues_data();
    void relevanceClearsStoredValues();
    void relevanceChainWithForwardReference();
    void constraints_data();
    void constraints();
    void constraintMessagesInLanguage_data();
    void constraintMessagesInLanguage();
    void formLevelConstraint_data();
    void formLevelConstraint();
    void choicesAndReferenceCodes_data();
    void choicesAndReferenceCodes();
    void personExistence();
    void notFutureUsesInjectedToday();

    void personFormValidRecord();
    void personFormChildFields_data();
    void personFormChildFields();
    void personFormBecomingAdultClearsChildFields();
    void personFormArrivalBeforeBirth_data();
    void personFormArrivalBeforeBirth();
    void personFormPatternMessage_data();
    void personFormPatternMessage();
    void personFormConsentWithdrawal();
    void personFormWithoutConsentKeepsOnlyCounting();
    void screeningNoneWithOtherRisks();
    void describe();

private:
    FormDefinition load(const QJsonObject& json);
    RecordValidator validator(const QString& language = u"en"_s, QDate today = kToday) const;

    std::shared_ptr<const FormRegistry> m_registry;
    std::optional<FormDefinition> m_types;
    std::optional<FormDefinition> m_relevance;
    std::optional<FormDefinition> m_forward;
    std::optional<FormDefinition> m_rules;
    std::optional<FormDefinition> m_required;
    mutable QStringList m_personLookups;
};

FormDefinition TestValidator::load(const QJsonObject& json)
{
    const FormLoader loader(ReferenceData::setNames());
    const QString id = json.value(u"id"_s).toString();
    auto r = loader.load(QJsonDocument(json).toJson(), id + u".json"_s);
    if (!r.ok())
        qFatal("inline form %s does not load: %s", qPrintable(id), qPrintable(r.error().message));
    return std::move(r).value();
}

RecordValidator TestValidator::validator(const QString& language, QDate today) const
{
    return RecordValidator(m_registry->reference(), language, today, [this](const QString& id) {
        m_personLookups << id;
        return id == kKnownPerson;
    });
}

void TestValidator::initTestCase()
{
    // A zone far from UTC with a half-hour offset, so that anything read as local time shows.
    qputenv("TZ", "Asia/Kabul");
    tzset();
    QCOMPARE(QDateTime(QDate(2024, 5, 1), QTime(9, 30)).offsetFromUtc(), 4 * 3600 + 1800);

    auto registry = FormRegistry::load(kFormsDir, kReferenceDir);
    QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().message));
    m_registry = *registry;
    m_types = load(typesForm());
    m_relevance = load(relevanceForm());
    m_forward = load(forwardRelevanceForm());
    m_rules = load(constraintsForm());
    m_required = load(requiredForm());
}

// --- coerce ----------------------------------------------------------------------------------

void TestValidator::coerce_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("stored"); // when accepted; Null means "no answer"

    const QJsonValue null(QJsonValue::Null);
    auto good = [](const char* name, const QString& f, const QJsonValue& in, const QJsonValue& out) {
        QTest::newRow(name) << f << in << true << out;
    };
    auto bad = [](const char* name, const QString& f, const QJsonValue& in) {
        QTest::newRow(name) << f << in << false << QJsonValue();
    };

    // text
    good("text", u"t_text"_s, u"Amir"_s, u"Amir"_s);
    good("text trimmed", u"t_text"_s, u"  Amir Karimi \n"_s, u"Amir Karimi"_s);
    good("text inner newline kept", u"t_text"_s, u"line 1\nline 2"_s, u"line 1\nline 2"_s);
    good("text empty clears", u"t_text"_s, u""_s, null);
    good("text blank clears", u"t_text"_s, u" \t "_s, null);
    good("text null clears", u"t_text"_s, null, null);
    good("text of bidi controls only clears", u"t_text"_s, u"\u202E\u2066"_s, null);
    good("text NFD Latin to NFC", u"t_text"_s, u"Hadz\u030Cic\u0301i"_s, u"Hadžići"_s);
    good("text NFD Arabic to NFC", u"t_text"_s, u"\u0627\u0653\u0645\u0646\u0647"_s, u"\u0622\u0645\u0646\u0647"_s);
    good("text NFD Persian to NFC", u"t_text"_s, u"\u062E\u0627\u0646\u06D5\u0654 \u0645\u0648\u0654\u0645\u0646"_s,
         u"\u062E\u0627\u0646\u06C0 \u0645\u0624\u0645\u0646"_s);
    good("text U+202E removed", u"t_text"_s, u"Ali\u202Eexe.doc"_s, u"Aliexe.doc"_s);
    good("text U+2066-2069 removed", u"t_text"_s, u"\u2066A\u2067l\u2068i\u2069"_s, u"Ali"_s);
    good("text U+200E U+200F removed", u"t_text"_s, u"\u200E\u0639\u0644\u06CC\u200F"_s, u"\u0639\u0644\u06CC"_s);
    good("text U+061C removed", u"t_text"_s, u"\u0639\u061C\u0644\u06CC"_s, u"\u0639\u0644\u06CC"_s);
    good("text ZWNJ kept", u"t_text"_s, u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u062F"_s,
         u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u062F"_s);
    good("text SQL kept verbatim", u"t_text"_s, u"'); DROP TABLE persons;--"_s, u"'); DROP TABLE persons;--"_s);
    good("text 1000 characters", u"t_text"_s, repeat(u"x"_s, 1000), repeat(u"x"_s, 1000));
    good("text 1000 Arabic characters", u"t_text"_s, repeat(u"\u0639"_s, 1000), repeat(u"\u0639"_s, 1000));
    bad("text 1001 characters", u"t_text"_s, repeat(u"x"_s, 1001));
    bad("text 10 MB", u"t_text"_s, repeat(u"0123456789"_s, 1'000'000));
    good("text length 10 by constraint", u"t_short"_s, u"0123456789"_s, u"0123456789"_s);
    bad("text length 11 by constraint", u"t_short"_s, u"0123456789A"_s);
    bad("text as number", u"t_text"_s, 5);
    bad("text as boolean", u"t_text"_s, true);
    bad("text as list", u"t_text"_s, QJsonArray{u"a"_s});
    bad("text as object", u"t_text"_s, QJsonObject{{u"en"_s, u"a"_s}});

    // integer
    good("integer", u"t_int"_s, 42, 42);
    good("integer zero", u"t_int"_s, 0, 0);
    good("integer negative", u"t_int"_s, -7, -7);
    good("integer written 5.0", u"t_int"_s, 5.0, 5);
    good("integer 2^53-1", u"t_int"_s, 9007199254740991.0, 9007199254740991.0);
    good("integer null clears", u"t_int"_s, null, null);
    bad("integer with fraction", u"t_int"_s, 5.5);
    bad("integer with tiny fraction", u"t_int"_s, 1.000001);
    bad("integer beyond 2^53", u"t_int"_s, 1e17);
    bad("integer as string", u"t_int"_s, u"5"_s);
    bad("integer as boolean", u"t_int"_s, true);
    bad("integer as list", u"t_int"_s, QJsonArray{5});

    // decimal
    good("decimal", u"t_dec"_s, 2.5, 2.5);
    good("decimal negative", u"t_dec"_s, -0.25, -0.25);
    good("decimal whole", u"t_dec"_s, 3, 3);
    good("decimal null clears", u"t_dec"_s, null, null);
    bad("decimal as string", u"t_dec"_s, u"2.5"_s);
    bad("decimal with comma", u"t_dec"_s, u"2,5"_s);
    bad("decimal as boolean", u"t_dec"_s, false);

    // date
    good("date", u"t_date"_s, u"2024-05-01"_s, u"2024-05-01"_s);
    good("date leap day", u"t_date"_s, u"2024-02-29"_s, u"2024-02-29"_s);
    good("date empty clears", u"t_date"_s, u""_s, null);
    bad("date not a leap year", u"t_date"_s, u"2023-02-29"_s);
    bad("date month 13", u"t_date"_s, u"2024-13-01"_s);
    bad("date day 32", u"t_date"_s, u"2024-01-32"_s);
    bad("date dd.mm.yyyy", u"t_date"_s, u"01.05.2024"_s);
    bad("date dd/mm/yyyy", u"t_date"_s, u"01/05/2024"_s);
    bad("date yyyy/mm/dd", u"t_date"_s, u"2024/05/01"_s);
    bad("date without padding", u"t_date"_s, u"2024-5-1"_s);
    bad("date without dashes", u"t_date"_s, u"20240501"_s);
    bad("date with time", u"t_date"_s, u"2024-05-01T00:00:00Z"_s);
    bad("date as number", u"t_date"_s, 20240501);
    bad("date words", u"t_date"_s, u"yesterday"_s);

    // datetime: stored in UTC
    good("datetime UTC", u"t_dt"_s, u"2024-05-01T09:30:00Z"_s, u"2024-05-01T09:30:00Z"_s);
    good("datetime +02:00 to UTC", u"t_dt"_s, u"2024-05-01T11:30:00+02:00"_s, u"2024-05-01T09:30:00Z"_s);
    good("datetime -04:30 to UTC", u"t_dt"_s, u"2024-05-01T05:00:00-04:30"_s, u"2024-05-01T09:30:00Z"_s);
    good("datetime to UTC crosses midnight", u"t_dt"_s, u"2024-05-01T01:00:00+03:00"_s, u"2024-04-30T22:00:00Z"_s);
    good("datetime null clears", u"t_dt"_s, null, null);
    bad("datetime hour 25", u"t_dt"_s, u"2024-05-01T25:00:00Z"_s);
    bad("datetime words", u"t_dt"_s, u"now"_s);
    bad("datetime as epoch number", u"t_dt"_s, 1714555800);

    // boolean
    good("boolean true", u"t_bool"_s, true, true);
    good("boolean false", u"t_bool"_s, false, false);
    good("boolean null clears", u"t_bool"_s, null, null);
    bad("boolean as string", u"t_bool"_s, u"true"_s);
    bad("boolean as number", u"t_bool"_s, 1);

    // select_one
    good("select_one", u"t_one"_s, u"b"_s, u"b"_s);
    good("select_one empty clears", u"t_one"_s, u""_s, null);
    bad("select_one as number", u"t_one"_s, 1);
    bad("select_one as list", u"t_one"_s, QJsonArray{u"a"_s});

    // select_multiple
    good("select_multiple", u"t_multi"_s, QJsonArray{u"a"_s, u"c"_s}, QJsonArray{u"a"_s, u"c"_s});
    good("select_multiple keeps order", u"t_multi"_s, QJsonArray{u"c"_s, u"a"_s}, QJsonArray{u"c"_s, u"a"_s});
    good("select_multiple empty list clears", u"t_multi"_s, QJsonArray(), null);
    good("select_multiple null clears", u"t_multi"_s, null, null);
    bad("select_multiple repeat", u"t_multi"_s, QJsonArray{u"a"_s, u"b"_s, u"a"_s});
    bad("select_multiple number inside", u"t_multi"_s, QJsonArray{u"a"_s, 2});
    bad("select_multiple a plain string", u"t_multi"_s, u"a"_s);
    bad("select_multiple an object", u"t_multi"_s, QJsonObject{{u"a"_s, true}});

    // person: a UUID
    good("person", u"t_person"_s, kKnownPerson, kKnownPerson);
    good("person upper case is lowered", u"t_person"_s, kKnownPerson.toUpper(), kKnownPerson);
    good("person null clears", u"t_person"_s, null, null);
    bad("person not a uuid", u"t_person"_s, u"Amir Karimi"_s);
    bad("person uuid without hyphens", u"t_person"_s, QString(kKnownPerson).remove(u'-'));
    bad("person uuid in braces", u"t_person"_s, QString(u'{' + kKnownPerson + u'}'));
    bad("person uuid too short", u"t_person"_s, kKnownPerson.left(35));
    bad("person as number", u"t_person"_s, 12);

    // a note takes no answer, not even null
    bad("note with text", u"t_note"_s, u"x"_s);
    bad("note with null", u"t_note"_s, null);

    // a field the form does not have
    bad("unknown field", u"t_nope"_s, u"x"_s);
    bad("unknown field with null", u"t_nope"_s, null);
}

void TestValidator::coerce()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, input);
    QFETCH(bool, accepted);
    QFETCH(QJsonValue, stored);

    QList<FieldIssue> issues;
    const QJsonObject out = validator().coerce(*m_types, QJsonObject{{field, input}}, issues);
    if (accepted) {
        QVERIFY2(issues.isEmpty(), qPrintable(showIssues(issues)));
        QVERIFY(out.contains(field));
        QCOMPARE(out.value(field), stored);
        QCOMPARE(out.size(), 1);
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QVERIFY(!issues.first().message.isEmpty());
        QVERIFY2(!out.contains(field), qPrintable(QString::fromUtf8(QJsonDocument(out).toJson())));
    }
}

void TestValidator::coerceDateTimeIsNotReadAsLocalTime_data()
{
    // A datetime is ISO 8601 in UTC. A string without a zone may be refused or read as UTC, but
    // never in the laptop's own zone (here Asia/Kabul, UTC+4:30), which another device would
    // read differently.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("asUtc");
    QTest::newRow("no zone") << u"2024-05-01T09:30:00"_s << u"2024-05-01T09:30:00Z"_s;
    QTest::newRow("no zone, milliseconds") << u"2024-05-01T09:30:00.000"_s << u"2024-05-01T09:30:00Z"_s;
    QTest::newRow("date only") << u"2024-05-01"_s << u"2024-05-01T00:00:00Z"_s;
}

void TestValidator::coerceDateTimeIsNotReadAsLocalTime()
{
    QFETCH(QString, input);
    QFETCH(QString, asUtc);
    QList<FieldIssue> issues;
    const QJsonObject out = validator().coerce(*m_types, QJsonObject{{u"t_dt"_s, input}}, issues);
    if (issues.isEmpty())
        QCOMPARE(out.value(u"t_dt"_s).toString(), asUtc);
    else
        QVERIFY(!out.contains(u"t_dt"_s));
}

void TestValidator::coerceCollectsEveryIssue()
{
    QList<FieldIssue> issues;
    const QJsonObject out = validator().coerce(*m_types,
                                               {{u"t_int"_s, 1.5},
                                                {u"t_text"_s, u" ok "_s},
                                                {u"t_bool"_s, u"no"_s},
                                                {u"t_nope"_s, 1},
                                                {u"t_date"_s, u"2024-06-01"_s}},
                                               issues);
    QStringList fields = issueFields(issues);
    fields.sort();
    QCOMPARE(fields, QStringList({u"t_bool"_s, u"t_int"_s, u"t_nope"_s}));
    QCOMPARE(out, QJsonObject({{u"t_text"_s, u"ok"_s}, {u"t_date"_s, u"2024-06-01"_s}}));
}

void TestValidator::coerceLengthCountsAfterCleaning()
{
    // The limit applies to what is stored: NFC composition and removed bidi controls shrink it.
    QList<FieldIssue> issues;
    const QString nfd = repeat(u"e\u0301"_s, 600); // 1200 code units, 600 characters in NFC
    QJsonObject out = validator().coerce(*m_types, {{u"t_text"_s, nfd}}, issues);
    QVERIFY2(issues.isEmpty(), qPrintable(showIssues(issues)));
    QCOMPARE(out.value(u"t_text"_s).toString(), repeat(u"é"_s, 600));

    const QString withControls = repeat(u"x\u200F"_s, 1000); // 2000 code units, 1000 letters
    out = validator().coerce(*m_types, {{u"t_text"_s, withControls}}, issues);
    QVERIFY2(issues.isEmpty(), qPrintable(showIssues(issues)));
    QCOMPARE(out.value(u"t_text"_s).toString(), repeat(u"x"_s, 1000));

    const QString spaced = u"   "_s + repeat(u"y"_s, 10) + u"   "_s;
    out = validator().coerce(*m_types, {{u"t_short"_s, spaced}}, issues);
    QVERIFY2(issues.isEmpty(), qPrintable(showIssues(issues)));
    QCOMPARE(out.value(u"t_short"_s).toString(), repeat(u"y"_s, 10));
}

// --- RecordValues ----------------------------------------------------------------------------

void TestValidator::recordValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("kind"); // ExprValue::Kind
    QTest::addColumn<QString>("text");

    const auto k = [](ExprValue::Kind kind) { return static_cast<int>(kind); };
    QTest::newRow("integer") << u"t_int"_s << QJsonValue(12) << k(ExprValue::Kind::Number) << u"12"_s;
    QTest::newRow("decimal") << u"t_dec"_s << QJsonValue(2.5) << k(ExprValue::Kind::Number) << u"2.5"_s;
    QTest::newRow("boolean") << u"t_bool"_s << QJsonValue(true) << k(ExprValue::Kind::Bool) << u"true"_s;
    QTest::newRow("date") << u"t_date"_s << QJsonValue(u"2024-05-01"_s) << k(ExprValue::Kind::Date) << u"2024-05-01"_s;
    QTest::newRow("bad date is empty") << u"t_date"_s << QJsonValue(u"2024-13-01"_s) << k(ExprValue::Kind::Null) << QString();
    QTest::newRow("text") << u"t_text"_s << QJsonValue(u"Amir"_s) << k(ExprValue::Kind::String) << u"Amir"_s;
    QTest::newRow("empty text is empty") << u"t_text"_s << QJsonValue(u""_s) << k(ExprValue::Kind::Null) << QString();
    QTest::newRow("select_one") << u"t_one"_s << QJsonValue(u"b"_s) << k(ExprValue::Kind::String) << u"b"_s;
    QTest::newRow("select_multiple") << u"t_multi"_s << QJsonValue(QJsonArray{u"a"_s, u"c"_s}) << k(ExprValue::Kind::List)
                                     << u"a c"_s;
    QTest::newRow("person") << u"t_person"_s << QJsonValue(kKnownPerson) << k(ExprValue::Kind::String) << kKnownPerson;
    QTest::newRow("null") << u"t_int"_s << QJsonValue(QJsonValue::Null) << k(ExprValue::Kind::Null) << QString();
    QTest::newRow("missing") << u"t_int"_s << QJsonValue(QJsonValue::Undefined) << k(ExprValue::Kind::Null) << QString();
    QTest::newRow("unknown field") << u"t_nope"_s << QJsonValue(5) << k(ExprValue::Kind::Null) << QString();
}

void TestValidator::recordValues()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QJsonObject values;
    if (!value.isUndefined())
        values.insert(field, value);
    const RecordValues context(*m_types, values, kToday);
    const ExprValue v = context.fieldValue(field);
    QCOMPARE(static_cast<int>(v.kind()), kind);
    QCOMPARE(v.toString(), text);
    QCOMPARE(context.today(), kToday);
}

// --- validate --------------------------------------------------------------------------------

void TestValidator::required()
{
    const RecordValidator v = validator();
    Saved s = save(v, *m_required, {}, {});
    QStringList fields = issueFields(s.issues);
    fields.sort();
    QCOMPARE(fields, QStringList({u"r_bool"_s, u"r_int"_s, u"r_multi"_s, u"r_text"_s}));

    // Empty answers count as missing; false and 0 are answers.
    s = save(v, *m_required, {},
             {{u"r_text"_s, u"   "_s}, {u"r_multi"_s, QJsonArray()}, {u"r_bool"_s, false}, {u"r_int"_s, 0}});
    QCOMPARE(issueFields(s.issues), QStringList({u"r_text"_s, u"r_multi"_s}));
    QVERIFY(!s.values.contains(u"r_text"_s)); // empty answers are not kept
    QCOMPARE(s.values.value(u"r_bool"_s), QJsonValue(false));

    s = save(v, *m_required, {},
             {{u"r_text"_s, u"x"_s}, {u"r_multi"_s, QJsonArray{u"a"_s}}, {u"r_bool"_s, true}, {u"r_int"_s, 3}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));

    // Clearing a required answer in an update.
    const QJsonObject stored = s.values;
    s = save(v, *m_required, stored, {{u"r_int"_s, QJsonValue::Null}});
    QCOMPARE(issueFields(s.issues), QStringList({u"r_int"_s}));
    QVERIFY(!issueFor(s.issues, u"r_int"_s)->isEmpty());
}

void TestValidator::relevanceSuppliedToHiddenField()
{
    const RecordValidator v = validator();
    // A value typed into a field that does not apply is an issue, not silently dropped.
    Saved s = save(v, *m_relevance, {}, {{u"has_children"_s, u"no"_s}, {u"children_count"_s, 2}});
    QCOMPARE(issueFields(s.issues), QStringList({u"children_count"_s}));

    // Nothing answered at all: the chain is hidden, nothing is required.
    s = save(v, *m_relevance, {}, {});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));

    // A null sent for a hidden field is fine (clearing what does not apply).
    s = save(v, *m_relevance, {}, {{u"has_children"_s, u"no"_s}, {u"children_count"_s, QJsonValue::Null}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QVERIFY(!s.values.contains(u"children_count"_s));

    // Relevant and required.
    s = save(v, *m_relevance, {}, {{u"has_children"_s, u"yes"_s}});
    QCOMPARE(issueFields(s.issues), QStringList({u"children_count"_s}));

    // The chain, one level deeper: youngest_age applies only when children_count > 0.
    s = save(v, *m_relevance, {}, {{u"has_children"_s, u"yes"_s}, {u"children_count"_s, 0}, {u"youngest_age"_s, 4}});
    QCOMPARE(issueFields(s.issues), QStringList({u"youngest_age"_s}));
    s = save(v, *m_relevance, {},
             {{u"has_children"_s, u"yes"_s}, {u"children_count"_s, 2}, {u"youngest_age"_s, 4}, {u"youngest_school"_s, u"no"_s}});
    QCOMPARE(issueFields(s.issues), QStringList({u"youngest_school"_s}));
    s = save(v, *m_relevance, {},
             {{u"has_children"_s, u"yes"_s}, {u"children_count"_s, 2}, {u"youngest_age"_s, 7}, {u"youngest_school"_s, u"no"_s}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QCOMPARE(s.values.size(), 4);
}

void TestValidator::relevanceClearsStoredValues_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QStringList>("cleared");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("first link: no children")
        << QJsonObject{{u"has_children"_s, u"no"_s}} << QStringList{u"children_count"_s, u"youngest_age"_s, u"youngest_school"_s}
        << QStringList{u"has_children"_s};
    QTest::newRow("first link: answer removed")
        << QJsonObject{{u"has_children"_s, QJsonValue::Null}}
        << QStringList{u"children_count"_s, u"youngest_age"_s, u"youngest_school"_s} << QStringList();
    QTest::newRow("second link: count 0") << QJsonObject{{u"children_count"_s, 0}}
                                          << QStringList{u"youngest_age"_s, u"youngest_school"_s}
                                          << QStringList{u"has_children"_s, u"children_count"_s};
    QTest::newRow("third link: youngest is 3") << QJsonObject{{u"youngest_age"_s, 3}} << QStringList{u"youngest_school"_s}
                                               << QStringList{u"has_children"_s, u"children_count"_s, u"youngest_age"_s};
    QTest::newRow("no change of relevance") << QJsonObject{{u"youngest_age"_s, 9}} << QStringList()
                                            << QStringList{u"has_children"_s, u"children_count"_s, u"youngest_age"_s,
                                                           u"youngest_school"_s};
}

void TestValidator::relevanceClearsStoredValues()
{
    QFETCH(QJsonObject, change);
    QFETCH(QStringList, cleared);
    QFETCH(QStringList, kept);
    const QJsonObject stored{{u"has_children"_s, u"yes"_s},
                             {u"children_count"_s, 2},
                             {u"youngest_age"_s, 7},
                             {u"youngest_school"_s, u"yes"_s}};
    const Saved s = save(validator(), *m_relevance, stored, change);
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QCOMPARE(s.cleared, cleared);
    for (const QString& f : cleared)
        QVERIFY2(!s.values.contains(f), qPrintable(f));
    for (const QString& f : kept)
        QVERIFY2(s.values.contains(f), qPrintable(f));
    QCOMPARE(s.values.size(), kept.size());
}

void TestValidator::relevanceChainWithForwardReference()
{
    // "detail" is declared before "kind", the field its relevance refers to. Once "asked"
    // becomes "no", "kind" no longer applies and is cleared; then "detail" (relevant only when
    // kind = 'other') no longer applies either and must be cleared in the same save.
    const QJsonObject stored{{u"detail"_s, u"by boat"_s}, {u"asked"_s, u"yes"_s}, {u"kind"_s, u"other"_s}};
    const Saved s = save(validator(), *m_forward, stored, {{u"asked"_s, u"no"_s}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QStringList cleared = s.cleared;
    cleared.sort();
    QCOMPARE(cleared, QStringList({u"detail"_s, u"kind"_s}));
    QCOMPARE(s.values, QJsonObject({{u"asked"_s, u"no"_s}}));

    // Saving again changes nothing: the first save left a consistent record.
    const Saved again = save(validator(), *m_forward, s.values, {});
    QVERIFY(again.cleared.isEmpty());
    QCOMPARE(again.values, s.values);
}

void TestValidator::constraints_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("fragment"); // in the message when invalid (may be empty)

    auto ok = [](const char* name, const QString& f, const QJsonValue& v) { QTest::newRow(name) << f << v << true << QString(); };
    auto fails = [](const char* name, const QString& f, const QJsonValue& v, const QString& fragment = {}) {
        QTest::newRow(name) << f << v << false << fragment;
    };

    // range, numbers
    ok("range: min", u"n"_s, 1);
    ok("range: max", u"n"_s, 10);
    fails("range: below", u"n"_s, 0, u"10"_s);
    fails("range: above", u"n"_s, 11, u"10"_s);
    fails("range: negative", u"n"_s, -5, u"1"_s);
    ok("range min only: at", u"n_min"_s, 18);
    fails("range min only: below", u"n_min"_s, 17, u"18"_s);
    ok("range min only: far above", u"n_min"_s, 1'000'000);
    ok("range max only: at", u"n_max"_s, 60);
    fails("range max only: above", u"n_max"_s, 61, u"60"_s);
    ok("range decimal: min", u"d"_s, 0.5);
    ok("range decimal: max", u"d"_s, 2.5);
    fails("range decimal: below", u"d"_s, 0.49, u"0.5"_s);
    fails("range decimal: above", u"d"_s, 2.51, u"2.5"_s);
    // range, dates
    ok("range date: min", u"day"_s, u"2020-01-01"_s);
    ok("range date: max", u"day"_s, u"2024-12-31"_s);
    ok("range date: inside", u"day"_s, u"2022-07-14"_s);
    fails("range date: before", u"day"_s, u"2019-12-31"_s);
    fails("range date: after", u"day"_s, u"2025-01-01"_s);
    ok("range date min only: far later", u"day_min"_s, u"2099-01-01"_s);
    fails("range date min only: before", u"day_min"_s, u"2019-12-31"_s);
    // not_future (today is fixed at 2024-06-15)
    ok("not_future: today", u"born"_s, u"2024-06-15"_s);
    ok("not_future: yesterday", u"born"_s, u"2024-06-14"_s);
    ok("not_future: long ago", u"born"_s, u"1931-01-01"_s);
    fails("not_future: tomorrow", u"born"_s, u"2024-06-16"_s);
    fails("not_future: next year", u"born"_s, u"2025-01-01"_s);
    // pattern: the whole value must match
    ok("pattern: match", u"code"_s, u"ABC12"_s);
    fails("pattern: lower case", u"code"_s, u"abc12"_s);
    fails("pattern: extra at end", u"code"_s, u"ABC123"_s);
    fails("pattern: extra at start", u"code"_s, u"xABC12"_s);
    fails("pattern: Arabic-Indic digits", u"code"_s, u"ABC\u0661\u0662"_s);
    ok("pattern alternation: first", u"alt"_s, u"yes"_s);
    ok("pattern alternation: second", u"alt"_s, u"no"_s);
    fails("pattern alternation: anchored as a whole", u"alt"_s, u"yesno"_s);
    fails("pattern alternation: prefix", u"alt"_s, u"nope"_s);
    // length, in characters
    ok("length: min", u"name"_s, u"Al"_s);
    ok("length: max", u"name"_s, u"Alija"_s);
    fails("length: too short", u"name"_s, u"A"_s, u"2"_s);
    fails("length: too long", u"name"_s, u"Alijaa"_s, u"5"_s);
    ok("length: Arabic", u"name"_s, u"\u0639\u0644\u06CC"_s);
    ok("length: Persian with ZWNJ", u"name"_s, u"\u0645\u06CC\u200C\u0631"_s);
    ok("length: characters outside the BMP", u"name"_s, u"\U0001D49C\U0001D49C\U0001D49C"_s);
    // count
    ok("count: min", u"picks"_s, QJsonArray{u"a"_s, u"b"_s});
    ok("count: max", u"picks"_s, QJsonArray{u"a"_s, u"b"_s, u"c"_s});
    fails("count: too few", u"picks"_s, QJsonArray{u"a"_s}, u"2"_s);
    fails("count: too many", u"picks"_s, QJsonArray{u"a"_s, u"b"_s, u"c"_s, u"d"_s}, u"3"_s);
    // expression, with its own message
    ok("expression: true", u"even"_s, 4);
    ok("expression: zero", u"even"_s, 0);
    fails("expression: false", u"even"_s, 3, u"Must be even"_s);
    // a built-in kind with a custom message
    ok("custom message: passes", u"limit"_s, 5);
    fails("custom message: fails", u"limit"_s, 6, u"Five at most"_s);
}

void TestValidator::constraints()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    QFETCH(QString, fragment);

    const Saved s = save(validator(), *m_rules, {}, {{field, value}});
    if (valid) {
        QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    } else {
        QCOMPARE(issueFields(s.issues), QStringList({field}));
        QVERIFY(!s.issues.first().message.isEmpty());
        QVERIFY2(s.issues.first().message.contains(fragment), qPrintable(s.issues.first().message));
    }
}

void TestValidator::constraintMessagesInLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& lang : Languages::all())
        QTest::newRow(qPrintable(lang)) << lang;
    QTest::newRow("unsupported falls back to English") << u"de"_s;
}

void TestValidator::constraintMessagesInLanguage()
{
    QFETCH(QString, language);
    const RecordValidator v = validator(language);
    QCOMPARE(v.language(), language);

    const Saved even = save(v, *m_rules, {}, {{u"even"_s, 3}});
    const Constraint& evenRule = m_rules->field(u"even"_s)->constraints.front();
    QCOMPARE(issueFor(even.issues, u"even"_s), std::optional<QString>(evenRule.message->text(language)));

    const Saved limit = save(v, *m_rules, {}, {{u"limit"_s, 9}});
    const QString expected = Languages::isSupported(language) && language != u"en"_s
                                 ? u"Five at most [%1]"_s.arg(language)
                                 : u"Five at most"_s;
    QCOMPARE(issueFor(limit.issues, u"limit"_s), std::optional<QString>(expected));
}

void TestValidator::formLevelConstraint_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("arrival after birth") << QJsonObject{{u"dob"_s, u"2000-01-01"_s}, {u"arrival"_s, u"2024-01-01"_s}}
                                         << QStringList();
    QTest::newRow("arrival on the day of birth") << QJsonObject{{u"dob"_s, u"2000-01-01"_s}, {u"arrival"_s, u"2000-01-01"_s}}
                                                 << QStringList();
    QTest::newRow("arrival before birth") << QJsonObject{{u"dob"_s, u"2000-01-02"_s}, {u"arrival"_s, u"2000-01-01"_s}}
                                          << QStringList{u"arrival"_s};
    QTest::newRow("no date of birth: skipped") << QJsonObject{{u"arrival"_s, u"1900-01-01"_s}} << QStringList();
    QTest::newRow("no arrival: skipped") << QJsonObject{{u"dob"_s, u"2000-01-01"_s}} << QStringList();
    QTest::newRow("unrelated fault does not hide it")
        << QJsonObject{{u"dob"_s, u"2000-01-02"_s}, {u"arrival"_s, u"2000-01-01"_s}, {u"n"_s, 99}}
        << QStringList{u"n"_s, u"arrival"_s};
}

void TestValidator::formLevelConstraint()
{
    QFETCH(QJsonObject, record);
    QFETCH(QStringList, issues);
    const Saved s = save(validator(u"fr"_s), *m_rules, {}, record);
    QCOMPARE(issueFields(s.issues), issues);
    if (issues.contains(u"arrival"_s))
        QCOMPARE(issueFor(s.issues, u"arrival"_s), std::optional<QString>(u"Arrival before birth [fr]"_s));
}

void TestValidator::choicesAndReferenceCodes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("choice") << u"t_one"_s << QJsonValue(u"c"_s) << true;
    QTest::newRow("not a choice") << u"t_one"_s << QJsonValue(u"d"_s) << false;
    QTest::newRow("choice in upper case") << u"t_one"_s << QJsonValue(u"A"_s) << false;
    QTest::newRow("choice label instead of value") << u"t_one"_s << QJsonValue(u"Choice a"_s) << false;
    QTest::newRow("multiple: all choices") << u"t_multi"_s << QJsonValue(QJsonArray{u"a"_s, u"b"_s, u"c"_s}) << true;
    QTest::newRow("multiple: one unknown") << u"t_multi"_s << QJsonValue(QJsonArray{u"a"_s, u"z"_s}) << false;
    QTest::newRow("site") << u"t_site"_s << QJsonValue(u"USI"_s) << true;
    QTest::newRow("site, another") << u"t_site"_s << QJsonValue(u"TRB"_s) << true;
    QTest::newRow("site in lower case") << u"t_site"_s << QJsonValue(u"usi"_s) << false;
    QTest::newRow("site unknown") << u"t_site"_s << QJsonValue(u"XXX"_s) << false;
    QTest::newRow("site by name") << u"t_site"_s << QJsonValue(u"Ušivak"_s) << false;
    QTest::newRow("country") << u"t_country"_s << QJsonValue(u"AF"_s) << true;
    QTest::newRow("country, Syria") << u"t_country"_s << QJsonValue(u"SY"_s) << true;
    QTest::newRow("country alpha3") << u"t_country"_s << QJsonValue(u"AFG"_s) << false;
    QTest::newRow("country lower case") << u"t_country"_s << QJsonValue(u"af"_s) << false;
    QTest::newRow("country unassigned") << u"t_country"_s << QJsonValue(u"QQ"_s) << false;
    QTest::newRow("country: a site code") << u"t_country"_s << QJsonValue(u"USI"_s) << false;
    QTest::newRow("languages") << u"t_langs"_s << QJsonValue(QJsonArray{u"fa"_s, u"ckb"_s, u"haz"_s}) << true;
    QTest::newRow("languages: one unknown") << u"t_langs"_s << QJsonValue(QJsonArray{u"fa"_s, u"xx"_s}) << false;
    QTest::newRow("item") << u"t_item"_s << QJsonValue(u"blanket"_s) << true;
    QTest::newRow("item unknown") << u"t_item"_s << QJsonValue(u"sofa"_s) << false;
}

void TestValidator::choicesAndReferenceCodes()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    const Saved s = save(validator(), *m_types, {}, {{field, value}});
    if (valid) {
        QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
        QCOMPARE(s.values.value(field), value);
    } else {
        QCOMPARE(issueFields(s.issues), QStringList({field}));
    }
}

void TestValidator::personExistence()
{
    m_personLookups.clear();
    const RecordValidator v = validator();
    Saved s = save(v, *m_types, {}, {{u"t_person"_s, kKnownPerson.toUpper()}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QCOMPARE(m_personLookups, QStringList({kKnownPerson})); // asked with the stored (lower-case) id

    s = save(v, *m_types, {}, {{u"t_person"_s, kOtherPerson}});
    QCOMPARE(issueFields(s.issues), QStringList({u"t_person"_s}));
    QVERIFY2(s.issues.first().message.contains(kOtherPerson), qPrintable(s.issues.first().message));

    // Not asked when there is no value.
    m_personLookups.clear();
    s = save(v, *m_types, {}, {{u"t_person"_s, QJsonValue::Null}});
    QVERIFY(s.issues.isEmpty());
    QVERIFY(m_personLookups.isEmpty());

    // The real assistance form: the person is required and must exist.
    const FormDefinition* assistance = m_registry->form(u"assistance"_s);
    QVERIFY(assistance);
    const QJsonObject record{{u"person_id"_s, kOtherPerson},
                             {u"assistance_date"_s, u"2024-06-10"_s},
                             {u"site"_s, u"LIP"_s},
                             {u"assistance_type"_s, u"meal"_s},
                             {u"item"_s, u"hot_meal"_s},
                             {u"quantity"_s, 1}};
    s = save(v, *assistance, {}, record);
    QCOMPARE(issueFields(s.issues), QStringList({u"person_id"_s}));
    QJsonObject known = record;
    known.insert(u"person_id"_s, kKnownPerson);
    s = save(v, *assistance, {}, known);
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
}

void TestValidator::notFutureUsesInjectedToday()
{
    const QJsonObject record{{u"born"_s, u"2030-01-01"_s}};
    QCOMPARE(issueFields(save(validator(u"en"_s, QDate(2029, 12, 31)), *m_rules, {}, record).issues),
             QStringList({u"born"_s}));
    QVERIFY(save(validator(u"en"_s, QDate(2030, 1, 1)), *m_rules, {}, record).issues.isEmpty());
}

// --- the built-in forms ----------------------------------------------------------------------

void TestValidator::personFormValidRecord()
{
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    const Saved s = save(validator(), *person, {}, goodPerson());
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QVERIFY(s.cleared.isEmpty());
    QCOMPARE(s.values, goodPerson());

    // Each required answer removed in turn is reported on its own field.
    for (const QString& name : {u"given_name"_s, u"sex"_s, u"country_of_origin"_s, u"registration_date"_s,
                                u"registration_site"_s, u"consent_given"_s, u"consent_date"_s, u"consent_language"_s}) {
        QJsonObject record = goodPerson();
        record.remove(name);
        const Saved missing = save(validator(), *person, {}, record);
        QStringList expected{name};
        if (name == u"consent_given"_s) // no consent: the identifying answers given do not apply either
            expected << u"date_of_birth"_s << u"family_name"_s << u"given_name"_s;
        QStringList got = issueFields(missing.issues);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }
    // No date of birth: the estimated age becomes required.
    QJsonObject noDob = goodPerson();
    noDob.remove(u"date_of_birth"_s);
    noDob.remove(u"arrival_date"_s);
    QCOMPARE(issueFields(save(validator(), *person, {}, noDob).issues), QStringList({u"age_estimated"_s}));
    noDob.insert(u"age_estimated"_s, 34);
    QVERIFY(save(validator(), *person, {}, noDob).issues.isEmpty());
    noDob.insert(u"age_estimated"_s, 121);
    QCOMPARE(issueFields(save(validator(), *person, {}, noDob).issues), QStringList({u"age_estimated"_s}));
}

void TestValidator::personFormChildFields_data()
{
    // today is 2024-06-15
    QTest::addColumn<QJsonObject>("age");
    QTest::addColumn<bool>("child");
    QTest::newRow("born 2010") << QJsonObject{{u"date_of_birth"_s, u"2010-01-01"_s}} << true;
    QTest::newRow("born 1990") << QJsonObject{{u"date_of_birth"_s, u"1990-01-01"_s}} << false;
    QTest::newRow("18 tomorrow") << QJsonObject{{u"date_of_birth"_s, u"2006-06-16"_s}} << true;
    QTest::newRow("18 today") << QJsonObject{{u"date_of_birth"_s, u"2006-06-15"_s}} << false;
    QTest::newRow("born today") << QJsonObject{{u"date_of_birth"_s, u"2024-06-15"_s}} << true;
    QTest::newRow("estimated 17") << QJsonObject{{u"age_estimated"_s, 17}} << true;
    QTest::newRow("estimated 18") << QJsonObject{{u"age_estimated"_s, 18}} << false;
    QTest::newRow("estimated 0") << QJsonObject{{u"age_estimated"_s, 0}} << true;
}

void TestValidator::personFormChildFields()
{
    QFETCH(QJsonObject, age);
    QFETCH(bool, child);
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);

    QJsonObject record = goodPerson();
    record.remove(u"date_of_birth"_s);
    record.remove(u"arrival_date"_s);
    for (auto it = age.begin(); it != age.end(); ++it)
        record.insert(it.key(), it.value());

    // The relevance itself…
    QList<FieldIssue> issues;
    const QJsonObject coerced = validator().coerce(*person, record, issues);
    QVERIFY(issues.isEmpty());
    const RecordValues context(*person, coerced, kToday);
    for (const char16_t* name : {u"unaccompanied_child", u"separated_child", u"guardian_note"})
        QCOMPARE(context.isRelevant(*person->field(QString::fromUtf16(name))), child);

    // …and what validation makes of answers to the child questions.
    record.insert(u"unaccompanied_child"_s, u"yes"_s);
    record.insert(u"guardian_note"_s, u"Travels with an aunt"_s);
    const Saved s = save(validator(), *person, {}, record);
    if (child) {
        QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
        QCOMPARE(s.values.value(u"unaccompanied_child"_s), QJsonValue(u"yes"_s));
    } else {
        QCOMPARE(issueFields(s.issues), QStringList({u"unaccompanied_child"_s, u"guardian_note"_s}));
    }
}

void TestValidator::personFormBecomingAdultClearsChildFields()
{
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    QJsonObject stored = goodPerson();
    stored.insert(u"date_of_birth"_s, u"2010-01-01"_s);
    stored.insert(u"unaccompanied_child"_s, u"yes"_s);
    stored.insert(u"separated_child"_s, u"no"_s);
    QVERIFY(save(validator(), *person, {}, stored).issues.isEmpty());

    // The date of birth is corrected: the person is an adult, the child answers go.
    const Saved s = save(validator(), *person, stored, {{u"date_of_birth"_s, u"1990-01-01"_s}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QCOMPARE(s.cleared, QStringList({u"unaccompanied_child"_s, u"separated_child"_s}));
    QVERIFY(!s.values.contains(u"unaccompanied_child"_s));
    QVERIFY(!s.values.contains(u"separated_child"_s));
    QCOMPARE(s.values.value(u"date_of_birth"_s), QJsonValue(u"1990-01-01"_s));

    // An estimated age stored before the date of birth was known is cleared too.
    QJsonObject estimated = goodPerson();
    estimated.remove(u"date_of_birth"_s);
    estimated.remove(u"arrival_date"_s);
    estimated.insert(u"age_estimated"_s, 30);
    const Saved withDob = save(validator(), *person, estimated, {{u"date_of_birth"_s, u"1994-02-02"_s}});
    QVERIFY2(withDob.issues.isEmpty(), qPrintable(showIssues(withDob.issues)));
    QCOMPARE(withDob.cleared, QStringList({u"age_estimated"_s}));
}

void TestValidator::personFormArrivalBeforeBirth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("ar") << u"ar"_s;
    QTest::newRow("fa") << u"fa"_s;
}

void TestValidator::personFormArrivalBeforeBirth()
{
    QFETCH(QString, language);
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    const Constraint* rule = nullptr;
    for (const Constraint& c : person->constraints)
        if (c.field == u"arrival_date"_s)
            rule = &c;
    QVERIFY(rule);
    QVERIFY(rule->message);
    const QString expected = rule->message->text(language);
    QVERIFY(!expected.isEmpty());
    if (language != u"en"_s)
        QVERIFY(expected != rule->message->text(u"en"_s));

    QJsonObject record = goodPerson();
    record.insert(u"arrival_date"_s, u"1989-12-31"_s); // born 1990-03-01
    const Saved s = save(validator(language), *person, {}, record);
    QCOMPARE(issueFields(s.issues), QStringList({u"arrival_date"_s}));
    QCOMPARE(s.issues.first().message, expected);

    // Arrival in the future is reported once, by not_future, not twice.
    record.insert(u"arrival_date"_s, u"2024-06-16"_s);
    record.insert(u"date_of_birth"_s, u"2024-06-15"_s);
    const Saved future = save(validator(language), *person, {}, record);
    QCOMPARE(issueFields(future.issues), QStringList({u"arrival_date"_s}));
}

void TestValidator::personFormPatternMessage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fr, letters") << u"fr"_s << u"call me"_s << false;
    QTest::newRow("ar, too short") << u"ar"_s << u"123"_s << false;
    QTest::newRow("ur, dashes") << u"ur"_s << u"061-123-456"_s << false;
    QTest::newRow("fr, good") << u"fr"_s << u"+387 61 123 456"_s << true;
    QTest::newRow("ar, good") << u"ar"_s << u"061123456"_s << true;
}

void TestValidator::personFormPatternMessage()
{
    QFETCH(QString, language);
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    const FieldDefinition* field = person->field(u"phone"_s);
    QVERIFY(field);
    QCOMPARE(field->constraints.size(), std::size_t{1});
    QVERIFY(field->constraints.front().message);

    QJsonObject record = goodPerson();
    record.insert(u"phone"_s, phone);
    const Saved s = save(validator(language), *person, {}, record);
    if (valid) {
        QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    } else {
        QCOMPARE(issueFields(s.issues), QStringList({u"phone"_s}));
        QCOMPARE(s.issues.first().message, field->constraints.front().message->text(language));
    }
}

void TestValidator::personFormConsentWithdrawal()
{
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    const QJsonObject stored = goodPerson();
    // Withdrawal clears the date of birth, so an estimated age (enough for counting) is asked for.
    QCOMPARE(issueFields(save(validator(), *person, stored, {{u"consent_withdrawn"_s, true}}).issues),
             QStringList({u"age_estimated"_s, u"consent_withdrawn_date"_s}));

    // Before consent_date 2024-06-01.
    Saved s = save(validator(u"ar"_s), *person, stored,
                   {{u"consent_withdrawn"_s, true}, {u"consent_withdrawn_date"_s, u"2024-05-31"_s},
                    {u"age_estimated"_s, 34}});
    QCOMPARE(issueFields(s.issues), QStringList({u"consent_withdrawn_date"_s}));
    for (const Constraint& c : person->constraints)
        if (c.field == u"consent_withdrawn_date"_s)
            QCOMPARE(s.issues.first().message, c.message->text(u"ar"_s));

    // A valid withdrawal clears every identifying answer; what counts assistance stays.
    s = save(validator(), *person, stored,
             {{u"consent_withdrawn"_s, true}, {u"consent_withdrawn_date"_s, u"2024-06-02"_s},
              {u"age_estimated"_s, 34}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QStringList cleared = s.cleared;
    cleared.sort();
    QCOMPARE(cleared, QStringList({u"date_of_birth"_s, u"family_name"_s, u"given_name"_s}));
    for (const FieldDefinition& f : person->fields)
        if (f.sensitivity == Sensitivity::Identifying)
            QVERIFY2(!s.values.contains(f.name), qPrintable(f.name));
    QCOMPARE(s.values.value(u"sex"_s).toString(), u"male"_s);
    QCOMPARE(s.values.value(u"country_of_origin"_s).toString(), u"AF"_s);

    // While consent is withdrawn a name cannot be written again.
    const QJsonObject withdrawn = s.values;
    QCOMPARE(issueFields(save(validator(), *person, withdrawn, {{u"given_name"_s, u"Amir"_s}}).issues),
             QStringList({u"given_name"_s}));

    // Withdrawal taken back: the date no longer applies and is cleared from the stored record,
    // and the given name is asked for again (it was not kept).
    QCOMPARE(issueFields(save(validator(), *person, withdrawn, {{u"consent_withdrawn"_s, false}}).issues),
             QStringList({u"given_name"_s}));
    s = save(validator(), *person, withdrawn, {{u"consent_withdrawn"_s, false}, {u"given_name"_s, u"Amir"_s}});
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QCOMPARE(s.cleared, QStringList({u"consent_withdrawn_date"_s}));
    QVERIFY(!s.values.contains(u"family_name"_s));
}

void TestValidator::personFormWithoutConsentKeepsOnlyCounting()
{
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    QJsonObject record = goodPerson();
    record.insert(u"consent_given"_s, u"no"_s);
    QStringList got = issueFields(save(validator(), *person, {}, record).issues);
    got.sort();
    QCOMPARE(got, QStringList({u"date_of_birth"_s, u"family_name"_s, u"given_name"_s}));

    // Without the names (the given name is required only with consent) it is a valid record.
    for (const QString& name : {u"given_name"_s, u"family_name"_s, u"date_of_birth"_s, u"arrival_date"_s})
        record.remove(name);
    record.insert(u"age_estimated"_s, 30);
    const Saved s = save(validator(), *person, {}, record);
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues)));
    QVERIFY(s.values.contains(u"sex"_s));
    QVERIFY(s.values.contains(u"registration_site"_s));
}

void TestValidator::screeningNoneWithOtherRisks()
{
    const FormDefinition* screening = m_registry->form(u"screening"_s);
    QVERIFY(screening);
    const QJsonObject base{{u"person_id"_s, kKnownPerson},
                           {u"screening_date"_s, u"2024-06-15"_s},
                           {u"site"_s, u"BLZ"_s},
                           {u"risks"_s, QJsonArray{u"none"_s}}};
    Saved s = save(validator(), *screening, {}, base);
    QVERIFY2(s.issues.isEmpty(), qPrintable(showIssues(s.issues))); // urgency not asked when no risk

    QJsonObject mixed = base;
    mixed.insert(u"risks"_s, QJsonArray{u"none"_s, u"disability"_s});
    mixed.insert(u"medical_note"_s, u"Uses a wheelchair"_s);
    s = save(validator(u"fr"_s), *screening, {}, mixed); // urgency does not apply while "none" is chosen
    const Constraint& rule = screening->field(u"risks"_s)->constraints.front();
    QCOMPARE(issueFields(s.issues), QStringList({u"risks"_s}));
    QCOMPARE(s.issues.first().message, rule.message->text(u"fr"_s));

    // A protection concern makes urgency required; its categories apply only with it, and
    // each category makes its details relevant.
    QJsonObject gbv = base;
    gbv.insert(u"protection_risks"_s, QJsonArray{u"gbv"_s});
    QCOMPARE(issueFields(save(validator(), *screening, {}, gbv).issues), QStringList({u"protection_risks"_s}));
    gbv.insert(u"protection_concern"_s, u"yes"_s);
    QCOMPARE(issueFields(save(validator(), *screening, {}, gbv).issues), QStringList({u"urgency"_s}));
    gbv.insert(u"urgency"_s, u"high"_s);
    gbv.insert(u"gbv_details"_s, u"Disclosed at intake"_s);
    QVERIFY(save(validator(), *screening, {}, gbv).issues.isEmpty());
    // The categories are no longer plain risks.
    QJsonObject plain = base;
    plain.insert(u"risks"_s, QJsonArray{u"gbv"_s});
    plain.insert(u"urgency"_s, u"high"_s);
    QCOMPARE(issueFields(save(validator(), *screening, {}, plain).issues), QStringList({u"risks"_s}));
}

void TestValidator::describe()
{
    const FormDefinition* person = m_registry->form(u"person"_s);
    QVERIFY(person);
    const QList<FieldIssue> issues{{u"given_name"_s, u"msg"_s}, {u"no_such_field"_s, u"other"_s}};
    const QStringList lines = validator(u"fr"_s).describe(*person, issues);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(person->field(u"given_name"_s)->label.text(u"fr"_s)), qPrintable(lines[0]));
    QVERIFY(lines[0].contains(u"given_name"_s));
    QVERIFY(lines[0].contains(u"msg"_s));
    QVERIFY(lines[1].contains(u"no_such_field"_s));
    QVERIFY(lines[1].contains(u"other"_s));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "test_validator.moc"
