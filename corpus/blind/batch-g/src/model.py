"""Content model shared by every layout: one dict per acta, rendered to .docx (and HTML)
and to the gold JSON, so the document and its gold cannot disagree."""
import json
import re
import os

SECTORS = ('instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro')
LABELS = ('avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar',
          'cuestiona', 'exhorta', 'instancia', 'proceso')


def A(name, institution, key, sector, post=None):
    assert sector in SECTORS
    return {'name': name, 'institution': institution, 'institution_key': key, 'sector': sector, 'post': post}


def G(gid, text, indicator, executor, key, report=None, figs=(), status_word=None):
    """report: None (not reported) or a list of paragraphs. figs: (value, unit, context)."""
    return {'id': gid, 'text': text, 'indicator': indicator, 'executor': executor, 'executor_key': key,
            'report': report, 'figs': list(figs)}


def F(goal, label, section, text, who=None):
    assert label in LABELS, label
    assert section in ('retroalimentacion', 'observacion')
    return {'goal': goal, 'label': label, 'section': section, 'text': text, 'who': who}


def S(number, title, goals, feedback):
    return {'number': number, 'title': title, 'goals': goals, 'feedback': feedback}


def AG(text, dates=(), strategies=(), responsible=None, plazo=None):
    return {'text': text, 'dates': list(dates), 'strategies': list(strategies), 'responsible': responsible,
            'plazo': plazo}


def goal_report_text(g):
    if g['report'] is None:
        return None
    return ' '.join(' '.join(final(par).split()) for par in g['report'])


def strategy_status(s):
    st = [g['report'] is not None for g in s['goals']]
    if all(st):
        return 'reported'
    if not any(st):
        return 'not_reported'
    return 'partial'


def gold(acta):
    ss = acta['session']
    strategies = []
    for s in acta['strategies']:
        goals, figures, feedback = [], [], []
        for g in s['goals']:
            goals.append({'id': g['id'], 'text': g['text'], 'indicator': g['indicator'],
                          'executor': g['executor'], 'executor_key': g['executor_key'],
                          'report_status': 'reported' if g['report'] is not None else 'not_reported',
                          'report': goal_report_text(g)})
            for v, unit, ctx in g['figs']:
                figures.append({'value': v, 'unit': unit, 'goal': g['id'], 'context': ctx})
        for f in s['feedback']:
            feedback.append({'text': f['text'], 'section': f['section'], 'goal': f['goal'],
                             'label': f['label'], 'confidence': None})
        strategies.append({'number': s['number'], 'title': s['title'], 'report_status': strategy_status(s),
                           'goals': goals, 'figures': figures, 'feedback': feedback})
    return {
        'source': {'file': acta['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': {k: ss.get(k) for k in ('body', 'number', 'kind', 'date', 'start_time', 'place', 'topic',
                                           'objective')},
        'coordinator': acta.get('coordinator'),
        'attendance': [{k: a[k] for k in ('name', 'institution', 'institution_key', 'sector')}
                       for a in acta['attendance']],
        'strategies': strategies,
        'agreements': [{k: a[k] for k in ('text', 'dates', 'strategies', 'responsible')} for a in acta['agreements']],
        'next_session': acta['next_session'],
        'warnings': [],
        'corpus': {'layout': acta['layout'], 'origin': 'blind-g', 'notes': acta.get('notes', '')},
    }


TRACK = re.compile(r'\{-(.*?)-\}|\{\+(.*?)\+\}')


def final(x):
    """content strings may hold tracked changes: {-deleted-} and {+inserted+}; the gold takes the final text."""
    if isinstance(x, str):
        if '{-' not in x and '{+' not in x:
            return x
        return ' '.join(TRACK.sub(lambda m: m.group(2) if m.group(2) is not None else '', x).split())
    if isinstance(x, list):
        return [final(v) for v in x]
    if isinstance(x, dict):
        return {k: final(v) for k, v in x.items()}
    return x


def tracked_runs(s):
    """a content string -> run items for wml.runs: ('del', ...), ('ins', ...) and plain text."""
    out, pos = [], 0
    for m in TRACK.finditer(s):
        if m.start() > pos:
            out.append(s[pos:m.start()])
        out.append(('del', m.group(1)) if m.group(1) is not None else ('ins', m.group(2)))
        pos = m.end()
    if pos < len(s):
        out.append(s[pos:])
    return out


def write_gold(acta, outdir):
    path = os.path.join(outdir, acta['stem'] + '.gold.json')
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(final(gold(acta)), fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return path


def by_sector(att, sector):
    return [a for a in att if a['sector'] == sector]


def fb_for(s, goal=None, section=None):
    return [f for f in s['feedback'] if (goal is None or f['goal'] == goal) and (section is None or f['section'] == section)]
