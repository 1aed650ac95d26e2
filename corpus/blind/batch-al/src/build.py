# -*- coding: utf-8 -*-
"""Render batch AL from content.py (.docx raw WordprocessingML, .gold.json, then the PDFs).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, subprocess, sys, glob, tempfile, math, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-al'
EXTRA_FORMATS = {}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava', 9: 'Novena'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
LAYOUTS = {}


def run(cmd): subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lo_convert(p, fmt, outdir=OUT): run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, p])
def groups(att, order=(IE, OT, SC, SE)): return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]
def rep(g): return ' '.join(g['report']) if g['report'] else g['status']
def inst_of(a, name): return next(x[2] for x in a['attendance'] if x[0] == name)
def fbs(st, gid, sec): return [f for f in st['feedback'] if f[2] == gid and f[1] == sec]
def docx_path(a): return os.path.join(OUT, a['stem'] + '.docx')


def title_block(a, se_line='SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS'):
    return [P(R(se_line, b=True, sz=20), align='center', after=0),
            P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0),
            P(R(a['body'], b=True), align='center', after=200)]


def goal_paras(a, st, fb_who=True):
    b = [P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=160, keep=True)]
    for g in st['goals']:
        b.append(P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0, before=80, keep=True))
        b.append(P(R('Indicador: ', b=True), R(g['indicator']), after=0))
        b.append(P(R('Instancia ejecutora: ', b=True), R(g['executor']), after=0))
        b.append(P(R('Informe: ', b=True), R(rep(g)), after=40, align='both'))
        for f in [f for f in st['feedback'] if f[2] == g['id']]:
            if f[1] == 'retroalimentacion': b.append(P(R('Retroalimentación: ', i=True), R(f[0]), ind=(360, 0), after=20, align='both'))
            else: b.append(P(R(f'Observación de {f[4]} ({inst_of(a, f[4])}): ' if fb_who else 'Observación: ', i=True), R(f[0]), ind=(360, 0), after=20, align='both'))
    return b


# ------------------------------------------------------------------ AL3: a column group per strategy
def al3(a):
    b = title_block(a)
    b += [P(R('Fecha: ', b=True), R(long_date(a['date'])), after=0), P(R('Horario: ', b=True), R(f'{a["start"]} a {a["end"]} horas'), after=0),
          P(R('Lugar: ', b=True), R(a['place']), after=200)]
    b.append(P(R('1. ASISTENCIA', b=True), before=120))
    rows = [[C([P(R(h, b=True), after=0)], shade='D9E2F3') for h in ('Nombre', 'Cargo', 'Institución u organización')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True, i=True), after=0)], span=3, shade='F2F2F2')])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)])])
    b.append(T(rows, [3000, 2800, 4080], header_rows=1))
    b.append(P(R('2. SEGUIMIENTO A LAS METAS DEL PROGRAMA', b=True), before=160))
    b.append(P('En este periodo se revisaron las estrategias siguientes:', after=40))
    for st in a['strategies']: b.append(P(f'Estrategia {st["number"]}. {st["title"]}', ind=(360, 0), after=20))
    b.append(P('Los informes, la retroalimentación de la Secretaría Ejecutiva y las observaciones se concentran en el cuadro siguiente:', before=80, after=80, align='both'))
    gs = [(st, g) for st in a['strategies'] for g in st['goals']]
    n = len(gs); lw = 1500; gw = (9880 - lw) // n
    widths = [lw] + [gw] * n
    hdr1 = [C([P(R('Estrategia', b=True), after=0)], shade='B4C6E7', vmerge='restart', valign='center')]
    for st in a['strategies']:
        hdr1.append(C([P(R(f'Estrategia {st["number"]}', b=True), align='center', after=0)], span=len(st['goals']), shade='B4C6E7'))
    hdr2 = [C([P('', after=0)], shade='B4C6E7', vmerge='cont')] + [C([P(R(g['id'], b=True), align='center', after=0)], shade='D9E2F3') for _, g in gs]
    def lab(t): return C([P(R(t, b=True, sz=17), after=0)], shade='F2F2F2')
    def cellp(ts): return C([P(R(t, sz=17), after=40) for t in ts] or [P('', after=0)])
    rows = [hdr1, hdr2,
            [lab('Meta')] + [cellp([g['text']]) for _, g in gs],
            [lab('Indicador')] + [cellp([g['indicator']]) for _, g in gs],
            [lab('Instancia ejecutora')] + [cellp([g['executor']]) for _, g in gs],
            [lab('Informe')] + [cellp([rep(g)]) for _, g in gs],
            [lab('Retroalimentación')] + [cellp([f[0] for f in fbs(st, g['id'], 'retroalimentacion')]) for st, g in gs],
            [lab('Observaciones')] + [cellp([f'{f[4]}: {f[0]}' for f in fbs(st, g['id'], 'observacion')]) for st, g in gs]]
    b.append(T(rows, widths, header_rows=2, cant_split=True))
    b.append(P(R('3. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'No habiendo más asuntos que tratar, se cerró la sesión a las {a["end"]} horas.', before=160))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    hdr = P(R(f'Espacio de Participación · {a["body"]}', sz=14, color='7F7F7F'), align='right')
    ftr = P(D.PAGE_FIELD, align='center')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=ftr, numdefs=[(3, [('decimal', '%1.', 720)])], font='Arial', size=20)


LAYOUTS['AL3'] = (al3, None)
EXTRA_FORMATS['blind-al-pulidores-02-2024-04-23'] = ['odt']


# ------------------------------------------------------------------ AL4: institutions only by acronym, glossary at the end
def al4(a):
    from content import CAN_GLOSS
    b = title_block(a, 'SE-PDHDF · MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHDF')
    b += [P(R('Fecha: ', b=True), R(long_date(a['date'])), after=0), P(R('Hora: ', b=True), R(f'{a["start"]} horas'), after=0),
          P(R('Lugar: ', b=True), R(a['place']), after=200)]
    b.append(P(R('I. LISTA DE ASISTENCIA', b=True), before=120))
    rows = [[C([P(R(h, b=True), after=0)], shade='E2EFD9') for h in ('Nombre', 'Cargo', 'Institución')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], u=True), after=0)], span=3)])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)])])
    b.append(T(rows, [3600, 4000, 2000], header_rows=1))
    b.append(P(R('II. REVISIÓN DE INFORMES', b=True), before=160))
    for st in a['strategies']: b += goal_paras(a, st)
    b.append(P(R('III. ACUERDOS', b=True), before=160))
    for i, ag in enumerate(a['agreements'], 1): b.append(P(f'{i}. {ag["text"]}', ind=(360, 360), after=40, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600, after=300))
    b.append(P(R('Siglas y acrónimos', b=True), before=200))
    for k, v in CAN_GLOSS: b.append(P(R(k, b=True), R('\t' + v), ind=(1600, 1600), after=20, tabs=[1600]))
    hdr = P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria · {a["date"][:4]}', sz=14, color='7F7F7F'), align='right')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'), font='Times New Roman', size=23)


LAYOUTS['AL4'] = (al4, None)


# ------------------------------------------------------------------ AL5: pase de lista in prose, quorum sentence
def de(inst):
    if inst.startswith(('Instituto', 'Sindicato', 'Colectivo', 'Centro')): return 'del ' + inst
    return 'de la ' + inst


def al5(a):
    b = title_block(a)
    b.append(P(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"])}, en la {a["place"]}, se reunieron las personas integrantes del '
               f'Espacio de Participación {a["body"]} para celebrar su {ORD[a["number"]].lower()} sesión ordinaria, conforme al orden del día enviado con la convocatoria.', align='both'))
    b.append(P(R('PASE DE LISTA', b=True), before=160))
    b.append(P('La Secretaría Ejecutiva procedió al pase de lista, en el que se registró la asistencia siguiente:', align='both'))
    lead = {IE: 'Por las instancias ejecutoras: ', OT: 'Como otras instancias invitadas: ', SC: 'Por la sociedad civil: ', SE: 'Por la Secretaría Ejecutiva: '}
    for s_, xs in groups(a['attendance']):
        items = [f'{x[1]} {x[0]}, {de(x[2])}' for x in xs]
        b.append(P(R(lead[s_], b=True), R('; '.join(items) + '.'), align='both', ind=(360, 0)))
    b.append(P(f'Con la asistencia señalada, {a["quorum"]} y se dio inicio a la sesión bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1].lower()}.', align='both'))
    b.append(P(R('DESAHOGO DE LOS INFORMES', b=True), before=160))
    for st in a['strategies']: b += goal_paras(a, st)
    b.append(P(R('ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'Sin otro asunto que tratar, se levantó la sesión a las {a["end"]} horas del mismo día.', before=160, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=P(R('Programa de Derechos Humanos de la Ciudad de México', sz=14, i=True), align='center'),
            footer_xml=P(D.PAGE_FIELD, align='center'), numdefs=[(3, [('decimal', '%1.', 720)])], font='Arial', size=22)


LAYOUTS['AL5'] = (al5, None)
EXTRA_FORMATS['blind-al-cesteros-05-2017-04-25'] = ['rtf']


# ------------------------------------------------------------------ AL6: dates without the year
def al6(a):
    yr = a['date'][:4]
    b = [P(R('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center', after=0),
         P(R(f'ACTA DE LA {a["ordinal"]} SESIÓN ORDINARIA {yr}', b=True, sz=24), align='center', after=0),
         P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=22), align='center', after=240)]
    b.append(P(f'En la Ciudad de México, siendo las {a["start"]} horas del{a["day_text"][2:]}, en el {a["place"]}, se reunieron las personas que se enlistan para '
               f'celebrar la {a["ordinal"]} sesión ordinaria del Espacio de Participación, coordinada por {a["coordinator"][0]}, {a["coordinator"][1].lower()}.', align='both'))
    b.append(P(R('1o. LISTA DE ASISTENCIA', b=True), before=160))
    rows = [[C([P(R(h, b=True), after=0)], shade='FCE4D6') for h in ('Nombre', 'Institución u organización', 'Firma')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True), after=0)], span=3, shade='F2F2F2')])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[2], after=0)]), C([P('', after=0)])])
    b.append(T(rows, [3200, 4600, 1800], header_rows=1))
    b.append(P(R('2o. ORIENTACIÓN Y RETROALIMENTACIÓN', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        gs = st['goals']; n = len(gs); w = 9600 // n
        def row(cells): return [C(c, w=w) for c in cells]
        def band(t): return [C([P(R(t, b=True), after=0)], span=n, shade='D9D9D9')]
        rows = [row([[P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0)] for g in gs]),
                row([[P(R('Indicador: ', b=True), R(g['indicator']), after=0)] for g in gs]),
                row([[P(R('Instancia Ejecutora: ', b=True), R(g['executor']), after=0)] for g in gs]),
                band('INFORME'), row([[P(rep(g), after=0)] for g in gs])]
        for sec, head in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            cells = [[P(R(f[0]) if f[4] == 'SE' else R(f'{f[4]}: {f[0]}'), after=60) for f in fbs(st, g['id'], sec)] for g in gs]
            if any(cells): rows += [band(head), row(cells)]
        b.append(T(rows, [w] * n, cant_split=True))
    b.append(P(R('3o. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'Siendo las {a["end"]} horas del mismo día, se dio por concluida la {a["ordinal"]} sesión ordinaria.', before=160))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=700))
    hdr = P(R(a['folio'], b=True, sz=16), R('\t', sz=16), R('Espacio de Participación · Lavanderas', sz=16, color='595959'),
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9900"/></w:tabs>')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'), numdefs=[(3, [('upperLetter', '%1)', 720)])], font='Calibri', size=22)


LAYOUTS['AL6'] = (al6, None)
EXTRA_FORMATS['blind-al-lavanderas-04-2019-05-14'] = ['doc']


def main():
    want = set(sys.argv[1:])
    for a in ACTAS:
        if want and a['layout'] not in want: continue
        mk, pdf = LAYOUTS[a['layout']]
        mk(a)
        json.dump(gold(a), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        if pdf: pdf(a)
        else: lo_convert(docx_path(a), 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []): lo_convert(docx_path(a), fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
