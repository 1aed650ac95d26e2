# -*- coding: utf-8 -*-
"""Render batch AA from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice; Ghostscript 2-up for AA2;
LibreOffice PDF/A for AA5; a microfilm reader-printer negative scan for AA6), extra formats (.odt/.doc/.rtf).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-aa'
EXTRA_FORMATS = {
    'blind-aa-comercio-07-2014-03-12': ['odt'],
    'blind-aa-teatro-10-2021-02-24': ['doc'],
    'blind-aa-viveros-02-2023-03-15': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_HEAD = {IE: 'INSTANCIAS EJECUTORAS', OT: 'OTRAS INSTANCIAS', SC: 'SOCIEDAD CIVIL', SE: 'SECRETARÍA EJECUTIVA'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def groups(att, order=(IE, OT, SC, SE)):
    return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]


def se_ob(st):
    return [f for f in st['feedback'] if f[1] == 'retroalimentacion'], [f for f in st['feedback'] if f[1] == 'observacion']


def rep_str(g):
    return ' '.join(x for x in g['report'] if isinstance(x, str)) if g['report'] else g['status']


# ------------------------------------------------------------------ AA1: semáforo status table (comercio)
LIGHT = {'verde': '00B050', 'amarillo': 'FFC000', 'rojo': 'FF0000'}


def aa1(a):
    b = [P(R('ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center'),
         P(R(a['body'].upper(), b=True, sz=22), align='center', after=240)]
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Horario: ', b=True), f'{a["start"]} a {a["end"]} horas'),
          P(R('Lugar: ', b=True), a['place']), P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('I. ASISTENCIA', b=True), before=200))
    rows = [[C([P(R(h, b=True, sz=18))], shade='D9D9D9') for h in ('Nombre', 'Cargo', 'Institución', 'Sector')]]
    rows += [[C([P(R(x[k], sz=18))]) for k in (0, 5, 2)] + [C([P(R(SECTOR_WORD[x[4]], sz=18))])] for x in a['attendance']]
    b.append(T(rows, [2300, 2300, 3600, 1700], header_rows=1))
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        rows = [[C([P(R(h, b=True, sz=16), align='center')], shade='1F3864' if False else 'BDD7EE') for h in ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe', 'Semáforo')]]
        for g in st['goals']:
            rows.append([C([P(R(g['id'], b=True, sz=17))]), C([P(R(g['text'], sz=17))]), C([P(R(g['indicator'], sz=17))]),
                         C([P(R(g['executor'], sz=17))]), C([P(R(rep_str(g), sz=17))]), C('<w:p/>', shade=LIGHT[g['light']])])
        b.append(T(rows, [700, 2100, 1700, 1700, 2900, 900], header_rows=1, after=False))
        legend = [R('Semáforo: ', b=True, sz=15)]
        for k, (word, expl) in enumerate((('verde', 'avance conforme a lo programado'), ('amarillo', 'avance parcial o información incompleta'), ('rojo', 'sin avance o sin informe'))):
            legend.append(f'<w:r><w:rPr><w:sz w:val="15"/><w:shd w:val="clear" w:color="auto" w:fill="{LIGHT[word]}"/></w:rPr><w:t xml:space="preserve">      </w:t></w:r>')
            legend.append(R(f' {expl}' + ('   ' if k < 2 else ''), sz=15))
        b.append(P(*legend, after=120))
        se, ob = se_ob(st)
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, u=True), keep=True))
        b += [P(R(f'Meta {f[2]}. ', b=True), f[0], ind=(360, 0)) for f in se]
        b.append(P(R('Observaciones de las personas integrantes', b=True, u=True), keep=True))
        b += [P(R(f'{f[4]} ({inst_of(a, f[4])}): ', b=True), f[0], ind=(360, 0)) for f in ob]
    b.append(P(R('III. ACUERDOS', b=True), before=200))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas.', before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600))
    b.append(P(a['coordinator'][1], align='center'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), P(R('Programa de Derechos Humanos del Distrito Federal · Espacios de Participación', sz=14, color='808080'), align='right'),
            P(D.PAGE_FIELD, align='center'), numdefs=[(1, [('decimal', '%1.', 360)])], font='Arial', size=20)


# ------------------------------------------------------------------ AA2: Wingdings bullets, hand-typed numbering, tab columns (ferias)
def sym(char, font='Wingdings', sz=None):
    s = f'<w:sz w:val="{sz}"/>' if sz else ''
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{s}</w:rPr><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def aa2_numbering():
    # feedback lists: Wingdings check mark (F0FC) and Symbol bullet (F0B7) as the level text, the way Word stores them
    a = ''
    for nid, font, ch in ((3, 'Wingdings', '\uf0fc'), (4, 'Symbol', '\uf0b7')):
        a += (f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              f'<w:lvlText w:val="{ch}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>')
    n = ''.join(f'<w:num w:numId="{k}"><w:abstractNumId w:val="{k}"/></w:num>' for k in (3, 4))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>{a}{n}</w:numbering>'


def aa2(a):
    b = [P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center', after=0),
         P(R(a['body'].upper(), b=True), align='center', after=0),
         P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center', after=240)]
    b.append(P(R('I.- DATOS DE LA SESIÓN', b=True), before=120))
    for lab, val in (('a.-', f'Fecha:\t{long_date(a["date"])}'), ('b.-', f'Hora de inicio:\t{a["start"]} horas'), ('c.-', f'Hora de término:\t{a["end"]} horas'),
                     ('d.-', f'Lugar:\t{a["place"]}'), ('e.-', f'Coordina:\t{a["coordinator"][0]}, {a["coordinator"][1]}')):
        b.append(P(f'{lab}\t{val}', tabs=[567, 2400], ind=(2400, 2400), after=40))
    b.append(P(R('II.- LISTA DE ASISTENCIA', b=True), before=200))
    b.append(P(R('No.\tNombre\tInstitución\tSector', b=True, u=True, sz=18), tabs=[567, 3000, 7700], after=60))
    for k, x in enumerate(a['attendance'], 1):
        b.append(P(R(f'{k})\t{x[0]}\t{x[2]}\t{SECTOR_WORD[x[4]]}', sz=18), tabs=[567, 3000, 7700], ind=(3000, 3000), after=40))
    b.append(P(R('III.- SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(sym('F0D8'), R(f'\tEstrategia {st["number"]}: {st["title"]}', b=True), tabs=[360], ind=(360, 360), keep=True, before=160))
        for k, g in enumerate(st['goals']):
            b.append(P(R(f'{"abcd"[k]}.-\tMeta {g["id"]}: ', b=True), g['text'], tabs=[720], ind=(720, 360), keep=True))
            b.append(P(sym('F0A7', sz=16), '\t', R('Indicador: ', i=True), g['indicator'], tabs=[1080], ind=(1080, 360), after=20))
            b.append(P(sym('F0A7', sz=16), '\t', R('Instancia ejecutora: ', i=True), g['executor'], tabs=[1080], ind=(1080, 360), after=20))
            b.append(P(sym('F0A7', sz=16), '\t', R('Informe: ', i=True), rep_str(g), tabs=[1080], ind=(1080, 360)))
        se, ob = se_ob(st)
        b.append(P(sym('F046'), R('\tRetroalimentación de la Secretaría Ejecutiva:', b=True), tabs=[720], ind=(720, 360), keep=True))
        b += [P(R(f'(Meta {f[2]}) ', i=True), f[0], num=(3, 0), after=40) for f in se]
        b.append(P(sym('F046'), R('\tObservaciones:', b=True), tabs=[720], ind=(720, 360), keep=True))
        b += [P(R(f'{f[4]}, meta {f[2]}: ', i=True), f[0], num=(4, 0), after=40) for f in ob]
    b.append(P(R('IV.- ACUERDOS', b=True), before=200))
    b += [P(f'{k})\t{g["text"]}', tabs=[567], ind=(567, 567)) for k, g in enumerate(a['agreements'], 1)]
    b.append(P(R('V.- CIERRE', b=True), before=200))
    b.append(P(f'Se da por terminada la sesión a las {a["end"]} horas del día de su inicio.'))
    b.append(P(R('_______________________________', sz=18), align='center', before=600, after=0))
    b.append(P(R(a['coordinator'][0], b=True), align='center', after=0))
    b.append(P(a['coordinator'][1], align='center'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), '', P(D.PAGE_FIELD, align='right'),
            numbering_xml=aa2_numbering(), font='Times New Roman', size=22)


def aa2_pdf(a):
    tmp = tempfile.mkdtemp(prefix='blind-aa-nup-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    # printed "2 páginas por hoja" to a PDF printer: each letter page shrunk to half a landscape letter sheet, then two pages
    # side by side on one 792 x 612 pt sheet (vector, text kept); Ghostscript pdfwrite twice (fit, then N-up 2x1)
    half = os.path.join(tmp, 'half.pdf')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=396', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA', '-dPDFFitPage',
         '-dAutoRotatePages=/None', f'-sOutputFile={half}', os.path.join(tmp, a['stem'] + '.pdf')])
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-sNupControl=2x1', '-dDEVICEWIDTHPOINTS=792', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA',
         '-dAutoRotatePages=/None', f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', half])


# ------------------------------------------------------------------ AA3: figures as chart data labels (radios)
def chart_png(path, cuadro, seed):
    """a grouped bar chart as an office suite would paste it: two series, data labels on the bars, legend, category axis"""
    rows = cuadro['rows']
    W, H = 900, 420
    base, left = 340, 90
    vmax = max(max(r[1], r[2]) for r in rows)
    scale = 260 / vmax
    draw = ['-fill', 'white', '-draw', f'rectangle 0,0 {W - 1},{H - 1}', '-stroke', '#BFBFBF', '-draw', f'line {left},{base} {W - 40},{base}', '-stroke', 'none']
    gw = (W - 40 - left) / len(rows)
    for k, r in enumerate(rows):
        x0 = left + k * gw + gw * 0.2
        for j, (v, col) in enumerate(((r[1], '#4472C4'), (r[2], '#ED7D31'))):
            x = x0 + j * gw * 0.3
            h = max(3, v * scale)
            draw += ['-fill', col, '-draw', f'rectangle {x:.0f},{base - h:.0f} {x + gw * 0.28:.0f},{base}',
                     '-fill', '#404040', '-pointsize', '18', '-draw', f'text {x + gw * 0.08:.0f},{base - h - 8:.0f} "{v}"']
        draw += ['-fill', '#404040', '-pointsize', '18', '-draw', f'text {x0 + gw * 0.1:.0f},{base + 28} "{r[0]}"']
    draw += ['-fill', '#4472C4', '-draw', f'rectangle {W // 2 - 160},{H - 32} {W // 2 - 146},{H - 18}', '-fill', '#404040', '-draw', f'text {W // 2 - 140},{H - 18} "{cuadro["head"][1]}"',
             '-fill', '#ED7D31', '-draw', f'rectangle {W // 2 + 20},{H - 32} {W // 2 + 34},{H - 18}', '-fill', '#404040', '-draw', f'text {W // 2 + 40},{H - 18} "{cuadro["head"][2]}"']
    run(['convert', '-size', f'{W}x{H}', 'xc:white', '-font', 'DejaVu-Sans'] + draw + ['-strip', path])


def inline_pic(rid, cx, cy, pid, name):
    return (f'<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{pid}" name="{name}"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def aa3(a):
    b = [P(R(f'MINUTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=26), align='center', after=0),
         P(R('Espacio de Participación del ' + a['body'], b=True, color='1F4E79'), align='center', after=240)]
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), a['start'] + ' horas'),
          P(R('Hora de término: ', b=True), a['end'] + ' horas'), P(R('Lugar: ', b=True), a['place']),
          P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('1. Asistencia', b=True, color='1F4E79', sz=24), before=200))
    for s, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_WORD[s] if s != SE else 'Secretaría Ejecutiva', b=True, i=True), keep=True, after=40))
        b += [P(f'{x[0]}, {x[5]}, {x[2]}', num=(2, 0), after=20) for x in xs]
    b.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    b.append(P(R('2. Seguimiento de estrategias y metas', b=True, color='1F4E79', sz=24), before=0))
    parts, rels, nimg = [], [], 0
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}: {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}: ', b=True), g['text'], keep=True))
            b.append(P(R('Indicador: ', b=True, sz=19), R(g['indicator'], sz=19), ind=(360, 0), after=20))
            b.append(P(R('Instancia ejecutora: ', b=True, sz=19), R(g['executor'], sz=19), ind=(360, 0), after=20))
            if not g['report']:
                b.append(P(R('Informe: ', b=True, sz=19), R(g['status'], sz=19), ind=(360, 0)))
                continue
            for k, x in enumerate(g['report']):
                if isinstance(x, str):
                    b.append(P(R('Informe: ', b=True, sz=19) if k == 0 else '', R(x, sz=19), ind=(360, 0), keep=k + 1 < len(g['report'])))
                    continue
                nimg += 1
                png = os.path.join(SRC, 'charts', f'{a["stem"]}-g{nimg}.png')
                os.makedirs(os.path.dirname(png), exist_ok=True)
                chart_png(png, x, nimg)
                rid = f'rIdImg{nimg}'
                rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart{nimg}.png"/>')
                parts.append((f'media/chart{nimg}.png', open(png, 'rb').read(), 'image/png'))
                b.append(P(inline_pic(rid, 4572000, 2133600, 100 + nimg, f'Gráfico {nimg}'), align='center', keep=True, after=0))
                b.append(P(R(x['caption'], i=True, sz=17, color='404040'), align='center', keep=True, after=60))
                rows = [[C([P(R(h, b=True, sz=16), align='center')], shade='DEEAF6') for h in x['head']]]
                rows += [[C([P(R(str(c), sz=16), align='left' if j == 0 else 'center')]) for j, c in enumerate(r)] for r in x['rows']]
                b.append(T(rows, [1900, 1200, 1400], indent=2600))
        se, ob = se_ob(st)
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
        b += [P(R(f'Meta {f[2]}. ', b=True), f[0], num=(2, 0)) for f in se]
        b.append(P(R('Observaciones', b=True, i=True), keep=True))
        b += [P(R(f'{f[4]} (meta {f[2]}): ', b=True), f[0], num=(2, 0)) for f in ob]
    b.append(P(R('3. Acuerdos', b=True, color='1F4E79', sz=24), before=200))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(f'Se dio por concluida la sesión a las {a["end"]} horas.', before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=500, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    # the parts: docx.write writes text parts; images are bytes (zipfile.writestr takes both); png needs a Default content type
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), '', P(D.PAGE_FIELD, align='center'),
            numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)])], font='Calibri', size=22, extra_rels=rels, extra_parts=parts)


# ------------------------------------------------------------------ AA4: tables floating beside the text (teatro)
def TF(rows, widths, side='right', header_rows=0, y=None):
    """a positioned (floating) table with text wrapping around it, as Word's Table Properties > Text wrapping: Around"""
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = ''
    for k, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if k < header_rows else ''
        trs += f'<w:tr>{trpr}{"".join(r)}</w:tr>'
    pos = (f'<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:topFromText="60" w:bottomFromText="60" w:vertAnchor="text" w:horzAnchor="margin" '
           f'w:tblpXSpec="{side}" w:tblpY="{y or 60}"/><w:tblOverlap w:val="never"/>')
    return (f'<w:tbl><w:tblPr>{pos}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')


