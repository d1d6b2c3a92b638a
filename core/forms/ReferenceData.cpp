#include "ReferenceData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unicode/locid.h>
#include <unicode/unistr.h>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

Result<QJsonDocument> readJson(const QString& folder, const QString& name)
{
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("ReferenceData", "Reference data %1 cannot be read: %2")
                             .arg(name, file.errorString()));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "Reference data %1 is not valid JSON: %2")
                .arg(name, error.errorString()));
    return doc;
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

} // namespace

QSet<QString> ReferenceData::setNames()
{
    return {u"sites"_s, u"countries"_s, u"languages"_s, u"items"_s, u"services"_s, u"providers"_s};
}

void ReferenceData::add(const QString& set, Entry e)
{
    m_index[set].insert(e.code, static_cast<int>(m_sets[set].size()));
    m_sets[set].append(std::move(e));
}

QStringList ReferenceData::managedSets()
{
    return {u"sites"_s, u"services"_s, u"providers"_s, u"items"_s, u"retention"_s};
}

Result<QString> ReferenceData::checkEntry(const QString& set, const QJsonObject& o)
{
    QString fault;
    if (set == u"sites"_s) {
        const QString kind = o.value(u"kind"_s).toString();
        if (o.value(u"code"_s).toString().isEmpty() || o.value(u"name"_s).toString().isEmpty() ||
            (kind != u"centre"_s && kind != u"outreach"_s))
            return Error::invalid(QCoreApplication::translate(
                "ReferenceData", "every site needs a code, a name and a kind (centre or outreach)"));
        return o.value(u"code"_s).toString();
    }
    if (set == u"items"_s || set == u"services"_s) {
        const QString code = o.value(u"code"_s).toString();
        auto label = LocalizedText::fromJson(o.value(u"label"_s), &fault);
        if (code.isEmpty() || !label)
            return Error::invalid(set == u"items"_s
                                      ? QCoreApplication::translate("ReferenceData", "item \"%1\": %2").arg(code, fault)
                                      : QCoreApplication::translate("ReferenceData", "service \"%1\": %2")
                                            .arg(code, fault));
        if (set == u"items"_s && o.value(u"assistance_type"_s).toString().isEmpty())
            return Error::invalid(QCoreApplication::translate("ReferenceData", "item \"%1\": %2")
                                      .arg(code, QCoreApplication::translate("ReferenceData",
                                                                             "it needs an assistance type")));
        return code;
    }
    if (set == u"providers"_s) {
        if (o.value(u"code"_s).toString().isEmpty() || o.value(u"name"_s).toString().isEmpty())
            return Error::invalid(
                QCoreApplication::translate("ReferenceData", "every provider needs a code and a name"));
        return o.value(u"code"_s).toString();
    }
    if (set == u"retention"_s) {
        const QJsonValue days = o.value(u"days"_s);
        const double d = days.toDouble(-1);
        if (o.value(u"form"_s).toString().isEmpty() || !days.isDouble() || d != static_cast<int>(d) || d < 1 ||
            d > 36500)
            return Error::invalid(QCoreApplication::translate(
                "ReferenceData", "a retention period needs a form and a whole number of days from 1 to 36500"));
        return o.value(u"form"_s).toString();
    }
    return Error::invalid(
        QCoreApplication::translate("ReferenceData", "\"%1\" is not a set headquarters manages").arg(set));
}

Status ReferenceData::addEntry(const QString& set, const QJsonObject& o)
{
    auto code = checkEntry(set, o);
    if (!code)
        return code.error();
    if (contains(set, *code) || (set == u"retention"_s && m_retention.contains(*code)))
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "the code \"%1\" appears twice").arg(*code));
    QString fault;
    if (set == u"sites"_s) {
        Site s{*code, o.value(u"kind"_s).toString(), o.value(u"name"_s).toString(),
               o.value(u"canton"_s).toString(), o.value(u"entity"_s).toString()};
        m_sites.insert(s.code, s);
        add(set, {s.code, s.name, {}, s.kind, o});
    } else if (set == u"items"_s || set == u"services"_s) {
        const LocalizedText label = *LocalizedText::fromJson(o.value(u"label"_s), &fault);
        add(set, {*code, label.text(u"en"_s), label,
                  set == u"items"_s ? o.value(u"assistance_type"_s).toString() : QString(), o});
    } else if (set == u"providers"_s) {
        add(set, {*code, o.value(u"name"_s).toString(), {}, {}, o});
    } else if (set == u"retention"_s) {
        m_retention.insert(*code, o.value(u"days"_s).toInt());
    }
    return {};
}

Result<QList<QJsonObject>> ReferenceData::readEntries(const QString& folder, const QString& set)
{
    QList<QJsonObject> out;
    if (set == u"retention"_s)
        return out;
    const bool service = set == u"services"_s || set == u"providers"_s;
    if (!managedSets().contains(set))
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "\"%1\" is not a set headquarters manages").arg(set));
    auto doc = readJson(folder, service ? u"services.json"_s : set + u".json"_s);
    if (!doc)
        return doc.error();
    for (const QJsonValue& v : service ? doc->object().value(set).toArray() : doc->array())
        out.append(v.toObject());
    return out;
}

Result<ReferenceData> ReferenceData::withSet(const QString& set, const QList<QJsonObject>& entries) const
{
    if (!managedSets().contains(set))
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "\"%1\" is not a set headquarters manages").arg(set));
    if (entries.isEmpty() && set != u"retention"_s)
        return Error::invalid(QCoreApplication::translate("ReferenceData", "Reference data %1: %2")
                                  .arg(set, QCoreApplication::translate("ReferenceData", "the set is empty")));
    ReferenceData copy = *this;
    copy.m_sets.remove(set);
    copy.m_index.remove(set);
    if (set == u"sites"_s)
        copy.m_sites.clear();
    if (set == u"retention"_s)
        copy.m_retention.clear();
    for (const QJsonObject& o : entries)
        if (Status s = copy.addEntry(set, o); !s)
            return Error::invalid(
                QCoreApplication::translate("ReferenceData", "Reference data %1: %2").arg(set, s.error().message));
    return copy;
}

