# -*- coding: utf-8 -*-
"""Render batch M from content.py: .docx (all), .html (Chromium layouts), .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc, cell, table, sect, sect_para
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'M1', 'M2'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTION_WORD = {'retroalimentacion': 'Retroalimentación', 'observacion': 'Observación'}


# ------------------------------------------------------------------ run/paragraph helpers
def R(text, b=False, i=False, u=False, caps=False, vanish=False, sz=None, color=None, style=None):
    rpr = ''
    if style: rpr += f'<w:rStyle w:val="{style}"/>'
    if b: rpr += '<w:b/>'
    if i: rpr += '<w:i/>'
    if caps: rpr += '<w:caps/>'
    if vanish: rpr += '<w:vanish/>'
    if color: rpr += f'<w:color w:val="{color}"/>'
    if sz: rpr += f'<w:sz w:val="{sz}"/>'
    if u: rpr += '<w:u w:val="single"/>'
    parts = []
    for k, seg in enumerate(text.split('\n')):
        if k: parts.append('<w:br/>')
        for j, t in enumerate(seg.split('\t')):
            if j: parts.append('<w:tab/>')
            if t: parts.append(f'<w:t xml:space="preserve">{esc(t)}</w:t>')
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}{"".join(parts)}</w:r>'


def P(*runs, align=None, tabs=None, num=None, ind=None, before=None, after=None, keep=False, rpr_mark='', ppr_extra=''):
    ppr = ''
    if keep: ppr += '<w:keepNext/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if tabs: ppr += '<w:tabs>' + ''.join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs) + '</w:tabs>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 80}"/>'
    if ind: ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    if align: ppr += f'<w:jc w:val="{align}"/>'
    ppr += ppr_extra
    if rpr_mark: ppr += f'<w:rPr>{rpr_mark}</w:rPr>'
    body = ''.join(r if r.startswith('<') else R(r) for r in runs)
    return f'<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>'


EMPTY = '<w:p/>'


def C(paras, w=None, span=1, vmerge=None, shade=None, valign=None):
    """cell from a list of paragraph xml strings"""
    tcpr = ''
    if w: tcpr += f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge: tcpr += '<w:vMerge w:val="restart"/>' if vmerge == 'restart' else '<w:vMerge/>'
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign: tcpr += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(paras, str): paras = [P(paras)]
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(paras) or "<w:p/>"}</w:tc>'


def T(rows, widths, borders=True, header_rows=0, after=True, indent=None):
    """rows: list of lists of cell xml; header_rows: first n rows repeat on each page (w:tblHeader)"""
    val = 'single' if borders else 'nil'
    b = ''.join(f'<w:{s} w:val="{val}" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = ''
    for k, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' if k < header_rows else ''
        trs += f'<w:tr>{trpr}{"".join(r)}</w:tr>'
    ind = f'<w:tblInd w:w="{indent}" w:type="dxa"/>' if indent else ''
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{ind}<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>' + (EMPTY if after else ''))


def hyperlink(rid, text, **kw):
    return f'<w:hyperlink r:id="{rid}" w:history="1">{R(text, color="0563C1", u=True, **kw)}</w:hyperlink>'


def field_complex(instr, result_runs):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + result_runs + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def sdt_run(text, tag, date_iso=None, b=False):
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{abs(hash(tag + text)) % 99999999}"/>'
    if date_iso:
        pr += f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="d \'de\' MMMM \'de\' yyyy"/><w:lid w:val="es-MX"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    else:
        pr += '<w:text/>'
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{R(text, b=b)}</w:sdtContent></w:sdt>'


def deleted_para(text, author='Relatoría', date='2020-01-01T10:00:00Z', rid=900):
    """a whole paragraph deleted with track changes (its mark too)"""
    return (f'<w:p><w:pPr><w:rPr><w:del w:id="{rid}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
            f'<w:del w:id="{rid + 1}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del></w:p>')


def ins_run(text, rid, author='Relatoría', date='2020-01-01T10:00:00Z'):
    return f'<w:ins w:id="{rid}" w:author="{author}" w:date="{date}">{R(text)}</w:ins>'


def del_run(text, rid, author='Relatoría', date='2020-01-01T10:00:00Z'):
    return f'<w:del w:id="{rid}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'


def numbering_xml(defs):
    """defs: list of (numId, fmt, lvlText, start)"""
    a, n = '', ''
    for nid, fmt, txt, start in defs:
        a += (f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
              f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        n += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>{a}{n}</w:numbering>'


HYPER_REL = '<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url}" TargetMode="External"/>'
COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
COMMENTS_REL = '<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'


def comments_part(items):
    x = ''.join(f'<w:comment w:id="{k}" w:author="{esc(a)}" w:date="2020-01-01T10:00:00Z" w:initials="RL"><w:p>{R(t)}</w:p></w:comment>' for k, (a, t) in enumerate(items))
    return ('comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {D.W}>{x}</w:comments>', COMMENTS_CT)


def commented(cid, runs):
    return f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'


def hm(t):  # '10:00' -> '10:00'
    return t


def groups(att, order=(IE, OT, SC, SE)):
    return [(s, [a for a in att if a[4] == s]) for s in order if any(a[4] == s for a in att)]


def fb_for(st, goal, section=None):
    return [f for f in st['feedback'] if f[2] == goal and (section is None or f[1] == section)]


# ------------------------------------------------------------------ gold
def rep_text(report):
    if not report: return None
    out = []
    for x in report:
        if isinstance(x, str): out.append(x)
        else: out += ['Actividad Cantidad'] + [f'{act} {qty}' for act, qty in x]
    return ' '.join(out)


def gold(a):
    strategies = []
    for st in a['strategies']:
        goals = []
        for g in st['goals']:
            rep = rep_text(g['report'])
            goals.append(dict(id=g['id'], text=g['text'], indicator=g['indicator'], executor=g['executor'],
                              executor_key=g['executor_key'], report_status='reported' if rep else 'not_reported', report=rep))
        n = sum(1 for g in goals if g['report'])
        status = 'reported' if n == len(goals) else ('not_reported' if n == 0 else 'partial')
        strategies.append(dict(number=st['number'], title=st['title'], report_status=status, goals=goals,
                               figures=[dict(value=v, unit=u, goal=gl, context=c) for v, u, gl, c in st['figures']],
                               feedback=[dict(text=t, section=s, goal=gl, label=lab, confidence=None) for t, s, gl, lab, _sp in st['feedback']]))
    return {
        'source': {'file': a['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': {'body': a['body'], 'number': a['number'], 'kind': a['kind'].lower(), 'date': a['date'], 'start_time': a['start'],
                    'end_time': a['end'], 'place': a['place'], 'topic': a['topic'], 'objective': a['objective']},
        'coordinator': {'name': a['coordinator'][0], 'role': a['coordinator'][1]} if a['coordinator'] else None,
        'attendance': [dict(name=n, institution=i, institution_key=k, sector=s) for n, _t, i, k, s, _c in a['attendance']],
        'strategies': strategies,
        'agreements': [dict(text=g['text'], dates=g['dates'], strategies=g['strategies'], responsible=g['responsible']) for g in a['agreements']],
        'next_session': a['next'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-m', 'notes': a['notes']},
    }



def que(verb):
    return verb if verb.endswith(' que') else verb + ' que'



def split_name(att_row):
    n, t = att_row[0], att_row[1]
    return (t + ' ' + n) if t else n


# ------------------------------------------------------------------ M1: minutes sent by e-mail (web mail print view, Chromium)
TIPO = {IE: 'Gobierno CDMX', OT: 'Organismo autónomo', SC: 'OSC', SE: 'SE-MSyE'}
MAIL_FROM = 'Karla Méndez Olvera <kmendez.se@mseguimiento.cdmx.gob.mx>'
MAIL_TO = 'ep.jovenes@googlegroups.com; Fernanda Rosales Peña <frosales.se@mseguimiento.cdmx.gob.mx>'
MAIL_CC = 'Dirección de Seguimiento <dseguimiento@mseguimiento.cdmx.gob.mx>'
DISCLAIMER = ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de las personas destinatarias y pueden '
              'contener información reservada. Si usted lo recibió por error, favor de notificarlo al remitente y eliminarlo.')


def m1_lines(a):
    """the mail body as a list of (kind, payload): kinds p, h, b (bold line), item, att (table)"""
    L = []
    L.append(('p', 'Buenas tardes a todas y todos:'))
    L.append(('p', f"Les comparto la minuta de la {a['ordinal']} reunión de trabajo del Espacio de Participación de los {a['body']}, "
                   f"que se llevó a cabo el {a['date_text']} a las {a['start']} hrs en la {a['place']}. Si tienen algún comentario "
                   "favor de enviarlo por este medio a más tardar en una semana."))
    L.append(('h', f"MINUTA – {a['ordinal'].upper()} REUNIÓN DE TRABAJO"))
    L.append(('h', 'ASISTENTES'))
    L.append(('att', a['attendance']))
    L.append(('p', 'Se anexa la lista de asistencia firmada.'))
    L.append(('h', 'SEGUIMIENTO DE ESTRATEGIAS'))
    for st in a['strategies']:
        L.append(('b', f"Estrategia {st['number']}. {st['title']}"))
        for g in st['goals']:
            L.append(('lv', ('Meta ' + g['id'] + ':', g['text'])))
            L.append(('lv', ('Indicador:', g['indicator'])))
            L.append(('lv', ('Responsable:', g['executor'])))
            L.append(('lv', ('Lo que informaron:', ' '.join(g['report']) if g['report'] else g['status'])))
            for sec, head in (('retroalimentacion', 'Comentarios SE:'), ('observacion', 'Comentarios de las OSC y otras instancias:')):
                items = fb_for(st, g['id'], sec)
                if items:
                    L.append(('u', head))
                    for f in items: L.append(('item', f[0]))
    L.append(('h', 'ACUERDOS'))
    for k, ag in enumerate(a['agreements'], 1):
        L.append(('p', f"{k}) {ag['text']}"))
    L.append(('p', 'Quedo atenta a sus comentarios.'))
    L.append(('p', 'Saludos cordiales,'))
    return L


def html_M1(a):
    e = H.escape
    css = """
