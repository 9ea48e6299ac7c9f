#!/usr/bin/env bash
# One ONNX Runtime session with intra-op threads = cores, against one single-threaded session per
# core translating batches side by side (MarianOptions.sessions), in the Java engine, on the
# base-shaped model, at the job's batch sizes, in full precision and int8.
#
#   src/test/bench/sessions-benchmark.sh                  # 64 sentences, 32 new tokens, 2 threads, 3 rounds
#   BATCHES=16 PRECISIONS=int8 REPEATS=5 src/test/bench/sessions-benchmark.sh
#   MODEL=/work/fixtures/marian-base-shaped-news src/test/bench/sessions-benchmark.sh
#
# The model is built (and quantised) by translation-benchmark.sh; run that once first, or pass MODEL.
set -euo pipefail
cd "$(dirname "$0")/../../.."

LIMIT=${LIMIT:-64}
NEW_TOKENS=${NEW_TOKENS:-32}
THREADS=${THREADS:-2}
BATCHES=${BATCHES:-16,32}
PRECISIONS=${PRECISIONS:-fp32,int8}
REPEATS=${REPEATS:-3}
MODEL=${MODEL:-target/models/marian-base-shaped-news}
OUT=target/bench-sessions
mkdir -p "$OUT"
if [[ ! -f $MODEL/onnx/decoder_model_merged_quantized.onnx ]]; then
  echo "$MODEL has no quantised base-shaped model: run src/test/bench/translation-benchmark.sh once, or pass MODEL=DIR" >&2
  exit 2
fi
SOURCE=../shared/eval/mt/ntrex128-newstest2019/src.ar
[[ -f $SOURCE ]] || SOURCE=src/test/resources/models/marian-tiny-golden/sentences.txt
head -n "$LIMIT" "$SOURCE" > "$OUT/sentences.txt"
if [[ ! -f target/nashra.jar ]]; then
  ./mvnw -q -B package -DskipTests
fi

# Each round runs both configurations back to back, each in a fresh process, the order swapped
# every other round; the ratio is taken within the round (see translation-benchmark.sh for why).
: > "$OUT/runs.jsonl"
run() { # precision, batch, sessions, round
  local flag=""; [[ $1 == fp32 ]] && flag=--fp32
  java -jar target/nashra.jar bench-translate --model-dir "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$LIMIT" --new-tokens "$NEW_TOKENS" --threads "$THREADS" --sessions "$3" --beams 1 \
    --batch-sizes "$2" $flag | grep '^{' | sed "s/^{/{\"round\": $4, \"precision\": \"$1\", \"load\": $(cut -d' ' -f1 /proc/loadavg), /" \
    | tee -a "$OUT/runs.jsonl"
}
for batch in ${BATCHES//,/ }; do
  for precision in ${PRECISIONS//,/ }; do
    for rep in $(seq 1 "$REPEATS"); do
      echo "== batch $batch, $precision, round $rep" >&2
      if (( rep % 2 )); then order="1 $THREADS"; else order="$THREADS 1"; fi
      for sessions in $order; do
        run "$precision" "$batch" "$sessions" "$rep"
      done
    done
  done
done

python3 - "$OUT/runs.jsonl" "$THREADS" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
threads = int(sys.argv[2])
print()
print(f"generated tokens/s (median run); {threads} sessions x 1 thread / 1 session x {threads} threads: median (least-greatest)")
print(f"{'batch':>5} {'precision':>9} {'1 x ' + str(threads) + ' thr':>11} {str(threads) + ' x 1 thr':>11}  {'ratio':<22} {'RSS 1 / ' + str(threads) + ' sessions':>20}  load")
for batch in sorted({r["batch"] for r in runs}):
    for p in ("fp32", "int8"):
        rs = [r for r in runs if r["batch"] == batch and r["precision"] == p]
        if not rs:
            continue
        one = {r["round"]: r for r in rs if r["sessions"] == 1}
        many = {r["round"]: r for r in rs if r["sessions"] == threads}
        ratios = [many[n]["tokens_per_s"] / one[n]["tokens_per_s"] for n in one if n in many]
        print(f"{batch:>5} {p:>9} {statistics.median(r['tokens_per_s'] for r in one.values()):>11.1f}"
              f" {statistics.median(r['tokens_per_s'] for r in many.values()):>11.1f}"
              f"  {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}){'':<8}"
              f" {max(r['peak_rss_mb'] for r in one.values()):>8} / {max(r['peak_rss_mb'] for r in many.values())} MB"
              f"  {min(r['load'] for r in rs):.1f}-{max(r['load'] for r in rs):.1f}")
PY