Result<ReferenceData> ReferenceData::withUpdates(const QString& set, const QList<EntryUpdate>& updates) const
{
    struct Placed
    {
        std::int64_t position;
        QJsonObject json;
    };
    QList<QString> order; // codes, first seen first
    QHash<QString, Placed> placed;
    if (set == u"retention"_s) {
        for (auto it = m_retention.cbegin(); it != m_retention.cend(); ++it) {
            order.append(it.key());
            placed.insert(it.key(), {0, QJsonObject{{u"form"_s, it.key()}, {u"days"_s, it.value()}}});
        }
    } else {
        const QList<Entry> current = m_sets.value(set);
        for (qsizetype i = 0; i < current.size(); ++i) {
            order.append(current.at(i).code);
            placed.insert(current.at(i).code, {i, current.at(i).json});
        }
    }
    for (const EntryUpdate& u : updates) {
        if (!u.entry) {
            placed.remove(u.code);
            continue;
        }
        if (!placed.contains(u.code))
            order.append(u.code);
        placed.insert(u.code, {u.position, *u.entry});
    }
    QList<QString> codes;
    for (const QString& code : std::as_const(order))
        if (placed.contains(code))
            codes.append(code);
    std::stable_sort(codes.begin(), codes.end(), [&placed](const QString& a, const QString& b) {
        return placed.value(a).position < placed.value(b).position;
    });
    QList<QJsonObject> entries;
    for (const QString& code : std::as_const(codes))
        entries.append(placed.value(code).json);
    return withSet(set, entries);
}

std::optional<int> ReferenceData::retentionDays(const QString& form) const
{
    const auto it = m_retention.constFind(form);
    return it == m_retention.constEnd() ? std::nullopt : std::optional<int>(*it);
}

Result<ReferenceData> ReferenceData::load(const QString& folder)
{
    ReferenceData data;
    auto bad = [](const QString& file, const QString& what) {
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "Reference data %1: %2").arg(file, what));
    };

    for (const QString& set : {u"sites"_s, u"items"_s, u"services"_s, u"providers"_s}) {
        auto entries = readEntries(folder, set);
        if (!entries)
            return entries.error();
        const QString file = set == u"providers"_s ? u"services.json"_s : set + u".json"_s;
        for (const QJsonObject& o : std::as_const(*entries))
            if (Status s = data.addEntry(set, o); !s)
                return bad(file, s.error().message);
    }

    for (const QString& set : {u"countries"_s, u"languages"_s}) {
        const QString file = set + u".json"_s;
        auto doc = readJson(folder, file);
        if (!doc)
            return doc.error();
        const QString codeKey = set == u"countries"_s ? u"alpha2"_s : u"code"_s;
        for (const QJsonValue& v : doc->array()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(codeKey).toString();
            if (code.isEmpty() || o.value(u"name"_s).toString().isEmpty())
                return bad(file, QCoreApplication::translate("ReferenceData",
                                                             "every entry needs a code and a name"));
            data.add(set, {code, o.value(u"name"_s).toString(), {}, {}, {}});
        }
    }
    for (const QString& set : setNames())
        if (data.m_sets.value(set).isEmpty())
            return bad(set, QCoreApplication::translate("ReferenceData", "the set is empty"));
    return data;
}

const ReferenceData::Entry* ReferenceData::entry(const QString& set, const QString& code) const
{
    const auto setIt = m_index.constFind(set);
    if (setIt == m_index.constEnd())
        return nullptr;
    const auto it = setIt->constFind(code);
    if (it == setIt->constEnd())
        return nullptr;
    return &m_sets[set][*it];
}

bool ReferenceData::contains(const QString& set, const QString& code) const
{
    return entry(set, code) != nullptr;
}

QStringList ReferenceData::codes(const QString& set) const
{
    QStringList out;
    for (const Entry& e : m_sets.value(set))
        out.append(e.code);
    return out;
}

QString ReferenceData::label(const QString& set, const QString& code, const QString& language) const
{
    const Entry* e = entry(set, code);
    if (!e)
        return code;
    if (!e->text.isEmpty())
        return e->text.text(language);
    const QByteArray lang = language.toLatin1();
    if (set == u"countries"_s) {
        icu::UnicodeString name;
        icu::Locale(nullptr, code.toLatin1().constData())
            .getDisplayCountry(icu::Locale(lang.constData()), name);
        const QString s = fromIcu(name);
        return s.isEmpty() || s == code ? e->name : s;
    }
    if (set == u"languages"_s) {
        icu::UnicodeString name;
        icu::Locale(code.toLatin1().constData()).getDisplayLanguage(icu::Locale(lang.constData()), name);
        const QString s = fromIcu(name);
        return s.isEmpty() || s == code ? e->name : s;
    }
    return e->name;
}

const Site* ReferenceData::site(const QString& code) const
{
    auto it = m_sites.constFind(code);
    return it == m_sites.constEnd() ? nullptr : &*it;
}

QStringList ReferenceData::sitesOfKind(const QString& kind) const
{
    QStringList out;
    for (const Entry& e : m_sets.value(u"sites"_s))
        if (e.extra == kind)
            out.append(e.code);
    return out;
}

QString ReferenceData::itemAssistanceType(const QString& itemCode) const
{
    const Entry* e = entry(u"items"_s, itemCode);
    return e ? e->extra : QString();
}

} // namespace prihvat
