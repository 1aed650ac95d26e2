#!/usr/bin/env python3
"""diff.py BIN FILE [field...]: gold vs extracted for one document (fields: session attendance strategies feedback agreements next_session)."""
import json, subprocess, sys, os, re
bindir, f = sys.argv[1], sys.argv[2]
fields = sys.argv[3:] or ['session','attendance','strategies','feedback','agreements','next_session']
stem = re.sub(r'\.(docx|pdf|odt|doc|txt)$', '', f)
gold = json.load(open(stem + '.gold.json'))
out = subprocess.run(['dotnet', os.path.join(bindir, 'actas.dll'), 'extract', f, '--format', 'json'], capture_output=True, text=True)
try: got = json.loads(out.stdout)
except Exception: print(out.stdout[:2000], out.stderr[:2000]); sys.exit(1)
def short(x):
    return json.dumps(x, ensure_ascii=False)[:300]
for k in fields:
    g, e = gold.get(k), got.get(k)
    print(f'==== {k}')
    if k == 'session':
        for kk in set((g or {}).keys()) | set((e or {}).keys()):
            if (g or {}).get(kk) != (e or {}).get(kk): print(f'  {kk}: gold={short((g or {}).get(kk))} got={short((e or {}).get(kk))}')
    elif k == 'strategies':
        gi = {(s['number']): s for s in g or []}; ei = {(s['number']): s for s in e or []}
        for n in sorted(set(gi) | set(ei), key=str):
            gs, es = gi.get(n), ei.get(n)
            if not gs or not es: print('  strategy', n, 'gold' if gs else '', 'got' if es else ''); continue
            gg = {x['id']: x for x in gs.get('goals', [])}; eg = {x['id']: x for x in es.get('goals', [])}
            for gid in sorted(set(gg) | set(eg), key=str):
                a, b = gg.get(gid), eg.get(gid)
                if not a or not b: print('   goal', gid, 'only in', 'gold' if a else 'got'); continue
                for kk in ['report_status', 'report']:
                    if a.get(kk) != b.get(kk): print(f'   {gid} {kk}: gold={short(a.get(kk))}\n        got ={short(b.get(kk))}')
                fa = sorted((x['value'], x.get('unit')) for x in a.get('figures', [])); fb = sorted((x['value'], x.get('unit')) for x in b.get('figures', []))
                if fa != fb: print(f'   {gid} figures gold={fa} got={fb}')
    else:
        gl = g if isinstance(g, list) else [g]; el = e if isinstance(e, list) else [e]
        gs = [short({kk: v for kk, v in (x or {}).items() if kk not in ('location', 'confidence', 'label', 'warnings')}) for x in gl]
        es = [short({kk: v for kk, v in (x or {}).items() if kk not in ('location', 'confidence', 'label', 'warnings')}) for x in el]
        for x in gs:
            if x not in es: print('  - ', x)
        for x in es:
            if x not in gs: print('  + ', x)
