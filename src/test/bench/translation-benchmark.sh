#!/usr/bin/env bash
# Translation speed of the Java engine beside transformers.js 3 (the reference implementation),
# in one run on the same machine, the same model files (base-shaped: opus-mt-ar-en's real
# dimensions, random weights, fp32), the same sentences and the same output length.
#
#   src/test/bench/translation-benchmark.sh            # 200 sentences, 32 new tokens, 2 threads
#   LIMIT=50 NEW_TOKENS=16 THREADS=1 src/test/bench/translation-benchmark.sh
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

echo "== Java engine (ONNX Runtime Java API)" >&2
# One JVM per configuration, as transformers.js runs one process per batch size, so that each
# peak resident memory figure belongs to that configuration alone.
: > "$OUT/java.jsonl"
run_java() {
  java -jar target/nashra.jar bench-translate --model-dir "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$LIMIT" --new-tokens "$NEW_TOKENS" --threads "$THREADS" --fp32 "$@" | tee -a "$OUT/java.jsonl"
}
for batch in ${BATCHES//,/ }; do
  run_java --beams 1 --batch-sizes "$batch"
done
run_java --beams 4 --beam-batch-size 8

echo "== transformers.js (onnxruntime-node)" >&2
node src/test/fixtures/transformersjs/bench.mjs --model "$MODEL" --sentences "$OUT/sentences.txt" \
  --limit "$LIMIT" --batch-sizes "$BATCHES" --max-new-tokens "$NEW_TOKENS" --threads "$THREADS" \
  | grep '^{' | tee "$OUT/transformersjs.jsonl"

python3 - "$OUT/java.jsonl" "$OUT/transformersjs.jsonl" <<'PY'
import json, sys
java = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
js = [json.loads(l) for l in open(sys.argv[2]) if l.startswith("{") and "batch" in l and "best" not in l]
greedy = [r for r in java if r["search"] == "greedy"]
best_java = max(greedy, key=lambda r: r["tokens_per_s"])
best_js = max(js, key=lambda r: r["tokens_per_s"])
print()
print(f"{'engine':<16}{'search':<8}{'batch':>6}{'sent/s':>9}{'tok/s':>9}{'peak RSS MB':>13}")
for r in java:
    print(f"{'nashra-java':<16}{r['search']:<8}{r['batch']:>6}{r['sentences_per_s']:>9.2f}{r['tokens_per_s']:>9.1f}{r['peak_rss_mb']:>13}")
for r in js:
    print(f"{'transformers.js':<16}{'greedy':<8}{r['batch']:>6}{r['sentences_per_s']:>9.2f}{r['tokens_per_s']:>9.1f}{r['peak_rss_mb']:>13.0f}")
print()
print(f"greedy, best batch each: Java {best_java['tokens_per_s']:.1f} tok/s (batch {best_java['batch']}) vs "
      f"transformers.js {best_js['tokens_per_s']:.1f} tok/s (batch {best_js['batch']}): "
      f"ratio {best_java['tokens_per_s'] / best_js['tokens_per_s']:.2f}x")
PY
