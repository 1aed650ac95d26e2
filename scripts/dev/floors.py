#!/usr/bin/env python3
"""floors.py EVAL.json FLOORS.json: raise each batch's per-field floor to max(old, F1-0.03 floored); new batches added."""
import json, math, sys, collections
ev = json.load(open(sys.argv[1])); fl = json.load(open(sys.argv[2]))
agg = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, 0]))
for d in ev['per_document']:
    f = d['file']
    if '/blind/' not in f: continue
    b = f.split('/blind/')[1].split('/')[0]
    for k, c in d['fields'].items():
        a = agg[b][k]; a[0] += c['tp']; a[1] += c['fp']; a[2] += c['fn']
for b, fields in agg.items():
    old = fl.get(b, {})
    new = {}
    for k, (tp, fp, fn) in fields.items():
        f1 = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        v = max(0.0, math.floor((f1 - 0.03) * 100) / 100)
        new[k] = max(old.get(k, 0.0), v)
    fl[b] = dict(sorted(new.items()))
json.dump(fl, open(sys.argv[2], 'w'), indent=2, sort_keys=True); print(json.dumps(fl.get('batch-n'), indent=1))
