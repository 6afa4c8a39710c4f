#!/usr/bin/env bash
# Starts or stops a throw-away ClickHouse server on loopback for tests and local trials.
#   clickhouse-test-server.sh start DIR HTTP_PORT TCP_PORT   # writes DIR/config.xml + users.xml, starts, waits (<= 60 s)
#   clickhouse-test-server.sh stop DIR                       # kills the server's process group
# Everything (data, tmp, logs, pid) lives in DIR. The server listens on 127.0.0.1 only.
# Exit codes: 0 started/stopped, 2 usage, 3 no clickhouse-server binary, 4 did not answer in time.
set -uo pipefail

usage() { echo "usage: $0 start DIR HTTP_PORT TCP_PORT | stop DIR" >&2; exit 2; }

find_binary() {
  for b in /usr/bin/clickhouse-server /usr/sbin/clickhouse-server; do
    [[ -x $b ]] && { echo "$b"; return 0; }
  done
  if [[ -x /usr/bin/clickhouse ]]; then echo "/usr/bin/clickhouse server"; return 0; fi
  return 1
}

write_config() {
  local dir=$1 http=$2 tcp=$3
  mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/log"
  cat >"$dir/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>$dir/log/server.log</log>
    <errorlog>$dir/log/server.err.log</errorlog>
    <size>10M</size>
    <count>1</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <max_connections>256</max_connections>
  <keep_alive_timeout>3</keep_alive_timeout>
  <max_concurrent_queries>64</max_concurrent_queries>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <mark_cache_size>67108864</mark_cache_size>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <user_files_path>$dir/user_files/</user_files_path>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mlock_executable>false</mlock_executable>
</yandex>
EOF
  cat >"$dir/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
EOF
}

# True when GET /ping on the port answers "Ok." (bash's /dev/tcp; no curl needed).
ping_ok() {
  local port=$1 reply
  { exec 9<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&9
  reply=$(timeout 2 cat <&9)
  exec 9<&- 9>&-
  [[ $reply == *"Ok."* ]]
}

start() {
  [[ $# == 3 ]] || usage
  local dir http tcp bin
  dir=$(realpath -m "$1"); http=$2; tcp=$3
  bin=$(find_binary) || { echo "clickhouse-server is not installed (apt-get install clickhouse-server)" >&2; exit 3; }
  write_config "$dir" "$http" "$tcp"
  # setsid: the server leads its own process group, so stop can kill the whole group.
  setsid $bin --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 </dev/null &
  echo $! >"$dir/server.pid"
  for _ in $(seq 1 120); do
    if ping_ok "$http"; then echo "ClickHouse up on 127.0.0.1:$http (pid $(cat "$dir/server.pid"))"; return 0; fi
    if ! kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; then
      echo "clickhouse-server exited at start; log:" >&2
      tail -20 "$dir/log/stdout.log" "$dir/log/server.err.log" >&2 2>/dev/null
      exit 4
    fi
    sleep 0.5
  done
  echo "clickhouse-server did not answer on 127.0.0.1:$http within 60 s" >&2
  stop "$dir"
  exit 4
}

stop() {
  [[ $# == 1 ]] || usage
  local pidfile="$1/server.pid" pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$pidfile"
  return 0
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) usage ;;
esac
