// Form definitions (docs/FORMS.md): the built-in forms load and are fully translated, and a
// malformed definition is refused with a message that names the file, the field and the fault.
// Also the pieces the loader stands on: LocalizedText, Languages, ReferenceData, FormRegistry.

#include "forms/FormLoader.h"
#include "forms/FormRegistry.h"
#include "forms/Languages.h"
#include "forms/LocalizedText.h"
#include "forms/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

const QString kFormsDir = QStringLiteral(PRIHVAT_SOURCE_DIR "/resources/forms");
const QString kReferenceDir = QStringLiteral(PRIHVAT_SOURCE_DIR "/resources/reference");
const QString kFile = u"intake.json"_s;

// --- building definitions ----------------------------------------------------------------

// A localised text: English as given, the other six languages marked so they differ.
QJsonObject lt(const QString& en)
{
    QJsonObject o;
    for (const QString& lang : Languages::all())
        o.insert(lang, lang == u"en"_s ? en : u"%1 [%2]"_s.arg(en, lang));
    return o;
}

QJsonObject without(QJsonObject o, const QString& key)
{
    o.remove(key);
    return o;
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

QJsonObject choice(const QString& value)
{
    return {{u"value"_s, value}, {u"label"_s, lt(u"Choice "_s + value)}};
}

QJsonObject field(const QString& name, const QString& type, const QString& sensitivity = u"facet"_s)
{
    return {{u"name"_s, name}, {u"type"_s, type}, {u"sensitivity"_s, sensitivity}, {u"label"_s, lt(u"Label of "_s + name)}};
}

// The valid definition every malformed row starts from. It uses every kind of thing a row
// breaks: keys, a choice list, a reference, a note, a form-level constraint and states.
QJsonObject baseForm()
{
    QJsonArray fields{
        field(u"person_id"_s, u"person"_s), // a key: keys are facets (stored in clear)
        with(field(u"visit_date"_s, u"date"_s), u"constraints"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"not_future"_s}}}),
        with(field(u"site"_s, u"select_one"_s), u"reference"_s, u"sites"_s),
        with(field(u"age"_s, u"integer"_s, u"identifying"_s), u"constraints"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"range"_s}, {u"min"_s, 0}, {u"max"_s, 120}}}),
        with(field(u"consent"_s, u"select_one"_s), u"choice_list"_s, u"yes_no"_s),
        field(u"intro"_s, u"note"_s),
        with(with(field(u"remarks"_s, u"text"_s, u"protection"_s), u"hint"_s, lt(u"Anything else"_s)),
             u"constraints"_s, QJsonArray{QJsonObject{{u"kind"_s, u"length"_s}, {u"max"_s, 500}}}),
        with(field(u"risks"_s, u"select_multiple"_s), u"choices"_s,
             QJsonArray{choice(u"none"_s), choice(u"gbv"_s)}),
        with(with(with(field(u"state"_s, u"select_one"_s), u"choices"_s,
                       QJsonArray{choice(u"open"_s), choice(u"closed"_s)}),
                  u"read_only"_s, true),
             u"default"_s, u"open"_s),
        with(field(u"closed_at"_s, u"datetime"_s), u"read_only"_s, true),
    };
    return {
        {u"id"_s, u"intake"_s},
        {u"version"_s, 3},
        {u"title"_s, lt(u"Intake"_s)},
        {u"keys"_s,
         QJsonObject{{u"person"_s, u"person_id"_s}, {u"date"_s, u"visit_date"_s}, {u"site"_s, u"site"_s}, {u"state"_s, u"state"_s}}},
        {u"choice_lists"_s, QJsonObject{{u"yes_no"_s, QJsonArray{choice(u"yes"_s), choice(u"no"_s)}}}},
        {u"fields"_s, fields},
        {u"constraints"_s, QJsonArray{QJsonObject{{u"kind"_s, u"expression"_s},
                                                  {u"field"_s, u"visit_date"_s},
                                                  {u"expr"_s, u"${visit_date} >= '2015-01-01'"_s},
                                                  {u"message"_s, lt(u"Too early"_s)}}}},
        {u"states"_s, QJsonObject{{u"field"_s, u"state"_s},
                                  {u"initial"_s, u"open"_s},
                                  {u"transitions"_s, QJsonObject{{u"open"_s, QJsonArray{u"closed"_s}}, {u"closed"_s, QJsonArray{}}}},
                                  {u"stamps"_s, QJsonObject{{u"closed"_s, u"closed_at"_s}}}}},
    };
}

using Edit = std::function<void(QJsonObject&)>;

// The base definition with the object at `path` (top level when empty) changed by `edit`.
QJsonObject editAt(QJsonObject o, QStringList path, const Edit& edit)
{
    if (path.isEmpty()) {
        edit(o);
        return o;
    }
    const QString key = path.takeFirst();
    o.insert(key, editAt(o.value(key).toObject(), path, edit));
    return o;
}

QJsonObject editRoot(const Edit& edit)
{
    return editAt(baseForm(), {}, edit);
}

QJsonObject editObject(const QStringList& path, const Edit& edit)
{
    return editAt(baseForm(), path, edit);
}

// The base definition with field `name` changed by `edit`.
QJsonObject editField(const QString& name, const Edit& edit)
{
    QJsonObject root = baseForm();
    QJsonArray fields = root.value(u"fields"_s).toArray();
    bool found = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject f = fields.at(i).toObject();
        if (f.value(u"name"_s).toString() == name) {
            edit(f);
            fields.replace(i, f);
            found = true;
        }
    }
    if (!found)
        qFatal("editField: the base form has no field %s", qPrintable(name));
    root.insert(u"fields"_s, fields);
    return root;
}

QJsonObject addField(const QJsonValue& f)
{
    return editRoot([&](QJsonObject& o) {
        QJsonArray fields = o.value(u"fields"_s).toArray();
        fields.append(f);
        o.insert(u"fields"_s, fields);
    });
}

// Field edits used by many rows.
Edit set(const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& o) { o.insert(key, value); };
}

Edit unset(const QString& key)
{
    return [=](QJsonObject& o) { o.remove(key); };
}

Edit constraints(const QJsonArray& list)
{
    return set(u"constraints"_s, list);
}

QJsonObject c(std::initializer_list<QPair<QString, QJsonValue>> keys)
{
    QJsonObject o;
    for (const auto& [k, v] : keys)
        o.insert(k, v);
    return o;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FormLoader loader()
{
    return FormLoader(ReferenceData::setNames());
}

QStringList formFiles()
{
    return QDir(kFormsDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

bool hasArabicScript(const QString& s)
{
    static const QRegularExpression re(u"[\\x{0600}-\\x{06FF}\\x{0750}-\\x{077F}\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]"_s);
    return re.match(s).hasMatch();
}

// Every fault with a localised text: which of the seven languages is missing, empty or
// (for a form meant for respondents) a copy of the English.
QStringList textFaults(const LocalizedText& t, const QString& where)
{
    QStringList faults;
    if (t.all().size() != Languages::all().size())
        faults << where + u": has %1 languages"_s.arg(t.all().size());
    const QString en = t.all().value(u"en"_s);
    for (const QString& lang : Languages::all()) {
        const QString s = t.all().value(lang);
        if (s.trimmed().isEmpty())
            faults << where + u": no text in "_s + lang;
        else if (lang != u"en"_s && s == en)
            faults << where + u": "_s + lang + u" is a copy of the English"_s;
        else if (Languages::isRightToLeft(lang) && !hasArabicScript(s))
            faults << where + u": "_s + lang + u" is not in Arabic script: "_s + s;
    }
    return faults;
}

// The same check straight on the JSON: every object with an "en" key is a localised text.
void jsonTextFaults(const QJsonValue& v, const QString& path, QStringList& faults)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"en"_s)) {
            QHash<QString, QString> texts;
            for (auto it = o.begin(); it != o.end(); ++it)
                texts.insert(it.key(), it.value().isString() ? it.value().toString() : QString());
            faults << textFaults(LocalizedText(texts), path);
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            jsonTextFaults(it.value(), path + u'/' + it.key(), faults);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            jsonTextFaults(a.at(i), path + u'/' + QString::number(i), faults);
    }
}

} // namespace

class TestFormLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages();
    void localizedTextFromJson_data();
    void localizedTextFromJson();
    void localizedTextFallsBackToEnglish();

    void baseDefinitionLoads();
    void validVariantsLoad_data();
    void validVariantsLoad();
    void malformedDefinitionsAreRefused_data();
    void malformedDefinitionsAreRefused();
    void loadFileNamesTheFile();

    void builtInFormsLoad();
    void builtInResourcesMatchSourceFolder();
    void builtInTextsHaveAllLanguages_data();
    void builtInTextsHaveAllLanguages();
    void builtInJsonTextsHaveAllLanguages_data();
    void builtInJsonTextsHaveAllLanguages();
    void builtInKeysAndStates();

    void referenceData();
    void referenceLabels_data();
    void referenceLabels();
    void referenceTranslatedLabelsHaveAllLanguages();
    void registryRefusesBadFolders();
    void outsideDefinitionsKeepBuiltInSensitivity_data();
    void outsideDefinitionsKeepBuiltInSensitivity();
};

// --- Languages and LocalizedText -----------------------------------------------------------

void TestFormLoader::languages()
{
    QCOMPARE(Languages::all(), QStringList({u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s}));
    for (const QString& lang : Languages::all()) {
        QVERIFY(Languages::isSupported(lang));
        QVERIFY(!Languages::nativeName(lang).isEmpty());
        QCOMPARE(Languages::isRightToLeft(lang), hasArabicScript(Languages::nativeName(lang)));
    }
    QVERIFY(!Languages::isSupported(u"de"_s));
    QVERIFY(!Languages::isSupported(u"EN"_s));
    QVERIFY(!Languages::isSupported(QString()));
    QVERIFY(!Languages::isRightToLeft(u"en"_s));
    QVERIFY(Languages::isRightToLeft(u"ps"_s));
}

void TestFormLoader::localizedTextFromJson_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("fault"); // empty: accepted

    QTest::newRow("all seven") << QJsonValue(lt(u"Name"_s)) << QString();
    QTest::newRow("not an object") << QJsonValue(u"Name"_s) << u"must be an object"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"Name"_s}) << u"must be an object"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"must be an object"_s;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << u"language \"en\""_s;
    for (const QString& lang : Languages::all()) {
        const QByteArray l = lang.toLatin1();
        QTest::addRow("missing %s", l.constData()) << QJsonValue(without(lt(u"Name"_s), lang))
                                                   << u"no text in language \"%1\""_s.arg(lang);
        QTest::addRow("blank %s", l.constData()) << QJsonValue(with(lt(u"Name"_s), lang, u" \t "_s))
                                                 << u"no text in language \"%1\""_s.arg(lang);
        QTest::addRow("number for %s", l.constData()) << QJsonValue(with(lt(u"Name"_s), lang, 1))
                                                      << u"no text in language \"%1\""_s.arg(lang);
    }
    QTest::newRow("unknown language") << QJsonValue(with(lt(u"Name"_s), u"de"_s, u"Name"_s)) << u"unknown language \"de\""_s;
    QTest::newRow("upper-case code") << QJsonValue(with(lt(u"Name"_s), u"EN"_s, u"Name"_s)) << u"unknown language \"EN\""_s;
}

void TestFormLoader::localizedTextFromJson()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, fault);
    QString got;
    const auto t = LocalizedText::fromJson(json, &got);
    if (fault.isEmpty()) {
        QVERIFY2(t.has_value(), qPrintable(got));
        for (const QString& lang : Languages::all())
            QCOMPARE(t->text(lang), json.toObject().value(lang).toString());
    } else {
        QVERIFY(!t.has_value());
        QVERIFY2(got.contains(fault), qPrintable(got));
    }
}

void TestFormLoader::localizedTextFallsBackToEnglish()
{
    QString fault;
    const auto t = LocalizedText::fromJson(lt(u"Name"_s), &fault);
    QVERIFY(t);
    QCOMPARE(t->text(u"fa"_s), u"Name [fa]"_s);
    QCOMPARE(t->text(u"de"_s), u"Name"_s);
    QCOMPARE(t->text(QString()), u"Name"_s);
    QVERIFY(LocalizedText().text(u"en"_s).isEmpty());
    QVERIFY(LocalizedText().isEmpty());
}

// --- FormLoader ----------------------------------------------------------------------------

