#include "FormLoader.h"

#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Thrown inside this file only, caught in load(): keeps the many checks readable.
struct LoadFault
{
    QString field;
    QString fault;
};

[[noreturn]] void fail(const QString& field, const QString& fault)
{
    throw LoadFault{field, fault};
}

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]*$"_s);
    return re;
}

const QRegularExpression& choicePattern()
{
    static const QRegularExpression re(u"^[a-z0-9_]+$"_s);
    return re;
}

void checkKeys(const QJsonObject& object, std::initializer_list<const char16_t*> allowed,
               const QString& field, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char16_t* a : allowed)
            known = known || it.key() == QStringView(a);
        if (!known)
            fail(field, QCoreApplication::translate("FormLoader", "%1 has an unknown key \"%2\"")
                            .arg(where, it.key()));
    }
}

LocalizedText text(const QJsonValue& v, const QString& field, const QString& what)
{
    QString fault;
    auto t = LocalizedText::fromJson(v, &fault);
    if (!t)
        fail(field, QCoreApplication::translate("FormLoader", "%1 %2").arg(what, fault));
    return *t;
}

QList<Choice> readChoices(const QJsonValue& v, const QString& field)
{
    if (!v.isArray() || v.toArray().isEmpty())
        fail(field, QCoreApplication::translate("FormLoader", "choices must be a non-empty list"));
    QList<Choice> out;
    QSet<QString> seen;
    for (const QJsonValue& c : v.toArray()) {
        const QJsonObject o = c.toObject();
        checkKeys(o, {u"value", u"label"}, field, QCoreApplication::translate("FormLoader", "a choice"));
        const QString value = o.value(u"value"_s).toString();
        if (!choicePattern().match(value).hasMatch())
            fail(field,
                 QCoreApplication::translate("FormLoader", "choice value \"%1\" must use only a-z, 0-9 and _")
                     .arg(value));
        if (seen.contains(value))
            fail(field,
                 QCoreApplication::translate("FormLoader", "choice value \"%1\" appears twice").arg(value));
        seen.insert(value);
        out.append(
            {value,
             text(o.value(u"label"_s), field,
                  QCoreApplication::translate("FormLoader", "the label of choice \"%1\"").arg(value))});
    }
    return out;
}

Expression parseExpression(const QJsonValue& v, const QString& field, const QString& what)
{
    if (!v.isString())
        fail(field, QCoreApplication::translate("FormLoader", "%1 must be a string").arg(what));
    auto e = Expression::parse(v.toString());
    if (!e)
        fail(field, QCoreApplication::translate("FormLoader", "%1: %2").arg(what, e.error().message));
    return *e;
}

std::optional<double> number(const QJsonObject& o, const QString& key, const QString& field)
{
    if (!o.contains(key))
        return std::nullopt;
    if (!o.value(key).isDouble())
        fail(field, QCoreApplication::translate("FormLoader", "constraint \"%1\" must be a number").arg(key));
    return o.value(key).toDouble();
}

std::optional<QDate> date(const QJsonObject& o, const QString& key, const QString& field)
{
    if (!o.contains(key))
        return std::nullopt;
    const QDate d = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    if (!d.isValid())
        fail(field, QCoreApplication::translate("FormLoader", "constraint \"%1\" must be a date YYYY-MM-DD")
                        .arg(key));
    return d;
}

