#include "FormView.h"

#include "forms/RecordValues.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

FormView::FormView(const FormDefinition& form, const ReferenceData& reference, const PersonIndex* people,
                   FieldEditor::Languages languages, QDate today, bool showProtection, QWidget* parent)
    : QWidget(parent), m_form(form), m_reference(reference), m_languages(std::move(languages)), m_today(today),
      m_showProtection(showProtection)
{
    setObjectName(u"form_"_s + form.id);
    auto* outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"formTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);
    m_layout = new QFormLayout;
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_layout->setVerticalSpacing(10);
    outer->addLayout(m_layout);
    outer->addStretch(1);

    for (const FieldDefinition& f : form.fields) {
        Row row;
        row.field = &f;
        row.labelBox = new QWidget(this);
        auto* labelLayout = new QVBoxLayout(row.labelBox);
        labelLayout->setContentsMargins(0, 4, 0, 0);
        labelLayout->setSpacing(0);
        row.label = new QLabel(row.labelBox);
        row.label->setWordWrap(true);
        row.label->setObjectName(u"label_"_s + f.name);
        row.label->setMinimumWidth(180);
        row.label->setMaximumWidth(320);
        row.respondentLabel = new QLabel(row.labelBox);
        row.respondentLabel->setWordWrap(true);
        row.respondentLabel->setObjectName(u"respondentLabel_"_s + f.name);
        row.respondentLabel->setMaximumWidth(320);
        row.respondentLabel->setStyleSheet(u"color: #1f5f8b;"_s);
        labelLayout->addWidget(row.label);
        labelLayout->addWidget(row.respondentLabel);

        row.body = new QWidget(this);
        auto* bodyLayout = new QVBoxLayout(row.body);
        bodyLayout->setContentsMargins(0, 0, 0, 0);
        bodyLayout->setSpacing(2);
        if (f.sensitivity == Sensitivity::Protection && !m_showProtection) {
            row.withheld = new QLabel(row.body);
            row.withheld->setObjectName(u"withheld_"_s + f.name);
            row.withheld->setWordWrap(true);
            row.withheld->setStyleSheet(u"color: #555; font-style: italic; padding: 4px 0;"_s);
            bodyLayout->addWidget(row.withheld);
        } else {
            row.editor = FieldEditor::create(f, reference, people, m_languages, row.body);
            bodyLayout->addWidget(row.editor);
        }
        row.hint = new QLabel(row.body);
        row.hint->setWordWrap(true);
        row.hint->setStyleSheet(u"color: #666;"_s);
        bodyLayout->addWidget(row.hint);
        row.issue = new QLabel(row.body);
        row.issue->setObjectName(u"issue_"_s + f.name);
        row.issue->setWordWrap(true);
        row.issue->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        row.issue->hide();
        bodyLayout->addWidget(row.issue);
        if (row.editor && f.relevant && f.relevant->fieldReferences().contains(u"consent_given"_s)) {
            row.consentNote = new QLabel(row.body);
            row.consentNote->setObjectName(u"consentNote_"_s + f.name);
            row.consentNote->setWordWrap(true);
            row.consentNote->setStyleSheet(u"color: #666; font-style: italic;"_s);
            row.consentNote->hide();
            bodyLayout->addWidget(row.consentNote);
        }
        if (row.editor)
            row.label->setBuddy(row.editor->focusTarget());
        if (f.type == FieldType::Note) {
            row.label->setMaximumWidth(QWIDGETSIZE_MAX);
            m_layout->addRow(row.labelBox);
            row.body->hide();
        } else {
            m_layout->addRow(row.labelBox, row.body);
        }
        if (row.editor) {
            connect(row.editor, &FieldEditor::edited, this, [this, name = f.name] {
                if (m_loading)
                    return;
                // The answered message goes, its room stays until the next check, so
                // nothing below moves under the pointer.
                for (Row& r : m_rows) {
                    if (r.field->name == name && !r.issue->isHidden()) {
                        QSizePolicy keep = r.issue->sizePolicy();
                        keep.setRetainSizeWhenHidden(true);
                        r.issue->setSizePolicy(keep);
                        r.issue->hide();
                    }
                }
                // The language consent was asked in is one the person speaks: ticked for
                // them while nothing is ticked yet.
                if (name == u"consent_language"_s && m_isNew)
                    if (FieldEditor* spoken = editor(u"languages"_s)) {
                        const QJsonValue consentLanguage = editor(name)->value();
                        if (consentLanguage.isString() && spoken->value().toArray().isEmpty())
                            spoken->setValue(QJsonArray{consentLanguage});
                    }
                updateRelevance();
                Q_EMIT edited();
            });
        }
        m_rows.push_back(row);
    }
    // Editors are created in the form's order, so Qt's default focus chain (creation order)
    // is the form's Tab order; setTabOrder() is not used because it mishandles compound
    // widgets such as QDateEdit in Qt 6.4.
    retranslateRows();
    load({}, true);
}