void TestFormLoader::baseDefinitionLoads()
{
    const auto r = loader().load(bytes(baseForm()), kFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const FormDefinition& f = *r;
    QCOMPARE(f.id, u"intake"_s);
    QCOMPARE(f.version, 3);
    QCOMPARE(f.title.text(u"ar"_s), u"Intake [ar]"_s);
    QCOMPARE(f.fields.size(), std::size_t{10});
    QCOMPARE(f.indexOf(u"age"_s), 3);
    QCOMPARE(f.indexOf(u"nope"_s), -1);
    QVERIFY(!f.field(u"nope"_s));

    QCOMPARE(f.keys.person, u"person_id"_s);
    QCOMPARE(f.keys.date, u"visit_date"_s);
    QCOMPARE(f.keys.site, u"site"_s);
    QCOMPARE(f.keys.state, u"state"_s);

    const FieldDefinition* consent = f.field(u"consent"_s);
    QVERIFY(consent);
    QCOMPARE(consent->type, FieldType::SelectOne);
    QCOMPARE(consent->choices.size(), 2); // resolved from the choice list
    QVERIFY(consent->choice(u"no"_s));
    QCOMPARE(consent->choice(u"no"_s)->label.text(u"ps"_s), u"Choice no [ps]"_s);
    QVERIFY(!consent->choice(u"maybe"_s));

    QCOMPARE(f.field(u"site"_s)->reference, u"sites"_s);
    QCOMPARE(f.field(u"person_id"_s)->sensitivity, Sensitivity::Facet);
    QCOMPARE(f.field(u"age"_s)->sensitivity, Sensitivity::Identifying);
    QCOMPARE(f.field(u"remarks"_s)->sensitivity, Sensitivity::Protection);
    QCOMPARE(f.field(u"remarks"_s)->maxLength, 500); // from the length constraint
    QCOMPARE(f.field(u"remarks"_s)->hint.text(u"ur"_s), u"Anything else [ur]"_s);
    QCOMPARE(f.field(u"age"_s)->maxLength, 1000);
    QVERIFY(!f.field(u"intro"_s)->hasValue());
    QVERIFY(f.field(u"closed_at"_s)->readOnly);
    QCOMPARE(f.field(u"state"_s)->defaultValue, QJsonValue(u"open"_s));
    QVERIFY(f.field(u"age"_s)->defaultValue.isUndefined());

    const auto& range = f.field(u"age"_s)->constraints;
    QCOMPARE(range.size(), std::size_t{1});
    QCOMPARE(range[0].kind, Constraint::Kind::Range);
    QVERIFY(range[0].min && range[0].max);
    QCOMPARE(*range[0].min, 0.0);
    QCOMPARE(*range[0].max, 120.0);

    QCOMPARE(f.constraints.size(), std::size_t{1});
    QCOMPARE(f.constraints[0].field, u"visit_date"_s);
    QVERIFY(f.constraints[0].expression);
    QCOMPARE(f.constraints[0].message->text(u"fr"_s), u"Too early [fr]"_s);

    QVERIFY(f.states);
    QCOMPARE(f.states->field, u"state"_s);
    QCOMPARE(f.states->initial, u"open"_s);
    QVERIFY(f.states->allows(u"open"_s, u"closed"_s));
    QVERIFY(!f.states->allows(u"closed"_s, u"open"_s));
    QVERIFY(!f.states->allows(u"open"_s, u"open"_s));
    QCOMPARE(f.states->stamps.value(u"closed"_s), u"closed_at"_s);
}

void TestFormLoader::validVariantsLoad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("base") << bytes(baseForm()) << kFile;
    QTest::newRow("file name without .json (stdin)") << bytes(baseForm()) << u"<stdin>"_s;
    QTest::newRow("minimal: one field, no keys, no states")
        << bytes(QJsonObject{{u"id"_s, u"intake"_s},
                             {u"version"_s, 1},
                             {u"title"_s, lt(u"T"_s)},
                             {u"fields"_s, QJsonArray{field(u"a"_s, u"text"_s)}}})
        << kFile;
    QTest::newRow("range with only min") << bytes(editField(u"age"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, 0}})})))
                                         << kFile;
    QTest::newRow("decimal range")
        << bytes(addField(with(field(u"weight"_s, u"decimal"_s), u"constraints"_s,
                               QJsonArray{c({{u"kind"_s, u"range"_s}, {u"min"_s, 0.5}, {u"max"_s, 250.5}})})))
        << kFile;
    QTest::newRow("date range") << bytes(editField(
        u"visit_date"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, u"2015-01-01"_s}, {u"max"_s, u"2030-12-31"_s}})})))
                                << kFile;
    QTest::newRow("length above 1000")
        << bytes(editField(u"remarks"_s, constraints({c({{u"kind"_s, u"length"_s}, {u"min"_s, 2}, {u"max"_s, 4000}})})))
        << kFile;
    QTest::newRow("pattern") << bytes(editField(u"remarks"_s, constraints({c({{u"kind"_s, u"pattern"_s},
                                                                                {u"regex"_s, u"\\+?[0-9 ]{6,20}"_s},
                                                                                {u"message"_s, lt(u"Digits"_s)}})})))
                             << kFile;
    QTest::newRow("count") << bytes(editField(u"risks"_s, constraints({c({{u"kind"_s, u"count"_s}, {u"max"_s, 1}})}))) << kFile;
    QTest::newRow("field expression constraint")
        << bytes(editField(u"age"_s, constraints({c({{u"kind"_s, u"expression"_s},
                                                      {u"expr"_s, u"${age} < 18 or ${consent} = 'yes'"_s},
                                                      {u"message"_s, lt(u"Adults need consent"_s)}})})))
        << kFile;
    QTest::newRow("relevance on a later field") << bytes(editField(u"age"_s, set(u"relevant"_s, u"selected(${risks}, 'gbv')"_s)))
                                                << kFile;
    QTest::newRow("select_multiple over a reference")
        << bytes(addField(with(field(u"langs"_s, u"select_multiple"_s), u"reference"_s, u"languages"_s))) << kFile;
    QTest::newRow("every reference set") << [] {
        QJsonObject o = baseForm();
        QJsonArray fields = o.value(u"fields"_s).toArray();
        for (const QString& set : ReferenceData::setNames())
            fields.append(with(field(u"ref_"_s + set, u"select_one"_s), u"reference"_s, set));
        o.insert(u"fields"_s, fields);
        return bytes(o);
    }() << kFile;
    QTest::newRow("defaults of every type") << [] {
        QJsonObject o = baseForm();
        QJsonArray fields = o.value(u"fields"_s).toArray();
        fields.append(with(field(u"d_text"_s, u"text"_s), u"default"_s, u"x"_s));
        fields.append(with(field(u"d_int"_s, u"integer"_s), u"default"_s, 3));
        fields.append(with(field(u"d_dec"_s, u"decimal"_s), u"default"_s, 2.5));
        fields.append(with(field(u"d_date"_s, u"date"_s), u"default"_s, u"2024-01-31"_s));
        fields.append(with(field(u"d_bool"_s, u"boolean"_s), u"default"_s, false));
        fields.append(with(with(field(u"d_multi"_s, u"select_multiple"_s), u"choice_list"_s, u"yes_no"_s), u"default"_s,
                           QJsonArray{u"yes"_s}));
        o.insert(u"fields"_s, fields);
        return bytes(o);
    }() << kFile;
    QTest::newRow("site key on a text field") << [] {
        QJsonObject o = editField(u"remarks"_s, set(u"sensitivity"_s, u"facet"_s));
        o.insert(u"keys"_s, editAt(o.value(u"keys"_s).toObject(), {}, set(u"site"_s, u"remarks"_s)));
        return bytes(o);
    }() << kFile;
    QTest::newRow("no stamps") << bytes(editObject({u"states"_s}, unset(u"stamps"_s))) << kFile;
    QTest::newRow("required false, read_only false")
        << bytes(editField(u"remarks"_s, [](QJsonObject& f) {
               f.insert(u"required"_s, false);
               f.insert(u"read_only"_s, false);
           }))
        << kFile;
}

void TestFormLoader::validVariantsLoad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fileName);
    const auto r = loader().load(json, fileName);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->id, u"intake"_s);
}

