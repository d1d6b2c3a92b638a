#include "RecordEditorPage.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "RespondentLanguagePicker.h"
#include "Settings.h"
#include "common/Log.h"
#include "form/FormView.h"
#include "forms/FormRegistry.h"
#include "forms/Languages.h"
#include "search/PersonIndex.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

RecordEditorPage::RecordEditorPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_editor"_s);
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"editorBanner"_s);
    m_banner->setWordWrap(true);
    // Messages have a reserved place: showing or clearing one never moves the form under
    // the pointer.
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The message's place and, beside it, the respondent's language, switched while facing
    // the person (Alt+R, then a letter or the arrows).
    auto* header = new QHBoxLayout;
    header->addWidget(m_banner, 1);
    m_respondentLabel = new QLabel(this);
    m_respondent = new RespondentLanguagePicker(context.settings, this);
    m_respondent->setObjectName(u"editorRespondentLanguage"_s);
    m_respondentLabel->setBuddy(m_respondent);
    header->addWidget(m_respondentLabel, 0, Qt::AlignTop);
    header->addWidget(m_respondent, 0, Qt::AlignTop);
    layout->addLayout(header);
    connect(&context.settings, &Settings::respondentLanguageChanged, this, [this] {
        if (m_view)
            m_view->setLanguages({m_context.language(), m_context.respondentLanguage()});
    });
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (canLeave())
            Q_EMIT closed();
    });
    retranslate();
}

QString RecordEditorPage::title() const
{
    return m_view ? m_view->form().title.text(m_context.language()) : tr("Record");
}

void RecordEditorPage::retranslate()
{
    // Room for two lines of the current language's script (and the padding).
    m_banner->setFixedHeight(2 * m_banner->fontMetrics().lineSpacing() + 18);
    m_save->setText(tr("Save (Ctrl+S)"));
    m_respondentLabel->setText(tr("&Respondent's language:"));
    m_respondent->retranslate();
    m_cancel->setText(tr("Close"));
    if (m_view)
        m_view->setLanguages({m_context.language(), m_context.respondentLanguage()});
}

void RecordEditorPage::build(const QString& formId, const QJsonObject& values, bool isNew)
{
    const FormDefinition* form = m_context.forms().form(formId);
    Q_ASSERT(form);
    m_formId = formId;
    auto* view = new FormView(*form, m_context.forms().reference(), &m_context.people,
                              {m_context.language(), m_context.respondentLanguage()}, m_context.store.clock().today(),
                              m_context.canSeeProtection());
    view->load(values, isNew);
    connect(view, &FormView::edited, this, [this] { clearBanner(); });
    m_scroll->setWidget(view); // deletes the previous view
    m_view = view;
    clearBanner();
    view->focusFirst();
}

void RecordEditorPage::followPerson(const QString& formId, const QJsonObject& values)
{
    const FormDefinition* form = m_context.forms().form(formId);
    if (!form)
        return;
    QJsonObject person = values;
    if (!form->keys.person.isEmpty()) {
        const QString personId = values.value(form->keys.person).toString();
        if (personId.isEmpty())
            return;
        auto record = m_context.store.get(personId);
        if (!record || !record->has_value())
            return;
        person = (*record)->values;
    }
    // The first language they speak that forms are written in, else the consent language.
    QStringList candidates;
    for (const QJsonValue& v : person.value(u"languages"_s).toArray())
        candidates.append(v.toString());
    candidates.append(person.value(u"consent_language"_s).toString());
    for (const QString& code : candidates) {
        if (Languages::all().contains(code)) {
            m_context.settings.setRespondentLanguage(code == m_context.language() ? QString() : code);
            return;
        }
    }
}

void RecordEditorPage::startNew(const QString& formId, const QJsonObject& prefill)
{
    followPerson(formId, prefill);
    m_recordId.clear();
    m_stored = {};
    m_prefill = prefill;
    build(formId, prefill, true);
    // Prefilled values (a person chosen, today's date) do not count as unsaved work.
}

int RecordEditorPage::protectionAnswersShown(const FormDefinition& form, const QJsonObject& values) const
{
    if (!m_context.canSeeProtection())
        return 0;
    int shown = 0;
    for (const FieldDefinition& f : form.fields) {
        const QJsonValue v = values.value(f.name);
        if (f.sensitivity == Sensitivity::Protection && !v.isUndefined() && !v.isNull())
            ++shown;
    }
    return shown;
}

