# -*- coding: utf-8 -*-
"""Render batch Y from content.py: .docx (raw WordprocessingML or LibreOffice from HTML), .gold.json, PDFs
(LibreOffice; Chromium for the e-mail; hand-made Quartz-like PDF), extra formats (.odt/.rtf/.doc).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, re, zipfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-y'
EXTRA_FORMATS = {
    'blind-y-panteones-03-2019-03-07': ['rtf'],
    'blind-y-bomberos-06-2016-08-23': ['doc'],
    'blind-y-jornaleras-09-2014-06-12': ['odt'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA', 13: 'DECIMOTERCERA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_ABBR = {IE: 'IE', OT: 'OI', SC: 'OSC', SE: 'SE'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def report_text(g):
    return ' '.join(g['report']) if g['report'] else None


def dot(t):
    return t if t.endswith('.') else t + '.'


def ddmmyy(iso):
    return f'{iso[8:]}/{iso[5:7]}/{iso[2:4]}'


# ------------------------------------------------------------------ Y1: telegraphic secretary's notes
ABBR_INST = {'Consejería Jurídica y de Servicios Legales': 'CJSL', 'Delegación Iztapalapa': 'Deleg. Iztapalapa',
             'Procuraduría General de Justicia de la Ciudad de México': 'PGJ'}


def y1(a):
    b = []
    b.append(P(R('NOTAS DE SESIÓN ORDINARIA (p/ minuta)', b=True)))
    b.append(P(R('Esp. de Particip.: ', b=True), R(a['body'], b=True)))
    if a['number'] % 2:
        b.append(P(f'Ses. ord. núm. {a["number"]} · {ddmmyy(a["date"])} · {a["start"][:2]} hrs. a {a["end"]} hrs.'))
    else:   # the other session's notes give the hours as the clock reads
        pm = lambda t: f'{int(t[:2]) - 12}:{t[3:]} p.m.'
        b.append(P(f'Ses. ord. núm. {a["number"]} · {ddmmyy(a["date"])} · {pm(a["start"])} a {pm(a["end"])}'))
    b.append(P(f'Sede: {a["place"]}'))
    b.append(P(f'Coord.: {a["coordinator"][0]} ({a["coordinator"][1]})'))
    b.append(P(R('Asist.:', b=True), before=120))
    for x in a['attendance']:
        b.append(P(f'{x[0]}\t{x[2]}\t{SECTOR_ABBR[x[4]]}', tabs=[3000, 9000], ind=(3000, 3000)))
    b.append(P(R('(IE = inst. ejec.; OSC = org. soc. civil; OI = otra inst.; SE = Srio. Ejec.)', i=True, sz=16)))
    b.append(P(R('Seguimiento:', b=True), before=120))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]} — {st["title"]}', b=True), keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]} ', b=True), g['text'], ind=(360, 0)))
            b.append(P(f'Ind.: {g["indicator"]} / Inst. ejec.: {g["executor"]}', ind=(360, 0)))
            b.append(P(R('Inf.: ', b=True), report_text(g) if g['report'] else g['status'], ind=(360, 0)))
        for f in st['feedback']:
            lead = f'Retro SE (M. {f[2]}): ' if f[1] == 'retroalimentacion' else f'Obs. {f[4]} (M. {f[2]}): '
            b.append(P(R(lead, i=True), f[0], ind=(720, 0)))
    b.append(P(R('Acdos.:', b=True), before=120))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}) {g["text"]}', ind=(360, 0)))
    se = a['attendance'][-1]
    b.append(P(f'Se cierra ses. {a["end"]} hrs. Notas: {se[0]} ({se[5]}).', before=120))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='right'), font='Arial', size=20)


# ------------------------------------------------------------------ Y2: the whole acta as one borderless layout table
def y2(a):
    L, RW = 2600, 7200
    def row(label, paras, shade=None):
        return [C([P(R(label, b=True))], w=L, shade=shade), C(paras, w=RW)]
    rows = []
    rows.append([C([P(R('ACTA DE SESIÓN ORDINARIA', b=True, sz=28), align='center'),
                    P(R(f'Espacio de Participación de los {a["body"]}', b=True), align='center')], w=L + RW, span=2, shade='D9D9D9')])
    rows.append(row('Sesión', [P(f'{ORD[a["number"]].capitalize()} sesión ordinaria')]))
    rows.append(row('Fecha', [P(long_date(a['date']))]))
    rows.append(row('Horario', [P(f'De {a["start"]} a {a["end"]} horas')]))
    rows.append(row('Sede', [P(a['place'])]))
    rows.append(row('Coordinación', [P(f'{a["coordinator"][0]}, {a["coordinator"][1]}')]))
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        rows.append(row(f'Asistencia: {SECTOR_WORD[s].lower()}' if s != SE else 'Asistencia: Secretaría Ejecutiva',
                        [P(f'{x[1]} {x[0]}, {x[5]}, {x[2]}', num=(1, 0)) for x in xs]))
    for st in a['strategies']:
        rows.append([C([P(R(f'Estrategia {st["number"]}', b=True))], w=L, shade='EDEDED'), C([P(R(st['title'], b=True))], w=RW, shade='EDEDED')])
        for g in st['goals']:
            paras = [P(g['text']),
                     P(R('Indicador: ', i=True), g['indicator'], num=(2, 0)),
                     P(R('Instancia ejecutora: ', i=True), g['executor'], num=(2, 0)),
                     P(R('Informe: ', i=True), report_text(g) if g['report'] else g['status'], num=(2, 0))]
            fs = [f for f in st['feedback'] if f[2] == g['id']]
            if fs:
                paras.append(P(R('Retroalimentación y observaciones:', i=True), num=(2, 0)))
                for f in fs:
                    who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
                    paras.append(P(R(f'{who}: ', b=True), f[0], num=(2, 1)))
            rows.append(row(f'Meta {g["id"]}', paras))
    rows.append(row('Acuerdos', [P(g['text'], num=(3, 0)) for g in a['agreements']]))
    se = a['attendance'][-1]
    rows.append(row('Elaboró', [P(f'{se[1]} {se[0]}, {se[5]}')]))
    b = [T(rows, [L, RW], borders=False)]
    nd = [(1, [('bullet', '•', 360)]), (2, [('bullet', '–', 360), ('bullet', '◦', 720)]), (3, [('decimal', '%1.', 360)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), numdefs=nd, font='Calibri', size=21)


# ------------------------------------------------------------------ Y3: reply-chain e-mail printed from the webmail
def y3_html(a):
    e = H.escape
    d = a['date']
    se = a['attendance'][-1]
    subj = f'RE: RE: Minuta {a["number"]}a sesión ordinaria - Espacio de Participación'
    sent = f'{DIAS[__import__("datetime").date.fromisoformat(d).weekday()][:3]}, {int(d[8:])} {MESES[int(d[5:7]) - 1][:3]} {d[:4]} 18:42'
    lines = []
    ad = lines.append
    ad(f'<div class="hdr"><b>{e(subj)}</b><br>De: <b>{e(se[0])}</b> &lt;enlace.se@mecanismo.cdmx.gob.mx&gt;<br>'
       f'Para: espacio.turismo@lists.cdmx.gob.mx<br>Fecha: {e(sent)}</div>')
    ad('<p>Estimadas y estimados integrantes del Espacio:</p>')
    ad('<p>Con las correcciones que recibimos (ver abajo), les comparto la versión final de la minuta. Si no hay más comentarios al viernes, se da por aprobada.</p>')
    ad('<hr><p><b>MINUTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA</b><br>')
    ad(f'Espacio de Participación del {e(a["body"])}<br>')
    ad(f'Fecha: {e(long_date(d))}<br>Hora: {a["start"]} a {a["end"]} horas<br>Modalidad: {e(a["place"])}<br>')
    ad(f'Coordinación: {e(a["coordinator"][0])}, {e(a["coordinator"][1])}</p>')
    ad('<p><b>Asistentes</b></p><ul>')
    for x in a['attendance']:
        ad(f'<li>{e(x[0])} ({e(x[2])}) - {SECTOR_WORD[x[4]]}</li>')
    ad('</ul><p><b>Seguimiento de estrategias</b></p>')
    for st in a['strategies']:
        ad(f'<p><b>Estrategia {st["number"]}. {e(st["title"])}</b></p>')
        for g in st['goals']:
            ad(f'<p>Meta {g["id"]}. {e(g["text"])}<br>Indicador: {e(g["indicator"])}<br>Responsable: {e(g["executor"])}<br>')
            ad(f'Informe: {e(report_text(g) if g["report"] else g["status"])}</p>')
        ad('<p><i>Retroalimentación y observaciones</i></p><ul>')
        for f in st['feedback']:
            who = 'SE' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            ad(f'<li>[{f[2]}] {e(who)}: {e(f[0])}</li>')
        ad('</ul>')
    ad('<p><b>Acuerdos</b></p><ol>')
    for g in a['agreements']:
        ad(f'<li>{e(g["text"])}</li>')
    ad('</ol><hr>')
    ad(f'<p class="sig">Saludos cordiales,<br>{e(se[0])}<br>{e(se[5])}<br>Mecanismo de Seguimiento y Evaluación del PDHCDMX<br>Tel. 55 5130 0000 ext. 4410</p>')
    ad('<p class="disc">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de sus destinatarios. Si usted lo recibió por error, '
       'notifíquelo al remitente y elimínelo. Los datos personales se tratan conforme a la ley de la materia.</p>')
    # quoted earlier messages (corrections), not content
    ie = a['attendance'][0]
    q1 = [f'El {sent.split(" 18")[0]} a las 16:05, {ie[0]} escribió:',
          '> Buenas tardes. De parte de la institución, una corrección a la minuta preliminar:',
          '> donde dice que el informe fue presentado por la Dirección de Promoción, debe decir Dirección de Turismo Social.',
          '> Gracias.', '>', f'> {ie[0]}', f'> {ie[5]}']
    q2 = [f'>> El {sent.split(" 18")[0]} a las 13:20, {se[0]} escribió:',
          '>> Les envío la minuta preliminar de la sesión de hoy para sus comentarios. Favor de revisar nombres y cargos.',
          '>> (minuta preliminar en el archivo adjunto: Minuta_preliminar.pdf)', '>>', f'>> {se[0]}']
    ad('<div class="q">' + '<br>'.join(e(x) for x in q1) + '<br>' + '<br>'.join(e(x) for x in q2) + '</div>')
    css = ('body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;margin:0}.top{font-size:9pt;color:#555;border-bottom:1px solid #999;margin-bottom:8px}'
           '.hdr{background:#f1f1f1;padding:6px;margin-bottom:8px}.sig{color:#333}.disc{font-size:7.5pt;color:#777}.q{color:#555;font-size:9.5pt;margin-top:10px}'
           '@page{size:Letter;margin:14mm}')
    top = f'<div class="top">Correo institucional · Bandeja de entrada · 1 de 3 mensajes en la conversación</div>'
    return f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(subj)}</title><style>{css}</style></head><body>{top}{"".join(lines)}</body></html>'


def y3(a):
    stem = a['stem']
    h = os.path.join(SRC, 'html', stem + '.html')
    os.makedirs(os.path.dirname(h), exist_ok=True)
    open(h, 'w', encoding='utf-8').write(y3_html(a))
    # the .docx: the message saved as HTML and opened/saved in a word processor
    tmp = tempfile.mkdtemp(prefix='blind-y-eml-')
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, h])
    shutil.copy(os.path.join(tmp, stem + '.docx'), os.path.join(OUT, stem + '.docx'))


def y3_pdf(a):
    h = os.path.join(SRC, 'html', a['stem'] + '.html')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + h])


import build_y456 as Y
DOCX = {'Y1': y1, 'Y2': y2, 'Y3': y3, 'Y4': Y.y4, 'Y5': Y.y5_docx, 'Y6': Y.y6}
PDF = {'Y3': y3_pdf, 'Y5': Y.y5_pdf, 'Y6': lambda a: Y.y6_scan(a, lo_convert)}


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
        print('built', a['stem'])


if __name__ == '__main__':
    main()
