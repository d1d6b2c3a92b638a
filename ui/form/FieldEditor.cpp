#include "FieldEditor.h"
#include "Format.h"

#include "forms/LanguageNames.h"
#include "forms/ReferenceData.h"
#include "search/PersonIndex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QStringListModel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace prihvat {

QString bilingual(const LocalizedText& text, const FieldEditor::Languages& languages)
{
    const QString staff = text.text(languages.staff);
    if (languages.respondent.isEmpty() || languages.respondent == languages.staff)
        return staff;
    // Each part isolated, so an Arabic label never reorders a Latin one around it.
    return staff + u"  —  "_s + QChar(0x2068) + text.text(languages.respondent) + QChar(0x2069);
}

namespace {

QString asciiDigits(QString s)
{
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x066B || u == u',')
            c = u'.';
    }
    return s;
}

QHBoxLayout* bareLayout(QWidget* w)
{
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    return l;
}

class TextEditor final : public FieldEditor
{
public:
    TextEditor(const FieldDefinition& f, QWidget* parent) : FieldEditor(f, parent)
    {
        auto* l = bareLayout(this);
        if (f.maxLength > 300) {
            m_area = new QPlainTextEdit(this);
            m_area->setTabChangesFocus(true);
            m_area->setFixedHeight(m_area->fontMetrics().lineSpacing() * 4 + 12);
            l->addWidget(m_area);
            connect(m_area, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        } else {
            m_line = new QLineEdit(this);
            m_line->setMaxLength(f.maxLength);
            l->addWidget(m_line);
            connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        }
        setFocusProxy(focusTarget());
    }
    QJsonValue value() const override
    {
        const QString t = (m_line ? m_line->text() : m_area->toPlainText()).trimmed();
        return t.isEmpty() ? QJsonValue() : QJsonValue(t);
    }
    void setValue(const QJsonValue& v) override
    {
        if (m_line)
            m_line->setText(v.toString());
        else
            m_area->setPlainText(v.toString());
    }
    QWidget* focusTarget() override { return m_line ? static_cast<QWidget*>(m_line) : m_area; }

private:
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_area = nullptr;
};

class NumberEditor final : public FieldEditor
{
public:
    NumberEditor(const FieldDefinition& f, QWidget* parent) : FieldEditor(f, parent)
    {
        m_edit = new QLineEdit(this);
        m_edit->setLayoutDirection(Qt::LeftToRight); // numbers never mirror
        m_edit->setMaximumWidth(160);
        const QString pattern = f.type == FieldType::Integer ? u"-?[0-9٠-٩۰-۹]{0,15}"_s : u"-?[0-9٠-٩۰-۹]{0,15}([.,٫][0-9٠-٩۰-۹]{0,6})?"_s;
        m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_edit));
        bareLayout(this)->addWidget(m_edit);
        bareLayoutStretch();
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        setFocusProxy(m_edit);
    }
    QJsonValue value() const override
    {
        const QString t = asciiDigits(m_edit->text().trimmed());
        if (t.isEmpty() || t == u"-"_s)
            return {};
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(t); // a string makes validation say what is wrong
    }
    void setValue(const QJsonValue& v) override
    {
        m_edit->setText(v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QString());
    }
    QWidget* focusTarget() override { return m_edit; }

private:
    void bareLayoutStretch() { static_cast<QHBoxLayout*>(layout())->addStretch(1); }
    QLineEdit* m_edit = nullptr;
};

