// prihvat: the desktop application. Everything it shows lives in ui/ (DesktopApp).
#include "DesktopApp.h"
#include "Settings.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "common/ProcessHardening.h"
#include "common/Translations.h"
#include "forms/Languages.h"
#include "pages/Page.h"
#include "security/LoginWindow.h"
#include "store/DataFolder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// --screenshot: open one page, save a picture of the window, quit.
bool showScreenshotPage(prihvat::DesktopApp& app, const QString& page)
{
    prihvat::MainWindow& w = app.window();
    if (page == u"person"_s || page == u"screening-form"_s) {
        // The most recently registered person.
        auto rows = app.context().people.search(QString(), 1);
        if (rows.empty())
            return false;
        if (page == u"person"_s)
            return w.openPerson(rows.front()->id);
        w.openPerson(rows.front()->id);
        const QString today = app.store().clock().today().toString(Qt::ISODate);
        return w.newRecord(u"screening"_s, {{u"person_id"_s, rows.front()->id},
                                            {u"screening_date"_s, today},
                                            {u"site"_s, app.store().site()}});
    }
    if (page.startsWith(u"record:"_s))
        return w.editRecord(page.mid(7));
    return w.showPage(page);
}

} // namespace

int main(int argc, char* argv[])
{
    // Passwords and opened answers never reach a core file or another process.
    const bool hardened = prihvat::hardenProcess();
    QApplication application(argc, argv);
    if (!hardened)
        qWarning("Could not switch off core dumps for this process.");
    QApplication::setApplicationName(u"prihvat"_s);
    QApplication::setOrganizationName(u"prihvat"_s);
    QApplication::setApplicationVersion(QStringLiteral(PRIHVAT_VERSION));
    QApplication::setApplicationDisplayName(u"Prihvat"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prihvat: offline-first intake for outreach teams and reception centres."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"data-dir"_s, u"The data folder (default: %1)."_s.arg(prihvat::DataFolder::defaultPath()),
                      u"DIR"_s, prihvat::DataFolder::defaultPath()});
    parser.addOption({u"lang"_s, u"Language: en, bs, ar, fa, ps, ur, fr."_s, u"CODE"_s});
    parser.addOption({u"site"_s, u"Set up an empty data folder for this site without asking."_s, u"CODE"_s});
    parser.addOption({u"screenshot"_s, u"Open --page, save a PNG of the window to FILE and exit."_s, u"FILE"_s});
    parser.addOption({u"page"_s,
                      u"The page to open: people, person, screening-form, screenings, assistance, distribution, "
                      "transport, referrals, settings, sync, conflicts, users, audit, login (the login screen), "
                      "record:ID (one record in the editor)."_s,
                      u"PAGE"_s});
    parser.addOption({u"user"_s,
                      u"With --screenshot: log in as this user (password from PRIHVAT_PASSWORD); on a new "
                      "data folder with --site, create them as the administrator."_s,
                      u"NAME"_s});
    parser.addOption({u"respondent-lang"_s, u"Show each question also in this language."_s, u"CODE"_s});
    parser.process(application);

    const QString language = parser.value(u"lang"_s);
    if (!language.isEmpty() && !prihvat::Languages::isSupported(language)) {
        qCritical("Unknown language \"%s\"; use one of en, bs, ar, fa, ps, ur, fr.", qPrintable(language));
        return 2;
    }
    const bool screenshot = parser.isSet(u"screenshot"_s);
    prihvat::SystemClock clock;
    prihvat::Dialogs dialogs;
    dialogs.setNonInteractive(screenshot);
    prihvat::DesktopApp::Options options;
    options.dataDir = parser.value(u"data-dir"_s);
    options.language = language;
    options.initSite = parser.value(u"site"_s);
    options.askForSetup = !screenshot;
    options.loadPeopleInBackground = !screenshot;
    options.maximizeOnSmallScreen = !screenshot; // pictures keep their fixed size
    const QString page = parser.value(u"page"_s).isEmpty() ? u"people"_s : parser.value(u"page"_s);
    if (screenshot && page != u"login"_s) {
        options.user = parser.value(u"user"_s);
        options.password = qEnvironmentVariable("PRIHVAT_PASSWORD");
        if (options.user.isEmpty()) {
            qCritical("--screenshot needs --user NAME and the password in PRIHVAT_PASSWORD (or --page login).");
            return 2;
        }
    }
    auto app = prihvat::DesktopApp::start(options, clock, dialogs);
    if (!app) {
        // Cancelled set-up needs no message; anything else is explained in the user's language.
        if (screenshot)
            qCritical("%s", qPrintable(app.error().fullText()));
        else if (app.error().code != prihvat::Error::Code::Conflict)
            dialogs.error(nullptr, QCoreApplication::translate("main", "Prihvat cannot start"), app.error().fullText());
        return 1;
    }
    if (parser.isSet(u"respondent-lang"_s))
        (*app)->settings().setRespondentLanguage(parser.value(u"respondent-lang"_s));
    if (screenshot) {
        QWidget* shown = nullptr;
        if (page == u"login"_s) {
            if ((*app)->hasSession()) {
                qCritical("--page login shows the login screen of a folder that has users; this one had none.");
                return 2;
            }
            shown = &(*app)->login();
            shown->resize(1000, 640);
            (*app)->show();
        } else {
            shown = &(*app)->window();
            shown->resize(1280, 820);
            (*app)->show();
        }
        if (page != u"login"_s && !showScreenshotPage(**app, page)) {
            qCritical("Cannot show page \"%s\" (unknown page, or no person registered yet).", qPrintable(page));
            return 2;
        }
        const QString file = parser.value(u"screenshot"_s);
        int exitCode = 0;
        QTimer::singleShot(400, shown, [shown, file, &exitCode] {
            if (!shown->grab().save(file, "PNG")) {
                qCritical("Cannot write %s", qPrintable(file));
                exitCode = 1;
            }
            QApplication::quit();
        });
        QApplication::exec();
        return exitCode;
    }
    (*app)->show();
    return QApplication::exec();
}
