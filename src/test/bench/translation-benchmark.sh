#!/usr/bin/env bash
# Translation speed of the Java engine beside transformers.js 3 (the reference implementation),
# in one run on the same machine, the same model files (base-shaped: opus-mt-ar-en's real
# dimensions, random weights), the same sentences and the same output length, in full precision
# (fp32) and dynamically quantised (int8: onnx/*_quantized.onnx, built by build_fixtures.py quantize).
#
#   src/test/bench/translation-benchmark.sh            # 200 sentences, 32 new tokens, 2 threads, 3 rounds
#   LIMIT=50 NEW_TOKENS=16 THREADS=1 REPEATS=5 src/test/bench/translation-benchmark.sh
#   PRECISIONS=fp32 BATCHES=16,32 BEAM=0 src/test/bench/translation-benchmark.sh
#   MODEL=/work/fixtures/marian-base-shaped-news src/test/bench/translation-benchmark.sh   # a model built elsewhere
#
# Needs: Debian's python3-torch, python3-onnx, python3-sentencepiece (to build the model once),
# node + npm (transformers.js is installed into src/test/fixtures/transformersjs/node_modules).
set -euo pipefail
cd "$(dirname "$0")/../../.."

LIMIT=${LIMIT:-200}
# Batch 1 is ~8 times slower a token than batch 32: it translates the first quarter of the
# sentences, so that a round of it does not take as long as all other batch sizes together.
LIMIT_BATCH1=${LIMIT_BATCH1:-$(( (LIMIT + 3) / 4 ))}
NEW_TOKENS=${NEW_TOKENS:-32}
THREADS=${THREADS:-2}
BATCHES=${BATCHES:-32,16,8,1}
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
if [[ ! -f $MODEL/onnx/decoder_model_merged_quantized.onnx ]]; then
  echo "quantising the base-shaped model in $MODEL (once)..." >&2
  /usr/bin/python3 src/test/fixtures/marian/build_fixtures.py quantize --model "$MODEL"
fi
if [[ ! -f target/nashra.jar ]]; then
  ./mvnw -q -B package -DskipTests
fi
if [[ ! -d src/test/fixtures/transformersjs/node_modules ]]; then
  (cd src/test/fixtures/transformersjs && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm ci --silent)
fi

