#!/usr/bin/env bash
# Builds the desktop app (debug, UI embedded) and starts it with the Paimio
# sample open. Any arguments replace the sample (e.g. a .tiekartta file).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
[ -d ui/node_modules ] || npm --prefix ui ci --no-audit --no-fund
npm --prefix ui run build
cargo build -p tiekartta-app --features custom-protocol
if [ "$#" -eq 0 ]; then set -- "$ROOT/seeds/paimio.json"; fi
exec "$ROOT/target/debug/tiekartta-app" "$@"