Constraint readConstraint(const QJsonValue& v, const FieldDefinition* f, const QString& field)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        fail(field, QCoreApplication::translate("FormLoader", "a constraint must be an object"));
    checkKeys(o, {u"kind", u"min", u"max", u"regex", u"expr", u"message", u"field"}, field,
              QCoreApplication::translate("FormLoader", "a constraint"));
    Constraint c;
    const QString kind = o.value(u"kind"_s).toString();
    auto needType = [&](std::initializer_list<FieldType> types) {
        if (!f)
            fail(field, QCoreApplication::translate("FormLoader",
                                                    "constraint \"%1\" belongs on a field, not on the form")
                            .arg(kind));
        for (FieldType t : types)
            if (f->type == t)
                return;
        fail(field,
             QCoreApplication::translate("FormLoader", "constraint \"%1\" does not apply to a %2 field")
                 .arg(kind, fieldTypeName(f->type)));
    };
    if (kind == u"range"_s) {
        c.kind = Constraint::Kind::Range;
        needType({FieldType::Integer, FieldType::Decimal, FieldType::Date});
        if (f->type == FieldType::Date) {
            c.minDate = date(o, u"min"_s, field);
            c.maxDate = date(o, u"max"_s, field);
        } else {
            c.min = number(o, u"min"_s, field);
            c.max = number(o, u"max"_s, field);
        }
        if (!c.min && !c.max && !c.minDate && !c.maxDate)
            fail(field,
                 QCoreApplication::translate("FormLoader", "constraint \"range\" needs \"min\" or \"max\""));
    } else if (kind == u"length"_s || kind == u"count"_s) {
        c.kind = kind == u"length"_s ? Constraint::Kind::Length : Constraint::Kind::Count;
        if (c.kind == Constraint::Kind::Length)
            needType({FieldType::Text});
        else
            needType({FieldType::SelectMultiple});
        c.min = number(o, u"min"_s, field);
        c.max = number(o, u"max"_s, field);
        if (!c.min && !c.max)
            fail(field,
                 QCoreApplication::translate("FormLoader", "constraint \"%1\" needs \"min\" or \"max\"")
                     .arg(kind));
    } else if (kind == u"pattern"_s) {
        c.kind = Constraint::Kind::Pattern;
        needType({FieldType::Text});
        if (!o.value(u"regex"_s).isString() || o.value(u"regex"_s).toString().isEmpty())
            fail(field,
                 QCoreApplication::translate("FormLoader", "constraint \"pattern\" needs a \"regex\""));
        c.regex = QRegularExpression(u"^(?:"_s + o.value(u"regex"_s).toString() + u")$"_s);
        if (!c.regex.isValid())
            fail(field, QCoreApplication::translate(
                            "FormLoader", "constraint \"pattern\" has an invalid regular expression: %1")
                            .arg(c.regex.errorString()));
        c.regex.optimize();
    } else if (kind == u"not_future"_s) {
        c.kind = Constraint::Kind::NotFuture;
        needType({FieldType::Date});
    } else if (kind == u"expression"_s) {
        c.kind = Constraint::Kind::Expression;
        c.expression = parseExpression(o.value(u"expr"_s), field,
                                       QCoreApplication::translate("FormLoader", "constraint expression"));
        if (!o.contains(u"message"_s))
            fail(field,
                 QCoreApplication::translate("FormLoader", "constraint \"expression\" needs a \"message\""));
    } else {
        fail(field, QCoreApplication::translate("FormLoader", "unknown constraint kind \"%1\"").arg(kind));
    }
    if (o.contains(u"message"_s))
        c.message = text(o.value(u"message"_s), field,
                         QCoreApplication::translate("FormLoader", "the constraint message"));
    if (o.contains(u"field"_s)) {
        if (f)
            fail(field, QCoreApplication::translate("FormLoader",
                                                    "\"field\" belongs only on form-level constraints"));
        c.field = o.value(u"field"_s).toString();
    }
    return c;
}

