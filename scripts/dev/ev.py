#!/usr/bin/env python3
"""ev.py A.json [B.json] [--doc] [--fields] [--only SUBSTR]: micro F1 per batch and format (and per field / per doc)."""
import json, sys, re, collections
args=[a for a in sys.argv[1:] if not a.startswith('--')]
flags=[a for a in sys.argv[1:] if a.startswith('--')]
only=None
if '--only' in sys.argv:
    only=sys.argv[sys.argv.index('--only')+1]; args=[a for a in args if a!=only]
reps=[json.load(open(a)) for a in args]
def batch(f):
    m=re.search(r'blind/(batch-[a-z]+)/',f); return m.group(1)[6:].upper() if m else 'corpus'
def f1(c):
    tp,fp,fn=c['tp'],c['fp'],c['fn']; d=2*tp+fp+fn; return 1.0 if d==0 else 2*tp/d
def agg(docs, field=None):
    tp=fp=fn=0
    for d in docs:
        for k,c in d['fields'].items():
            if field and k!=field: continue
            tp+=c['tp'];fp+=c['fp'];fn+=c['fn']
    return f1(dict(tp=tp,fp=fp,fn=fn))
def groups(rep):
    g=collections.defaultdict(list)
    for d in rep['per_document']:
        if only and only not in d['file']: continue
        b=batch(d['file']); g[(b,'all')].append(d); g[(b,d['format'])].append(d); g[('ALL','all')].append(d); g[('ALL',d['format'])].append(d)
    return g
gs=[groups(r) for r in reps]
keys=sorted(gs[0].keys())
for k in keys:
    print(f"{k[0]:7} {k[1]:5} n={len(gs[0][k]):3} " + " ".join(f"{agg(g.get(k,[])):.3f}" for g in gs))
if '--fields' in flags:
    fields=list(reps[0]['per_document'][0]['fields'].keys())
    for fmt in ['all','docx','pdf']:
        k=('ALL',fmt)
        if k not in gs[0]: continue
        print('--',fmt)
        for fl in fields:
            print(f"  {fl:28} " + " ".join(f"{agg(g.get(k,[]),fl):.3f}" for g in gs))
if '--doc' in flags:
    maps=[{d['file']:d for d in r['per_document']} for r in reps]
    for f,d in maps[0].items():
        if only and only not in f: continue
        vals=[agg([m[f]]) if f in m else float('nan') for m in maps]
        worst=sorted(((f1(c),k) for k,c in d['fields'].items()))[:2]
        print(f"{f.split('/')[-1]:55} {d['format']:4} " + " ".join(f"{v:.3f}" for v in vals) + "  " + ",".join(f"{k}={v:.2f}" for v,k in worst if v<1))
for r,a in zip(reps,args):
    if r.get('failures'): print(a,'failures:',[ (x['file'].split('/')[-1], x['error'][:80]) for x in r['failures']])
