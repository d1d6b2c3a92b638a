#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace prihvat {

// What went wrong, as a value. `code` lets callers (and exit codes) tell kinds apart;
// `message` is already in the user's language; `details` lists one line per fault
// (for example one validation message per field).
struct Error
{
    enum class Code {
        Invalid,     // the input is wrong: nothing was changed
        NotFound,    // the thing asked for does not exist
        Io,          // the disk or the database failed
        Damaged,     // stored data failed an integrity check
        Conflict,    // the operation does not fit the current state
        Unsupported, // a version or feature this build does not know
        Revoked,     // headquarters has revoked this device's credential
    };

    Code code = Code::Invalid;
    QString message;
    QStringList details;

    static Error invalid(QString m, QStringList d = {}) { return {Code::Invalid, std::move(m), std::move(d)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m), {}}; }
    static Error io(QString m) { return {Code::Io, std::move(m), {}}; }
    static Error damaged(QString m) { return {Code::Damaged, std::move(m), {}}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m), {}}; }
    static Error unsupported(QString m) { return {Code::Unsupported, std::move(m), {}}; }
    static Error revoked(QString m) { return {Code::Revoked, std::move(m), {}}; }

    // The message followed by its details, one per line.
    QString fullText() const
    {
        QString t = message;
        for (const QString& d : details)
            t += QStringLiteral("\n  ") + d;
        return t;
    }
};

// A value or an error, in the spirit of std::expected (C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success with nothing to return, or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace prihvat
