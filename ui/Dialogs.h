#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QWidget;

namespace prihvat {

// Every modal question goes through here, so a test can answer it in advance
// (setNextAnswer) instead of a dialog blocking the run.
class Dialogs
{
public:
    // Esc answers Cancel when it is among the buttons. `labels` renames buttons
    // ("Continue" instead of "Yes").
    QMessageBox::StandardButton
    ask(QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton,
        const QList<std::pair<QMessageBox::StandardButton, QString>>& labels = {});
    void error(QWidget* parent, const QString& title, const QString& text);
    void warning(QWidget* parent, const QString& title, const QString& text);

    // One of `items` (its index), or nothing when the person cancels.
    std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                              const QStringList& items);

    void setNextAnswer(QMessageBox::StandardButton answer) { m_next = answer; }
    void setNextChoice(int index) { m_nextChoice = index; }
    // For tests and --screenshot: a question nobody answered in advance gets Cancel (an
    // error or warning is only recorded) instead of a window that would wait for a click.
    void setNonInteractive(bool on) { m_nonInteractive = on; }
    int unansweredCount() const { return m_unanswered; }
    // The text of the last dialog shown or answered (for tests).
    const QString& lastText() const { return m_lastText; }
    int shownCount() const { return m_count; }

private:
    std::optional<QMessageBox::StandardButton> m_next;
    std::optional<int> m_nextChoice;
    QString m_lastText;
    int m_count = 0;
    int m_unanswered = 0;
    bool m_nonInteractive = false;
};

} // namespace prihvat
