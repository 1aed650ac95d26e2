#!/usr/bin/env python3
"""fb.py BIN FILE: gold vs extracted feedback items (strategy, goal, text) of one document."""
import json, subprocess, sys, os, re
bindir, f = sys.argv[1], sys.argv[2]
stem = re.sub(r'\.(docx|pdf|odt|doc|txt|rtf)$', '', f)
gold = json.load(open(stem + '.gold.json'))
got = json.loads(subprocess.run(['dotnet', os.path.join(bindir, 'actas.dll'), 'extract', f, '--format', 'json', '--no-classify'], capture_output=True, text=True).stdout)
def fb(d): return [(s['number'], x.get('goal'), x['text'][:110]) for s in d['strategies'] for x in s.get('feedback', [])]
g = fb(gold); e = fb(got)
for x in g:
    if x not in e: print('-', x)
for x in e:
    if x not in g: print('+', x)
