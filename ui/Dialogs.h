#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace prihvat {

// Every modal question goes through here, so a test can answer it in advance
// (setNextAnswer) instead of a dialog blocking the run.
class Dialogs
{
public:
    QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    void error(QWidget* parent, const QString& title, const QString& text);
    void warning(QWidget* parent, const QString& title, const QString& text);

    void setNextAnswer(QMessageBox::StandardButton answer) { m_next = answer; }
    // For tests and --screenshot: a question nobody answered in advance gets Cancel (an
    // error or warning is only recorded) instead of a window that would wait for a click.
    void setNonInteractive(bool on) { m_nonInteractive = on; }
    int unansweredCount() const { return m_unanswered; }
    // The text of the last dialog shown or answered (for tests).
    const QString& lastText() const { return m_lastText; }
    int shownCount() const { return m_count; }

private:
    std::optional<QMessageBox::StandardButton> m_next;
    QString m_lastText;
    int m_count = 0;
    int m_unanswered = 0;
    bool m_nonInteractive = false;
};

} // namespace prihvat
