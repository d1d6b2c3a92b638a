#include "DistributionPage.h"
#include "Format.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "Settings.h"
#include "forms/FormRegistry.h"
#include "forms/RecordValues.h"
#include "models/PeopleModel.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"
#include "store/RecordQuery.h"
#include "store/RecordService.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

const QString assistanceForm = u"assistance"_s;
const QString typeField = u"assistance_type"_s;
const QString itemField = u"item"_s;

QString ltr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

// Why a hand-out is voided: a fixed list, so the audit trail (kept in clear) never holds
// free text about a person.
struct VoidReason
{
    const char16_t* code;
    const char* label;
};
constexpr VoidReason kVoidReasons[] = {
    {u"wrong_person", QT_TRANSLATE_NOOP("prihvat::DistributionPage", "Recorded for the wrong person")},
    {u"recorded_twice", QT_TRANSLATE_NOOP("prihvat::DistributionPage", "Recorded twice")},
    {u"not_handed_out", QT_TRANSLATE_NOOP("prihvat::DistributionPage", "Not handed out")},
    {u"wrong_item", QT_TRANSLATE_NOOP("prihvat::DistributionPage", "Wrong item or quantity")},
};

QString voidReasonLabel(const QString& code)
{
    if (code == u"undo"_s)
        return QCoreApplication::translate("prihvat::DistributionPage", "Undone");
    for (const VoidReason& r : kVoidReasons)
        if (code == QStringView(r.code))
            return QCoreApplication::translate("prihvat::DistributionPage", r.label);
    return code;
}

} // namespace

