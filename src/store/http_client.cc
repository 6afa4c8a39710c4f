#include "store/http_client.h"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace parley::store {
namespace {

// A socket closed at scope end.
struct Fd {
  int fd = -1;
  ~Fd() { if (fd >= 0) close(fd); }
};

// Why one attempt failed: transport failures carry a message, HTTP replies a response.
struct Attempt {
  bool transport_failed = false;
  std::string error;
  HttpResponse response;
};

bool WaitFor(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  int r;
  do r = poll(&p, 1, timeout_ms); while (r < 0 && errno == EINTR);
  return r > 0;
}

// Connects with a timeout to the first address of host:port that accepts; empty error on success.
std::string ConnectTo(const HttpEndpoint& ep, int timeout_ms, Fd* out) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* list = nullptr;
  int gai = getaddrinfo(ep.host.c_str(), std::to_string(ep.port).c_str(), &hints, &list);
  if (gai != 0) return std::string("cannot resolve host: ") + gai_strerror(gai);
  std::string last = "no address";
  for (addrinfo* ai = list; ai; ai = ai->ai_next) {
    Fd s;
    s.fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (s.fd < 0) { last = std::strerror(errno); continue; }
    int flags = fcntl(s.fd, F_GETFL, 0);
    fcntl(s.fd, F_SETFL, flags | O_NONBLOCK);
    int r = connect(s.fd, ai->ai_addr, ai->ai_addrlen);
    if (r < 0 && errno != EINPROGRESS) { last = std::strerror(errno); continue; }
    if (r < 0) {
      if (!WaitFor(s.fd, POLLOUT, timeout_ms)) { last = "connection timed out"; continue; }
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &err, &len);
      if (err != 0) { last = std::strerror(err); continue; }
    }
    fcntl(s.fd, F_SETFL, flags);
    out->fd = s.fd;
    s.fd = -1;
    freeaddrinfo(list);
    return "";
  }
  freeaddrinfo(list);
  return last;
}

std::string SendAll(int fd, const std::string& data, int timeout_ms) {
  size_t done = 0;
  while (done < data.size()) {
    if (!WaitFor(fd, POLLOUT, timeout_ms)) return "timed out sending the request";
    ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::string("send failed: ") + std::strerror(errno);
    done += static_cast<size_t>(n);
  }
  return "";
}

std::string ReadAll(int fd, int timeout_ms, std::string* out) {
  char buf[65536];
  for (;;) {
    if (!WaitFor(fd, POLLIN, timeout_ms)) return "timed out waiting for the response";
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::string("receive failed: ") + std::strerror(errno);
    if (n == 0) return "";
    out->append(buf, static_cast<size_t>(n));
  }
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Undoes chunked transfer encoding; false when malformed or truncated.
bool Dechunk(const std::string& in, std::string* out) {
  size_t pos = 0;
  for (;;) {
    size_t eol = in.find("\r\n", pos);
    if (eol == std::string::npos) return false;
    size_t size = std::strtoul(in.substr(pos, eol - pos).c_str(), nullptr, 16);
    pos = eol + 2;
    if (size == 0) return true;
    if (pos + size > in.size()) return false;
    out->append(in, pos, size);
    pos += size + 2;
  }
}

// Splits a raw response into status and body; false when it is not HTTP.
bool ParseResponse(const std::string& raw, HttpResponse* r) {
  size_t head_end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/", 0) != 0 || head_end == std::string::npos) return false;
  size_t sp = raw.find(' ');
  r->status = std::atoi(raw.c_str() + sp + 1);
  std::string head = Lower(raw.substr(0, head_end));
  std::string body = raw.substr(head_end + 4);
  if (head.find("transfer-encoding: chunked") != std::string::npos) return Dechunk(body, &r->body);
  size_t cl = head.find("content-length:");
  if (cl != std::string::npos && body.size() < std::strtoul(head.c_str() + cl + 15, nullptr, 10)) return false;
  r->body = std::move(body);
  return true;
}

Attempt TryOnce(const HttpEndpoint& ep, const std::string& request, const HttpOptions& o) {
  Attempt a;
  Fd s;
  std::string err = ConnectTo(ep, o.connect_timeout_ms, &s);
  if (err.empty()) err = SendAll(s.fd, request, o.io_timeout_ms);
  std::string raw;
  if (err.empty()) err = ReadAll(s.fd, o.io_timeout_ms, &raw);
  if (err.empty() && !ParseResponse(raw, &a.response)) err = "truncated or malformed HTTP response";
  a.transport_failed = !err.empty();
  a.error = err;
  return a;
}

}  // namespace

Result<HttpResponse> HttpPost(const HttpEndpoint& ep, const std::string& target, const std::string& body,
                              const HttpOptions& options, const TransientCheck& transient) {
  std::string request = "POST " + target + " HTTP/1.1\r\nHost: " + ep.host + ":" + std::to_string(ep.port) +
                        "\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n" + body;
  int tries = options.tries < 1 ? 1 : options.tries;
  int wait_ms = options.backoff_ms;
  std::string where = ep.host + ":" + std::to_string(ep.port);
  Attempt last;
  for (int i = 1; i <= tries; ++i) {
    last = TryOnce(ep, request, options);
    if (!last.transport_failed) {
      int st = last.response.status;
      bool retry = st == 502 || st == 503 || st == 504 || (st == 500 && transient && transient(last.response));
      if (!retry) return last.response;
    }
    if (i < tries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
      wait_ms *= 2;
    }
  }
  if (last.transport_failed)
    return Status::Error("cannot reach " + options.service + " at " + where + " after " + std::to_string(tries) +
                         (tries == 1 ? " try: " : " tries: ") + last.error);
  return Status::Error(options.service + " at " + where + " kept failing after " + std::to_string(tries) +
                       " tries: HTTP " + std::to_string(last.response.status) + ": " + last.response.body.substr(0, 500));
}

std::string UrlEncode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace parley::store
