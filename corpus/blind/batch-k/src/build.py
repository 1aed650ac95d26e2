# -*- coding: utf-8 -*-
"""Render batch K from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice; Chromium for the
dictated transcript K3; Ghostscript re-distilled LibreOffice PDF for the banded report K5; a bound-book 2-up scan for K4),
extra formats (.odt/.doc/.rtf).   usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-k'
EXTRA_FORMATS = {
    'blind-k-cineclubes-04-2015-03-18': ['odt'],
    'blind-k-albergues-09-2021-02-11': ['doc'],
    'blind-k-nocturna-03-2013-10-09': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA', 13: 'DECIMOTERCERA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def rep_paras(g):
    return [x for x in g['report'] if isinstance(x, str)]


def ddmmyyyy(iso):
    return f'{iso[8:]}/{iso[5:7]}/{iso[:4]}'


def who(a, f):
    return 'Secretaría Ejecutiva' if f[4] == 'SE' else f[4]


# ------------------------------------------------------------------ K1: cross-tab cuadros (cineclubes)
def k1(a):
    b = [P(R('ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA', b=True, sz=26), align='center'),
         P(R('ESPACIO DE PARTICIPACIÓN DE ' + a['body'].upper(), b=True), align='center', after=240)]
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), a['start'] + ' horas'),
          P(R('Hora de término: ', b=True), a['end'] + ' horas'), P(R('Lugar: ', b=True), a['place']),
          P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('1. ASISTENCIA', b=True), before=200))
    rows = [[C([P(R(h, b=True))], shade='D9E2F3') for h in ('Nombre', 'Institución', 'Sector')]]
    for x in a['attendance']:
        rows.append([C(x[0]), C(x[2]), C(SECTOR_WORD[x[4]])])
    b.append(T(rows, [2900, 4700, 2300], header_rows=1))
    b.append(P(R('2. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], keep=True))
            b.append(P(R('Indicador: ', i=True), g['indicator'], ind=(360, 0)))
            b.append(P(R('Instancia ejecutora: ', i=True), g['executor'], ind=(360, 0)))
            if not g['report']:
                b.append(P(R('Informe: ', i=True), g['status'], ind=(360, 0)))
                continue
            for k, x in enumerate(g['report']):
                if isinstance(x, str):
                    b.append(P(R('Informe: ', i=True) if k == 0 else '', x, ind=(360, 0)))
                else:
                    b.append(P(R(x['caption'], b=True, sz=18), align='center', keep=True, before=80))
                    rows = [[C([P(R(h, b=True, sz=18), align='center')], shade='EDEDED') for h in x['head']]]
                    for r in x['rows']:
                        tot = r[0] == 'Total'
                        rows.append([C([P(R(str(c), b=tot, sz=18), align='left' if j == 0 else 'right')], shade='F2F2F2' if tot else None) for j, c in enumerate(r)])
                    b.append(T(rows, [2600, 1500, 1500], indent=2000))
        se = [f for f in st['feedback'] if f[1] == 'retroalimentacion']
        ob = [f for f in st['feedback'] if f[1] == 'observacion']
        if se:
            b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
            b += [P(R(f'Meta {f[2]}: ', b=True), f[0], num=(2, 0)) for f in se]
        if ob:
            b.append(P(R('Observaciones', b=True, i=True), keep=True))
            b += [P(R(f'{f[4]} ({inst_of(a, f[4])}), meta {f[2]}: ', b=True), f[0], num=(2, 0)) for f in ob]
    b.append(P(R('3. ACUERDOS', b=True), before=200))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(f'Siendo las {a["end"]} horas del mismo día se dio por concluida la sesión.', before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600))
    b.append(P(a['coordinator'][1], align='center'))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), P(R('Mecanismo de Seguimiento y Evaluación del PDHDF', sz=16, color='7F7F7F'), align='right'),
            P(D.PAGE_FIELD, align='center'), numdefs=nd, font='Calibri', size=21)


# ------------------------------------------------------------------ K2: agreements follow-up table (albergues)
def k2(a):
    b = [P(R('MINUTA', b=True, sz=28), align='center'),
         P(R(f'{ORD[a["number"]].capitalize()} Sesión Ordinaria del Espacio de Participación de los {a["body"]}', b=True), align='center', after=240)]
    b.append(P(R('I. DATOS GENERALES', b=True)))
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Horario: ', b=True), f'{a["start"]} a {a["end"]} horas'),
          P(R('Modalidad: ', b=True), a['place']), P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('II. ASISTENCIA', b=True), before=200))
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        b.append(P(R(SECTOR_HEAD[s], u=True)))
        b += [P(f'{x[0]}, {x[5]}, {x[2]}', num=(2, 0)) for x in xs]
    b.append(P(R('III. SEGUIMIENTO DE ESTRATEGIAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}: {st["title"]}', b=True), keep=True, before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}: ', b=True), g['text']))
            b.append(P(f'Indicador: {g["indicator"]}', ind=(360, 0)))
            b.append(P(f'Instancia ejecutora: {g["executor"]}', ind=(360, 0)))
            b.append(P(f'Informe: {" ".join(rep_paras(g)) if g["report"] else g["status"]}', ind=(360, 0)))
        b.append(P(R('Retroalimentación y observaciones', i=True), keep=True))
        for f in st['feedback']:
            lead = f'SE (meta {f[2]}): ' if f[4] == 'SE' else f'{f[4]}, {inst_of(a, f[4])} (meta {f[2]}): '
            b.append(P(R(lead, b=True), f[0], num=(2, 0)))
    b.append(P(R('IV. SEGUIMIENTO Y REGISTRO DE ACUERDOS', b=True), before=200, keep=True))
    b.append(P(R('Estatus de los acuerdos de sesiones anteriores y acuerdos de la presente sesión.', i=True, sz=18), keep=True))
    hdr = [C([P(R(h, b=True, sz=18, color='FFFFFF'))], shade='1F4E79') for h in ('No.', 'Acuerdo', 'Responsable', 'Fecha compromiso', 'Estatus')]
    rows = [hdr]
    for no, t, r, f, stt in a['prev']:
        rows.append([C([P(R(no, sz=18))]), C([P(R(t, sz=18))]), C([P(R(r, sz=18))]), C([P(R(f, sz=18))]),
                     C([P(R(stt, sz=18, b=True, color='2E7D32' if stt == 'Cumplido' else 'B26A00'))])])
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C([P(R(f'{a["number"]}/{k}', sz=18))], shade='FFF8E1'), C([P(R(g['text'], sz=18))], shade='FFF8E1'),
                     C([P(R(g['responsible'] or '—', sz=18))], shade='FFF8E1'), C([P(R(g['fecha'], sz=18))], shade='FFF8E1'),
                     C([P(R('Nuevo', sz=18, b=True))], shade='FFF8E1')])
    b.append(T(rows, [700, 4300, 2000, 1500, 1300], header_rows=1))
    b.append(P(f'Se cerró la sesión a las {a["end"]} horas.'))
    se = a['attendance'][-1]
    b.append(P(R('Elaboró: ', b=True), f'{se[0]}, {se[5]}', before=200))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), P(R('Espacio de Participación · Minuta', sz=16, color='7F7F7F')),
            P(D.PAGE_FIELD, align='right'), numdefs=nd, font='Arial', size=20)


# ------------------------------------------------------------------ K3: dictated to a phone, transcribed, no headings (danza)
def de(inst):
    return ('del ' + inst) if inst.split()[0] in ('Colectivo', 'Sindicato', 'Instituto') else ('de la ' + inst)


def la(inst):
    return ('el ' + inst) if inst.split()[0] in ('Colectivo', 'Sindicato', 'Instituto') else ('la ' + inst)


ORDW = {2: 'segunda', 3: 'tercera'}
NTH = ['primero', 'segundo', 'tercero']


def k3_paras(a):
    d = a['date']
    dt = __import__('datetime').date.fromisoformat(d)
    ps = []
    ps.append(f'Acta de la {ORDW[a["number"]]} sesión ordinaria del Espacio de Participación de los {a["body"]}, hoy {DIAS[dt.weekday()]} '
              f'{dt.day} de {MESES[dt.month - 1]} de {dt.year}, empezamos a las {a["start"]} en el {a["place"]}, coordina {a["coordinator"][0]}, '
              f'{a["coordinator"][1]}, y toma la nota la Secretaría Ejecutiva.')
    parts = []
    for s, lead in ((IE, 'por las instancias ejecutoras'), (OT, 'como otra instancia'), (SC, 'por la sociedad civil'), (SE, 'por la Secretaría Ejecutiva')):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        names = [f'{x[0]} {de(x[2])}' for x in xs]
        parts.append(lead + ' ' + (', '.join(names[:-1]) + ' y ' + names[-1] if len(names) > 1 else names[0]))
    ps.append('Estuvieron presentes ' + '; '.join(parts) + '.')
    for k, st in enumerate(a['strategies']):
        intro = 'Luego pasamos al seguimiento y empezamos con la estrategia' if k == 0 else 'Después vimos la estrategia'
        s = f'{intro} {st["number"]}, que es {st["title"]}. '
        for g in st['goals']:
            s += f'La meta {g["id"]} es {g["text"]}, su indicador es {g["indicator"]} y le toca a {la(g["executor"])}. '
            if g['report']:
                s += f'El informe dice que {" ".join(rep_paras(g))}. '
            else:
                short = g['executor'].split(' de la Ciudad')[0].replace(' y Fomento al Empleo', '')
                s += f'Para esta meta la {short} {g["status"]}. '
        ps.append(s.strip())
        fb = []
        for f in st['feedback']:
            w = 'La Secretaría Ejecutiva comentó' if f[4] == 'SE' else f'{f[4]} comentó'
            fb.append(f'{w} sobre la meta {f[2]} que {f[0]}.')
        ps.append(' '.join(fb))
    ag = ' '.join(f'El {NTH[k]}, que {g["text"]}.' for k, g in enumerate(a['agreements']))
    ps.append(f'Se tomaron tres acuerdos. {ag}')
    ps.append(f'Y se terminó la sesión a las {a["end"]}. Es todo.')
    return ps


def k3(a):
    b = [P(x, after=160, align='both') for x in k3_paras(a)]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Calibri', size=22)
    e = H.escape
    dt = a['date']
    meta = f'Nota de voz · {int(dt[8:])} {MESES[int(dt[5:7]) - 1][:3]} {dt[:4]} · transcripción revisada'
    css = ('body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;line-height:1.5;margin:0;color:#222}'
           '.meta{font-size:8.5pt;color:#888;border-bottom:1px solid #ddd;padding-bottom:4px;margin-bottom:14px}p{margin:0 0 10px 0;text-align:justify}'
           '@page{size:Letter;margin:18mm 20mm}')
    body = ''.join(f'<p>{e(x)}</p>' for x in k3_paras(a))
    h = os.path.join(SRC, 'html', a['stem'] + '.html')
    os.makedirs(os.path.dirname(h), exist_ok=True)
    open(h, 'w', encoding='utf-8').write(f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(meta)}</title><style>{css}</style></head>'
                                         f'<body><div class="meta">{e(meta)}</div>{body}</body></html>')


def k3_pdf(a):
    h = os.path.join(SRC, 'html', a['stem'] + '.html')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + h])


# ------------------------------------------------------------------ K5: banded report from a reporting engine (nocturna)
def band(text):
    return T([[C([P(R(text, b=True, color='FFFFFF', sz=18))], shade='404040')]], [9972], borders=False, after=False)


def kv(rows, lw=2600):
    return T([[C([P(R(k, b=True, sz=18))], w=lw, shade='F2F2F2'), C([P(R(v, sz=18))], w=9972 - lw)] for k, v in rows], [lw, 9972 - lw], after=False)


def gfoot(text):
    return P(R(text, i=True, sz=16, color='595959'), align='right', after=160)


def k5(a):
    b = [band('DATOS DE LA SESIÓN')]
    b.append(kv([('Espacio de participación', a['body']), ('Núm. de sesión', str(a['number'])), ('Tipo de sesión', 'Sesión ordinaria'),
                 ('Fecha', ddmmyyyy(a['date'])), ('Hora de inicio', a['start']), ('Hora de término', a['end']), ('Sede', a['place']),
                 ('Coordinación', a['coordinator'][0]), ('Cargo', a['coordinator'][1])]))
    b.append(gfoot('Registro 1 de 1'))
    b.append(band('ASISTENCIA'))
    rows = [[C([P(R(h, b=True, sz=16))], shade='D9D9D9') for h in ('Nombre', 'Institución', 'Sector', 'Cargo')]]
    rows += [[C([P(R(x[0], sz=18))]), C([P(R(x[2], sz=18))]), C([P(R(SECTOR_WORD[x[4]], sz=18))]), C([P(R(x[5], sz=18))])] for x in a['attendance']]
    b.append(T(rows, [2300, 4200, 1600, 1872], header_rows=1, after=False))
    b.append(gfoot(f'Total de asistentes: {len(a["attendance"])}'))
    for st in a['strategies']:
        b.append(T([[C([P(R(f'Estrategia: {st["number"]}', b=True, sz=18))], shade='BDD7EE'), C([P(R(st['title'], b=True, sz=18))], shade='BDD7EE')]],
                   [1900, 8072], borders=False, after=False))
        for g in st['goals']:
            b.append(kv([('Meta', g['id']), ('Descripción', g['text']), ('Indicador', g['indicator']), ('Instancia ejecutora', g['executor']),
                         ('Informe', ' '.join(rep_paras(g)) if g['report'] else g['status'])], lw=1900))
            b.append(EMPTY)
        rows = [[C([P(R(h, b=True, sz=16))], shade='D9D9D9') for h in ('Meta', 'Tipo', 'Emitió', 'Texto')]]
        for f in st['feedback']:
            rows.append([C([P(R(f[2], sz=18))]), C([P(R('Retroalimentación' if f[1] == 'retroalimentacion' else 'Observación', sz=18))]),
                         C([P(R('SE' if f[4] == 'SE' else f[4], sz=18))]), C([P(R(f[0], sz=18))])])
        b.append(T(rows, [800, 1700, 1900, 5572], header_rows=1, after=False))
        n = len(st['goals']); r = sum(1 for g in st['goals'] if g['report'])
        b.append(gfoot(f'Metas en el grupo: {n}   Con informe: {r}   Sin registro: {n - r}   Comentarios: {len(st["feedback"])}'))
    b.append(band('ACUERDOS'))
    rows = [[C([P(R(h, b=True, sz=16))], shade='D9D9D9') for h in ('No.', 'Acuerdo', 'Responsable')]]
    rows += [[C([P(R(str(k), sz=18))]), C([P(R(g['text'], sz=18))]), C([P(R(g['responsible'] or '', sz=18))])] for k, g in enumerate(a['agreements'], 1)]
    b.append(T(rows, [600, 7072, 2300], header_rows=1, after=False))
    b.append(gfoot(f'Total de acuerdos: {len(a["agreements"])}'))
    emis = {'2013-10-09': '10/10/2013 09:14', '2013-12-04': '05/12/2013 10:02'}[a['date']]
    hdr = (P(R('SISTEMA DE SEGUIMIENTO DE ESPACIOS DE PARTICIPACIÓN', b=True, sz=18), R('\tReporte: rptMinutaSesion', sz=14, color='595959'), tabs=[8600])
           + P(R(f'Minuta de sesión\tEmisión: {emis}', sz=14, color='595959'), tabs=[8600]))
    ftr = P(R('Usuario: mlugo\t', sz=14, color='595959'),
            '<w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t xml:space="preserve">Página </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t xml:space="preserve"> de </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            tabs=[8600])
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), hdr, ftr, font='Arial', size=18)


def k5_pdf(a):
    tmp = tempfile.mkdtemp(prefix='blind-k-gs-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-dPDFSETTINGS=/printer',
         f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', os.path.join(tmp, a['stem'] + '.pdf')])


# ------------------------------------------------------------------ K6: landscape matrix with btLr vertical text (humedales)
def vcell(text, w, vmerge=None, shade=None, b=True, sz=16):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if vmerge: tcpr += '<w:vMerge w:val="restart"/>' if vmerge == 'restart' else '<w:vMerge/>'
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += '<w:textDirection w:val="btLr"/><w:vAlign w:val="center"/>'
    inner = P(R(text, b=b, sz=sz), align='center') if text else '<w:p/>'
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>'


def k6(a):
    b = [P(R('ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA', b=True, sz=24), align='center'),
         P(R('Espacio de Participación del ' + a['body'], b=True), align='center', after=240)]
    b += [P(R('Fecha:\t', b=True), long_date(a['date']), tabs=[1700]), P(R('Hora:\t', b=True), f'{a["start"]} a {a["end"]} horas', tabs=[1700]),
          P(R('Lugar:\t', b=True), a['place'], tabs=[1700]), P(R('Coordinación:\t', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}', tabs=[1700])]
    b.append(P(R('ASISTENCIA', b=True), before=240))
    b.append(P(R('Nombre\tInstitución\tSector', b=True, u=True), tabs=[3000, 7800]))
    for x in a['attendance']:
        b.append(P(f'{x[0]}\t{x[2]}\t{SECTOR_WORD[x[4]]}', tabs=[3000, 7800], ind=(3000, 3000)))
    b.append(P('El seguimiento de estrategias y metas se presenta en la matriz siguiente.', before=240))
    b.append(D.sect_para())
    W = [700, 760, 2100, 1500, 1500, 2700, 2300, 2012]
    hdr = ['Estrategia', 'Meta', 'Descripción de la meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Retroalimentación de la Secretaría Ejecutiva', 'Observaciones']
    rows = ['<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="1900" w:hRule="exact"/></w:trPr>' + ''.join(vcell(h, w, shade='C5E0B3') for h, w in zip(hdr, W)) + '</w:tr>']
    for st in a['strategies']:
        for k, g in enumerate(st['goals']):
            se = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'retroalimentacion']
            ob = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'observacion']
            cells = [vcell(f'Estrategia {st["number"]}. {st["title"]}' if k == 0 else '', W[0], vmerge='restart' if k == 0 else 'cont', shade='E2EFD9', sz=16),
                     C([P(R(g['id'], b=True, sz=17))], w=W[1]), C([P(R(g['text'], sz=17))], w=W[2]), C([P(R(g['indicator'], sz=17))], w=W[3]),
                     C([P(R(g['executor'], sz=17))], w=W[4]), C([P(R(' '.join(rep_paras(g)) if g['report'] else g['status'], sz=17))], w=W[5]),
                     C([P(R(f[0], sz=17), num=(2, 0)) for f in se] or [P(R('—', sz=17))], w=W[6]),
                     C([P(R(f'{f[4]}: ', b=True, sz=17), R(f[0], sz=17), num=(2, 0)) for f in ob] or [P(R('—', sz=17))], w=W[7])]
            rows.append('<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="%d" w:hRule="atLeast"/></w:trPr>' % (2300 if len(st['goals']) == 1 else 1300) + ''.join(cells) + '</w:tr>')
    bd = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in W)
    b.append(f'<w:tbl><w:tblPr><w:tblW w:w="{sum(W)}" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             f'<w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
    b.append(D.sect_para(landscape=True))
    b.append(P(R('ACUERDOS', b=True)))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(f'No habiendo más asuntos que tratar, se cerró la sesión a las {a["end"]} horas.', before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=700))
    b.append(P(a['coordinator'][1], align='center'))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 200)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), P(R('PDHCDMX · Espacio de Participación', sz=14, color='7F7F7F'), align='right'),
            P(D.PAGE_FIELD, align='center'), numdefs=nd, font='Arial', size=20)


import build_k4 as K4
DOCX = {'K1': k1, 'K2': k2, 'K3': k3, 'K4': K4.k4, 'K5': k5, 'K6': k6}
PDF = {'K3': k3_pdf, 'K5': k5_pdf, 'K4': lambda a: K4.k4_scan(a, lo_convert)}


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
