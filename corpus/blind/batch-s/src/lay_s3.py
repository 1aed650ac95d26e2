# -*- coding: utf-8 -*-
"""S3 — a LibreOffice Calc workbook the SE keeps per session, exported to PDF by LibreOffice: four sheets printed one after
another ("Sesión" label | value with real date and time cells, "Asistencia" # | Nombre | Institución | Sector | Cargo |
¿Asistió? with invitees marked "No", "Seguimiento" landscape with the strategy in a cell merged down its goals, the report
status as "Entregado"/"Sin informe", the report, the SE's feedback and the members' remarks as lines of one cell, and
"Acuerdos" with a due-date column), the page header carrying the sheet name and the footer the page number. Written as a
flat ODS (src/calc/<stem>.fods). The .docx is the workbook's sheets pasted into Word (LibreOffice's import of the same
tables as HTML)."""
import os, subprocess, shutil, tempfile, html as H
from build import fb, lo_convert, html_to_docx, SRC, OUT, LO_PROFILE, IE, SC, SE, OT
from words import long_date

e = H.escape
SECTOR = {IE: 'Gobierno', SC: 'OSC', OT: 'Academia', SE: 'SE'}
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')
BORDER = 'fo:border="0.5pt solid #000000"'
FS8 = 'fo:font-size="8pt" '


def styles():
    cell = lambda name, extra_cell='', extra_text='', ds='', border=BORDER: (
        f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
        f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" {border} fo:padding="0.05cm" {extra_cell}/>'
        f'<style:text-properties {"" if "font-size" in extra_text else FS8}style:font-name="Liberation Sans" {extra_text}/></style:style>')
    cols = {'A': [3.5, 15.5], 'B': [0.7, 4.4, 6.0, 1.8, 3.5, 1.3], 'C': [2.3, 1.1, 3.0, 2.6, 2.5, 1.6, 4.6, 3.4, 4.2], 'D': [0.7, 8.0, 4.4, 2.1, 1.9]}
    x = '<number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>'
    x += '<number:time-style style:name="N2"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>'
    for s, ws in cols.items():
        for k, w in enumerate(ws):
            x += f'<style:style style:name="co{s}{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
    x += '<style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>'
    x += '<style:style style:name="taP" style:family="table" style:master-page-name="Portrait"><style:table-properties table:display="true"/></style:style>'
    x += '<style:style style:name="taL" style:family="table" style:master-page-name="Landscape"><style:table-properties table:display="true"/></style:style>'
    x += cell('ce', ) + cell('ceH', 'fo:background-color="#D9E2F3"', 'fo:font-weight="bold"') + cell('ceS', 'fo:background-color="#FFF2CC"', 'fo:font-weight="bold"')
    x += cell('ceD', '', '', ' style:data-style-name="N1"') + cell('ceT', '', '', ' style:data-style-name="N2"')
    x += cell('ceTitle', '', 'fo:font-weight="bold" fo:font-size="11pt"', border='fo:border="none"')
    return x


def master():
    def pl(name, land):
        w, h = ('27.94cm', '21.59cm') if land else ('21.59cm', '27.94cm')
        return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{"landscape" if land else "portrait"}" '
                'fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:print-page-order="ttb" style:scale-to="100%"/>'
                '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.25cm"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>')
    hf = ('<style:header><style:region-left><text:p>Seguimiento EP Usuarias del Metro 2022</text:p></style:region-left><style:region-right><text:p><text:sheet-name>???</text:sheet-name></text:p></style:region-right></style:header>'
          '<style:footer><text:p>Página <text:page-number>1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>')
    return (pl('pmP', False) + pl('pmL', True),
            f'<style:master-page style:name="Portrait" style:page-layout-name="pmP">{hf}</style:master-page><style:master-page style:name="Landscape" style:page-layout-name="pmL">{hf}</style:master-page>')


def tc(v, st='ce', span=None, rows=None, kind='s'):
    a = f' table:style-name="{st}"'
    if span: a += f' table:number-columns-spanned="{span}"'
    if rows: a += f' table:number-rows-spanned="{rows}"'
    if kind == 'date': a += f' office:value-type="date" office:date-value="{v}"'; txt = f'{v[8:]}/{v[5:7]}/{v[:4]}'
    elif kind == 'time': a += f' office:value-type="time" office:time-value="PT{v[:2]}H{v[3:]}M00S"'; txt = v
    elif kind == 'n': a += f' office:value-type="float" office:value="{v}"'; txt = str(v)
    else: a += ' office:value-type="string"'; txt = v
    lines = txt if isinstance(txt, list) else [txt]
    return f'<table:table-cell{a}>' + ''.join(f'<text:p>{e(x)}</text:p>' for x in lines) + '</table:table-cell>'


COVERED = '<table:covered-table-cell/>'


def sheet(name, key, rows, land=False):
    ncol = {'A': 2, 'B': 6, 'C': 9, 'D': 5}[key]
    cols = ''.join(f'<table:table-column table:style-name="co{key}{k}" table:default-cell-style-name="ce"/>' for k in range(ncol))
    return (f'<table:table table:name="{name}" table:style-name="{"taL" if land else "taP"}">{cols}' +
            ''.join(f'<table:table-row table:style-name="ro">{"".join(r)}</table:table-row>' for r in rows) + '</table:table>')


def speaker(a, f):
    x = {p[0]: p for p in a['attendance']}[f[4]]
    return f'{x[0]} ({x[2] if x[3] is None else x[2].split(" de la Ciudad")[0]})'


