#!/usr/bin/env bash
# Writes the fuzz targets' starting corpora under fuzz/corpus/ (ignored by
# git) from the samples in seeds/: the JSON itself (interchange_json), a
# project file imported from each (project_file), and each file's Automerge
# history behind each of the four mode bytes (project_history, see
# tests/readers/); for the workbook readers, action lists written by
# tests/round/list.py (openpyxl), the action plan workbook of one of them and
# the round workbooks sent from it (answer_workbook, list_import). Uses the
# stable CLI, python3's sqlite3 and openpyxl. Safe to run twice.
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
mkdir -p "$corpus/answer_workbook" "$corpus/list_import"
if python3 -c 'import openpyxl' 2>/dev/null; then
  for lang in fi sv; do
    python3 tests/round/list.py "$lang" "$corpus/list_import/list-$lang.xlsx"
  done
  target/debug/tiekartta import "$corpus/list_import/list-fi.xlsx" -o "$tmp/list.tiekartta" \
    --force >/dev/null 2>&1
  target/debug/tiekartta xlsx "$tmp/list.tiekartta" -o "$corpus/list_import/plan.xlsx" >/dev/null
  target/debug/tiekartta round out "$tmp/list.tiekartta" --round "Syksyn seuranta" \
    --period 2026 -o "$corpus/answer_workbook" >/dev/null
else
  echo "fuzz seeds: no openpyxl, the workbook targets start from tests/fuzz-crashers/ only"
fi
printf 'Teema;Toimenpide;Vastuutaho;Valmistuu;Tila\nElinvoima;Tori;Tekninen johtaja;2026\u20132027;Etenee\n' \
  >"$corpus/list_import/list.csv"
echo "fuzz corpora: $(ls "$corpus/interchange_json" | wc -l) JSON, $(ls "$corpus/project_file" | wc -l) project files, $(ls "$corpus/project_history" | wc -l) histories, $(ls "$corpus/answer_workbook" | wc -l) round workbooks, $(ls "$corpus/list_import" | wc -l) action lists"