void TestFormLoader::malformedDefinitionsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("field");          // the field the message must name, if any
    QTest::addColumn<QStringList>("fragments"); // each must appear in the message

    auto row = [](const char* name, const QJsonObject& def, const QString& fieldName, const QStringList& fragments) {
        QTest::newRow(name) << bytes(def) << kFile << fieldName << fragments;
    };
    auto raw = [](const char* name, const QByteArray& json, const QStringList& fragments) {
        QTest::newRow(name) << json << kFile << QString() << fragments;
    };
    const QString none;

    // The document itself.
    raw("bad JSON: truncated", R"({"id": "intake", "version": 1,)", {u"not valid JSON"_s});
    raw("bad JSON: trailing comma", R"({"id": "intake",})", {u"not valid JSON"_s});
    raw("bad JSON: single quotes", R"({'id': 'intake'})", {u"not valid JSON"_s});
    raw("bad JSON: garbage after", QByteArray(bytes(baseForm()) + QByteArray(" x")), {u"not valid JSON"_s});
    raw("bad JSON: empty file", QByteArray(), {u"not valid JSON"_s});
    raw("bad JSON: bare string", R"("intake")", {u"not valid JSON"_s});
    raw("not an object: empty list", "[]", {u"must be a JSON object"_s});
    raw("not an object: list holding the form", QByteArray(QByteArray("[") + bytes(baseForm()) + QByteArray("]")), {u"must be a JSON object"_s});

    // Top level.
    row("missing id", editRoot(unset(u"id"_s)), none, {u"\"id\" must be a name"_s});
    row("id upper case", editRoot(set(u"id"_s, u"Intake"_s)), none, {u"\"id\" must be a name"_s});
    row("id with a dash", editRoot(set(u"id"_s, u"in-take"_s)), none, {u"\"id\" must be a name"_s});
    row("id starts with a digit", editRoot(set(u"id"_s, u"1intake"_s)), none, {u"\"id\" must be a name"_s});
    row("id not a string", editRoot(set(u"id"_s, 7)), none, {u"\"id\" must be a name"_s});
    QTest::newRow("id differs from the file name") << bytes(baseForm()) << u"screening.json"_s << none
                                                   << QStringList{u"\"id\" is \"intake\""_s, u"intake.json"_s};
    row("version 0", editRoot(set(u"version"_s, 0)), none, {u"\"version\" must be"_s});
    row("version negative", editRoot(set(u"version"_s, -2)), none, {u"\"version\" must be"_s});
    row("version with a fraction", editRoot(set(u"version"_s, 1.5)), none, {u"\"version\" must be"_s});
    row("version as a string", editRoot(set(u"version"_s, u"1"_s)), none, {u"\"version\" must be"_s});
    row("version missing", editRoot(unset(u"version"_s)), none, {u"\"version\" must be"_s});
    row("title missing", editRoot(unset(u"title"_s)), none, {u"the title must be an object"_s});
    row("title not an object", editRoot(set(u"title"_s, u"Intake"_s)), none, {u"the title must be an object"_s});
    row("title missing a language", editObject({u"title"_s}, unset(u"ur"_s)), none,
        {u"the title"_s, u"no text in language \"ur\""_s});
    row("title blank in a language", editObject({u"title"_s}, set(u"fa"_s, u"  "_s)), none,
        {u"the title"_s, u"no text in language \"fa\""_s});
    row("title in an unknown language", editObject({u"title"_s}, set(u"de"_s, u"Aufnahme"_s)), none,
        {u"the title"_s, u"unknown language \"de\""_s});
    row("unknown top-level key", editRoot(set(u"feilds"_s, QJsonArray())), none, {u"unknown key \"feilds\""_s});
    row("no fields: missing", editRoot(unset(u"fields"_s)), none, {u"\"fields\" must be a non-empty list"_s});
    row("no fields: empty list", editRoot(set(u"fields"_s, QJsonArray())), none, {u"\"fields\" must be a non-empty list"_s});
    row("no fields: an object", editRoot(set(u"fields"_s, QJsonObject())), none, {u"\"fields\" must be a non-empty list"_s});

    // Field names and keys.
    row("duplicate field name", addField(field(u"age"_s, u"decimal"_s)), u"age"_s, {u"used twice"_s});
    row("bad field name: upper case", addField(field(u"Age2"_s, u"integer"_s)), u"Age2"_s, {u"field name must be made of a-z"_s});
    row("bad field name: dash", addField(field(u"home-town"_s, u"text"_s)), u"home-town"_s, {u"field name must be made of a-z"_s});
    row("bad field name: leading digit", addField(field(u"2nd_name"_s, u"text"_s)), u"2nd_name"_s,
        {u"field name must be made of a-z"_s});
    row("bad field name: missing", addField(without(field(u"x"_s, u"text"_s), u"name"_s)), none,
        {u"field name must be made of a-z"_s});
    row("field not an object", addField(QJsonValue(5)), none, {u"field name must be made of a-z"_s});
    row("unknown field key", editField(u"remarks"_s, set(u"requried"_s, true)), u"remarks"_s, {u"unknown key \"requried\""_s});
    row("unknown type", editField(u"remarks"_s, set(u"type"_s, u"string"_s)), u"remarks"_s, {u"unknown type \"string\""_s});
    row("type missing", editField(u"remarks"_s, unset(u"type"_s)), u"remarks"_s, {u"unknown type \"\""_s});
    row("type in upper case", editField(u"remarks"_s, set(u"type"_s, u"Text"_s)), u"remarks"_s, {u"unknown type \"Text\""_s});
    row("missing label", editField(u"age"_s, unset(u"label"_s)), u"age"_s, {u"the label must be an object"_s});
    row("label missing ps", editField(u"age"_s, [](QJsonObject& f) { f.insert(u"label"_s, without(f.value(u"label"_s).toObject(), u"ps"_s)); }),
        u"age"_s, {u"the label"_s, u"no text in language \"ps\""_s});
    row("label with empty en", editField(u"age"_s, [](QJsonObject& f) { f.insert(u"label"_s, with(f.value(u"label"_s).toObject(), u"en"_s, u""_s)); }),
        u"age"_s, {u"the label"_s, u"no text in language \"en\""_s});
    row("hint missing ar", editField(u"remarks"_s, [](QJsonObject& f) { f.insert(u"hint"_s, without(f.value(u"hint"_s).toObject(), u"ar"_s)); }),
        u"remarks"_s, {u"the hint"_s, u"no text in language \"ar\""_s});
    row("unknown sensitivity", editField(u"remarks"_s, set(u"sensitivity"_s, u"secret"_s)), u"remarks"_s,
        {u"\"sensitivity\" must be identifying, protection or facet"_s});
    row("sensitivity missing", editField(u"remarks"_s, unset(u"sensitivity"_s)), u"remarks"_s,
        {u"\"sensitivity\" must be identifying, protection or facet"_s});
    row("required not a boolean", editField(u"remarks"_s, set(u"required"_s, u"true"_s)), u"remarks"_s, {u"\"required\""_s});

    // Choices.
    row("select_one without choices", editField(u"consent"_s, unset(u"choice_list"_s)), u"consent"_s,
        {u"select_one needs exactly one of \"choices\", \"choice_list\" or \"reference\""_s});
    row("select_multiple without choices", editField(u"risks"_s, unset(u"choices"_s)), u"risks"_s,
        {u"select_multiple needs exactly one of"_s});
    row("select with two choice sources", editField(u"consent"_s, set(u"choices"_s, QJsonArray{choice(u"yes"_s)})), u"consent"_s,
        {u"needs exactly one of"_s});
    row("select with choices and reference", editField(u"site"_s, set(u"choice_list"_s, u"yes_no"_s)), u"site"_s,
        {u"needs exactly one of"_s});
    row("unknown choice_list", editField(u"consent"_s, set(u"choice_list"_s, u"yes_no_maybe"_s)), u"consent"_s,
        {u"unknown choice list \"yes_no_maybe\""_s});
    row("unknown reference", editField(u"site"_s, set(u"reference"_s, u"planets"_s)), u"site"_s,
        {u"unknown reference data \"planets\""_s});
    row("reference name in upper case", editField(u"site"_s, set(u"reference"_s, u"Sites"_s)), u"site"_s,
        {u"unknown reference data \"Sites\""_s});
    row("empty choices", editField(u"risks"_s, set(u"choices"_s, QJsonArray())), u"risks"_s, {u"choices must be a non-empty list"_s});
    row("choices not a list", editField(u"risks"_s, set(u"choices"_s, choice(u"gbv"_s))), u"risks"_s,
        {u"choices must be a non-empty list"_s});
    row("bad choice value: upper case", editField(u"risks"_s, set(u"choices"_s, QJsonArray{choice(u"none"_s), choice(u"GBV"_s)})),
        u"risks"_s, {u"choice value \"GBV\" must use only a-z, 0-9 and _"_s});
    row("bad choice value: space", editField(u"risks"_s, set(u"choices"_s, QJsonArray{choice(u"in danger"_s)})), u"risks"_s,
        {u"choice value \"in danger\""_s});
    row("bad choice value: empty", editField(u"risks"_s, set(u"choices"_s, QJsonArray{choice(QString())})), u"risks"_s,
        {u"choice value \"\""_s});
    row("bad choice value: a number",
        editField(u"risks"_s, set(u"choices"_s, QJsonArray{QJsonObject{{u"value"_s, 1}, {u"label"_s, lt(u"One"_s)}}})), u"risks"_s,
        {u"choice value \"\""_s});
    row("duplicate choice value",
        editField(u"risks"_s, set(u"choices"_s, QJsonArray{choice(u"none"_s), choice(u"gbv"_s), choice(u"gbv"_s)})), u"risks"_s,
        {u"choice value \"gbv\" appears twice"_s});
    row("choice label missing bs",
        editField(u"risks"_s, set(u"choices"_s, QJsonArray{choice(u"none"_s),
                                                            QJsonObject{{u"value"_s, u"gbv"_s}, {u"label"_s, without(lt(u"GBV"_s), u"bs"_s)}}})),
        u"risks"_s, {u"the label of choice \"gbv\""_s, u"no text in language \"bs\""_s});
    row("choice with an unknown key", editField(u"risks"_s, set(u"choices"_s, QJsonArray{with(choice(u"gbv"_s), u"score"_s, 3)})),
        u"risks"_s, {u"unknown key \"score\""_s});
    row("choice list with a bad value",
        editObject({u"choice_lists"_s}, set(u"yes_no"_s, QJsonArray{choice(u"Yes"_s), choice(u"no"_s)})), none,
        {u"yes_no"_s, u"choice value \"Yes\""_s});
    row("choices on a text field", editField(u"remarks"_s, set(u"choices"_s, QJsonArray{choice(u"a"_s)})), u"remarks"_s,
        {u"only select_one and select_multiple fields have choices"_s});
    row("choice_list on an integer field", editField(u"age"_s, set(u"choice_list"_s, u"yes_no"_s)), u"age"_s,
        {u"only select_one and select_multiple fields have choices"_s});
    row("reference on a text field", editField(u"remarks"_s, set(u"reference"_s, u"sites"_s)), u"remarks"_s,
        {u"only select_one and select_multiple fields have choices"_s});

    // Notes.
    row("note required", editField(u"intro"_s, set(u"required"_s, true)), u"intro"_s, {u"a note holds no value"_s});
    row("note with a default", editField(u"intro"_s, set(u"default"_s, u"x"_s)), u"intro"_s, {u"a note holds no value"_s});

    // Relevance.
    row("relevance syntax error", editField(u"remarks"_s, set(u"relevant"_s, u"${age} > > 3"_s)), u"remarks"_s,
        {u"\"relevant\""_s, u"position 10"_s});
    row("relevance unknown function", editField(u"remarks"_s, set(u"relevant"_s, u"older(${age})"_s)), u"remarks"_s,
        {u"\"relevant\""_s, u"unknown function 'older'"_s});
    row("relevance empty", editField(u"remarks"_s, set(u"relevant"_s, u""_s)), u"remarks"_s,
        {u"\"relevant\""_s, u"empty expression"_s});
    row("relevance not a string", editField(u"remarks"_s, set(u"relevant"_s, true)), u"remarks"_s,
        {u"\"relevant\" must be a string"_s});
    row("relevance refers to an unknown field", editField(u"remarks"_s, set(u"relevant"_s, u"${agee} > 3"_s)), u"remarks"_s,
        {u"refers to unknown field \"agee\""_s});
    row("relevance refers to a note", editField(u"remarks"_s, set(u"relevant"_s, u"${intro} = null"_s)), u"remarks"_s,
        {u"refers to note \"intro\""_s});

    // Field constraints.
    row("unknown constraint kind", editField(u"age"_s, constraints({c({{u"kind"_s, u"between"_s}, {u"min"_s, 1}})})), u"age"_s,
        {u"unknown constraint kind \"between\""_s});
    row("constraint without kind", editField(u"age"_s, constraints({c({{u"min"_s, 1}})})), u"age"_s,
        {u"unknown constraint kind \"\""_s});
    row("constraint not an object", editField(u"age"_s, constraints({5})), u"age"_s, {u"a constraint must be an object"_s});
    row("constraints not a list", editField(u"age"_s, set(u"constraints"_s, c({{u"kind"_s, u"range"_s}, {u"min"_s, 1}}))), u"age"_s,
        {u"\"constraints\" must be a list"_s});
    row("constraint with an unknown key",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, 0}, {u"maximum"_s, 5}})})), u"age"_s,
        {u"unknown key \"maximum\""_s});
    row("range on text", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, 1}})})), u"remarks"_s,
        {u"constraint \"range\" does not apply to a text field"_s});
    row("range on select_one", editField(u"consent"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, 1}})})), u"consent"_s,
        {u"constraint \"range\" does not apply to a select_one field"_s});
    row("range without min or max", editField(u"age"_s, constraints({c({{u"kind"_s, u"range"_s}})})), u"age"_s,
        {u"constraint \"range\" needs \"min\" or \"max\""_s});
    row("range min not a number", editField(u"age"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, u"0"_s}})})), u"age"_s,
        {u"constraint \"min\" must be a number"_s});
    row("date range with an impossible date",
        editField(u"visit_date"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"min"_s, u"2024-13-01"_s}})})), u"visit_date"_s,
        {u"constraint \"min\" must be a date YYYY-MM-DD"_s});
    row("date range with a number", editField(u"visit_date"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"max"_s, 2024}})})),
        u"visit_date"_s, {u"constraint \"max\" must be a date"_s});
    row("date range without min or max", editField(u"visit_date"_s, constraints({c({{u"kind"_s, u"range"_s}})})), u"visit_date"_s,
        {u"constraint \"range\" needs \"min\" or \"max\""_s});
    row("length on integer", editField(u"age"_s, constraints({c({{u"kind"_s, u"length"_s}, {u"max"_s, 3}})})), u"age"_s,
        {u"constraint \"length\" does not apply to a"_s, u"integer"_s});
    row("length without min or max", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"length"_s}})})), u"remarks"_s,
        {u"constraint \"length\" needs \"min\" or \"max\""_s});
    row("length max not a number", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"length"_s}, {u"max"_s, u"10"_s}})})),
        u"remarks"_s, {u"constraint \"max\" must be a number"_s});
    row("count on select_one", editField(u"consent"_s, constraints({c({{u"kind"_s, u"count"_s}, {u"max"_s, 1}})})), u"consent"_s,
        {u"constraint \"count\" does not apply to a select_one field"_s});
    row("count without min or max", editField(u"risks"_s, constraints({c({{u"kind"_s, u"count"_s}})})), u"risks"_s,
        {u"constraint \"count\" needs \"min\" or \"max\""_s});
    row("not_future on text", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"not_future"_s}})})), u"remarks"_s,
        {u"constraint \"not_future\" does not apply to a text field"_s});
    row("not_future on datetime", editField(u"closed_at"_s, constraints({c({{u"kind"_s, u"not_future"_s}})})), u"closed_at"_s,
        {u"constraint \"not_future\" does not apply to a datetime field"_s});
    row("pattern with invalid regex", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"pattern"_s}, {u"regex"_s, u"[a-"_s}})})),
        u"remarks"_s, {u"constraint \"pattern\" has an invalid regular expression"_s});
    row("pattern with unbalanced parenthesis",
        editField(u"remarks"_s, constraints({c({{u"kind"_s, u"pattern"_s}, {u"regex"_s, u"(ab"_s}})})), u"remarks"_s,
        {u"invalid regular expression"_s});
    row("pattern without regex", editField(u"remarks"_s, constraints({c({{u"kind"_s, u"pattern"_s}})})), u"remarks"_s,
        {u"needs a \"regex\""_s});
    row("pattern on integer", editField(u"age"_s, constraints({c({{u"kind"_s, u"pattern"_s}, {u"regex"_s, u"[0-9]+"_s}})})), u"age"_s,
        {u"constraint \"pattern\" does not apply"_s});
    row("expression constraint without message",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"expression"_s}, {u"expr"_s, u"${age} < 100"_s}})})), u"age"_s,
        {u"constraint \"expression\" needs a \"message\""_s});
    row("expression constraint with a syntax error",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"expression"_s}, {u"expr"_s, u"${age} <"_s}, {u"message"_s, lt(u"m"_s)}})})),
        u"age"_s, {u"constraint expression"_s});
    row("expression constraint refers to an unknown field",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"expression"_s}, {u"expr"_s, u"${height} < 100"_s}, {u"message"_s, lt(u"m"_s)}})})),
        u"age"_s, {u"refers to unknown field \"height\""_s});
    row("constraint message missing fr",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"range"_s}, {u"max"_s, 9}, {u"message"_s, without(lt(u"m"_s), u"fr"_s)}})})),
        u"age"_s, {u"the constraint message"_s, u"no text in language \"fr\""_s});
    row("field constraint naming a field",
        editField(u"age"_s, constraints({c({{u"kind"_s, u"expression"_s},
                                            {u"expr"_s, u"${age} < 100"_s},
                                            {u"message"_s, lt(u"m"_s)},
                                            {u"field"_s, u"age"_s}})})),
        u"age"_s, {u"\"field\" belongs only on form-level constraints"_s});

    // Form-level constraints.
    const QJsonObject formLevel = baseForm().value(u"constraints"_s).toArray().at(0).toObject();
    auto formConstraint = [](const QJsonObject& c0) { return editRoot(set(u"constraints"_s, QJsonArray{c0})); };
    row("form-level constraint names an unknown field", formConstraint(with(formLevel, u"field"_s, u"arrival"_s)), none,
        {u"form-level constraint names unknown field \"arrival\""_s});
    row("form-level constraint without field", formConstraint(without(formLevel, u"field"_s)), none,
        {u"form-level constraint names unknown field \"\""_s});
    row("form-level constraint not an expression",
        formConstraint(c({{u"kind"_s, u"range"_s}, {u"min"_s, 1}, {u"field"_s, u"age"_s}})), none,
        {u"constraint \"range\" belongs on a field, not on the form"_s});
    row("form-level constraint without message", formConstraint(without(formLevel, u"message"_s)), none,
        {u"constraint \"expression\" needs a \"message\""_s});
    row("form-level constraint refers to an unknown field",
        formConstraint(with(formLevel, u"expr"_s, u"${arrival} >= ${visit_date}"_s)), u"visit_date"_s,
        {u"refers to unknown field \"arrival\""_s});
    row("form-level constraint refers to a note", formConstraint(with(formLevel, u"expr"_s, u"${intro} != null"_s)), u"visit_date"_s,
        {u"refers to note \"intro\""_s});

    // Defaults.
    row("bad default: text for integer", editField(u"age"_s, set(u"default"_s, u"ten"_s)), u"age"_s,
        {u"the default value does not fit a"_s, u"integer"_s});
    row("bad default: fraction for integer", editField(u"age"_s, set(u"default"_s, 1.5)), u"age"_s,
        {u"the default value does not fit"_s});
    row("bad default: number for text", editField(u"remarks"_s, set(u"default"_s, 5)), u"remarks"_s,
        {u"the default value does not fit a text field"_s});
    row("bad default: string for boolean", addField(with(field(u"urgent"_s, u"boolean"_s), u"default"_s, u"yes"_s)), u"urgent"_s,
        {u"the default value does not fit a boolean field"_s});
    row("bad default: not a choice", editField(u"consent"_s, set(u"default"_s, u"maybe"_s)), u"consent"_s,
        {u"the default value does not fit a select_one field"_s});
    row("bad default: select_multiple not a list", editField(u"risks"_s, set(u"default"_s, u"gbv"_s)), u"risks"_s,
        {u"the default value does not fit a select_multiple field"_s});
    row("bad default: select_multiple with an unknown choice", editField(u"risks"_s, set(u"default"_s, QJsonArray{u"maybe"_s})),
        u"risks"_s, {u"the default value does not fit a select_multiple field"_s});
    row("bad default: date not YYYY-MM-DD", editField(u"visit_date"_s, set(u"default"_s, u"31.12.2024"_s)), u"visit_date"_s,
        {u"the default value does not fit a date field"_s});

    // Keys.
    row("keys: unknown key", editObject({u"keys"_s}, set(u"owner"_s, u"person_id"_s)), none, {u"unknown key \"owner\""_s});
    row("keys: naming an unknown field", editObject({u"keys"_s}, set(u"date"_s, u"visit_day"_s)), none,
        {u"key \"date\" names unknown field \"visit_day\""_s});
    row("keys: date key on a text field", editObject({u"keys"_s}, set(u"date"_s, u"remarks"_s)), u"remarks"_s,
        {u"cannot be key \"date\": it is a text field"_s});
    row("keys: person key on an integer field", editObject({u"keys"_s}, set(u"person"_s, u"age"_s)), u"age"_s,
        {u"cannot be key \"person\": it is a integer field"_s});
    row("keys: site key on an integer field", editObject({u"keys"_s}, set(u"site"_s, u"age"_s)), u"age"_s,
        {u"cannot be key \"site\""_s});
    row("keys: state key on a text field", editObject({u"keys"_s}, set(u"state"_s, u"remarks"_s)), u"remarks"_s,
        {u"cannot be key \"state\""_s});
    row("keys: site key on a select_one not over sites", editObject({u"keys"_s}, set(u"site"_s, u"consent"_s)), u"consent"_s,
        {u"cannot be key \"site\""_s});
    row("keys: date key on an identifying field",
        editField(u"visit_date"_s, set(u"sensitivity"_s, u"identifying"_s)), u"visit_date"_s,
        {u"cannot be key \"date\": its sensitivity is \"identifying\", and keys are stored in clear"_s});
    row("keys: site key on a protection-sensitive text field",
        editObject({u"keys"_s}, set(u"site"_s, u"remarks"_s)), u"remarks"_s,
        {u"cannot be key \"site\": its sensitivity is \"protection\""_s});
    row("keys: a number instead of a field name", editObject({u"keys"_s}, set(u"date"_s, 5)), none, {u"key \"date\""_s});

    // States.
    row("states: field not select_one", editObject({u"states"_s}, set(u"field"_s, u"remarks"_s)), u"remarks"_s,
        {u"the state field must be a select_one field with choices"_s});
    row("states: field over reference data", editObject({u"states"_s}, set(u"field"_s, u"site"_s)), u"site"_s,
        {u"the state field must be a select_one field with choices"_s});
    row("states: unknown field", editObject({u"states"_s}, set(u"field"_s, u"status"_s)), u"status"_s,
        {u"the state field must be a select_one field with choices"_s});
    row("states: unknown initial state", editObject({u"states"_s}, set(u"initial"_s, u"draft"_s)), u"state"_s,
        {u"the initial state \"draft\" is not one of the field's choices"_s});
    row("states: initial missing", editObject({u"states"_s}, unset(u"initial"_s)), u"state"_s, {u"the initial state \"\""_s});
    row("states: transition to an unknown state",
        editObject({u"states"_s, u"transitions"_s}, set(u"open"_s, QJsonArray{u"closed"_s, u"archived"_s})), u"state"_s,
        {u"\"transitions\" names unknown state \"archived\""_s});
    row("states: transitions from an unknown state", editObject({u"states"_s, u"transitions"_s}, set(u"archived"_s, QJsonArray())),
        u"state"_s, {u"\"transitions\" names unknown state \"archived\""_s});
    row("states: missing transition entry", editObject({u"states"_s, u"transitions"_s}, unset(u"closed"_s)), u"state"_s,
        {u"state \"closed\" has no entry in \"transitions\""_s});
    row("states: stamps naming a non-datetime field", editObject({u"states"_s, u"stamps"_s}, set(u"closed"_s, u"remarks"_s)),
        u"state"_s, {u"\"stamps\" must name datetime fields, not \"remarks\""_s});
    row("states: stamps naming an unknown field", editObject({u"states"_s, u"stamps"_s}, set(u"closed"_s, u"closed_on"_s)),
        u"state"_s, {u"\"stamps\" must name datetime fields, not \"closed_on\""_s});
    row("states: stamps for an unknown state", editObject({u"states"_s, u"stamps"_s}, set(u"archived"_s, u"closed_at"_s)),
        u"state"_s, {u"\"stamps\" names unknown state \"archived\""_s});
    row("states: unknown key", editObject({u"states"_s}, set(u"final"_s, QJsonArray{u"closed"_s})), none,
        {u"unknown key \"final\""_s});
}

