#!/usr/bin/env python3
"""Scores held-out predictions with the dev corpus's own score.py (imported, so the figures are its figures).

Usage: extraction-figures.py SCORE_PY LABEL=PREDICTIONS.jsonl:GOLD.jsonl ...
Prints one row per LABEL: body F1, title over the pages whose headline is a line of the text (as score.py
prints it), date accuracy over pages with a gold date, the share of given dates that are wrong (a date
given where the gold is another day or none), and the counts; then the mean over the rows and the figures
of all rows pooled (micro).
"""
import importlib.util
import statistics
import sys

spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def figures(per):
    s = score.summary(per)
    tin = [x for x in per if x['title_in_text']]
    given = [x for x in per if x['pred_date'] is not None]
    wrong = [x for x in given if x['pred_date'] != x['gold_date']]
    return {
        'n': len(per), 'body': s['f1'],
        'title': score.mean_or_nan([x['title_norm'] for x in tin])[0], 'ntitle': len(tin),
        'date': s['date_acc'][0], 'given': len(given), 'wrong': len(wrong),
        'wrongshare': len(wrong) / len(given) if given else 0.0,
    }


def row(label, f):
    return ('%-10s n=%3d  body_f1=%.3f  title=%.3f (of %3d)  date_acc=%.3f  given_wrong=%.3f (%d of %d given)'
            % (label, f['n'], f['body'], f['title'], f['ntitle'], f['date'], f['wrongshare'], f['wrong'], f['given']))


rows, pooled = [], []
for arg in sys.argv[2:]:
    label, paths = arg.split('=', 1)
    pred_path, gold_path = paths.split(':')
    gold = score.load_jsonl(gold_path)
    preds = {p['file']: p for p in score.load_jsonl(pred_path)}
    per = score.evaluate(gold, preds)
    pooled.extend(per)
    f = figures(per)
    rows.append(f)
    print(row(label, f))
if len(rows) > 1:
    mean = {k: statistics.mean(r[k] for r in rows) for k in ('body', 'title', 'date', 'wrongshare')}
    print('mean over %d folds: body_f1=%.3f  title=%.3f  date_acc=%.3f  given_wrong=%.3f'
          % (len(rows), mean['body'], mean['title'], mean['date'], mean['wrongshare']))
    print(row('pooled', figures(pooled)))
