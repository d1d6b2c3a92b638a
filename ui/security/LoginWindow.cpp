#include "LoginWindow.h"

#include "forms/Languages.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

LoginWindow::LoginWindow(const QString& language, QWidget* parent) : QWidget(parent)
{
    setObjectName(u"loginWindow"_s);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(panel);
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_language = new QComboBox(panel);
    m_language->setObjectName(u"loginLanguage"_s);
    for (const QString& code : Languages::all())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_user = new QLineEdit(panel);
    m_user->setObjectName(u"loginUser"_s);
    m_user->setMaxLength(64);
    // A user name is Latin letters and digits: kept left to right in every language.
    m_user->setLayoutDirection(Qt::LeftToRight);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_languageLabel = new QLabel(panel);
    m_userLabel = new QLabel(panel);
    m_passwordLabel = new QLabel(panel);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_login = new QPushButton(panel);
    m_login->setObjectName(u"loginButton"_s);
    m_login->setDefault(true);
    layout->addWidget(m_login, 0, Qt::AlignTrailing);
    m_busyBar = new QProgressBar(panel);
    m_busyBar->setObjectName(u"loginBusy"_s);
    m_busyBar->setRange(0, 0); // busy, no percentage
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
    m_message = new QLabel(panel);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a0010; font-weight: bold;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    m_wait = new QLabel(panel);
    m_wait->setObjectName(u"loginWait"_s);
    m_wait->setWordWrap(true);
    m_wait->hide();
    layout->addWidget(m_wait);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginWindow::updateWait);
    connect(m_login, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::submit);
    connect(m_user, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_language, &QComboBox::activated, this,
            [this] { Q_EMIT languageChosen(m_language->currentData().toString()); });
    retranslate();
    resize(900, 600);
}

void LoginWindow::retranslate()
{
    setWindowTitle(tr("Prihvat — log in"));
    m_title->setText(tr("Prihvat"));
    m_intro->setText(tr("Log in to work with the records of this device."));
    m_languageLabel->setText(tr("Language"));
    m_userLabel->setText(tr("User name"));
    m_passwordLabel->setText(tr("Password"));
    m_login->setText(tr("Log in"));
    if (!m_note.isEmpty() && m_message->isHidden())
        m_wait->setText(m_note);
    updateWait();
}

void LoginWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginWindow::submit()
{
    if (m_busy)
        return;
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        m_user->setFocus();
        return;
    }
    Q_EMIT loginRequested(user, m_password->text());
}

void LoginWindow::reset(const QString& user, const QString& note)
{
    setBusy(false);
    m_password->clear();
    if (!user.isEmpty())
        m_user->setText(user);
    m_message->clear();
    m_message->hide();
    m_note = note;
    m_waitTimer->stop();
    m_waitUntilMs = 0;
    m_wait->setText(note);
    m_wait->setVisible(!note.isEmpty());
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    if (busy) {
        m_message->hide();
        m_wait->setText(tr("Checking the password…"));
        m_wait->show();
    } else if (m_waitUntilMs == 0) {
        m_wait->setVisible(false);
        m_password->setFocus();
    }
}

void LoginWindow::startWait(qint64 ms)
{
    m_waitUntilMs = QDateTime::currentMSecsSinceEpoch() + ms;
    m_waitTimer->start();
    updateWait();
}

void LoginWindow::updateWait()
{
    if (m_waitUntilMs == 0)
        return;
    const qint64 left = m_waitUntilMs - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0) {
        m_waitUntilMs = 0;
        m_waitTimer->stop();
        m_wait->setVisible(m_busy);
        return;
    }
    const int seconds = static_cast<int>((left + 999) / 1000);
    m_wait->setText(tr("Try again in %n second(s).", nullptr, seconds));
    m_wait->show();
}

void LoginWindow::showError(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}

QString LoginWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace prihvat
