#pragma once

#include <utility>
#include <variant>

namespace cv::core {

/// A value or an error, returned instead of throwing (errors are values across the event loop).
/// Minimal stand-in for C++23 std::expected, which g++ 12 does not ship.
template<typename T, typename E> class Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { } // NOLINT: implicit by design
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    { } // NOLINT: implicit by design

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace cv::core
