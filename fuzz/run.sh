#!/usr/bin/env bash
# Runs the fuzz targets on one core and prints how many inputs each tried.
# Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
#
#   bash fuzz/run.sh [RUNS]     (default 1000000 inputs per run)
#
# Three runs: load_region on inputs up to 4 KB (most of the coverage, at
# thousands of inputs a second), load_region on inputs up to 200 KB with no
# slow start (the deep-nesting cases), and render_site. Safe Rust needs no
# AddressSanitizer, so it is off (`-s none`), which makes runs several times
# faster; a hang is an input slower than 5 s.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-1000000}"
mkdir -p target
run() {
  local target="$1" name="$2"; shift 2
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run -O -s none "$target" "corpus/$target" -- \
    -timeout=5 -rss_limit_mb=2048 -runs="$runs" -print_final_stats=1 "$@" 2>&1 |
    tee "target/$name.log" | grep -E "^(stat::number_of_executed_units|==[0-9]+== ERROR|SUMMARY)" || true
}
run load_region small -max_len=4096
run load_region large -max_len=200000 -len_control=0
run render_site render -max_len=20000
