#pragma once

#include "Page.h"
#include "form/FormView.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QScrollArea;

namespace prihvat {

class RespondentLanguagePicker;

// Fills in a new record or edits an existing one with the form renderer. Ctrl+S saves
// (only the changed fields of an existing record); leaving with unsaved changes asks.
class RecordEditorPage final : public Page
{
    Q_OBJECT
public:
    explicit RecordEditorPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("editor"); }
    QString title() const override;
    void retranslate() override;
    bool canLeave() override;
    // True when the open record has changes not saved yet.
    bool hasUnsavedChanges() const { return m_view && m_view->isDirty(); }

    void startNew(const QString& formId, const QJsonObject& prefill);
    // False when the record does not exist (or its view could not be audited).
    bool startEdit(const QString& recordId);
    // Saves; true when the record was written (or nothing had changed).
    bool save();
    FormView* formView() const { return m_view; }
    // A message ("Saved.", "Not saved: …") is shown in the reserved place above the form.
    bool hasBanner() const;
    // The unsaved work in the open record, to keep while the session is locked (empty when
    // there is none): the form, the record (empty for a new one), what a new one was
    // started with and the answers given.
    QJsonObject draft() const;
    // Opens the record of a draft again with its unsaved answers. False when the draft's
    // form or record no longer exists.
    bool restoreDraft(const QJsonObject& draft);
    const QString& recordId() const { return m_recordId; }

Q_SIGNALS:
    void saved(const QString& recordId, const QString& formId);
    // A new record was saved (after saved()).
    void created(const QString& recordId, const QString& formId);
    void closed();

private:
    void build(const QString& formId, const QJsonObject& values, bool isNew);
    void showBanner(const QString& text, bool error);
    // Sets the respondent's language from the person the record is about (or who is being
    // registered), when they speak one the forms are written in.
    void followPerson(const QString& formId, const QJsonObject& values);
    void clearBanner();
    // Protection-sensitive answers in `values` that this user is shown (0 unless they are
    // a protection officer).
    int protectionAnswersShown(const FormDefinition& form, const QJsonObject& values) const;

    QScrollArea* m_scroll = nullptr;
    QPointer<FormView> m_view;
    QLabel* m_banner = nullptr;
    QLabel* m_respondentLabel = nullptr;
    RespondentLanguagePicker* m_respondent = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_recordId;
    QString m_formId;
    QJsonObject m_stored;
    QJsonObject m_prefill;
};

} // namespace prihvat