DistributionPage::DistributionPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_distribution"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);

    // What is handed out: chosen once, kept for every person after.
    auto* setup = new QHBoxLayout;
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"distributionType"_s);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeLabel->setBuddy(m_type);
    m_itemLabel = new QLabel(this);
    m_item = new QComboBox(this);
    m_item->setObjectName(u"distributionItem"_s);
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_itemLabel->setBuddy(m_item);
    m_quantityLabel = new QLabel(this);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"distributionQuantity"_s);
    m_quantity->setRange(1, 100);
    m_quantity->setValue(1);
    m_quantityLabel->setBuddy(m_quantity);
    setup->addWidget(m_typeLabel);
    setup->addWidget(m_type);
    setup->addSpacing(12);
    setup->addWidget(m_itemLabel);
    setup->addWidget(m_item);
    setup->addSpacing(12);
    setup->addWidget(m_quantityLabel);
    setup->addWidget(m_quantity);
    setup->addStretch(1);
    layout->addLayout(setup);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"distributionSearch"_s);
    m_search->setClearButtonEnabled(true);
    QFont sf = m_search->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.2);
    m_search->setFont(sf);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"distributionBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    layout->addWidget(m_banner);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"distributionTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    layout->addWidget(m_totals);

    auto* lists = new QHBoxLayout;
    m_model = new PeopleModel(context.forms().reference(), this);
    m_results = new QTableView(this);
    m_results->setObjectName(u"distributionResults"_s);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->installEventFilter(this);
    lists->addWidget(m_results, 3);
    auto* recentBox = new QVBoxLayout;
    m_recentLabel = new QLabel(this);
    QFont rf = m_recentLabel->font();
    rf.setBold(true);
    m_recentLabel->setFont(rf);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"distributionRecent"_s);
    m_recent->setWordWrap(true);
    m_recent->installEventFilter(this);
    m_recentLabel->setBuddy(m_recent);
    m_void = new QPushButton(this);
    m_void->setObjectName(u"distributionVoid"_s);
    recentBox->addWidget(m_recentLabel);
    recentBox->addWidget(m_recent, 1);
    recentBox->addWidget(m_void, 0, Qt::AlignTrailing);
    lists->addLayout(recentBox, 2);
    layout->addLayout(lists, 1);

    setTabOrder(m_type, m_item);
    setTabOrder(m_item, m_quantity);
    setTabOrder(m_quantity, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_recent);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        rememberChoice();
        m_pendingRepeat.clear();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, [this] {
        rememberChoice();
        m_pendingRepeat.clear();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A warning about the person searched before goes with that search.
        if (m_banner->property("kind").toInt() == static_cast<int>(Banner::Warning))
            showIntroduction();
        search(text);
    });
    auto* undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, [this] { undoLast(); });
    connect(m_void, &QPushButton::clicked, this, [this] { voidEntry(m_recent->currentRow()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { recordSelected(); });
    connect(m_results, &QTableView::doubleClicked, this, [this] {
        recordSelected();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT editRecord(item->data(Qt::UserRole).toString()); });
    connect(&context.events, &RecordEvents::peopleIndexReady, this, [this] { search(m_search->text()); });
    connect(&context.events, &RecordEvents::recordSaved, this, [this](const QString&, const QString& form) {
        if (form == u"person"_s && !m_search->text().trimmed().isEmpty())
            search(m_search->text());
    });

    retranslate();
    // The last choice, kept across sessions.
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockItem(m_item);
    m_type->setCurrentIndex(std::max(0, m_type->findData(context.settings.distributionType())));
    fillItems();
    const int item = m_item->findData(context.settings.distributionItem());
    if (item >= 0)
        m_item->setCurrentIndex(item);
}

const FormDefinition* DistributionPage::form() const
{
    return m_context.forms().form(assistanceForm);
}

void DistributionPage::retranslate()
{
    const QString lang = m_context.language();
    m_heading->setText(tr("Distribution"));
    m_typeLabel->setText(tr("&Assistance:"));
    m_itemLabel->setText(tr("&Item:"));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantity->setLocale(QLocale(lang));
    m_search->setPlaceholderText(tr("Type a name or an id, then press Enter to record"));
    m_recent->setToolTip(tr("Double-click an entry to correct it; Delete voids it."));
    m_void->setText(tr("&Void…"));
    {
        const QSignalBlocker block(m_type);
        const QString current = m_type->currentData().toString();
        m_type->clear();
        if (const FormDefinition* f = form())
            if (const FieldDefinition* field = f->field(typeField))
                for (const Choice& c : field->choices)
                    m_type->addItem(c.label.text(lang), c.value);
        m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    }
    fillItems();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    search(m_search->text());
    refreshRecent();
    refreshTotals();
    showIntroduction();
}

void DistributionPage::showIntroduction()
{
    showBanner(
        tr("Choose what is handed out, then for each person: type the name, check the match, press Enter. "
           "Ctrl+Z takes back the last one."),
        Banner::Info);
}

void DistributionPage::activate()
{
    refreshTotals();
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void DistributionPage::fillItems()
{
    const QSignalBlocker block(m_item);
    const QString lang = m_context.language();
    const QString current = m_item->currentData().toString();
    const QString type = m_type->currentData().toString();
    m_item->clear();
    const ReferenceData& ref = m_context.forms().reference();
    bool relevant = false;
    if (const FormDefinition* f = form()) {
        if (const FieldDefinition* field = f->field(itemField)) {
            const QJsonObject values{{typeField, type}};
            relevant = RecordValues(*f, values, m_context.store.clock().today()).isRelevant(*field);
        }
    }
    if (relevant) {
        for (const QString& code : ref.codes(u"items"_s))
            if (ref.itemAssistanceType(code) == type)
                m_item->addItem(ref.label(u"items"_s, code, lang), code);
    }
    const bool show = m_item->count() > 0;
    m_item->setVisible(show);
    m_item->setEnabled(show);
    m_itemLabel->setVisible(show);
    if (show)
        m_item->setCurrentIndex(std::max(0, m_item->findData(current)));
}

void DistributionPage::rememberChoice()
{
    m_context.settings.setDistribution(m_type->currentData().toString(),
                                       m_item->isEnabled() ? m_item->currentData().toString() : QString());
}

void DistributionPage::search(const QString& text)
{
    m_pendingRepeat.clear();
    std::vector<PersonEntry> results;
    // An empty search finds no one: Enter must never record for a person not chosen.
    if (!text.trimmed().isEmpty())
        for (const PersonEntry* e : m_context.people.search(text, 50))
            results.push_back(*e);
    const bool any = !results.empty();
    m_model->setResults(std::move(results), m_context.language());
    m_results->resizeColumnsToContents();
    if (any)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

QString DistributionPage::describe(const QString& type, const QString& item, int quantity) const
{
    const QString lang = m_context.language();
    QString text = type;
    if (const FormDefinition* f = form())
        if (const FieldDefinition* field = f->field(typeField))
            if (const Choice* c = field->choice(type))
                text = c->label.text(lang);
    if (!item.isEmpty())
        text = tr("%1 (%2 × %3)")
                   .arg(text, m_context.forms().reference().label(u"items"_s, item, lang),
                        ltr(QLocale(lang).toString(quantity)));
    else if (quantity != 1)
        text = tr("%1 × %2").arg(text, ltr(QLocale(lang).toString(quantity)));
    return text;
}

QString DistributionPage::recordSelected()
{
    const QModelIndex current = m_results->currentIndex();
    const PersonEntry* person = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!person) {
        showBanner(
            m_search->text().trimmed().isEmpty()
                ? tr("Type a name or an id first.")
                : tr("No one matches \"%1\". Check the spelling, or register the person on the People page.")
                      .arg(isolated(m_search->text().trimmed())),
            Banner::Error);
        return {};
    }
    const QString type = m_type->currentData().toString();
    if (type.isEmpty()) {
        showBanner(tr("Choose the type of assistance first."), Banner::Error);
        return {};
    }
    const QString item = m_item->isEnabled() ? m_item->currentData().toString() : QString();
    const int quantity = m_quantity->value();
    const QString personId = person->id;
    const QString name = isolated(Format::personName(person->displayName()));
    const QDate today = m_context.store.clock().today();

    // The same assistance already given today: warn, and record only on a second Enter.
    RecordFilter filter;
    filter.form = assistanceForm;
    filter.personId = personId;
    filter.from = today;
    filter.to = today;
    auto earlier = RecordQuery(m_context.store).page(filter, RecordQuery::Sort::Date, true, 100);
    if (!earlier) {
        showBanner(earlier.error().fullText(), Banner::Error);
        return {};
    }
    int alreadyToday = 0;
    for (const RecordRow& row : *earlier)
        if (row.values.value(typeField).toString() == type)
            ++alreadyToday;
    if (alreadyToday > 0 && m_pendingRepeat != personId) {
        m_pendingRepeat = personId;
        showBanner(
            tr("%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or "
               "choose another person.",
               nullptr, alreadyToday)
                .arg(name, describe(type, {}, 1)),
            Banner::Warning);
        return {};
    }

    QJsonObject values{{u"person_id"_s, personId},
                       {u"assistance_date"_s, today.toString(Qt::ISODate)},
                       {u"site"_s, m_context.store.site()},
                       {typeField, type},
                       {u"quantity"_s, quantity}};
    if (!item.isEmpty())
        values.insert(itemField, item);
    auto id = m_context.records.create(assistanceForm, values);
    if (!id) {
        showBanner(id.error().fullText(), Banner::Error);
        return {};
    }
    m_pendingRepeat.clear();
    ++m_recorded;
    m_recentEntries.prepend({*id, Format::personName(person->displayName()), type, item, quantity,
                             m_context.store.clock().nowUtc().toLocalTime().time(),
                             m_context.store.clock().nowMs(), QString()});
    while (m_recentEntries.size() > 20)
        m_recentEntries.removeLast();
    {
        const QString key = type + QChar(0x1f) + item;
        auto it = std::find_if(m_sessionTotals.begin(), m_sessionTotals.end(),
                               [&key](const auto& t) { return t.first == key; });
        if (it == m_sessionTotals.end())
            m_sessionTotals.append({key, quantity});
        else
            it->second += quantity;
    }
    refreshRecent();
    refreshTotals();
    showBanner(tr("Recorded: %1 for %2").arg(describe(type, item, quantity), name), Banner::Success);
    {
        // Clearing the search must not overwrite the confirmation above.
        const QSignalBlocker block(m_search);
        m_search->clear();
        search(QString());
    }
    m_search->setFocus(Qt::OtherFocusReason);
    Q_EMIT m_context.events.recordSaved(*id, assistanceForm);
    return *id;
}

void DistributionPage::refreshRecent()
{
    const QString lang = m_context.language();
    m_recentLabel->setText(tr("&Recorded in this session: %1").arg(ltr(QLocale(lang).toString(m_recorded))));
    m_recent->clear();
    for (const RecentEntry& e : std::as_const(m_recentEntries)) {
        QString text = tr("%1  %2 — %3")
                           .arg(ltr(QLocale(lang).toString(e.time, QLocale::ShortFormat)), isolated(e.name),
                                describe(e.type, e.item, e.quantity));
        if (!e.voidReason.isEmpty())
            text = tr("%1 (void: %2)").arg(text, voidReasonLabel(e.voidReason));
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, e.id);
        if (!e.voidReason.isEmpty()) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
            item->setForeground(QColor(0x77, 0x77, 0x77));
        }
    }
    m_void->setEnabled(m_recent->count() > 0);
}