void checkDefault(const FieldDefinition& f)
{
    const QJsonValue& d = f.defaultValue;
    if (d.isUndefined())
        return;
    bool ok = false;
    switch (f.type) {
    case FieldType::Text:
        ok = d.isString();
        break;
    case FieldType::Date:
        ok = d.isString() && d.toString().size() == 10 &&
             QDate::fromString(d.toString(), Qt::ISODate).isValid();
        break;
    case FieldType::DateTime:
        ok = d.isString() && QDateTime::fromString(d.toString(), Qt::ISODate).isValid();
        break;
    case FieldType::Person:
        ok = d.isString() && Uuid7::isValid(d.toString());
        break;
    case FieldType::Integer:
        ok = d.isDouble() && d.toDouble() == static_cast<double>(static_cast<qint64>(d.toDouble()));
        break;
    case FieldType::Decimal:
        ok = d.isDouble();
        break;
    case FieldType::Boolean:
        ok = d.isBool();
        break;
    case FieldType::SelectOne:
        ok = d.isString() && (!f.reference.isEmpty() || f.choice(d.toString()));
        break;
    case FieldType::SelectMultiple:
        ok = d.isArray();
        for (const QJsonValue& item : d.toArray())
            ok = ok && item.isString() && (!f.reference.isEmpty() || f.choice(item.toString()));
        break;
    case FieldType::Note:
        ok = false;
        break;
    }
    if (!ok)
        fail(f.name, QCoreApplication::translate("FormLoader", "the default value does not fit a %1 field")
                         .arg(fieldTypeName(f.type)));
}

} // namespace

FormLoader::FormLoader(QSet<QString> referenceSets) : m_referenceSets(std::move(referenceSets)) {}

Result<FormDefinition> FormLoader::loadFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("FormLoader", "%1: cannot be read: %2")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
    return load(file.readAll(), QFileInfo(path).fileName());
}

