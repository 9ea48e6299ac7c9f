#!/usr/bin/env bash
# Whole-night figures of step 1 (README, "Measured"), each run of `brief` in a fresh process:
#
#   src/test/bench/night-benchmark.sh memory       # translation-memory hit rates: the seeds; ARTICLES articles
#                                                  # of news-raw, then the same night again (--redo)
#   src/test/bench/night-benchmark.sh throughput   # brief over ARTICLES articles with the base-shaped model,
#                                                  # forced to NEW_TOKENS new tokens a sentence, memory off,
#                                                  # alternated with the engine benchmark on the same sentences
#   src/test/bench/night-benchmark.sh scale        # cost per article at ARTICLES and at 4×ARTICLES (memory off)
#
# ARTICLES (500), NEW_TOKENS (32), THREADS (2), PAIRS (1), ENGINE_LIMIT (1000: sentences of the engine
# benchmark, the night's first), BASE (the base-shaped model), SCALE_MODEL (the tiny model).
# Needs target/nashra.jar and target/test-classes (./mvnw -q package -DskipTests; ./mvnw -q test-compile),
# ../shared/seeds and ../shared/eval/news-raw. Prints one JSON line per run; the load average is beside each.
set -euo pipefail
cd "$(dirname "$0")/../../.."

ARTICLES=${ARTICLES:-500}
NEW_TOKENS=${NEW_TOKENS:-32}
THREADS=${THREADS:-2}
PAIRS=${PAIRS:-1}
ENGINE_LIMIT=${ENGINE_LIMIT:-1000}
BASE=${BASE:-/work/fixtures/marian-base-shaped-news}
TINY=src/test/resources/models/marian-tiny
SCALE_MODEL=${SCALE_MODEL:-$TINY}
NEWS=../shared/eval/news-raw/articles
SEEDS=../shared/seeds
OUT=target/bench/night
mkdir -p "$OUT"

if [[ ! -f target/cp.txt ]]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
fi
CP=target/test-classes:target/classes:$(cat target/cp.txt)

# The first N articles of news-raw, by name (a night's worth; copied, since links are not read).
night() {
  local n=$1 dir=$OUT/input-$1
  if [[ ! -d $dir ]]; then
    mkdir -p "$dir"
    find "$NEWS" -maxdepth 1 -type f -name '*.txt' | sort | head -n "$n" | xargs cp -t "$dir"
  fi
  echo "$dir"
}

load() { cut -d' ' -f1 /proc/loadavg; }

# brief LABEL ARGS...: one run, then a JSON line with its counts, the translation report and the time.
brief() {
  local label=$1; shift
  local before; before=$(load)
  local start; start=$(date +%s.%N)
  java -jar target/nashra.jar brief --date 2026-12-01 "$@" > "$OUT/$label.out" 2> "$OUT/$label.err" || {
    echo "brief failed ($label):" >&2; tail -5 "$OUT/$label.err" >&2; exit 1; }
  local end; end=$(date +%s.%N)
  python3 - "$label" "$start" "$end" "$before" "$(load)" "$OUT/$label.out" "$OUT/$label.err" <<'PY'
import json, re, sys
label, start, end, load0, load1, out, err = sys.argv[1:]
text, log = open(out).read(), open(err).read()
counts = re.search(r"(\d+) read, (\d+) written, (\d+) rejected", text)
t = re.search(r"translation: (\d+) sentences, (\d+) from the translation memory \(([\d.]+)%\), (\d+) repeated within a"
              r" chunk, (\d+) translated by the engine \((\d+) generated tokens, ([\d.]+) s\)", log)
step2 = re.search(r"briefing: grouping", log)
wall = float(end) - float(start)
sentences, memory, _, repeated, translated, tokens, engine_s = t.groups()
row = {"run": label, "read": int(counts.group(1)), "written": int(counts.group(2)), "sentences": int(sentences),
       "from_memory": int(memory), "repeated_in_chunk": int(repeated), "translated": int(translated),
       "served_share": round((int(memory) + int(repeated)) / max(1, int(sentences)), 4),
       "generated_tokens": int(tokens), "engine_s": float(engine_s), "wall_s": round(wall, 1),
       "articles_per_s": round(int(counts.group(2)) / wall, 3),
       "tokens_per_s_wall": round(int(tokens) / wall, 1),
       "ms_per_article": round(1000 * wall / max(1, int(counts.group(2))), 1),
       "load_before": float(load0), "load_after": float(load1)}
print(json.dumps(row))
PY
}

