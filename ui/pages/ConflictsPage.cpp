#include "ConflictsPage.h"
#include "Format.h"

#include "AppContext.h"
#include "Settings.h"
#include "form/FormView.h"
#include "forms/FormRegistry.h"
#include "models/RecordSummary.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Text that must stay left-to-right inside a right-to-left layout (ids, times).
QString isolated(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QJsonValue normalised(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

} // namespace

ConflictsPage::ConflictsPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_state(context.store)
{
    setObjectName(u"page_conflicts"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"conflictsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(5);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"conflictsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    m_detail = new QWidget(this);
    m_detail->setObjectName(u"conflictDetail"_s);
    auto* grid = new QGridLayout(m_detail);
    m_detailTitle = new QLabel(m_detail);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    grid->addWidget(m_detailTitle, 0, 0, 1, 2);
    m_winnerHeading = new QLabel(m_detail);
    m_loserHeading = new QLabel(m_detail);
    m_winnerValue = new QLabel(m_detail);
    m_winnerValue->setObjectName(u"winnerValue"_s);
    m_loserValue = new QLabel(m_detail);
    m_loserValue->setObjectName(u"loserValue"_s);
    for (QLabel* l : {m_winnerValue, m_loserValue}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setFrameShape(QFrame::StyledPanel);
        l->setMinimumHeight(40);
        QFont big = l->font();
        big.setPointSizeF(big.pointSizeF() * 1.15);
        l->setFont(big);
    }
    m_winnerSource = new QLabel(m_detail);
    m_loserSource = new QLabel(m_detail);
    m_keepWinner = new QPushButton(m_detail);
    m_keepWinner->setObjectName(u"keepWinnerButton"_s);
    m_keepLoser = new QPushButton(m_detail);
    m_keepLoser->setObjectName(u"keepLoserButton"_s);
    grid->addWidget(m_winnerHeading, 1, 0);
    grid->addWidget(m_loserHeading, 1, 1);
    grid->addWidget(m_winnerValue, 2, 0);
    grid->addWidget(m_loserValue, 2, 1);
    grid->addWidget(m_winnerSource, 3, 0);
    grid->addWidget(m_loserSource, 3, 1);
    grid->addWidget(m_keepWinner, 4, 0);
    grid->addWidget(m_keepLoser, 4, 1);
    layout->addWidget(m_detail);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsPage::showDetail);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_conflicts.size())
            Q_EMIT editRecord(m_conflicts.at(row).recordId);
    });
    connect(m_keepWinner, &QPushButton::clicked, this, [this] { keep(m_list->currentIndex().row(), true); });
    connect(m_keepLoser, &QPushButton::clicked, this, [this] { keep(m_list->currentIndex().row(), false); });
    connect(&context.events, &RecordEvents::recordSaved, this, [this] {
        if (isVisible())
            refresh();
    });
    // Field labels and values follow the staff member's language (form labels come from
    // the form definitions, not from a translator).
    connect(&context.settings, &Settings::languageChanged, this, &ConflictsPage::refresh);
    retranslate();
}

QString ConflictsPage::describeRecord(AppContext& context, const QString& recordId)
{
    auto stored = context.store.get(recordId);
    if (!stored || !stored->has_value())
        return tr("Record %1 (not on this device)").arg(isolated(recordId.left(8)));
    const Record& r = **stored;
    const FormDefinition* form = context.forms().form(r.form);
    if (!form)
        return isolated(recordId.left(8));
    const QString language = context.language();
    QString text = form->title.text(language);
    QString who;
    if (r.form == u"person"_s) {
        who = summarizeRecord(*form, r.values, context.forms().reference(), language, 2);
    } else if (!form->keys.person.isEmpty()) {
        auto person = context.store.get(r.values.value(form->keys.person).toString());
        if (person && person->has_value())
            if (const FormDefinition* pf = context.forms().form(u"person"_s))
                who = summarizeRecord(*pf, (*person)->values, context.forms().reference(), language, 2);
    }
    if (!who.isEmpty())
        text += u": "_s + who;
    if (r.deleted)
        text += u" "_s + tr("(deleted)");
    return text;
}

