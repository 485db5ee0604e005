#!/usr/bin/env bash
# Runs one libFuzzer target (or all) for a fixed time on a copy of its seed corpus.
#
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: html warc rss jsonl tokenizer (or FuzzHTML ...)
#   scripts/fuzz.sh all [SECONDS]        every target in turn (default 60 s each)
#
# Builds Fuzz/ (a separate package; the main build never sees these flags) in release mode
# with -sanitize=fuzzer,address into Fuzz/.build-fuzz. The seeds in Fuzz/Corpus/<target> are
# copied into the working corpus Fuzz/.build-fuzz/corpus/<target>, which keeps what earlier
# runs found (FUZZ_FRESH=1 starts from the seeds alone); it is never committed, so copy small,
# interesting inputs into Fuzz/Corpus/<target> by hand. A crash, hang (-timeout) or sanitizer
# report is written to Fuzz/.build-fuzz/artifacts/<target>/ and the script exits non-zero.
# Extra libFuzzer options can be passed in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-jobs=2 -workers=2").
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

usage() { echo "usage: $0 {html|warc|rss|jsonl|tokenizer|all} [SECONDS]" >&2; exit 2; }
[ $# -ge 1 ] || usage
seconds="${2:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
scratch=.build-fuzz
nice="nice -n 10"

product() {
    case "$(echo "$1" | tr '[:upper:]' '[:lower:]')" in
        html | fuzzhtml) echo FuzzHTML ;;
        warc | fuzzwarc) echo FuzzWARC ;;
        rss | fuzzrss) echo FuzzRSS ;;
        jsonl | fuzzjsonl) echo FuzzJSONL ;;
        tokenizer | fuzztokenizer) echo FuzzTokenizer ;;
        *) return 1 ;;
    esac
}

build() {
    mkdir -p "$scratch/logs"
    echo "== building $1 (log $PWD/$scratch/logs/build-$1.log)" >&2
    if ! $nice swift build -c release --scratch-path "$scratch" --product "$1" \
        -Xswiftc -sanitize=fuzzer,address >"$scratch/logs/build-$1.log" 2>&1; then
        tail -n 30 "$scratch/logs/build-$1.log" >&2
        return 1
    fi
}

run() {
    local product="$1" name corpus artifacts log status
    name="$(echo "${product#Fuzz}" | tr '[:upper:]' '[:lower:]')"
    build "$product"
    corpus="$scratch/corpus/$name"
    artifacts="$scratch/artifacts/$name"
    log="$scratch/logs/$name.log"
    # The working corpus keeps what earlier runs found (FUZZ_FRESH=1 starts from the seeds).
    [ "${FUZZ_FRESH:-0}" = 1 ] && rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    cp Corpus/"$name"/* "$corpus"/
    echo "== $product: ${seconds}s on $(ls "$corpus" | wc -l) input(s) (seeds + earlier finds); log $PWD/$log" >&2
    set +e
    # -timeout: an input taking over 10 s is a hang; -rss_limit_mb: the readers cap their
    # records at 64 MiB, so 2 GiB means a leak or a runaway allocation.
    # shellcheck disable=SC2086
    # SWIFT_BACKTRACE=enable=no: the Swift backtracer's memory reader trips ASan and hides
    # the real report; libFuzzer's own deadly-signal handler prints the stack instead.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" $nice "$scratch/release/$product" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" ${FUZZ_FLAGS:-} "$corpus" >"$log" 2>&1
    status=$?
    set -e
    grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|==[0-9]+==.*(ERROR|SUMMARY)|SUMMARY:|FUZZ CHECK FAILED|Fatal error|artifact_prefix|Test unit written)' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "!! $product failed (exit $status); see $PWD/$log and $PWD/$artifacts" >&2
        tail -n 40 "$log" >&2
    fi
    return "$status"
}

if [ "$1" = all ]; then
    failed=0
    for p in FuzzHTML FuzzWARC FuzzRSS FuzzJSONL FuzzTokenizer; do
        run "$p" || failed=1
    done
    exit "$failed"
fi
p="$(product "$1")" || usage
run "$p"
