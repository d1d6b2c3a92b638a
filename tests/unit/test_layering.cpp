// One way only (STYLE.md): nothing under core/ includes Qt Widgets or anything from ui/,
// and no core library links Qt Widgets. The scanner itself is tested on sample lines so
// that a broken pattern cannot make the check pass by finding nothing.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression kInclude(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);

// Why an included header breaks the layering, or an empty string when it does not.
QString forbidden(const QString& header)
{
    // Class-style headers (<QWidget>) and their lower-case file names (<qwidget.h>).
    static const QSet<QString> widgetClasses{u"qwidget"_s,     u"qapplication"_s, u"qdialog"_s,
                                             u"qmessagebox"_s, u"qmainwindow"_s,  u"qfiledialog"_s};
    const QString h = QDir::cleanPath(header);
    const QString base = h.section(u'/', -1);
    const QString stem = base.endsWith(u".h"_s) ? base.chopped(2) : base;
    if (h.startsWith(u"QtWidgets"_s, Qt::CaseInsensitive))
        return u"Qt Widgets module header"_s;
    if (widgetClasses.contains(stem.toLower()))
        return u"Qt Widgets class"_s;
    if (h.startsWith(u"ui/"_s) || h.contains(u"/ui/"_s))
        return u"header from ui/"_s;
    return {};
}

struct Violation
{
    QString file;
    int line;
    QString text;
    QString why;
};

QList<Violation> scanFile(const QString& path, const QString& display)
{
    QList<Violation> found;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {{display, 0, QString(), u"cannot be read"_s}};
    int lineNo = 0;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        ++lineNo;
        const auto m = kInclude.match(line);
        if (!m.hasMatch())
            continue;
        const QString why = forbidden(m.captured(1));
        if (!why.isEmpty())
            found.append({display, lineNo, line, why});
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerRecognises_data();
    void scannerRecognises();
    void coreIncludesNoWidgetsOrUi();
    void coreLinksNoWidgets();
};

void TestLayering::scannerRecognises_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("QtWidgets module") << u"#include <QtWidgets>"_s << true;
    QTest::newRow("QtWidgets/QLabel") << u"#include <QtWidgets/QLabel>"_s << true;
    QTest::newRow("QWidget") << u"#include <QWidget>"_s << true;
    QTest::newRow("QApplication") << u"#include <QApplication>"_s << true;
    QTest::newRow("QDialog") << u"#include <QDialog>"_s << true;
    QTest::newRow("QMessageBox") << u"  #  include <QMessageBox>"_s << true;
    QTest::newRow("qwidget.h") << u"#include <qwidget.h>"_s << true;
    QTest::newRow("ui header") << u"#include \"ui/MainWindow.h\""_s << true;
    QTest::newRow("ui header, relative") << u"#include \"../../ui/forms/FormView.h\""_s << true;
    QTest::newRow("QCoreApplication") << u"#include <QCoreApplication>"_s << false;
    QTest::newRow("QGuiApplication") << u"#include <QGuiApplication>"_s << false;
    QTest::newRow("core header") << u"#include \"store/LocalStore.h\""_s << false;
    QTest::newRow("a name containing ui") << u"#include \"common/Uuid7.h\""_s << false;
    QTest::newRow("guide header") << u"#include \"help/guide/Steps.h\""_s << false;
    QTest::newRow("not an include") << u"// QWidget is never used here"_s << false;
}

void TestLayering::scannerRecognises()
{
    QFETCH(QString, line);
    QFETCH(bool, flagged);
    const auto m = kInclude.match(line.trimmed());
    QCOMPARE(m.hasMatch() && !forbidden(m.captured(1)).isEmpty(), flagged);
}

void TestLayering::coreIncludesNoWidgetsOrUi()
{
    const QString core = QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/core"_s;
    QVERIFY2(QFileInfo(core).isDir(), qPrintable(core));
    QDirIterator it(core, {u"*.h"_s, u"*.hpp"_s, u"*.cpp"_s, u"*.cc"_s, u"*.inc"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    QStringList report;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        for (const Violation& v : scanFile(path, QDir(core).relativeFilePath(path)))
            report.append(u"core/%1:%2: %3 (%4)"_s.arg(v.file).arg(v.line).arg(v.text, v.why));
    }
    QVERIFY2(files >= 20, qPrintable(u"only %1 source files found under %2"_s.arg(files).arg(core)));
    QVERIFY2(report.isEmpty(), qPrintable(u"\n"_s + report.join(u'\n')));
}

void TestLayering::coreLinksNoWidgets()
{
    const QString core = QStringLiteral(PRIHVAT_SOURCE_DIR) + u"/core"_s;
    QDirIterator it(core, {u"CMakeLists.txt"_s, u"*.cmake"_s}, QDir::Files, QDirIterator::Subdirectories);
    const QRegularExpression widgets(u"Qt6?::(Widgets|Charts)|\\bprihvat_ui\\b|add_subdirectory\\([^)]*ui\\b"_s);
    int files = 0;
    QStringList report;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int lineNo = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            ++lineNo;
            const QString code = line.section(u'#', 0, 0);
            if (widgets.match(code).hasMatch())
                report.append(u"core/%1:%2: %3"_s.arg(QDir(core).relativeFilePath(path)).arg(lineNo).arg(line.trimmed()));
        }
    }
    QVERIFY2(files >= 5, qPrintable(u"only %1 CMake files found under %2"_s.arg(files).arg(core)));
    QVERIFY2(report.isEmpty(), qPrintable(u"\n"_s + report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