void FormView::retranslateRows()
{
    m_title->setText(bilingual(m_form.title, m_languages));
    const bool showRespondent = !m_languages.respondent.isEmpty() && m_languages.respondent != m_languages.staff;
    for (Row& r : m_rows) {
        const FieldDefinition& f = *r.field;
        QString text = f.label.text(m_languages.staff);
        if (f.required)
            text += u" *"_s;
        r.label->setText(text);
        r.label->setToolTip(f.required ? tr("Required") : QString());
        r.respondentLabel->setVisible(showRespondent);
        if (showRespondent) {
            r.respondentLabel->setText(f.label.text(m_languages.respondent));
            // The respondent's script keeps its own direction whatever the staff language.
            const bool rtl = m_languages.respondent == u"ar"_s || m_languages.respondent == u"fa"_s ||
                             m_languages.respondent == u"ps"_s || m_languages.respondent == u"ur"_s;
            r.respondentLabel->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            r.respondentLabel->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
        }
        const QString hint = f.hint.text(m_languages.staff);
        r.hint->setText(hint);
        r.hint->setVisible(!hint.isEmpty());
        if (r.editor)
            r.editor->retranslate(m_languages);
        if (r.withheld)
            r.withheld->setText(withheldText());
        if (r.consentNote)
            r.consentNote->setText(consentNoteText());
    }
}

void FormView::setLanguages(const FieldEditor::Languages& languages)
{
    m_languages = languages;
    retranslateRows();
}

void FormView::load(const QJsonObject& values, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    QJsonObject shown = values;
    for (Row& r : m_rows) {
        if (!r.editor) {
            // Withheld: the value is not kept, not even as the baseline.
            shown.remove(r.field->name);
            continue;
        }
        QJsonValue v = values.value(r.field->name);
        if (v.isUndefined() && isNew)
            v = r.field->defaultValue;
        r.editor->setValue(v);
    }
    m_loading = false;
    clearIssues();
    m_baseline = isNew ? QJsonObject() : shown;
    updateRelevance();
    if (isNew) {
        // A new record is dirty only once the user changes something.
        m_baseline = this->values();
    }
}

QJsonObject FormView::values() const
{
    QJsonObject out;
    for (const Row& r : m_rows) {
        if (!r.field->hasValue() || r.body->isHidden() || r.greyed || !r.editor)
            continue;
        if (r.field->readOnly && !(m_form.states && m_form.states->field == r.field->name))
            continue;
        const QJsonValue v = r.editor->value();
        if (!v.isNull() && !v.isUndefined())
            out.insert(r.field->name, v);
    }
    return out;
}

