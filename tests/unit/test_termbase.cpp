// The termbase (translations/terms.tsv) holds: every interface message and every form text
// uses the approved term of its language, never a known wrong variant; keyboard mnemonics sit
// on Latin letters; texts are written in Latin digits and the code shows them in the
// language's digits. The checks themselves are tested on texts made to break them, so this
// test fails when a translation goes wrong, not only when the files are missing.
#include "common/Digits.h"
#include "common/Translations.h"
#include "forms/LocalizedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages{u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s};

struct Term
{
    int line = 0;
    QString term, language, approved, scope, note;
    QStringList wrong;
};

// One text a reader sees, with the English it translates.
struct Text
{
    QString where;   // "prihvat_fa.ts: prihvat::PeoplePage" or "screening.json"
    QString english; // the English source or the form's "en" text
    QString language;
    QString text;
    bool form = false;   // a form or reference-data text
    bool choice = false; // an answer choice of a form
};

QList<Term> readTerms(const QString& path, QStringList* faults)
{
    QList<Term> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        faults->append(u"cannot read "_s + path);
        return out;
    }
    int line = 0;
    bool header = true;
    while (!file.atEnd()) {
        ++line;
        const QString raw = QString::fromUtf8(file.readLine()).chopped(1);
        if (raw.startsWith(u'#') || raw.trimmed().isEmpty())
            continue;
        const QStringList cols = raw.split(u'\t');
        if (header) {
            header = false;
            if (cols.value(0) != u"term"_s)
                faults->append(u"line %1: the header row is missing"_s.arg(line));
            continue;
        }
        if (cols.size() != 6) {
            faults->append(u"line %1: %2 columns instead of 6"_s.arg(line).arg(cols.size()));
            continue;
        }
        Term t{line, cols[0], cols[1], cols[2], cols[4], cols[5], {}};
        for (const QString& w : cols[3].split(u" | "_s, Qt::SkipEmptyParts))
            t.wrong.append(w.trimmed());
        if (!kLanguages.contains(t.language) || t.language == u"en"_s)
            faults->append(u"line %1: unknown language \"%2\""_s.arg(line).arg(t.language));
        if (!QStringList{u"all"_s, u"forms"_s, u"choices"_s}.contains(t.scope))
            faults->append(u"line %1: unknown scope \"%2\""_s.arg(line).arg(t.scope));
        if (t.approved.isEmpty())
            faults->append(u"line %1: no approved translation"_s.arg(line));
        for (const QString& w : t.wrong) {
            if (w.startsWith(u'/') && w.endsWith(u'/') && w.size() > 2 &&
                !QRegularExpression(w.mid(1, w.size() - 2)).isValid())
                faults->append(u"line %1: %2 is not a valid regular expression"_s.arg(line).arg(w));
            if (t.approved.contains(w, Qt::CaseInsensitive))
                faults->append(
                    u"line %1: the wrong variant %2 is part of the approved term"_s.arg(line).arg(w));
        }
        out.append(t);
    }
    return out;
}

// Text in brackets is a gloss (an English loan or an acronym for staff) and is not checked.
QString withoutGlosses(const QString& text)
{
    static const QRegularExpression gloss(u"\\([^()]*\\)"_s);
    QString out = text;
    out.replace(gloss, u" "_s);
    return out;
}