void TestFormLoader::malformedDefinitionsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fileName);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);

    const auto r = loader().load(json, fileName);
    QVERIFY2(!r.ok(), "a malformed definition was accepted");
    const QString m = r.error().message;
    QCOMPARE(r.error().code, Error::Code::Invalid);
    // docs/FORMS.md: screening.json: field "urgency": select_one needs "choices", …
    const QString prefix = field.isEmpty() ? fileName + u": "_s : u"%1: field \"%2\": "_s.arg(fileName, field);
    QVERIFY2(m.startsWith(prefix), qPrintable(u"expected <"_s + prefix + u"> at the start of: "_s + m));
    for (const QString& fragment : fragments)
        QVERIFY2(m.contains(fragment), qPrintable(u"missing <"_s + fragment + u"> in: "_s + m));
}

void TestFormLoader::loadFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A good file loads; the file name (not the path) is what the id is checked against.
    const QString good = dir.filePath(u"intake.json"_s);
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(baseForm()).toJson());
    }
    const auto ok = loader().loadFile(good);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(ok->id, u"intake"_s);

    // The same content under another name.
    const QString renamed = dir.filePath(u"intake_v2.json"_s);
    QVERIFY(QFile::copy(good, renamed));
    const auto wrongName = loader().loadFile(renamed);
    QVERIFY(!wrongName.ok());
    QVERIFY2(wrongName.error().message.startsWith(u"intake_v2.json: "_s), qPrintable(wrongName.error().message));
    QVERIFY(!wrongName.error().message.contains(dir.path())); // the name, not the whole path

    // A file that cannot be read.
    const auto missing = loader().loadFile(dir.filePath(u"absent.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Io);
    QVERIFY2(missing.error().message.startsWith(u"absent.json: "_s), qPrintable(missing.error().message));
}

// --- the built-in forms --------------------------------------------------------------------

void TestFormLoader::builtInFormsLoad()
{
    const auto registry = FormRegistry::load(kFormsDir, kReferenceDir);
    QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().fullText()));

    QStringList expected;
    for (const QString& file : formFiles())
        expected << QFileInfo(file).completeBaseName();
    QCOMPARE((*registry)->formIds(), expected);
    for (const char16_t* id : {u"person", u"screening", u"assistance", u"referral", u"transport"})
        QVERIFY2((*registry)->formIds().contains(QString::fromUtf16(id)), qPrintable(QString::fromUtf16(id)));

    for (const QString& id : (*registry)->formIds()) {
        const FormDefinition* form = (*registry)->form(id);
        QVERIFY(form);
        QCOMPARE(form->id, id);
        QVERIFY(form->version >= 1);
        QVERIFY(!form->fields.empty());
        // Every reference a built-in form uses is a loaded, non-empty set.
        for (const FieldDefinition& f : form->fields)
            if (!f.reference.isEmpty())
                QVERIFY2(!(*registry)->reference().codes(f.reference).isEmpty(), qPrintable(id + u'.' + f.name));
    }
    QVERIFY(!(*registry)->form(u"nope"_s));
}

