# -*- coding: utf-8 -*-
"""Render batch AH from content.py. AH1: each goal as a ficha of label: value lines, no tables (.docx raw WordprocessingML,
PDF by Chromium from an HTML twin).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P
from content import ACTAS, IE, SC, SE, OT
from words import long_date

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ah'
EXTRA_FORMATS = {'blind-ah-jardineros-03-2019-05-14': ['odt']}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def run(cmd): subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lo_convert(p, fmt): run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', OUT, p])
def groups(att, order=(IE, OT, SC, SE)): return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]
def rep(g): return ' '.join(g['report']) if g['report'] else g['status']


def speaker(a, f):
    if f[4] == 'SE': return 'Secretaría Ejecutiva'
    for x in a['attendance']:
        if x[0] == f[4]: return f'{x[0]} ({x[2]})'
    return f[4]


def ah1_lines(a):
    """(kind, text) lines, shared by the .docx and the HTML"""
    L = [('c', 'Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'),
         ('t', f'Acta de la {ORD[a["number"]]} Sesión Ordinaria'), ('c', f'Espacio de Participación {a["body"]}'),
         ('kv', ('Fecha:', long_date(a['date'], False))), ('kv', ('Hora de inicio:', a['start'] + ' horas')),
         ('kv', ('Hora de término:', a['end'] + ' horas')), ('kv', ('Lugar:', a['place'])),
         ('kv', ('Coordinación:', f'{a["coordinator"][0]}, {a["coordinator"][1]}')), ('h', 'Personas asistentes')]
    for s, xs in groups(a['attendance']):
        L.append(('s', SECTOR_HEAD[s] + ':'))
        for x in xs: L.append(('li', f'{x[0]} — {x[2]}'))
    L.append(('h', 'Fichas de seguimiento'))
    n = 0
    for st in a['strategies']:
        for g in st['goals']:
            n += 1
            L.append(('fh', f'Ficha {n}'))
            L.append(('kv', ('Estrategia:', f'{st["number"]}. {st["title"]}')))
            L.append(('kv', ('Meta:', f'{g["id"]} {g["text"]}')))
            L.append(('kv', ('Indicador:', g['indicator'])))
            L.append(('kv', ('Responsable:', g['executor'])))
            L.append(('kv', ('Avance:', rep(g))))
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            if not fbs: L.append(('kv', ('Retroalimentación:', 'Sin comentarios.')))
            else:
                L.append(('kv', ('Retroalimentación:', '')))
                for f in fbs: L.append(('li', f'{speaker(a, f)}: {f[0]}'))
    L.append(('h', 'Acuerdos'))
    for i, ag in enumerate(a['agreements'], 1): L.append(('ol', (i, ag['text'])))
    L.append(('p', 'No habiendo más asuntos que tratar, se da por concluida la sesión.'))
    L.append(('sig', a['coordinator']))
    return L


def ah1(a):
    b = []
    for k, v in ah1_lines(a):
        if k == 'c': b.append(P(R(v, b=True), align='center', after=0))
        elif k == 't': b.append(P(R(v.upper(), b=True, sz=28), align='center', before=120, after=0))
        elif k == 'kv': b.append(P(R(v[0] + ' ', b=True), R(v[1]), ind=(0, 0), after=40))
        elif k == 'h': b.append(P(R(v.upper(), b=True, u=True), before=240, after=80))
        elif k == 's': b.append(P(R(v, i=True), before=80, after=20))
        elif k == 'li': b.append(P(R('– ' + v), ind=(360, 0), after=20))
        elif k == 'fh': b.append(P(R(v, b=True, sz=22), before=200, after=40, keep=True))
        elif k == 'ol': b.append(P(R(f'{v[0]}. {v[1]}'), ind=(360, 0), after=40))
        elif k == 'p': b.append(P(R(v), before=200))
        elif k == 'sig': b.append(P(R(v[0] + '\n' + v[1]), align='center', before=800))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Calibri', size=22)


def ah1_pdf(a):
    e = H.escape
    o = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>@page{size:Letter;margin:20mm}',
         'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt}.c{text-align:center;font-weight:bold;margin:0}',
         'h1{text-align:center;font-size:14pt;margin:8px 0}h2{font-size:11.5pt;text-decoration:underline;margin:16px 0 6px}',
         'p{margin:3px 0}.li{margin-left:24px}.fh{font-weight:bold;margin-top:12px;border-top:1px dashed #888;padding-top:4px}</style></head><body>']
    for k, v in ah1_lines(a):
        if k == 'c': o.append(f'<p class="c">{e(v)}</p>')
        elif k == 't': o.append(f'<h1>{e(v.upper())}</h1>')
        elif k == 'kv': o.append(f'<p><b>{e(v[0])}</b> {e(v[1])}</p>')
        elif k == 'h': o.append(f'<h2>{e(v.upper())}</h2>')
        elif k == 's': o.append(f'<p><i>{e(v)}</i></p>')
        elif k == 'li': o.append(f'<p class="li">– {e(v)}</p>')
        elif k == 'fh': o.append(f'<p class="fh">{e(v)}</p>')
        elif k == 'ol': o.append(f'<p class="li">{v[0]}. {e(v[1])}</p>')
        elif k == 'p': o.append(f'<p style="margin-top:14px">{e(v)}</p>')
        elif k == 'sig': o.append(f'<p style="text-align:center;margin-top:50px">{e(v[0])}<br>{e(v[1])}</p>')
    o.append('</body></html>')
    hp = os.path.join(SRC, a['stem'] + '.html'); open(hp, 'w', encoding='utf-8').write('\n'.join(o))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


LAYOUTS = {'AH1': (ah1, ah1_pdf)}


# ------------------------------------------------------------------ AH2: feedback as Observación | Respuesta table
from build_common import T, C
from content import TRA_RESP


def ah2(a):
    b = [P(R('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal', b=True), align='center', after=0),
         P(R(f'Espacio de Participación {a["body"]}', b=True), align='center', after=0),
         P(R(f'Minuta de la {ORD[a["number"]]} Sesión Ordinaria', b=True, sz=26), align='center', before=120),
         P(R(f'El {long_date(a["date"], False)}, de las {a["start"]} a las {a["end"]} horas, en la {a["place"]}, sesionó el Espacio con la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}, y la asistencia de las personas siguientes:'), align='both')]
    rows = [[C([P(R(h, b=True))], shade='D9E2F3') for h in ('Nombre', 'Institución / organización', 'Sector')]]
    for x in a['attendance']: rows.append([C([P(R(x[0]))]), C([P(R(x[2]))]), C([P(R(SECTOR_HEAD[x[4]]))])])
    b.append(T(rows, [2600, 5200, 2000], header_rows=1))
    b.append(P(R('REVISIÓN DE INFORMES', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=160))
        rows = [[C([P(R(h, b=True))], shade='EEEEEE') for h in ('Meta', 'Indicador', 'Responsable', 'Informe de avance')]]
        for g in st['goals']:
            rows.append([C([P(R(g['id'] + ' ' + g['text']))]), C([P(R(g['indicator']))]), C([P(R(g['executor']))]), C([P(R(rep(g)))])])
        b.append(T(rows, [2600, 1900, 2100, 3200], header_rows=1))
        rows = [[C([P(R(h, b=True))], shade='EEEEEE') for h in ('Observación del Espacio', 'Respuesta de la institución')]]
        for f in st['feedback']:
            rows.append([C([P(R(f[0]))]), C([P(R(TRA_RESP[f[0]], i=True))])])
        b.append(T(rows, [4900, 4900], header_rows=1))
    b.append(P(R('ACUERDOS', b=True), before=200))
    for i, ag in enumerate(a['agreements'], 1): b.append(P(R(f'{i}. '), R(ag['text']), ind=(360, 0)))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=800))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Arial', size=20)


LAYOUTS['AH2'] = (ah2, None)
EXTRA_FORMATS['blind-ah-tranvias-07-2014-10-21'] = ['rtf']


# ------------------------------------------------------------------ AH3: unaccepted tracked moves, formatting changes, ins/del
from build_common import ins_run, del_run
AU, DT = 'Alonso Meneses Bravo', '2021-03-10T09:15:00Z'


def mv(kind, text, rid, name):
    x = R(text)
    return (f'<w:{kind}RangeStart w:id="{rid}" w:author="{AU}" w:date="{DT}" w:name="{name}"/>'
            f'<w:{kind} w:id="{rid + 1}" w:author="{AU}" w:date="{DT}">{x}</w:{kind}><w:{kind}RangeEnd w:id="{rid}"/>')


def fmt_changed(text, rid):
    return (f'<w:r><w:rPr><w:b/><w:u w:val="single"/><w:rPrChange w:id="{rid}" w:author="{AU}" w:date="{DT}"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>'
            f'<w:t xml:space="preserve">{H.escape(text, quote=False)}</w:t></w:r>')


def ah3(a):
    rid = 1000
    b = [P(R('ACTA DE SESIÓN ORDINARIA', b=True, sz=26), align='center', after=0),
         P(R(f'Espacio de Participación {a["body"]}', b=True), align='center'),
         P(R(f'Siendo las {a["start"]} horas del {long_date(a["date"], False)}, '), ins_run('mediante ', 1001, AU, DT), R(f'{a["place"]}, '),
           del_run('y conforme a la convocatoria enviada, ', 1002, AU, DT),
           R(f'dio inicio la {ORD[a["number"]].lower()} sesión ordinaria del Espacio, coordinada por {a["coordinator"][0]}, {a["coordinator"][1]}. La sesión terminó a las {a["end"]} horas.'), align='both'),
         P(fmt_changed('Asistencia', 1003), before=160)]
    for s_, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_HEAD[s_], i=True), after=20))
        for x in xs: b.append(P(R(f'{x[1]} {x[0]}, {x[5]}, {x[2]}'), ind=(360, 0), after=20))
    b.append(P(fmt_changed('Seguimiento de estrategias y metas', 1004), before=160))
    rid = 1100
    for st in a['strategies']:
        b.append(P(fmt_changed(f'Estrategia {st["number"]}. {st["title"]}', rid), before=120)); rid += 1
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text']), R(f' Indicador: {g["indicator"]}. Responsable: {g["executor"]}.'), align='both'))
            b.append(P(R('Informe: ', i=True), R(rep(g)), del_run(' Información preliminar.', rid, AU, DT), align='both')); rid += 1
        b.append(P(R('Comentarios:', i=True), after=20))
        for f in st['feedback']:
            who = 'La Secretaría Ejecutiva señala: ' if f[4] == 'SE' else f'{f[4]} comenta: '
            b.append(P(R(who), R(f[0]), ind=(360, 0), align='both'))
    b.append(P(fmt_changed('Acuerdos', 1200), before=160))
    ags = a['agreements']; nx = [g for g in ags if g['next_session']][0]
    b.append(P(mv('moveFrom', '• ' + nx['text'], 1300, 'move1')))
    for ag in ags:
        if ag is not nx: b.append(P(R('• ' + ag['text'])))
    b.append(P(mv('moveTo', '• ' + nx['text'], 1302, 'move1')))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=700))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Times New Roman', size=24)


def ah3_pdf(a):
    import tempfile
    td = tempfile.mkdtemp(prefix='ah3-')
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', 'pdf', '--outdir', td, os.path.join(OUT, a['stem'] + '.docx')])
    run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', os.path.join(td, a['stem'] + '.pdf')])


LAYOUTS['AH3'] = (ah3, ah3_pdf)
EXTRA_FORMATS['blind-ah-vidrieros-02-2021-03-09'] = ['doc']


# ------------------------------------------------------------------ AH4: phone photo of a monitor showing the acta
def ah4(a):
    b = []
    for k, v in ah1_lines(a):
        if k in ('c', 't'): b.append(P(R(v, b=True, sz=26), align='center', after=0))
        elif k == 'kv': b.append(P(R(v[0] + ' ', b=True), R(v[1]), after=40))
        elif k == 'h': b.append(P(R(v, b=True, sz=26), before=200))
        elif k == 's': b.append(P(R(v, i=True)))
        elif k == 'li': b.append(P(R('• ' + v), ind=(300, 0), after=20))
        elif k == 'fh': b.append(P(R(v, b=True), before=160))
        elif k == 'ol': b.append(P(R(f'{v[0]}. {v[1]}'), ind=(300, 0)))
        elif k == 'p': b.append(P(R(v), before=160))
        elif k == 'sig': b.append(P(R(v[0] + '\n' + v[1]), align='center', before=500))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Verdana', size=22)


def ah4_pdf(a):
    import tempfile, glob
    td = tempfile.mkdtemp(prefix='ah4-')
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', 'pdf', '--outdir', td, os.path.join(OUT, a['stem'] + '.docx')])
    run(['pdftoppm', '-r', '170', '-gray', os.path.join(td, a['stem'] + '.pdf'), os.path.join(td, 'pg')])
    outs = []
    for i, pg in enumerate(sorted(glob.glob(os.path.join(td, 'pg*.pgm')))):
        o = os.path.join(td, f'ph{i}.jpg')
        # screen: slight blue cast + scan lines (moiré), black bezel, perspective of a hand-held phone
        run(['convert', pg, '-resize', '1300x', '(', '-size', '1300x1700', 'pattern:horizontal3', '-blur', '0x1', '+level', '86%,100%', ')', '-compose', 'multiply', '-composite',
             '-compose', 'over', '-bordercolor', '#151515', '-border', '70',
             '-virtual-pixel', 'background', '-background', '#3a3530', '-distort', 'Perspective',
             '0,0 40,25  1440,0 1390,60  0,1960 80,1930  1440,1960 1360,1900',
             '-attenuate', '0.6', '+noise', 'Gaussian', '-blur', '0x0.7', '-quality', '55', o])
        outs.append(o)
    run(['img2pdf', '-o', os.path.join(OUT, a['stem'] + '.pdf')] + outs)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    txt = ''
    for o in outs:
        txt += subprocess.run(['tesseract', o, '-', '-l', 'spa'], capture_output=True, text=True).stdout + '\n'
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write(txt)


LAYOUTS['AH4'] = (ah4, ah4_pdf)


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
