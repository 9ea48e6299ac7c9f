#!/usr/bin/env bash
# The machine's ceiling for greedy decoding with opus-mt-ar-en's dimensions, in generated tokens/s:
# how fast ONNX Runtime runs the weight matrix products of one decoding step (6 layers of self- and
# cross-attention projections, q k v o and q o, 512x512 each, and the feed-forward 512x2048 and
# 2048x512; then the output projection 512x62834: 54.2 M multiply-adds a token) at a batch size,
# and nothing else (no attention over the cache, no layer norms, no encoder). A real decoder cannot
# beat it; the translation benchmark's "limit" column is the Java engine's share of it.
#
#   src/test/bench/decoder-limit.sh                 # batch 32, 2 threads, fp32 and int8
#   BATCH=16 THREADS=1 src/test/bench/decoder-limit.sh
#
# Needs Debian's python3-onnx and numpy (to write the graphs) and node with onnxruntime-node (the
# transformers.js fixture's node_modules: the same ONNX Runtime the engines use).
set -euo pipefail
cd "$(dirname "$0")/../../.."
BATCH=${BATCH:-32}
THREADS=${THREADS:-2}
STEPS=${STEPS:-40}
OUT=target/bench-limit
mkdir -p "$OUT"
MODULES=src/test/fixtures/transformersjs/node_modules
if [[ ! -d $MODULES ]]; then
  (cd src/test/fixtures/transformersjs && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm ci --silent)
fi

/usr/bin/python3 - "$OUT" <<'PY'
import os, sys
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
sys.path.insert(0, "src/test/fixtures/marian")
import quantize_onnx

out = sys.argv[1]
d, ffn, vocab, layers = 512, 2048, 62834, 6
shapes = []
for _ in range(layers):
    shapes += [(d, d)] * 6 + [(d, ffn), (ffn, d)]
shapes.append((d, vocab))
rng = np.random.default_rng(1)
inits, nodes, prev = [], [], "x"
for i, (k, n) in enumerate(shapes):
    w = (rng.standard_normal((k, n)) / np.sqrt(k)).astype(np.float32)
    inits.append(numpy_helper.from_array(w, "w%d" % i))
    nodes.append(helper.make_node("MatMul", [prev, "w%d" % i], ["y%d" % i]))
    prev = "y%d" % i
graph = helper.make_graph(nodes, "decoder_step_matmuls",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", d])],
                          [helper.make_tensor_value_info(prev, TensorProto.FLOAT, ["batch", vocab])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
model.ir_version = 7
onnx.save(model, os.path.join(out, "step_fp32.onnx"))
quantize_onnx.quantize_file(os.path.join(out, "step_fp32.onnx"), os.path.join(out, "step_int8.onnx"))
macs = sum(k * n for k, n in shapes)
print("multiply-adds per generated token: %.1f M" % (macs / 1e6))
with open(os.path.join(out, "macs"), "w") as f:
    f.write(str(macs))
PY

cat > "$OUT/time.cjs" <<'JS'
const ort = require('onnxruntime-node');
const [file, batch, threads, steps, macs] = process.argv.slice(2).map((a, i) => (i ? Number(a) : a));
(async () => {
  const session = await ort.InferenceSession.create(file, {
    intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  const x = new ort.Tensor('float32', Float32Array.from({ length: batch * 512 }, () => Math.random() - 0.5), [batch, 512]);
  for (let i = 0; i < 5; i++) await session.run({ x });
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < steps; i++) await session.run({ x });
  const s = Number(process.hrtime.bigint() - t0) / 1e9 / steps;
  console.log(JSON.stringify({ file: file.split('/').pop(), batch, threads, ms_per_step: +(s * 1e3).toFixed(2),
    tokens_per_s: Math.round(batch / s), gflops: +((2 * macs * batch) / s / 1e9).toFixed(1) }));
})();
JS
MACS=$(cat "$OUT/macs")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2 3; do
  for precision in fp32 int8; do
    NODE_PATH=$MODULES node "$OUT/time.cjs" "$OUT/step_$precision.onnx" "$BATCH" "$THREADS" "$STEPS" "$MACS"
  done
done
