#!/usr/bin/env bash
# Article-extraction benchmark: our extractor (java -jar target/diembao.jar extract) and the Mozilla Readability
# peer on the same Zyte pages, in one run. Prints both F1 scores (score.py) and pages/second (wall clock, including
# JVM / Node start-up, both using all CPUs).
#
#   bench/extraction.sh [SHARED_DIR]        # default: ../shared next to the repository, or $DIEMBAO_SHARED
#
# Environment: JOBS (parallel workers for Readability, default = CPU count), SKIP_PEER=1 to run ours only,
# PEER_DIR (where the peer's node_modules are installed, default ~/.cache/diembao/readability-peer).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-${DIEMBAO_SHARED:-}}"
if [[ -z "$shared" ]]; then
  for candidate in "$repo/../shared" "$repo/../../shared" /work/shared; do
    [[ -d "$candidate/bench/extraction" ]] && { shared="$(cd "$candidate" && pwd)"; break; }
  done
fi
bench="$shared/bench/extraction"
[[ -f "$bench/score.py" ]] || { echo "no extraction benchmark under '$shared' (pass the shared folder)" >&2; exit 2; }
html="$bench/zyte/html"
truth="$bench/zyte/ground-truth.json"
pages=$(ls "$html" | grep -c '\.html')
jobs="${JOBS:-$(nproc)}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

jar="$repo/target/diembao.jar"
if [[ ! -f "$jar" || -n "$(find "$repo/src/main" "$repo/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "building $jar ..." >&2
  (cd "$repo" && mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package)
fi

now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{$pages/($2-$1):.1f}')" _ "$1" "$2"; }

start=$(now)
java -jar "$jar" extract --input-dir "$html" --output "$out/ours.json"
end=$(now)
ours_rate=$(python3 -c "print(f'{$pages/($end-$start):.1f}')")
ours_secs=$(python3 -c "print(f'{$end-$start:.1f}')")

if [[ -z "${SKIP_PEER:-}" ]]; then
  peer="${PEER_DIR:-$HOME/.cache/diembao/readability-peer}"
  mkdir -p "$peer"
  cp "$bench/peers/package.json" "$bench/peers/package-lock.json" "$bench/peers/readability.mjs" "$peer/"
  if [[ ! -d "$peer/node_modules/@mozilla/readability" ]]; then
    echo "installing the Readability peer in $peer ..." >&2
    (cd "$peer" && npm ci --no-audit --no-fund --silent)
  fi
  start=$(now)
  node "$peer/readability.mjs" --html-dir "$html" --out "$out/readability.json" --jobs "$jobs" >/dev/null
  end=$(now)
  peer_rate=$(python3 -c "print(f'{$pages/($end-$start):.1f}')")
  peer_secs=$(python3 -c "print(f'{$end-$start:.1f}')")
fi

echo
echo "== ours (diembao extract) =="
python3 "$bench/score.py" "$truth" "$out/ours.json" ${PER_PAGE:+--per-page "$PER_PAGE"} | tail -n 6
ours_f1=$(python3 "$bench/score.py" "$truth" "$out/ours.json" | tail -n 1)
if [[ -z "${SKIP_PEER:-}" ]]; then
  echo
  echo "== Mozilla Readability 0.6.0 (jsdom, $jobs jobs) =="
  python3 "$bench/score.py" "$truth" "$out/readability.json" | tail -n 6
  peer_f1=$(python3 "$bench/score.py" "$truth" "$out/readability.json" | tail -n 1)
fi
[[ -n "${KEEP:-}" ]] && cp "$out"/*.json "$KEEP"/
echo
echo "== summary ($pages pages, $(nproc) CPUs) =="
printf '%-12s %-45s %8s pages/s (%s s)\n' ours "$ours_f1" "$ours_rate" "$ours_secs"
if [[ -z "${SKIP_PEER:-}" ]]; then
  printf '%-12s %-45s %8s pages/s (%s s)\n' readability "$peer_f1" "$peer_rate" "$peer_secs"
  python3 -c "print(f'speed ratio ours/readability: {$ours_rate/$peer_rate:.1f}x')"
fi
