#include "SyncPage.h"
#include "Format.h"

#include "AppContext.h"
#include "ConflictsPage.h"
#include "Settings.h"
#include "form/FormView.h"
#include "forms/FormRegistry.h"
#include "models/RecordSummary.h"
#include "store/LocalStore.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

SyncPage::SyncPage(AppContext& context, QWidget* parent) : Page(context, parent), m_state(context.store)
{
    setObjectName(u"page_sync"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);

    m_form = new QFormLayout;
    m_server = new QLabel(this);
    m_server->setObjectName(u"syncServer"_s);
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSuccess = new QLabel(this);
    m_lastSuccess->setObjectName(u"syncLastSuccess"_s);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"syncPending"_s);
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(u"syncConflicts"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    m_form->addRow(QString(), m_server);
    m_form->addRow(QString(), m_lastSuccess);
    m_form->addRow(QString(), m_pending);
    m_form->addRow(QString(), m_conflicts);
    m_form->addRow(QString(), m_status);
    layout->addLayout(m_form);

    m_lastError = new QLabel(this);
    m_lastError->setObjectName(u"syncLastError"_s);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastError->setStyleSheet(
        u"QLabel { background: #fdecea; color: #8a1c12; padding: 8px; border-radius: 4px; }"_s);
    layout->addWidget(m_lastError);

    auto* buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    buttons->addWidget(m_syncNow);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_rejectedHeading = new QLabel(this);
    QFont bold = m_rejectedHeading->font();
    bold.setBold(true);
    m_rejectedHeading->setFont(bold);
    layout->addWidget(m_rejectedHeading);
    m_rejected = new QTreeWidget(this);
    m_rejected->setObjectName(u"rejectionsList"_s);
    m_rejected->setRootIsDecorated(false);
    m_rejected->setUniformRowHeights(true);
    m_rejected->setColumnCount(5);
    m_rejected->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejected->header()->setStretchLastSection(true);
    layout->addWidget(m_rejected, 1);

    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_rejected, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const int row = m_rejected->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_rejections.size())
            Q_EMIT editRecord(m_rejections.at(row).recordId);
    });
    connect(&context.events, &RecordEvents::recordSaved, this, [this] {
        if (isVisible())
            refresh();
    });
    // Field labels and values follow the staff member's language (form labels come from
    // the form definitions, not from a translator).
    connect(&context.settings, &Settings::languageChanged, this, &SyncPage::refresh);
    if (SyncClient* sync = context.sync) {
        connect(sync, &SyncClient::started, this, [this] {
            m_result.clear();
            refresh();
        });
        connect(sync, &SyncClient::progress, this, [this] { refresh(); });
        connect(sync, &SyncClient::finished, this, &SyncPage::showResult);
    }
    retranslate();
}

void SyncPage::retranslate()
{
    m_heading->setText(tr("Sync with headquarters"));
    auto label = [this](int row, const QString& text) {
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* l = qobject_cast<QLabel*>(item->widget()))
                l->setText(text);
    };
    label(0, tr("Headquarters"));
    label(1, tr("Last successful sync"));
    label(2, tr("Changes waiting to be sent"));
    label(3, tr("Conflicts to review"));
    label(4, tr("Status"));
    m_syncNow->setText(tr("Sync now"));
    m_rejected->setHeaderLabels({tr("Record"), tr("Question"), tr("Value"), tr("Reason"), tr("Refused")});
    refresh();
}

void SyncPage::activate()
{
    refresh();
}

bool SyncPage::syncNow()
{
    if (!m_context.sync || m_context.sync->isBusy())
        return false;
    const bool started = m_context.sync->start();
    refresh();
    return started;
}

