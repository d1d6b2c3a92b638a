#include "PersonProfilePage.h"
#include "Format.h"

#include "AppContext.h"
#include "forms/FormRegistry.h"
#include "models/RecordSummary.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordQuery.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

PersonProfilePage::PersonProfilePage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_person"_s);
    auto* layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    m_name->setObjectName(u"personName"_s);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_name->setFont(f);
    layout->addWidget(m_name);
    m_details = new QLabel(this);
    m_details->setObjectName(u"personDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);

    auto* actions = new QHBoxLayout;
    auto button = [&](const QString& name, const QString& formId) {
        auto* b = new QPushButton(this);
        b->setObjectName(name);
        actions->addWidget(b);
        if (!formId.isEmpty())
            connect(b, &QPushButton::clicked, this, [this, formId] { startRecord(formId); });
        return b;
    };
    m_edit = button(u"editPersonButton"_s, {});
    m_screen = button(u"newScreeningButton"_s, u"screening"_s);
    m_assist = button(u"newAssistanceButton"_s, u"assistance"_s);
    m_transport = button(u"newTransportButton"_s, u"transport"_s);
    m_refer = button(u"newReferralButton"_s, u"referral"_s);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRecord(m_personId); });

    m_timelineHeading = new QLabel(this);
    QFont hf = m_timelineHeading->font();
    hf.setBold(true);
    m_timelineHeading->setFont(hf);
    layout->addWidget(m_timelineHeading);
    m_timeline = new QTableWidget(0, 5, this);
    m_timeline->setObjectName(u"personTimeline"_s);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setAlternatingRowColors(true);
    layout->addWidget(m_timeline, 1);
    connect(m_timeline, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto* item = m_timeline->item(row, 0))
            Q_EMIT editRecord(item->data(Qt::UserRole).toString());
    });
    connect(&context.events, &RecordEvents::recordSaved, this, [this] {
        if (!m_personId.isEmpty() && isVisible())
            refresh();
    });
    retranslate();
}

void PersonProfilePage::retranslate()
{
    m_edit->setText(tr("Edit details"));
    m_screen->setText(tr("Screen"));
    m_assist->setText(tr("Record assistance"));
    m_transport->setText(tr("Request transport"));
    m_refer->setText(tr("Refer"));
    m_timelineHeading->setText(tr("Timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Date"), tr("Record"), tr("Details"), tr("Site"), tr("By")});
    if (!m_personId.isEmpty())
        refresh();
}

bool PersonProfilePage::showPerson(const QString& personId)
{
    auto record = m_context.store.get(personId);
    if (!record || !record->has_value() || (*record)->form != u"person"_s || (*record)->deleted)
        return false;
    m_personId = personId;
    refresh();
    return true;
}