// QDateEdit cannot be empty; its minimum date shown as "—" stands for "no date".
class DateEditor final : public FieldEditor
{
public:
    DateEditor(const FieldDefinition& f, const QString& language, QWidget* parent) : FieldEditor(f, parent)
    {
        m_edit = new QDateEdit(this);
        m_edit->setCalendarPopup(true);
        m_edit->setMinimumDate(kEmpty);
        m_edit->setMaximumDate(QDate(2100, 12, 31));
        m_edit->setSpecialValueText(u"—"_s);
        m_edit->setDate(kEmpty);
        applyLocale(language);
        auto* l = bareLayout(this);
        l->addWidget(m_edit);
        l->addStretch(1);
        connect(m_edit, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        setFocusProxy(m_edit);
    }
    QJsonValue value() const override
    {
        return m_edit->date() == kEmpty ? QJsonValue() : QJsonValue(m_edit->date().toString(Qt::ISODate));
    }
    void setValue(const QJsonValue& v) override
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        const QSignalBlocker block(m_edit);
        m_edit->setDate(d.isValid() ? d : kEmpty);
    }
    QWidget* focusTarget() override { return m_edit; }
    void retranslate(const Languages& languages) override { applyLocale(languages.staff); }

private:
    void applyLocale(const QString& language)
    {
        const QLocale locale(language);
        m_edit->setLocale(locale);
        m_edit->setDisplayFormat(Format::dateFormat(language));
        m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u"00.00.00000"_s) + 48);
    }
    static inline const QDate kEmpty{1900, 1, 1};
    QDateEdit* m_edit = nullptr;
};

class ReadOnlyEditor final : public FieldEditor
{
public:
    ReadOnlyEditor(const FieldDefinition& f, QWidget* parent) : FieldEditor(f, parent)
    {
        m_label = new QLabel(this);
        m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bareLayout(this)->addWidget(m_label);
    }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue& v) override
    {
        m_value = v;
        QString text = v.toString();
        if (m_field.type == FieldType::DateTime && !text.isEmpty()) {
            const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            text = Format::dateTime(t.toLocalTime(), QLocale().name());
        }
        m_label->setText(text.isEmpty() ? u"—"_s : text);
    }
    QWidget* focusTarget() override { return nullptr; }

private:
    QLabel* m_label = nullptr;
    QJsonValue m_value;
};

class BoolEditor final : public FieldEditor
{
public:
    BoolEditor(const FieldDefinition& f, QWidget* parent) : FieldEditor(f, parent)
    {
        m_box = new QCheckBox(this);
        bareLayout(this)->addWidget(m_box);
        connect(m_box, &QCheckBox::toggled, this, &FieldEditor::edited);
        setFocusProxy(m_box);
    }
    QJsonValue value() const override { return m_box->isChecked(); }
    void setValue(const QJsonValue& v) override
    {
        const QSignalBlocker block(m_box);
        m_box->setChecked(v.toBool());
    }
    QWidget* focusTarget() override { return m_box; }

private:
    QCheckBox* m_box = nullptr;
};

struct Option
{
    QString value;
    QString label;
};

QList<Option> optionsOf(const FieldDefinition& f, const ReferenceData& ref, const FieldEditor::Languages& lang)
{
    QList<Option> out;
    if (!f.reference.isEmpty()) {
        for (const QString& code : ref.codes(f.reference)) {
            QString label = ref.label(f.reference, code, lang.staff);
            if (!lang.respondent.isEmpty() && lang.respondent != lang.staff && f.reference != u"sites"_s &&
                f.reference != u"providers"_s)
                label += u"  —  "_s + QChar(0x2068) + ref.label(f.reference, code, lang.respondent) + QChar(0x2069);
            out.append({code, label});
        }
        if (f.reference == u"countries"_s || f.reference == u"languages"_s)
            std::sort(out.begin(), out.end(), [](const Option& a, const Option& b) {
                return QString::localeAwareCompare(a.label, b.label) < 0;
            });
    } else {
        for (const Choice& c : f.choices)
            out.append({c.value, bilingual(c.label, lang)});
    }
    return out;
}

