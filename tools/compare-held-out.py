#!/usr/bin/env python3
"""Compares two sets of held-out predictions (two CV_KEEP folders of tools/cross-validate.sh) page by page.

Usage: compare-held-out.py SCORE_PY TEXTS_DIR... -- BASE_DIR NEW_DIR [K]
Prints, for the title (over the pages whose headline is a line of the text), the body F1 (score.py's, of
the pages pooled), the date accuracy (over the pages with a gold date) and the share of given dates that are wrong,
the figure of both, the pages gained and lost, and a paired bootstrap over the pages (2000 resamples, fixed seed) of the
difference: its mean, 95 % interval and the share of resamples at or below zero. Then the new set's headline misses
by kind: the title derived or not a line of the text; the right headline trimmed wrong (one contains the other);
another form of the headline (two or more and half or more of the shorter one's content words shared); another line.
TEXTS_DIR are the corpora's texts/ folders; a page's file is named <corpus>-<file> in the predictions.
"""
import importlib.util
import os
import random
import re
import sys

spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
split = sys.argv.index('--')
texts_dirs, rest = sys.argv[2:split], sys.argv[split + 1:]
base_dir, new_dir = rest[0], rest[1]
folds = int(rest[2]) if len(rest) > 2 else 10


def load(folder):
    per = {}
    for k in range(folds):
        gold = score.load_jsonl(f'{folder}/fold{k}.gold.jsonl')
        preds = {p['file']: p for p in score.load_jsonl(f'{folder}/fold{k}.jsonl')}
        for x, g in zip(score.evaluate(gold, preds), gold):
            per[g['file']] = (x, preds.get(g['file'], {}), g)
    return per


def title(per):
    return sum(x['title_norm'] for x in per) / len(per)


def body(per):
    return score.prf([x['t4'] for x in per])[2]


def bootstrap(name, base, new, files, statistic):
    """The statistic of both sets over the same resampled pages (paired); per page, whether the new set gained or lost."""
    a, b = [base[f][0] for f in files], [new[f][0] for f in files]
    n = len(files)
    rnd = random.Random(1)
    diffs = []
    for _ in range(2000):
        pick = [rnd.randrange(n) for _ in range(n)]
        diffs.append(statistic([b[i] for i in pick]) - statistic([a[i] for i in pick]))
    diffs.sort()
    per_page = [statistic([y]) - statistic([x]) for x, y in zip(a, b)]
    print(f'{name}: base {statistic(a):.4f}, new {statistic(b):.4f} over {n} pages; gained on {sum(d > 0 for d in per_page)}, '
          f'lost on {sum(d < 0 for d in per_page)}; difference {statistic(b) - statistic(a):+.4f}, '
          f'95 % [{diffs[49]:+.4f}, {diffs[1949]:+.4f}], P(<=0) {sum(d <= 0 for d in diffs) / len(diffs):.3f}')
    return per_page


base, new = load(base_dir), load(new_dir)
titled = sorted(f for f in base if base[f][0]['title_in_text'])
for f, d in zip(titled, bootstrap('title', base, new, titled, title)):
    if d:
        print(f'  {"gained" if d > 0 else "lost  "} {f}')
bootstrap('body F1', base, new, sorted(base), body)


def date_accuracy(per):
    return sum(x['date_ok'] for x in per) / len(per)


def wrong_share(per):
    """The share of given dates that are wrong, over the pages resampled (a page that gives no date counts as none)."""
    given = [x for x in per if x['pred_date'] is not None]
    return sum(x['pred_date'] != x['gold_date'] for x in given) / len(given) if given else 0.0


dated = sorted(f for f in base if base[f][0]['date_ok'] is not None)
for f, d in zip(dated, bootstrap('date', base, new, dated, date_accuracy)):
    if d:
        print(f'  {"gained" if d > 0 else "lost  "} {f}')
bootstrap('given wrong (lower is better)', base, new, sorted(base), wrong_share)

lines_of = {}
for folder in texts_dirs:
    corpus = os.path.basename(os.path.dirname(os.path.abspath(folder)))
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as handle:
            lines_of[f'{corpus}-{name}'] = {score.norm_title(line) for line in handle.read().split('\n')}


def content(s):
    return {w for w in re.findall(r'\w+', s.lower()) if len(w) >= 4}


kinds = {}
for f in titled:
    x, pred, gold = new[f]
    if x['title_norm']:
        continue
    got, want = score.norm_title(pred.get('title') or ''), score.norm_title(gold['title'])
    # A line of the text, or part of one (the first line also carries the date header).
    if pred.get('titleDerived') or not got or not any(got in line for line in lines_of.get(f, ())):
        kind = 'derived, or not a line of the text'
    elif want in got or got in want:
        kind = 'the right headline trimmed wrong'
    else:
        a, b = content(got), content(want)
        shared = len(a & b)
        kind = 'another form of the headline' if shared >= 2 and shared >= 0.5 * min(len(a), len(b)) else 'another line'
    kinds.setdefault(kind, []).append(f)
print(f'headline misses of {new_dir}: {sum(len(v) for v in kinds.values())} of {len(titled)}')
for kind, files in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
    print(f'  {kind}: {len(files)}  ({", ".join(files)})')
