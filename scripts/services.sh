# Services the server's tests need (sourced, not run). `lernwelt_ensure_postgres` starts the
# local PostgreSQL cluster if it does not answer on 127.0.0.1, and fails if it still does not.
lernwelt_ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 2>/dev/null; then
    return 0
  fi
  echo "==> Starting PostgreSQL"
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$version" ]; then
    echo "PostgreSQL is not installed (no /etc/postgresql/<version>)" >&2
    return 1
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  local tries=0
  until pg_isready -q -h 127.0.0.1; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "PostgreSQL did not come up on 127.0.0.1 within 30 s" >&2
      return 1
    fi
    sleep 1
  done
}

# `lernwelt_ensure_nats` starts the local NATS server (the broker between server instances) if
# nothing answers on 127.0.0.1:4222, and fails if it still does not.
lernwelt_ensure_nats() {
  if (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
    return 0
  fi
  echo "==> Starting NATS"
  if [ ! -x /usr/sbin/nats-server ]; then
    echo "nats-server is not installed (/usr/sbin/nats-server)" >&2
    return 1
  fi
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  local tries=0
  until (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "NATS did not come up on 127.0.0.1:4222 within 30 s" >&2
      return 1
    fi
    sleep 1
  done
}
