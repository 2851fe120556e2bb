#!/usr/bin/env bash
# Builds the desktop app (debug, UI embedded) and runs the end-to-end suite
# against the real binary: Xvfb + tauri-driver + WebKitWebDriver.
# Needs: node/npm, the apt packages of scripts/setup (webkit2gtk-driver, xvfb,
# xauth, poppler-utils) and `cargo install tauri-driver --locked --version '^2'`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

step "UI dependencies"
[ -d ui/node_modules ] || npm --prefix ui ci --no-audit --no-fund
step "UI build"
npm --prefix ui run build
step "app build (debug, UI embedded)"
cargo build -p tiekartta-app --features custom-protocol
# The CLI is the second peer of the sync test.
cargo build -p tiekartta --bin tiekartta

DRIVER="${TAURI_DRIVER:-$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")}"
[ -x "$DRIVER" ] || { echo "tauri-driver missing: cargo install tauri-driver --locked --version '^2'"; exit 1; }

WORK="$(mktemp -d /tmp/tiekartta-e2e.XXXXXX)"
mkdir -p "$WORK/answers" "$WORK/config" "$WORK/data" "$WORK/files"
export TIEKARTTA_TEST_ANSWERS="$WORK/answers" TIEKARTTA_E2E_WORK="$WORK/files"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" TIEKARTTA_LANG=fi
export TIEKARTTA_BIN="${TIEKARTTA_BIN:-$ROOT/target/debug/tiekartta-app}"
export TIEKARTTA_CLI="${TIEKARTTA_CLI:-$ROOT/target/debug/tiekartta}"
# A shared strategy syncs every second in the tests (every 10 s by default).
export TIEKARTTA_SYNC_SECONDS=1
# WebKit in a container: no sandbox, no GPU.
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1

pids=()
# Stops what this script started: each process and the children it spawned
# (tauri-driver's WebKitWebDriver and its app), by id.
cleanup() {
  for p in "${pids[@]}"; do
    for c in $(pgrep -P "$p" 2>/dev/null); do
      for g in $(pgrep -P "$c" 2>/dev/null); do kill "$g" 2>/dev/null || true; done
      kill "$c" 2>/dev/null || true
    done
    kill "$p" 2>/dev/null || true
  done
}
trap cleanup EXIT

# A free display and free ports, so that two runs on one machine do not meet.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
DISPLAY_NUM="${E2E_DISPLAY:-}"
if [ -z "$DISPLAY_NUM" ]; then
  for n in $(seq 94 140); do [ -e "/tmp/.X${n}-lock" ] || { DISPLAY_NUM=":$n"; break; }; done
fi
step "Xvfb $DISPLAY_NUM"
# No key autorepeat: a slow machine must not turn one Ctrl+Z into two.
# 1920x1080: room for the largest window size the screenshots are taken at.
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp -ardelay 60000 -arinterval 60000 >"$WORK/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done
PORT="${E2E_PORT:-}"
if [ -z "$PORT" ]; then
  for p in $(seq 4444 2 4600); do port_free "$p" && port_free $((p + 1)) && { PORT=$p; break; }; done
fi
"$DRIVER" --port "$PORT" --native-port $((PORT + 1)) >"$WORK/driver.log" 2>&1 &
pids+=($!)
export TIEKARTTA_DRIVER_PID=$!
export TIEKARTTA_DRIVER="http://127.0.0.1:$PORT"
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.2; done

step "end-to-end tests"
node tests/e2e/app.e2e.mjs "$@" || { status=$?; echo "driver log: $WORK/driver.log"; tail -20 "$WORK/driver.log"; exit $status; }
