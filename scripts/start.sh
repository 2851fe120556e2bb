#!/usr/bin/env bash
# Sets everything up and starts Tiekartta with the Paimio sample open.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -x scripts/start-app.sh ]; then
  exec scripts/start-app.sh "$@"
fi
# Until the desktop app builds here, show the sample through the CLI.
cargo run -q --bin tiekartta -- info seeds/paimio.json
