#include "ingest/gzip.h"

#include <zlib.h>

namespace parley {

Inflated InflateGzip(std::string_view gz, size_t limit) {
  Inflated out;
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) { out.ok = false; out.error = "zlib init failed"; return out; }
  size_t pos = 0;
  char buf[1 << 16];
  auto fail = [&](size_t at, std::string why) {
    out.ok = false;
    out.error_offset = at;
    out.error = std::move(why);
  };
  while (pos < gz.size() && out.ok) {
    size_t member_start = pos;
    inflateReset(&zs);
    zs.avail_in = 0;
    for (;;) {
      if (zs.avail_in == 0) {
        if (pos >= gz.size()) { fail(member_start, "truncated gzip"); break; }
        size_t rem = gz.size() - pos;
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data() + pos));
        zs.avail_in = static_cast<uInt>(rem > (1u << 30) ? (1u << 30) : rem);
      }
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      size_t in_before = zs.avail_in;
      int rc = inflate(&zs, Z_NO_FLUSH);
      pos += in_before - zs.avail_in;
      out.data.append(buf, sizeof buf - zs.avail_out);
      if (out.data.size() > limit) { fail(member_start, "decompressed data too large"); break; }
      if (rc == Z_STREAM_END) break;
      if (rc == Z_BUF_ERROR && zs.avail_in > 0 && in_before == zs.avail_in && zs.avail_out == sizeof buf) {
        fail(member_start, "corrupt gzip: no progress");
        break;
      }
      if (rc == Z_OK || rc == Z_BUF_ERROR) continue;
      fail(member_start, std::string("corrupt gzip: ") + (zs.msg ? zs.msg : "error"));
      break;
    }
    // Zero padding after the last member is tolerated.
    while (out.ok && pos < gz.size() && gz[pos] == '\0') ++pos;
  }
  inflateEnd(&zs);
  return out;
}

}  // namespace parley
