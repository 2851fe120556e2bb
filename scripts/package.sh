#!/usr/bin/env bash
# Builds the installable Debian package (release build, UI embedded) with the
# Tauri CLI from the UI's npm packages, and prints where it is and its size.
#   scripts/package.sh   →   target/release/bundle/deb/Tiekartta_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm --prefix ui run build
# The CLI looks for src-tauri/ under the folder it runs in: run it from here.
ui/node_modules/.bin/tauri build --bundles deb
for deb in target/release/bundle/deb/*.deb; do
  bytes=$(stat -c %s "$deb")
  awk -v f="$deb" -v b="$bytes" 'BEGIN { printf "%s: %.2f MiB (%d bytes)\n", f, b / 1048576, b }'
done
