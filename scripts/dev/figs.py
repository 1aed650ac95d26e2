#!/usr/bin/env python3
"""figs.py BIN FILE: gold vs extracted figures (value, unit, goal) of one document."""
import json, subprocess, sys, os, re
bindir, f = sys.argv[1], sys.argv[2]
stem = re.sub(r'\.(docx|pdf|odt|doc|txt|rtf)$', '', f)
gold = json.load(open(stem + '.gold.json'))
got = json.loads(subprocess.run(['dotnet', os.path.join(bindir, 'actas.dll'), 'extract', f, '--format', 'json', '--no-classify'], capture_output=True, text=True).stdout)
def figs(d):
    return [(float(x['value']), x['unit'], x.get('goal'), x.get('context')) for s in d['strategies'] for x in s.get('figures', [])]
g = figs(gold); e = figs(got)
gk = {(a, b, c) for a, b, c, _ in g}; ek = {(a, b, c) for a, b, c, _ in e}
for x in g:
    if x[:3] not in ek: print('MISS', x)
for x in e:
    if x[:3] not in gk: print('EXTRA', x)