def aa4(a):
    b = [P(R('Espacio de Participación', sz=20, color='7F7F7F'), after=0),
         P(R(a['body'], b=True, sz=28), after=0),
         P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=24, color='C00000'), after=200)]
    rows = [[C([P(R('Asistencia', b=True, sz=16, color='FFFFFF'))], span=2, shade='404040')],
            [C([P(R(h, b=True, sz=15))], shade='E7E6E6') for h in ('Nombre e institución', 'Sector')]]
    rows += [[C([P(R(x[0], b=True, sz=15), after=0), P(R(x[2], sz=15), after=20)]), C([P(R(SECTOR_WORD[x[4]], sz=15))])] for x in a['attendance']]
    b.append(TF(rows, [3200, 1200], 'right'))
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), a['start'] + ' horas'),
          P(R('Hora de término: ', b=True), a['end'] + ' horas'), P(R('Modalidad: ', b=True), a['place']),
          P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('Orden del día', b=True), before=160))
    for k, t in enumerate(('Registro de asistencia y verificación de quórum.', 'Seguimiento de estrategias y metas.', 'Acuerdos y asuntos generales.'), 1):
        b.append(P(f'{k}. {t}', ind=(360, 360), after=20))
    b.append(P('La coordinación dio la bienvenida a las personas asistentes, cuya relación se presenta en el recuadro, y se verificó el quórum para sesionar.', align='both', before=120))
    b.append(P(R('Seguimiento de estrategias y metas', b=True, sz=24, color='C00000'), before=240, ppr_extra='<w:pageBreakBefore/>' if False else ''))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=200))
        rows = [[C([P(R(h, b=True, sz=15))], shade='F2F2F2') for h in ('Meta', 'Indicador / Instancia ejecutora', 'Informe')]]
        for g in st['goals']:
            rows.append([C([P(R(g['id'], b=True, sz=15), after=0), P(R(g['text'], sz=15))]),
                         C([P(R(g['indicator'], sz=15)), P(R(g['executor'], i=True, sz=15))]),
                         C([P(R(rep_str(g), sz=15))])])
        b.append(TF(rows, [1800, 1500, 2000], 'left'))
        se, ob = se_ob(st)
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
        b += [P(R(f'– Meta {f[2]}: ', b=True), f[0], align='both', after=60) for f in se]
        b.append(P(R('Observaciones', b=True, i=True), keep=True))
        b += [P(R(f'– {f[4]} ({inst_of(a, f[4])}), meta {f[2]}: ', b=True), f[0], align='both', after=60) for f in ob]
        b.append(P('', after=0, ppr_extra=''))
    b.append(P(R('Acuerdos', b=True, sz=24, color='C00000'), before=360))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(f'Se cerró la sesión a las {a["end"]} horas.', before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=500, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), '', P(D.PAGE_FIELD, align='right'),
            numdefs=[(1, [('decimal', '%1.', 360)])], font='Arial', size=20)