void TestFormLoader::builtInResourcesMatchSourceFolder()
{
    // The copy compiled in as :/forms and :/reference is the one in the source tree.
    const auto compiled = FormRegistry::load();
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().fullText()));
    const auto source = FormRegistry::load(kFormsDir, kReferenceDir);
    QVERIFY(source.ok());
    QCOMPARE((*compiled)->formIds(), (*source)->formIds());
    for (const QString& id : (*source)->formIds()) {
        const FormDefinition* a = (*compiled)->form(id);
        const FormDefinition* b = (*source)->form(id);
        QVERIFY(a && b);
        QCOMPARE(a->version, b->version);
        QCOMPARE(a->fields.size(), b->fields.size());
        for (std::size_t i = 0; i < a->fields.size(); ++i)
            QCOMPARE(a->fields[i].name, b->fields[i].name);
    }
    QCOMPARE((*compiled)->reference().codes(u"sites"_s), (*source)->reference().codes(u"sites"_s));
}

void TestFormLoader::builtInTextsHaveAllLanguages_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& file : formFiles())
        QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
}

void TestFormLoader::builtInTextsHaveAllLanguages()
{
    QFETCH(QString, id);
    static const auto registry = FormRegistry::load(kFormsDir, kReferenceDir);
    QVERIFY(registry.ok());
    const FormDefinition* form = (*registry)->form(id);
    QVERIFY(form);

    QStringList faults = textFaults(form->title, u"title"_s);
    int texts = 1;
    for (const FieldDefinition& f : form->fields) {
        faults << textFaults(f.label, f.name + u".label"_s);
        ++texts;
        if (!f.hint.isEmpty()) {
            faults << textFaults(f.hint, f.name + u".hint"_s);
            ++texts;
        }
        for (const Choice& c : f.choices) {
            faults << textFaults(c.label, f.name + u'.' + c.value);
            ++texts;
        }
        for (const Constraint& c : f.constraints) {
            if (c.message) {
                faults << textFaults(*c.message, f.name + u".constraint"_s);
                ++texts;
            }
        }
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.name));
    }
    for (const Constraint& c : form->constraints) {
        QVERIFY(c.message);
        faults << textFaults(*c.message, u"form constraint on "_s + c.field);
        ++texts;
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    QVERIFY(texts >= 1 + static_cast<int>(form->fields.size())); // title and every label at least
}

