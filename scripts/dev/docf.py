#!/usr/bin/env python3
"""docf.py A.json B.json SUBSTR: per-field tp/fp/fn of one document in two evals."""
import json, sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); s=sys.argv[3]
def find(d):
    return next((x for x in d['per_document'] if s in x['file']), None)
x=find(a); y=find(b)
for k in sorted(set((x or {'fields':{}})['fields'])|set((y or {'fields':{}})['fields'])):
    cx=(x or {'fields':{}})['fields'].get(k); cy=(y or {'fields':{}})['fields'].get(k)
    f=lambda c: '-' if not c else f"{c['tp']}/{c['fp']}/{c['fn']}"
    if f(cx)!=f(cy): print(f"{k:22} {f(cx):>10} {f(cy):>10}")