class SelectOneEditor final : public FieldEditor
{
public:
    SelectOneEditor(const FieldDefinition& f, const ReferenceData& ref, const Languages& lang, QWidget* parent)
        : FieldEditor(f, parent), m_reference(ref)
    {
        m_combo = new QComboBox(this);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setMinimumContentsLength(16);
        m_combo->setMaxVisibleItems(16);
        fill(lang);
        if (m_combo->count() > 20) {
            // Long lists: type to filter.
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            m_combo->completer()->setFilterMode(Qt::MatchContains);
            m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        }
        auto* l = bareLayout(this);
        l->addWidget(m_combo);
        l->addStretch(1);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        setFocusProxy(m_combo);
    }
    QJsonValue value() const override
    {
        const QString v = m_combo->currentData().toString();
        if (m_combo->isEditable() && m_combo->currentText() != m_combo->itemText(m_combo->currentIndex()))
            return {};
        return v.isEmpty() ? QJsonValue() : QJsonValue(v);
    }
    void setValue(const QJsonValue& v) override
    {
        const QSignalBlocker block(m_combo);
        const int i = m_combo->findData(v.toString());
        m_combo->setCurrentIndex(i < 0 ? 0 : i);
    }
    QWidget* focusTarget() override { return m_combo; }
    void retranslate(const Languages& lang) override
    {
        const QJsonValue current = value();
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        fill(lang);
        setValue(current);
    }

private:
    void fill(const Languages& lang)
    {
        m_combo->addItem(u"—"_s, QString());
        for (const Option& o : optionsOf(m_field, m_reference, lang))
            m_combo->addItem(o.label, o.value);
    }
    const ReferenceData& m_reference;
    QComboBox* m_combo = nullptr;
};

class MultiCheckEditor final : public FieldEditor
{
public:
    MultiCheckEditor(const FieldDefinition& f, const ReferenceData& ref, const Languages& lang, QWidget* parent)
        : FieldEditor(f, parent), m_reference(ref)
    {
        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(16);
        const QList<Option> options = optionsOf(f, ref, lang);
        // Two columns, unless each choice also carries the respondent's language: then one,
        // so the longer bilingual labels fit without a horizontal scroll bar.
        const bool bilingualLabels = !lang.respondent.isEmpty() && lang.respondent != lang.staff;
        const int columns = options.size() > 6 && !bilingualLabels ? 2 : 1;
        for (int i = 0; i < options.size(); ++i) {
            auto* box = new QCheckBox(options[i].label, this);
            box->setProperty("choice", options[i].value);
            box->setObjectName(f.name + u"_"_s + options[i].value);
            grid->addWidget(box, i / columns, i % columns);
            m_boxes.append(box);
            connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        }
        if (!m_boxes.isEmpty())
            setFocusProxy(m_boxes.first());
    }
    QJsonValue value() const override
    {
        QJsonArray a;
        for (QCheckBox* b : m_boxes)
            if (b->isChecked())
                a.append(b->property("choice").toString());
        return a.isEmpty() ? QJsonValue() : QJsonValue(a);
    }
    void setValue(const QJsonValue& v) override
    {
        QStringList chosen;
        for (const QJsonValue& i : v.toArray())
            chosen.append(i.toString());
        for (QCheckBox* b : m_boxes) {
            const QSignalBlocker block(b);
            b->setChecked(chosen.contains(b->property("choice").toString()));
        }
    }
    QWidget* focusTarget() override { return m_boxes.isEmpty() ? nullptr : m_boxes.first(); }
    QList<QCheckBox*> boxes() const { return m_boxes; }
    void retranslate(const Languages& lang) override
    {
        const QList<Option> options = optionsOf(m_field, m_reference, lang);
        for (QCheckBox* b : m_boxes)
            for (const Option& o : options)
                if (o.value == b->property("choice").toString())
                    b->setText(o.label);
    }

private:
    const ReferenceData& m_reference;
    QList<QCheckBox*> m_boxes;
};

