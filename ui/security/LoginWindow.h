#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace prihvat {

// The login screen, shown before any record and whenever the session is locked: user
// name, password and the language of the application (so everyone can read it in their
// own). It holds no record data. DesktopApp checks the password (off this thread) and
// tells the window what happened: busy, a wait, an error.
class LoginWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit LoginWindow(const QString& language, QWidget* parent = nullptr);

    // Ready for the next login: the password emptied, the user name kept (or set when
    // given), the message replaced by `note` (e.g. "locked").
    void reset(const QString& user = QString(), const QString& note = QString());
    // The password is being checked: every input disabled, a busy bar shown.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A wait before the next attempt: counts the seconds down.
    void startWait(qint64 ms);
    void showError(const QString& text);
    QString message() const;

Q_SIGNALS:
    void loginRequested(const QString& user, const QString& password);
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateWait();
    void submit();

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_login = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_wait = nullptr;
    QTimer* m_waitTimer = nullptr;
    qint64 m_waitUntilMs = 0;
    QString m_note;
    bool m_busy = false;
};

} // namespace prihvat
