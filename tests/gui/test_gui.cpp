// GUI tests: the real application bootstrap (DesktopApp) on a fresh data folder per test,
// widgets found by objectName, modal questions answered through Dialogs, a fixed clock
// and a fixed starting language. Runs on the offscreen platform.
#include "DesktopApp.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "common/Translations.h"
#include "form/FieldEditor.h"
#include "form/FormView.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "pages/AuditPage.h"
#include "pages/DistributionPage.h"
#include "pages/PeoplePage.h"
#include "pages/PersonProfilePage.h"
#include "pages/RecordEditorPage.h"
#include "pages/TransportBoardPage.h"
#include "pages/UsersPage.h"
#include "search/PersonIndex.h"
#include "security/FieldSealer.h"
#include "security/IdleLock.h"
#include "security/LoginWindow.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordQuery.h"
#include "store/RecordService.h"
#include "store/SqliteDb.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

// 2026-06-15 10:00 UTC.
constexpr std::int64_t kNow = 1781517600000;

QJsonObject person(const QString& given, const QString& family)
{
    return {{u"given_name"_s, given},
            {u"family_name"_s, family},
            {u"sex"_s, u"male"_s},
            {u"age_estimated"_s, 28},
            {u"country_of_origin"_s, u"AF"_s},
            {u"registration_date"_s, u"2026-06-10"_s},
            {u"registration_site"_s, u"USI"_s},
            {u"consent_given"_s, u"yes"_s},
            {u"consent_date"_s, u"2026-06-10"_s},
            {u"consent_language"_s, u"fa"_s}};
}

// Every visible text a person reads in a widget tree.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w); l && !l->text().isEmpty())
            texts.append(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w); b && !b->text().isEmpty())
            texts.append(b->text());
        else if (auto* e = qobject_cast<QLineEdit*>(w); e && !e->placeholderText().isEmpty())
            texts.append(e->placeholderText());
    }
    return texts;
}

