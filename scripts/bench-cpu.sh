#!/usr/bin/env bash
# CPU time of extraction, two builds side by side (not part of the test run):
#   scripts/bench-cpu.sh OLD_BIN NEW_BIN [RUNS] [KIND...]     RUNS default 5; KIND docx and/or pdf (default both)
# OLD_BIN and NEW_BIN are folders holding a built actas.dll (dotnet build pipeline/Actas.Cli -c Release -o DIR).
# Each run is one in-process import with one job and no classifier into a fresh database:
#   dotnet BIN/actas.dll import DIR --db X.db --in-process --no-classify --jobs 1 --quiet
# and its CPU time is user+sys from /usr/bin/time -v (CPU time, not wall time: the machine is shared, so wall
# time mostly measures the neighbours). Runs alternate old, new, old, new… and the script prints each run and
# the medians, and new/old. Files: .docx = every corpus .docx (blind batches included) twice, the second copy
# with a zip comment so its bytes (and so its sha256) differ and the import reads it again; .pdf = every third
# corpus .pdf (reading all 273 PDFs costs about a minute of CPU per run). Process start is included (about
# 0.5 s of CPU); a run that fails stops the script. Expect ±3 % between runs of one build.
set -euo pipefail
[ $# -ge 2 ] || { sed -n 2,12p "$0"; exit 64; }
root=$(cd "$(dirname "$0")/.." && pwd)
old=$(cd "$1" && pwd); new=$(cd "$2" && pwd); runs=${3:-5}; shift $(( $# < 3 ? $# : 3 ))
kinds=("$@"); [ ${#kinds[@]} -gt 0 ] || kinds=(docx pdf)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

mkdir -p "$work/docx" "$work/pdf"
python3 - "$root/corpus" "$work" <<'EOF'
import os, shutil, sys, zipfile
corpus, work = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) if "/src" not in d + "/" for f in fs)
for i, f in enumerate(p for p in files if p.endswith(".pdf")):
    if i % 3 == 2:
        shutil.copy(f, os.path.join(work, "pdf", f"{i:04d}.pdf"))
for i, f in enumerate(p for p in files if p.endswith(".docx")):
    shutil.copy(f, os.path.join(work, "docx", f"{i:04d}.docx"))
    copy = os.path.join(work, "docx", f"{i:04d}-copy.docx")
    shutil.copy(f, copy)
    with zipfile.ZipFile(copy, "a") as z:
        z.comment = b"bench-cpu copy"
EOF

cpu() {  # cpu BIN KIND -> user+sys seconds of one import
  rm -f "$work/x.db"
  (cd "$root" && /usr/bin/time -v -o "$work/time.txt" dotnet "$1/actas.dll" import "$work/$2" --db "$work/x.db" \
    --in-process --no-classify --jobs 1 --quiet)
  awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$work/time.txt"
}
median() { python3 -c "import statistics, sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" "$@"; }

for kind in "${kinds[@]}"; do
  files=$(ls "$work/$kind" | wc -l)
  olds=(); news=()
  for ((r = 1; r <= runs; r++)); do
    o=$(cpu "$old" "$kind"); n=$(cpu "$new" "$kind")
    olds+=("$o"); news+=("$n")
    echo "$kind run $r: old $o s, new $n s"
  done
  mo=$(median "${olds[@]}"); mn=$(median "${news[@]}")
  printf '%s (%d files, %d runs): CPU median old %s s, new %s s, new/old %s\n' "$kind" "$files" "$runs" "$mo" "$mn" \
    "$(python3 -c "import sys; print(f'{float(sys.argv[2]) / float(sys.argv[1]):.3f}')" "$mo" "$mn")"
done
