#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace cs {

// Why an operation failed, as one sentence a person can act on.
// The code lets callers (CLI exit codes, HTTP status) react without parsing text.
struct Error
{
    enum class Code {
        Invalid, // bad input: parameters, JSON, arguments
        NotFound, // no such user, action, request...
        Forbidden, // the actor may not do this
        Conflict, // the state does not allow it (already decided, expired...)
        Storage, // the database failed
        Integrity, // stored data fails its digest or hash chain
        OutcomeUnknown, // the connection broke while committing: the change may or may not be saved
    };

    Code code = Code::Invalid;
    QString message;
    // The message holds the database's own words (driver or server text, a statement): logged,
    // and replaced by a sentence before it reaches a person.
    bool fromDatabase = false;
    // PostgreSQL refused the password, or wanted one and had none (decided by libpq and the
    // server's SQLSTATE, not by its words): the front ends ask for the password again.
    bool passwordRefused = false;

    static Error invalid(const QString& m) { return { Code::Invalid, m }; }
    static Error notFound(const QString& m) { return { Code::NotFound, m }; }
    static Error forbidden(const QString& m) { return { Code::Forbidden, m }; }
    static Error conflict(const QString& m) { return { Code::Conflict, m }; }
    static Error storage(const QString& m) { return { Code::Storage, m }; }
    static Error database(const QString& m) { return { Code::Storage, m, true }; }
    static Error integrity(const QString& m) { return { Code::Integrity, m }; }
    static Error outcomeUnknown(const QString& m) { return { Code::OutcomeUnknown, m }; }
};

// A value or the Error that prevented it. [[nodiscard]] makes ignoring a failure a compiler warning.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of a failed result is a bug in the caller: asserted in debug builds.
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    T&& value() && { return std::move(checked()); }
    const T& operator*() const& { return checked(); }
    T& operator*() & { return checked(); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }

    const Error& error() const { return m_error; }

private:
    const T& checked() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "value of a failed result");
        return *m_value;
    }
    T& checked()
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "value of a failed result");
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

// Success or an Error, for operations that produce nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

// Whether a lookup found its thing: true, false for NotFound, and the error for anything else,
// so a failing database is never mistaken for "does not exist".
template<typename T> Result<bool> found(const Result<T>& lookup)
{
    if (lookup.ok())
        return true;
    if (lookup.error().code == Error::Code::NotFound)
        return false;
    return lookup.error();
}

} // namespace cs

// Propagates a failed Status/Result from the current function.
#define CS_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto&& cs_try_result_ = (expr);                                                                                \
        if (!cs_try_result_.ok())                                                                                      \
            return cs_try_result_.error();                                                                             \
    } while (false)