Result<FormDefinition> FormLoader::load(const QByteArray& json, const QString& fileName) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QCoreApplication::translate("FormLoader", "%1: not valid JSON at byte %2: %3")
                                  .arg(fileName)
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::invalid(
            QCoreApplication::translate("FormLoader", "%1: the definition must be a JSON object")
                .arg(fileName));

    try {
        const QJsonObject root = doc.object();
        checkKeys(
            root,
            {u"id", u"version", u"title", u"keys", u"choice_lists", u"fields", u"constraints", u"states"}, {},
            QCoreApplication::translate("FormLoader", "the form"));
        FormDefinition form;
        form.id = root.value(u"id"_s).toString();
        if (!namePattern().match(form.id).hasMatch())
            fail({}, QCoreApplication::translate("FormLoader", "\"id\" must be a name of a-z, 0-9 and _"));
        const QString expectedFile = form.id + u".json"_s;
        if (fileName.endsWith(u".json"_s) && fileName != expectedFile)
            fail({}, QCoreApplication::translate("FormLoader",
                                                 "\"id\" is \"%1\" but the file should then be named %2")
                         .arg(form.id, expectedFile));
        form.version = root.value(u"version"_s).toInt(0);
        if (form.version < 1)
            fail({}, QCoreApplication::translate("FormLoader",
                                                 "\"version\" must be a whole number of at least 1"));
        form.title = text(root.value(u"title"_s), {}, QCoreApplication::translate("FormLoader", "the title"));

        QHash<QString, QList<Choice>> choiceLists;
        const QJsonObject lists = root.value(u"choice_lists"_s).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it)
            choiceLists.insert(it.key(), readChoices(it.value(), it.key()));

        const QJsonArray fields = root.value(u"fields"_s).toArray();
        if (fields.isEmpty())
            fail({}, QCoreApplication::translate("FormLoader", "\"fields\" must be a non-empty list"));
        for (const QJsonValue& fv : fields) {
            const QJsonObject o = fv.toObject();
            FieldDefinition f;
            f.name = o.value(u"name"_s).toString();
            if (!namePattern().match(f.name).hasMatch())
                fail(f.name, QCoreApplication::translate(
                                 "FormLoader",
                                 "the field name must be made of a-z, 0-9 and _, starting with a letter"));
            if (form.field(f.name))
                fail(f.name, QCoreApplication::translate("FormLoader", "the field name is used twice"));
            checkKeys(o,
                      {u"name", u"type", u"label", u"hint", u"required", u"sensitivity", u"relevant",
                       u"constraints", u"choices", u"choice_list", u"reference", u"default", u"read_only",
                       u"records_actor_of"},
                      f.name, QCoreApplication::translate("FormLoader", "the field"));
            const auto type = fieldTypeFromName(o.value(u"type"_s).toString());
            if (!type)
                fail(f.name, QCoreApplication::translate("FormLoader", "unknown type \"%1\"")
                                 .arg(o.value(u"type"_s).toString()));
            f.type = *type;
            f.label =
                text(o.value(u"label"_s), f.name, QCoreApplication::translate("FormLoader", "the label"));
            if (o.contains(u"hint"_s))
                f.hint =
                    text(o.value(u"hint"_s), f.name, QCoreApplication::translate("FormLoader", "the hint"));
            for (const QString& flag : {u"required"_s, u"read_only"_s})
                if (o.contains(flag) && !o.value(flag).isBool())
                    fail(f.name,
                         QCoreApplication::translate("FormLoader", "\"%1\" must be true or false").arg(flag));
            f.required = o.value(u"required"_s).toBool(false);
            f.readOnly = o.value(u"read_only"_s).toBool(false);
            const QString sensitivity = o.value(u"sensitivity"_s).toString();
            if (sensitivity == u"identifying"_s)
                f.sensitivity = Sensitivity::Identifying;
            else if (sensitivity == u"protection"_s)
                f.sensitivity = Sensitivity::Protection;
            else if (sensitivity == u"facet"_s)
                f.sensitivity = Sensitivity::Facet;
            else
                fail(f.name, QCoreApplication::translate(
                                 "FormLoader", "\"sensitivity\" must be identifying, protection or facet"));
            if (f.isSelect()) {
                const int sources = int(o.contains(u"choices"_s)) + int(o.contains(u"choice_list"_s)) +
                                    int(o.contains(u"reference"_s));
                if (sources != 1)
                    fail(f.name, QCoreApplication::translate(
                                     "FormLoader",
                                     "%1 needs exactly one of \"choices\", \"choice_list\" or \"reference\"")
                                     .arg(fieldTypeName(f.type)));
                if (o.contains(u"choices"_s))
                    f.choices = readChoices(o.value(u"choices"_s), f.name);
                if (o.contains(u"choice_list"_s)) {
                    const QString list = o.value(u"choice_list"_s).toString();
                    if (!choiceLists.contains(list))
                        fail(f.name, QCoreApplication::translate("FormLoader", "unknown choice list \"%1\"")
                                         .arg(list));
                    f.choices = choiceLists.value(list);
                }
                if (o.contains(u"reference"_s)) {
                    f.reference = o.value(u"reference"_s).toString();
                    if (!m_referenceSets.contains(f.reference))
                        fail(f.name,
                             QCoreApplication::translate("FormLoader", "unknown reference data \"%1\"")
                                 .arg(f.reference));
                }
            } else if (o.contains(u"choices"_s) || o.contains(u"choice_list"_s) ||
                       o.contains(u"reference"_s)) {
                fail(f.name, QCoreApplication::translate(
                                 "FormLoader", "only select_one and select_multiple fields have choices"));
            }
            if (f.type == FieldType::Note && (f.required || o.contains(u"default"_s)))
                fail(f.name,
                     QCoreApplication::translate(
                         "FormLoader", "a note holds no value, so it cannot be required or have a default"));
            if (o.contains(u"relevant"_s))
                f.relevant = parseExpression(o.value(u"relevant"_s), f.name,
                                             QCoreApplication::translate("FormLoader", "\"relevant\""));
            for (const QJsonValue& cv : o.value(u"constraints"_s).toArray()) {
                Constraint c = readConstraint(cv, &f, f.name);
                if (c.kind == Constraint::Kind::Length && c.max)
                    f.maxLength = static_cast<int>(*c.max);
                f.constraints.push_back(std::move(c));
            }
            if (o.contains(u"constraints"_s) && !o.value(u"constraints"_s).isArray())
                fail(f.name, QCoreApplication::translate("FormLoader", "\"constraints\" must be a list"));
            if (o.contains(u"records_actor_of"_s)) {
                const QJsonValue v = o.value(u"records_actor_of"_s);
                if (f.type != FieldType::Text || !f.readOnly || !v.isArray() || v.toArray().isEmpty())
                    fail(f.name, QCoreApplication::translate(
                                     "FormLoader",
                                     "\"records_actor_of\" belongs on a read-only text field and lists field names"));
                for (const QJsonValue& name : v.toArray())
                    f.recordsActorOf.append(name.toString());
            }
            f.defaultValue = o.value(u"default"_s);
            checkDefault(f);
            form.fields.push_back(std::move(f));
            form.rebuildIndex();
        }

        for (const QJsonValue& cv : root.value(u"constraints"_s).toArray()) {
            Constraint c = readConstraint(cv, nullptr, {});
            if (c.kind != Constraint::Kind::Expression)
                fail({}, QCoreApplication::translate(
                             "FormLoader", "form-level constraints must be of kind \"expression\""));
            if (!form.field(c.field))
                fail({}, QCoreApplication::translate("FormLoader",
                                                     "form-level constraint names unknown field \"%1\"")
                             .arg(c.field));
            form.constraints.push_back(std::move(c));
        }

        // Every expression may refer only to fields of this form that hold a value.
        auto checkRefs = [&](const Expression& e, const QString& field) {
            for (const QString& ref : e.fieldReferences()) {
                const FieldDefinition* target = form.field(ref);
                if (!target)
                    fail(field, QCoreApplication::translate(
                                    "FormLoader", "the expression \"%1\" refers to unknown field \"%2\"")
                                    .arg(e.text(), ref));
                if (!target->hasValue())
                    fail(field,
                         QCoreApplication::translate(
                             "FormLoader", "the expression \"%1\" refers to note \"%2\", which has no value")
                             .arg(e.text(), ref));
            }
        };
        for (const FieldDefinition& f : form.fields) {
            if (f.relevant)
                checkRefs(*f.relevant, f.name);
            for (const QString& name : f.recordsActorOf)
                if (!form.field(name) || !form.field(name)->hasValue())
                    fail(f.name, QCoreApplication::translate("FormLoader",
                                                             "\"records_actor_of\" names unknown field \"%1\"")
                                     .arg(name));
            for (const Constraint& c : f.constraints)
                if (c.expression)
                    checkRefs(*c.expression, f.name);
        }
        for (const Constraint& c : form.constraints)
            checkRefs(*c.expression, c.field);

        const QJsonObject keys = root.value(u"keys"_s).toObject();
        checkKeys(keys, {u"person", u"date", u"site", u"state"}, {},
                  QCoreApplication::translate("FormLoader", "\"keys\""));
        auto key = [&](const QString& name, std::initializer_list<FieldType> types) -> QString {
            if (keys.contains(name) && !keys.value(name).isString())
                fail({}, QCoreApplication::translate("FormLoader", "key \"%1\" must name a field").arg(name));
            const QString fieldName = keys.value(name).toString();
            if (fieldName.isEmpty())
                return {};
            const FieldDefinition* f = form.field(fieldName);
            if (!f)
                fail({}, QCoreApplication::translate("FormLoader", "key \"%1\" names unknown field \"%2\"")
                             .arg(name, fieldName));
            if (std::find(types.begin(), types.end(), f->type) == types.end())
                fail(fieldName,
                     QCoreApplication::translate("FormLoader", "cannot be key \"%1\": it is a %2 field")
                         .arg(name, fieldTypeName(f->type)));
            // Key columns are stored in clear for lists and counts; a sealed field cannot be one.
            if (f->sensitivity != Sensitivity::Facet)
                fail(fieldName,
                     QCoreApplication::translate(
                         "FormLoader",
                         "cannot be key \"%1\": its sensitivity is \"%2\", and keys are stored in clear")
                         .arg(name, sensitivityName(f->sensitivity)));
            return fieldName;
        };
        form.keys.person = key(u"person"_s, {FieldType::Person});
        form.keys.date = key(u"date"_s, {FieldType::Date});
        form.keys.site = key(u"site"_s, {FieldType::SelectOne, FieldType::Text});
        if (const FieldDefinition* site = form.field(form.keys.site);
            site && site->type == FieldType::SelectOne && site->reference != u"sites"_s)
            fail(site->name,
                 QCoreApplication::translate(
                     "FormLoader",
                     "cannot be key \"site\": a choice of site must use the reference data \"sites\""));
        form.keys.state = key(u"state"_s, {FieldType::SelectOne});

        if (root.contains(u"states"_s)) {
            const QJsonObject s = root.value(u"states"_s).toObject();
            checkKeys(s, {u"field", u"initial", u"transitions", u"stamps"}, {},
                      QCoreApplication::translate("FormLoader", "\"states\""));
            StateMachine sm;
            sm.field = s.value(u"field"_s).toString();
            const FieldDefinition* sf = form.field(sm.field);
            if (!sf || sf->type != FieldType::SelectOne || sf->choices.isEmpty())
                fail(sm.field, QCoreApplication::translate(
                                   "FormLoader", "the state field must be a select_one field with choices"));
            QSet<QString> states;
            for (const Choice& c : sf->choices)
                states.insert(c.value);
            sm.initial = s.value(u"initial"_s).toString();
            if (!states.contains(sm.initial))
                fail(sm.field, QCoreApplication::translate(
                                   "FormLoader", "the initial state \"%1\" is not one of the field's choices")
                                   .arg(sm.initial));
            const QJsonObject transitions = s.value(u"transitions"_s).toObject();
            for (const QString& state : states)
                if (!transitions.contains(state))
                    fail(sm.field, QCoreApplication::translate("FormLoader",
                                                               "state \"%1\" has no entry in \"transitions\"")
                                       .arg(state));
            for (auto it = transitions.begin(); it != transitions.end(); ++it) {
                if (!states.contains(it.key()))
                    fail(sm.field, QCoreApplication::translate("FormLoader",
                                                               "\"transitions\" names unknown state \"%1\"")
                                       .arg(it.key()));
                QStringList to;
                for (const QJsonValue& t : it.value().toArray()) {
                    if (!states.contains(t.toString()))
                        fail(sm.field, QCoreApplication::translate(
                                           "FormLoader", "\"transitions\" names unknown state \"%1\"")
                                           .arg(t.toString()));
                    to.append(t.toString());
                }
                sm.transitions.insert(it.key(), to);
            }
            const QJsonObject stamps = s.value(u"stamps"_s).toObject();
            for (auto it = stamps.begin(); it != stamps.end(); ++it) {
                if (!states.contains(it.key()))
                    fail(sm.field,
                         QCoreApplication::translate("FormLoader", "\"stamps\" names unknown state \"%1\"")
                             .arg(it.key()));
                const FieldDefinition* target = form.field(it.value().toString());
                if (!target || target->type != FieldType::DateTime)
                    fail(sm.field, QCoreApplication::translate(
                                       "FormLoader", "\"stamps\" must name datetime fields, not \"%1\"")
                                       .arg(it.value().toString()));
                sm.stamps.insert(it.key(), it.value().toString());
            }
            form.states = std::move(sm);
        }
        return form;
    } catch (const LoadFault& f) {
        if (f.field.isEmpty())
            return Error::invalid(QCoreApplication::translate("FormLoader", "%1: %2").arg(fileName, f.fault));
        return Error::invalid(QCoreApplication::translate("FormLoader", "%1: field \"%2\": %3")
                                  .arg(fileName, f.field, f.fault));
    }
}

} // namespace prihvat
