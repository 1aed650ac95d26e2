# -*- coding: utf-8 -*-
"""Render batch AI from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AI1-AI4; Chromium from an HTML
twin for AI5 and AI6), extra formats (.odt/.doc/.rtf).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY, field_complex
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, date_words, time_words, num

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ai'
EXTRA_FORMATS = {
    'blind-ai-zocalo-03-2021-06-09': ['odt'],
    'blind-ai-rotulistas-02-2012-09-05': ['doc'],
    'blind-ai-titiriteros-05-2018-02-21': ['rtf'],
}
ORD = {1: 'PRIMERA', 2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def se_ob(st):
    return [f for f in st['feedback'] if f[1] == 'retroalimentacion'], [f for f in st['feedback'] if f[1] == 'observacion']


def rep_str(g):
    return ' '.join(x for x in g['report'] if isinstance(x, str)) if g['report'] else (g['status'] or '')


def closing(a):
    return f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del día de su inicio.'


def write(a, body, header='', font='Arial', size=20, footer=None, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body, header, footer if footer is not None else P(D.PAGE_FIELD, align='center'),
            numdefs=kw.pop('numdefs', [(1, [('decimal', '%1.', 360)])]), font=font, size=size, **kw)


def data_lines(a, sz=None):
    return [P(R('Fecha: ', b=True, sz=sz), R(long_date(a['date']), sz=sz), after=40), P(R('Hora de inicio: ', b=True, sz=sz), R(f'{a["start"]} horas', sz=sz), after=40),
            P(R('Hora de término: ', b=True, sz=sz), R(f'{a["end"]} horas', sz=sz), after=40), P(R('Lugar: ', b=True, sz=sz), R(a['place'], sz=sz), after=40),
            P(R('Coordinación: ', b=True, sz=sz), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}', sz=sz))]


def att_table(a, sz=18, cargo=True, shade='D9D9D9', widths=None):
    heads = ('Nombre', 'Cargo', 'Institución', 'Sector') if cargo else ('Nombre', 'Institución', 'Sector')
    rows = [[C([P(R(h, b=True, sz=sz))], shade=shade) for h in heads]]
    for x in a['attendance']:
        r = [C([P(R(f'{x[1]} {x[0]}', sz=sz))])] + ([C([P(R(x[5], sz=sz))])] if cargo else []) + [C([P(R(x[2], sz=sz))]), C([P(R(SECTOR_WORD[x[4]], sz=sz))])]
        rows.append(r)
    return T(rows, widths or ([2500, 2200, 3600, 1600] if cargo else [3000, 5000, 1900]), header_rows=1)


def fb_paras(a, st, se_lead='Meta {g}: ', ob_lead='{n} ({i}): ', head_se='Retroalimentación', head_ob='Observaciones', sz=None):
    se, ob = se_ob(st)
    b = [P(R(head_se, b=True, i=True, sz=sz), keep=True)]
    b += [P(R(se_lead.format(g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in se]
    if ob:
        b.append(P(R(head_ob, b=True, i=True, sz=sz), keep=True))
        b += [P(R(ob_lead.format(n=f[4], i=inst_of(a, f[4]), g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in ob]
    return b


def signature(a):
    return [P(R(a['coordinator'][0], b=True), align='center', before=600, after=0), P(a['coordinator'][1], align='center')]


# ------------------------------------------------------------------ AI1: goal status only by the colour of a "Semáforo" cell (zocalo)
LIGHT = {'verde': '00B050', 'ambar': 'FFC000', 'rojo': 'FF0000'}


def ai1(a):
    sz = 18
    b = [P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHCDMX', b=True, sz=16, color='6B2C3E'), align='center', after=0),
         P(R('Espacio de Participación', sz=20), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=60),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('1. Personas asistentes', b=True, sz=22), before=200))
    b.append(att_table(a, cargo=False, shade='E7D3D9'))
    b.append(P(R('2. Seguimiento de estrategias', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        heads = ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Semáforo', 'Informe')
        rows = [[C([P(R(h, b=True, sz=sz), align='center' if h == 'Semáforo' else None)], shade='E7D3D9') for h in heads]]
        for g in st['goals']:
            dot = [P(R('●', sz=22), align='center')] if a['dots'] else [P(R('', sz=sz))]
            rows.append([C([P(R(g['id'], b=True, sz=sz))]), C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]),
                         C([P(R(g['executor'], sz=sz))]), C(dot, shade=LIGHT[g['light']], valign='center'),
                         C([P(R(rep_str(g) if g['report'] else '', sz=sz), align='both')])])
        b.append(T(rows, [700, 1900, 1600, 1500, 1000, 3200], header_rows=1, after=False))
        b.append(P(R('Semáforo — ', b=True, sz=15), R('Verde: presentó informe; Ámbar: informe parcial; Rojo: sin informe.', i=True, sz=15), before=40, after=160))
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('3. Acuerdos', b=True, sz=22), before=200, keep=True))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=20)


DOCX = {'AI1': ai1}
PDF = {}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in PDF: PDF[lay](a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
