#!/usr/bin/env python3
"""Line-level error classes of held-out body predictions (a CV_KEEP folder of tools/cross-validate.sh).

Usage: body-errors.py SCORE_PY KEEP_DIR TEXTS_DIR... [--lines N]
For every page, each non-empty line of the text (whitespace collapsed) is "in the gold body" when at least half of
its 4-token shingles (score.py's tokens and shingles, read from SCORE_PY as tools/compare-held-out.py does) are gold
shingles, and "kept" when it is a line of the predicted body.
A kept line not in the gold is a false keep (FP), a gold line not kept a miss (FN); each is placed before the first
kept line, inside the kept span or after the last, sized by its words (up to 4, 5-12, more) and weighed by its share
of the page's predicted (FP) or gold (FN) words, so that the sums are in pages, as the page-mean precision and recall
of score.py count them. Prints the sums by class, the pages that lose most and the N heaviest lines of each kind.
TEXTS_DIR are the corpora's texts/ folders; a page's file is named <corpus>-<file> in the predictions.
"""
import collections
import importlib.util
import os
import sys

USAGE = 'usage: body-errors.py SCORE_PY KEEP_DIR TEXTS_DIR... [--lines N]'


def load_score(path):
    spec = importlib.util.spec_from_file_location('score', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source(texts_dirs, name):
    for folder in texts_dirs:
        corpus = os.path.basename(os.path.dirname(os.path.normpath(folder)))
        if name.startswith(corpus + '-'):
            path = os.path.join(folder, name[len(corpus) + 1:])
            if os.path.exists(path):
                with open(path, encoding='utf-8', errors='replace') as f:
                    return f.read()
    return None


def main():
    args = sys.argv[1:]
    top = 20
    if '--lines' in args:
        i = args.index('--lines')
        if i + 1 >= len(args) or not args[i + 1].isdigit():
            sys.exit(USAGE + '\n--lines takes a number of lines')
        top = int(args[i + 1])
        del args[i:i + 2]
    if len(args) < 3:
        sys.exit(USAGE)
    score_py, keep, texts_dirs = args[0], args[1], args[2:]
    if not os.path.isfile(score_py) or not os.path.exists(f'{keep}/fold0.jsonl'):
        sys.exit(f'{USAGE}\n{score_py} must be score.py and {keep} a CV_KEEP folder of tools/cross-validate.sh (fold0.jsonl ...)')
    score = load_score(score_py)
    rows = []
    k = 0
    while os.path.exists(f'{keep}/fold{k}.jsonl'):
        preds = {p['file']: p for p in score.load_jsonl(f'{keep}/fold{k}.jsonl')}
        for gold in score.load_jsonl(f'{keep}/fold{k}.gold.jsonl'):
            text = source(texts_dirs, gold['file'])
            if text is None:
                continue
            gold_tokens = score.tokenize(gold.get('body'))
            gold_shingles = set(score.shingles(gold_tokens))
            body = preds.get(gold['file'], {}).get('body') or ''
            kept = {' '.join(line.split()) for line in body.split('\n') if line.strip()}
            lines = [' '.join(line.split()) for line in text.replace('\r', '').split('\n')]
            at = [i for i, line in enumerate(lines) if line in kept]
            first, last = (at[0], at[-1]) if at else (0, -1)
            gold_words, kept_words = len(gold_tokens) or 1, len(score.tokenize(body)) or 1
            for i, line in enumerate(lines):
                tokens = score.tokenize(line)
                if not tokens:
                    continue
                own = set(score.shingles(tokens))
                in_gold = len(own & gold_shingles) >= len(own) / 2
                if in_gold == (line in kept):
                    continue
                fp = not in_gold
                rows.append({
                    'file': gold['file'], 'kind': 'FP' if fp else 'FN',
                    'where': 'before' if i < first else 'after' if i > last else 'inside',
                    'size': 'up to 4 words' if len(tokens) <= 4 else '5-12 words' if len(tokens) <= 12 else 'longer',
                    'weight': len(tokens) / (kept_words if fp else gold_words), 'text': line[:110],
                })
        k += 1
    sums = collections.defaultdict(float)
    counts = collections.Counter()
    pages = collections.defaultdict(float)
    for r in rows:
        sums[(r['kind'], r['where'], r['size'])] += r['weight']
        counts[(r['kind'], r['where'], r['size'])] += 1
        pages[(r['file'], r['kind'])] += r['weight']
    print(f'{k} folds; by class (pages lost, lines):')
    for key, value in sorted(sums.items(), key=lambda kv: -kv[1]):
        print(f'  {key[0]} {key[1]:6} {key[2]:14} {value:6.2f} {counts[key]:5}')
    print('pages that lose most:')
    for (name, kind), value in sorted(pages.items(), key=lambda kv: -kv[1])[:top]:
        print(f'  {kind} {value:.2f} {name}')
    for kind in ('FP', 'FN'):
        print(f'heaviest {kind} lines:')
        for r in sorted((r for r in rows if r['kind'] == kind), key=lambda r: -r['weight'])[:top]:
            print(f'  {r["weight"]:.3f} {r["where"]:6} {r["file"]}: {r["text"]}')


if __name__ == '__main__':
    main()
