#!/usr/bin/env bash
# Retrains the parser's model (src/NewsArchive/Parsing/ExtractionModel.txt, embedded in the library) on every page
# of both dev corpora with tools/ExtractionLab. Deterministic: the same data gives the same file byte for byte
# (`git diff --exit-code src/NewsArchive/Parsing/ExtractionModel.txt` after a retrain checks it).
# The date ranker learns from the headlines of the shipped model's date basis (tools/ExtractionLab/DateBasis.cs: a
# headline feature added since is held at zero for it); `tools/train-extraction.sh --rebase-dates` sets the basis to
# every current headline feature.
# The held-out quality of the method is what tools/cross-validate.sh measures (it fits the same way per fold).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/dev-corpus.sh"
dotnet build "$root/tools/ExtractionLab" -c Release --nologo -v quiet >&2
dotnet "$root/tools/ExtractionLab/bin/Release/net10.0/ExtractionLab.dll" train "$@" "$root/src/NewsArchive/Parsing/ExtractionModel.txt" "$corpus" "$fundus"
