#!/bin/bash
# Records one SCALE-Sim v2 reference run into tests/fixtures/scalesim/reference/ (see its README).
# Needs a checkout of scale-sim-v2 (commit 22f88b1) and Debian's python3-numpy and python3-tqdm;
# CI never runs this: the recorded files are committed.
#   scripts/scalesim-reference.sh SCALESIM_DIR CONFIG_NAME TOPOLOGY_CSV TOPOLOGY_NAME conv|gemm
# CONFIG_NAME is a file of tests/fixtures/scalesim/reference/configs/ without .cfg.
set -euo pipefail
ss=$1; cfg=$2; topo=$3; name=$4; kind=$5
root=$(cd "$(dirname "$0")/.." && pwd)
ref=$root/tests/fixtures/scalesim/reference
tmp=$(mktemp -d)
( cd "$ss" && /usr/bin/time -o "$tmp/time" -f "%e s %M KB" env PYTHONPATH="$ss" /usr/bin/python3 scalesim/scale.py \
    -c "$ref/configs/$cfg.cfg" -t "$topo" -p "$tmp" -i "$kind" > "$tmp/stdout.txt" 2> /dev/null )
mkdir -p "$ref/$name/$cfg"
cp "$tmp/$cfg"/{COMPUTE_REPORT,BANDWIDTH_REPORT,DETAILED_ACCESS_REPORT}.csv "$tmp/stdout.txt" "$ref/$name/$cfg/"
printf '%s\t%s\t%s\t%s\n' "$name" "$cfg" "$(cat "$tmp/time")" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$ref/times.tsv"
rm -rf "$tmp"