# ------------------------------------------------------------------ AA5: soft line breaks in one cell, merged sector group rows (viveros)
def aa5(a):
    b = [P(R('MINUTA', b=True, sz=28), align='center', after=0),
         P(R(f'{ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True), align='center', after=0),
         P(R('Espacio de Participación ' + a['body'], b=True), align='center', after=240)]
    rows = [[C([P(R('Fecha', b=True))], shade='E2EFD9'), C(long_date(a['date'])), C([P(R('Horario', b=True))], shade='E2EFD9'), C(f'{a["start"]} – {a["end"]} horas')],
            [C([P(R('Lugar', b=True))], shade='E2EFD9'), C(a['place'], span=3)],
            [C([P(R('Coordinación', b=True))], shade='E2EFD9'), C(f'{a["coordinator"][0]}, {a["coordinator"][1]}', span=3)]]
    b.append(T(rows, [1500, 3400, 1300, 3700]))
    b.append(P(R('ASISTENCIA', b=True)))
    rows = [[C([P(R(h, b=True, sz=18))], shade='A8D08D') for h in ('Nombre', 'Cargo', 'Institución')]]
    for s, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s], b=True, sz=17), align='center')], span=3, shade='E2EFD9')])
        rows += [[C([P(R(x[k], sz=18))]) for k in (0, 5, 2)] for x in xs]
    b.append(T(rows, [2900, 2600, 4400], header_rows=1))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True)))
    for st in a['strategies']:
        rows = [[C([P(R(h, b=True, sz=17))], shade='A8D08D') for h in ('Estrategia', 'Meta', 'Retroalimentación y observaciones')]]
        for k, g in enumerate(st['goals']):
            lines = [R(f'Meta {g["id"]}', b=True, sz=17), R('\n' + g['text'], sz=17), R('\nIndicador: ', i=True, sz=17), R(g['indicator'], sz=17),
                     R('\nInstancia ejecutora: ', i=True, sz=17), R(g['executor'], sz=17), R('\nInforme: ', i=True, sz=17), R(rep_str(g), sz=17)]
            fb = []
            for j, f in enumerate(x for x in st['feedback'] if x[2] == g['id']):
                who = 'SE' if f[4] == 'SE' else f[4]
                fb += [R(('\n' if j else '') + f'{who}: ', b=True, sz=17), R(f[0], sz=17)]
            first = C([P(R(f'Estrategia {st["number"]}. ', b=True, sz=17), R(st['title'], sz=17))], vmerge='restart' if len(st['goals']) > 1 else None, valign='top')
            rest = C('<w:p/>', vmerge='continue')
            rows.append([first if k == 0 else rest, C([P(*lines)]), C([P(*fb) if fb else '<w:p/>'])])
        b.append(T(rows, [2000, 4400, 3500], header_rows=1))
    b.append(P(R('ACUERDOS', b=True)))
    rows = [[C([P(R(h, b=True, sz=18))], shade='A8D08D') for h in ('No.', 'Acuerdo', 'Responsable')]]
    rows += [[C(str(k)), C(g['text']), C(g['responsible'] or '')] for k, g in enumerate(a['agreements'], 1)]
    b.append(T(rows, [600, 6800, 2500], header_rows=1))
    b.append(P(f'Hora de cierre: {a["end"]} horas.'))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=500, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), P(R('Mecanismo de Seguimiento y Evaluación del PDHCDMX', sz=14, color='538135')),
            P(D.PAGE_FIELD, align='center'), font='Arial', size=20)


