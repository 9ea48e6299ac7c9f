#!/usr/bin/env bash
# Translation speed of the Java engine beside transformers.js 3 (the reference implementation),
# in one run on the same machine, the same model files (base-shaped: opus-mt-ar-en's real
# dimensions, random weights, fp32), the same sentences and the same output length.
#
#   src/test/bench/translation-benchmark.sh            # 200 sentences, 32 new tokens, 2 threads, 3 pairs
#   LIMIT=50 NEW_TOKENS=16 THREADS=1 REPEATS=5 src/test/bench/translation-benchmark.sh
#
# Needs: Debian's python3-torch, python3-onnx, python3-sentencepiece (to build the model once),
# node + npm (transformers.js is installed into src/test/fixtures/transformersjs/node_modules).
set -euo pipefail
cd "$(dirname "$0")/../../.."

LIMIT=${LIMIT:-200}
NEW_TOKENS=${NEW_TOKENS:-32}
THREADS=${THREADS:-2}
BATCHES=${BATCHES:-1,8,16,32}
# The benchmark model's vocabulary is learned from real Arabic news when ../shared has it, so that
# sentences split into about as many tokens as with opus-mt-ar-en (~31 a sentence here, against
# ~96 with the tiny model's pieces, which would make the encoder dominate).
NEWS=../shared/eval/news-raw/articles
if [[ -d $NEWS ]]; then
  MODEL=${MODEL:-target/models/marian-base-shaped-news}
  SPM_ARGS=(--spm-corpus "$NEWS")
else
  MODEL=${MODEL:-target/models/marian-base-shaped}
  SPM_ARGS=()
fi
OUT=target/bench
mkdir -p "$OUT"

SOURCE=../shared/eval/mt/ntrex128-newstest2019/src.ar
if [[ ! -f $SOURCE ]]; then
  SOURCE=src/test/resources/models/marian-tiny-golden/sentences.txt
fi
head -n "$LIMIT" "$SOURCE" > "$OUT/sentences.txt"
echo "sentences: $(wc -l < "$OUT/sentences.txt") from $SOURCE; $NEW_TOKENS generated tokens each; $THREADS threads" >&2

if [[ ! -f $MODEL/onnx/decoder_model_merged.onnx ]]; then
  echo "building the base-shaped model in $MODEL (once)..." >&2
  /usr/bin/python3 src/test/fixtures/marian/build_fixtures.py base-shaped --out "$MODEL" "${SPM_ARGS[@]}"
fi
if [[ ! -f target/nashra.jar ]]; then
  ./mvnw -q -B package -DskipTests
fi
if [[ ! -d src/test/fixtures/transformersjs/node_modules ]]; then
  (cd src/test/fixtures/transformersjs && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm ci --silent)
fi

# The engines alternate run by run (Java, then transformers.js, at the same batch size, REPEATS
# times), each run in a fresh process, so that a change in the machine's load lands on both
# engines of a pair rather than on one engine's whole half of the benchmark. The ratio is taken
# within each adjacent pair; the table gives the median run of each engine and the median, least
# and greatest of the pair ratios.
REPEATS=${REPEATS:-3}
: > "$OUT/java.jsonl"
: > "$OUT/transformersjs.jsonl"
run_java() {
  java -jar target/nashra.jar bench-translate --model-dir "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$LIMIT" --new-tokens "$NEW_TOKENS" --threads "$THREADS" $PRECISION_FLAG "$@" | grep '^{'
}
run_js() {
  node src/test/fixtures/transformersjs/bench.mjs --model "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$LIMIT" --batch-sizes "$1" --max-new-tokens "$NEW_TOKENS" --threads "$THREADS" $JS_PRECISION_FLAG \
    | grep '^{' | grep -v best
}
PRECISION_FLAG=${PRECISION_FLAG:---fp32}
JS_PRECISION_FLAG=${JS_PRECISION_FLAG:-}
for batch in ${BATCHES//,/ }; do
  for rep in $(seq 1 "$REPEATS"); do
    echo "== batch $batch, pair $rep: Java, then transformers.js" >&2
    run_java --beams 1 --batch-sizes "$batch" | sed "s/^{/{\"pair\": $rep, /" | tee -a "$OUT/java.jsonl"
    run_js "$batch" | sed "s/^{/{\"pair\": $rep, /" | tee -a "$OUT/transformersjs.jsonl"
  done
done
run_java --beams 4 --beam-batch-size 8 | tee -a "$OUT/java.jsonl"

python3 - "$OUT/java.jsonl" "$OUT/transformersjs.jsonl" <<'PY'
import json, statistics, sys
java = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
js = [json.loads(l) for l in open(sys.argv[2]) if l.startswith("{") and "batch" in l]
print()
print(f"{'batch':>6}{'Java tok/s':>12}{'t.js tok/s':>12}{'ratio median':>14}{'min':>7}{'max':>7}   pairs")
for batch in sorted({r["batch"] for r in js}):
    pairs = []
    for p in sorted({r["pair"] for r in js if r["batch"] == batch}):
        a = [r for r in java if r.get("pair") == p and r["batch"] == batch and r["search"] == "greedy"]
        b = [r for r in js if r["pair"] == p and r["batch"] == batch]
        if a and b:
            pairs.append((a[0]["tokens_per_s"], b[0]["tokens_per_s"]))
    ratios = [x / y for x, y in pairs]
    print(f"{batch:>6}{statistics.median(x for x, _ in pairs):>12.1f}{statistics.median(y for _, y in pairs):>12.1f}"
          f"{statistics.median(ratios):>13.2f}x{min(ratios):>6.2f}x{max(ratios):>6.2f}x   "
          + " ".join(f"{r:.2f}" for r in ratios))
for r in java:
    if r["search"] != "greedy":
        print(f"Java {r['search']} batch {r['batch']}: {r['tokens_per_s']:.1f} tok/s, peak RSS {r['peak_rss_mb']} MB")
PY
