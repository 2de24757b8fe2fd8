#!/usr/bin/env bash
# Two-fold cross-validation of the parser's numeric thresholds on the dev corpus: pick the best setting of a
# small grid on the even-numbered files and report it on the odd ones, then the other way round. The rules
# themselves were written looking at the whole dev set, so this measures threshold tuning, not rule design.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/dev-corpus.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/tools/CrossValidation" -c Release --nologo -v quiet >&2
dotnet "$root/tools/CrossValidation/bin/Release/net10.0/CrossValidation.dll" "$corpus/texts" "$work/predictions"
python3 - "$corpus" "$work" <<'PY'
import json, os, subprocess, sys
corpus, work = sys.argv[1], sys.argv[2]
gold = [json.loads(l) for l in open(os.path.join(corpus, 'gold.jsonl'), encoding='utf-8') if l.strip()]
halves = {}
for name, parity in (('even', 0), ('odd', 1)):
    path = os.path.join(work, name + '.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for g in gold:
            if int(g['file'][:3]) % 2 == parity:
                f.write(json.dumps(g, ensure_ascii=False) + '\n')
    halves[name] = path

def score(predictions, half):
    out = subprocess.run([sys.executable, os.path.join(corpus, 'score.py'), predictions, '--gold', halves[half]],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (kv.split('=') for kv in out.split())}

settings = sorted(os.listdir(os.path.join(work, 'predictions')))
scores = {(s, h): score(os.path.join(work, 'predictions', s), h) for s in settings for h in halves}
mean = lambda r: (r['body_f1'] + r['title_acc'] + r['date_acc']) / 3
default = 'text60_furniture1.5_break4_title1.5.jsonl'
fmt = lambda r: 'body_f1=%.3f title_acc=%.3f date_acc=%.3f' % (r['body_f1'], r['title_acc'], r['date_acc'])
held_out = []
for train, test in (('even', 'odd'), ('odd', 'even')):
    best = max(settings, key=lambda s: (mean(scores[(s, train)]), s == default))
    held_out.append(scores[(best, test)])
    print('tuned on %-4s -> %s; on %-4s (held out): %s' % (train, best[:-6], test, fmt(scores[(best, test)])))
    print('   defaults on %-4s: %s' % (test, fmt(scores[(default, test)])))
avg = {k: sum(r[k] for r in held_out) / 2 for k in held_out[0]}
print('held-out mean: ' + fmt(avg))
PY