def aa5_pdf(a):
    # "Guardar como PDF/A" (tagged, PDF/A-2b) instead of the default export
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'),
               'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}')


# ------------------------------------------------------------------ AA6: microfilm reader-printer negative (mediacion)
def aa6(a):
    b = [P(R('TRIBUNAL SUPERIOR DE JUSTICIA DE LA CIUDAD DE MÉXICO · CENTRO DE JUSTICIA ALTERNATIVA', sz=18), align='center', after=0),
         P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0),
         P(R(a['body'].upper(), b=True), align='center', after=240)]
    b += [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), a['start'] + ' horas'),
          P(R('Lugar: ', b=True), a['place']), P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(P(R('PRIMERO. ASISTENCIA', b=True), before=200))
    for s, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_WORD[s] + ':', u=True), after=20))
        b += [P(f'{x[0]}, {x[2]}' + ('' if x[2].endswith('.') else '.'), ind=(567, 0), after=20) for x in xs]
    b.append(P(R('SEGUNDO. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], keep=True))
            b.append(P('Indicador: ' + g['indicator'], ind=(567, 0), after=20))
            b.append(P('Instancia ejecutora: ' + g['executor'], ind=(567, 0), after=20))
            b.append(P('Informe: ' + rep_str(g), ind=(567, 0)))
        se, ob = se_ob(st)
        b += [P(R(f'Retroalimentación de la Secretaría Ejecutiva (meta {f[2]}): ', i=True), f[0], ind=(567, 0)) for f in se]
        b += [P(R(f'Observación de {f[4]} (meta {f[2]}): ', i=True), f[0], ind=(567, 0)) for f in ob]
    b.append(P(R('TERCERO. ACUERDOS', b=True), before=200))
    b += [P(f'{k}. {g["text"]}', ind=(567, 283)) for k, g in enumerate(a['agreements'], 1)]
    b.append(P(f'Se concluyó la sesión a las {a["end"]} horas.', before=160))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=500, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), '', P(D.PAGE_FIELD, align='center'), font='Liberation Serif', size=23)


def aa6_scan(a):
    """archive copy printed from a 16 mm microfilm roll on a reader-printer, then scanned: the print is a NEGATIVE
    (white text on a dark grey field), low contrast, grainy, a bit soft, the frame edge and a frame number visible,
    slightly skewed. One grey JPEG per page, wrapped by img2pdf, no text layer."""
    stem = a['stem']
    rnd = random.Random(stem)
    tmp = tempfile.mkdtemp(prefix='blind-aa-mf-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '200', '-gray', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    jpgs = []
    ocr_dir = os.path.join(SRC, 'ocr'); os.makedirs(ocr_dir, exist_ok=True)
    text = []
    for k, pg in enumerate(pages):
        src = os.path.join(tmp, pg)
        out = os.path.join(tmp, f's{k}.jpg')
        ang = rnd.uniform(-0.8, 0.8)
        frame = 233 + int(stem.split('-')[3]) * 7 + k
        run(['convert', src, '-negate', '+level', '12%,78%', '-bordercolor', 'gray10', '-border', '60x80',
             '-fill', 'gray70', '-pointsize', '28', '-font', 'DejaVu-Sans', '-gravity', 'SouthEast', '-annotate', '+70+25', f'0417 · {frame:04d}',
             '-gravity', 'NorthWest', '-blur', '0x0.9', '-attenuate', '0.55', '+noise', 'Gaussian',
             '-background', 'gray8', '-rotate', f'{ang:.2f}', '-quality', '62', out])
        jpgs.append(out)
        # the reader's reading: the negative turned positive, enlarged, then Tesseract
        pos = os.path.join(tmp, f'o{k}.png')
        run(['convert', out, '-negate', '-colorspace', 'Gray', '-resize', '150%', '-normalize', '-deskew', '40%', pos])
        r = subprocess.run(['tesseract', pos, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True)
        text.append(r.stdout)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    open(os.path.join(ocr_dir, stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(text))


DOCX = {'AA1': aa1, 'AA2': aa2, 'AA3': aa3, 'AA4': aa4, 'AA5': aa5, 'AA6': aa6}
PDF = {'AA2': aa2_pdf, 'AA5': aa5_pdf, 'AA6': aa6_scan}


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