void TestFormLoader::builtInJsonTextsHaveAllLanguages_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& file : formFiles())
        QTest::newRow(qPrintable(u"forms/"_s + file)) << kFormsDir + u'/' + file;
    for (const QString& file : QDir(kReferenceDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(u"reference/"_s + file)) << kReferenceDir + u'/' + file;
}

void TestFormLoader::builtInJsonTextsHaveAllLanguages()
{
    // Straight on the JSON, so that a text the loader does not read is checked too.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList faults;
    jsonTextFaults(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(), faults);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
}

void TestFormLoader::builtInKeysAndStates()
{
    const auto registry = FormRegistry::load(kFormsDir, kReferenceDir);
    QVERIFY(registry.ok());
    const FormDefinition* transport = (*registry)->form(u"transport"_s);
    QVERIFY(transport);
    QVERIFY(transport->states);
    QCOMPARE(transport->states->initial, u"requested"_s);
    QVERIFY(transport->states->allows(u"requested"_s, u"approved"_s));
    QVERIFY(transport->states->allows(u"in_transit"_s, u"cancelled"_s));
    QVERIFY(!transport->states->allows(u"completed"_s, u"requested"_s));
    QVERIFY(!transport->states->allows(u"requested"_s, u"completed"_s));
    QCOMPARE(transport->states->stamps.value(u"completed"_s), u"completed_at"_s);
    QCOMPARE(transport->field(u"completed_at"_s)->type, FieldType::DateTime);

    for (const QString& id : (*registry)->formIds()) {
        const FormDefinition* form = (*registry)->form(id);
        if (!form->keys.person.isEmpty())
            QCOMPARE(form->field(form->keys.person)->type, FieldType::Person);
        if (!form->keys.date.isEmpty())
            QCOMPARE(form->field(form->keys.date)->type, FieldType::Date);
        if (!form->keys.site.isEmpty())
            QCOMPARE(form->field(form->keys.site)->reference, u"sites"_s);
    }
    const FormDefinition* person = (*registry)->form(u"person"_s);
    QCOMPARE(person->field(u"given_name"_s)->maxLength, 100);
    QCOMPARE(person->field(u"country_of_origin"_s)->reference, u"countries"_s);
    QCOMPARE(person->field(u"consent_given"_s)->choices.size(), 2); // from the yes_no list
}

// --- reference data ------------------------------------------------------------------------

void TestFormLoader::referenceData()
{
    const auto ref = ReferenceData::load(kReferenceDir);
    QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().message));

    QCOMPARE(ReferenceData::setNames(),
             QSet<QString>({u"sites"_s, u"countries"_s, u"languages"_s, u"items"_s, u"services"_s, u"providers"_s}));
    for (const QString& set : ReferenceData::setNames())
        QVERIFY2(!ref->codes(set).isEmpty(), qPrintable(set));

    // Sites: three upper-case letters, unique.
    const QStringList sites = ref->codes(u"sites"_s);
    static const QRegularExpression siteCode(u"^[A-Z]{3}$"_s);
    for (const QString& code : sites) {
        QVERIFY2(siteCode.match(code).hasMatch(), qPrintable(code));
        QVERIFY(ref->site(code));
        QVERIFY(ref->site(code)->kind == u"centre"_s || ref->site(code)->kind == u"outreach"_s);
    }
    QCOMPARE(QSet<QString>(sites.begin(), sites.end()).size(), sites.size());
    QVERIFY(ref->contains(u"sites"_s, u"USI"_s));
    QVERIFY(!ref->contains(u"sites"_s, u"usi"_s));
    QVERIFY(!ref->contains(u"sites"_s, u"XXX"_s));
    QCOMPARE(ref->site(u"USI"_s)->name, u"Ušivak"_s);
    QCOMPARE(ref->site(u"USI"_s)->entity, u"FBiH"_s);
    QVERIFY(!ref->site(u"XXX"_s));
    QVERIFY(ref->sitesOfKind(u"centre"_s).contains(u"USI"_s));
    QVERIFY(!ref->sitesOfKind(u"outreach"_s).contains(u"USI"_s));
    QCOMPARE(ref->sitesOfKind(u"centre"_s).size() + ref->sitesOfKind(u"outreach"_s).size(), sites.size());

    // Countries: all 249, sorted by alpha2.
    const QStringList countries = ref->codes(u"countries"_s);
    QCOMPARE(countries.size(), 249);
    QStringList sorted = countries;
    sorted.sort();
    QCOMPARE(countries, sorted);
    QVERIFY(ref->contains(u"countries"_s, u"AF"_s));
    QVERIFY(!ref->contains(u"countries"_s, u"af"_s));
    QVERIFY(!ref->contains(u"countries"_s, u"AFG"_s));

    QVERIFY(ref->contains(u"languages"_s, u"fa"_s));
    QVERIFY(ref->contains(u"languages"_s, u"ckb"_s));
    QVERIFY(ref->contains(u"items"_s, u"blanket"_s));
    QCOMPARE(ref->itemAssistanceType(u"blanket"_s), u"nfi_kit"_s);
    QVERIFY(ref->itemAssistanceType(u"nope"_s).isEmpty());
    QVERIFY(ref->contains(u"services"_s, u"legal_aid"_s));
    QVERIFY(ref->contains(u"providers"_s, u"legal_ngo_sarajevo"_s));
    QVERIFY(!ref->contains(u"planets"_s, u"EARTH"_s));
    QVERIFY(ref->codes(u"planets"_s).isEmpty());
}

