#!/usr/bin/env bash
# Writes the fuzz targets' starting corpora under fuzz/corpus/ (ignored by
# git) from the samples in seeds/: the JSON itself (interchange_json), a
# project file imported from each (project_file), and each file's Automerge
# history behind each of the four mode bytes (project_history, see
# tests/readers/). Uses the stable CLI and python3's sqlite3. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus/interchange_json" "$corpus/project_file" "$corpus/project_history"
cargo build -q --bin tiekartta
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for json in seeds/*.json; do
  name=$(basename "$json" .json)
  cp "$json" "$corpus/interchange_json/$name.json"
  target/debug/tiekartta import "$json" -o "$tmp/$name.tiekartta" --force >/dev/null
  cp "$tmp/$name.tiekartta" "$corpus/project_file/$name.tiekartta"
  python3 - "$tmp/$name.tiekartta" "$corpus/project_history/$name" <<'PY'
import sqlite3, sys
src, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
(history,) = db.execute("SELECT bytes FROM history ORDER BY seq LIMIT 1").fetchone()
for mode in range(4):
    with open(f"{out}-{mode}", "wb") as f:
        f.write(bytes([mode]) + history)
PY
done
echo "fuzz corpora: $(ls "$corpus/interchange_json" | wc -l) JSON, $(ls "$corpus/project_file" | wc -l) project files, $(ls "$corpus/project_history" | wc -l) histories"
