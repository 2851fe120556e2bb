#!/usr/bin/env bash
# Fuzz smoke: builds the fuzz targets (fuzz/, nightly, libFuzzer) and runs
# each for FUZZ_SECONDS seconds (default 24: five targets, two minutes in
# all, inside CI's 90-minute limit on 2 cores) from the seed corpora
# (scripts/fuzz-seeds.sh) and the kept crashers (tests/fuzz-crashers/).
# Prints the executions per target; exits non-zero if any target crashed
# (the input is left under fuzz/artifacts/TARGET/). Skips, with a line
# saying so, where no nightly toolchain is installed.
#
#   scripts/fuzz-smoke.sh                 # 24 s a target
#   FUZZ_SECONDS=600 FUZZ_RELEASE=1 scripts/fuzz-smoke.sh
#   FUZZ_TARGETS="answer_workbook list_import" scripts/fuzz-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-24}
targets=(${FUZZ_TARGETS:-project_file interchange_json project_history answer_workbook list_import})

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz smoke skipped: no nightly toolchain (rustup toolchain install nightly)"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "Installing cargo-fuzz"
  cargo install cargo-fuzz --locked -q
fi

scripts/fuzz-seeds.sh
start=$(date +%s)
# No sanitizer: the core forbids unsafe code, and SQLite's C is not
# instrumented by it anyway; ASan would halve the executions. The smoke
# builds unoptimised (a cold optimised build of the core with nightly takes
# many minutes on 2 cores, more than the smoke runs); long runs set
# FUZZ_RELEASE=1 for an optimised build with 16 codegen units.
if [ "${FUZZ_RELEASE:-0}" = 1 ]; then
  flags=(-s none --codegen-units 16)
else
  flags=(-s none --dev)
fi
(cd fuzz && cargo +nightly fuzz build "${flags[@]}")
echo "fuzz build: $(( $(date +%s) - start )) s"

crashed=()
for t in "${targets[@]}"; do
  log=$(mktemp)
  dirs=("corpus/$t" ../tests/fuzz-crashers/hostile)
  [ -d "tests/fuzz-crashers/$t" ] && dirs+=("../tests/fuzz-crashers/$t")
  if (cd fuzz && cargo +nightly fuzz run "${flags[@]}" "$t" "${dirs[@]}" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1) >"$log" 2>&1; then
    status=ok
  else
    status=CRASHED
    crashed+=("$t")
    tail -n 60 "$log"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  echo "fuzz $t: ${runs:-?} executions in ${took:-$seconds} s: $status"
  rm -f "$log"
done
echo "fuzz smoke: $(( $(date +%s) - start )) s in all"
if [ "${#crashed[@]}" -gt 0 ]; then
  echo "fuzz smoke: crashed: ${crashed[*]} (inputs under fuzz/artifacts/; minimise with cargo +nightly fuzz tmin -s none TARGET FILE, keep under tests/fuzz-crashers/TARGET/)" >&2
  exit 1
fi
