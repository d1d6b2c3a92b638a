#pragma once

#include "FieldEditor.h"
#include "forms/FormDefinition.h"
#include "forms/RecordValidator.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;

namespace prihvat {

class ReferenceData;
class PersonIndex;

// Renders a form definition as a form: one row per field with its label in the staff
// member's language (and the respondent's beside it), a hint, the editor and an inline
// message. Relevance is applied live as the user types; required fields are marked.
// Knows nothing of saving: the editor page does that with values() / changedValues().
//
// Need-to-know: unless `showProtection` is set (protection officers), every
// protection-sensitive field is shown as present but withheld: its label and a
// placeholder, no editor, no value held anywhere in the view, never part of values() or
// changedValues() (so saving never touches it).
class FormView : public QWidget
{
    Q_OBJECT
public:
    FormView(const FormDefinition& form, const ReferenceData& reference, const PersonIndex* people,
             FieldEditor::Languages languages, QDate today, bool showProtection, QWidget* parent = nullptr);

    const FormDefinition& form() const { return m_form; }

    // Shows a stored record (or prefilled values for a new one) and makes it the baseline
    // that isDirty() and changedValues() compare with.
    void load(const QJsonObject& values, bool isNew);
    // The answers of the relevant fields, in stored form (empty answers left out).
    QJsonObject values() const;
    // For an existing record: only the fields that differ from what was loaded; a
    // cleared answer is a JSON null.
    QJsonObject changedValues() const;
    bool isDirty() const;
    // Puts answers into the editors without changing the baseline (unsaved work brought
    // back): a JSON null clears a field; with `replaceAll` every field not in `values` is
    // cleared too. Withheld and read-only fields are left alone.
    void applyValues(const QJsonObject& values, bool replaceAll);

    void showIssues(const QList<FieldIssue>& issues);
    void clearIssues();
    // Gives focus to the first relevant, editable field (or the first with an issue).
    void focusFirst();
    void setLanguages(const FieldEditor::Languages& languages);
    bool isFieldVisible(const QString& name) const;
    // Shown greyed, not answerable and not kept, waiting for consent (see Row).
    bool isFieldWaitingForConsent(const QString& name) const;
    static QString consentNoteText();
    // Null for a withheld field.
    FieldEditor* editor(const QString& name) const;
    bool isWithheld(const QString& name) const;
    // The placeholder text of a withheld field.
    static QString withheldText();

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        const FieldDefinition* field = nullptr;
        QWidget* labelBox = nullptr;
        QLabel* label = nullptr;
        QLabel* respondentLabel = nullptr;
        QWidget* body = nullptr;
        FieldEditor* editor = nullptr; // null when withheld
        QLabel* withheld = nullptr;    // the placeholder when withheld
        QLabel* hint = nullptr;
        QLabel* issue = nullptr;
        // Fields kept only with consent: while consent is not given, a value already
        // there (a name typed into search) stays shown, greyed, with this note.
        QLabel* consentNote = nullptr;
        bool relevant = true;
        bool greyed = false;
    };

    void updateRelevance();
    void retranslateRows();

    const FormDefinition& m_form;
    const ReferenceData& m_reference;
    FieldEditor::Languages m_languages;
    QDate m_today;
    QFormLayout* m_layout = nullptr;
    QLabel* m_title = nullptr;
    std::vector<Row> m_rows;
    QJsonObject m_baseline;
    bool m_showProtection = false;
    bool m_isNew = true;
    bool m_loading = false;
};

} // namespace prihvat
