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
