#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh --test) and runs every test: formatting,
# clippy, the core's unit, property and integration tests (CLI, PDF checks
# with poppler), the generated-files check, a fuzz smoke (each fuzz target
# for FUZZ_SECONDS, default 30 s), the UI's unit tests (Vitest) and the
# end-to-end tests that drive the real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
failed=()
passed=()
run() {
  local name=$1; shift
  step "$name"
  if "$@"; then passed+=("$name"); else failed+=("$name"); fi
}

if [ -f ui/package.json ]; then
  run "UI build" bash -c 'cd ui && npm run build --silent'
fi
run "cargo fmt" cargo fmt --all --check
run "cargo clippy" cargo clippy --workspace --all-targets -q -- -D warnings
run "cargo test" cargo test --workspace -q
run "fuzz smoke" scripts/fuzz-smoke.sh
if [ -f ui/package.json ]; then
  run "UI type check" bash -c 'cd ui && npm run check --silent'
  run "UI unit tests" bash -c 'cd ui && npm test --silent'
fi
if [ -x scripts/e2e.sh ]; then
  run "end-to-end" scripts/e2e.sh
fi

step "Summary"
for s in "${passed[@]}"; do echo "ok      $s"; done
for s in "${failed[@]+"${failed[@]}"}"; do echo "FAILED  $s"; done
echo "steps: ${#passed[@]} passed, ${#failed[@]} failed"
[ "${#failed[@]}" -eq 0 ]
