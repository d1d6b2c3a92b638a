#include "PeoplePage.h"

#include "AppContext.h"
#include "forms/FormRegistry.h"
#include "models/PeopleModel.h"
#include "search/PersonIndex.h"
#include "store/LocalStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace prihvat {

PeoplePage::PeoplePage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    setObjectName(u"page_people"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = makeHeading();
    layout->addWidget(m_heading);
    auto* row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    row->addWidget(m_search, 1);
    m_register = new QPushButton(this);
    m_register->setObjectName(u"registerButton"_s);
    row->addWidget(m_register);
    layout->addLayout(row);
    m_count = new QLabel(this);
    m_count->setObjectName(u"peopleCount"_s);
    layout->addWidget(m_count);
    m_model = new PeopleModel(context.forms().reference(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"peopleTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Short columns as wide as their content (measured on the first rows, so a long list
    // stays fast); the names share the rest of the width.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200);
    for (int c = 0; c < PeopleModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == PeopleModel::Name || c == PeopleModel::NativeName ? QHeaderView::Stretch
                                                                                               : QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            openRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
        else if (!m_search->text().trimmed().isEmpty())
            registerNew();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_register, &QPushButton::clicked, this, &PeoplePage::registerNew);
    connect(&context.events, &RecordEvents::peopleIndexReady, this, [this] { search(m_search->text()); });
    connect(&context.events, &RecordEvents::recordSaved, this, [this](const QString&, const QString& form) {
        if (form == u"person"_s)
            search(m_search->text());
    });
    retranslate();
}

void PeoplePage::retranslate()
{
    m_heading->setText(tr("People"));
    m_search->setPlaceholderText(tr("Type a name or an id (Latin or Arabic script)…"));
    m_register->setText(tr("Register new person"));
    search(m_search->text());
}

void PeoplePage::activate()
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void PeoplePage::search(const QString& text)
{
    std::vector<PersonEntry> results;
    for (const PersonEntry* e : m_context.people.search(text, 200))
        results.push_back(*e);
    const int n = static_cast<int>(results.size());
    m_model->setResults(std::move(results), m_context.language());
    // Measuring every row on every keystroke costs more than the search itself: size the
    // columns once, when the first results arrive.
    if (!m_columnsSized && n > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (text.trimmed().isEmpty())
        m_count->setText(tr("%n person(s) registered on this device.", nullptr, m_context.people.size()));
    else if (n == 0)
        m_count->setText(tr("No one found. Press Enter to register \"%1\" as a new person.").arg(text.trimmed()));
    else
        m_count->setText(tr("%n match(es). Enter opens the first; arrow keys choose.", nullptr, n));
    if (n > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void PeoplePage::openRow(int row)
{
    if (const PersonEntry* e = m_model->entry(row))
        Q_EMIT openPerson(e->id);
}

void PeoplePage::registerNew()
{
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    QJsonObject prefill{{u"registration_date"_s, m_context.store.clock().today().toString(Qt::ISODate)},
                        {u"registration_site"_s, m_context.store.site()},
                        {u"consent_date"_s, m_context.store.clock().today().toString(Qt::ISODate)}};
    if (!words.isEmpty()) {
        // Arabic-script input is the name as written; Latin input is the transliteration.
        const bool arabicScript = words.first().front().script() == QChar::Script_Arabic;
        if (arabicScript) {
            prefill.insert(u"name_native"_s, words.join(u' '));
        } else {
            prefill.insert(u"given_name"_s, words.first());
            if (words.size() > 1)
                prefill.insert(u"family_name"_s, words.mid(1).join(u' '));
        }
    }
    Q_EMIT newRecord(u"person"_s, prefill);
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
            const int next = std::clamp(row + (key->key() == Qt::Key_Down ? 1 : -1), 0, m_model->rowCount() - 1);
            m_table->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace prihvat
