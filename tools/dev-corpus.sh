# Sourced by the dev-corpus tools: sets $root and $corpus, or stops when ../shared/dev-corpus is absent
# (it exists only on the team's machines and in CI, never in a user's clone).
root="$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)"
corpus="$root/../shared/dev-corpus/extraction"
if [[ ! -d "$corpus/texts" || ! -f "$corpus/score.py" ]]; then
    echo "$(basename "${BASH_SOURCE[1]}" .sh): the dev corpus is not at $corpus (expected texts/, gold.jsonl, score.py)" >&2
    exit 2
fi
