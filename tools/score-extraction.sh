#!/usr/bin/env bash
# Parses the dev corpus with the CLI and scores the result against its gold set.
# Usage: tools/score-extraction.sh [extra score.py arguments, e.g. --per-file out.tsv]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/dev-corpus.sh"
predictions="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$predictions"' EXIT
dotnet build "$root/src/NewsArchive.Cli" -c Release --nologo -v quiet >&2
# Exit 1 only means some file failed to parse; the scorer counts that file as empty.
dotnet "$root/src/NewsArchive.Cli/bin/Release/net10.0/NewsArchive.Cli.dll" parse "$corpus/texts" >"$predictions" || [[ $? -eq 1 ]]
python3 "$corpus/score.py" "$predictions" "$@"
