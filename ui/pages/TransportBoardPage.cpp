#include "TransportBoardPage.h"
#include "Format.h"

#include "AppContext.h"
#include "forms/FormRegistry.h"
#include "models/RecordSummary.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"
#include "store/RecordQuery.h"
#include "store/RecordService.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

const QString transportForm = u"transport"_s;
// At most this many requests are listed per column; the rest are counted.
constexpr int columnLimit = 300;

QString ltr(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

QString isolated(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

TransportBoardPage::TransportBoardPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_transport"_s);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_heading = makeHeading();
    top->addWidget(m_heading, 1);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newTransportRequest"_s);
    top->addWidget(m_new);
    layout->addLayout(top);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"transportBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    layout->addWidget(m_banner);

    auto* actions = new QHBoxLayout;
    m_selection = new QLabel(this);
    m_selection->setObjectName(u"transportSelection"_s);
    actions->addWidget(m_selection, 1);
    for (const QString& target : {u"approved"_s, u"in_transit"_s, u"completed"_s, u"cancelled"_s}) {
        auto* button = new QPushButton(this);
        button->setObjectName(u"action_"_s + target);
        button->setEnabled(false);
        actions->addWidget(button);
        m_actions.insert(target, button);
        connect(button, &QPushButton::clicked, this, [this, target] {
            const QString id = selectedId();
            if (!id.isEmpty())
                moveTo(id, target);
        });
    }
    layout->addLayout(actions);

    auto* board = new QHBoxLayout;
    for (const QString& state : states()) {
        auto* column = new QVBoxLayout;
        auto* heading = new QLabel(this);
        heading->setObjectName(u"heading_"_s + state);
        QFont hf = heading->font();
        hf.setBold(true);
        heading->setFont(hf);
        auto* list = new QListWidget(this);
        list->setObjectName(u"column_"_s + state);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setWordWrap(true);
        list->setAlternatingRowColors(true);
        list->setSpacing(1);
        list->installEventFilter(this);
        heading->setBuddy(list);
        auto* more = new QLabel(this);
        more->setObjectName(u"more_"_s + state);
        more->setWordWrap(true);
        more->setStyleSheet(u"color: #666;"_s);
        more->hide();
        column->addWidget(heading);
        column->addWidget(list, 1);
        column->addWidget(more);
        board->addLayout(column, 1);
        m_columns.insert(state, list);
        m_columnLabels.insert(state, heading);
        m_moreLabels.insert(state, more);
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            if (!list->selectedItems().isEmpty()) {
                // One selection across the board: the request the buttons act on.
                for (QListWidget* other : std::as_const(m_columns)) {
                    if (other != list) {
                        const QSignalBlocker block(other);
                        other->clearSelection();
                    }
                }
            }
            updateButtons();
        });
        connect(list, &QListWidget::itemDoubleClicked, this,
                [this](QListWidgetItem* item) { Q_EMIT editRecord(item->data(Qt::UserRole).toString()); });
    }
    layout->addLayout(board, 1);

    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString today = m_context.store.clock().today().toString(Qt::ISODate);
        Q_EMIT newRecord(transportForm,
                         {{u"request_date"_s, today}, {u"pickup_site"_s, m_context.store.site()}});
    });
    connect(&context.events, &RecordEvents::recordSaved, this, [this](const QString&, const QString& form) {
        if (m_moving || (form != transportForm && form != u"person"_s))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(&context.events, &RecordEvents::recordDeleted, this, [this](const QString&, const QString& form) {
        if (form == transportForm)
            m_stale = true;
    });
    retranslate();
}

const FormDefinition* TransportBoardPage::form() const
{
    return m_context.forms().form(transportForm);
}

QStringList TransportBoardPage::states() const
{
    // The state field's choices give the columns, in the order the form lists them.
    QStringList result;
    if (const FormDefinition* f = form())
        if (f->states)
            if (const FieldDefinition* field = f->field(f->states->field))
                for (const Choice& c : field->choices)
                    result.append(c.value);
    if (result.isEmpty())
        result = {u"requested"_s, u"approved"_s, u"in_transit"_s, u"completed"_s, u"cancelled"_s};
    return result;
}

QString TransportBoardPage::stateLabel(const QString& state) const
{
    if (const FormDefinition* f = form())
        if (f->states)
            return displayValue(*f, f->states->field, state, m_context.forms().reference(),
                                m_context.language());
    return state;
}

void TransportBoardPage::retranslate()
{
    m_heading->setText(tr("Transport requests"));
    m_new->setText(tr("&New request"));
    m_actions.value(u"approved"_s)->setText(tr("&Approve"));
    m_actions.value(u"in_transit"_s)->setText(tr("&Depart (in transit)"));
    m_actions.value(u"completed"_s)->setText(tr("Co&mplete (arrived)"));
    m_actions.value(u"cancelled"_s)->setText(tr("&Cancel request"));
    m_actions.value(u"approved"_s)->setToolTip(tr("Approve the selected request."));
    m_actions.value(u"in_transit"_s)
        ->setToolTip(tr("The vehicle has left with the selected request's people."));
    m_actions.value(u"completed"_s)->setToolTip(tr("The people of the selected request have arrived."));
    m_actions.value(u"cancelled"_s)
        ->setToolTip(tr("Cancel the selected request. A reason can be added by opening it."));
    if (m_loaded)
        reload();
    else
        updateHeadings();
    if (m_banner->text().isEmpty() || m_bannerIdle)
        showBanner(tr("Select a request with the arrow keys (left and right change column); Enter opens it. "
                      "The buttons move it to its next state."),
                   false, true);
    updateButtons();
}

void TransportBoardPage::activate()
{
    if (!m_loaded || m_stale)
        reload();
    // Focus the first column that has a request, so the arrow keys work at once.
    for (const QString& state : states()) {
        QListWidget* list = m_columns.value(state);
        if (list && list->count() > 0) {
            list->setFocus(Qt::OtherFocusReason);
            if (!selectedItem() && !list->currentItem())
                list->setCurrentRow(0);
            return;
        }
    }
    m_new->setFocus(Qt::OtherFocusReason);
}

void TransportBoardPage::updateHeadings()
{
    const QLocale locale(m_context.language());
    for (const QString& state : states()) {
        const qint64 total = m_counts.value(state, -1);
        QLabel* heading = m_columnLabels.value(state);
        heading->setText(total < 0 ? stateLabel(state)
                                   : tr("%1 (%2)").arg(stateLabel(state), ltr(locale.toString(total))));
        QLabel* more = m_moreLabels.value(state);
        const qint64 shown = m_columns.value(state)->count();
        const qint64 rest = total - shown;
        more->setVisible(rest > 0);
        if (rest > 0)
            more->setText(tr("… and %n more", nullptr,
                             static_cast<int>(std::min<qint64>(rest, std::numeric_limits<int>::max()))));
    }
}

QString TransportBoardPage::itemText(const RecordRow& row) const
{
    const QString lang = m_context.language();
    const ReferenceData& ref = m_context.forms().reference();
    QString name = row.personName;
    if (name.isEmpty())
        if (const PersonEntry* e = m_context.people.find(row.personId))
            name = Format::personName(e->displayName());
    name = name.isEmpty() ? ltr(row.personId.left(8)) : isolated(name);
    const int group = row.values.value(u"group_size"_s).toInt(1);
    if (group > 1)
        name = tr("%1 and %n other(s)", nullptr, group - 1).arg(name);
    const QString pickup =
        isolated(ref.label(u"sites"_s, row.values.value(u"pickup_site"_s).toString(), lang));
    const QString destination =
        isolated(ref.label(u"sites"_s, row.values.value(u"destination"_s).toString(), lang));
    // The arrow points from the pick-up to the destination in the reading direction.
    const QChar arrow = isRightToLeft() ? QChar(0x2190) : QChar(0x2192);
    const QString route = pickup + u' ' + arrow + u' ' + destination;
    QString priority;
    if (const FormDefinition* f = form())
        priority = displayValue(*f, u"priority"_s, row.values.value(u"priority"_s), ref, lang);
    const QDate date = QDate::fromString(row.date, Qt::ISODate);
    const QString when = ltr(date.isValid() ? Format::date(date, lang) : row.date);
    QStringList last{priority, when};
    last.removeAll(QString());
    return name + u'\n' + route + u'\n' + last.join(u" · "_s);
}

void TransportBoardPage::reload()
{
    const QString keep = selectedId();
    RecordQuery query(m_context.store);
    QStringList errors;
    for (const QString& state : states()) {
        QListWidget* list = m_columns.value(state);
        const QSignalBlocker block(list);
        list->clear();
        RecordFilter filter;
        filter.form = transportForm;
        filter.state = state;
        auto total = query.count(filter);
        m_counts.insert(state, total ? *total : -1);
        auto rows = query.page(filter, RecordQuery::Sort::Date, true, columnLimit);
        if (!rows) {
            errors.append(rows.error().message);
            continue;
        }
        for (const RecordRow& row : *rows) {
            auto* item = new QListWidgetItem(itemText(row), list);
            item->setData(Qt::UserRole, row.id);
            item->setData(Qt::UserRole + 1, state);
            item->setToolTip(tr("Request %1").arg(ltr(row.id)));
            const QString priority = row.values.value(u"priority"_s).toString();
            if (priority == u"emergency"_s || priority == u"urgent"_s) {
                QFont bold = list->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(priority == u"emergency"_s ? QColor(0x8a, 0x00, 0x10)
                                                               : QColor(0x8a, 0x4b, 0x00));
            }
        }
    }
    m_loaded = true;
    m_stale = false;
    updateHeadings();
    if (!errors.isEmpty())
        showBanner(tr("The requests could not be read: %1").arg(errors.join(u"; "_s)), true);
    if (!keep.isEmpty())
        selectRecord(keep);
    updateButtons();
}

QListWidgetItem* TransportBoardPage::selectedItem() const
{
    for (QListWidget* list : m_columns) {
        const QList<QListWidgetItem*> selected = list->selectedItems();
        if (!selected.isEmpty())
            return selected.first();
    }
    return nullptr;
}

QString TransportBoardPage::selectedId() const
{
    const QListWidgetItem* item = selectedItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool TransportBoardPage::selectRecord(const QString& recordId, bool focus)
{
    for (QListWidget* list : std::as_const(m_columns)) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == recordId) {
                list->setCurrentRow(i);
                list->item(i)->setSelected(true);
                if (focus)
                    list->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return false;
}

void TransportBoardPage::updateButtons()
{
    const QListWidgetItem* item = selectedItem();
    const QString from = item ? item->data(Qt::UserRole + 1).toString() : QString();
    const FormDefinition* f = form();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(item && f && f->states && f->states->allows(from, it.key()));
    if (item)
        m_selection->setText(tr("Selected: %1").arg(item->text().section(u'\n', 0, 0)));
    else
        m_selection->setText(tr("No request selected."));
}

bool TransportBoardPage::moveTo(const QString& recordId, const QString& state)
{
    const FormDefinition* f = form();
    auto record = m_context.store.get(recordId);
    if (!f || !f->states || !record || !record->has_value() || (*record)->form != transportForm ||
        (*record)->deleted) {
        showBanner(tr("This transport request no longer exists."), true);
        return false;
    }
    const QString from = (*record)->values.value(f->states->field).toString();
    QString name =
        m_context.people.find((*record)->values.value(u"person_id"_s).toString())
            ? m_context.people.find((*record)->values.value(u"person_id"_s).toString())->displayName()
            : QString();
    name = name.isEmpty() ? ltr(recordId.left(8)) : isolated(name);
    if (!f->states->allows(from, state)) {
        showBanner(tr("The request for %1 is \"%2\" and cannot become \"%3\".")
                       .arg(name, stateLabel(from), stateLabel(state)),
                   true);
        return false;
    }
    Status saved = m_context.records.update(recordId, {{f->states->field, state}});
    if (!saved) {
        showBanner(saved.error().fullText(), true);
        return false;
    }
    showBanner(tr("The request for %1 is now \"%2\".").arg(name, stateLabel(state)), false);
    reload();
    // Keep working on the same request from the keyboard: it is selected in its new column.
    selectRecord(recordId, isVisible());
    updateButtons();
    m_moving = true;
    Q_EMIT m_context.events.recordSaved(recordId, transportForm);
    m_moving = false;
    return true;
}

void TransportBoardPage::showBanner(const QString& text, bool error, bool idle)
{
    m_bannerIdle = idle;
    m_banner->setText(text);
    if (idle)
        m_banner->setStyleSheet(u"background:#eef3f8; color:#1f3b57; padding:8px; border-radius:4px;"_s);
    else if (error)
        m_banner->setStyleSheet(
            u"background:#fde7e9; color:#8a0010; padding:8px; border-radius:4px; font-weight:bold;"_s);
    else
        m_banner->setStyleSheet(u"background:#e6f4ea; color:#0b5d1e; padding:8px; border-radius:4px;"_s);
}

QString TransportBoardPage::bannerText() const
{
    return m_banner->text();
}

void TransportBoardPage::changeEvent(QEvent* event)
{
    // The route arrows follow the reading direction.
    if (event->type() == QEvent::LayoutDirectionChange && m_loaded)
        reload();
    Page::changeEvent(event);
}

bool TransportBoardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* list = qobject_cast<QListWidget*>(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        if (list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && list->currentItem()) {
            Q_EMIT editRecord(list->currentItem()->data(Qt::UserRole).toString());
            return true;
        }
        // Left and right move between the columns (mirrored in right-to-left layouts).
        if (list && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) &&
            key->modifiers() == Qt::NoModifier) {
            const QStringList order = states();
            int at = static_cast<int>(order.indexOf(list->objectName().mid(7)));
            const bool forward = (key->key() == Qt::Key_Right) != isRightToLeft();
            for (int i = at + (forward ? 1 : -1); i >= 0 && i < order.size(); i += forward ? 1 : -1) {
                QListWidget* next = m_columns.value(order.at(i));
                if (next && next->count() > 0) {
                    next->setFocus(Qt::TabFocusReason);
                    if (next->currentRow() < 0)
                        next->setCurrentRow(0);
                    next->currentItem()->setSelected(true);
                    return true;
                }
            }
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace prihvat
