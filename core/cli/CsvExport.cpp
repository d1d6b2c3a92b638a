#include "CsvExport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace prihvat::Csv {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

QString quoted(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString out = cell;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

QString guarded(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

} // namespace

QString escapeBidi(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isBidiControl(c.unicode()))
            out += u"\\u"_s + u"%1"_s.arg(static_cast<int>(c.unicode()), 4, 16, QChar(u'0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString text(const QString& t)
{
    return quoted(guarded(escapeBidi(t)));
}

QString cell(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"yes"_s : u"no"_s;
    case QJsonValue::String:
        return text(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(v.isString()   ? v.toString()
                         : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                        : QString());
        return text(items.join(u';'));
    }
    default:
        return {};
    }
}

QString line(const QStringList& cells)
{
    return cells.join(u',') + u"\r\n"_s;
}

} // namespace prihvat::Csv
