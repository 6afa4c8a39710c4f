// Errors as values: every fallible library call returns Status or Result<T>.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace parley {

/// An error message, or success. `where` names the file:line or record it concerns, when known.
class Status {
 public:
  Status() = default;
  /// A failed status with a human-readable message.
  static Status Error(std::string message) { Status s; s.message_ = std::move(message); s.failed_ = true; return s; }
  /// True when the call succeeded.
  bool ok() const { return !failed_; }
  /// The error message; empty on success.
  const std::string& message() const { return message_; }
 private:
  std::string message_;
  bool failed_ = false;
};

/// A value of type T, or an error message.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                 // NOLINT: implicit on purpose
  Result(Status error) : v_(std::move(error)) {}            // NOLINT: must be a failed Status
  /// True when a value is held.
  bool ok() const { return v_.index() == 0; }
  /// The value; only valid when ok().
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  /// The error message; empty when ok().
  std::string error() const { return ok() ? std::string() : std::get<1>(v_).message(); }
  /// The failed status, to pass an error up.
  Status status() const { return ok() ? Status() : std::get<1>(v_); }
 private:
  std::variant<T, Status> v_;
};

}  // namespace parley