// Every text held by any widget of the application, shown or not: labels, buttons, edits,
// combo boxes, every cell of every item view, window titles, tool tips.
QStringList everyText()
{
    QStringList texts;
    for (QWidget* w : QApplication::allWidgets()) {
        texts.append(w->windowTitle());
        texts.append(w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(w))
            texts.append(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts.append(b->text());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts.append({e->text(), e->placeholderText()});
        else if (auto* t = qobject_cast<QTextEdit*>(w))
            texts.append(t->toPlainText());
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            texts.append(p->toPlainText());
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            texts.append(combo->currentText());
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts.append(m->data(m->index(r, c)).toString());
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList containing(const QStringList& texts, const QString& needle)
{
    QStringList hits;
    for (const QString& t : texts)
        if (t.contains(needle, Qt::CaseInsensitive))
            hits.append(t);
    return hits;
}

bool hasLetters(const QString& s)
{
    for (QChar c : s)
        if (c.isLetter())
            return true;
    return false;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<DesktopApp> m_app;
    // The waits the accounts asked for after wrong passwords (from the login thread).
    QMutex m_waitsMutex;
    QList<std::int64_t> m_waits;
    bool m_maximize = false; // the next init() lets the window open maximised
    static constexpr auto kPassword = u"correct horse battery";

    MainWindow& window() { return m_app->window(); }
    template <typename T>
    T* find(const QString& name)
    {
        T* w = window().findChild<T*>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    QString addPerson(const QString& given, const QString& family)
    {
        auto id = m_app->context().records.create(u"person"_s, person(given, family));
        if (!id)
            qWarning() << id.error().fullText();
        Q_EMIT m_app->context().events.recordSaved(id ? *id : QString(), u"person"_s);
        return id ? *id : QString();
    }
    // Sends a key to whatever has the keyboard focus, as a person typing would.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard focus");
        QTest::keyClick(focus, k, mods);
    }
    void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard focus");
        QTest::keyClicks(focus, text);
    }
    QWidget* focused() { return QApplication::focusWidget(); }
    // Types into the login window and presses Return, as a person would.
    void typeLogin(const QString& user, const QString& password)
    {
        LoginWindow& login = m_app->login();
        QVERIFY(login.isVisible());
        auto* name = login.findChild<QLineEdit*>(u"loginUser"_s);
        auto* pw = login.findChild<QLineEdit*>(u"loginPassword"_s);
        QVERIFY(name && pw);
        name->clear();
        QTest::keyClicks(name, user);
        QTest::keyClicks(pw, password);
        QTest::keyClick(pw, Qt::Key_Return);
    }
    // Adds a user (as the administrator logged in now), locks, and logs them in.
    void switchUser(const QString& name, Role role)
    {
        QVERIFY(m_app->hasSession());
        QVERIFY(m_app->accounts().addUser(*m_app->session(), name, role, QString::fromUtf16(kPassword)));
        QVERIFY(m_app->endSession(false));
        QVERIFY(!m_app->hasSession());
        typeLogin(name, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QCOMPARE(m_app->session()->user, name);
        window().resize(1280, 820);
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        window().activateWindow();
        QApplication::setActiveWindow(&window());
    }
    // A screening a protection officer recorded earlier, with a GBV note.
    QString addScreening(const QString& personId, const QString& gbvDetails)
    {
        RecordService officer(m_app->store(), u"en"_s);
        officer.setActor(u"officer"_s);
        officer.setCanSeeProtection(true);
        auto id = officer.create(u"screening"_s, {{u"person_id"_s, personId},
                                                  {u"screening_date"_s, u"2026-06-15"_s},
                                                  {u"site"_s, u"USI"_s},
                                                  {u"risks"_s, QJsonArray{u"none"_s}},
                                                  {u"protection_concern"_s, u"yes"_s},
                                                  {u"protection_risks"_s, QJsonArray{u"gbv"_s}},
                                                  {u"gbv_details"_s, gbvDetails},
                                                  {u"urgency"_s, u"high"_s}});
        if (!id)
            qWarning() << id.error().fullText();
        return id ? *id : QString();
    }
    QList<AuditEntry> audit()
    {
        auto entries = m_app->store().audit().entries(1000, 0);
        return entries ? *entries : QList<AuditEntry>();
    }
    bool focusIsIn(const QString& editorName)
    {
        for (QWidget* w = focused(); w; w = w->parentWidget())
            if (w->objectName() == editorName)
                return true;
        return false;
    }
    // A click into a field of the open record, as a person with a mouse would.
    void clickField(const QString& name)
    {
        FieldEditor* editor = window().editor()->formView()->editor(name);
        QVERIFY(editor && editor->focusTarget());
        QTest::mouseClick(editor->focusTarget(), Qt::LeftButton);
        QTRY_VERIFY(focusIsIn(u"field_"_s + name));
    }
    // Tab until the focus is inside the named field editor (at most 80 presses).
    bool tabTo(const QString& editorName)
    {
        for (int i = 0; i < 80; ++i) {
            if (focusIsIn(editorName))
                return true;
            QTest::keyClick(focused(), Qt::Key_Tab);
        }
        return focusIsIn(editorName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationName(u"prihvat-gui-test"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(kNow);
        m_dialogs = std::make_unique<Dialogs>();
        m_dialogs->setNonInteractive(true);
        DesktopApp::Options options;
        options.dataDir = m_dir->path() + u"/data"_s;
        options.language = u"en"_s;
        options.initSite = u"USI"_s;
        options.askForSetup = false;
        options.loadPeopleInBackground = false;
        options.autoSync = false;
        options.maximizeOnSmallScreen = m_maximize;
        // A new folder with its administrator, logged in (one Argon2id derivation).
        options.user = u"admin"_s;
        options.password = QString::fromUtf16(kPassword);
        // No real waiting after a wrong password; what was asked is recorded.
        options.sleeper = [this](std::int64_t ms) {
            const QMutexLocker lock(&m_waitsMutex);
            m_waits.append(ms);
        };
        m_waits.clear();
        auto app = DesktopApp::start(options, *m_clock, *m_dialogs);
        QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().fullText()));
        m_app = std::move(app.value());
        QVERIFY(m_app->hasSession());
        window().resize(1280, 820);
        m_app->show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        window().activateWindow();
        QApplication::setActiveWindow(&window());
    }

    void cleanup()
    {
        QCOMPARE(m_dialogs->unansweredCount(), 0);
        m_dialogs->setNextAnswer(QMessageBox::Discard);
        m_app.reset();
        m_dialogs.reset();
        m_dir.reset();
        Translations::install(u"en"_s);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void startsOnPeopleWithStatusBar()
    {
        QCOMPARE(window().currentPage()->pageId(), u"people"_s);
        QVERIFY(find<QLabel>(u"statusSite"_s)->text().contains(u"Ušivak"_s));
        QVERIFY(find<QLabel>(u"pendingSync"_s)->text().contains(u"0"_s));
        addPerson(u"Ahmad"_s, u"Karimi"_s);
        window().refreshStatus();
        QVERIFY(!find<QLabel>(u"pendingSync"_s)->text().endsWith(u" 0"_s));
        // Changes and records, each named: a number alone read as people waiting.
        const QString pending = find<QLabel>(u"pendingSync"_s)->text();
        QVERIFY2(pending.contains(u"changes in 1 record"_s), qPrintable(pending));
    }

    void dataFolderStaysPrivate()
    {
        m_app->settings().setLanguage(u"fr"_s);
        m_app->settings().sync();
        const QString folder = m_dir->path() + u"/data"_s;
        QCOMPARE(QFile::permissions(folder) & 0x0077, QFileDevice::Permissions());
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QFileInfo& f : files)
            QVERIFY2((f.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteOther)) == QFileDevice::Permissions(),
                     qPrintable(f.fileName()));
    }

    void searchFindsAndOpensPersonByKeyboard()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        addPerson(u"Youssef"_s, u"Benali"_s);
        QVERIFY(window().showPage(u"people"_s));
        auto* search = find<QLineEdit>(u"peopleSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        type(u"karim"_s);
        auto* table = find<QTableView>(u"peopleTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QString listedId;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            if (table->model()->headerData(c, Qt::Horizontal).toString() == u"Id"_s)
                listedId = table->model()->index(0, c).data().toString();
        QVERIFY(!listedId.isEmpty());
        key(Qt::Key_Return);
        QCOMPARE(window().currentPage()->pageId(), u"person"_s);
        auto* profile = static_cast<PersonProfilePage*>(window().page(u"person"_s));
        QCOMPARE(profile->personId(), ahmad);
        QVERIFY(find<QLabel>(u"personName"_s)->text().contains(u"Ahmad Karimi"_s));
        // The profile shows the id as the list does.
        QVERIFY2(find<QLabel>(u"personDetails"_s)->text().contains(u"Id: "_s + listedId),
                 qPrintable(find<QLabel>(u"personDetails"_s)->text() + u" / "_s + listedId));
    }

    void personWithoutConsentIsListedWithoutAName()
    {
        QJsonObject anonymous = person(QString(), QString());
        anonymous.remove(u"given_name"_s);
        anonymous.remove(u"family_name"_s);
        anonymous.insert(u"consent_given"_s, u"no"_s);
        auto id = m_app->context().records.create(u"person"_s, anonymous);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        Q_EMIT m_app->context().events.recordSaved(*id, u"person"_s);
        QVERIFY(window().showPage(u"people"_s));
        auto* table = find<QTableView>(u"peopleTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"(no name kept: no consent)"_s);
    }

    void notFoundCarriesTypedNameIntoRegistration()
    {
        QVERIFY(window().showPage(u"people"_s));
        QTRY_VERIFY(find<QLineEdit>(u"peopleSearch"_s)->hasFocus());
        type(u"Bilal Haidari"_s);
        QCOMPARE(find<QTableView>(u"peopleTable"_s)->model()->rowCount(), 0);
        key(Qt::Key_Return);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        FormView* view = window().editor()->formView();
        QCOMPARE(view->form().id, u"person"_s);
        QCOMPARE(view->editor(u"given_name"_s)->value().toString(), u"Bilal"_s);
        QCOMPARE(view->editor(u"family_name"_s)->value().toString(), u"Haidari"_s);
        QVERIFY(!view->isDirty());
    }

    // The name typed into search stays in sight, greyed, until consent is answered (with a
    // note why); saving the new person opens their profile with what comes next.
    void newPersonKeepsTheTypedNameGreyedAndOpensTheProfile()
    {
        QVERIFY(window().showPage(u"people"_s));
        QTRY_VERIFY(find<QLineEdit>(u"peopleSearch"_s)->hasFocus());
        type(u"Bilal Haidari"_s);
        key(Qt::Key_Return);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        FormView* view = window().editor()->formView();
        FieldEditor* given = view->editor(u"given_name"_s);
        QVERIFY(view->isFieldWaitingForConsent(u"given_name"_s));
        QVERIFY(given->isVisible());
        QVERIFY(!given->isEnabled());
        QCOMPARE(given->value().toString(), u"Bilal"_s);
        QVERIFY(find<QLabel>(u"consentNote_given_name"_s)->isVisible());
        QCOMPARE(find<QLabel>(u"consentNote_given_name"_s)->text(), FormView::consentNoteText());
        QVERIFY(!view->values().contains(u"given_name"_s)); // not kept without consent
        QVERIFY(!find<QLabel>(u"consentNote_phone"_s)->isVisible());
        // Consent given, by keyboard: the name is an answer like any other.
        QVERIFY(tabTo(u"field_consent_given"_s));
        key(Qt::Key_Down);
        QCOMPARE(view->editor(u"consent_given"_s)->value().toString(), u"yes"_s);
        QVERIFY(view->isFieldVisible(u"given_name"_s));
        QVERIFY(given->isEnabled());
        QVERIFY(!find<QLabel>(u"consentNote_given_name"_s)->isVisible());
        QCOMPARE(view->values().value(u"family_name"_s).toString(), u"Haidari"_s);
        for (const auto& [field, value] :
             {std::pair{u"consent_language"_s, QJsonValue(u"fa"_s)},
              std::pair{u"sex"_s, QJsonValue(u"male"_s)}, std::pair{u"age_estimated"_s, QJsonValue(30)},
              std::pair{u"country_of_origin"_s, QJsonValue(u"AF"_s)}}) {
            view->editor(field)->setValue(value);
            Q_EMIT view->editor(field)->edited();
        }
        QVERIFY(tabTo(u"field_family_name"_s));
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(window().currentPage()->pageId(), u"person"_s);
        auto* profile = static_cast<PersonProfilePage*>(window().page(u"person"_s));
        QVERIFY(!profile->personId().isEmpty());
        QVERIFY(find<QLabel>(u"personName"_s)->text().contains(u"Bilal Haidari"_s));
        for (const QString& action : {u"newScreeningButton"_s, u"newAssistanceButton"_s,
                                      u"newTransportButton"_s, u"newReferralButton"_s})
            QVERIFY2(find<QAbstractButton>(action)->isVisible(), qPrintable(action));
        auto stored = m_app->store().get(profile->personId());
        QCOMPARE((*stored)->values.value(u"given_name"_s).toString(), u"Bilal"_s);
    }

    // The languages list answers to the names staff use (Dari, Farsi, Pashtu, Sorani,
    // Tigrigna…) through a filter box, and the consent language comes ticked.
    void languagesListFindsStaffNamesAndTicksTheConsentLanguage()
    {
        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        FormView* view = window().editor()->formView();
        FieldEditor* consentLanguage = view->editor(u"consent_language"_s);
        consentLanguage->setValue(u"ps"_s);
        Q_EMIT consentLanguage->edited();
        QCOMPARE(view->editor(u"languages"_s)->value().toArray(), QJsonArray{u"ps"_s});
        auto* list = view->editor(u"languages"_s)->findChild<QListWidget*>();
        QVERIFY(list);
        auto shown = [list] {
            QStringList codes;
            for (int i = 0; i < list->count(); ++i)
                if (!list->item(i)->isHidden())
                    codes.append(list->item(i)->data(Qt::UserRole).toString());
            return codes;
        };
        clickField(u"languages"_s);
        QCOMPARE(focused()->objectName(), u"filter_languages"_s);
        const QList<std::pair<QString, QString>> spoken{{u"Dari"_s, u"fa"_s},     {u"farsi"_s, u"fa"_s},
                                                        {u"Pashtu"_s, u"ps"_s},   {u"Sorani"_s, u"ckb"_s},
                                                        {u"Kurmanji"_s, u"ku"_s}, {u"Tigrigna"_s, u"ti"_s}};
        for (const auto& [typed, code] : spoken) {
            key(Qt::Key_A, Qt::ControlModifier);
            type(typed);
            QVERIFY2(shown().contains(code), qPrintable(typed + u": "_s + shown().join(u',')));
            QVERIFY2(shown().size() <= 3, qPrintable(typed + u": "_s + shown().join(u',')));
        }
        // Down goes to the list; Space ticks the language found.
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"Dari"_s);
        key(Qt::Key_Down);
        QCOMPARE(focused(), list);
        while (list->currentItem()->data(Qt::UserRole).toString() != u"fa"_s)
            key(Qt::Key_Down);
        key(Qt::Key_Space);
        QJsonArray chosen = view->editor(u"languages"_s)->value().toArray();
        QVERIFY(chosen.contains(u"fa"_s));
        QVERIFY(chosen.contains(u"ps"_s));
        m_dialogs->setNextAnswer(QMessageBox::Discard);
    }

    // The whole screening by keyboard: Tab between fields, Space ticks risks, letters and
    // arrows choose in lists, Ctrl+S saves.
    void fillAndSaveScreeningWithKeyboardAlone()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        // GBV details are protection-sensitive: a protection officer fills them in.
        switchUser(u"officer"_s, Role::Protection);
        QVERIFY(window().openPerson(id));
        QTest::mouseClick(find<QAbstractButton>(u"newScreeningButton"_s), Qt::LeftButton);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        FormView* view = window().editor()->formView();
        QCOMPARE(view->form().id, u"screening"_s);
        QCOMPARE(view->editor(u"person_id"_s)->value().toString(), id);

        QVERIFY(focused());
        QVERIFY(tabTo(u"field_risks"_s));
        // Tick "person with disability" among the plain risks.
        auto boxes = view->editor(u"risks"_s)->findChildren<QCheckBox*>();
        QVERIFY(boxes.size() > 5);
        QVERIFY(!view->editor(u"risks"_s)->findChild<QCheckBox*>(u"risks_gbv"_s)); // not a plain risk any more
        QCheckBox* disability = view->editor(u"risks"_s)->findChild<QCheckBox*>(u"risks_disability"_s);
        QVERIFY(disability);
        for (int i = 0; i < 30 && focused() != disability; ++i)
            key(Qt::Key_Tab);
        QVERIFY2(focused() == disability, qPrintable(focused()->objectName()));
        key(Qt::Key_Space);
        QVERIFY(disability->isChecked());
        // A protection concern ("yes"), then its category, GBV.
        QVERIFY(!view->isFieldVisible(u"protection_risks"_s));
        QVERIFY(tabTo(u"field_protection_concern"_s));
        QVERIFY(qobject_cast<QComboBox*>(focused()));
        for (int i = 0; i < 3 && view->editor(u"protection_concern"_s)->value().toString() != u"yes"_s; ++i)
            key(Qt::Key_Up);
        QCOMPARE(view->editor(u"protection_concern"_s)->value().toString(), u"yes"_s);
        QVERIFY(view->isFieldVisible(u"protection_risks"_s));
        QVERIFY(!view->isFieldVisible(u"gbv_details"_s));
        QVERIFY(tabTo(u"field_protection_risks"_s));
        QCheckBox* gbv = view->editor(u"protection_risks"_s)->findChild<QCheckBox*>(u"protection_risks_gbv"_s);
        QVERIFY(gbv);
        for (int i = 0; i < 10 && focused() != gbv; ++i)
            key(Qt::Key_Tab);
        QVERIFY2(focused() == gbv, qPrintable(focused()->objectName()));
        key(Qt::Key_Space);
        QVERIFY(gbv->isChecked());
        QVERIFY(view->isFieldVisible(u"gbv_details"_s));
        QVERIFY(tabTo(u"field_gbv_details"_s));
        type(u"Needs a safe space"_s);
        QVERIFY(tabTo(u"field_urgency"_s));
        auto* urgency = qobject_cast<QComboBox*>(focused());
        QVERIFY(urgency);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QCOMPARE(view->editor(u"urgency"_s)->value().toString(), u"high"_s);
        key(Qt::Key_S, Qt::ControlModifier);

        RecordFilter filter;
        filter.form = u"screening"_s;
        filter.personId = id;
        auto rows = RecordQuery(m_app->store()).page(filter, RecordQuery::Sort::Date, true, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const QJsonObject v = rows->first().values;
        QCOMPARE(v.value(u"risks"_s).toArray(), QJsonArray{u"disability"_s});
        QCOMPARE(v.value(u"protection_concern"_s).toString(), u"yes"_s);
        QCOMPARE(v.value(u"urgency"_s).toString(), u"high"_s);
        const auto stored = m_app->store().get(rows->first().id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->values.value(u"protection_risks"_s).toArray(), QJsonArray{u"gbv"_s});
        QCOMPARE((*stored)->values.value(u"gbv_details"_s).toString(), u"Needs a safe space"_s);
        QCOMPARE(v.value(u"screening_date"_s).toString(), u"2026-06-15"_s);
        QVERIFY(!view->isDirty());
        QVERIFY(window().editor()->hasBanner());
    }

    void relevanceHidesAndShowsFields()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().newRecord(u"screening"_s, {{u"person_id"_s, id}}));
        FormView* view = window().editor()->formView();
        QVERIFY(!view->isFieldVisible(u"medical_note"_s));
        auto* disability = view->editor(u"risks"_s)->findChild<QCheckBox*>(u"risks_disability"_s);
        disability->setChecked(true);
        QVERIFY(view->isFieldVisible(u"medical_note"_s));
        QVERIFY(view->isFieldVisible(u"urgency"_s));
        disability->setChecked(false);
        QVERIFY(!view->isFieldVisible(u"medical_note"_s));
        auto* none = view->editor(u"risks"_s)->findChild<QCheckBox*>(u"risks_none"_s);
        none->setChecked(true);
        QVERIFY(!view->isFieldVisible(u"urgency"_s));
        // A protection concern asks for urgency even with no plain risk.
        auto* concern = view->editor(u"protection_concern"_s)->findChild<QComboBox*>();
        QVERIFY(concern);
        concern->setCurrentIndex(concern->findData(u"yes"_s));
        QVERIFY(view->isFieldVisible(u"urgency"_s));
        concern->setCurrentIndex(concern->findData(u"no"_s));
        QVERIFY(!view->isFieldVisible(u"urgency"_s));

        // A person's child-only questions follow the estimated age.
        m_dialogs->setNextAnswer(QMessageBox::Discard);
        QVERIFY(window().newRecord(u"person"_s));
        view = window().editor()->formView();
        QVERIFY(!view->isFieldVisible(u"unaccompanied_child"_s));
        view->editor(u"age_estimated"_s)->setValue(15);
        Q_EMIT view->editor(u"age_estimated"_s)->edited();
        QVERIFY(view->isFieldVisible(u"unaccompanied_child"_s));
        view->editor(u"age_estimated"_s)->setValue(30);
        Q_EMIT view->editor(u"age_estimated"_s)->edited();
        QVERIFY(!view->isFieldVisible(u"unaccompanied_child"_s));
    }

    // "Not saved"/"Saved" messages and answered inline messages never move the form under
    // the pointer: a control stays where it was when a message comes or goes.
    void messagesDoNotMoveTheFormUnderThePointer()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().openPerson(ahmad));
        QTest::mouseClick(find<QAbstractButton>(u"newTransportButton"_s), Qt::LeftButton);
        FormView* view = window().editor()->formView();
        QWidget* priority = view->editor(u"priority"_s);
        QWidget* notes = view->editor(u"notes"_s);
        auto where = [this](QWidget* w) { return w->mapTo(&window(), QPoint(0, 0)); };
        QApplication::processEvents();
        QWidget* person = view->editor(u"person_id"_s);
        const QPoint personAt = where(person);
        const QPoint priorityAt = where(priority);
        // Ctrl+S with answers missing: "Not saved" and a message at each missing answer.
        key(Qt::Key_S, Qt::ControlModifier);
        QApplication::processEvents();
        QVERIFY(window().editor()->hasBanner());
        QVERIFY(find<QLabel>(u"issue_destination"_s)->isVisible());
        // The banner has its reserved place: what is above the first message did not move.
        QCOMPARE(where(person), personAt);
        QVERIFY(where(priority).y() >= priorityAt.y());
        const QPoint priorityWithMessages = where(priority);
        const QPoint notesWithMessages = where(notes);
        // The person answers the destination: its message and the banner go, nothing moves.
        QVERIFY(tabTo(u"field_destination"_s));
        key(Qt::Key_Down);
        QApplication::processEvents();
        QVERIFY(!window().editor()->hasBanner());
        QVERIFY(!find<QLabel>(u"issue_destination"_s)->isVisible());
        QCOMPARE(where(person), personAt);
        QCOMPARE(where(priority), priorityWithMessages);
        QCOMPARE(where(notes), notesWithMessages);
    }

    void invalidValueBlocksSavingAndShowsMessage()
    {
        QVERIFY(window().newRecord(u"person"_s, {{u"consent_given"_s, u"yes"_s}, {u"given_name"_s, u"Omar"_s}}));
        FormView* view = window().editor()->formView();
        view->editor(u"phone"_s)->setValue(u"call me"_s);
        view->editor(u"age_estimated"_s)->setValue(300);
        QVERIFY(!window().editor()->save());
        auto* phoneIssue = find<QLabel>(u"issue_phone"_s);
        auto* ageIssue = find<QLabel>(u"issue_age_estimated"_s);
        auto* sexIssue = find<QLabel>(u"issue_sex"_s);
        QVERIFY(phoneIssue->isVisible());
        QVERIFY(ageIssue->isVisible());
        QVERIFY(ageIssue->text().contains(u"120"_s));
        QVERIFY(sexIssue->isVisible()); // required and empty
        QVERIFY(find<QLabel>(u"editorBanner"_s)->text().contains(u"Not saved"_s));
        auto count = m_app->store().count(u"person"_s);
        QCOMPARE(*count, 0);
        auto pending = m_app->store().outboxSize();
        QCOMPARE(*pending, 0);
    }

    void unsavedChangesGuard()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().editRecord(id));
        FormView* view = window().editor()->formView();
        view->editor(u"family_name"_s)->setValue(u"Karimzada"_s);
        QVERIFY(view->isDirty());

        m_dialogs->setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window().showPage(u"distribution"_s));
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(m_dialogs->lastText().contains(u"not saved"_s));

        m_dialogs->setNextAnswer(QMessageBox::Discard);
        QVERIFY(window().showPage(u"distribution"_s));
        auto stored = m_app->store().get(id);
        QCOMPARE((*stored)->values.value(u"family_name"_s).toString(), u"Karimi"_s);

        QVERIFY(window().editRecord(id));
        window().editor()->formView()->editor(u"family_name"_s)->setValue(u"Karimzada"_s);
        m_dialogs->setNextAnswer(QMessageBox::Save);
        QVERIFY(window().showPage(u"people"_s));
        stored = m_app->store().get(id);
        QCOMPARE((*stored)->values.value(u"family_name"_s).toString(), u"Karimzada"_s);
    }

    void editingSavesOnlyChangedFields()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        const std::int64_t before = *m_app->store().outboxSize();
        QVERIFY(window().editRecord(id));
        window().editor()->formView()->editor(u"family_name"_s)->setValue(u"Karimzada"_s);
        QVERIFY(window().editor()->save());
        QCOMPARE(*m_app->store().outboxSize(), before + 1);
    }

    void distributionRecordsTenPeopleInARowAndWarnsOnRepeat()
    {
        QStringList names{u"Ahmad"_s, u"Bilal"_s, u"Cyrus"_s, u"Dawood"_s, u"Elyas"_s,
                          u"Farid"_s, u"Ghulam"_s, u"Hamid"_s, u"Idris"_s, u"Jamal"_s};
        for (const QString& n : names)
            addPerson(n, u"Testzada"_s);
        QVERIFY(window().showPage(u"distribution"_s));
        auto* page = static_cast<DistributionPage*>(window().page(u"distribution"_s));
        auto* typeCombo = find<QComboBox>(u"distributionType"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"meal"_s));
        QVERIFY(typeCombo->currentIndex() >= 0);
        QTRY_VERIFY(page->searchField()->hasFocus());
        for (const QString& n : names) {
            QVERIFY2(page->searchField()->hasFocus(), qPrintable(n));
            type(n);
            key(Qt::Key_Return);
            QVERIFY2(page->searchField()->text().isEmpty(), qPrintable(page->bannerText()));
        }
        QCOMPARE(page->recordedCount(), 10);
        RecordFilter filter;
        filter.form = u"assistance"_s;
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 10);

        // The same person again today: a warning, nothing recorded; Enter again confirms.
        type(u"Ahmad"_s);
        key(Qt::Key_Return);
        QCOMPARE(page->recordedCount(), 10);
        QVERIFY(page->bannerText().contains(u"Ahmad"_s));
        QVERIFY(page->bannerText().contains(u"today"_s, Qt::CaseInsensitive));
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 10);
        key(Qt::Key_Return);
        QCOMPARE(page->recordedCount(), 11);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 11);
    }

    // Ctrl+Z takes back the last hand-out for 30 seconds; after that (or for any line)
    // Delete / "Void…" with a reason leaves an audited tombstone. The "already received"
    // warning goes with the search that caused it.
    void distributionUndoesAndVoidsHandOuts()
    {
        for (const QString& n : {u"Ahmad"_s, u"Bilal"_s, u"Cyrus"_s})
            addPerson(n, u"Testzada"_s);
        QVERIFY(window().showPage(u"distribution"_s));
        auto* page = static_cast<DistributionPage*>(window().page(u"distribution"_s));
        auto* typeCombo = find<QComboBox>(u"distributionType"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"meal"_s));
        QTRY_VERIFY(page->searchField()->hasFocus());
        RecordFilter filter;
        filter.form = u"assistance"_s;
        auto lastAudit = [this] { return audit().first(); };

        type(u"Ahmad"_s);
        key(Qt::Key_Return);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 1);
        m_clock->set(kNow + 10 * 1000);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 0);
        QCOMPARE(page->recordedCount(), 0);
        QCOMPARE(lastAudit().kind, u"delete"_s);
        QVERIFY2(lastAudit().detail.contains(u"reason=undo"_s), qPrintable(lastAudit().detail));
        QVERIFY(page->bannerText().contains(u"Ahmad"_s));
        QVERIFY(page->searchField()->text().isEmpty());

        // Too late for Ctrl+Z: nothing is taken back, the banner says to use Void….
        type(u"Bilal"_s);
        key(Qt::Key_Return);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 1);
        m_clock->set(kNow + 50 * 1000);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 1);
        QVERIFY(page->bannerText().contains(u"Void"_s));

        // Void with a reason, from the session list.
        auto* recent = find<QListWidget>(u"distributionRecent"_s);
        for (int i = 0; i < 6 && focused() != recent; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(focused(), recent);
        recent->setCurrentRow(0);
        QVERIFY(recent->currentItem()->text().contains(u"Bilal"_s));
        m_dialogs->setNextChoice(1); // "Recorded twice"
        key(Qt::Key_Delete);
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 0);
        QVERIFY(m_dialogs->lastText().contains(u"Bilal"_s));
        QCOMPARE(lastAudit().kind, u"delete"_s);
        QVERIFY(lastAudit().detail.contains(u"reason=recorded_twice"_s));
        QVERIFY(!lastAudit().detail.contains(u"Bilal"_s));
        QVERIFY(recent->item(0)->text().contains(u"Recorded twice"_s));
        QVERIFY(recent->item(0)->font().strikeOut());

        // The yellow warning clears with the search.
        page->searchField()->setFocus();
        type(u"Cyrus"_s);
        key(Qt::Key_Return);
        type(u"Cyrus"_s);
        key(Qt::Key_Return);
        QVERIFY(page->bannerText().contains(u"today"_s));
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Backspace);
        QVERIFY(!page->bannerText().contains(u"today"_s));
        QCOMPARE(*RecordQuery(m_app->store()).count(filter), 1);
    }

    // The day's totals: per item, of the session and of the whole day at this site, and a
    // "Today" preset on the Assistance list.
    void todayTotalsOnDistributionAndTheAssistanceList()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        addPerson(u"Bilal"_s, u"Testzada"_s);
        // One hand-out yesterday, one today made elsewhere on this device (not this session).
        for (const QString& date : {u"2026-06-14"_s, u"2026-06-15"_s}) {
            auto id =
                m_app->context().records.create(u"assistance"_s, {{u"person_id"_s, ahmad},
                                                                  {u"assistance_date"_s, date},
                                                                  {u"site"_s, u"USI"_s},
                                                                  {u"assistance_type"_s, u"hygiene_kit"_s},
                                                                  {u"quantity"_s, 1}});
            QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        }
        QVERIFY(window().showPage(u"distribution"_s));
        auto* page = static_cast<DistributionPage*>(window().page(u"distribution"_s));
        auto* typeCombo = find<QComboBox>(u"distributionType"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"meal"_s));
        auto* itemCombo = find<QComboBox>(u"distributionItem"_s);
        const QString meal = itemCombo->currentText();
        QVERIFY(!meal.isEmpty());
        const QString one = QChar(0x2066) + u"1"_s + QChar(0x2069);
        const QString two = QChar(0x2066) + u"2"_s + QChar(0x2069);
        QVERIFY2(page->totalsText().contains(u"Ušivak"_s), qPrintable(page->totalsText()));
        QTRY_VERIFY(page->searchField()->hasFocus());
        type(u"Ahmad"_s);
        key(Qt::Key_Return);
        type(u"Bilal"_s);
        key(Qt::Key_Return);
        const QStringList lines = page->totalsText().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(meal + u": "_s + two), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(one)); // today's hygiene kit, not yesterday's
        QVERIFY(lines.at(1).contains(meal + u": "_s + two));
        QVERIFY(!lines.at(1).contains(one));

        // The Assistance list: Alt+D shows today at this site only.
        QVERIFY(window().showPage(u"assistance"_s));
        auto* table = find<QTableView>(u"recordTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        table->setFocus();
        key(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    // English dates are unambiguous and the same in lists, forms and the timeline:
    // 10 Jun 2026, never 6/10/2026.
    void englishDatesAreUnambiguousEverywhere()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        const QString screening = addScreening(ahmad, u"x"_s);
        QVERIFY(window().showPage(u"screenings"_s));
        auto* table = find<QTableView>(u"recordTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QStringList cells;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            cells.append(table->model()->index(0, c).data().toString());
        QVERIFY2(!containing(cells, u"15 Jun 2026"_s).isEmpty(), qPrintable(cells.join(u'|')));
        QVERIFY(containing(cells, u"6/15/2026"_s).isEmpty());
        QVERIFY(window().openPerson(ahmad));
        auto* timeline = find<QTableWidget>(u"personTimeline"_s);
        QVERIFY(timeline->rowCount() >= 1);
        QVERIFY2(timeline->item(0, 0)->text().contains(u"15 Jun 2026"_s),
                 qPrintable(timeline->item(0, 0)->text()));
        QVERIFY(window().editRecord(screening));
        auto* dateEdit = window().editor()->formView()->editor(u"screening_date"_s)->findChild<QDateEdit*>();
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->text(), u"15 Jun 2026"_s);
    }

    // The timeline says when (date and time), who, where a journey goes ("Bihać → Lipa")
    // and where the story begins: the registration.
    void timelineShowsTimeWhoJourneyAndRegistration()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        auto transport =
            m_app->context().records.create(u"transport"_s, {{u"person_id"_s, ahmad},
                                                             {u"group_size"_s, 1},
                                                             {u"request_date"_s, u"2026-06-15"_s},
                                                             {u"pickup_site"_s, u"BHC"_s},
                                                             {u"destination"_s, u"LIP"_s},
                                                             {u"priority"_s, u"normal"_s}});
        QVERIFY2(transport, transport ? "" : qPrintable(transport.error().fullText()));
        QVERIFY(window().showPage(u"people"_s));
        QTRY_VERIFY(find<QLineEdit>(u"peopleSearch"_s)->hasFocus());
        type(u"Karimi"_s);
        key(Qt::Key_Return);
        auto* timeline = find<QTableWidget>(u"personTimeline"_s);
        QCOMPARE(timeline->rowCount(), 2);
        auto cell = [timeline](int row, int column) { return timeline->item(row, column)->text(); };
        QVERIFY2(cell(0, 2).contains(u"Bihać"_s + QChar(0x2069) + u" → "_s + QChar(0x2068) + u"Lipa"_s),
                 qPrintable(cell(0, 2)));
        QVERIFY2(cell(0, 0).contains(u"15 Jun 2026 "_s) && cell(0, 0).contains(u":"_s),
                 qPrintable(cell(0, 0)));
        QVERIFY(cell(0, 4).contains(u"admin"_s));
        QCOMPARE(cell(1, 1), u"Registered"_s);
        QVERIFY(cell(1, 3).contains(u"Ušivak"_s));
        QVERIFY(cell(1, 4).contains(u"admin"_s));
        QVERIFY(!cell(1, 4).contains(u"@"_s));
    }

    void transportWalksItsStatesAndRefusesForbiddenOnes()
    {
        const QString personId = addPerson(u"Ahmad"_s, u"Karimi"_s);
        auto id = m_app->context().records.create(
            u"transport"_s, {{u"person_id"_s, personId}, {u"group_size"_s, 2}, {u"request_date"_s, u"2026-06-15"_s},
                             {u"pickup_site"_s, u"BHC"_s}, {u"destination"_s, u"USI"_s}, {u"priority"_s, u"urgent"_s}});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        QVERIFY(window().showPage(u"transport"_s));
        auto* board = static_cast<TransportBoardPage*>(window().page(u"transport"_s));
        board->reload();
        QCOMPARE(board->column(u"requested"_s)->count(), 1);

        QVERIFY(!board->moveTo(*id, u"completed"_s)); // requested → completed is not allowed
        QVERIFY(!board->bannerText().isEmpty());
        QCOMPARE(board->column(u"requested"_s)->count(), 1);

        m_clock->advance(60'000);
        QVERIFY(board->moveTo(*id, u"approved"_s));
        m_clock->advance(60'000);
        QVERIFY(board->moveTo(*id, u"in_transit"_s));
        m_clock->advance(60'000);
        QVERIFY(board->moveTo(*id, u"completed"_s));
        QCOMPARE(board->column(u"completed"_s)->count(), 1);
        QCOMPARE(board->column(u"requested"_s)->count(), 0);
        QVERIFY(!board->moveTo(*id, u"cancelled"_s)); // completed is final

        const QJsonObject v = (*m_app->store().get(*id))->values;
        QCOMPARE(v.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(QDateTime::fromString(v.value(u"approved_at"_s).toString(), Qt::ISODate).toMSecsSinceEpoch(), kNow + 60'000);
        QCOMPARE(QDateTime::fromString(v.value(u"departed_at"_s).toString(), Qt::ISODate).toMSecsSinceEpoch(), kNow + 120'000);
        QCOMPARE(QDateTime::fromString(v.value(u"completed_at"_s).toString(), Qt::ISODate).toMSecsSinceEpoch(), kNow + 180'000);
        QVERIFY(!v.value(u"state_by"_s).toString().isEmpty() || !qEnvironmentVariableIsSet("USER"));
    }

    void switchingToArabicFlipsLayoutAndChangesEveryString()
    {
        addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().showPage(u"settings"_s));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        const QSet<QString> data{u"Ahmad"_s, u"Karimi"_s};
        auto texts = [&] {
            QStringList all;
            for (const QString& t : visibleTexts(&window()))
                if (hasLetters(t) && !data.contains(t))
                    all.append(t);
            return all;
        };
        QVERIFY(window().showPage(u"people"_s));
        const QStringList englishPeople = texts();
        QVERIFY(window().showPage(u"settings"_s));
        const QStringList englishSettings = texts();

        auto* combo = find<QComboBox>(u"languageCombo"_s);
        combo->setCurrentIndex(combo->findData(u"ar"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCoreApplication::processEvents(); // the language change reaches widgets as events
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(window().isRightToLeft());
        QVERIFY(find<QWidget>(u"navigation"_s)->isRightToLeft());
        QCOMPARE(m_app->settings().language(), u"ar"_s);

        const QStringList arabicSettings = texts();
        // Language names are written in their own language in both lists.
        for (const QString& t : englishSettings)
            if (!t.contains(u"English"_s) && !t.contains(u"USI"_s))
                QVERIFY2(!arabicSettings.contains(t), qPrintable(u"still in English: "_s + t));
        QVERIFY(window().showPage(u"people"_s));
        const QStringList arabicPeople = texts();
        for (const QString& t : englishPeople)
            QVERIFY2(!arabicPeople.contains(t), qPrintable(u"still in English: "_s + t));
        // Navigation entries are Arabic too.
        auto* nav = find<QListWidget>(u"navigation"_s);
        for (int i = 0; i < nav->count(); ++i) {
            bool arabic = false;
            for (QChar c : nav->item(i)->text())
                arabic = arabic || c.script() == QChar::Script_Arabic;
            QVERIFY2(arabic, qPrintable(nav->item(i)->text()));
        }
    }

    void respondentLanguageShownBesideStaffLanguage()
    {
        m_app->settings().setRespondentLanguage(u"ps"_s);
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().newRecord(u"screening"_s, {{u"person_id"_s, id}}));
        auto* label = find<QLabel>(u"respondentLabel_risks"_s);
        QVERIFY(label->isVisible());
        bool arabicScript = false;
        for (QChar c : label->text())
            arabicScript = arabicScript || c.script() == QChar::Script_Arabic;
        QVERIFY2(arabicScript, qPrintable(label->text()));
        QCOMPARE(label->layoutDirection(), Qt::RightToLeft);
        QVERIFY(find<QLabel>(u"label_risks"_s)->text().startsWith(u"Protection risks"_s) ||
                !find<QLabel>(u"label_risks"_s)->text().isEmpty());
    }

    // The respondent's language is picked in the form's header and the status bar, starts
    // at the person's first language spoken, and changes with the keyboard while facing them.
    void respondentLanguagePickedInTheFormAndTheStatusBar()
    {
        QJsonObject values = person(u"Ahmad"_s, u"Karimi"_s);
        values.insert(u"languages"_s, QJsonArray{u"haz"_s, u"ps"_s, u"fa"_s});
        auto id = m_app->context().records.create(u"person"_s, values);
        QVERIFY(id);
        Q_EMIT m_app->context().events.recordSaved(*id, u"person"_s);
        QVERIFY(window().openPerson(*id));
        QTest::mouseClick(find<QAbstractButton>(u"newScreeningButton"_s), Qt::LeftButton);
        auto* header = find<QComboBox>(u"editorRespondentLanguage"_s);
        auto* status = find<QComboBox>(u"statusRespondentLanguage"_s);
        QVERIFY(header->isVisible());
        QVERIFY(status->isVisible());
        // Hazaragi has no forms; Pashto is the first they speak that has.
        QCOMPARE(header->currentData().toString(), u"ps"_s);
        QCOMPARE(status->currentData().toString(), u"ps"_s);
        QVERIFY(find<QLabel>(u"respondentLabel_risks"_s)->isVisible());
        const QString pashto = find<QLabel>(u"respondentLabel_risks"_s)->text();
        // Alt+R, then a key: the next language, everywhere at once.
        key(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(focused(), header);
        key(Qt::Key_Down);
        QVERIFY(header->currentData().toString() != u"ps"_s);
        QCOMPARE(status->currentData().toString(), header->currentData().toString());
        QCOMPARE(m_app->settings().respondentLanguage(), header->currentData().toString());
        QVERIFY(find<QLabel>(u"respondentLabel_risks"_s)->text() != pashto);
    }

    // --- Users, login, lock, need-to-know (issue 5) ---

    // Logging in through options (--screenshot, tests) goes through Accounts before anything
    // reads the folder: a new folder gets its administrator, a wrong password stops the
    // start, and saves are audited under the user's name.
    // Every Settings control has a label saying what it is, in every language, and its
    // underlined Latin letter (Alt+letter) moves the keyboard focus to the control.
    void everySettingsControlIsLabelledInEveryLanguage()
    {
        QVERIFY(window().showPage(u"settings"_s));
        for (const QString& language : {u"en"_s, u"ur"_s, u"ar"_s, u"fa"_s, u"bs"_s, u"fr"_s}) {
            auto* combo = find<QComboBox>(u"languageCombo"_s);
            combo->setCurrentIndex(combo->findData(language));
            Q_EMIT combo->activated(combo->currentIndex());
            QCoreApplication::processEvents();
            QSet<QString> seen;
            for (const QString& name : {u"languageCombo"_s, u"respondentLanguageCombo"_s, u"idleLockSpin"_s}) {
                QWidget* control = find<QWidget>(name);
                QVERIFY(control && control->isVisible());
                QLabel* label = nullptr;
                for (QLabel* l : window().findChildren<QLabel*>())
                    if (l->buddy() == control)
                        label = l;
                QVERIFY2(label && label->isVisible() && hasLetters(label->text()),
                         qPrintable(u"%1: %2 has no label"_s.arg(language, name)));
                QVERIFY2(!seen.contains(label->text()), qPrintable(label->text()));
                seen.insert(label->text());
                const QRegularExpression mnemonic(u"&([A-Za-z])"_s);
                const auto m = mnemonic.match(label->text());
                QVERIFY2(m.hasMatch(), qPrintable(u"%1: no Latin mnemonic in %2"_s.arg(language, label->text())));
                window().activateWindow();
                QApplication::setActiveWindow(&window());
                QTest::keyClick(&window(), Qt::Key(Qt::Key_A + (m.captured(1).toUpper().at(0).unicode() - u'A')),
                                Qt::AltModifier);
                QTRY_VERIFY2(control->hasFocus() || control->isAncestorOf(QApplication::focusWidget()),
                             qPrintable(u"%1: Alt+%2 does not reach %3"_s.arg(language, m.captured(1), name)));
            }
        }
    }

    // The People list gives its width to the names: the id column is as wide as an id, and a
    // long name is not cut.
    void peopleListGivesTheWidthToNames()
    {
        addPerson(u"Muhammad Abdulrahman"_s, u"Al-Hashimi Karimzadeh"_s);
        QVERIFY(window().showPage(u"people"_s));
        auto* table = find<QTableView>(u"peopleTable"_s);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        const int columns = table->model()->columnCount();
        const int id = columns - 1;
        QVERIFY(table->columnWidth(id) <= static_cast<QAbstractItemView*>(table)->sizeHintForColumn(id) + 40);
        const QString name = table->model()->index(0, 0).data().toString();
        QVERIFY2(table->columnWidth(0) > table->fontMetrics().horizontalAdvance(name),
                 qPrintable(u"%1 px for %2"_s.arg(table->columnWidth(0)).arg(name)));
        QVERIFY(table->columnWidth(0) > table->columnWidth(id));
    }

    // Right-to-left text fits the height its widgets give it: the ink of Urdu words with
    // dots and strokes high above and below the line is inside each check box, label and
    // navigation row of the screening form.
    void urduTextFitsItsRows()
    {
        QVERIFY(window().showPage(u"settings"_s));
        auto* combo = find<QComboBox>(u"languageCombo"_s);
        combo->setCurrentIndex(combo->findData(u"ur"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().newRecord(u"screening"_s, {{u"person_id"_s, id}}));
        QCoreApplication::processEvents();
        QStringList clipped;
        auto check = [&](QWidget* w, const QString& text, int height) {
            const QRect ink = QFontMetrics(w->font()).boundingRect(text);
            if (ink.height() > height)
                clipped.append(u"%1 (%2 px of ink in %3 px)"_s.arg(text).arg(ink.height()).arg(height));
        };
        int checked = 0;
        for (QCheckBox* box : window().findChildren<QCheckBox*>())
            if (box->isVisible() && !box->text().isEmpty()) {
                check(box, box->text(), box->height());
                ++checked;
            }
        for (QLabel* label : window().findChildren<QLabel*>())
            if (label->isVisible() && !label->text().isEmpty() && !label->wordWrap() &&
                !label->text().contains(u'<'))
                check(label, label->text(), label->contentsRect().height());
        auto* nav = find<QListWidget>(u"navigation"_s);
        for (int i = 0; i < nav->count(); ++i)
            check(nav, nav->item(i)->text(), nav->visualItemRect(nav->item(i)).height());
        QVERIFY(checked > 5);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }

    // The selected navigation entry keeps its number and title where they were before it
    // was selected.
    void selectedNavigationEntryStaysInLine()
    {
        auto* nav = find<QListWidget>(u"navigation"_s);
        QVERIFY(window().showPage(u"people"_s));
        QCoreApplication::processEvents();
        // Where the text of a row starts: the first column with a light (white text) pixel.
        auto textStart = [&](const QImage& shot, int row) {
            const QRect r = nav->visualItemRect(nav->item(row));
            for (int x = r.left(); x <= r.right(); ++x)
                for (int y = r.top() + 2; y < r.bottom() - 2; ++y)
                    if (qGray(shot.pixel(x, y)) > 200)
                        return x;
            return -1;
        };
        const QImage before = nav->viewport()->grab().toImage();
        QCOMPARE(nav->currentRow(), 0);
        QVERIFY(window().showPage(u"screenings"_s));
        QCoreApplication::processEvents();
        QCOMPARE(nav->currentRow(), 1);
        const QImage after = nav->viewport()->grab().toImage();
        QVERIFY(textStart(before, 1) >= 0);
        QCOMPARE(textStart(after, 1), textStart(before, 1)); // row 1 selected now, not before
        QCOMPARE(textStart(after, 0), textStart(before, 0)); // row 0 the other way round
    }

    void logsInThroughAccounts()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.dataDir = dir.path() + u"/data"_s;
        options.language = u"en"_s;
        options.initSite = u"USI"_s;
        options.askForSetup = false;
        options.loadPeopleInBackground = false;
        options.autoSync = false;
        options.sleeper = [](std::int64_t) {};
        options.user = u"ana"_s;
        options.password = u"ana's password"_s;
        {
            auto app = DesktopApp::start(options, *m_clock, *m_dialogs);
            QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().fullText()));
            QVERIFY((*app)->hasSession());
            QCOMPARE((*app)->session()->user, u"ana"_s);
            QVERIFY((*app)->session()->isAdministrator());
            QVERIFY((*app)->session()->dataKey);
            auto id = (*app)->context().records.create(u"person"_s, person(u"Ahmad"_s, u"Karimi"_s));
            QVERIFY(id.ok());
            auto entries = (*app)->store().audit().entries(1);
            QVERIFY(entries.ok() && !entries->isEmpty());
            QCOMPARE(entries->first().kind, u"create"_s);
            QVERIFY2(entries->first().actor.startsWith(u"ana@"_s), qPrintable(entries->first().actor));
        }
        options.initSite.clear();
        options.password = u"not the password"_s;
        auto refused = DesktopApp::start(options, *m_clock, *m_dialogs);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"not right"_s), qPrintable(refused.error().message));
        options.password = u"ana's password"_s;
        auto again = DesktopApp::start(options, *m_clock, *m_dialogs);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().fullText()));
        QCOMPARE((*again)->session()->user, u"ana"_s);
        // Without a user named, a folder that has users waits at the login window.
        options.user.clear();
        auto waiting = DesktopApp::start(options, *m_clock, *m_dialogs);
        QVERIFY2(waiting.ok(), waiting.ok() ? "" : qPrintable(waiting.error().fullText()));
        QVERIFY(!(*waiting)->hasSession());
    }

    void firstStartCreatedTheAdministrator()
    {
        QCOMPARE(m_app->session()->user, u"admin"_s);
        QVERIFY(m_app->session()->isAdministrator());
        auto users = m_app->accounts().users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().name, u"admin"_s);
        QCOMPARE(users->first().role, Role::Admin);
        QVERIFY(find<QLabel>(u"statusUser"_s)->text().contains(u"admin"_s));
    }

    // The set-up dialog lists reception centres first, then outreach locations, each A–Z,
    // and moving through it by keyboard meets them in that order.
    void setupListsCentresThenOutreachAlphabetically()
    {
        const ReferenceData& reference = m_app->context().forms().reference();
        SetupDialog setup(reference, m_dir->path(), u"en"_s);
        auto* sites = setup.findChild<QComboBox*>(u"setupSite"_s);
        QVERIFY(sites && sites->count() > 8);
        QCollator collator{QLocale(u"en"_s)};
        for (int i = 1; i < sites->count(); ++i) {
            const Site* before = reference.site(sites->itemData(i - 1).toString());
            const Site* after = reference.site(sites->itemData(i).toString());
            QVERIFY(before && after);
            const bool centreFirst = reference.sitesOfKind(u"centre"_s).contains(before->code) &&
                                     reference.sitesOfKind(u"outreach"_s).contains(after->code);
            QVERIFY2(centreFirst || (reference.sitesOfKind(u"centre"_s).contains(before->code) ==
                                         reference.sitesOfKind(u"centre"_s).contains(after->code) &&
                                     collator.compare(before->name, after->name) < 0),
                     qPrintable(before->name + u" / "_s + after->name));
        }
        QCOMPARE(sites->itemData(0).toString(), u"BLZ"_s); // Blažuj, the first centre A–Z
    }

    // The person suggestion of a transport request tells people of the same name apart:
    // age, origin and where and when they were registered.
    void transportSuggestionShowsMoreThanAName()
    {
        addPerson(u"Ahmad"_s, u"Karimi"_s);
        QJsonObject other = person(u"Ahmad"_s, u"Karimi"_s);
        other.insert(u"age_estimated"_s, 41);
        other.insert(u"country_of_origin"_s, u"IR"_s);
        other.insert(u"registration_site"_s, u"LIP"_s);
        auto id = m_app->context().records.create(u"person"_s, other);
        QVERIFY(id);
        Q_EMIT m_app->context().events.recordSaved(*id, u"person"_s);
        QVERIFY(window().newRecord(u"transport"_s));
        clickField(u"person_id"_s);
        type(u"Ahmad Kar"_s);
        auto* edit = qobject_cast<QLineEdit*>(focused());
        QVERIFY(edit && edit->completer());
        QAbstractItemModel* suggestions = edit->completer()->model();
        QTRY_COMPARE(suggestions->rowCount(), 2);
        QStringList shown;
        for (int r = 0; r < 2; ++r)
            shown.append(suggestions->index(r, 0).data().toString());
        QVERIFY2(!containing(shown, u"age 28"_s).isEmpty(), qPrintable(shown.join(u'|')));
        QVERIFY(!containing(shown, u"age 41"_s).isEmpty());
        QVERIFY(!containing(shown, u"Afghanistan"_s).isEmpty());
        QVERIFY(!containing(shown, u"Iran"_s).isEmpty());
        QVERIFY(!containing(shown, u"registered at Lipa on "_s + QChar(0x2066) + u"10 Jun 2026"_s).isEmpty());
        QVERIFY(!containing(shown, u"Ušivak"_s).isEmpty());
        m_dialogs->setNextAnswer(QMessageBox::Discard);
    }

    // On a laptop-sized screen the first start fills the screen; a size the user left is
    // kept after that.
    void firstStartOnALaptopScreenIsMaximised()
    {
        cleanup();
        m_maximize = true;
        init();
        m_maximize = false;
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().height() < 1000);
        QTRY_VERIFY(window().isMaximized());
        // Once a size is saved (at lock or quit), it is what the next session opens with.
        window().showNormal();
        window().resize(900, 500);
        QVERIFY(m_app->endSession(true));
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QVERIFY(!window().isMaximized());
    }

    void setupAsksForTheAdministratorTwice()
    {
        SetupDialog setup(m_app->context().forms().reference(), m_dir->path(), u"en"_s);
        setup.findChild<QLineEdit*>(u"setupAdminName"_s)->setText(u"amina"_s);
        setup.findChild<QLineEdit*>(u"setupPassword"_s)->setText(u"long enough 1"_s);
        setup.findChild<QLineEdit*>(u"setupPasswordRepeat"_s)->setText(u"long enough 2"_s);
        setup.accept();
        QCOMPARE(setup.result(), int(QDialog::Rejected));
        QVERIFY(setup.findChild<QLabel*>(u"setupProblem"_s)->text().contains(u"not the same"_s));
        setup.findChild<QLineEdit*>(u"setupPassword"_s)->setText(u"short"_s);
        setup.findChild<QLineEdit*>(u"setupPasswordRepeat"_s)->setText(u"short"_s);
        setup.accept();
        QCOMPARE(setup.result(), int(QDialog::Rejected));
        setup.findChild<QLineEdit*>(u"setupPassword"_s)->setText(u"long enough 1"_s);
        setup.findChild<QLineEdit*>(u"setupPasswordRepeat"_s)->setText(u"long enough 1"_s);
        setup.accept();
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        QCOMPARE(setup.adminName(), u"amina"_s);
        QCOMPARE(setup.adminPassword(), u"long enough 1"_s);
    }

    void loginWithTheRightPasswordShowsPeople()
    {
        QVERIFY(m_app->endSession(false));
        QVERIFY(!m_app->hasSession());
        QVERIFY(m_app->login().isVisible());
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        // The password is checked on another thread: the window stays responsive and busy.
        QVERIFY(m_app->login().isBusy());
        QVERIFY(m_app->login().findChild<QWidget*>(u"loginBusy"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QVERIFY(!m_app->login().isVisible());
        QVERIFY(window().isVisible());
        QCOMPARE(window().currentPage()->pageId(), u"people"_s);
        QCOMPARE(audit().first().kind, u"login"_s);
        // Locking drops every copy of the session: the data key is wiped.
        std::weak_ptr<const SecretKey> key = m_app->session()->dataKey;
        QVERIFY(!key.expired());
        QVERIFY(m_app->endSession(false));
        QTRY_VERIFY(key.expired());
    }

    void wrongPasswordShowsMessageAndStaysLocked()
    {
        const QString id = addPerson(u"Zainab"_s, u"Haidari"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_app->endSession(false));
        typeLogin(u"admin"_s, u"not the password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->login().isBusy(), 15000);
        QVERIFY(!m_app->hasSession());
        QVERIFY2(m_app->login().message().contains(u"not right"_s), qPrintable(m_app->login().message()));
        {
            const QMutexLocker lock(&m_waitsMutex);
            QCOMPARE(m_waits, QList<std::int64_t>{Accounts::delayAfter(1)});
        }
        // The wait is shown as a countdown, not as a frozen window.
        auto* wait = m_app->login().findChild<QLabel*>(u"loginWait"_s);
        QVERIFY2(wait->text().contains(u"Try again in"_s), qPrintable(wait->text()));
        QVERIFY(containing(everyText(), u"Zainab"_s).isEmpty());
        QCOMPARE(audit().first().kind, u"login_failed"_s);
    }

    void fiveWrongPasswordsLockTheAccountOut()
    {
        QVERIFY(m_app->endSession(false));
        for (int i = 0; i < Accounts::kMaxFailures; ++i) {
            typeLogin(u"admin"_s, u"wrong password %1"_s.arg(i));
            QTRY_VERIFY_WITH_TIMEOUT(!m_app->login().isBusy(), 15000);
            QVERIFY(!m_app->hasSession());
        }
        QVERIFY2(m_app->login().message().contains(u"administrator can unlock"_s),
                 qPrintable(m_app->login().message()));
        {
            const QMutexLocker lock(&m_waitsMutex);
            // Growing waits after the first four failures; the fifth locks instead.
            for (int i = 1; i <= 4; ++i) {
                QVERIFY(m_waits.contains(Accounts::delayAfter(i)));
                if (i > 1)
                    QVERIFY(Accounts::delayAfter(i) > Accounts::delayAfter(i - 1));
            }
            QVERIFY(!m_waits.contains(Accounts::delayAfter(5)));
        }
        // Even the right password does not open a locked-out account.
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->login().isBusy(), 15000);
        QVERIFY(!m_app->hasSession());
        QVERIFY(m_app->login().message().contains(u"administrator can unlock"_s));
        auto users = m_app->accounts().users();
        QVERIFY(users.ok() && users->first().locked);
    }

    // Every byte of the data folder's files (database, WAL, settings), as a thief with the
    // laptop would read them.
    QByteArray dataFolderBytes()
    {
        QByteArray all;
        const QString folder = m_dir->path() + u"/data"_s;
        for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files)) {
            QFile file(f.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    int draftRows()
    {
        auto n = m_app->store().db().scalar(u"SELECT count(*) FROM meta WHERE key LIKE 'draft:%'"_s);
        return n.ok() ? n->toInt() : -1;
    }

    // Ctrl+L with unsaved edits locks at once (no Save/Discard question in front of the
    // person's data), keeps the edits sealed and gives them back to the same user.
    void ctrlLLocksAtOnceAndKeepsTheUnsavedEditSealed()
    {
        const QString id = addPerson(u"Zainab"_s, u"Haidari"_s);
        QVERIFY(window().openPerson(id));
        QVERIFY(!containing(everyText(), u"Haidari"_s).isEmpty());
        QVERIFY(window().editRecord(id));
        clickField(u"phone"_s);
        type(u"+38761111222"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
        const int asked = m_dialogs->shownCount();
        QTest::keyClick(&window(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_app->hasSession());
        QCOMPARE(m_dialogs->shownCount(), asked); // nothing was asked
        QVERIFY(m_app->login().isVisible());
        const QStringList texts = everyText();
        QVERIFY2(containing(texts, u"Haidari"_s).isEmpty(), qPrintable(containing(texts, u"Haidari"_s).join(u'|')));
        QVERIFY(containing(texts, u"Zainab"_s).isEmpty());
        QVERIFY(containing(texts, u"38761111222"_s).isEmpty());
        QVERIFY(!m_app->peopleLoaded());
        QCOMPARE(audit().first().kind, u"lock"_s);
        QCOMPARE(m_app->login().findChild<QLineEdit*>(u"loginUser"_s)->text(), u"admin"_s);
        // The store is locked with the session: no sealed answer opens any more.
        auto stored = m_app->store().get(id);
        QVERIFY(!stored.ok());
        // The edit was not saved: nothing of the phone waits to be sent...
        auto phoneChanges = m_app->store().db().scalar(
            u"SELECT count(*) FROM outbox WHERE record_id = '%1' AND field = 'phone'"_s.arg(id));
        QVERIFY(phoneChanges.ok());
        QCOMPARE(phoneChanges->toInt(), 0);
        // ...but it is kept, sealed: reading the files finds no trace of it in clear.
        QCOMPARE(draftRows(), 1);
        auto sealedDraft = m_app->store().db().scalar(u"SELECT value FROM meta WHERE key = 'draft:admin'"_s);
        QVERIFY(sealedDraft.ok() && FieldSealer::isSealed(sealedDraft->toString()));
        QVERIFY(!dataFolderBytes().contains("38761111222"));
        QVERIFY(!dataFolderBytes().contains("61111222"));

        // The same user logs in: the edit is offered back and continues where it stopped.
        m_dialogs->setNextAnswer(QMessageBox::Yes);
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QTRY_COMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(m_dialogs->lastText().contains(u"Zainab Haidari"_s));
        QVERIFY(window().editor()->hasUnsavedChanges());
        QCOMPARE(window().editor()->recordId(), id);
        QCOMPARE(window().editor()->formView()->editor(u"phone"_s)->value().toString(), u"+38761111222"_s);
        QCOMPARE(draftRows(), 0);
        QVERIFY(window().editor()->save());
        auto saved = m_app->store().get(id);
        QCOMPARE((*saved)->values.value(u"phone"_s).toString(), u"+38761111222"_s);
        QCOMPARE((*saved)->values.value(u"family_name"_s).toString(), u"Haidari"_s);
    }

    // The idle lock keeps a half-filled new transport request; another user logging in is
    // not offered it; its own user is, and Discard drops it for good.
    void idleLockKeepsANewTransportRequestForItsUserOnly()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(m_app->accounts().addUser(*m_app->session(), u"desk1"_s, Role::Desk,
                                          QString::fromUtf16(kPassword)));
        QVERIFY(window().openPerson(ahmad));
        QTest::mouseClick(find<QAbstractButton>(u"newTransportButton"_s), Qt::LeftButton);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(tabTo(u"field_pickup_details"_s));
        type(u"Behind the bus station"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
        const int asked = m_dialogs->shownCount();
        m_app->idleLock().setInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->hasSession(), 5000);
        QCOMPARE(m_dialogs->shownCount(), asked);
        QVERIFY(containing(everyText(), u"bus station"_s).isEmpty());
        QVERIFY(!dataFolderBytes().contains("bus station"));
        QCOMPARE(draftRows(), 1);
        QCOMPARE(*m_app->store().count(u"transport"_s), 0);

        // Someone else logs in on the laptop: nothing is offered to them.
        typeLogin(u"desk1"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QTest::qWait(50);
        QCOMPARE(m_dialogs->shownCount(), asked);
        QVERIFY(containing(everyText(), u"bus station"_s).isEmpty());
        // After the login the keyboard is in the window: typing searches at once.
        QCOMPARE(window().currentPage()->pageId(), u"people"_s);
        QTRY_VERIFY(find<QLineEdit>(u"peopleSearch"_s)->hasFocus());
        QVERIFY(m_app->endSession(true));

        // Its own user is asked, with what and for whom; Discard drops it.
        m_dialogs->setNextAnswer(QMessageBox::Discard);
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QTRY_COMPARE(m_dialogs->shownCount(), asked + 1);
        QVERIFY2(m_dialogs->lastText().contains(u"Transport request"_s), qPrintable(m_dialogs->lastText()));
        QVERIFY(m_dialogs->lastText().contains(u"Ahmad Karimi"_s));
        QCOMPARE(draftRows(), 0);
        QVERIFY(window().currentPage()->pageId() != u"editor"_s);
        QVERIFY(m_app->endSession(true));
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QTest::qWait(50);
        QCOMPARE(m_dialogs->shownCount(), asked + 1);
    }

    // A new transport request kept at the lock comes back with its answers when the user
    // chooses Continue, and saves as one record.
    void keptNewRecordContinuesAndSaves()
    {
        const QString ahmad = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().openPerson(ahmad));
        QTest::mouseClick(find<QAbstractButton>(u"newTransportButton"_s), Qt::LeftButton);
        QVERIFY(tabTo(u"field_pickup_details"_s));
        type(u"Behind the bus station"_s);
        QTest::keyClick(&window(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_app->hasSession());
        m_dialogs->setNextAnswer(QMessageBox::Yes);
        typeLogin(u"admin"_s, QString::fromUtf16(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasSession(), 15000);
        QTRY_COMPARE(window().currentPage()->pageId(), u"editor"_s);
        FormView* view = window().editor()->formView();
        QCOMPARE(view->form().id, u"transport"_s);
        QCOMPARE(view->editor(u"person_id"_s)->value().toString(), ahmad);
        QCOMPARE(view->editor(u"pickup_details"_s)->value().toString(), u"Behind the bus station"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
    }

    // Esc on an open drop-down closes the drop-down and nothing else: no "leave?" question,
    // the record stays open with its edit.
    void escOnAnOpenDropDownOnlyClosesIt()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().editRecord(id));
        clickField(u"phone"_s);
        type(u"+38761000111"_s);
        clickField(u"country_of_origin"_s);
        auto* combo = qobject_cast<QComboBox*>(
            window().editor()->formView()->editor(u"country_of_origin"_s)->focusTarget());
        QVERIFY(combo);
        if (!QApplication::activePopupWidget())
            key(Qt::Key_F4); // opens the list
        QTRY_VERIFY(QApplication::activePopupWidget());
        const int asked = m_dialogs->shownCount();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_dialogs->shownCount(), asked);
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
        QCOMPARE(window().editor()->formView()->editor(u"country_of_origin"_s)->value().toString(), u"AF"_s);
    }

    // The leave question: Cancel is its default button and Esc means Cancel, so a key
    // pressed out of habit never saves or throws away the record.
    void leaveQuestionDefaultsToCancelAndEscCancels()
    {
        const QString id = addPerson(u"Ahmad"_s, u"Karimi"_s);
        QVERIFY(window().editRecord(id));
        clickField(u"phone"_s);
        type(u"+38761000111"_s);
        m_dialogs->setNonInteractive(false);
        QString defaultText;
        auto answerWith = [&defaultText](Qt::Key pressed) {
            QTimer::singleShot(50, [&defaultText, pressed] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
                QTest::keyClick(box, pressed);
            });
        };
        // Return presses the default button.
        answerWith(Qt::Key_Return);
        key(Qt::Key_Escape);
        QCOMPARE(defaultText, QMessageBox(QMessageBox::Question, {}, {}, QMessageBox::Cancel)
                                  .button(QMessageBox::Cancel)
                                  ->text());
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
        // Esc in the question is Cancel too.
        defaultText.clear();
        answerWith(Qt::Key_Escape);
        QVERIFY(!window().showPage(u"people"_s));
        QVERIFY(!defaultText.isEmpty());
        QCOMPARE(window().currentPage()->pageId(), u"editor"_s);
        QVERIFY(window().editor()->hasUnsavedChanges());
        auto stored = m_app->store().get(id);
        QVERIFY(!(*stored)->values.contains(u"phone"_s));
        m_dialogs->setNonInteractive(true);
    }

    void idleLockFiresAfterTheConfiguredTime()
    {
        m_app->settings().setIdleLockMinutes(7);
        QCOMPARE(m_app->idleLock().interval(), 7 * 60 * 1000);
        const QString id = addPerson(u"Zainab"_s, u"Haidari"_s);
        QVERIFY(window().openPerson(id));
        m_app->idleLock().setInterval(300);
        QTest::qWait(150);
        QVERIFY(m_app->hasSession());
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->hasSession(), 5000);
        QVERIFY(containing(everyText(), u"Haidari"_s).isEmpty());
        QCOMPARE(audit().first().kind, u"lock"_s);
        QVERIFY(!m_app->idleLock().isActive());
    }

    void mobileTeamSeesProtectionFieldWithheld()
    {
        const QString person = addPerson(u"Ahmad"_s, u"Karimi"_s);
        const QString screening = addScreening(person, u"Needs a safe space away from Q"_s);
        QVERIFY(!screening.isEmpty());
        switchUser(u"mobile1"_s, Role::Mobile);
        const int auditBefore = static_cast<int>(audit().size());
        QVERIFY(window().editRecord(screening));
        FormView* view = window().editor()->formView();
        QVERIFY(view->isWithheld(u"gbv_details"_s));
        QVERIFY(!view->editor(u"gbv_details"_s));
        // The categories are withheld where the concern says to ask for them; the details of
        // each category depend on an answer the team cannot see, so not even their row shows.
        QVERIFY(view->isWithheld(u"protection_risks"_s));
        auto* placeholder = find<QLabel>(u"withheld_protection_risks"_s);
        QVERIFY(placeholder && placeholder->isVisible());
        QCOMPARE(placeholder->text(), FormView::withheldText());
        QVERIFY(find<QLabel>(u"label_protection_risks"_s)->isVisible());
        QVERIFY(!view->isFieldVisible(u"gbv_details"_s));
        QVERIFY2(containing(everyText(), u"safe space"_s).isEmpty(),
                 qPrintable(containing(everyText(), u"safe space"_s).join(u'|')));
        QVERIFY(!view->values().contains(u"gbv_details"_s));
        // No protection answer was shown, so none is audited.
        const auto after = audit();
        for (int i = 0; i < after.size() - auditBefore; ++i)
            QVERIFY(after.at(i).kind != u"view_protection"_s);
        // Saving another answer leaves the withheld one as it was.
        auto* urgency = view->editor(u"urgency"_s);
        urgency->setValue(u"medium"_s);
        Q_EMIT urgency->edited();
        QVERIFY(window().editor()->save());
        auto stored = m_app->store().get(screening);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->values.value(u"urgency"_s).toString(), u"medium"_s);
        QCOMPARE((*stored)->values.value(u"gbv_details"_s).toString(), u"Needs a safe space away from Q"_s);
        QVERIFY(containing(everyText(), u"safe space"_s).isEmpty());

        // Answering "no" to the protection concern would clear the withheld answers (they
        // are asked only with a concern): the save is refused with a message, the form keeps
        // what was typed, and nothing is written.
        const QJsonObject before = (*m_app->store().get(screening))->values;
        const std::int64_t outboxBefore = m_app->store().outboxSize().value();
        auto* concern = view->editor(u"protection_concern"_s)->findChild<QComboBox*>();
        QVERIFY(concern);
        concern->setCurrentIndex(concern->findData(u"no"_s));
        QVERIFY(view->isDirty());
        QVERIFY(!window().editor()->save());
        auto* banner = find<QLabel>(u"editorBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"only a protection officer"_s), qPrintable(banner->text()));
        QVERIFY(view->isDirty());
        QCOMPARE(view->editor(u"protection_concern"_s)->value().toString(), u"no"_s);
        QCOMPARE((*m_app->store().get(screening))->values, before);
        QCOMPARE(m_app->store().outboxSize().value(), outboxBefore);
        // Deleting the record would erase them too: refused.
        QVERIFY(!m_app->context().records.remove(screening));
        QVERIFY(!(*m_app->store().get(screening))->deleted);
    }

    void protectionOfficerSeesProtectionFieldAndIsAudited()
    {
        const QString person = addPerson(u"Ahmad"_s, u"Karimi"_s);
        const QString screening = addScreening(person, u"Needs a safe space away from Q"_s);
        switchUser(u"officer"_s, Role::Protection);
        QVERIFY(window().editRecord(screening));
        FormView* view = window().editor()->formView();
        QVERIFY(!view->isWithheld(u"gbv_details"_s));
        QVERIFY(view->editor(u"gbv_details"_s));
        QCOMPARE(view->editor(u"gbv_details"_s)->value().toString(), u"Needs a safe space away from Q"_s);
        const AuditEntry last = audit().first();
        QCOMPARE(last.kind, u"view_protection"_s);
        QCOMPARE(last.recordId, screening);
        QVERIFY(last.actor.startsWith(u"officer"_s));
        QVERIFY(!last.detail.contains(u"safe"_s));
    }

    void administratorHasUsersAndAuditPagesOthersDoNot()
    {
        auto* nav = find<QListWidget>(u"navigation"_s);
        auto navIds = [&nav] {
            QStringList ids;
            for (int i = 0; i < nav->count(); ++i)
                ids.append(nav->item(i)->data(Qt::UserRole).toString());
            return ids;
        };
        QVERIFY(navIds().contains(u"users"_s));
        QVERIFY(navIds().contains(u"audit"_s));
        QVERIFY(window().showPage(u"users"_s));
        auto* users = static_cast<UsersPage*>(window().page(u"users"_s));
        QVERIFY(users->addUser(u"desk1"_s, Role::Desk, QString::fromUtf16(kPassword)));
        QCOMPARE(find<QTableWidget>(u"usersTable"_s)->rowCount(), 2);
        QVERIFY(users->changeRole(u"desk1"_s, Role::Mobile));
        m_dialogs->setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!users->removeUser(u"desk1"_s));
        QCOMPARE(find<QTableWidget>(u"usersTable"_s)->rowCount(), 2);
        m_dialogs->setNextAnswer(QMessageBox::Yes);
        QVERIFY(users->removeUser(u"desk1"_s));
        QCOMPARE(find<QTableWidget>(u"usersTable"_s)->rowCount(), 1);

        QVERIFY(window().showPage(u"audit"_s));
        auto* auditPage = static_cast<AuditPage*>(window().page(u"audit"_s));
        QVERIFY2(auditPage->verification().contains(u"intact"_s), qPrintable(auditPage->verification()));
        auto* table = find<QTableWidget>(u"auditTable"_s);
        QVERIFY(table->rowCount() >= 4);
        QCOMPARE(table->item(0, 3)->text(), AuditPage::kindLabel(u"user_remove"_s));

        switchUser(u"mobile1"_s, Role::Mobile);
        nav = find<QListWidget>(u"navigation"_s);
        QVERIFY(!navIds().contains(u"users"_s));
        QVERIFY(!navIds().contains(u"audit"_s));
        QVERIFY(!window().showPage(u"users"_s));
        QVERIFY(!window().showPage(u"audit"_s));
        QVERIFY(!window().findChild<UsersPage*>());
    }

    void auditPageShowsABrokenChain()
    {
        QVERIFY(window().showPage(u"audit"_s));
        auto* auditPage = static_cast<AuditPage*>(window().page(u"audit"_s));
        QVERIFY(auditPage->verification().contains(u"intact"_s));
        // Someone with the file edits an entry behind the application's back.
        const QString db = m_app->store().folder().databasePath();
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(db.toUtf8().constData(), &raw), SQLITE_OK);
            sqlite3_exec(raw, "DROP TRIGGER IF EXISTS audit_no_update", nullptr, nullptr, nullptr);
            char* err = nullptr;
            const int rc = sqlite3_exec(raw, "UPDATE audit SET actor = 'someone else' WHERE seq = 1", nullptr, nullptr, &err);
            sqlite3_free(err);
            sqlite3_close(raw);
            QCOMPARE(rc, SQLITE_OK);
        }
        auditPage->refresh();
        QVERIFY2(auditPage->verification().contains(u"broken at entry"_s), qPrintable(auditPage->verification()));
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
