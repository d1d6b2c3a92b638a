#include "RecordListPage.h"

#include "AppContext.h"
#include "Format.h"
#include "forms/FormRegistry.h"
#include "models/RecordListModel.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// The earliest date a filter can hold; a date edit showing it means "no limit".
const QDate noLimit(2000, 1, 1);

// The locale's short date format, with the year written in full so that typing it is
// unambiguous.
QString dateEditFormat(const QLocale& locale)
{
    return Format::dateFormat(locale.name());
}

} // namespace

RecordListPage::RecordListPage(AppContext& context, const QString& formId, const QString& pageId,
                               QWidget* parent)
    : Page(context, parent), m_formId(formId), m_pageId(pageId)
{
    setObjectName(u"page_"_s + pageId);
    const FormDefinition* form = context.forms().form(formId);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_heading = makeHeading();
    m_heading->setObjectName(u"listHeading"_s);
    top->addWidget(m_heading, 1);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newRecordButton"_s);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    auto addFilter = [&](QLabel*& label, QWidget* editor) {
        label = new QLabel(this);
        label->setBuddy(editor);
        filters->addWidget(label);
        filters->addWidget(editor);
        filters->addSpacing(8);
    };
    m_site = new QComboBox(this);
    m_site->setObjectName(u"siteFilter"_s);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFilter(m_siteLabel, m_site);
    auto dateEdit = [&](const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noLimit);
        edit->setMaximumDate(QDate(2100, 12, 31));
        edit->setDate(noLimit);
        return edit;
    };
    m_from = dateEdit(u"fromFilter"_s);
    addFilter(m_fromLabel, m_from);
    m_to = dateEdit(u"toFilter"_s);
    addFilter(m_toLabel, m_to);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFilter(m_stateLabel, m_state);
    m_today = new QPushButton(this);
    m_today->setObjectName(u"todayFilter"_s);
    filters->addWidget(m_today);
    const bool hasState = form && !form->keys.state.isEmpty();
    m_state->setVisible(hasState);
    m_stateLabel->setVisible(hasState);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setObjectName(u"recordCount"_s);
    layout->addWidget(m_count);

    m_model = new RecordListModel(context.store, formId, &context.people, this);
    m_model->setLanguage(context.language());
    m_table = new QTableView(this);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortSection(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    // Only date, site and state sort; a click elsewhere leaves the order (and the arrow) as it was.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder) {
                if (!m_model->isSortable(section)) {
                    const QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(m_model->sortSection(),
                                                                  m_model->sortOrder());
                }
            });
    connect(m_model, &RecordListModel::reloaded, this, [this] {
        updateCount();
        m_table->resizeColumnsToContents();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = m_model->recordId(index.row());
        if (!id.isEmpty())
            Q_EMIT editRecord(id);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const FormDefinition* listForm = m_context.forms().form(m_formId);
        if (!listForm)
            return;
        const QString today = m_context.store.clock().today().toString(Qt::ISODate);
        QJsonObject prefill;
        if (!listForm->keys.date.isEmpty())
            prefill.insert(listForm->keys.date, today);
        if (listForm->field(u"site"_s))
            prefill.insert(u"site"_s, m_context.store.site());
        if (listForm->field(u"pickup_site"_s))
            prefill.insert(u"pickup_site"_s, m_context.store.site());
        Q_EMIT newRecord(m_formId, prefill);
    });
    auto filterChanged = [this] {
        if (m_model->isLoaded() || isVisible())
            reload();
    };
    connect(m_site, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_today, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker block(m_site);
            m_site->setCurrentIndex(std::max(0, m_site->findData(m_context.store.site())));
        }
        const QDate today = m_context.store.clock().today();
        setDateRange(today, today);
    });
    connect(m_from, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, filterChanged);
    connect(&context.events, &RecordEvents::recordSaved, this,
            [this](const QString&, const QString& savedForm) {
                if (savedForm != m_formId && savedForm != u"person"_s)
                    return;
                if (isVisible())
                    reload();
                else
                    m_stale = true;
            });
    connect(&context.events, &RecordEvents::recordDeleted, this,
            [this](const QString&, const QString& deletedForm) {
                if (deletedForm != m_formId)
                    return;
                if (isVisible())
                    reload();
                else
                    m_stale = true;
            });
    retranslate();
}

