#include "ExprValue.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

int digitAt(QStringView s, qsizetype i)
{
    const QChar c = s.at(i);
    return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1;
}

// Exactly YYYY-MM-DD, a real calendar day. Hand-written: this runs during evaluation.
QDate parseIsoDate(QStringView s)
{
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (qsizetype i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const int d = digitAt(s, i);
            if (d < 0)
                return {};
            parts[p] = parts[p] * 10 + d;
        }
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2023-02-30 and the like
}

// A decimal number, nothing else around it; no "inf" or "nan".
bool parseNumber(QStringView s, double* out)
{
    const QStringView t = s.trimmed();
    if (t.isEmpty())
        return false;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    *out = d;
    return true;
}

} // namespace

bool ExprValue::toBool() const
{
    switch (kind()) {
    case Kind::Null:
        return false;
    case Kind::Bool:
        return std::get<bool>(m_data);
    case Kind::Number: {
        const double d = std::get<double>(m_data);
        return d != 0 && !std::isnan(d);
    }
    case Kind::String:
        return !std::get<QString>(m_data).isEmpty();
    case Kind::Date:
        return std::get<QDate>(m_data).isValid();
    case Kind::List:
        return !std::get<QStringList>(m_data).isEmpty();
    }
    return false;
}

double ExprValue::toNumber(bool* ok) const
{
    double result = 0;
    bool converted = false;
    switch (kind()) {
    case Kind::Null:
    case Kind::Date:
    case Kind::List:
        break;
    case Kind::Bool:
        result = std::get<bool>(m_data) ? 1 : 0;
        converted = true;
        break;
    case Kind::Number:
        result = std::get<double>(m_data);
        converted = true;
        break;
    case Kind::String:
        converted = parseNumber(std::get<QString>(m_data), &result);
        break;
    }
    if (ok)
        *ok = converted;
    return converted ? result : 0;
}

QString ExprValue::toString() const
{
    switch (kind()) {
    case Kind::Null:
        return {};
    case Kind::Bool:
        return std::get<bool>(m_data) ? u"true"_s : u"false"_s;
    case Kind::Number: {
        const double d = std::get<double>(m_data);
        // Whole numbers print without a fraction ("3", not "3.0"); 2^53 is where doubles stop
        // holding every integer.
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) <= 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case Kind::String:
        return std::get<QString>(m_data);
    case Kind::Date:
        return std::get<QDate>(m_data).toString(Qt::ISODate);
    case Kind::List:
        return std::get<QStringList>(m_data).join(u' ');
    }
    return {};
}

QDate ExprValue::toDate() const
{
    switch (kind()) {
    case Kind::Date:
        return std::get<QDate>(m_data);
    case Kind::String:
        return parseIsoDate(std::get<QString>(m_data));
    default:
        return {};
    }
}

QStringList ExprValue::toList() const
{
    switch (kind()) {
    case Kind::List:
        return std::get<QStringList>(m_data);
    case Kind::String: {
        const QString& s = std::get<QString>(m_data);
        return s.isEmpty() ? QStringList() : QStringList{s};
    }
    default:
        return {};
    }
}

} // namespace prihvat
