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

Result<ReferenceData> ReferenceData::load(const QString& folder)
{
    ReferenceData data;
    QString fault;
    auto bad = [](const QString& file, const QString& what) {
        return Error::invalid(
            QCoreApplication::translate("ReferenceData", "Reference data %1: %2").arg(file, what));
    };

    auto sites = readJson(folder, u"sites.json"_s);
    if (!sites)
        return sites.error();
    for (const QJsonValue& v : sites->array()) {
        const QJsonObject o = v.toObject();
        Site s{o.value(u"code"_s).toString(), o.value(u"kind"_s).toString(), o.value(u"name"_s).toString(),
               o.value(u"canton"_s).toString(), o.value(u"entity"_s).toString()};
        if (s.code.isEmpty() || s.name.isEmpty() || (s.kind != u"centre"_s && s.kind != u"outreach"_s))
            return bad(
                u"sites.json"_s,
                QCoreApplication::translate(
                    "ReferenceData", "every site needs a code, a name and a kind (centre or outreach)"));
        data.m_sites.insert(s.code, s);
        data.add(u"sites"_s, {s.code, s.name, {}, s.kind});
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
            data.add(set, {code, o.value(u"name"_s).toString(), {}, {}});
        }
    }

    auto items = readJson(folder, u"items.json"_s);
    if (!items)
        return items.error();
    for (const QJsonValue& v : items->array()) {
        const QJsonObject o = v.toObject();
        auto label = LocalizedText::fromJson(o.value(u"label"_s), &fault);
        const QString code = o.value(u"code"_s).toString();
        if (code.isEmpty() || !label)
            return bad(u"items.json"_s,
                       QCoreApplication::translate("ReferenceData", "item \"%1\": %2").arg(code, fault));
        data.add(u"items"_s, {code, label->text(u"en"_s), *label, o.value(u"assistance_type"_s).toString()});
    }

    auto services = readJson(folder, u"services.json"_s);
    if (!services)
        return services.error();
    for (const QJsonValue& v : services->object().value(u"services"_s).toArray()) {
        const QJsonObject o = v.toObject();
        auto label = LocalizedText::fromJson(o.value(u"label"_s), &fault);
        const QString code = o.value(u"code"_s).toString();
        if (code.isEmpty() || !label)
            return bad(u"services.json"_s,
                       QCoreApplication::translate("ReferenceData", "service \"%1\": %2").arg(code, fault));
        data.add(u"services"_s, {code, label->text(u"en"_s), *label, {}});
    }
    for (const QJsonValue& v : services->object().value(u"providers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(u"code"_s).toString();
        if (code.isEmpty() || o.value(u"name"_s).toString().isEmpty())
            return bad(u"services.json"_s, QCoreApplication::translate(
                                               "ReferenceData", "every provider needs a code and a name"));
        data.add(u"providers"_s, {code, o.value(u"name"_s).toString(), {}, {}});
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