def sheets(a):
    """the workbook as a list of (sheet name, key, rows of cell xml, landscape?) — also rendered as HTML for the docx"""
    S = []
    rows = [[tc(f'EP {a["body"]} — registro de la sesión', 'ceTitle', span=2)],
            [tc('Espacio de Participación', 'ceH'), tc(a['body'])],
            [tc('Sesión', 'ceH'), tc(f'{a["ordinal"]} sesión ordinaria')],
            [tc('Número', 'ceH'), tc(a['number'], kind='n')],
            [tc('Fecha', 'ceH'), tc(a['date'], 'ceD', kind='date')],
            [tc('Hora de inicio', 'ceH'), tc(a['start'], 'ceT', kind='time')],
            [tc('Hora de término', 'ceH'), tc(a['end'], 'ceT', kind='time')],
            [tc('Sede', 'ceH'), tc(a['place'])],
            [tc('Coordinación', 'ceH'), tc(f'{a["coordinator"][0]} ({a["coordinator"][1]})')],
            [tc('Relatoría', 'ceH'), tc([x[0] for x in a['attendance'] if x[4] == SE][0])],
            [tc('Modalidad', 'ceH'), tc('Presencial')]]
    S.append(('Sesión', 'A', rows, False))
    rows = [[tc(h, 'ceH') for h in ('#', 'Nombre', 'Institución', 'Sector', 'Cargo', '¿Asistió?')]]
    k = 0
    for n, t, i, key, s, c in a['attendance']:
        k += 1; rows.append([tc(k, kind='n'), tc(n), tc(i), tc(SECTOR[s]), tc(c), tc('Sí')])
    for n, i, s, c in a.get('absent', []):
        k += 1; rows.append([tc(k, kind='n'), tc(n), tc(i), tc(s), tc(c), tc('No')])
    S.append(('Asistencia', 'B', rows, False))
    rows = [[tc(h, 'ceH') for h in ('Estrategia', 'Meta', 'Descripción de la meta', 'Indicador', 'Instancia responsable', 'Estatus del informe',
                                    'Informe de la instancia', 'Retroalimentación SE', 'Observaciones de integrantes')]]
    for st in a['strategies']:
        for j, g in enumerate(st['goals']):
            r = [tc(f'{st["number"]} – {st["title"]}', 'ceS', rows=len(st['goals'])) if j == 0 else COVERED]
            retro = [f[0] for f in fb(st, g['id'], 'retroalimentacion')]
            obs = [f'{speaker(a, f)}: {f[0]}' for f in fb(st, g['id'], 'observacion')]
            r += [tc(g['id']), tc(g['text']), tc(g['indicator']), tc(g['executor']), tc('Entregado' if g['report'] else 'Sin informe'),
                  tc(' '.join(g['report']) if g['report'] else g['status']), tc(retro or ''), tc(obs or '')]
            rows.append(r)
    S.append(('Seguimiento', 'C', rows, True))
    rows = [[tc(h, 'ceH') for h in ('No.', 'Acuerdo', 'Responsable', 'Fecha compromiso', 'Estatus')]]
    for k, g in enumerate(a['agreements'], 1):
        due = g['due']
        rows.append([tc(k, kind='n'), tc(g['text']), tc(g['responsible'] or ''),
                     tc(f'{due[6:]}-{due[3:5]}-{due[:2]}', 'ceD', kind='date') if due[2:3] == '/' else tc(due), tc(g['state'])])
    S.append(('Acuerdos', 'D', rows, False))
    return S


def fods(a):
    pls, mps = master()
    body = ''.join(sheet(n, k, r, l) for n, k, r, l in sheets(a))
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'"/></office:font-face-decls>'
            '<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style></office:styles>'
            f'<office:automatic-styles>{styles()}{pls}</office:automatic-styles><office:master-styles>{mps}</office:master-styles>'
            f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>')


def html(a):
    """the sheets pasted into Word: one table per sheet under the sheet's name"""
    import re
    out = ['<html><head><meta charset="utf-8"><style>body{font-family:Calibri,Carlito,sans-serif;font-size:9pt} table{border-collapse:collapse;margin-bottom:10pt}'
           ' td{border:1px solid #000;vertical-align:top;padding:2px;font-size:8pt} h3{font-size:10pt;margin:10pt 0 4pt}</style></head><body>']
    for name, _k, rows, _l in sheets(a):
        out.append(f'<h3>Hoja «{e(name)}»</h3><table>')
        for r in rows:
            out.append('<tr>')
            for c in r:
                if c == COVERED: continue
                span = re.search(r'number-columns-spanned="(\d+)"', c); rs = re.search(r'number-rows-spanned="(\d+)"', c)
                ps = re.findall(r'<text:p>(.*?)</text:p>', c)
                b = 'ceH' in c or 'ceS' in c or 'ceTitle' in c
                out.append(f'<td{" colspan=" + span.group(1) if span else ""}{" rowspan=" + rs.group(1) if rs else ""}>' +
                           ''.join(f'<p>{"<b>" if b else ""}{p}{"</b>" if b else ""}</p>' for p in ps) + '</td>')
            out.append('</tr>')
        out.append('</table>')
    out.append('</body></html>')
    return '\n'.join(out)


def render(a, stem, n):
    os.makedirs(os.path.join(SRC, 'calc'), exist_ok=True)
    fp = os.path.join(SRC, 'calc', a['stem'] + '.fods')
    with open(fp, 'w', encoding='utf-8') as f: f.write(fods(a))
    tmp = tempfile.mkdtemp(prefix='blind-s-calc-')
    lo_convert(fp, 'ods', tmp)                       # what the SE keeps: Seguimiento_EP_Metro.ods
    lo_convert(os.path.join(tmp, a['stem'] + '.ods'), 'pdf', tmp)
    shutil.move(os.path.join(tmp, a['stem'] + '.pdf'), stem + '.pdf')
    shutil.rmtree(tmp)
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f: f.write(html(a))
    html_to_docx(hp, stem + '.docx')