void SyncPage::showResult(const SyncReport& report)
{
    if (report.ok)
        m_result = tr("Done: %1 sent, %2 received, %3 new conflicts, %4 refused.")
                       .arg(QLocale().toString(static_cast<qlonglong>(report.pushed)),
                            QLocale().toString(static_cast<qlonglong>(report.pulled)),
                            QLocale().toString(static_cast<qlonglong>(report.conflicts)),
                            QLocale().toString(static_cast<qlonglong>(report.rejected)));
    else
        m_result = tr("Not finished: %1").arg(report.errorText);
    refresh();
}

void SyncPage::showRunning(bool running)
{
    m_syncNow->setEnabled(m_context.sync && !running && m_state.isEnrolled());
}

void SyncPage::refresh()
{
    const QLocale locale;
    const bool enrolled = m_state.isEnrolled();
    if (enrolled)
        m_server->setText(QChar(0x2066) + m_state.serverUrl() + QChar(0x2069));
    else
        m_server->setText(
            tr("This device is not enrolled yet. Ask headquarters for a one-time code, then run: "
               "prihvat-cli enroll --server ADDRESS --code CODE"));
    const std::int64_t last = m_state.lastSuccessMs();
    m_lastSuccess->setText(
        last > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(last).toLocalTime(), QLocale::LongFormat)
                 : tr("Never"));
    auto pending = m_state.pendingChanges();
    m_pending->setText(locale.toString(static_cast<qlonglong>(pending ? *pending : 0)));
    auto conflicts = m_state.openConflictCount();
    m_conflicts->setText(locale.toString(static_cast<qlonglong>(conflicts ? *conflicts : 0)));

    const bool running = m_context.sync && m_context.sync->isBusy();
    QString status;
    if (!m_context.sync)
        status = tr("Sync is not available in this window.");
    else if (running)
        switch (m_context.sync->phase()) {
        case SyncClient::Phase::Enrolling:
            status = tr("Enrolling…");
            break;
        case SyncClient::Phase::Pushing:
            status = tr("Sending changes…");
            break;
        case SyncClient::Phase::Pulling:
            status = tr("Receiving changes…");
            break;
        case SyncClient::Phase::Waiting:
            status = tr("Waiting to try again…");
            break;
        case SyncClient::Phase::Idle:
            break;
        }
    else
        status = m_result.isEmpty() ? tr("Idle") : m_result;
    m_status->setText(status);

    const QString error = m_state.lastError();
    m_lastError->setText(error);
    m_lastError->setVisible(!error.isEmpty());
    showRunning(running);

    auto rejections = m_state.rejections();
    m_rejections = rejections ? *rejections : QList<Rejection>();
    m_rejected->clear();
    const QString language = m_context.language();
    for (const Rejection& r : std::as_const(m_rejections)) {
        const FormDefinition* form = m_context.forms().form(r.form);
        const FieldDefinition* field = form ? form->field(r.field) : nullptr;
        QString value;
        if (r.field == u"_deleted"_s)
            value = tr("deleted");
        else if (field && field->sensitivity == Sensitivity::Protection)
            value = FormView::withheldText(); // never shown here, not even to protection officers
        else if (r.value.isNull())
            value = tr("(no answer)");
        else if (form)
            value = displayValue(*form, r.field, r.value, m_context.forms().reference(), language);
        if (value.isEmpty())
            value = r.value.toVariant().toString();
        auto* item = new QTreeWidgetItem(m_rejected);
        item->setText(0, ConflictsPage::describeRecord(m_context, r.recordId));
        item->setText(1, r.field == u"_deleted"_s ? tr("Deleted")
                                                  : (field ? field->label.text(language) : r.field));
        item->setText(2, value);
        item->setText(3, r.reason);
        item->setText(4, QChar(0x2066) +
                             Format::dateTime(QDateTime::fromMSecsSinceEpoch(r.atMs).toLocalTime(),
                                              m_context.language()) +
                             QChar(0x2069));
        item->setToolTip(3, r.reason);
    }
    m_rejectedHeading->setText(
        tr("Changes headquarters refused (%1)").arg(locale.toString(m_rejections.size())));
}

} // namespace prihvat
