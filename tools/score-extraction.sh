#!/usr/bin/env bash
# Parses the dev corpora with the CLI and scores each against its gold set with its own score.py:
# ../shared/dev-corpus/extraction (60 pages) and ../shared/dev-corpus/extraction-fundus (256 pages).
# These are figures on the data the parser was fitted to; tools/cross-validate.sh gives the held-out ones.
# Usage: tools/score-extraction.sh [extraction|fundus] [extra score.py arguments, e.g. --per-file out.tsv]
# With no set named, both are scored, the 60-page set first (then --per-file is refused: it would be overwritten).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/dev-corpus.sh"
sets=("$corpus" "$fundus")
case "${1:-}" in
    extraction) sets=("$corpus"); shift ;;
    fundus) sets=("$fundus"); shift ;;
    *)
        for arg in "$@"; do
            if [[ "$arg" == --per-file* ]]; then
                echo "score-extraction: name one set (extraction or fundus) with --per-file" >&2
                exit 2
            fi
        done
        ;;
esac
predictions="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$predictions"' EXIT
dotnet build "$root/src/NewsArchive.Cli" -c Release --nologo -v quiet >&2
for set in "${sets[@]}"; do
    echo "== $(basename "$set") =="
    # Exit 1 only means some file failed to parse; the scorer counts that file as empty.
    dotnet "$root/src/NewsArchive.Cli/bin/Release/net10.0/NewsArchive.Cli.dll" parse "$set/texts" >"$predictions" || [[ $? -eq 1 ]]
    python3 "$set/score.py" "$predictions" --gold "$set/gold.jsonl" "$@"
done