@page { size: letter; margin: 14mm 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
.owa { display: flex; justify-content: space-between; font-size: 8pt; color: #555; border-bottom: 1px solid #999; padding-bottom: 1mm; margin-bottom: 3mm; }
.subj { font-size: 14pt; font-weight: bold; margin: 0 0 2mm 0; }
table.hdr td { padding: 0.4mm 2mm 0.4mm 0; vertical-align: top; font-size: 9pt; }
table.hdr td.k { font-weight: bold; white-space: nowrap; }
hr { border: none; border-top: 1px solid #bbb; margin: 3mm 0; }
.mail p { margin: 0 0 2.5mm 0; font-family: Calibri, Carlito, 'Liberation Sans', sans-serif; font-size: 11pt; }
.mail p.h { font-weight: bold; margin-top: 4mm; }
.mail p.b { font-weight: bold; text-decoration: underline; margin-top: 3mm; }
.mail p.u { font-style: italic; margin: 1mm 0 1mm 0; }
.mail p.item { margin: 0 0 1.5mm 6mm; }
table.xl { border-collapse: collapse; margin: 0 0 2mm 0; font-family: Calibri, Carlito, sans-serif; font-size: 10pt; }
table.xl td { border: 0.5pt solid #000; padding: 0 1.5mm; vertical-align: bottom; }
table.xl tr.hd td { background: #d9e1f2; font-weight: bold; }
.sig { font-family: Calibri, Carlito, sans-serif; font-size: 10pt; color: #1f3864; margin-top: 3mm; }
.disc { font-size: 7pt; color: #777; margin-top: 3mm; }
.q { border-top: 1px solid #e1e1e1; margin-top: 4mm; padding-top: 2mm; }
.q p { font-family: Calibri, Carlito, sans-serif; font-size: 11pt; margin: 0 0 2mm 0; }
"""
    q = a['quoted']
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Correo: {e(a["subject"])}</title><style>{css}</style></head><body>']
    h.append(f'<div class="owa"><span>Outlook</span><span>{e(a["coordinator"][0])}</span></div>')
    h.append(f'<div class="subj">{e(a["subject"])}</div>')
    h.append('<table class="hdr">')
    for k, v in (('De:', MAIL_FROM), ('Enviado:', a['sent']), ('Para:', MAIL_TO), ('CC:', MAIL_CC), ('Datos adjuntos:', a['attach'])):
        h.append(f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>')
    h.append('</table><hr><div class="mail">')
    for kind, x in m1_lines(a):
        if kind == 'att':
            h.append('<table class="xl"><tr class="hd"><td>NOMBRE</td><td>DEPENDENCIA / ORGANIZACIÓN</td><td>CARGO</td><td>TIPO</td></tr>')
            for n, t, inst, _k, s, cargo in x:
                h.append(f'<tr><td>{e(n)}</td><td>{e(inst)}</td><td>{e(cargo)}</td><td>{e(TIPO[s])}</td></tr>')
            h.append('</table>')
        elif kind == 'lv':
            h.append(f'<p><b>{e(x[0])}</b> {e(x[1])}</p>')
        elif kind == 'item':
            h.append(f'<p class="item">- {e(x)}</p>')
        else:
            h.append(f'<p class="{kind}">{e(x)}</p>')
    c = a['coordinator']
    h.append(f'<div class="sig"><b>{e(c[0])}</b><br>{e(c[1])}<br>Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX<br>Tel. 55 5512 2860 ext. 112</div>')
    h.append(f'<div class="disc">{e(DISCLAIMER)}</div>')
    h.append(f'<div class="q"><table class="hdr"><tr><td class="k">De:</td><td>{e(a["quoted_from"])}</td></tr><tr><td class="k">Enviado:</td><td>{e(q["sent"])}</td></tr>'
             f'<tr><td class="k">Para:</td><td>{e(MAIL_TO)}</td></tr><tr><td class="k">Asunto:</td><td>{e(q["subject"])}</td></tr></table>')
    for p in q['body']: h.append(f'<p>{e(p)}</p>')
    h.append('</div></div></body></html>')
    return '\n'.join(h)


def build_M1(a, path):
    """the same mail pasted into Word to be archived: Normal paragraphs, manual bold, the Excel range as a table, typed dashes"""
    b = []
    for k, v in (('De:', MAIL_FROM), ('Enviado el:', a['sent']), ('Para:', MAIL_TO), ('CC:', MAIL_CC), ('Asunto:', a['subject']), ('Datos adjuntos:', a['attach'])):
        b.append(P(R(k, b=True), R('\t' + v), tabs=[1700], ind=(1700, 1700), after=0))
    b.append(P(R('_' * 60, color='999999')))
    for kind, x in m1_lines(a):
        if kind == 'att':
            rows = [[C([P(R(t, b=True), after=0)], shade='D9E1F2') for t in ('NOMBRE', 'DEPENDENCIA / ORGANIZACIÓN', 'CARGO', 'TIPO')]]
            for n, t, inst, _k, s, cargo in x:
                rows.append([C([P(R(v), after=0)]) for v in (n, inst, cargo, TIPO[s])])
            b.append(T(rows, [2600, 3300, 2200, 1600]))
        elif kind == 'lv':
            b.append(P(R(x[0], b=True), R(' ' + x[1])))
        elif kind == 'item':
            b.append(P(R('- ' + x), ind=(340, 0)))
        elif kind == 'h':
            b.append(P(R(x, b=True), before=200))
        elif kind == 'b':
            b.append(P(R(x, b=True, u=True), before=120))
        elif kind == 'u':
            b.append(P(R(x, i=True)))
        else:
            b.append(P(R(x)))
    c = a['coordinator']
    b.append(P(R(c[0], b=True, color='1F3864'), R('\n' + c[1] + '\nSecretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX\nTel. 55 5512 2860 ext. 112', color='1F3864')))
    b.append(P(R(DISCLAIMER, sz=14, color='777777')))
    q = a['quoted']
    b.append(P(R('_' * 60, color='999999')))
    for k, v in (('De:', a['quoted_from']), ('Enviado el:', q['sent']), ('Para:', MAIL_TO), ('Asunto:', q['subject'])):
        b.append(P(R(k, b=True), R(' ' + v), after=0))
    for p in q['body']: b.append(P(R(p)))
    b.append(sect(header=False, footer=False))
    D.write(path, ''.join(b))


# ------------------------------------------------------------------ M2: slide deck (one slide per page), Chromium
SECTOR_CARD = {IE: 'Gobierno de la Ciudad de México', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def by_inst(att):
    out = []
    for row in att:
        for o in out:
            if o[0] == row[2] and o[2] == row[4]: o[1].append(row); break
        else: out.append((row[2], [row], row[4]))
    return out


def tile(s):
    num, cap = s.split(' ', 1)
    return num, cap


def html_M2(a):
    e = H.escape
    css = """
@page { size: 254mm 142.9mm; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #1d1d1d; }
.slide { width: 254mm; height: 142.9mm; box-sizing: border-box; padding: 9mm 12mm 8mm 12mm; position: relative; page-break-after: always; overflow: hidden; }
.band { position: absolute; left: 0; top: 0; width: 254mm; height: 5mm; background: #9d2449; }
.foot { position: absolute; left: 12mm; right: 12mm; bottom: 3mm; font-size: 6.5pt; color: #888; display: flex; justify-content: space-between; }
.kick { font-size: 10pt; color: #9d2449; font-weight: bold; letter-spacing: 0.5pt; text-transform: uppercase; }
h1 { font-size: 22pt; margin: 12mm 0 4mm 0; color: #9d2449; }
h2 { font-size: 18pt; margin: 1mm 0 3mm 0; }
.big { font-size: 15pt; margin: 1mm 0; }
.cols { display: flex; gap: 5mm; }
.col { flex: 1; }
.sec { font-size: 10pt; font-weight: bold; color: #fff; background: #13322b; padding: 1mm 2mm; margin-bottom: 2mm; }
.card { border: 0.3mm solid #ccc; border-radius: 2mm; padding: 1.5mm 2.5mm; margin-bottom: 2mm; font-size: 9.5pt; }
.card b { display: block; font-size: 10.5pt; color: #9d2449; }
.goal { flex: 1; border: 0.3mm solid #ddd; border-top: 1.2mm solid #9d2449; padding: 2mm 3mm; font-size: 9.5pt; }
.goal .id { font-weight: bold; font-size: 12pt; }
.pill { display: inline-block; border-radius: 3mm; padding: 0.3mm 2.5mm; font-size: 9pt; font-weight: bold; margin: 1.5mm 0; }
.si { background: #d5ecd4; color: #1e5b1c; } .no { background: #f6d2d2; color: #8a1010; }
.tiles { display: flex; gap: 2mm; flex-wrap: wrap; }
.tile { flex: 1 1 36mm; min-width: 36mm; background: #f4ece1; padding: 1.5mm 2mm; }
.tile .n { white-space: nowrap; font-size: 18pt; font-weight: bold; color: #9d2449; }
.tile .c { font-size: 9pt; }
.bub { background: #f2f2f2; border-radius: 2.5mm; padding: 1.5mm 3mm; margin-bottom: 2mm; font-size: 11pt; }
.bub .t { font-size: 8pt; color: #9d2449; font-weight: bold; }
table.ac { border-collapse: collapse; width: 100%; font-size: 11pt; }
table.ac td, table.ac th { border-bottom: 0.3mm solid #ccc; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
table.ac th { background: #13322b; color: #fff; }
.end { text-align: center; padding-top: 16mm; }
.end .big { font-size: 16pt; }
"""
    foot = f'<div class="foot"><span>PDHCDMX · Espacio de Participación del {e(a["body"])}</span><span>{e(a["ordinal"])} Sesión Ordinaria</span></div>'
    S = []
    def slide(inner): S.append(f'<section class="slide"><div class="band"></div>{inner}{foot}</section>')
    slide(f'<div class="kick">Programa de Derechos Humanos de la Ciudad de México · Mecanismo de Seguimiento y Evaluación</div>'
          f'<h1>Espacio de Participación del {e(a["body"])}</h1><div class="big"><b>{e(a["ordinal"])} Sesión Ordinaria</b></div>'
          f'<div class="big">{e(a["date_text"])} · {e(a["start"])} h</div><div class="big">{e(a["place"])}</div>'
          f'<p style="font-size:12pt;margin-top:5mm"><b>Objetivo:</b> {e(a["objective"])}</p>')
    cols = []
    for s in (IE, OT, SC, SE):
        cards = [c for c in by_inst(a['attendance']) if c[2] == s]
        if not cards: continue
        cols.append(f'<div class="col"><div class="sec">{SECTOR_CARD[s]}</div>' + ''.join(
            f'<div class="card"><b>{e(inst)}</b>' + '<br>'.join(e(split_name(r)) for r in rows) + '</div>' for inst, rows, _s in cards) + '</div>')
    slide('<div class="kick">Asistencia</div><h2>¿Quiénes participamos?</h2><div class="cols">' + ''.join(cols) + '</div>')
    for st in a['strategies']:
        goals = []
        for g in st['goals']:
            ok = bool(g['report'])
            x = (f'<div class="goal"><div class="id">META {g["id"]}</div><div>{e(g["text"])}</div>'
                 f'<div style="margin-top:1mm"><b>Indicador ·</b> {e(g["indicator"])}</div><div><b>Responsable ·</b> {e(g["executor"])}</div>'
                 f'<div class="pill {"si" if ok else "no"}">{"✔ Con informe" if ok else "✖ " + e(g["status"])}</div>')
            if ok:
                x += '<div class="tiles">' + ''.join(f'<div class="tile"><div class="n">{e(tile(t)[0])}</div><div class="c">{e(tile(t)[1])}</div></div>' for t in g['report']) + '</div>'
            goals.append(x + '</div>')
        slide(f'<div class="kick">Estrategia {st["number"]}</div><h2>{e(st["title"])}</h2><div class="cols">' + ''.join(goals) + '</div>')
        cols = []
        for sec, head in (('retroalimentacion', 'Retroalimentación de la Secretaría Ejecutiva'), ('observacion', 'Lo que dijeron las y los participantes')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if items:
                cols.append(f'<div class="col"><div class="sec">{head}</div>' + ''.join(f'<div class="bub"><div class="t">Meta {f[2]}</div>{e(f[0])}</div>' for f in items) + '</div>')
        slide(f'<div class="kick">Estrategia {st["number"]} · Retroalimentación</div><h2>¿Qué se comentó?</h2><div class="cols">' + ''.join(cols) + '</div>')
    rows = ''.join(f'<tr><td>{k}</td><td>{e(ag["text"])}</td><td>{e(ag["responsible"])}</td></tr>' for k, ag in enumerate(a['agreements'], 1))
    slide(f'<div class="kick">Acuerdos</div><h2>Acuerdos de la sesión</h2><table class="ac"><tr><th>#</th><th>Acuerdo</th><th>Responsable</th></tr>{rows}</table>')
    n = a['next_slide']
    slide(f'<div class="end"><div class="kick">Próxima sesión</div><div class="big"><b>{e(n[0])}</b></div><div class="big">{e(n[1])}</div>'
          f'<h1 style="margin-top:10mm">¡Gracias!</h1><div>{e(a["coordinator"][0])} · {e(a["coordinator"][1])}</div></div>')
    return f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(a["ordinal"])} Sesión</title><style>{css}</style></head><body>' + ''.join(S) + '</body></html>'


def build_M2(a, path):
    """the deck kept in Word for the archive: landscape, one page per slide, shaded bands, tables for cards and tiles"""
    b = []
    first = [True]
    def band(kicker):
        pb = not first[0]; first[0] = False
        return P(R(kicker.upper(), b=True, color='FFFFFF', sz=18), ppr_extra=('<w:pageBreakBefore/>' if pb else '') + '<w:shd w:val="clear" w:color="auto" w:fill="9D2449"/>')
    b.append(band('Programa de Derechos Humanos de la Ciudad de México · Mecanismo de Seguimiento y Evaluación'))
    b.append(P(R(f"Espacio de Participación del {a['body']}", b=True, sz=40, color='9D2449'), before=600))
    b.append(P(R(f"{a['ordinal']} Sesión Ordinaria", b=True, sz=28)))
    b.append(P(R(f"{a['date_text']} · {a['start']} h", sz=26)))
    b.append(P(R(a['place'], sz=26)))
    b.append(P(R('Objetivo: ', b=True), R(a['objective']), before=240))
    b.append(band('Asistencia'))
    b.append(P(R('¿Quiénes participamos?', b=True, sz=30)))
    for s in (IE, OT, SC, SE):
        cards = [c for c in by_inst(a['attendance']) if c[2] == s]
        if not cards: continue
        b.append(P(R(SECTOR_CARD[s], b=True, color='FFFFFF'), ppr_extra='<w:shd w:val="clear" w:color="auto" w:fill="13322B"/>', after=40))
        cells = [C([P(R(inst, b=True, color='9D2449'), after=0)] + [P(R(split_name(r)), after=0) for r in rows], w=4500) for inst, rows, _s in cards]
        while len(cells) % 3: cells.append(C([P('')], w=4500))
        b.append(T([cells[k:k + 3] for k in range(0, len(cells), 3)], [4500, 4500, 4500]))
    for st in a['strategies']:
        b.append(band(f"Estrategia {st['number']}"))
        b.append(P(R(st['title'], b=True, sz=28)))
        cells = []
        for g in st['goals']:
            ok = bool(g['report'])
            ps = [P(R(f"META {g['id']}", b=True, sz=22)), P(R(g['text'])), P(R('Indicador · ', b=True), R(g['indicator'])),
                  P(R('Responsable · ', b=True), R(g['executor'])),
                  P(R('✔ Con informe' if ok else '✖ ' + g['status'], b=True, color='1E5B1C' if ok else '8A1010'))]
            if ok:
                tc = [C([P(R(tile(t)[0], b=True, sz=32, color='9D2449'), after=0), P(R(tile(t)[1], sz=16), after=0)], shade='F4ECE1') for t in g['report']]
                w = int((13500 // len(st['goals']) - 300) / len(tc))
                ps.append(T([tc], [w] * len(tc), borders=False, after=False))
                ps.append(P(''))
            cells.append(C(ps, w=13500 // len(st['goals'])))
        b.append(T([cells], [13500 // len(st['goals'])] * len(st['goals'])))
        b.append(band(f"Estrategia {st['number']} · Retroalimentación"))
        b.append(P(R('¿Qué se comentó?', b=True, sz=28)))
        for sec, head in (('retroalimentacion', 'Retroalimentación de la Secretaría Ejecutiva'), ('observacion', 'Lo que dijeron las y los participantes')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, b=True, color='FFFFFF'), ppr_extra='<w:shd w:val="clear" w:color="auto" w:fill="13322B"/>'))
            for f in items:
                b.append(P(R(f"Meta {f[2]}", b=True, sz=14, color='9D2449'), after=0))
                b.append(P(R(f[0]), ppr_extra='<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))
    b.append(band('Acuerdos'))
    b.append(P(R('Acuerdos de la sesión', b=True, sz=28)))
    rows = [[C([P(R(x, b=True, color='FFFFFF'))], shade='13322B') for x in ('#', 'Acuerdo', 'Responsable')]]
    rows += [[C(str(k)), C(ag['text']), C(ag['responsible'])] for k, ag in enumerate(a['agreements'], 1)]
    b.append(T(rows, [600, 10400, 2500], header_rows=1))
    b.append(band('Próxima sesión'))
    n = a['next_slide']
    b.append(P(R(n[0], b=True, sz=32), align='center', before=600))
    b.append(P(R(n[1], sz=28), align='center'))
    b.append(P(R('¡Gracias!', b=True, sz=44, color='9D2449'), align='center', before=400))
    b.append(P(R(f"{a['coordinator'][0]} · {a['coordinator'][1]}"), align='center'))
    b.append(sect(landscape=True, header=False, footer=True))
    D.write(path, ''.join(b), footer_xml=P(R(f"PDHCDMX · Espacio de Participación del {a['body']}\t{a['ordinal']} Sesión Ordinaria", sz=13, color='888888'), tabs=[13400]))



# ------------------------------------------------------------------ M3: Google Docs "meeting notes" export
GD = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'


def GR(text, b=False, i=False, sz=22, color=None, u=False):
    """Google Docs writes the font and size on every run"""
    rpr = GD + ('<w:b/>' if b else '') + ('<w:i/>' if i else '') + (f'<w:color w:val="{color}"/>' if color else '') + (f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>' if sz else '') + ('<w:u w:val="single"/>' if u else '')
    return R(text).replace('<w:r>', f'<w:r><w:rPr>{rpr}</w:rPr>', 1)


def GP(*runs, style=None, num=None, before=0, after=0):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else '') + '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += f'<w:spacing w:before="{before}" w:after="{after}" w:line="276" w:lineRule="auto"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(runs)}</w:p>'


def gd_numbering():
    def lvl(k, txt, ind):
        return (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
    bul = ''.join(lvl(k, t, 720 * (k + 1)) for k, t in enumerate('●○■●○■'))
    chk = ''.join(lvl(k, '☐', 720 * (k + 1)) for k in range(3))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>'
            f'<w:abstractNum w:abstractNumId="1">{bul}</w:abstractNum><w:abstractNum w:abstractNumId="2">{chk}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


GD_SECTOR = {IE: 'Gobierno de la Ciudad de México', OT: 'Otras instancias', SC: 'Organizaciones y comunidades', SE: 'Secretaría Ejecutiva'}


def build_M3(a, path):
    b, rels, rid, cm = [], [], [0], []
    def chip(name, url):
        rid[0] += 1; r = f'rIdL{rid[0]}'
        rels.append(HYPER_REL.format(rid=r, url=url))
        return f'<w:hyperlink r:id="{r}">{GR(name, color="1155CC", u=True)}</w:hyperlink>'
    b.append(GP(GR(f"Espacio de Participación de los {a['body']}", sz=26, color='666666'), style='Subtitle', after=60))
    b.append(GP(GR(f"{a['date_text']} | Reunión de trabajo {a['ordinal']}", sz=40), style='Heading1', before=200, after=120))
    b.append(GP(GR('Hora: ', b=True), GR(a['time_text']), GR('   ·   '), GR('Lugar: ', b=True), GR(a['place'])))
    b.append(GP(GR('Coordina: ', b=True), GR(f"{a['coordinator'][0]} ({a['coordinator'][1]})"), GR('   ·   '), GR('Notas: ', b=True), GR('Mateo Rivas Contreras'), after=120))
    b.append(GP(GR('Asistentes', sz=32), style='Heading2', before=240, after=80))
    for s in (IE, OT, SC, SE):
        rows = [r for r in a['attendance'] if r[4] == s]
        if not rows: continue
        b.append(GP(GR(GD_SECTOR[s], sz=28, color='434343'), style='Heading3', before=160, after=40))
        for r in rows:
            b.append(GP(chip(r[0], r[5]), GR(' · ' + r[2]), num=(1, 0)))
    b.append(GP(GR('Notas', sz=32), style='Heading2', before=240, after=80))
    supp = 0
    for st in a['strategies']:
        b.append(GP(GR(f"Estrategia {st['number']} — {st['title']}", sz=28, color='434343'), style='Heading3', before=160, after=40))
        for g in st['goals']:
            b.append(GP(GR(f"Meta {g['id']}", b=True), GR(' — ' + g['text']), num=(2, 0)))
            b.append(GP(GR('Indicador: ', b=True), GR(g['indicator']), num=(2, 1)))
            b.append(GP(GR('Ejecuta: ', b=True), GR(g['executor']), num=(2, 1)))
            if g['report']:
                rep = ' '.join(g['report'])
                sug = a.get('suggestion')
                if sug and sug[0] == g['id'] and sug[2] in rep:
                    pre, post = rep.split(sug[2], 1)
                    runs = GR(pre) + del_run(sug[1], 700, author='Abril Santiago Cruz', date='2023-02-17T09:12:00Z') + f'<w:ins w:id="701" w:author="Abril Santiago Cruz" w:date="2023-02-17T09:12:00Z">{GR(sug[2])}</w:ins>' + GR(post)
                else:
                    runs = GR(rep)
                b.append(GP(GR('Avance reportado: ', b=True), runs, num=(2, 1)))
            else:
                status = GR(g['status'], i=True, color='CC0000')
                if a.get('comment') and a['comment'][0] == g['id']:
                    cm.append(('Mateo Rivas Contreras', a['comment'][1])); status = commented(len(cm) - 1, status)
                b.append(GP(GR('Avance reportado: ', b=True), status, num=(2, 1)))
            items = [f for f in st['feedback'] if f[2] == g['id']]
            if items:
                b.append(GP(GR('Comentarios:', b=True), num=(2, 1)))
                for f in items:
                    b.append(GP(GR(f[4] + ': ', b=True), GR(f[0]), num=(2, 2)))
    b.append(GP(GR('Elementos de acción', sz=32), style='Heading2', before=240, after=80))
    for ag in a['agreements']:
        b.append(GP(GR(ag['text']), GR(f" — {ag['responsible']} · {ag['due']}", color='666666'), num=(3, 0)))
    b.append(GP(GR('Próxima reunión', sz=32), style='Heading2', before=240, after=80))
    n = a['number'] + 1
    b.append(GP(GR(f'Reunión de trabajo #{n}: ', b=True), GR(a['next_text'])))
    b.append('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/><w:pgNumType w:start="1"/></w:sectPr>')
    parts = [comments_part(cm)] if cm else []
    D.write(path, ''.join(b), numbering_xml=gd_numbering(), settings_extra='<w:revisionView w:markup="false"/>', extra_rels=rels + ([COMMENTS_REL] if cm else []), extra_parts=parts)



# ------------------------------------------------------------------ M4: minutes book, numbered paragraphs with marginal rubrics
FEM = ('Secretaría', 'Delegación', 'Red', 'Unión', 'Procuraduría', 'Casa', 'Comisión', 'Coordinación')


def art(inst):
    return 'la' if inst.split()[0] in FEM else 'el'


def por(inst):
    return f"por {art(inst)} {inst}".replace('por el ', 'por el ')


def build_M4(a, path):
    rows, n = [], [0]
    def row(rubric, text, bold_lead=None):
        n[0] += 1
        m = [P(R(str(n[0]), b=True, sz=18), align='right', after=0)]
        if rubric: m.append(P(R(rubric, i=True, sz=16), align='right', after=0))
        runs = ([R(bold_lead, b=True)] if bold_lead else []) + [R(text)]
        rows.append([C(m, w=1900), C([P(*runs, align='both', ppr_extra='<w:spacing w:line="360" w:lineRule="auto" w:after="120"/><w:ind w:firstLine="567"/>')], w=7700)])
    c = a['coordinator']
    row('Apertura', f"{a['town']}, siendo las {a['start']} horas del día {a['date_text']}, en {art(a['place'])} {a['place']}, se reunieron las personas "
                    f"integrantes del Espacio de Participación de los {a['body']}, bajo la coordinación de la Ing. {c[0]}, {c[1]}, para celebrar su "
                    f"{a['ordinal']} Sesión Ordinaria, conforme a la convocatoria emitida el {a['convened']}.")
    row('Asistencia', 'Se pasó lista de asistencia y se hizo constar la presencia de las personas siguientes:')
    for s, head in ((IE, 'Por las instancias ejecutoras: '), (OT, 'Por otras instancias: '), (SC, 'Por la sociedad civil: '), (SE, 'Por la Secretaría Ejecutiva: ')):
        people = [r for r in a['attendance'] if r[4] == s]
        if not people: continue
        groups_, order = {}, []
        for r in people:
            if r[2] not in groups_: groups_[r[2]] = []; order.append(r[2])
            groups_[r[2]].append(f"{r[1]} {r[0]}")
        parts = []
        for inst in order:
            ppl = groups_[inst]
            who = ppl[0] if len(ppl) == 1 else ', '.join(ppl[:-1]) + ' y ' + ppl[-1]
            parts.append(f"{por(inst)}, {who}")
        tail = ', quien funge como secretario de actas' if s == SE else ''
        row(None, '; '.join(parts) + tail + '.', bold_lead=head)
    row('Quórum', f"Verificado el quórum, la Coordinadora declaró instalada la sesión a las {a['installed']} horas y sometió a consideración de las personas presentes el orden del día, que fue aprobado por unanimidad.")
    row('Acta anterior', f"Se dio lectura al acta número {a['prev'][0]}, correspondiente a la sesión del {a['prev'][1]}, que fue aprobada sin observaciones y firmada al margen.")
    for st in a['strategies']:
        row(f"Estrategia {st['number']}", f"Acto seguido se dio seguimiento a la estrategia {st['number']}, «{st['title']}».")
        for g in st['goals']:
            row(f"Meta {g['id']}", f"Meta {g['id']}. {g['text']}. Indicador: {g['indicator']}. Instancia ejecutora: {g['executor']}.")
            if g['report']:
                row('Informe', f"{art(g['executor']).capitalize()} {g['executor']} dio lectura a su informe, que se transcribe: «{' '.join(g['report'])}»")
            else:
                row('Informe', f"Se hizo constar que {art(g['executor'])} {g['executor']} no presentó informe respecto de esta meta.")
            for f in fb_for(st, g['id']):
                row('Retroalimentación' if f[1] == 'retroalimentacion' else 'Observación', f[0])
    row('Asuntos generales', a['general'])
    row('Acuerdos', 'Desahogados los puntos del orden del día, se tomaron los acuerdos siguientes:')
    for ag in a['agreements']:
        row(f"Acuerdo {ag['due']}", ag['text'])
    row('Cierre', f"No habiendo otro asunto que tratar, se dio por concluida la sesión a las {a['end']} horas del día de su inicio, firmando al margen y al calce quienes en ella intervinieron.")
    bd = ''.join(f'<w:{x} w:val="nil"/>' for x in ('top', 'left', 'bottom', 'right', 'insideH')) + '<w:insideV w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
    grid = '<w:gridCol w:w="1900"/><w:gridCol w:w="7700"/>'
    tbl = (f'<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="140" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
           + ''.join(f'<w:tr>{"".join(r)}</w:tr>' for r in rows) + '</w:tbl>')
    b = [P(R(f"ACTA NÚM. {a['code']}", b=True, sz=26), align='center', after=0),
         P(R(f"Espacio de Participación de los {a['body']}", b=True, caps=True, sz=20), align='center', after=240),
         tbl, P(''), P(''),
         T([[C([P(R('_' * 32), align='center', after=0), P(R('Ing. ' + c[0]), align='center', after=0), P(R(c[1]), align='center')], w=4800),
             C([P(R('_' * 32), align='center', after=0), P(R('Lic. ' + a['attendance'][-1][0]), align='center', after=0), P(R('Secretario de actas'), align='center')], w=4800)]],
           [4800, 4800], borders=False)]
    foja = field_complex('PAGE', R('1'))   # the section's page numbering starts at the book's foja (w:pgNumType w:start)
    hdr = P(R('LIBRO DE ACTAS · Espacio de Participación · Libro II', sz=15, color='555555'), R('\tFoja ', sz=15, b=True), foja,
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9600"/></w:tabs><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>')
    ftr = P(R('Rúbricas: ____________   ____________   ____________', sz=15, color='555555'), align='right')
    b.append(sect().replace('<w:cols', f'<w:pgNumType w:start="{a["folio"]}"/><w:cols'))
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr)



# ------------------------------------------------------------------ M5: civil-society relatoría (letterhead, Google Forms list, semáforo)
LIGHT = {'Verde': 'B6E3B0', 'Amarillo': 'FCE99B', 'Rojo': 'F4B0A8'}
OSC_GREEN = '2E6B4F'


def FR(t, **kw):
    return R(t, **kw).replace('<w:r>', '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr>', 1) if '<w:rPr>' not in R(t, **kw) else R(t, **kw).replace('<w:rPr>', '<w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/>', 1)


def build_M5(a, path):
    from content import FORM_TYPE
    b = []
    h2 = lambda t: P(FR(t, b=True, sz=26, color=OSC_GREEN), before=240, after=80, keep=True)
    b.append(P(FR('Relatoría ciudadana', b=True, sz=40, color=OSC_GREEN), after=0))
    b.append(P(FR(f"{a['ordinal']} sesión ordinaria del Espacio de Participación de {a['body']}", sz=26), after=200))
    b.append(P(R(f"La sesión se realizó el {a['date_text']}, de {a['start']} a {a['end']} horas, en la {a['place']}. Fue convocada por la Secretaría Ejecutiva "
                 "del Mecanismo de Seguimiento y Evaluación del PDHCDMX y co-coordinada por nuestra organización. En esta relatoría recogemos lo que se "
                 "informó, lo que se comentó y los compromisos que quedaron, para que cualquier persona pueda darles seguimiento."), align='both'))
    b.append(h2('¿Quiénes participamos?'))
    b.append(P(R('Registro tomado del formulario de asistencia (respuestas exportadas de Google Forms, sin correcciones):', i=True, sz=18)))
    rows = [[C([P(R(t, b=True, sz=17, color='FFFFFF'), after=0)], shade='673AB7') for t in ('Marca temporal', 'Nombre completo', 'Institución u organización', 'Tipo de participante')]]
    for n, _t, inst, _k, s, ts in sorted(a['attendance'], key=lambda r: r[5]):
        rows.append([C([P(R(v, sz=17), after=0)]) for v in (ts, n, inst, FORM_TYPE[s])])
    b.append(T(rows, [1900, 2700, 2900, 2300], header_rows=1))
    if a.get('key_fact'):
        cellpr = '<w:tcBorders><w:left w:val="single" w:sz="36" w:space="0" w:color="2E6B4F"/><w:top w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
        b.append(T([[C([P(FR(a['key_fact'], b=True, sz=22, color=OSC_GREEN))], shade='E8F3EE').replace('<w:tcPr>', '<w:tcPr>' + cellpr, 1)]], [9800], borders=False))
    fn_ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    b.append(h2('¿Qué se informó? Semáforo de cumplimiento'))
    b.append(P(R('Para cada meta revisada anotamos lo que reportó la instancia responsable y le asignamos un color'), fn_ref, R('.')))
    for st in a['strategies']:
        b.append(P(FR(f"Estrategia {st['number']} | {st['title']}", b=True, sz=22), before=160, keep=True))
        rows = [[C([P(R(t, b=True, sz=17), after=0)], shade='D9EAD3') for t in ('Meta', 'Indicador', 'Responsable', 'Lo reportado', 'Semáforo')]]
        for g in st['goals']:
            if g['report']:
                col = st['light'][g['id']]; light = col
            else:
                col = 'Rojo'; light = g['status']
            rows.append([C([P(R(g['id'], b=True, sz=17), after=0), P(R(g['text'], sz=17), after=0)]), C([P(R(g['indicator'], sz=17), after=0)]),
                         C([P(R(g['executor'], sz=17), after=0)]), C([P(R(' '.join(g['report']) if g['report'] else '—', sz=17), after=0)]),
                         C([P(R('● ', color={'Verde': '2E7D32', 'Amarillo': 'C9A400', 'Rojo': 'C62828'}[col], sz=17), R(light, b=True, sz=17), after=0)], shade=LIGHT[col])])
        b.append(T(rows, [2100, 1900, 1500, 3100, 1200], header_rows=1))
        for sec, head in (('retroalimentacion', 'Lo que dijo la Secretaría Ejecutiva'), ('observacion', 'Nuestra lectura y la de otras participantes')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, b=True, i=True, color=OSC_GREEN), keep=True))
            for f in items:
                b.append(P(R(f"Meta {f[2]} → ", b=True), R(f[0]), ind=(284, 0), align='both'))
    b.append(h2('Compromisos'))
    rows = [[C([P(R(t, b=True, sz=18), after=0)], shade='D9EAD3') for t in ('¿Qué?', '¿Quién?', '¿Para cuándo?')]]
    rows += [[C([P(R(ag['text']), after=0)]), C([P(R(ag['responsible']), after=0)]), C([P(R(ag['due']), after=0)])] for ag in a['agreements']]
    b.append(T(rows, [5600, 2500, 1700], header_rows=1))
    c = a['coordinator']
    b.append(P(R(f"Relatoría elaborada por {c[0]}, {c[1]} ({OSC_NAME}). Validada por la Secretaría Ejecutiva el {a['validated']}.", i=True, sz=18), before=200))
    b.append(sect())
    hdr = T([[C([P(FR('OBSERVATORIO CIUDADANO', b=True, sz=22, color='FFFFFF'), after=0), P(FR('DEL GASTO PÚBLICO, A.C.', sz=16, color='FFFFFF'), after=0)], w=3600, shade=OSC_GREEN),
              C([P(R('Presupuestos que garantizan derechos', i=True, sz=16, color=OSC_GREEN), align='right')], w=6200)]], [3600, 6200], borders=False, after=False) + '<w:p/>'
    ftr = P(R(f"www.ocgp.org.mx · contacto@ocgp.org.mx · Relatoría ciudadana, EP Presupuesto\t", sz=14, color='777777'), D.PAGE_FIELD, tabs=None,
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9800"/></w:tabs>')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr,
            footnotes=['Verde: la instancia reportó avances que corresponden al indicador. Amarillo: reportó acciones que no permiten medir por completo el indicador. Rojo: no entregó información.'])


OSC_NAME = 'Observatorio Ciudadano del Gasto Público, A.C.'



# ------------------------------------------------------------------ M6: English-trained consultant's template, Spanish content
GROUP = {IE: 'GOV', SC: 'CSO', OT: 'OTH', SE: 'SE'}
RAG_FILL = {'G': '92D050', 'A': 'FFC000', 'R': 'FF5050'}
NAVY = '1F3864'


def m6_numbering():
    lv = lambda k, t, ind: (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/>'
                            f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>')
    bul = lambda k: (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>'
                     f'<w:pPr><w:ind w:left="{720 + 360 * k}" w:hanging="360"/></w:pPr></w:lvl>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{lv(0, "%1.", 432)}{lv(1, "%1.%2", 576)}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>{bul(0)}{bul(1)}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def date_control_en(text, iso):
    pr = (f'<w:alias w:val="Meeting date"/><w:tag w:val="MeetingDate"/><w:id w:val="{int(iso.replace("-", "")) % 99999999}"/>'
          f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{R(text)}</w:sdtContent></w:sdt>'


def build_M6(a, path):
    b = []
    H1 = lambda t: P(R(t, b=True, sz=24, color=NAVY), num=(1, 0), before=240, after=80, keep=True)
    H2 = lambda t: P(R(t, b=True, sz=21, color=NAVY), num=(1, 1), before=160, after=60, keep=True)
    BL = lambda *runs: P(*runs, num=(2, 0), after=40)
    lab = lambda t: C([P(R(t, b=True, sz=18, color='FFFFFF'), after=0)], w=2200, shade=NAVY)
    b.append(P(R('MEETING MINUTES', b=True, sz=36, color=NAVY), after=0))
    b.append(P(R('Minuta de reunión', i=True, sz=22, color='595959'), after=160))
    c = a['coordinator']
    details = [('Meeting', [R(f"{a['ordinal']} Sesión Ordinaria del Espacio de Participación de {a['body']}")]),
               ('Session no.', [R(a['ref'].split('/')[-2] + '/' + a['ref'].split('/')[-1])]),
               ('Date', [date_control_en(a['date_text'], a['date'])]),
               ('Time', [R(f"{a['start']} – {a['end']} h")]),
               ('Venue', [R(a['place'])]),
               ('Purpose', [R(a['objective'])]),
               ('Chair', [R(f"Mtra. {c[0]}, {c[1]}")]),
               ('Minute taker', [R('Andrea Solórzano Pliego (Ágora Pública Consultores, S.C.)')]),
               ('Quorum', [R(a['quorum'])])]
    b.append(T([[lab(k), C([P(*v, after=0)], w=7600)] for k, v in details], [2200, 7600]))
    b.append(H1('Attendance'))
    b.append(H2('Present'))
    rows = [[C([P(R(t, b=True, sz=17, color='FFFFFF'), after=0)], shade=NAVY) for t in ('Name', 'Organisation', 'Role', 'Group')]]
    for n, t, inst, _k, s, role in a['attendance']:
        rows.append([C([P(R(f"{t} {n}", sz=18), after=0)]), C([P(R(inst, sz=18), after=0)]), C([P(R(role, sz=18), after=0)]), C([P(R(GROUP[s], sz=18), align='center', after=0)])])
    b.append(T(rows, [2600, 3400, 2800, 1000], header_rows=1, after=False))
    b.append(P(R('Group: GOV = instancia ejecutora del Gobierno de la Ciudad; OTH = otras instancias; CSO = organización de la sociedad civil; SE = Secretaría Ejecutiva.', i=True, sz=15, color='595959')))
    b.append(H2('Apologies'))
    for who, org, why in a['apologies']:
        b.append(BL(R(f"{who} ({org}) — {why}")))
    b.append(H1('Agenda'))
    for k, item in enumerate(('Bienvenida, registro de asistencia y verificación del quórum', 'Seguimiento de las acciones de la sesión anterior',
                              'Seguimiento de estrategias del Programa', 'Asuntos generales (AOB)', 'Acciones, acuerdos y próxima sesión'), 1):
        b.append(P(R(f"{k})\t{item}"), tabs=[567], ind=(567, 567), after=20))
    b.append(H1('Matters arising from previous minutes'))
    for code, what, st in a['matters']:
        b.append(BL(R(f"Action {code} — {what}: "), R(st, b=True)))
    b.append(H1('Strategy follow-up'))
    for st in a['strategies']:
        b.append(H2(f"Estrategia {st['number']} — {st['title']}"))
        rows = [[C([P(R(t, b=True, sz=17, color='FFFFFF'), after=0)], shade=NAVY) for t in ('Goal', 'KPI (indicador)', 'Owner', 'Update reported', 'RAG')]]
        for g in st['goals']:
            rag = st['rag'][g['id']]
            rows.append([C([P(R(g['id'], b=True, sz=17), after=0), P(R(g['text'], sz=17), after=0)]), C([P(R(g['indicator'], sz=17), after=0)]),
                         C([P(R(g['executor'], sz=17), after=0)]), C([P(R(' '.join(g['report']) if g['report'] else g['status'], sz=17, i=not g['report']), after=0)]),
                         C([P(R(rag, b=True, sz=20), align='center', after=0)], shade=RAG_FILL[rag], valign='center')])
        b.append(T(rows, [2300, 1900, 1600, 3400, 600], header_rows=1, after=False))
        b.append(P(R('RAG: G = on track; A = partial / needs attention; R = no update or off track.', i=True, sz=15, color='595959')))
        for sec, head in (('retroalimentacion', 'Key points raised (Secretaría Ejecutiva)'), ('observacion', 'Stakeholder comments')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, b=True, sz=19), keep=True, after=40))
            for f in items:
                b.append(BL(R(f"[{f[2]}] ", b=True, color=NAVY), R(f[0])))
    b.append(H1('Any other business (AOB)'))
    b.append(P(R(a['aob']), align='both'))
    b.append(H1('Actions & decisions'))
    rows = [[C([P(R(t, b=True, sz=17, color='FFFFFF'), after=0)], shade=NAVY) for t in ('#', 'Action', 'Owner', 'Due date', 'Status')]]
    n = a['number']
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C([P(R(f"{n}.{k}", sz=18), after=0)]), C([P(R(ag['text'], sz=18), after=0)]), C([P(R(ag['responsible'], sz=18), after=0)]),
                     C([P(R(ag['due'], sz=18), after=0)]), C([P(R(ag['state'], sz=18), after=0)])])
    b.append(T(rows, [600, 4600, 2200, 1400, 1000], header_rows=1))
    b.append(H1('Next meeting'))
    b.append(P(R('Date of next meeting: ', b=True), R(a['next_text'])))
    b.append(P(''))
    b.append(T([[C([P(R('Minutes approved by (Chair):', sz=17, color='595959'), after=400), P(R('_' * 34), after=0), P(R(f"Mtra. {c[0]}"), after=0), P(R(c[1], sz=18))], w=4900),
                 C([P(R('Minutes prepared by:', sz=17, color='595959'), after=400), P(R('_' * 34), after=0), P(R('Andrea Solórzano Pliego'), after=0), P(R('Ágora Pública Consultores, S.C.', sz=18))], w=4900)]],
               [4900, 4900], borders=False))
    b.append(sect())
    hdr = T([[C([P(R('MEETING MINUTES', b=True, sz=16, color=NAVY), after=0), P(R(f"Espacio de Participación de {a['body']}", sz=14), after=0)], w=5600),
              C([P(R(f"Doc. ref.: {a['ref']}", sz=14), align='right', after=0), P(R('Version 1.0 · Status: Final', sz=14), align='right', after=0)], w=4200)]],
            [5600, 4200], borders=False, after=False) + P(R(''), ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F3864"/></w:pBdr>')
    ftr = P(R('Ágora Pública Consultores, S.C. para la Secretaría Ejecutiva del MSyE del PDHCDMX\tPage ', sz=14, color='595959'),
            field_complex('PAGE', R('1', sz=14)), R(' of ', sz=14, color='595959'), field_complex('NUMPAGES', R('3', sz=14)),
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9800"/></w:tabs>')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr, numbering_xml=m6_numbering())


BUILDERS = {'M1': build_M1, 'M2': build_M2, 'M3': build_M3, 'M4': build_M4, 'M5': build_M5, 'M6': build_M6}
HTML = {'M1': html_M1, 'M2': html_M2}


def pdf_from_docx(docx_path, fmt='pdf'):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-m', '--headless', '--convert-to', fmt, '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXTRA_FORMATS = {'blind-m-rural-11-2017-11-09': ['odt'], 'blind-m-indigenas-09-2023-03-16': ['doc'], 'blind-m-animales-04-2024-06-13': ['odt']}   # stem -> ['odt'] / ['doc']


def main(layouts):
    os.makedirs(os.path.join(OUT, 'src', 'html'), exist_ok=True)
    for a in ACTAS:
        if layouts and a['layout'] not in layouts: continue
        if a['layout'] not in BUILDERS: continue
        stem = os.path.join(OUT, a['stem'])
        BUILDERS[a['layout']](a, stem + '.docx')
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        if a['layout'] in CHROMIUM_LAYOUTS:
            hp = os.path.join(OUT, 'src', 'html', a['stem'] + '.html')
            with open(hp, 'w', encoding='utf-8') as f: f.write(HTML[a['layout']](a))
            pdf_from_html(hp, stem + '.pdf')
        else:
            pdf_from_docx(stem + '.docx')
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            pdf_from_docx(stem + '.docx', fmt)
        print('built', a['stem'])


if __name__ == '__main__':
    main(set(sys.argv[1:]))