class MultiListEditor final : public FieldEditor
{
public:
    MultiListEditor(const FieldDefinition& f, const ReferenceData& ref, const Languages& lang, QWidget* parent)
        : FieldEditor(f, parent), m_reference(ref)
    {
        // A long list gets a filter: type a few letters of any name staff use for it.
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(u"filter_"_s + f.name);
        m_filter->setClearButtonEnabled(true);
        m_filter->installEventFilter(this);
        m_list = new QListWidget(this);
        m_list->setMaximumHeight(140);
        fill(lang);
        bareLayout(this)->addWidget(m_filter);
        bareLayout(this)->addWidget(m_list);
        connect(m_list, &QListWidget::itemChanged, this, &FieldEditor::edited);
        connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
        setFocusProxy(m_filter);
        retranslateFilter();
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Down (or Enter) from the filter goes to the first language it left in the list.
        if (watched == m_filter && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
                for (int i = 0; i < m_list->count(); ++i) {
                    if (!m_list->item(i)->isHidden()) {
                        m_list->setCurrentRow(i);
                        m_list->setFocus(Qt::TabFocusReason);
                        return true;
                    }
                }
            }
        }
        return FieldEditor::eventFilter(watched, event);
    }
    QJsonValue value() const override
    {
        QJsonArray a;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                a.append(m_list->item(i)->data(Qt::UserRole).toString());
        return a.isEmpty() ? QJsonValue() : QJsonValue(a);
    }
    void setValue(const QJsonValue& v) override
    {
        QStringList chosen;
        for (const QJsonValue& i : v.toArray())
            chosen.append(i.toString());
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        applyFilter();
    }
    QWidget* focusTarget() override { return m_filter; }
    void retranslate(const Languages& lang) override
    {
        const QJsonValue current = value();
        {
            const QSignalBlocker block(m_list);
            m_list->clear();
            fill(lang);
            setValue(current);
        }
        retranslateFilter();
        applyFilter();
    }

private:
    void retranslateFilter()
    {
        m_filter->setPlaceholderText(
            QCoreApplication::translate("prihvat::FieldEditor", "Filter: type a name"));
    }
    void applyFilter()
    {
        const QString typed = m_filter->text();
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            // Ticked answers stay in sight whatever is typed.
            item->setHidden(item->checkState() != Qt::Checked &&
                            !LanguageNames::matches(typed, item->data(kNamesRole).toStringList()));
        }
    }
    void fill(const Languages& lang)
    {
        for (const Option& o : optionsOf(m_field, m_reference, lang)) {
            auto* item = new QListWidgetItem(o.label, m_list);
            item->setData(Qt::UserRole, o.value);
            QStringList names{o.label, o.value};
            if (!m_field.reference.isEmpty())
                names.append(m_reference.label(m_field.reference, o.value, u"en"_s));
            if (m_field.reference == u"languages"_s)
                names += LanguageNames::synonyms(o.value);
            item->setData(kNamesRole, names);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    static constexpr int kNamesRole = Qt::UserRole + 1;
    const ReferenceData& m_reference;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

// A person chosen by typing their name: suggestions come from the people index.
class PersonEditor final : public FieldEditor
{
public:
    PersonEditor(const FieldDefinition& f, const ReferenceData& reference, const PersonIndex* people,
                 const Languages& languages, QWidget* parent)
        : FieldEditor(f, parent), m_people(people), m_reference(reference), m_language(languages.staff)
    {
        m_edit = new QLineEdit(this);
        m_model = new QStandardItemModel(this);
        auto* completer = new QCompleter(m_model, this);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        // The list tells people of the same name apart; the field keeps the name.
        completer->setCompletionRole(kNameRole);
        m_edit->setCompleter(completer);
        bareLayout(this)->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
            m_id.clear();
            suggest(text);
            Q_EMIT edited();
        });
        connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
            m_id = index.data(Qt::UserRole).toString();
            Q_EMIT edited();
        });
        setFocusProxy(m_edit);
    }
    QJsonValue value() const override
    {
        if (!m_id.isEmpty())
            return m_id;
        const QString t = m_edit->text().trimmed();
        return t.isEmpty() ? QJsonValue() : QJsonValue(t); // an id typed by hand, checked on save
    }
    void setValue(const QJsonValue& v) override
    {
        m_id = v.toString();
        const PersonEntry* e = m_people ? m_people->find(m_id) : nullptr;
        m_edit->setText(e ? describe(*e) : m_id);
    }
    QWidget* focusTarget() override { return m_edit; }

