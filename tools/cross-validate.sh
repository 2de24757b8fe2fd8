#!/usr/bin/env bash
# Leave-site-out cross-validation of the parser over the pooled dev corpora (../shared/dev-corpus/extraction,
# each of its 60 pages its own site, and ../shared/dev-corpus/extraction-fundus, by its `site` field).
# Whole sites go to one of K folds (default 10); for each fold, everything the parser learns is fitted on the
# other folds (tools/ExtractionLab) and the held-out fold is parsed and scored with the corpus's score.py.
# Prints per fold and the mean: body F1, title (pages whose headline is a line of the text), date accuracy and
# the share of given dates that are wrong.
# Usage: [CV_KEEP=DIR] tools/cross-validate.sh [K]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/dev-corpus.sh"
folds="${1:-10}"
# CV_KEEP=DIR keeps the held-out predictions (DIR/fold<k>.jsonl) for a look at the misses.
if [[ -n "${CV_KEEP:-}" ]]; then
    work="$CV_KEEP"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
dotnet build "$root/tools/ExtractionLab" -c Release --nologo -v quiet >&2
dotnet "$root/tools/ExtractionLab/bin/Release/net10.0/ExtractionLab.dll" cross-validate "$work" "$folds" "$corpus" "$fundus"
fold_args=()
for ((k = 0; k < folds; k++)); do
    fold_args+=("fold$k=$work/fold$k.jsonl:$work/fold$k.gold.jsonl")
done
python3 "$root/tools/extraction-figures.py" "$corpus/score.py" "${fold_args[@]}"