void TestFormLoader::referenceLabels_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::newRow("site, not translated") << u"sites"_s << u"USI"_s << u"ar"_s << u"Ušivak"_s;
    QTest::newRow("country en") << u"countries"_s << u"DE"_s << u"en"_s << u"Germany"_s;
    QTest::newRow("country fr (ICU)") << u"countries"_s << u"DE"_s << u"fr"_s << u"Allemagne"_s;
    QTest::newRow("country bs (ICU)") << u"countries"_s << u"DE"_s << u"bs"_s << u"Njemačka"_s;
    QTest::newRow("country fa (ICU)") << u"countries"_s << u"AF"_s << u"fa"_s << u"افغانستان"_s;
    QTest::newRow("language fr (ICU)") << u"languages"_s << u"fa"_s << u"fr"_s << u"persan"_s;
    QTest::newRow("language en (ICU)") << u"languages"_s << u"ar"_s << u"en"_s << u"Arabic"_s;
    QTest::newRow("item en") << u"items"_s << u"blanket"_s << u"en"_s << u"Blanket"_s;
    QTest::newRow("unknown code") << u"countries"_s << u"QQ"_s << u"fr"_s << u"QQ"_s;
}

void TestFormLoader::referenceLabels()
{
    QFETCH(QString, set);
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, label);
    static const auto ref = ReferenceData::load(kReferenceDir);
    QVERIFY(ref.ok());
    QCOMPARE(ref->label(set, code, language), label);
}

void TestFormLoader::referenceTranslatedLabelsHaveAllLanguages()
{
    const auto ref = ReferenceData::load(kReferenceDir);
    QVERIFY(ref.ok());
    QStringList faults;
    for (const QString& set : {u"items"_s, u"services"_s}) {
        for (const QString& code : ref->codes(set)) {
            const QString en = ref->label(set, code, u"en"_s);
            for (const QString& lang : Languages::all()) {
                const QString l = ref->label(set, code, lang);
                if (l.trimmed().isEmpty())
                    faults << set + u'/' + code + u": empty in "_s + lang;
                if (Languages::isRightToLeft(lang) && !hasArabicScript(l))
                    faults << set + u'/' + code + u": not in Arabic script in "_s + lang;
                if (lang != u"en"_s && l == en)
                    faults << set + u'/' + code + u": copy of English in "_s + lang;
            }
        }
    }
    // Every country has a name in every language (ICU, else the English name).
    for (const QString& code : ref->codes(u"countries"_s))
        for (const QString& lang : Languages::all())
            if (ref->label(u"countries"_s, code, lang).isEmpty())
                faults << u"countries/"_s + code + u": empty in "_s + lang;
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
}

void TestFormLoader::registryRefusesBadFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString forms = dir.filePath(u"forms"_s);
    QVERIFY(QDir().mkpath(forms));

    // No definitions at all.
    const auto empty = FormRegistry::load(forms, kReferenceDir);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::Io);
    QVERIFY2(empty.error().message.contains(QDir::toNativeSeparators(forms)), qPrintable(empty.error().message));

    // The built-in forms plus one broken definition: the whole load fails, naming the file.
    for (const QString& file : formFiles())
        QVERIFY(QFile::copy(kFormsDir + u'/' + file, forms + u'/' + file));
    QVERIFY(FormRegistry::load(forms, kReferenceDir).ok());
    {
        QFile f(forms + u"/zz_broken.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(with(editField(u"age"_s, set(u"type"_s, u"number"_s)), u"id"_s, u"zz_broken"_s)));
    }
    const auto broken = FormRegistry::load(forms, kReferenceDir);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.startsWith(u"zz_broken.json: "_s), qPrintable(broken.error().message));
    QVERIFY2(broken.error().message.contains(u"unknown type \"number\""_s), qPrintable(broken.error().message));

    // A reference folder that lacks a file.
    const QString reference = dir.filePath(u"reference"_s);
    QVERIFY(QDir().mkpath(reference));
    const auto noReference = FormRegistry::load(kFormsDir, reference);
    QVERIFY(!noReference.ok());
    QVERIFY2(noReference.error().message.contains(u"sites.json"_s), qPrintable(noReference.error().message));

    // A reference file that is not JSON.
    for (const QString& file : QDir(kReferenceDir).entryList({u"*.json"_s}, QDir::Files))
        QVERIFY(QFile::copy(kReferenceDir + u'/' + file, reference + u'/' + file));
    QVERIFY(FormRegistry::load(kFormsDir, reference).ok());
    {
        QFile f(reference + u"/items.json"_s);
        f.setPermissions(f.permissions() | QFileDevice::WriteOwner);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[{\"code\": ");
    }
    const auto badReference = FormRegistry::load(kFormsDir, reference);
    QVERIFY(!badReference.ok());
    QVERIFY2(badReference.error().message.contains(u"items.json"_s), qPrintable(badReference.error().message));
}

// A folder of definitions (prihvat-cli --forms-dir) may change what a user reads, never which
// answers are sealed or shown only to protection officers: a copy of the forms in which a
// protection field became identifying or a facet, or in which a field was added or removed,
// is refused whole, naming the file and the field.
void TestFormLoader::outsideDefinitionsKeepBuiltInSensitivity_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("loads");
    QTest::newRow("label changed") << u"screening"_s << u"label"_s << u"gbv_details"_s << true;
    QTest::newRow("protection to identifying") << u"screening"_s << u"identifying"_s << u"gbv_details"_s << false;
    QTest::newRow("protection to facet") << u"screening"_s << u"facet"_s << u"protection_risks"_s << false;
    QTest::newRow("referral service to facet") << u"referral"_s << u"facet"_s << u"protection_service"_s << false;
    QTest::newRow("guardian note to facet") << u"person"_s << u"facet"_s << u"guardian_note"_s << false;
    QTest::newRow("identifying to facet") << u"person"_s << u"facet"_s << u"given_name"_s << false;
    QTest::newRow("facet to protection") << u"screening"_s << u"protection"_s << u"urgency"_s << false;
    QTest::newRow("type changed") << u"screening"_s << u"type"_s << u"urgency"_s << false;
    QTest::newRow("field removed") << u"screening"_s << u"remove"_s << u"gbv_details"_s << false;
    QTest::newRow("field added") << u"screening"_s << u"add"_s << u"gbv_copy"_s << false;
    QTest::newRow("form removed") << u"referral"_s << u"drop_form"_s << u"referral"_s << false;
    QTest::newRow("form added") << u"vehicle"_s << u"new_form"_s << u"vehicle"_s << false;
}

void TestFormLoader::outsideDefinitionsKeepBuiltInSensitivity()
{
    QFETCH(QString, form);
    QFETCH(QString, edit);
    QFETCH(QString, name);
    QFETCH(bool, loads);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& file : formFiles())
        QVERIFY(QFile::copy(kFormsDir + u'/' + file, dir.filePath(file)));
    QVERIFY(FormRegistry::load(dir.path(), kReferenceDir).ok()); // an exact copy loads

    const QString path = dir.filePath(form + u".json"_s);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (edit == u"drop_form"_s) {
        QVERIFY(QFile::remove(path));
    } else if (edit == u"new_form"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(with(baseForm(), u"id"_s, form)));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray fields = o.value(u"fields"_s).toArray();
        bool found = false;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject fo = fields.at(i).toObject();
            if (fo.value(u"name"_s).toString() != name)
                continue;
            found = true;
            if (edit == u"label"_s)
                fo.insert(u"label"_s, lt(u"Details"_s));
            else if (edit == u"type"_s)
                fo.insert(u"type"_s, u"select_multiple"_s);
            else if (edit != u"remove"_s)
                fo.insert(u"sensitivity"_s, edit);
            if (edit == u"remove"_s)
                fields.removeAt(i);
            else
                fields[i] = fo;
            break;
        }
        if (edit == u"add"_s) {
            fields.append(with(field(name, u"text"_s, u"facet"_s), u"label"_s, lt(u"Copy"_s)));
            found = true;
        }
        QVERIFY2(found, qPrintable(name));
        o.insert(u"fields"_s, fields);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }
    const auto loaded = FormRegistry::load(dir.path(), kReferenceDir);
    QCOMPARE(loaded.ok(), loads);
    if (!loads) {
        QCOMPARE(loaded.error().code, Error::Code::Invalid);
        QVERIFY2(loaded.error().message.contains(name), qPrintable(loaded.error().message));
    }
    // The built-in definitions are what the programs use; they never change at run time.
    QVERIFY(FormRegistry::load().ok());
}

QTEST_GUILESS_MAIN(TestFormLoader)
#include "test_form_loader.moc"
