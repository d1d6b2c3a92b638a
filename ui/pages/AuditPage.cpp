#include "AuditPage.h"
#include "Format.h"

#include "AppContext.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

QString isolated(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

AuditPage::AuditPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_audit"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);
    m_verify = new QLabel(this);
    m_verify->setObjectName(u"auditVerification"_s);
    m_verify->setWordWrap(true);
    layout->addWidget(m_verify);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* nav = new QHBoxLayout;
    m_check = new QPushButton(this);
    m_check->setObjectName(u"auditCheckButton"_s);
    m_position = new QLabel(this);
    m_position->setObjectName(u"auditPosition"_s);
    m_newer = new QPushButton(this);
    m_newer->setObjectName(u"auditNewerButton"_s);
    m_older = new QPushButton(this);
    m_older->setObjectName(u"auditOlderButton"_s);
    nav->addWidget(m_check);
    nav->addStretch(1);
    nav->addWidget(m_position);
    nav->addWidget(m_newer);
    nav->addWidget(m_older);
    layout->addLayout(nav);
    connect(m_newer, &QPushButton::clicked, this, &AuditPage::showNewer);
    connect(m_older, &QPushButton::clicked, this, &AuditPage::showOlder);
    connect(m_check, &QPushButton::clicked, this, &AuditPage::refresh);
    retranslate();
}

void AuditPage::retranslate()
{
    m_heading->setText(tr("Audit trail"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Details")});
    m_newer->setText(tr("Newer"));
    m_older->setText(tr("Older"));
    m_check->setText(tr("Check again"));
    if (isVisible())
        refresh();
}

void AuditPage::activate()
{
    m_offset = 0;
    refresh();
}

void AuditPage::refresh()
{
    verify();
    load();
}

void AuditPage::verify()
{
    auto faults = m_context.store.audit().verify(1);
    if (!faults) {
        m_verify->setText(faults.error().fullText());
        m_verify->setStyleSheet(u"background:#fde7e9; color:#8a0010; padding:8px; border-radius:4px;"_s);
    } else if (faults->isEmpty()) {
        m_verify->setText(tr("The trail is intact: no entry was changed or removed."));
        m_verify->setStyleSheet(u"background:#e6f4ea; color:#0b5d1e; padding:8px; border-radius:4px;"_s);
    } else {
        const AuditFault& f = faults->first();
        m_verify->setText(tr("The trail is broken at entry %1: %2").arg(QLocale().toString(f.seq), f.message));
        m_verify->setStyleSheet(u"background:#fde7e9; color:#8a0010; padding:8px; border-radius:4px;"_s);
    }
}

QString AuditPage::verification() const
{
    return m_verify->text();
}

void AuditPage::load()
{
    AuditLog& log = m_context.store.audit();
    auto total = log.count();
    m_total = total ? *total : 0;
    m_offset = std::clamp(m_offset, 0, static_cast<int>(std::max<std::int64_t>(0, m_total - 1)));
    auto entries = log.entries(kPageSize, m_offset);
    m_table->setRowCount(0);
    if (!entries) {
        Q_EMIT message(entries.error().fullText());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const AuditEntry& e = entries->at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(locale.toString(e.seq)));
        m_table->setItem(i, 1,
                         new QTableWidgetItem(isolated(Format::dateTime(
                             QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), m_context.language()))));
        // "user@device": the device by the first 8 characters of its id, as elsewhere.
        const qsizetype at = e.actor.lastIndexOf(u'@');
        auto* who = new QTableWidgetItem(isolated(at < 0 ? e.actor : e.actor.left(at + 9)));
        who->setToolTip(e.actor);
        m_table->setItem(i, 2, who);
        m_table->setItem(i, 3, new QTableWidgetItem(kindLabel(e.kind)));
        const QString record = e.recordId.isEmpty() ? QString() : isolated(e.form + u" "_s + e.recordId.left(8));
        auto* recordItem = new QTableWidgetItem(record);
        recordItem->setToolTip(e.recordId);
        m_table->setItem(i, 4, recordItem);
        m_table->setItem(i, 5, new QTableWidgetItem(isolated(e.detail)));
    }
    m_table->resizeColumnsToContents();
    const int first = m_total == 0 ? 0 : m_offset + 1;
    const int last = m_offset + static_cast<int>(entries->size());
    m_position->setText(tr("Entries %1 to %2 of %3 (newest first)")
                            .arg(locale.toString(first), locale.toString(last), locale.toString(m_total)));
    m_newer->setEnabled(m_offset > 0);
    m_older->setEnabled(last < m_total);
}

void AuditPage::showOlder()
{
    if (m_offset + kPageSize < m_total) {
        m_offset += kPageSize;
        load();
    }
}

void AuditPage::showNewer()
{
    m_offset = std::max(0, m_offset - kPageSize);
    load();
}

QString AuditPage::kindLabel(const QString& kind)
{
    static const struct
    {
        const char16_t* kind;
        const char* label;
    } kLabels[] = {
        {u"init", QT_TR_NOOP("Data folder created")},
        {u"create", QT_TR_NOOP("Record created")},
        {u"update", QT_TR_NOOP("Record changed")},
        {u"delete", QT_TR_NOOP("Record deleted")},
        {u"view_protection", QT_TR_NOOP("Protection details viewed")},
        {u"export", QT_TR_NOOP("Data exported")},
        {u"sync", QT_TR_NOOP("Synced with headquarters")},
        {u"purge", QT_TR_NOOP("Records purged")},
        {u"seed", QT_TR_NOOP("Demonstration data added")},
        {u"login", QT_TR_NOOP("Logged in")},
        {u"login_failed", QT_TR_NOOP("Login refused")},
        {u"lock", QT_TR_NOOP("Session locked")},
        {u"role_change", QT_TR_NOOP("Role changed")},
        {u"lockout", QT_TR_NOOP("Account locked out")},
        {u"user_add", QT_TR_NOOP("User added")},
        {u"user_remove", QT_TR_NOOP("User removed")},
        {u"user_unlock", QT_TR_NOOP("Account unlocked")},
        {u"password_change", QT_TR_NOOP("Password changed")},
        {u"crypto_erase", QT_TR_NOOP("Keys destroyed")},
        {u"trail_unsealed", QT_TR_NOOP("Trail found without its seal")},
    };
    for (const auto& l : kLabels)
        if (kind == QStringView(l.kind))
            return tr(l.label);
    return kind;
}

} // namespace prihvat
