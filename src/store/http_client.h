// A minimal HTTP/1.1 client over POSIX sockets (POST, Connection: close) with timeouts and bounded retries.
#pragma once
#include <functional>
#include <string>

#include "core/result.h"

namespace parley::store {

/// Where to connect: a host name or address and a TCP port. Only this host is ever contacted.
struct HttpEndpoint {
  std::string host;
  int port = 0;
};

/// Timeouts and the retry policy of HttpPost.
struct HttpOptions {
  int connect_timeout_ms = 5000;  ///< per connection attempt
  int io_timeout_ms = 60000;      ///< per send/receive call
  int tries = 4;                  ///< attempts in all (connect failures, I/O errors and transient 5xx are retried)
  int backoff_ms = 200;           ///< wait before the second attempt; doubles after each failure
  std::string service = "HTTP server";  ///< name used in errors ("cannot reach ClickHouse at ...")
};

/// A response: status code and decoded body (chunked transfer encoding is undone).
struct HttpResponse {
  int status = 0;
  std::string body;
};

/// Decides whether a 5xx response is worth retrying (e.g. a server overload rather than a bad query).
using TransientCheck = std::function<bool(const HttpResponse&)>;

/// Sends one POST of `body` to `target` (path and query string) and returns the response, retrying with exponential
/// backoff on connect failures, I/O errors, 502/503/504, and 500 when `transient` says so. Non-retried HTTP errors are
/// returned as responses (status >= 400), transport failures as a Status naming the endpoint and the try count.
Result<HttpResponse> HttpPost(const HttpEndpoint& ep, const std::string& target, const std::string& body,
                              const HttpOptions& options, const TransientCheck& transient = nullptr);

/// Percent-encodes a string for a URL query parameter value.
std::string UrlEncode(const std::string& s);

}  // namespace parley::store