case ${1:-} in
  memory)
    rm -rf "$OUT/seeds-out" "$OUT/seeds1-out" "$OUT/memory-out"
    # The seeds in one chunk: copies within the chunk are translated once.
    brief seeds --input "$SEEDS" --output "$OUT/seeds-out" --model-dir "$TINY" | tee -a "$OUT/memory.jsonl"
    # One article a chunk: what the memory itself serves across chunks.
    NASHRA_BRIEFING_CHUNK_SIZE=1 brief seeds-chunk1 --input "$SEEDS" --output "$OUT/seeds1-out" --model-dir "$TINY" \
      | tee -a "$OUT/memory.jsonl"
    input=$(night "$ARTICLES")
    brief "news-$ARTICLES" --input "$input" --output "$OUT/memory-out" --model-dir "$TINY" | tee -a "$OUT/memory.jsonl"
    brief "news-$ARTICLES-again" --input "$input" --output "$OUT/memory-out" --model-dir "$TINY" --redo \
      | tee -a "$OUT/memory.jsonl"
    ;;
  throughput)
    # fp32 in both: a folder of links to the model's fp32 files only, since the job takes the
    # quantized files when a model has them (and the engine benchmark is run with --fp32).
    fp32=$OUT/base-fp32
    rm -rf "$fp32" && mkdir -p "$fp32/onnx"
    for f in "$BASE"/*; do [[ -f $f ]] && ln -s "$(realpath "$f")" "$fp32/"; done
    for f in encoder_model.onnx decoder_model_merged.onnx; do ln -s "$(realpath "$BASE/onnx/$f")" "$fp32/onnx/"; done
    BASE=$fp32
    input=$(night "$ARTICLES")
    java -cp "$CP" nashra.job.NightSentences "$input" > "$OUT/sentences-$ARTICLES.txt"
    echo "night of $ARTICLES articles: $(wc -l < "$OUT/sentences-$ARTICLES.txt") sentences for the model" >&2
    for pair in $(seq 1 "$PAIRS"); do
      echo "== pair $pair: the engine benchmark, then brief" >&2
      java -jar target/nashra.jar bench-translate --model-dir "$BASE" --sentences "$OUT/sentences-$ARTICLES.txt" \
        --limit "$ENGINE_LIMIT" --beams 1 --batch-sizes 16,32 --new-tokens "$NEW_TOKENS" --threads "$THREADS" --fp32 \
        | grep '^{' | sed "s/^{/{\"pair\": $pair, \"load\": $(load), /" | tee -a "$OUT/throughput.jsonl"
      rm -rf "$OUT/throughput-out"
      NASHRA_BRIEFING_BEAMS=1 NASHRA_BRIEFING_RETRY_BEAMS=0 NASHRA_BRIEFING_TRANSLATION_MEMORY=false \
        NASHRA_BRIEFING_MAX_LENGTH=$((NEW_TOKENS + 1)) NASHRA_BRIEFING_MIN_LENGTH=$((NEW_TOKENS + 1)) \
        NASHRA_BRIEFING_THREADS=$THREADS NASHRA_BRIEFING_BATCH_SIZE=${BATCH_SIZE:-32} \
        brief "throughput-$ARTICLES-pair$pair" --input "$input" --output "$OUT/throughput-out" --model-dir "$BASE" \
        | sed "s/^{/{\"pair\": $pair, /" | tee -a "$OUT/throughput.jsonl"
    done
    ;;
  scale)
    for n in "$ARTICLES" $((4 * ARTICLES)); do
      input=$(night "$n")
      rm -rf "$OUT/scale-out"
      NASHRA_BRIEFING_TRANSLATION_MEMORY=false brief "scale-$n" --input "$input" --output "$OUT/scale-out" \
        --model-dir "$SCALE_MODEL" | tee -a "$OUT/scale.jsonl"
    done
    ;;
  *)
    echo "usage: src/test/bench/night-benchmark.sh memory|throughput|scale" >&2
    exit 2
    ;;
esac
