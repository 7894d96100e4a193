#!/usr/bin/env bash
# Fuzzes every reader of outside files with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, each target for a bounded time:
#
#   bash tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]    (default 60 s; csv import database application programme logo bundle dossier)
#
# Builds in build-fuzz/ with clang (installs clang and libfuzzer-14-dev when missing, as
# root). Starts each target from the seed corpus in tests/fuzz/corpus/<target>/ and keeps
# what it learns in build-fuzz/corpus/<target>/. An input that crashes is written to
# build-fuzz/artifacts/; copy it into tests/fuzz/regressions/<target>/ with the fix, so the
# normal test run (tst_fuzzregressions) replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv import database application programme logo bundle dossier)

need=()
for p in clang libfuzzer-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]}. Run as root or install them." >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCSISMS_FUZZ=ON >/dev/null
cmake --build build-fuzz --target $(printf 'fuzz_%s ' "${targets[@]}")

mkdir -p build-fuzz/artifacts
status=0
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  log="build-fuzz/fuzz_$t.log"
  echo "== fuzz_$t for ${seconds} s"
  # The database target writes a file per input: give it inputs no larger than the seeds.
  maxlen=65536
  [ "$t" = database ] && maxlen=40000
  if ! "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="$maxlen" -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" \
        "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    status=1
    echo "   CRASH: see $log and build-fuzz/artifacts/" >&2
  fi
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$log" | sed 's/^/   /' || true
  echo "   corpus: $(ls "build-fuzz/corpus/$t" | wc -l) inputs; findings: $(ls build-fuzz/artifacts | grep -c "^$t-" || true)"
done
exit $status
