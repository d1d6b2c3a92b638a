// Every user-visible string is translated in all seven languages: a message that is
// missing, unfinished, empty, or that loses a placeholder fails here. (Form labels in every
// language are checked by test_form_loader.)
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", … or empty
    bool numerus = false;
};

// context + "\x1f" + source → message
QMap<QString, Message> read(const QString& path, QString* language)
{
    QMap<QString, Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s)
                *language = xml.attributes().value(u"language"_s).toString();
            else if (name == u"name"_s)
                context = xml.readElementText();
            else if (name == u"message"_s)
                current = Message{{}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
            else if (name == u"source"_s)
                current.source = xml.readElementText();
            else if (name == u"translation"_s) {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == u"numerusform"_s)
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            out.insert(context + QChar(0x1f) + current.source, current);
        }
    }
    if (xml.hasError())
        out.clear();
    return out;
}

QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(u"%(\\d|n)"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

const QStringList kLanguages{u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString declared;
        const auto english = read(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/translations/prihvat_en.ts"_s, &declared);
        QVERIFY2(english.size() > 100, "the English catalogue is missing or nearly empty");
        const auto messages =
            read(QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/translations/prihvat_%1.ts"_s.arg(language), &declared);
        QCOMPARE(declared, language);
        QStringList faults;
        for (auto it = english.begin(); it != english.end(); ++it)
            if (!messages.contains(it.key()))
                faults.append(u"missing: "_s + it.value().source);
        for (auto it = messages.begin(); it != messages.end(); ++it) {
            const Message& m = it.value();
            if (!english.contains(it.key()))
                faults.append(u"not in the English catalogue: "_s + m.source);
            if (!m.type.isEmpty())
                faults.append(u"%1: %2"_s.arg(m.type, m.source));
            if (m.translations.isEmpty())
                faults.append(u"no translation: "_s + m.source);
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty())
                    faults.append(u"empty: "_s + m.source);
                else if (placeholders(t) != placeholders(m.source) &&
                         !(m.numerus && placeholders(t) + QSet<QString>{u"%n"_s} == placeholders(m.source)))
                    faults.append(u"placeholders differ: "_s + m.source + u" → "_s + t);
            }
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.mid(0, 20).join(u"\n"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