QString RecordListPage::title() const
{
    if (m_formId == u"screening"_s)
        return tr("Screenings");
    if (m_formId == u"assistance"_s)
        return tr("Assistance");
    if (m_formId == u"referral"_s)
        return tr("Referrals");
    if (m_formId == u"transport"_s)
        return tr("Transport requests");
    const FormDefinition* form = m_context.forms().form(m_formId);
    return form ? form->title.text(m_context.language()) : m_formId;
}

void RecordListPage::retranslate()
{
    const QString lang = m_context.language();
    const FormDefinition* form = m_context.forms().form(m_formId);
    const ReferenceData& ref = m_context.forms().reference();
    m_heading->setText(title());
    m_new->setText(form ? tr("New: %1").arg(form->title.text(lang)) : tr("New"));
    m_new->setToolTip(tr("Starts a new record with today's date and this site."));
    m_siteLabel->setText(tr("&Site:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_today->setText(tr("To&day"));
    m_today->setToolTip(tr("What was recorded today at this site"));

    {
        const QSignalBlocker block(m_site);
        const QString current = m_site->currentData().toString();
        m_site->clear();
        m_site->addItem(tr("All sites"), QString());
        for (const QString& code : ref.codes(u"sites"_s))
            m_site->addItem(ref.label(u"sites"_s, code, lang), code);
        m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
    }
    {
        const QSignalBlocker block(m_state);
        const QString current = m_state->currentData().toString();
        m_state->clear();
        if (form && !form->keys.state.isEmpty()) {
            const FieldDefinition* stateField = form->field(form->keys.state);
            m_stateLabel->setText(stateField ? tr("%1:").arg(stateField->label.text(lang)) : tr("&State:"));
            m_state->addItem(tr("All states"), QString());
            if (stateField)
                for (const Choice& c : stateField->choices)
                    m_state->addItem(c.label.text(lang), c.value);
        }
        m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
    }
    const QLocale locale(lang);
    for (QDateEdit* edit : {m_from, m_to}) {
        const QSignalBlocker block(edit);
        edit->setLocale(locale);
        edit->setDisplayFormat(dateEditFormat(locale));
        edit->setSpecialValueText(tr("no limit"));
    }
    m_from->setToolTip(tr("Earliest date shown; the first date means no limit."));
    m_to->setToolTip(tr("Latest date shown; the first date means no limit."));

    // Rows as tall as the language's script needs (Arabic script is taller than Latin).
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_model->setLanguage(lang);
    updateCount();
    if (m_model->isLoaded())
        m_table->resizeColumnsToContents();
}

void RecordListPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (!m_model->isLoaded())
        m_count->clear();
    else if (total < 0)
        m_count->setText(tr("The records could not be read: %1").arg(m_model->lastError()));
    else
        m_count->setText(tr("%n record(s)", nullptr,
                            static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()))));
}

void RecordListPage::activate()
{
    if (!m_model->isLoaded() || m_stale)
        reload();
    m_table->setFocus(Qt::OtherFocusReason);
}

void RecordListPage::setSiteFilter(const QString& site)
{
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    reload();
}

void RecordListPage::setStateFilter(const QString& state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    reload();
}

void RecordListPage::setDateRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from.isValid() ? from : noLimit);
        m_to->setDate(to.isValid() ? to : noLimit);
    }
    reload();
}

void RecordListPage::reload()
{
    RecordFilter filter;
    filter.site = m_site->currentData().toString();
    filter.state = m_state->currentData().toString();
    if (m_from->date() > noLimit)
        filter.from = m_from->date();
    if (m_to->date() > noLimit)
        filter.to = m_to->date();
    m_model->setFilter(filter);
    m_stale = false;
    m_model->reload();
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            const QString id = m_model->recordId(m_table->currentIndex().row());
            if (!id.isEmpty())
                Q_EMIT editRecord(id);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace prihvat