void PersonProfilePage::refresh()
{
    auto record = m_context.store.get(m_personId);
    if (!record || !record->has_value())
        return;
    const QString lang = m_context.language();
    const QJsonObject& v = (*record)->values;
    const FormDefinition& personForm = *m_context.forms().form(u"person"_s);
    const ReferenceData& ref = m_context.forms().reference();
    QString name = QStringList{v.value(u"given_name"_s).toString(), v.value(u"family_name"_s).toString()}.join(u' ').trimmed();
    if (v.contains(u"name_native"_s))
        name += u"  ·  "_s + QChar(0x2068) + v.value(u"name_native"_s).toString() + QChar(0x2069);
    m_name->setText(name);
    QStringList details;
    for (const QString& field : {u"sex"_s, u"date_of_birth"_s, u"age_estimated"_s, u"country_of_origin"_s, u"languages"_s,
                                 u"registration_site"_s, u"consent_given"_s, u"phone"_s}) {
        const QString text = displayValue(personForm, field, v.value(field), ref, lang);
        if (!text.isEmpty())
            details.append(personForm.field(field)->label.text(lang) + u": "_s + text);
    }
    // The id as the lists show it (its last eight characters, which search finds too); the
    // whole id in the tool tip.
    details.append(tr("Id: %1").arg(QChar(0x2066) + m_personId.right(8) + QChar(0x2069)));
    m_details->setText(details.join(u"   ·   "_s));
    m_details->setToolTip(m_personId);

    RecordFilter filter;
    filter.personId = m_personId;
    RecordQuery query(m_context.store);
    auto rows = query.page(filter, RecordQuery::Sort::Date, true, 500);
    m_timeline->setRowCount(0);
    if (!rows)
        return;
    // When and by whom each record was made here (the audit trail's "create" entries).
    QStringList ids{m_personId};
    for (const RecordRow& r : *rows)
        ids.append(r.id);
    auto created = m_context.store.audit().creations(ids);
    const QHash<QString, AuditEntry> made = created ? *created : QHash<QString, AuditEntry>();
    const auto when = [&made, &lang](const QString& id, const QString& date) {
        const auto it = made.constFind(id);
        const QString text =
            it != made.constEnd()
                ? Format::dateTime(QDateTime::fromMSecsSinceEpoch(it->atMs).toLocalTime(), lang)
                : Format::date(date, lang);
        return QString(QChar(0x2066) + text + QChar(0x2069));
    };
    const auto who = [&made](const QString& id) -> QString {
        const auto it = made.constFind(id);
        if (it == made.constEnd())
            return QString();
        const qsizetype at = it->actor.lastIndexOf(u'@');
        return QString(QChar(0x2068) + (at < 0 ? it->actor : it->actor.left(at)) + QChar(0x2069));
    };
    const auto addRow = [this](const QString& id, const QStringList& cells) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, id);
            m_timeline->setItem(row, c, item);
        }
    };
    for (const RecordRow& r : *rows) {
        const FormDefinition* form = m_context.forms().form(r.form);
        if (!form)
            continue;
        QString kind = form->title.text(lang);
        if (!r.state.isEmpty() && form->keys.state.size())
            kind += u" — "_s + displayValue(*form, form->keys.state, r.state, ref, lang);
        QString summary = summarizeRecord(*form, r.values, ref, lang);
        // A journey reads from where to where ("Bihać → Lipa"), not the pick-up alone.
        if (form->field(u"pickup_site"_s) && form->keys.site == u"destination"_s) {
            const QString from = ref.label(u"sites"_s, r.values.value(u"pickup_site"_s).toString(), lang);
            const QString to = ref.label(u"sites"_s, r.site, lang);
            QStringList parts = summary.split(u" · "_s, Qt::SkipEmptyParts);
            parts.removeAll(from);
            parts.prepend(QChar(0x2068) + from + QChar(0x2069) + u" → "_s + QChar(0x2068) + to +
                          QChar(0x2069));
            summary = parts.join(u" · "_s);
        }
        addRow(r.id, {when(r.id, r.date), kind, summary, ref.label(u"sites"_s, r.site, lang), who(r.id)});
    }
    // Where the person's story here begins: their registration, last in the list.
    const QString registered = v.value(u"registration_date"_s).toString();
    const QString registrationSite = v.value(u"registration_site"_s).toString();
    addRow(m_personId, {when(m_personId, registered), tr("Registered"), QString(),
                        ref.label(u"sites"_s, registrationSite, lang), who(m_personId)});
    m_timeline->resizeColumnsToContents();
}

void PersonProfilePage::startRecord(const QString& formId)
{
    const QString today = m_context.store.clock().today().toString(Qt::ISODate);
    const FormDefinition* form = m_context.forms().form(formId);
    if (!form)
        return;
    QJsonObject prefill{{form->keys.person, m_personId}};
    if (!form->keys.date.isEmpty())
        prefill.insert(form->keys.date, today);
    if (form->keys.site == u"site"_s)
        prefill.insert(u"site"_s, m_context.store.site());
    if (formId == u"transport"_s)
        prefill.insert(u"pickup_site"_s, m_context.store.site());
    Q_EMIT newRecord(formId, prefill);
}

} // namespace prihvat