private:
    QString describe(const PersonEntry& e) const
    {
        QString s = e.displayName();
        if (!e.nativeName.isEmpty())
            s += u" · "_s + QChar(0x2068) + e.nativeName + QChar(0x2069);
        if (!e.birth.isEmpty())
            s += u" · "_s + QChar(0x2066) + Format::date(e.birth, m_language) + QChar(0x2069);
        return s;
    }
    void suggest(const QString& text)
    {
        m_model->clear();
        if (!m_people || text.trimmed().size() < 2)
            return;
        for (const PersonEntry* e : m_people->search(text, 12)) {
            auto* item = new QStandardItem(suggestion(*e));
            item->setData(e->id, Qt::UserRole);
            item->setData(describe(*e), kNameRole);
            m_model->appendRow(item);
        }
    }
    // "Ahmad Karimi · age 28 · Afghanistan · registered at Ušivak on 10 Jun 2026".
    QString suggestion(const PersonEntry& e) const
    {
        QStringList parts{describe(e)};
        const QLocale locale(m_language);
        if (e.age >= 0)
            parts.append(
                QCoreApplication::translate("prihvat::FieldEditor", "age %1").arg(locale.toString(e.age)));
        if (!e.country.isEmpty())
            parts.append(m_reference.label(u"countries"_s, e.country, m_language));
        if (!e.site.isEmpty())
            parts.append(QCoreApplication::translate("prihvat::FieldEditor", "registered at %1 on %2")
                             .arg(m_reference.label(u"sites"_s, e.site, m_language),
                                  QChar(0x2066) + Format::date(e.registered, m_language) + QChar(0x2069)));
        return parts.join(u" · "_s);
    }
    static constexpr int kNameRole = Qt::UserRole + 1;
    const PersonIndex* m_people;
    const ReferenceData& m_reference;
    QString m_language;
    QLineEdit* m_edit = nullptr;
    QStandardItemModel* m_model = nullptr;
    QString m_id;
};

class NoteEditor final : public FieldEditor
{
public:
    NoteEditor(const FieldDefinition& f, QWidget* parent) : FieldEditor(f, parent) {}
    QJsonValue value() const override { return {}; }
    void setValue(const QJsonValue&) override {}
    QWidget* focusTarget() override { return nullptr; }
};

} // namespace

FieldEditor* FieldEditor::create(const FieldDefinition& f, const ReferenceData& reference, const PersonIndex* people,
                                 const Languages& languages, QWidget* parent)
{
    FieldEditor* editor = nullptr;
    if (f.readOnly) {
        editor = new ReadOnlyEditor(f, parent);
    } else {
        switch (f.type) {
        case FieldType::Text:
            editor = new TextEditor(f, parent);
            break;
        case FieldType::Integer:
        case FieldType::Decimal:
            editor = new NumberEditor(f, parent);
            break;
        case FieldType::Date:
            editor = new DateEditor(f, languages.staff, parent);
            break;
        case FieldType::DateTime:
            editor = new ReadOnlyEditor(f, parent);
            break;
        case FieldType::Boolean:
            editor = new BoolEditor(f, parent);
            break;
        case FieldType::SelectOne:
            editor = new SelectOneEditor(f, reference, languages, parent);
            break;
        case FieldType::SelectMultiple:
            if (!f.reference.isEmpty() || f.choices.size() > 14)
                editor = new MultiListEditor(f, reference, languages, parent);
            else
                editor = new MultiCheckEditor(f, reference, languages, parent);
            break;
        case FieldType::Person:
            editor = new PersonEditor(f, reference, people, languages, parent);
            break;
        case FieldType::Note:
            editor = new NoteEditor(f, parent);
            break;
        }
    }
    editor->setObjectName(u"field_"_s + f.name);
    return editor;
}

} // namespace prihvat
