#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <variant>

namespace prihvat {

// A value inside an expression: empty, a boolean, a number, a string, a date, or a list of
// strings (the answer to a multiple-choice question).
class ExprValue
{
public:
    enum class Kind { Null, Bool, Number, String, Date, List };

    ExprValue() = default;
    static ExprValue null() { return {}; }
    static ExprValue boolean(bool b) { return ExprValue(Data(b)); }
    static ExprValue number(double d) { return ExprValue(Data(d)); }
    static ExprValue string(const QString& s) { return ExprValue(Data(s)); }
    static ExprValue date(const QDate& d) { return d.isValid() ? ExprValue(Data(d)) : ExprValue(); }
    static ExprValue list(const QStringList& l) { return ExprValue(Data(l)); }

    Kind kind() const { return static_cast<Kind>(m_data.index()); }
    bool isNull() const { return kind() == Kind::Null; }

    bool toBool() const;          // Null → false, number ≠ 0, non-empty string or list
    double toNumber(bool* ok = nullptr) const;
    QString toString() const;     // dates as YYYY-MM-DD, lists joined by a space
    QDate toDate() const;         // dates, and strings in YYYY-MM-DD form
    QStringList toList() const;   // lists, and a non-empty string as a one-element list

    friend bool operator==(const ExprValue& a, const ExprValue& b) { return a.m_data == b.m_data; }

private:
    using Data = std::variant<std::monostate, bool, double, QString, QDate, QStringList>;
    explicit ExprValue(Data d) : m_data(std::move(d)) {}
    Data m_data;
};

} // namespace prihvat