# Every round runs, at one batch size, each engine in each precision once, each run in a fresh
# process, in the order Java fp32, transformers.js fp32, Java int8, transformers.js int8; REPEATS
# rounds per batch size. A change in the machine's load (it is shared) then lands on the runs of
# one round rather than on one engine's or one precision's whole half of the benchmark, and every
# ratio is taken within a round (Java/transformers.js: adjacent runs; int8/fp32: the two runs of
# one engine in that round). The table gives the median run of each configuration and the
# median, least and greatest of the ratios.
#
# The "limit" column: the Java engine's median tokens/s as a share of FP32_LIMIT, the machine's
# fp32 ceiling for this model in generated tokens/s (README, Translation speed: the decoder's
# multiply-adds per generated token against the fp32 matrix-multiply rate of the two cores).
REPEATS=${REPEATS:-3}
PRECISIONS=${PRECISIONS:-fp32,int8}
FP32_LIMIT=${FP32_LIMIT:-1700}
BEAM=${BEAM:-1}
: > "$OUT/runs.jsonl"
limit_for() { if [[ $1 == 1 ]]; then echo "$LIMIT_BATCH1"; else echo "$LIMIT"; fi; }
run_java() { # precision, batch size, then bench-translate options
  local flag=""; [[ $1 == fp32 ]] && flag=--fp32
  local limit; limit=$(limit_for "$2")
  shift 2
  java -jar target/nashra.jar bench-translate --model-dir "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$limit" --new-tokens "$NEW_TOKENS" --threads "$THREADS" $flag "$@" | grep '^{'
}
run_js() { # precision, batch size
  local dtype=fp32; [[ $1 == int8 ]] && dtype=q8
  node src/test/fixtures/transformersjs/bench.mjs --model "$MODEL" --sentences "$OUT/sentences.txt" \
    --limit "$(limit_for "$2")" --batch-sizes "$2" --max-new-tokens "$NEW_TOKENS" --threads "$THREADS" --dtype "$dtype" \
    | grep '^{' | grep -v best
}
tag() { # round, precision: adds both to a JSON line
  sed "s/^{/{\"round\": $1, \"precision\": \"$2\", /"
}
for batch in ${BATCHES//,/ }; do
  for rep in $(seq 1 "$REPEATS"); do
    for precision in ${PRECISIONS//,/ }; do
      echo "== batch $batch, round $rep, $precision: Java, then transformers.js (load $(cut -d' ' -f1 /proc/loadavg))" >&2
      run_java "$precision" "$batch" --beams 1 --batch-sizes "$batch" | tag "$rep" "$precision" | tee -a "$OUT/runs.jsonl"
      run_js "$precision" "$batch" | tag "$rep" "$precision" | tee -a "$OUT/runs.jsonl"
    done
  done
done
if [[ $BEAM == 1 ]]; then
  for precision in ${PRECISIONS//,/ }; do
    run_java "$precision" 8 --beams 4 --beam-batch-size 8 | tag 0 "$precision" | tee -a "$OUT/runs.jsonl"
  done
fi

python3 - "$OUT/runs.jsonl" "$FP32_LIMIT" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
limit = float(sys.argv[2])
greedy = [r for r in runs if r.get("search", "greedy") == "greedy"]
def tps(engine, precision, batch, rnd):
    for r in greedy:
        if r["engine"] == engine and r["precision"] == precision and r["batch"] == batch and r["round"] == rnd:
            return r["tokens_per_s"]
    return None
def ratios(pairs):
    xs = [a / b for a, b in pairs if a and b]
    if not xs:
        return "-"
    return f"{statistics.median(xs):.2f}x ({min(xs):.2f}-{max(xs):.2f})"
def med(xs):
    xs = [x for x in xs if x]
    return statistics.median(xs) if xs else float("nan")
J, T = "nashra-java", "transformers.js"
precisions = [p for p in ("fp32", "int8") if any(r["precision"] == p for r in greedy)]
print()
print(f"generated tokens/s, median run; ratios: median (least-greatest) over rounds; limit: Java / {limit:.0f} tok/s")
print(f"{'batch':>5} {'precision':>9} {'Java':>8} {'t.js':>8}  {'Java/t.js':<20} {'limit':>6}  {'int8/fp32 Java':<20} {'int8/fp32 t.js':<20} rounds")
for batch in sorted({r["batch"] for r in greedy}):
    rounds = sorted({r["round"] for r in greedy if r["batch"] == batch})
    for p in precisions:
        j = [tps(J, p, batch, n) for n in rounds]
        t = [tps(T, p, batch, n) for n in rounds]
        q = ["", ""]
        if p == "int8" and "fp32" in precisions:
            q = [ratios((tps(e, "int8", batch, n), tps(e, "fp32", batch, n)) for n in rounds) for e in (J, T)]
        print(f"{batch:>5} {p:>9} {med(j):>8.1f} {med(t):>8.1f}  {ratios(zip(j, t)):<20} {med(j) / limit:>6.0%}"
              f"  {q[0]:<20} {q[1]:<20} {len(rounds)}")
for r in runs:
    if r.get("search", "greedy") != "greedy":
        print(f"Java {r['precision']} {r['search']} batch {r['batch']}: {r['tokens_per_s']:.1f} tok/s, peak RSS {r['peak_rss_mb']} MB")
for p in precisions:
    rss = [r["peak_rss_mb"] for r in greedy if r["precision"] == p and r["engine"] == J]
    rss_js = [r["peak_rss_mb"] for r in greedy if r["precision"] == p and r["engine"] == T]
    print(f"peak RSS {p}: Java {max(rss)} MB, transformers.js {max(rss_js)} MB (largest over batch sizes)")
PY
