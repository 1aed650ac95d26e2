# -*- coding: utf-8 -*-
"""Render batch AJ from content.py (.docx raw WordprocessingML where the layout has one, flat .fodp/.fods for the slide and
spreadsheet layouts, .gold.json, then the PDFs).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-aj'
EXTRA_FORMATS = {}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava', 9: 'Novena'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def run(cmd): subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lo_convert(p, fmt, outdir=OUT): run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, p])
def groups(att, order=(IE, OT, SC, SE)): return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]
def rep(g): return ' '.join(g['report']) if g['report'] else g['status']
def inst_of(a, name): return next(x[2] for x in a['attendance'] if x[0] == name)


def who(a, f):
    if f[4] == 'SE': return 'Secretaría Ejecutiva'
    return f'{f[4]} ({inst_of(a, f[4])})'


def mail(name):
    n = name.split()
    return (n[0][0] + n[-2]).lower().translate(str.maketrans('áéíóúñü', 'aeiounu')) + '@'


# ------------------------------------------------------------------ AJ1: the acta sent as an e-mail
def aj1(a):
    cal = []
    def hdr(label, val): return P(R(label + ' ', b=True), R(val), after=0)
    dom = 'sepdh.cdmx.gob.mx'
    to = '; '.join(f'{x[0]} <{mail(x[0])}{"gmail.com" if x[4] == SC else dom}>' for x in a['attendance'] if x[4] != SE)
    se = [x for x in a['attendance'] if x[4] == SE][0]
    b = [hdr('De:', f'{a["coordinator"][0]} <{mail(a["coordinator"][0])}{dom}>'),
         hdr('Enviado el:', a['sent']),
         hdr('Para:', to),
         hdr('CC:', f'{se[0]} <{mail(se[0])}{dom}>; Dirección de Participación <participacion@{dom}>'),
         P(R('Asunto:', b=True), R(f' Acta de la {a["number"]}a. sesión ordinaria del Espacio {a["body"]}'), after=0,
           ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="B5C4DF"/></w:pBdr>'),
         P('', before=120),
         P('Buenos días, estimadas y estimados integrantes del Espacio:'),
         P(R(f'Por este medio les comparto el acta de la {ORD[a["number"]].lower()} sesión ordinaria del Espacio de Participación {a["body"]}, '
             f'celebrada el {long_date(a["date"])} de las {a["start"]} a las {a["end"]} horas en la {a["place"]}. '
             'Les agradeceré enviar sus comentarios por este medio en un plazo de cinco días hábiles; de no recibirlos, la daremos por validada.'), align='both'),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True), before=200),
         P(R('1. Asistencia', b=True), before=120)]
    rows = [[C([P(R(h, b=True), after=0)], shade='DEEAF6') for h in ('Nombre', 'Cargo', 'Institución u organización', 'Sector')]]
    for x in a['attendance']:
        rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)]), C([P(SECTOR_WORD[x[4]], after=0)])])
    b.append(T(rows, [2300, 2300, 3300, 1700], header_rows=1))
    b.append(P(R('2. Revisión de los informes de avance', b=True), before=120))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, u=True), before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]} ', b=True), R(f'{g["text"]}. Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}.'), align='both'))
            b.append(P(R('Informe: ', i=True), R(rep(g)), align='both'))
            fr = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'retroalimentacion']
            fo = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'observacion']
            if fr:
                b.append(P(R('Retroalimentación de la Secretaría Ejecutiva:', i=True), after=20))
                for f in fr: b.append(P(f[0], num=(2, 0), after=20))
            if fo:
                b.append(P(R('Observaciones de las personas integrantes:', i=True), after=20))
                for f in fo: b.append(P(R(who(a, f) + ': '), R(f[0]), num=(2, 0), after=20))
    b.append(P(R('3. Acuerdos', b=True), before=120))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=20))
    b += [P('Sin otro particular, quedo atenta a sus comentarios.', before=200), P('Saludos cordiales,'),
          P(R(a['coordinator'][0], b=True), before=200, after=0), P(a['coordinator'][1], after=0),
          P('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', after=0),
          P('General Prim 4, colonia Centro, C.P. 06010, Ciudad de México', after=0),
          P('Tel. 55 5512 2586, ext. 114 | Cel. 55 3418 7720', after=0),
          P(R('AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos contienen información confidencial dirigida exclusivamente a las personas destinatarias. '
              'Si usted lo recibió por error, le pedimos notificarlo a quien lo envió y eliminarlo de inmediato. Antes de imprimir este mensaje, piense en el medio ambiente.',
              sz=16, color='7F7F7F'), before=300, align='both')]
    numdefs = [(2, [('bullet', '•', 720)]), (3, [('decimal', '%1.', 720)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), numdefs=numdefs, font='Calibri', size=22)


LAYOUTS = {'AJ1': (aj1, None)}
EXTRA_FORMATS['blind-aj-cicloton-04-2022-10-25'] = ['odt']


def main():
    want = set(sys.argv[1:])
    for a in ACTAS:
        if want and a['layout'] not in want: continue
        mk, pdf = LAYOUTS[a['layout']]
        mk(a)
        json.dump(gold(a), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        if pdf: pdf(a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), fmt)
        print('built', a['stem'])


if __name__ == '__main__':
    main()
