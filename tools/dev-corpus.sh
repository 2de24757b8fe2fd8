# Sourced by the dev-corpus tools: sets $root, $corpus (the 60-page set) and $fundus (the fundus set), or stops
# when ../shared/dev-corpus is absent (it exists only on the team's machines and in CI, never in a user's clone).
root="$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)"
corpus="$root/../shared/dev-corpus/extraction"
fundus="$root/../shared/dev-corpus/extraction-fundus"
for set in "$corpus" "$fundus"; do
    if [[ ! -d "$set/texts" || ! -f "$set/score.py" || ! -f "$set/gold.jsonl" ]]; then
        echo "$(basename "${BASH_SOURCE[1]}" .sh): the dev corpus is not at $set (expected texts/, gold.jsonl, score.py)" >&2
        exit 2
    fi
done