bool RecordEditorPage::startEdit(const QString& recordId)
{
    auto record = m_context.store.get(recordId);
    if (!record || !record->has_value() || (*record)->deleted)
        return false;
    // A protection officer is about to be shown protection-sensitive answers: who, when,
    // which record and how many answers go into the audit trail first (never which fields
    // or their values). No entry, no showing.
    const FormDefinition* form = m_context.forms().form((*record)->form);
    if (!form)
        return false;
    if (const int shown = protectionAnswersShown(*form, (*record)->values); shown > 0) {
        if (Status s = m_context.store.audit().viewedProtection(recordId, form->id, shown); !s) {
            qCWarning(lcUi) << "view_protection audit entry not written:" << s.error().message;
            Q_EMIT message(s.error().fullText());
            return false;
        }
    }
    m_recordId = recordId;
    m_stored = (*record)->values;
    m_prefill = {};
    followPerson((*record)->form, m_stored);
    build((*record)->form, m_stored, false);
    return true;
}

QJsonObject RecordEditorPage::draft() const
{
    if (!hasUnsavedChanges())
        return {};
    const bool isNew = m_recordId.isEmpty();
    return {{u"form"_s, m_formId},
            {u"record"_s, m_recordId},
            {u"prefill"_s, m_prefill},
            {u"values"_s, isNew ? m_view->values() : m_view->changedValues()}};
}

bool RecordEditorPage::restoreDraft(const QJsonObject& draft)
{
    const QString formId = draft.value(u"form"_s).toString();
    const QString recordId = draft.value(u"record"_s).toString();
    if (!m_context.forms().form(formId))
        return false;
    if (recordId.isEmpty()) {
        startNew(formId, draft.value(u"prefill"_s).toObject());
        m_view->applyValues(draft.value(u"values"_s).toObject(), true);
    } else {
        if (!startEdit(recordId) || m_formId != formId)
            return false;
        m_view->applyValues(draft.value(u"values"_s).toObject(), false);
    }
    showBanner(tr("Your unsaved answers are back. They are not saved yet: Ctrl+S saves them."), false);
    m_view->focusFirst();
    return true;
}

void RecordEditorPage::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setToolTip(text);
    m_banner->setStyleSheet(error ? u"background:#fde7e9; color:#8a0010; padding:8px; border-radius:4px;"_s
                                  : u"background:#e6f4ea; color:#0b5d1e; padding:8px; border-radius:4px;"_s);
}

void RecordEditorPage::clearBanner()
{
    m_banner->clear();
    m_banner->setToolTip(QString());
    m_banner->setStyleSheet(u"padding:8px;"_s);
}

bool RecordEditorPage::hasBanner() const
{
    return !m_banner->text().isEmpty();
}

bool RecordEditorPage::save()
{
    if (!m_view)
        return false;
    const bool isNew = m_recordId.isEmpty();
    const QJsonObject changes = isNew ? m_view->values() : m_view->changedValues();
    if (!isNew && changes.isEmpty()) {
        showBanner(tr("Nothing has changed."), false);
        return true;
    }
    // Check the whole record as it would be stored, so every problem shows at its field.
    QJsonObject merged = isNew ? QJsonObject() : m_stored;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    const QList<FieldIssue> issues = m_context.records.check(m_formId, merged);
    if (!issues.isEmpty()) {
        m_view->showIssues(issues);
        showBanner(tr("Not saved: %n answer(s) need attention.", nullptr, static_cast<int>(issues.size())), true);
        m_view->focusFirst();
        return false;
    }
    QString id = m_recordId;
    if (isNew) {
        auto created = m_context.records.create(m_formId, changes);
        if (!created) {
            showBanner(created.error().fullText(), true);
            return false;
        }
        id = *created;
    } else if (Status s = m_context.records.update(m_recordId, changes); !s) {
        showBanner(s.error().fullText(), true);
        return false;
    }
    auto stored = m_context.store.get(id);
    m_recordId = id;
    m_stored = stored && stored->has_value() ? (*stored)->values : merged;
    m_view->load(m_stored, false);
    showBanner(tr("Saved."), false);
    Q_EMIT saved(id, m_formId);
    if (isNew)
        Q_EMIT created(id, m_formId);
    return true;
}

bool RecordEditorPage::canLeave()
{
    if (!m_view || !m_view->isDirty())
        return true;
    const auto answer = m_context.dialogs.ask(
        this, tr("Unsaved changes"),
        tr("This record has changes that are not saved. Save them before leaving?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_view->load(m_stored, m_recordId.isEmpty());
        return true;
    }
    return false;
}

} // namespace prihvat
