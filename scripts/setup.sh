#!/usr/bin/env bash
# Sets up everything Tiekartta needs on Debian 12, installing only what is
# missing: Debian packages (WebKitGTK, Xvfb, poppler…), the UI's npm packages,
# the crates, and tauri-driver for the end-to-end tests. Safe to run twice.
#
#   scripts/setup.sh          # for running the app
#   scripts/setup.sh --test   # also what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages.
apt_pkgs=(libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev
          libxdo-dev build-essential pkg-config libssl-dev xvfb xauth fonts-noto-core)
if [ "$want_test" = 1 ]; then
  # libreoffice-calc, -impress and python3-pip: the round's and the slides'
  # tests re-save workbooks and print slides with real clients.
  apt_pkgs+=(webkit2gtk-driver poppler-utils imagemagick python3 python3-pip libreoffice-calc libreoffice-impress)
fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 2. Toolchains: Rust (pinned by rust-toolchain.toml) and Node.js 20+.
if ! command -v cargo >/dev/null; then
  echo "Rust is missing: install rustup's Rust 1.95 (https://rustup.rs) and run this again." >&2
  exit 1
fi
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "Node.js 20 or newer is missing (Vite 8 needs it): install it and run this again." >&2
  exit 1
fi

# 3. The UI's npm packages, exactly as locked.
if [ -f ui/package-lock.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "Installing the UI's npm packages"
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

# 3b. The sync server's npm packages (the sync tests start it on loopback).
if [ "$want_test" = 1 ] && [ -f sync-server/package-lock.json ]; then
  if [ ! -d sync-server/node_modules ] || [ sync-server/package-lock.json -nt sync-server/node_modules/.package-lock.json ]; then
    say "Installing the sync server's npm packages"
    # `npm install` with the lock file, not `npm ci`: npm 11's ci refuses
    # this lock for the other platforms' optional builds of cbor-extract.
    (cd sync-server && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

# 4. Crates.
say "Fetching crates"
cargo fetch --locked -q 2>/dev/null || cargo fetch -q

# 5. tauri-driver for the end-to-end tests (pinned to Tauri 2).
if [ "$want_test" = 1 ] && ! command -v tauri-driver >/dev/null; then
  say "Installing tauri-driver"
  cargo install tauri-driver --locked --version '^2' -q
fi
# 6. Python packages the round's tests drive (openpyxl fills a workbook, icalendar parses .ics).
if [ "$want_test" = 1 ] && ! python3 -c "import openpyxl, icalendar" 2>/dev/null; then
  say "Installing openpyxl and icalendar (pip)"
  python3 -m pip install -q openpyxl icalendar 2>/dev/null \
    || python3 -m pip install -q --break-system-packages openpyxl icalendar
fi
say "Setup done"