QJsonObject FormView::changedValues() const
{
    const QJsonObject now = values();
    QJsonObject changed;
    for (auto it = now.begin(); it != now.end(); ++it)
        if (m_baseline.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    for (const Row& r : m_rows) {
        const QString& name = r.field->name;
        if (r.field->readOnly || !r.editor || !m_baseline.contains(name) || now.contains(name))
            continue;
        // Hidden by relevance: the store clears it itself. Emptied by the user: clear it.
        if (!r.body->isHidden() && !r.greyed)
            changed.insert(name, QJsonValue::Null);
    }
    return changed;
}

void FormView::applyValues(const QJsonObject& values, bool replaceAll)
{
    m_loading = true;
    for (Row& r : m_rows) {
        if (!r.editor || !r.field->hasValue())
            continue;
        if (r.field->readOnly && !(m_form.states && m_form.states->field == r.field->name))
            continue;
        if (values.contains(r.field->name))
            r.editor->setValue(values.value(r.field->name));
        else if (replaceAll)
            r.editor->setValue(QJsonValue());
    }
    m_loading = false;
    updateRelevance();
}

bool FormView::isDirty() const
{
    return !changedValues().isEmpty();
}

void FormView::updateRelevance()
{
    const QJsonObject current = [this] {
        QJsonObject all;
        for (const Row& r : m_rows) {
            if (!r.editor)
                continue;
            const QJsonValue v = r.field->readOnly ? m_baseline.value(r.field->name) : r.editor->value();
            if (!v.isNull() && !v.isUndefined())
                all.insert(r.field->name, v);
        }
        return all;
    }();
    QJsonObject working = current;
    const RecordValues context(m_form, working, m_today);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        const bool relevant = context.isRelevant(*r.field);
        if (!relevant)
            working.remove(r.field->name);
        bool visible = relevant;
        // Read-only fields without a value (a stamp not yet set) are not shown.
        if (r.editor && r.field->readOnly && r.editor->value().isUndefined())
            visible = false;
        if (r.editor && r.field->readOnly && r.editor->value().isNull())
            visible = false;
        // A new record's name typed before consent was answered stays in sight, greyed.
        const QJsonValue held = r.editor ? r.editor->value() : QJsonValue();
        const bool greyed = !relevant && r.consentNote && m_isNew && !held.isNull() && !held.isUndefined() &&
                            !(held.isString() && held.toString().isEmpty());
        if (greyed)
            visible = true;
        r.relevant = relevant;
        r.greyed = greyed;
        if (r.editor)
            r.editor->setEnabled(!greyed);
        r.labelBox->setEnabled(!greyed);
        if (r.consentNote)
            r.consentNote->setVisible(greyed);
        m_layout->setRowVisible(static_cast<int>(i), visible);
    }
}

void FormView::showIssues(const QList<FieldIssue>& issues)
{
    clearIssues();
    for (const FieldIssue& issue : issues) {
        for (Row& r : m_rows) {
            if (r.field->name == issue.field) {
                r.issue->setText(issue.message);
                r.issue->show();
            }
        }
    }
}

void FormView::clearIssues()
{
    for (Row& r : m_rows) {
        QSizePolicy policy = r.issue->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        r.issue->setSizePolicy(policy);
        r.issue->hide();
    }
}

void FormView::focusFirst()
{
    for (Row& r : m_rows) {
        if (!r.issue->isHidden() && r.editor && r.editor->focusTarget()) {
            r.editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    for (Row& r : m_rows) {
        if (!r.body->isHidden() && !r.field->readOnly && r.editor && r.editor->focusTarget() &&
            r.editor->isEnabled()) {
            r.editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool FormView::isFieldVisible(const QString& name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].field->name == name)
            return (!m_rows[i].body->isHidden() && !m_rows[i].greyed) ||
                   m_rows[i].field->type == FieldType::Note;
    return false;
}

bool FormView::isFieldWaitingForConsent(const QString& name) const
{
    for (const Row& r : m_rows)
        if (r.field->name == name)
            return r.greyed && !r.body->isHidden();
    return false;
}

QString FormView::consentNoteText()
{
    return tr("Names and contact details are kept only with the person's consent.");
}

FieldEditor* FormView::editor(const QString& name) const
{
    for (const Row& r : m_rows)
        if (r.field->name == name)
            return r.editor;
    return nullptr;
}

bool FormView::isWithheld(const QString& name) const
{
    for (const Row& r : m_rows)
        if (r.field->name == name)
            return r.withheld != nullptr;
    return false;
}

QString FormView::withheldText()
{
    return tr("Visible to protection officers only");
}

} // namespace prihvat
