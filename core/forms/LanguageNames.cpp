#include "LanguageNames.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace prihvat::LanguageNames {

namespace {

const QHash<QString, QStringList>& table()
{
    static const QHash<QString, QStringList> names{
        {u"fa"_s, {u"Dari"_s, u"Farsi"_s, u"Persian"_s, u"Parsi"_s, u"دری"_s, u"فارسی"_s}},
        {u"haz"_s, {u"Hazaragi"_s, u"Hazara"_s, u"آزرگی"_s}},
        {u"ps"_s, {u"Pashto"_s, u"Pashtu"_s, u"Pushto"_s, u"Pakhto"_s, u"پښتو"_s}},
        {u"ur"_s, {u"Urdu"_s, u"اردو"_s}},
        {u"pa"_s, {u"Punjabi"_s, u"Panjabi"_s}},
        {u"bal"_s, {u"Baluchi"_s, u"Balochi"_s}},
        {u"ku"_s, {u"Kurmanji"_s, u"Kurdish"_s, u"Kurdî"_s}},
        {u"ckb"_s, {u"Sorani"_s, u"Kurdish"_s, u"کوردی"_s}},
        {u"ar"_s, {u"Arabic"_s, u"العربية"_s}},
        {u"ary"_s, {u"Darija"_s, u"Moroccan"_s}},
        {u"arq"_s, {u"Darja"_s, u"Algerian"_s}},
        {u"ti"_s, {u"Tigrinya"_s, u"Tigrigna"_s, u"Tigrinia"_s, u"ትግርኛ"_s}},
        {u"am"_s, {u"Amharic"_s, u"Amarigna"_s}},
        {u"om"_s, {u"Oromo"_s, u"Afaan Oromoo"_s, u"Oromiffa"_s}},
        {u"so"_s, {u"Somali"_s, u"Af-Soomaali"_s}},
        {u"tzm"_s, {u"Tamazight"_s, u"Berber"_s, u"Amazigh"_s}},
        {u"rif"_s, {u"Tarifit"_s, u"Riffian"_s, u"Berber"_s}},
        {u"shi"_s, {u"Tashelhit"_s, u"Shilha"_s, u"Berber"_s}},
        {u"kab"_s, {u"Kabyle"_s, u"Berber"_s}},
        {u"ff"_s, {u"Fula"_s, u"Fulani"_s, u"Pular"_s, u"Peul"_s}},
        {u"bs"_s, {u"Bosnian"_s, u"Bosanski"_s}},
        {u"hr"_s, {u"Croatian"_s, u"Hrvatski"_s}},
        {u"sr"_s, {u"Serbian"_s, u"Srpski"_s}},
        {u"sq"_s, {u"Albanian"_s, u"Shqip"_s}},
        {u"bn"_s, {u"Bengali"_s, u"Bangla"_s}},
        {u"ne"_s, {u"Nepali"_s}},
        {u"sd"_s, {u"Sindhi"_s}},
    };
    return names;
}

QString fold(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    return out;
}

} // namespace

QStringList synonyms(const QString& code)
{
    return table().value(code);
}

bool matches(const QString& typed, const QStringList& names)
{
    static const QRegularExpression separators(u"[\\s,;()/\\-]+"_s);
    const QStringList wanted = fold(typed).split(separators, Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return true;
    QStringList words;
    for (const QString& name : names)
        words += fold(name).split(separators, Qt::SkipEmptyParts);
    for (const QString& w : wanted) {
        const bool found =
            std::any_of(words.begin(), words.end(), [&w](const QString& word) { return word.startsWith(w); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace prihvat::LanguageNames
