#include "Dialogs.h"

namespace prihvat {

QMessageBox::StandardButton Dialogs::ask(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    m_lastText = text;
    ++m_count;
    if (m_next) {
        const auto answer = *m_next;
        m_next.reset();
        return answer;
    }
    if (m_nonInteractive) {
        ++m_unanswered;
        return QMessageBox::Cancel;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Dialogs::error(QWidget* parent, const QString& title, const QString& text)
{
    m_lastText = text;
    ++m_count;
    if (m_next) {
        m_next.reset();
        return;
    }
    if (m_nonInteractive) {
        ++m_unanswered;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    m_lastText = text;
    ++m_count;
    if (m_next) {
        m_next.reset();
        return;
    }
    if (m_nonInteractive) {
        ++m_unanswered;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

} // namespace prihvat