QString ConflictsPage::stampTime(const QString& stamp)
{
    const auto s = HlcStamp::fromString(stamp);
    if (!s)
        return {};
    return isolated(
        Format::dateTime(QDateTime::fromMSecsSinceEpoch(s->wallMs).toLocalTime(), QLocale().name()));
}

QString ConflictsPage::deviceName(AppContext& context, const QString& device)
{
    if (device == context.store.deviceId())
        return tr("this device");
    return tr("device %1").arg(isolated(device.left(8)));
}

QString ConflictsPage::fieldLabel(const ConflictRecord& c) const
{
    if (c.field == u"_deleted"_s)
        return tr("Deleted");
    const FormDefinition* form = m_context.forms().form(c.form);
    const FieldDefinition* field = form ? form->field(c.field) : nullptr;
    return field ? field->label.text(m_context.language()) : c.field;
}

bool ConflictsPage::isProtection(const ConflictRecord& c) const
{
    const FormDefinition* form = m_context.forms().form(c.form);
    const FieldDefinition* field = form ? form->field(c.field) : nullptr;
    return field && field->sensitivity == Sensitivity::Protection;
}

bool ConflictsPage::isWithheld(const ConflictRecord& c) const
{
    return !m_context.canSeeProtection() && isProtection(c);
}

QString ConflictsPage::valueText(const ConflictRecord& c, const QJsonValue& value) const
{
    // Need-to-know: not even whether there was an answer.
    if (isWithheld(c))
        return FormView::withheldText();
    if (value.isNull() || value.isUndefined())
        return tr("(no answer)");
    if (c.field == u"_deleted"_s)
        return value.toBool() ? tr("deleted") : tr("not deleted");
    const FormDefinition* form = m_context.forms().form(c.form);
    const QString text =
        form ? displayValue(*form, c.field, value, m_context.forms().reference(), m_context.language())
             : QString();
    return text.isEmpty() ? value.toVariant().toString() : text;
}

void ConflictsPage::retranslate()
{
    m_heading->setText(tr("Conflicts to review"));
    m_intro->setText(
        tr("Two devices changed the same answer before either had seen the other's change. The later "
           "change was kept everywhere; the other value is kept here so nothing is lost. Choose the "
           "value that is right: your choice is saved as an ordinary edit and sent with the next sync."));
    m_empty->setText(tr("No conflicts to review."));
    m_list->setHeaderLabels(
        {tr("Record"), tr("Question"), tr("Kept value"), tr("Other value"), tr("Changed")});
    m_winnerHeading->setText(tr("Kept everywhere"));
    m_loserHeading->setText(tr("Other value"));
    m_keepWinner->setText(tr("Keep this value"));
    m_keepLoser->setText(tr("Keep this value"));
    refresh();
}

void ConflictsPage::activate()
{
    refresh();
}

void ConflictsPage::refresh()
{
    const QString current =
        m_list->currentIndex().row() >= 0 && m_list->currentIndex().row() < m_conflicts.size()
            ? m_conflicts.at(m_list->currentIndex().row()).id
            : QString();
    auto open = m_state.openConflicts();
    m_conflicts = open ? *open : QList<ConflictRecord>();
    if (!open)
        Q_EMIT message(open.error().message);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const ConflictRecord& c = m_conflicts.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, describeRecord(m_context, c.recordId));
        item->setText(1, fieldLabel(c));
        // Protection answers are never in the list, not even for protection officers: only
        // the detail below shows them (to them), and that showing is audited.
        item->setText(2, isProtection(c) ? FormView::withheldText() : valueText(c, c.winner.value));
        item->setText(3, isProtection(c) ? FormView::withheldText() : valueText(c, c.loser.value));
        item->setText(4, stampTime(std::max(c.winner.hlc, c.loser.hlc)));
        item->setData(0, Qt::UserRole, c.id);
        if (c.id == current)
            select = i;
    }
    const bool any = !m_conflicts.isEmpty();
    m_list->setVisible(any);
    m_detail->setVisible(any);
    m_empty->setVisible(!any);
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(select));
    showDetail();
}

