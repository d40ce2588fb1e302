#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 600) on one core and prints how
# many inputs it tried. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# The settings reach the deep-nesting cases: inputs up to 200 KB, no slow
# start on short inputs, and 5 s before an input counts as a hang.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
for target in load_region render_site; do
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
    -max_len=200000 -len_control=0 -timeout=5 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 2>&1 |
    tee "target/$target.log" | grep -E "^(stat::number_of_executed_units|==[0-9]+== ERROR|SUMMARY)" || true
done