bool DistributionPage::undoLast()
{
    const RecentEntry* last = nullptr;
    for (const RecentEntry& e : std::as_const(m_recentEntries)) {
        if (e.voidReason.isEmpty()) {
            last = &e;
            break;
        }
    }
    if (!last) {
        showBanner(tr("Nothing to take back."), Banner::Error);
        return false;
    }
    if (m_context.store.clock().nowMs() - last->atMs > kUndoSeconds * 1000) {
        showBanner(tr("The last hand-out was recorded more than %n second(s) ago: choose it in the list and "
                      "use Void… instead.",
                      nullptr, kUndoSeconds),
                   Banner::Warning);
        return false;
    }
    const RecentEntry entry = *last;
    if (Status s = m_context.records.remove(entry.id, u"undo"_s); !s) {
        showBanner(s.error().fullText(), Banner::Error);
        return false;
    }
    for (RecentEntry& e : m_recentEntries)
        if (e.id == entry.id)
            e.voidReason = u"undo"_s;
    removed(entry);
    showBanner(tr("Taken back: %1 for %2")
                   .arg(describe(entry.type, entry.item, entry.quantity), isolated(entry.name)),
               Banner::Success);
    m_search->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DistributionPage::voidEntry(int row)
{
    if (row < 0 || row >= m_recentEntries.size())
        return false;
    const RecentEntry entry = m_recentEntries.at(row);
    if (!entry.voidReason.isEmpty()) {
        showBanner(tr("This hand-out is void already."), Banner::Error);
        return false;
    }
    QStringList reasons;
    for (const VoidReason& r : kVoidReasons)
        reasons.append(tr(r.label));
    const auto chosen = m_context.dialogs.choose(
        this, tr("Void a hand-out"),
        tr("Why is %1 for %2 void?")
            .arg(describe(entry.type, entry.item, entry.quantity), isolated(entry.name)),
        reasons);
    if (!chosen)
        return false;
    const QString code = QString::fromUtf16(kVoidReasons[*chosen].code);
    if (Status s = m_context.records.remove(entry.id, code); !s) {
        showBanner(s.error().fullText(), Banner::Error);
        return false;
    }
    m_recentEntries[row].voidReason = code;
    removed(entry);
    showBanner(tr("Void: %1 for %2 (%3)")
                   .arg(describe(entry.type, entry.item, entry.quantity), isolated(entry.name),
                        tr(kVoidReasons[*chosen].label)),
               Banner::Success);
    return true;
}

void DistributionPage::removed(const RecentEntry& entry)
{
    --m_recorded;
    const QString key = entry.type + QChar(0x1f) + entry.item;
    for (auto& t : m_sessionTotals)
        if (t.first == key)
            t.second -= entry.quantity;
    m_sessionTotals.removeIf([](const auto& t) { return t.second <= 0; });
    refreshRecent();
    refreshTotals();
    Q_EMIT m_context.events.recordDeleted(entry.id, assistanceForm);
}

void DistributionPage::showBanner(const QString& text, Banner kind)
{
    m_banner->setText(text);
    m_banner->setProperty("kind", static_cast<int>(kind));
    switch (kind) {
    case Banner::Info:
        m_banner->setStyleSheet(u"background:#eef3f8; color:#1f3b57; padding:8px; border-radius:4px;"_s);
        break;
    case Banner::Success:
        m_banner->setStyleSheet(
            u"background:#e6f4ea; color:#0b5d1e; padding:8px; border-radius:4px; font-weight:bold;"_s);
        break;
    case Banner::Warning:
        m_banner->setStyleSheet(
            u"background:#fff4d6; color:#6b4500; padding:8px; border-radius:4px; font-weight:bold;"_s);
        break;
    case Banner::Error:
        m_banner->setStyleSheet(
            u"background:#fde7e9; color:#8a0010; padding:8px; border-radius:4px; font-weight:bold;"_s);
        break;
    }
}

QString DistributionPage::totalLabel(const QString& type, const QString& item) const
{
    const QString lang = m_context.language();
    if (!item.isEmpty())
        return m_context.forms().reference().label(u"items"_s, item, lang);
    if (const FormDefinition* f = form())
        if (const FieldDefinition* field = f->field(typeField))
            if (const Choice* c = field->choice(type))
                return c->label.text(lang);
    return type;
}

QString DistributionPage::formatTotals(const QList<std::pair<QString, int>>& totals) const
{
    if (totals.isEmpty())
        return tr("nothing yet");
    const QLocale locale(m_context.language());
    QStringList parts;
    for (const auto& [key, quantity] : totals) {
        const QString type = key.section(QChar(0x1f), 0, 0);
        const QString item = key.section(QChar(0x1f), 1);
        parts.append(tr("%1: %2").arg(totalLabel(type, item), ltr(locale.toString(quantity))));
    }
    return parts.join(u" · "_s);
}

void DistributionPage::refreshTotals()
{
    RecordFilter filter;
    filter.form = assistanceForm;
    filter.site = m_context.store.site();
    filter.from = m_context.store.clock().today();
    filter.to = filter.from;
    QList<std::pair<QString, int>> day;
    auto rows = RecordQuery(m_context.store).page(filter, RecordQuery::Sort::Date, false, 100000);
    if (rows) {
        for (const RecordRow& row : *rows) {
            const QString key =
                row.values.value(typeField).toString() + QChar(0x1f) + row.values.value(itemField).toString();
            const int quantity = std::max(1, row.values.value(u"quantity"_s).toInt());
            auto it = std::find_if(day.begin(), day.end(), [&key](const auto& t) { return t.first == key; });
            if (it == day.end())
                day.append({key, quantity});
            else
                it->second += quantity;
        }
    }
    const Site* site = m_context.forms().reference().site(m_context.store.site());
    m_totals->setText(tr("Today at %1: %2\nThis session: %3")
                          .arg(isolated(site ? site->name : m_context.store.site()), formatTotals(day),
                               formatTotals(m_sessionTotals)));
}

QString DistributionPage::totalsText() const
{
    return m_totals->text();
}

QString DistributionPage::bannerText() const
{
    return m_banner->text();
}

bool DistributionPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Ctrl+Z in the empty search takes back the last hand-out (the search's own undo
        // would bring back the name typed before).
        if (watched == m_search && key->matches(QKeySequence::Undo) && m_search->text().isEmpty()) {
            undoLast();
            return true;
        }
        if (watched == m_search && m_model->rowCount() > 0 &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
             key->key() == Qt::Key_PageUp)) {
            const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
            const int step = key->key() == Qt::Key_Down       ? 1
                             : key->key() == Qt::Key_Up       ? -1
                             : key->key() == Qt::Key_PageDown ? 10
                                                              : -10;
            const int next = std::clamp(row + step, 0, m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        if (watched == m_results && enter) {
            recordSelected();
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_recent && key->key() == Qt::Key_Delete && m_recent->currentItem()) {
            voidEntry(m_recent->currentRow());
            return true;
        }
        if (watched == m_recent && enter && m_recent->currentItem()) {
            Q_EMIT editRecord(m_recent->currentItem()->data(Qt::UserRole).toString());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace prihvat