void ConflictsPage::showDetail()
{
    const int row = m_list->currentIndex().row();
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_keepWinner->setEnabled(valid);
    m_keepLoser->setEnabled(valid);
    if (!valid) {
        m_detailTitle->clear();
        m_winnerValue->clear();
        m_loserValue->clear();
        m_winnerSource->clear();
        m_loserSource->clear();
        return;
    }
    const ConflictRecord& c = m_conflicts.at(row);
    // Only someone who may see both values can choose between them.
    m_keepWinner->setEnabled(!isWithheld(c));
    m_keepLoser->setEnabled(!isWithheld(c));
    if (isProtection(c) && !isWithheld(c)) {
        const int shown = (c.winner.value.isNull() ? 0 : 1) + (c.loser.value.isNull() ? 0 : 1);
        if (shown > 0) {
            if (Status s = m_context.store.audit().viewedProtection(c.recordId, c.form, shown); !s) {
                // No entry, no showing.
                m_winnerValue->setText(FormView::withheldText());
                m_loserValue->setText(FormView::withheldText());
                m_keepWinner->setEnabled(false);
                m_keepLoser->setEnabled(false);
                Q_EMIT message(s.error().fullText());
                return;
            }
        }
    }
    m_detailTitle->setText(tr("%1 — %2").arg(describeRecord(m_context, c.recordId), fieldLabel(c)));
    m_winnerValue->setText(valueText(c, c.winner.value));
    m_loserValue->setText(valueText(c, c.loser.value));
    m_winnerSource->setText(
        tr("From %1, %2").arg(deviceName(m_context, c.winner.device), stampTime(c.winner.hlc)));
    m_loserSource->setText(
        tr("From %1, %2").arg(deviceName(m_context, c.loser.device), stampTime(c.loser.hlc)));
}

Status ConflictsPage::write(const ConflictRecord& c, const QJsonValue& chosen)
{
    auto stored = m_context.store.get(c.recordId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::notFound(tr("The record is not on this device yet; sync first."));
    const Record& current = **stored;
    const QJsonValue value = normalised(chosen);
    if (c.field == u"_deleted"_s) {
        if (value.toBool() == current.deleted)
            return {};
        if (!value.toBool())
            return Error::conflict(tr("A deleted record cannot be restored here."));
        return m_context.records.remove(c.recordId);
    }
    if (current.deleted)
        return Error::conflict(tr("The record has been deleted; there is nothing to change."));
    const FormDefinition* form = m_context.forms().form(current.form);
    const FieldDefinition* field = form ? form->field(c.field) : nullptr;
    if (!field)
        return Error::invalid(tr("This version of Prihvat does not know the question \"%1\".").arg(c.field));
    const bool setByApplication = field->readOnly || (form->states && form->states->field == c.field);
    if (!setByApplication && normalised(current.values.value(c.field)) != value)
        return m_context.records.update(c.recordId, {{c.field, value}});
    // The value is already the one chosen (or the application sets it, not a person): the
    // choice is still an edit with a new stamp, so it reaches every device and resolves the
    // conflict at headquarters.
    RecordWrite w;
    w.record = current;
    w.stamp = m_context.store.hlc().now();
    w.record.updatedHlc = w.stamp.toString();
    w.record.updatedMs = m_context.store.clock().nowMs();
    w.record.stamps.insert(c.field, w.record.updatedHlc);
    if (value.isNull())
        w.record.values.remove(c.field);
    else
        w.record.values.insert(c.field, value);
    w.changes.append({c.field, value});
    return m_context.store.commit({w});
}

bool ConflictsPage::keep(int row, bool winner)
{
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const ConflictRecord c = m_conflicts.at(row);
    if (isWithheld(c)) {
        Q_EMIT message(tr("Only a protection officer can decide this conflict."));
        return false;
    }
    if (Status s = write(c, winner ? c.winner.value : c.loser.value); !s) {
        Q_EMIT message(s.error().fullText());
        return false;
    }
    if (Status s = m_state.markResolvedLocally(c.id); !s) {
        Q_EMIT message(s.error().message);
        return false;
    }
    Q_EMIT message(tr("Kept \"%1\" for %2. It is sent with the next sync.")
                       .arg(valueText(c, winner ? c.winner.value : c.loser.value), fieldLabel(c)));
    Q_EMIT m_context.events.recordSaved(c.recordId, c.form);
    refresh();
    return true;
}

} // namespace prihvat
