#!/usr/bin/env bash
# Builds the libFuzzer targets (clang++, ASan + UBSan, in build-fuzz/) and runs each for a
# given time:  scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options...]
# Targets: document_reader date_normalizer extractor turtle_loader (docs/fuzzing.md).
#
# Each target starts from its kept inputs (tests/fuzz/<target>/seeds and regressions, read
# only) and grows its working corpus in build-fuzz/corpus/<target>. Its log goes to
# build-fuzz/logs/<target>.log; a crash input is written to build-fuzz/artifacts/<target>/.
# To keep one: minimise it (build-fuzz/fuzz/fuzz_<target> -minimize_crash=1 -runs=10000 FILE),
# copy it to tests/fuzz/<target>/regressions/ and the normal suite replays it
# (fuzz_replay.<target>). "all" runs the targets one after another.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
all_targets=(document_reader date_normalizer extractor turtle_loader)
usage() { echo "usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options...]; targets: ${all_targets[*]}" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
which=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [[ $which == all ]]; then
  targets=("${all_targets[@]}")
else
  [[ " ${all_targets[*]} " == *" $which "* ]] || usage
  targets=("$which")
fi

bash scripts/install-dependencies.sh --fuzz
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPRESSGRAPH_BUILD_FUZZ=ON -DPRESSGRAPH_BUILD_TESTS=OFF -DPRESSGRAPH_BUILD_BENCH=OFF
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

# Inputs longer than this are cut, so that each target runs many inputs a second and a
# quadratic rule shows as a slow unit rather than a stall. The extractor gets 1 KB: with
# whole 4 KB documents it ran about 8 inputs a second (ASan, a shared machine), with 1 KB
# about 60, and reached more code in the same ten minutes.
max_len() {
  case $1 in
    date_normalizer) echo 512 ;;
    extractor) echo 1024 ;;
    turtle_loader) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t artifacts=build-fuzz/artifacts/$t/ log=build-fuzz/logs/$t.log
  mkdir -p "$corpus" "$artifacts" build-fuzz/logs
  dict=()
  [[ -f tests/fuzz/$t/$t.dict ]] && dict=(-dict="tests/fuzz/$t/$t.dict")
  echo "fuzz.sh: $t for ${seconds}s, log $log" >&2
  kept=()
  for d in "tests/fuzz/$t/seeds" "tests/fuzz/$t/regressions"; do [[ -d $d ]] && kept+=("$d"); done
  rc=0
  build-fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" "$@" \
    "$corpus" "${kept[@]}" >"$log" 2>&1 || rc=$?
  # The last status line (execs, cov, ft, corpus, exec/s) and the final statistics.
  grep -E '^#[0-9]+' "$log" | tail -n 1 >&2 || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" >&2 || true
  if [[ $rc -ne 0 ]]; then
    echo "fuzz.sh: $t stopped with exit $rc (a failing input in $artifacts, or a setup error): see $log" >&2
    status=1
  fi
done
exit $status
