#pragma once

#include "forms/FormDefinition.h"

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace prihvat {

class ReferenceData;
class PersonIndex;

// The editor of one field, chosen by its type: it shows a stored value and gives back
// what the user entered, in the stored form (docs/FORMS.md, "Types").
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    struct Languages
    {
        QString staff;
        QString respondent; // empty: none
    };

    static FieldEditor* create(const FieldDefinition& field, const ReferenceData& reference, const PersonIndex* people,
                               const Languages& languages, QWidget* parent);

    const FieldDefinition& field() const { return m_field; }
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;
    // The widget that takes focus first (Tab order follows the form).
    virtual QWidget* focusTarget() = 0;
    // Labels of choices in the current languages.
    virtual void retranslate(const Languages& languages) { Q_UNUSED(languages); }

Q_SIGNALS:
    void edited();

protected:
    FieldEditor(const FieldDefinition& field, QWidget* parent) : QWidget(parent), m_field(field) {}
    const FieldDefinition& m_field;
};

// "Staff label — respondent label" when a respondent language is set and differs.
QString bilingual(const LocalizedText& text, const FieldEditor::Languages& languages);

} // namespace prihvat
