"""Content -> gold for blind batch D. Each acta is one dict; the layouts render the
.docx (and, for BD3, the HTML) from the same dict, and gold() writes the contract from it.

Figure markup inside INFORME paragraphs: [[shown|unit]] or [[shown=value|unit]].
Only `shown` is printed; value is parsed from it (thousands separators removed) unless given."""
import json
import re

FIG = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]')
SENT = re.compile(r'(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿«"(])')


def shown(m):
    return m.group(1).split('=')[0]


DEL = re.compile(r'\{-(.*?)-\}')
INS = re.compile(r'\{\+(.*?)\+\}')


def final(s):
    """Tracked changes: {-deleted-} goes, {+inserted+} stays (the final view)."""
    return INS.sub(lambda m: m.group(1), DEL.sub('', s))


def plain(s, keep_marks=False):
    """The printed text of a paragraph with figure markup ({FN} marks a footnote reference)."""
    s = FIG.sub(shown, final(s))
    return s if keep_marks else s.replace('{FN}', '')


def collapse(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def figures_of(paragraphs, goal):
    out = []
    for par in paragraphs:
        par = final(par.replace('{FN}', ''))
        text = ''
        spans = []
        pos = 0
        for m in FIG.finditer(par):
            text += par[pos:m.start()]
            start = len(text)
            text += shown(m)
            raw = m.group(1)
            if '=' in raw:
                value = float(raw.split('=')[1])
            else:
                value = float(re.sub(r'[,\u00a0 ]', '', raw))
            if value == int(value):
                value = int(value)
            spans.append((start, value, m.group(2)))
            pos = m.end()
        text += par[pos:]
        bounds = [0] + [m.end() for m in SENT.finditer(text)] + [len(text) + 1]
        for start, value, unit in spans:
            for a, z in zip(bounds, bounds[1:]):
                if a <= start < z:
                    ctx = text[a:z].strip()
                    break
            out.append({'value': value, 'unit': unit, 'goal': goal, 'context': collapse(ctx)})
    return out


def goal_status(g):
    return 'reported' if g.get('report') else 'not_reported'


def strategy_status(s):
    st = {goal_status(g) for g in s['goals']}
    return st.pop() if len(st) == 1 else 'partial'


def fb_items(s):
    """Feedback in document order: each goal's items, then strategy-level items."""
    items = []
    for g in s['goals']:
        for f in g.get('fb', []):
            items.append((g['id'], f))
    for f in s.get('fb', []):
        items.append((f.get('goal'), f))
    if s.get('fb_order') == 'strategy_first':
        items = [x for x in items if x[1] in s.get('fb', [])] + [x for x in items if x[1] not in s.get('fb', [])]
    return items


def gold(a):
    strategies = []
    for s in a['strategies']:
        goals, figs, fbs = [], [], []
        for g in s['goals']:
            rep = g.get('report')
            goals.append({
                'id': g['id'], 'text': g.get('text'), 'indicator': g.get('indicator'),
                'executor': g.get('executor'), 'executor_key': g.get('executor_key'),
                'report_status': goal_status(g),
                'report': collapse(' '.join(plain(x) for x in rep)) if rep else None})
            if rep:
                figs += figures_of(rep, g['id'])
        for goal, f in fb_items(s):
            fbs.append({'text': collapse(final(f['text'])), 'section': f['section'], 'goal': goal,
                        'label': f['label'], 'confidence': None})
        strategies.append({'number': s['number'], 'title': s.get('title'), 'report_status': strategy_status(s),
                           'goals': goals, 'figures': figs, 'feedback': fbs})
    coord = a.get('coordinator')
    return {
        'source': {'file': a['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': {k: a['session'].get(k) for k in
                    ('body', 'number', 'kind', 'date', 'start_time', 'place', 'topic', 'objective')},
        'coordinator': {'name': coord[0], 'role': coord[1]} if coord else None,
        'attendance': [{'name': n, 'institution': inst, 'institution_key': key, 'sector': sec}
                       for n, inst, key, sec in a['attendance']],
        'strategies': strategies,
        'agreements': [{'text': collapse(final(x['text'])), 'dates': x.get('dates', []),
                        'strategies': x.get('strategies', []), 'responsible': x.get('responsible')}
                       for x in a['agreements']],
        'next_session': a.get('next_session'),
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'hand', 'notes': a['notes']},
    }


def write_gold(a, path):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(gold(a), f, ensure_ascii=False, indent=2)
        f.write('\n')


def by_goal(a):
    """{goal id: goal dict} for layouts that look goals up."""
    return {g['id']: g for s in a['strategies'] for g in s['goals']}
