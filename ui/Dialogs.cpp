#include "Dialogs.h"

#include <QAbstractButton>
#include <QInputDialog>

namespace prihvat {

QMessageBox::StandardButton Dialogs::ask(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton,
                                         const QList<std::pair<QMessageBox::StandardButton, QString>>& labels)
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
    if (buttons.testFlag(QMessageBox::Cancel))
        box.setEscapeButton(QMessageBox::Cancel);
    for (const auto& [button, label] : labels)
        if (QAbstractButton* b = box.button(button))
            b->setText(label);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

std::optional<int> Dialogs::choose(QWidget* parent, const QString& title, const QString& label,
                                   const QStringList& items)
{
    m_lastText = label;
    ++m_count;
    if (m_nextChoice) {
        const int choice = *m_nextChoice;
        m_nextChoice.reset();
        if (choice < 0 || choice >= items.size())
            return std::nullopt;
        return choice;
    }
    if (m_nonInteractive) {
        ++m_unanswered;
        return std::nullopt;
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("chooseDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int index = static_cast<int>(items.indexOf(dialog.textValue()));
    if (index < 0)
        return std::nullopt;
    return index;
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