bool containsVariant(const QString& text, const QString& variant)
{
    if (variant.size() > 2 && variant.startsWith(u'/') && variant.endsWith(u'/'))
        return QRegularExpression(variant.mid(1, variant.size() - 2),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(text)
            .hasMatch();
    if (variant.startsWith(u'~')) {
        // A whole word: not touching a letter or a vowel mark on either side.
        const QString word = QRegularExpression::escape(variant.mid(1));
        return QRegularExpression(u"(?<![\\p{L}\\p{M}])"_s + word + u"(?![\\p{L}\\p{M}])"_s,
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption)
            .match(text)
            .hasMatch();
    }
    return text.contains(variant, Qt::CaseInsensitive);
}

bool englishHasTerm(const QString& english, const QString& term)
{
    if (term == u"*"_s)
        return true;
    const QRegularExpression re(u"\\b"_s + QRegularExpression::escape(term) + u"(s|es)?\\b"_s,
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(english).hasMatch();
}

// Every use of a known wrong variant where the termbase names the approved term.
QStringList termFaults(const QList<Term>& terms, const QList<Text>& texts)
{
    QStringList out;
    for (const Term& t : terms) {
        for (const Text& x : texts) {
            if (x.language != t.language || (t.scope == u"forms"_s && !x.form) ||
                (t.scope == u"choices"_s && !x.choice))
                continue;
            if (!englishHasTerm(x.english, t.term))
                continue;
            const QString checked = withoutGlosses(x.text);
            for (const QString& w : t.wrong)
                if (containsVariant(checked, w))
                    out.append(
                        u"%1 [%2] \"%3\": uses %4 for \"%5\"; the termbase says %6 (terms.tsv line %7)"_s
                            .arg(x.where, x.language, x.text, w, t.term, t.approved)
                            .arg(t.line));
        }
    }
    return out;
}

// A mnemonic must be typeable on the Latin keyboards the laptops have.
QString mnemonicFault(const QString& source, const QString& translation)
{
    static const QRegularExpression mnemonic(u"&([^&\\s])"_s);
    static const QRegularExpression latinMnemonic(u"&[A-Za-z0-9]"_s);
    QString t = translation;
    t.replace(u"&&"_s, QString());
    const auto m = mnemonic.match(t);
    if (m.hasMatch()) {
        const QChar c = m.captured(1).at(0);
        if (!(c.isDigit() && c.unicode() < 128) && !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return u"the mnemonic sits on \"%1\", which a Latin keyboard cannot type: write \"… (&X)\""_s.arg(
                c);
    }
    QString s = source;
    s.replace(u"&&"_s, QString());
    if (latinMnemonic.match(s).hasMatch() && !m.hasMatch())
        return u"the source has a mnemonic and the translation none"_s;
    return {};
}

bool hasNonLatinDigit(const QString& text)
{
    for (const QChar c : text)
        if (c.isDigit() && c.unicode() >= 128)
            return true;
    return false;
}

// Every message of a .ts file: context, source and its translations.
QList<Text> readMessages(const QString& language)
{
    QList<Text> out;
    QFile file(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/translations/prihvat_%1.ts"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        else if (xml.name() == u"source"_s)
            source = xml.readElementText();
        else if ((xml.name() == u"translation"_s && !numerus) || xml.name() == u"numerusform"_s) {
            const QString text = xml.readElementText();
            if (!text.trimmed().isEmpty())
                out.append({u"prihvat_%1.ts: %2"_s.arg(language, context), source, language, text});
        }
    }
    return out;
}

// Every localised text of the forms and of the reference data, paired with its English.
void collectLocalised(const QJsonValue& v, const QString& where, bool inChoices, QList<Text>* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"en"_s).isString() && o.contains(u"ps"_s)) {
            for (const QString& l : kLanguages)
                if (l != u"en"_s)
                    out->append(
                        {where, o.value(u"en"_s).toString(), l, o.value(l).toString(), true, inChoices});
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collectLocalised(it.value(), where, inChoices || it.key() == u"choices"_s, out);
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            collectLocalised(e, where, inChoices, out);
    }
}

QList<Text> readFormTexts()
{
    QList<Text> out;
    const QString root = QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/resources/"_s;
    QStringList files;
    for (const QString& f : QDir(root + u"forms"_s).entryList({u"*.json"_s}, QDir::Files))
        files.append(u"forms/"_s + f);
    files << u"reference/items.json"_s << u"reference/services.json"_s;
    for (const QString& f : files) {
        QFile file(root + f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        collectLocalised(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), f, false, &out);
    }
    return out;
}

QList<Term> termbase(QStringList* faults)
{
    return readTerms(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/translations/terms.tsv"_s, faults);
}

} // namespace

class TestTermbase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termbaseIsWellFormed()
    {
        QStringList faults;
        const QList<Term> terms = termbase(&faults);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
        QVERIFY2(terms.size() > 60, "the termbase is missing or nearly empty");
        // The key terms are there for every language.
        for (const QString& key :
             {u"person"_s, u"screening"_s, u"referral"_s, u"transport"_s, u"distribution"_s, u"item"_s,
              u"site"_s, u"centre"_s, u"consent"_s, u"protection officer"_s, u"unaccompanied child"_s,
              u"separated child"_s, u"trafficking"_s, u"gender-based violence"_s}) {
            QSet<QString> languages;
            for (const Term& t : terms)
                if (t.term == key)
                    languages.insert(t.language);
            QVERIFY2(languages.size() == 6, qPrintable(u"\"%1\" lacks a language"_s.arg(key)));
        }
    }

    // The checker finds what it is meant to find: a wrong variant, a whole word only where it
    // is one, not inside a gloss, and only where the English has the term.
    void checkerFindsWrongVariants()
    {
        const QList<Term> terms{
            {1, u"trafficking"_s, u"fa"_s, u"قاچاق انسان"_s, u"all"_s, {}, {u"/قاچاق(?! انسان)/"_s}},
            {2, u"form"_s, u"fa"_s, u"فورم"_s, u"all"_s, {}, {u"~فرم"_s}},
            {3, u"screening"_s, u"ur"_s, u"جائزہ"_s, u"all"_s, {}, {u"اسکریننگ"_s}},
            {4, u"LGBTQI"_s, u"fa"_s, u"گرایش جنسی"_s, u"choices"_s, {}, {u"LGBTQI"_s}},
        };
        auto faults = [&](const QString& en, const QString& lang, const QString& text, bool choice = false) {
            return termFaults(terms, {{u"test"_s, en, lang, text, choice, choice}}).size();
        };
        QCOMPARE(faults(u"Trafficking indicators"_s, u"fa"_s, u"نشانه‌های قاچاق"_s), 1);
        QCOMPARE(faults(u"Trafficking indicators"_s, u"fa"_s, u"نشانه‌های قاچاق انسان"_s),
                 0);
        QCOMPARE(faults(u"Unknown form"_s, u"fa"_s, u"فرم ناشناخته"_s), 1);
        QCOMPARE(faults(u"Unknown form"_s, u"fa"_s, u"فرم‌ها"_s), 1);        // a suffix after ZWNJ
        QCOMPARE(faults(u"Unknown command in the form"_s, u"fa"_s, u"فرمان"_s), 0); // another word
        QCOMPARE(faults(u"Unknown command"_s, u"fa"_s, u"فرم"_s), 0); // no "form" in the English
        QCOMPARE(faults(u"Screening date"_s, u"ur"_s, u"اسکریننگ کی تاریخ"_s), 1);
        QCOMPARE(faults(u"Screenings"_s, u"ur"_s, u"جائزے (اسکریننگ)"_s), 0); // a gloss for staff
        QCOMPARE(faults(u"LGBTQI+ person at risk"_s, u"fa"_s, u"شخص LGBTQI+"_s, true), 1);
        QCOMPARE(faults(u"LGBTQI+ note"_s, u"fa"_s, u"یادداشت LGBTQI+"_s, false), 0); // staff only
        QCOMPARE(faults(u"Unknown form"_s, u"ps"_s, u"فرم"_s), 0);                    // another language
    }

    void checkerFindsMnemonicsOnArabicLetters()
    {
        QVERIFY(!mnemonicFault(u"&Assistance:"_s, u"&المساعدة:"_s).isEmpty());
        QVERIFY(!mnemonicFault(u"&To:"_s, u"إ&لى:"_s).isEmpty());
        QVERIFY(!mnemonicFault(u"&Site:"_s, u"الموقع:"_s).isEmpty()); // lost
        QVERIFY(mnemonicFault(u"&Assistance:"_s, u"المساعدة (&A):"_s).isEmpty());
        QVERIFY(mnemonicFault(u"&State:"_s, u"É&tat :"_s).isEmpty());
        QVERIFY(mnemonicFault(u"Salt && pepper"_s, u"ملح && فلفل"_s).isEmpty());
    }

    void everyTextUsesTheApprovedTerms()
    {
        QStringList faults;
        const QList<Term> terms = termbase(&faults);
        QList<Text> texts = readFormTexts();
        QVERIFY2(texts.size() > 1000, "the form texts are missing");
        const qsizetype formTexts = texts.size();
        for (const QString& l : kLanguages)
            if (l != u"en"_s)
                texts += readMessages(l);
        QVERIFY2(texts.size() > formTexts + 6 * 600, "the interface messages are missing");
        faults += termFaults(terms, texts);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.mid(0, 30).join(u'\n')));
    }

    void mnemonicsAreOnLatinLetters()
    {
        QStringList faults;
        for (const QString& l : kLanguages)
            for (const Text& m : readMessages(l))
                if (const QString f = mnemonicFault(m.english, m.text); !f.isEmpty())
                    faults.append(u"%1 \"%2\": %3"_s.arg(m.where, m.text, f));
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    // Translators and form authors write Latin digits; the code shows the language's own.
    void textsAreWrittenInLatinDigits()
    {
        QStringList faults;
        QList<Text> texts = readFormTexts();
        for (const QString& l : kLanguages)
            texts += readMessages(l);
        for (const Text& t : texts)
            if (hasNonLatinDigit(t.text))
                faults.append(u"%1 [%2] \"%3\""_s.arg(t.where, t.language, t.text));
        QVERIFY2(faults.isEmpty(),
                 qPrintable(u"write Latin digits, the code converts them:\n"_s + faults.join(u'\n')));
    }

    void digitsAreTheLanguagesOwn()
    {
        using prihvat::Digits::localise;
        QCOMPARE(localise(u"زیر 18 سال"_s, u"fa"_s), u"زیر ۱۸ سال"_s);
        QCOMPARE(localise(u"له 18 کلونو کم"_s, u"ps"_s), u"له ۱۸ کلونو کم"_s);
        QCOMPARE(localise(u"دون 18 عامًا"_s, u"ar"_s), u"دون ١٨ عامًا"_s);
        QCOMPARE(localise(u"18 سال سے کم"_s, u"ur"_s), u"18 سال سے کم"_s);
        QCOMPARE(localise(u"Moins de 18 ans"_s, u"fr"_s), u"Moins de 18 ans"_s);
        // Placeholders, Latin words and phone numbers stay as they are.
        QCOMPARE(localise(u"%1 از 1 تا 64 %L2 %n"_s, u"fa"_s), u"%1 از ۱ تا ۶۴ %L2 %n"_s);
        QCOMPARE(localise(u"Argon2id به 64 MiB، UTF-8، ISO 8601"_s, u"fa"_s),
                 u"Argon2id به ۶۴ MiB، UTF-8، ISO 8601"_s);
        QCOMPARE(localise(u"مثلاً +387 61 123 456 (6 تا 20 حرف)"_s, u"fa"_s),
                 u"مثلاً +387 61 123 456 (۶ تا ۲۰ حرف)"_s);
        QCOMPARE(localise(u"ساعت 14:00، 1٫5 لیتر"_s, u"fa"_s), u"ساعت ۱۴:۰۰، ۱٫۵ لیتر"_s);
        QCOMPARE(prihvat::Digits::number(2026, u"ps"_s), u"۲۰۲۶"_s);
        QCOMPARE(prihvat::Digits::number(5, u"bs"_s), u"5"_s);
    }

    // The rule is applied by the code to what a user sees: form texts in the respondent's
    // language, and interface messages through the installed translation.
    void shownTextsUseTheLanguagesDigits()
    {
        const prihvat::LocalizedText hint(
            QHash<QString, QString>{{u"en"_s, u"Under 18"_s}, {u"fa"_s, u"زیر 18 سال"_s}});
        QCOMPARE(hint.text(u"fa"_s), u"زیر ۱۸ سال"_s);
        QCOMPARE(hint.text(u"en"_s), u"Under 18"_s);

        QVERIFY(prihvat::Translations::install(u"fa"_s));
        const QString fa =
            QCoreApplication::translate("Accounts", "A password can have at most 1024 characters.");
        QVERIFY2(fa.contains(u"۱۰۲۴"_s) && !fa.contains(u"1024"_s), qPrintable(fa));
        const QString people = QCoreApplication::translate(
            "prihvat::PeoplePage", "%n person(s) registered on this device.", nullptr, 37);
        QVERIFY2(people.contains(u"۳۷"_s), qPrintable(people));
        QVERIFY(prihvat::Translations::install(u"ar"_s));
        QVERIFY(QCoreApplication::translate("Accounts", "A password can have at most 1024 characters.")
                    .contains(u"١٠٢٤"_s));
        QVERIFY(prihvat::Translations::install(u"ur"_s));
        QVERIFY(QCoreApplication::translate("Accounts", "A password can have at most 1024 characters.")
                    .contains(u"1024"_s));
        QVERIFY(prihvat::Translations::install(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestTermbase)
#include "test_termbase.moc"
