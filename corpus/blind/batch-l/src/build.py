# -*- coding: utf-8 -*-
"""Render batch L from content.py: .docx (all), .html (Chromium layouts), .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc, cell, table, sect, sect_para
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'L2', 'L5'}
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
        'corpus': {'layout': a['layout'], 'origin': 'blind-l', 'notes': a['notes']},
    }



def que(verb):
    return verb if verb.endswith(' que') else verb + ' que'


# ------------------------------------------------------------------ L1: numbered-section minuta, all Normal + manual bold, narrative reports
def build_L1(a, path):
    b = []
    sp = lambda: b.append(EMPTY)          # Enter-Enter spacing
    b.append(P(R(f"MINUTA DE LA {a['ordinal']} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN", b=True, sz=24), align='center'))
    b.append(P(R(a['body'], b=True, sz=24), align='center'))
    sp(); sp()
    for lab, val in (('Fecha:', a['date_text']), ('Hora:', a['start'] + ' horas'), ('Sede:', a['place'])):
        b.append(P(R(lab, b=True), R('\t' + val), tabs=[1418], ind=(1418, 1418)))
    sp()
    b.append(P(R('ORDEN DEL DÍA', b=True)))
    items = ['Lista de asistencia y declaración de quórum', 'Lectura y aprobación del orden del día',
             'Seguimiento de las estrategias del Programa', 'Asuntos generales', 'Acuerdos']
    for k, t in enumerate(items, 1):
        b.append(P(R(f'{k}.\t{t}'), tabs=[567], ind=(567, 567)))
    sp()
    # 1. attendance: sector line, institution (bold), bulleted names
    b.append(P(R('1. Lista de asistencia y declaración de quórum', b=True)))
    sp()
    n = len(a['attendance'])
    b.append(P(R(f'Se pasó lista de asistencia y, con la presencia de {n} personas integrantes del Espacio, se declaró la existencia de quórum para sesionar. Asistieron:'), align='both'))
    sp()
    heads = {IE: 'Por las instancias ejecutoras', OT: 'Por otras instancias públicas', SC: 'Por las organizaciones de la sociedad civil', SE: 'Por la Secretaría Ejecutiva'}
    for s, rows in groups(a['attendance']):
        b.append(P(R(heads[s] + ':', i=True, u=True)))
        insts = []
        for r in rows:
            if r[2] not in insts: insts.append(r[2])
        for inst in insts:
            b.append(P(R(inst, b=True), before=60, after=0))
            for nm, t, i, *_ in rows:
                if i == inst:
                    b.append(P(R(f'{t} {nm}'), num=(1, 0), after=0))
        sp()
    # 2.
    se = [r for r in a['attendance'] if r[4] == SE][0]
    b.append(P(R('2. Lectura y aprobación del orden del día', b=True)))
    sp()
    b.append(P(R(f'La {se[1]} {se[0]}, de la Secretaría Ejecutiva, dio lectura al orden del día, que fue aprobado por unanimidad.'), align='both'))
    sp()
    # 3. narrative
    b.append(P(R('3. Seguimiento de las estrategias del Programa', b=True)))
    sp()
    for k, st in enumerate(a['strategies'], 1):
        b.append(P(R(f"3.{k} Estrategia {st['number']}. {st['title']}", b=True), keep=True))
        sp()
        for g in st['goals']:
            art = 'La' if g['executor'].split()[0] in ('Secretaría', 'Procuraduría', 'Subsecretaría', 'Dirección', 'Universidad', 'Comisión') else 'El'
            if g['report']:
                txt = f"{art} {g['executor']}, en relación con la meta {g['id']} («{g['text']}»), cuyo indicador es «{g['indicator']}», informó que {' '.join(g['report'])}"
            else:
                txt = f"{art} {g['executor']} {g['status']} respecto de la meta {g['id']} («{g['text']}»), cuyo indicador es «{g['indicator']}»."
            b.append(P(R(txt), align='both'))
            sp()
        for sec, head in (('retroalimentacion', 'Retroalimentación de la Secretaría Ejecutiva:'), ('observacion', 'Observaciones de las personas participantes:')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, i=True)))
            for t, _s, gl, _l, (who, verb) in items:
                b.append(P(R(f"{who} respecto de la meta {gl}, {que(verb)} {t}" if who.endswith(',') else f"{who}, respecto de la meta {gl}, {que(verb)} {t}"), align='both'))
            sp()
    # 4.
    b.append(P(R('4. Asuntos generales', b=True)))
    sp()
    b.append(P(R(a.get('generales', 'No se registraron asuntos generales.')), align='both'))
    sp()
    # 5.
    b.append(P(R('5. Acuerdos', b=True)))
    sp()
    for k, ag in enumerate(a['agreements'], 1):
        b.append(P(R(f"5.{k}\t{ag['text']}"), tabs=[567], ind=(567, 567), align='both'))
    sp()
    h, m = a['end'].split(':')
    b.append(P(R(f'No habiendo más asuntos que tratar, se dio por concluida la sesión siendo las {a["end"]} horas del mismo día.'), align='both'))
    sp(); sp(); sp()
    b.append(P(R('_______________________________'), align='center'))
    b.append(P(R(f"Mtra. {a['coordinator'][0]}", b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    D.write(path, ''.join(b),
            header_xml=P(R('Programa de Derechos Humanos de la Ciudad de México · Espacio de Participación', sz=16), align='right'),
            footer_xml=P(R(f"Minuta de la {a['ordinal']} Sesión Ordinaria — ", sz=16), D.PAGE_FIELD, align='center'),
            numbering_xml=numbering_xml([(1, 'bullet', '•', 1)]))



# ------------------------------------------------------------------ L2: intranet form (SISE-PDH), Chromium PDF; docx = the system's "Exportar a Word"
ABBR = {IE: 'IE', OT: 'OI', SC: 'OSC', SE: 'SE'}
LEGEND = 'IE: instancia ejecutora · OI: otra instancia pública · OSC: organización de la sociedad civil · SE: Secretaría Ejecutiva'
FB_TAG = {'retroalimentacion': 'Retroalimentación', 'observacion': 'Observación'}


def by_institution(att):
    out = []
    for n, t, i, k, s, c in att:
        for row in out:
            if row[0] == i: row[1].append(n); break
        else:
            out.append([i, [n], s])
    return out


def initials(who):
    w = [x for x in re.split(r'[\s(]+', who) if x and x[0].isupper()]
    return (w[0][0] + (w[1][0] if len(w) > 1 else '')).upper()


def html_L2(a):
    e = H.escape
    css = """
@page { size: letter; margin: 12mm 16mm 12mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
.page { width: 100%; border-collapse: collapse; }
.page > thead td, .page > tfoot td, .page > tbody > tr > td { border: none; padding: 0; }
.topbar { border-bottom: 2px solid #6b1d3a; font-size: 8pt; color: #6b1d3a; display: flex; justify-content: space-between; padding-bottom: 1mm; margin-bottom: 4mm; }
.botbar { font-size: 7pt; color: #777; border-top: 1px solid #ccc; padding-top: 1mm; margin-top: 4mm; }
h1 { font-size: 15pt; color: #6b1d3a; margin: 0 0 2mm 0; }
.sub { font-size: 10pt; margin-bottom: 4mm; }
fieldset { border: 1px solid #bbb; border-radius: 4px; margin: 0 0 5mm 0; padding: 3mm 4mm; }
legend { font-weight: bold; color: #6b1d3a; padding: 0 2mm; }
.grid { display: grid; grid-template-columns: 34mm 1fr 34mm 1fr; gap: 2mm 3mm; }
.lbl { color: #555; font-size: 8.5pt; text-align: right; padding-top: 1mm; }
.val { border: 1px solid #ccc; background: #f7f7f7; padding: 1mm 2mm; border-radius: 2px; }
.wide { grid-column: span 3; }
table { border-collapse: collapse; width: 100%; }
th { background: #ececec; text-align: left; font-size: 8.5pt; }
th, td { border: 1px solid #bbb; padding: 1.2mm 2mm; vertical-align: top; }
.legend { font-size: 7.5pt; color: #555; margin-top: 1.5mm; }
.card { border: 1px solid #ccc; border-left: 4px solid #6b1d3a; margin: 0 0 4mm 0; padding: 2mm 3mm; break-inside: avoid; }
.card h3 { font-size: 10pt; margin: 0 0 2mm 0; }
.goal { border-top: 1px dashed #bbb; padding-top: 2mm; margin-top: 2mm; }
.row { display: grid; grid-template-columns: 32mm 1fr; gap: 2mm; margin-bottom: 1mm; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 6px; font-size: 8pt; }
.ok { background: #dff0d8; } .no { background: #f8d7da; }
table.qty td:last-child, table.qty th:last-child { text-align: right; width: 28mm; }
.cm { display: grid; grid-template-columns: 9mm 1fr; gap: 2mm; margin: 2mm 0; }
.av { width: 8mm; height: 8mm; border-radius: 4mm; background: #6b1d3a; color: #fff; font-size: 7pt; text-align: center; line-height: 8mm; }
.meta { font-size: 7.5pt; color: #777; }
.firmas { display: flex; gap: 10mm; margin-top: 6mm; }
"""
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>SISE-PDH · {e(a["folio"])}</title><style>{css}</style></head><body>']
    # the intranet's print view: one outer table whose thead/tfoot Chromium repeats on every page
    h.append(f'<table class="page"><thead><tr><td><div class="topbar"><span>SISE-PDH · Sistema de Seguimiento del Programa de Derechos Humanos</span><span>Folio: {e(a["folio"])}</span></div></td></tr></thead>')
    h.append(f'<tfoot><tr><td><div class="botbar">Documento generado por SISE-PDH el {e(a["generated"])} · Uso interno</div></td></tr></tfoot><tbody><tr><td>')
    h.append('<h1>Registro de minuta</h1>')
    h.append(f'<div class="sub">Espacio de Participación: <b>{e(a["body"])}</b></div>')
    h.append('<fieldset><legend>Datos de la sesión</legend><div class="grid">')
    def f(l, v, wide=False):
        h.append(f'<div class="lbl">{e(l)}</div><div class="val{" wide" if wide else ""}">{e(v)}</div>')
    f('Sesión', f"{a['ordinal']} {a['kind']}"); f('Modalidad', a['mode'])
    f('Fecha de la sesión', a['date_text']); f('Hora de inicio', a['start'])
    f('Hora de término', a['end']); f('Folio', a['folio'])
    f('Sede', a['place'], True); f('Tema', a['topic'], True); f('Objetivo', a['objective'], True)
    h.append('</div></fieldset>')
    h.append('<fieldset><legend>Asistencia</legend><table><tr><th style="width:45%">Institución</th><th>Asistente(s)</th><th style="width:14mm">Sector</th></tr>')
    for inst, names, s in by_institution(a['attendance']):
        h.append(f'<tr><td>{e(inst)}</td><td>{"<br>".join(e(n) for n in names)}</td><td>{ABBR[s]}</td></tr>')
    h.append(f'</table><div class="legend">{e(LEGEND)}</div></fieldset>')
    h.append('<fieldset><legend>Seguimiento de estrategias</legend>')
    for st in a['strategies']:
        h.append(f'<div class="card"><h3>Estrategia {st["number"]} — {e(st["title"])}</h3>')
        for g in st['goals']:
            h.append(f'<div class="goal"><div class="row"><div class="lbl">Meta {g["id"]}</div><div>{e(g["text"])}</div></div>')
            h.append(f'<div class="row"><div class="lbl">Indicador</div><div>{e(g["indicator"])}</div></div>')
            h.append(f'<div class="row"><div class="lbl">Instancia ejecutora</div><div>{e(g["executor"])}</div></div>')
            ok = bool(g['report'])
            h.append(f'<div class="row"><div class="lbl">Estado del informe</div><div><span class="badge {"ok" if ok else "no"}">{"Recibido" if ok else e(g["status"])}</span></div></div>')
            if ok:
                parts = []
                for x in g['report']:
                    if isinstance(x, str): parts.append(f'<div>{e(x)}</div>')
                    else:
                        parts.append('<table class="qty"><tr><th>Actividad</th><th>Cantidad</th></tr>' + ''.join(f'<tr><td>{e(p)}</td><td>{e(q)}</td></tr>' for p, q in x) + '</table>')
                h.append(f'<div class="row"><div class="lbl">Informe</div><div>{"".join(parts)}</div></div>')
            h.append('</div>')
        h.append('<div class="goal"><b>Comentarios</b>')
        for t, sec, gl, _l, who in st['feedback']:
            h.append(f'<div class="cm"><div class="av">{initials(who)}</div><div><div class="meta">{e(who)} · {FB_TAG[sec]} · Meta {gl}</div><div>{e(t)}</div></div></div>')
        h.append('</div></div>')
    h.append('</fieldset>')
    h.append('<fieldset><legend>Acuerdos</legend><table><tr><th style="width:8mm">No.</th><th>Acuerdo</th><th style="width:30mm">Responsable</th><th style="width:22mm">Plazo</th><th style="width:20mm">Estatus</th></tr>')
    for k, ag in enumerate(a['agreements'], 1):
        h.append(f'<tr><td>{k}</td><td>{e(ag["text"])}</td><td>{e(ag["responsible"])}</td><td>{e(ag["due"])}</td><td>{e(ag["state"])}</td></tr>')
    h.append('</table></fieldset>')
    h.append(f'<div class="firmas"><div><span class="meta">Capturó</span><br>{e(a["captured"][0])}<br>{e(a["captured"][1])}</div>'
             f'<div><span class="meta">Validó</span><br>{e(a["coordinator"][0])}<br>{e(a["coordinator"][1])}</div></div>')
    h.append('</td></tr></tbody></table></body></html>')
    return '\n'.join(h)


def build_L2(a, path):
    """the same record exported to Word by the system: tables everywhere, nested Actividad | Cantidad table inside the Informe cell"""
    b = []
    b.append(P(R('Registro de minuta', b=True, sz=28, color='6B1D3A')))
    b.append(P(R('Espacio de Participación: '), R(a['body'], b=True)))
    W = [2000, 2900, 2000, 2900]
    lab = lambda t: C([P(R(t, sz=17, color='555555'))], shade='F2F2F2')
    rows = [[lab('Sesión'), C(f"{a['ordinal']} {a['kind']}"), lab('Modalidad'), C(a['mode'])],
            [lab('Fecha de la sesión'), C(a['date_text']), lab('Hora de inicio'), C(a['start'])],
            [lab('Hora de término'), C(a['end']), lab('Folio'), C(a['folio'])]]
    for l, v in (('Sede', a['place']), ('Tema', a['topic']), ('Objetivo', a['objective'])):
        rows.append([lab(l), C([P(R(v))], span=3)])
    b.append(P(R('Datos de la sesión', b=True, color='6B1D3A')))
    b.append(T(rows, W))
    b.append(P(R('Asistencia', b=True, color='6B1D3A')))
    WA = [4600, 4200, 1000]
    rows = [[C([P(R(x, b=True))], shade='ECECEC') for x in ('Institución', 'Asistente(s)', 'Sector')]]
    for inst, names, s in by_institution(a['attendance']):
        rows.append([C(inst), C([P(R(n)) for n in names]), C(ABBR[s])])
    b.append(T(rows, WA, header_rows=1, after=False))
    b.append(P(R(LEGEND, sz=15, i=True)))
    b.append(P(R('Seguimiento de estrategias', b=True, color='6B1D3A')))
    WG = [2200, 7600]
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']} — {st['title']}", b=True), keep=True))
        for g in st['goals']:
            ok = bool(g['report'])
            rep = []
            if ok:
                for x in g['report']:
                    if isinstance(x, str): rep.append(P(R(x)))
                    else:
                        qr = [[C([P(R('Actividad', b=True))], shade='ECECEC'), C([P(R('Cantidad', b=True), align='right')], shade='ECECEC')]]
                        qr += [[C(p), C([P(R(q), align='right')])] for p, q in x]
                        rep.append(T(qr, [5600, 1600], after=False))
                        rep.append(P(''))
            rows = [[lab(f"Meta {g['id']}"), C(g['text'])], [lab('Indicador'), C(g['indicator'])], [lab('Instancia ejecutora'), C(g['executor'])],
                    [lab('Estado del informe'), C('Recibido' if ok else g['status'])]]
            if ok: rows.append([lab('Informe'), C(rep)])
            b.append(T(rows, WG))
        b.append(P(R('Comentarios', b=True)))
        for t, sec, gl, _l, who in st['feedback']:
            b.append(P(R(f"{who} · {FB_TAG[sec]} · Meta {gl}", sz=15, color='777777'), after=0))
            b.append(P(R(t), ind=(360, 0)))
    b.append(P(R('Acuerdos', b=True, color='6B1D3A')))
    WC = [500, 4900, 1700, 1300, 1400]
    rows = [[C([P(R(x, b=True))], shade='ECECEC') for x in ('No.', 'Acuerdo', 'Responsable', 'Plazo', 'Estatus')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C(str(k)), C(ag['text']), C(ag['responsible']), C(ag['due']), C(ag['state'])])
    b.append(T(rows, WC, header_rows=1))
    b.append(P(R('Capturó: ', color='777777'), R(f"{a['captured'][0]}, {a['captured'][1]}")))
    b.append(P(R('Validó: ', color='777777'), R(f"{a['coordinator'][0]}, {a['coordinator'][1]}")))
    b.append(sect())
    D.write(path, ''.join(b), header_xml=P(R(f"SISE-PDH · Sistema de Seguimiento del Programa de Derechos Humanos\tFolio: {a['folio']}", sz=16), tabs=[9000]),
            footer_xml=P(R(f"Documento generado por SISE-PDH el {a['generated']} · Uso interno", sz=14)))


# ------------------------------------------------------------------ L3: memoria de la reunión, TOC field, floating data table, bullets
def toc_field(entries):
    """a TOC field whose cached result is the list of entries (text, page, level); begin in the first paragraph, end in the last"""
    out = []
    for k, (t, pg, lvl) in enumerate(entries):
        runs = ''
        if k == 0:
            runs += '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        runs += R(f'{t}\t{pg}')
        if k == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        ppr = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="5500"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="{360 * lvl}" w:right="4400"/>'
        out.append(f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>')
    return ''.join(out)


def float_table(rows, widths):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    trs = ''.join(f'<w:tr>{"".join(r)}</w:tr>' for r in rows)
    return (f'<w:tbl><w:tblPr><w:tblpPr w:leftFromText="284" w:rightFromText="0" w:topFromText="0" w:bottomFromText="142" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')


def build_L3(a, path):
    b = []
    b.append(P(R(f"Memoria de la {a['ordinal']} reunión de trabajo", b=True, sz=32, color='1F3864')))
    b.append(P(R(f"Espacio de Participación del {a['body']}", sz=24, color='1F3864'), after=200))
    lab = lambda t: C([P(R(t, b=True, sz=16))], 1300, shade='D9E2F3')
    val = lambda t: C([P(R(t, sz=16))], 2700)
    b.append(float_table([[C([P(R('Datos de la reunión', b=True, sz=16))], 4000, span=2, shade='1F3864')],
                          [lab('Fecha'), val(a['date_text'])], [lab('Horario'), val(f"{a['start']} a {a['end']} horas")],
                          [lab('Sede'), val(a['place'])], [lab('Objetivo'), val(a['objective'])]], [1300, 2700]))
    b.append(P(R('Contenido', b=True, color='1F3864')))
    entries = [('1. Participantes', 1, 0), ('2. Desarrollo de la reunión', 1, 0)]
    for k, st in enumerate(a['strategies'], 1):
        entries.append((f"2.{k} Estrategia {st['number']}. {st['title']}", 1 + k // 2 + 1, 1))
    entries.append(('3. Acuerdos y cierre', 3, 0))
    b.append(toc_field(entries))
    b.append(EMPTY)
    b.append(P(R('1. Participantes'), ppr_extra='') .replace('<w:pPr>', '<w:pPr><w:pStyle w:val="Heading1"/>', 1))
    heads = {IE: 'Gobierno de la Ciudad de México', OT: 'Alcaldías', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación'}
    for s, rows in groups(a['attendance']):
        b.append(P(R(heads[s], b=True), before=80, after=20))
        insts = []
        for r in rows:
            if r[2] not in insts: insts.append(r[2])
        for inst in insts:
            names = ', '.join(f'{t} {n}' for n, t, i, *_ in rows if i == inst)
            b.append(P(R(inst), R(' — '), R(names, i=True), ind=(284, 0), after=20))
    H1 = lambda t: P(R(t)).replace('<w:pPr>', '<w:pPr><w:pStyle w:val="Heading1"/>', 1)
    H2 = lambda t: P(R(t)).replace('<w:pPr>', '<w:pPr><w:pStyle w:val="Heading2"/>', 1)
    b.append(H1('2. Desarrollo de la reunión'))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    b.append(P(R(f"La {se[1]} {se[0]}, de la Secretaría Ejecutiva, dio la bienvenida y verificó la conexión de las personas participantes. "
                 f"Conforme al orden del día, se revisaron los informes de las instancias ejecutoras por estrategia."), align='both'))
    for k, st in enumerate(a['strategies'], 1):
        b.append(H2(f"2.{k} Estrategia {st['number']}. {st['title']}"))
        for g in st['goals']:
            b.append(P(R(f"Meta {g['id']}. ", b=True), R(g['text']), before=120, after=20, keep=True))
            b.append(P(R('Indicador: ', i=True), R(g['indicator']), after=20, ind=(284, 0)))
            b.append(P(R('Instancia ejecutora: ', i=True), R(g['executor']), after=20, ind=(284, 0)))
            if g['report']:
                b.append(P(R('La instancia presentó su informe. Logros reportados:'), ind=(284, 0), after=20))
                for x in g['report']:
                    b.append(P(R(x), num=(1, 0), after=0))
            else:
                b.append(P(R(g['status'], i=True), ind=(284, 0)))
        for sec, head in (('retroalimentacion', 'Comentarios de la Secretaría Ejecutiva'), ('observacion', 'Comentarios de las personas participantes')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, u=True), before=120, after=20))
            for t, _s, gl, *_ in items:
                b.append(P(R(f'{gl} · ', b=True), R(t), num=(2, 0), after=0, align='both'))
    b.append(H1('3. Acuerdos y cierre'))
    ags = [g['text'] for g in a['agreements']]
    b.append(P(R('Al término de la revisión, las personas participantes acordaron: que ' + '; que '.join(ags[:-1]) + ', y que ' + ags[-1] +
                 f". Sin más asuntos que tratar, la reunión concluyó a las {a['end']} horas."), align='both'))
    b += [EMPTY, EMPTY]
    b.append(P(R('Elaboró: ', b=True), R(f"Lic. {a['elaboro']}, Secretaría Ejecutiva")))
    b.append(P(R('Vo. Bo.: ', b=True), R(f"Mtro. {a['coordinator'][0]}, {a['coordinator'][1]}")))
    b.append(sect())
    D.write(path, ''.join(b), header_xml=P(R(f"Memoria · Espacio de Participación del {a['body']}", i=True, sz=16, color='7F7F7F'), align='right'),
            footer_xml=P(D.PAGE_FIELD, align='right'),
            numbering_xml=numbering_xml([(1, 'bullet', '•', 1), (2, 'bullet', '–', 1)]))


# ------------------------------------------------------------------ L4: legal acta, hyphen-leader fill, line numbers, signature grid
ORD_WORD = {1: 'primer', 2: 'segundo', 3: 'tercer', 4: 'cuarto'}


def build_L4(a, path):
    b = []
    FILL = [9972]
    def LP(*runs, bold_lead=None, center=False):
        rr = ([R(bold_lead, b=True)] if bold_lead else []) + [R(x) if isinstance(x, str) else x for x in runs]
        if center:
            return P(*rr, align='center', after=60)
        return f'<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="hyphen" w:pos="9972"/></w:tabs><w:spacing w:after="0" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>{"".join(rr)}{R(chr(9))}</w:p>'
    b.append(P(R(f"ACTA DE LA SESIÓN ORDINARIA NÚMERO {a['number_word']} DEL ESPACIO DE PARTICIPACIÓN DE LOS {a['body'].upper()}", b=True, sz=22), align='center', after=200))
    n = len(a['attendance'])
    b.append(LP(f"En la Ciudad de México, siendo las {a['start_words']} del día {a['date_words']}, reunidos en la {a['place']}, las personas integrantes del Espacio de Participación de los {a['body']} del Programa de Derechos Humanos de la Ciudad de México cuyos nombres y firmas constan al final de la presente acta, se celebra la {a['kind']} número {a['number_word'].lower()}, conforme al siguiente:"))
    b.append(P(R('ORDEN DEL DÍA', b=True), align='center', before=120, after=60))
    for t in ('I.- Lista de asistencia y verificación del quórum.', 'II.- Seguimiento de las estrategias del Programa a cargo del Espacio.', 'III.- Acuerdos.', 'IV.- Clausura de la sesión.'):
        b.append(LP(t))
    b.append(P(R('DESAHOGO DEL ORDEN DEL DÍA', b=True), align='center', before=120, after=60))
    b.append(LP(f"I.- En desahogo del primer punto, la Secretaría Ejecutiva hizo constar la asistencia de {n} personas integrantes del Espacio, por lo que se declaró válidamente instalada la sesión."))
    b.append(LP('II.- En desahogo del segundo punto, se dio cuenta de los informes de las instancias ejecutoras respecto de las estrategias siguientes:'))
    for st in a['strategies']:
        b.append(LP(f" {st['title']}.", bold_lead=f"ESTRATEGIA {st['number']}.-"))
        for g in st['goals']:
            b.append(LP(f" {g['text']}.", bold_lead=f"META {g['id']}.-"))
            b.append(LP(f" {g['indicator']}.", bold_lead='INDICADOR.-'))
            b.append(LP(f" {g['executor']}.", bold_lead='INSTANCIA EJECUTORA.-'))
            b.append(LP(' ' + (' '.join(g['report']) if g['report'] else g['status']), bold_lead='INFORME.-'))
            for sec, lab in (('retroalimentacion', 'RETROALIMENTACIÓN.-'), ('observacion', 'OBSERVACIONES.-')):
                items = fb_for(st, g['id'], sec)
                if items:
                    b.append(LP(bold_lead=lab))
                    for t, *_ in items:
                        b.append(LP(t))
    b.append(LP('III.- En desahogo del tercer punto, las personas integrantes del Espacio tomaron los siguientes:'))
    b.append(P(R('ACUERDOS', b=True), align='center', before=60, after=60))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(LP(' ' + ag['text'], bold_lead=f"ACUERDO {a['code']}/{a['number']:02d}/{k:02d}.-"))
    b.append(LP(f"IV.- No habiendo otro asunto que tratar, se da por concluida la sesión siendo las {a['end_words']} del día de su inicio, firmando al calce quienes en ella intervinieron."))
    b += [EMPTY, EMPTY]
    b.append(P(R('FIRMAS', b=True), align='center'))
    b += [EMPTY, EMPTY]
    b.append(P(R('_________________________________'), align='center', after=0))
    b.append(P(R(f"Lic. {a['coordinator'][0]}", b=True), align='center', after=0))
    b.append(P(R(a['coordinator'][1]), align='center'))
    heads = {IE: 'POR LAS INSTANCIAS EJECUTORAS', OT: 'POR OTRAS INSTANCIAS', SC: 'POR LAS ORGANIZACIONES DE LA SOCIEDAD CIVIL', SE: 'POR LA SECRETARÍA EJECUTIVA'}
    W = [3324, 3324, 3324]
    rows = []
    for s, people in groups(a['attendance']):
        rows.append([C([P(R(heads[s], b=True, sz=17), align='center', before=240)], span=3)])
        for k in range(0, len(people), 3):
            row = []
            for nm, t, inst, _k, _s, cargo in people[k:k + 3]:
                row.append(C([EMPTY, EMPTY, P(R('____________________'), align='center', after=0), P(R(f'{t} {nm}', b=True, sz=17), align='center', after=0),
                              P(R(cargo, sz=16), align='center', after=0), P(R(inst, sz=16), align='center')]))
            while len(row) < 3: row.append(C([EMPTY]))
            rows.append(row)
    b.append(T(rows, W, borders=False))
    sp = sect().replace('<w:cols', '<w:lnNumType w:countBy="5" w:distance="340" w:restart="newPage"/><w:cols')
    b.append(sp)
    D.write(path, ''.join(b), header_xml=P(R(f"Acta de la Sesión Ordinaria número {a['number_word'].lower()} · {a['code']}", sz=15, i=True), align='right'),
            footer_xml=P(R('Hoja ', sz=15), D.PAGE_FIELD.replace('Página ', ''), align='center'))


# ------------------------------------------------------------------ L5: Markdown minuta, rendered (GitHub-like) and printed by Chromium; docx = pandoc-style conversion
MD_HEADS = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def markdown_L5(a):
    m = [f"# Minuta de la {a['ordinal']} sesión ordinaria", '', f"**Espacio de Participación:** {a['body']}", '',
         f"- **Fecha:** {a['date_text']}", f"- **Horario:** {a['start']}–{a['end']} h", f"- **Modalidad:** {a['place']}", '', '## Asistentes', '']
    for s, rows in groups(a['attendance']):
        m.append(f'- {MD_HEADS[s]}')
        for inst, names, _s in by_institution(rows):
            m.append(f"  - **{inst}**: {', '.join(names)}")
    m += ['', '## Seguimiento de estrategias', '']
    for st in a['strategies']:
        m += [f"### Estrategia {st['number']} · {st['title']}", '']
        for g in st['goals']:
            m += [f"#### Meta {g['id']}", '', g['text'], '', f"- *Indicador:* {g['indicator']}", f"- *Responsable:* {g['executor']}", '']
            if g['report']:
                m.append('> **Informe:** ' + g['report'][0])
                for x in g['report'][1:]: m += ['>', '> ' + x]
            else:
                m.append(f"> **Informe:** _{g['status']}_")
            m.append('')
            for sec, lab in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
                items = fb_for(st, g['id'], sec)
                if items:
                    m += [f'**{lab}**', ''] + [f'{k}. {t}' for k, (t, *_) in enumerate(items, 1)] + ['']
    m += ['## Acuerdos', ''] + [f"- [ ] **{ag['responsible']}** — {ag['text']}" for ag in a['agreements']]
    m += ['', '## Próxima sesión', '', a['next_text'], '', '---', '',
          f"_Minuta elaborada por la Secretaría Ejecutiva; validada por {a['coordinator'][0]}, {a['coordinator'][1]}._", '']
    return '\n'.join(m)


def html_L5(a):
    e = H.escape
    md = markdown_L5(a)
    with open(os.path.join(OUT, 'src', 'html', a['stem'] + '.md'), 'w', encoding='utf-8') as f: f.write(md)
    css = """
@page { size: letter; margin: 18mm 20mm; }
body { font-family: -apple-system, 'Segoe UI', 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1f2328; max-width: 980px; }
h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h1 { font-size: 1.9em; margin: 0 0 16px; } h2 { font-size: 1.45em; margin-top: 24px; }
h3 { font-size: 1.2em; margin-top: 20px; } h4 { font-size: 1em; margin: 16px 0 4px; }
p, ul, ol, blockquote { margin: 0 0 10px; }
ul, ol { padding-left: 2em; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; font-size: 85%; }
.task-list-item { list-style-type: none; } .task-list-item input { margin: 0 .3em .2em -1.4em; vertical-align: middle; }
hr { border: 0; height: .25em; background: #d1d9e0; margin: 20px 0; }
"""
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(a["stem"])}.md</title><style>{css}</style></head><body><article class="markdown-body">']
    h.append(f"<h1>Minuta de la {e(a['ordinal'])} sesión ordinaria</h1>")
    h.append(f"<p><strong>Espacio de Participación:</strong> {e(a['body'])}</p>")
    h.append(f"<ul><li><strong>Fecha:</strong> {e(a['date_text'])}</li><li><strong>Horario:</strong> {a['start']}–{a['end']} h</li><li><strong>Modalidad:</strong> {e(a['place'])}</li></ul>")
    h.append('<h2>Asistentes</h2><ul>')
    for s, rows in groups(a['attendance']):
        h.append(f'<li>{MD_HEADS[s]}<ul>' + ''.join(f"<li><strong>{e(inst)}</strong>: {e(', '.join(names))}</li>" for inst, names, _s in by_institution(rows)) + '</ul></li>')
    h.append('</ul><h2>Seguimiento de estrategias</h2>')
    for st in a['strategies']:
        h.append(f"<h3>Estrategia {st['number']} · {e(st['title'])}</h3>")
        for g in st['goals']:
            h.append(f"<h4>Meta {g['id']}</h4><p>{e(g['text'])}</p><ul><li><em>Indicador:</em> {e(g['indicator'])}</li><li><em>Responsable:</em> {e(g['executor'])}</li></ul>")
            if g['report']:
                h.append('<blockquote><p><strong>Informe:</strong> ' + e(g['report'][0]) + '</p>' + ''.join(f'<p>{e(x)}</p>' for x in g['report'][1:]) + '</blockquote>')
            else:
                h.append(f"<blockquote><p><strong>Informe:</strong> <em>{e(g['status'])}</em></p></blockquote>")
            for sec, lab in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
                items = fb_for(st, g['id'], sec)
                if items:
                    h.append(f'<p><strong>{lab}</strong></p><ol>' + ''.join(f'<li>{e(t)}</li>' for t, *_ in items) + '</ol>')
    h.append('<h2>Acuerdos</h2><ul class="contains-task-list">')
    for ag in a['agreements']:
        h.append(f'<li class="task-list-item"><input type="checkbox" disabled> <strong>{e(ag["responsible"])}</strong> — {e(ag["text"])}</li>')
    h.append(f"</ul><h2>Próxima sesión</h2><p>{e(a['next_text'])}</p><hr>")
    h.append(f"<p><em>Minuta elaborada por la Secretaría Ejecutiva; validada por {e(a['coordinator'][0])}, {e(a['coordinator'][1])}.</em></p>")
    h.append('</article></body></html>')
    return '\n'.join(h)


PANDOC_STYLES_EXTRA = (
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="22"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FirstParagraph"><w:name w:val="First Paragraph"/><w:basedOn w:val="BodyText"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Compact"><w:name w:val="Compact"/><w:basedOn w:val="BodyText"/><w:pPr><w:spacing w:before="36" w:after="36"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="BlockText"><w:name w:val="Block Text"/><w:basedOn w:val="BodyText"/><w:pPr><w:ind w:left="480" w:right="480"/></w:pPr><w:rPr><w:color w:val="59636E"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Author"><w:name w:val="Author"/><w:basedOn w:val="BodyText"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>')


def build_L5(a, path):
    def SP(style, *runs, num=None):
        x = P(*runs, num=num)
        return x.replace('<w:pPr>', f'<w:pPr><w:pStyle w:val="{style}"/>', 1)
    b = [SP('Title', R(f"Minuta de la {a['ordinal']} sesión ordinaria")),
         SP('FirstParagraph', R('Espacio de Participación:', b=True), R(' ' + a['body'])),
         SP('Compact', R('Fecha:', b=True), R(' ' + a['date_text']), num=(1, 0)),
         SP('Compact', R('Horario:', b=True), R(f" {a['start']}–{a['end']} h"), num=(1, 0)),
         SP('Compact', R('Modalidad:', b=True), R(' ' + a['place']), num=(1, 0)),
         SP('Heading1', R('Asistentes'))]
    for s, rows in groups(a['attendance']):
        b.append(SP('Compact', R(MD_HEADS[s]), num=(2, 0)))
        for inst, names, _s in by_institution(rows):
            b.append(SP('Compact', R(inst, b=True), R(': ' + ', '.join(names)), num=(2, 1)))
    b.append(SP('Heading1', R('Seguimiento de estrategias')))
    nid = 10
    nums = [(1, [('bullet', '•', 720)]), (2, [('bullet', '•', 720), ('bullet', '◦', 1440)]), (3, [('bullet', '☐', 720)])]
    for st in a['strategies']:
        b.append(SP('Heading2', R(f"Estrategia {st['number']} · {st['title']}")))
        for g in st['goals']:
            b.append(SP('Heading4', R(f"Meta {g['id']}")))
            b.append(SP('FirstParagraph', R(g['text'])))
            b.append(SP('Compact', R('Indicador:', i=True), R(' ' + g['indicator']), num=(1, 0)))
            b.append(SP('Compact', R('Responsable:', i=True), R(' ' + g['executor']), num=(1, 0)))
            if g['report']:
                b.append(SP('BlockText', R('Informe:', b=True), R(' ' + g['report'][0])))
                for x in g['report'][1:]: b.append(SP('BlockText', R(x)))
            else:
                b.append(SP('BlockText', R('Informe:', b=True), R(' '), R(g['status'], i=True)))
            for sec, lab in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
                items = fb_for(st, g['id'], sec)
                if items:
                    b.append(SP('FirstParagraph', R(lab, b=True)))
                    nid += 1
                    nums.append((nid, [('decimal', '%1.', 720)]))
                    for t, *_ in items:
                        b.append(SP('Compact', R(t), num=(nid, 0)))
    b.append(SP('Heading1', R('Acuerdos')))
    for ag in a['agreements']:
        b.append(SP('Compact', R(ag['responsible'], b=True), R(' — ' + ag['text']), num=(3, 0)))
    b.append(SP('Heading1', R('Próxima sesión')))
    b.append(SP('FirstParagraph', R(a['next_text'])))
    b.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="D1D9E0"/></w:pBdr></w:pPr></w:p>')
    b.append(SP('BodyText', R(f"Minuta elaborada por la Secretaría Ejecutiva; validada por {a['coordinator'][0]}, {a['coordinator'][1]}.", i=True)))
    b.append(sect(header=False, footer=False))
    old = D.STYLES
    D.STYLES = old.replace('</w:styles>', PANDOC_STYLES_EXTRA + '</w:styles>')
    try:
        D.write(path, ''.join(b), numdefs=nums)
    finally:
        D.STYLES = old


# ------------------------------------------------------------------ L6: institutional template, first/even headers, rotated merged strategy column, SEQ agreements
HDR_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'
ABBR6 = {IE: 'IE', OT: 'OTR', SC: 'OSC', SE: 'SE'}


def hdr_part(name, body):
    return (name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {D.W}>{body}</w:hdr>', HDR_CT)


def build_L6(a, path):
    b = []
    navy = '17365D'
    b.append(P(R('ACTA DE LA', b=True, sz=20, color=navy), align='center', after=0))
    b.append(P(R(f"{a['ordinal']} {a['kind'].upper()}", b=True, sz=30, color=navy), align='center', after=0))
    b.append(P(R(f"Espacio de Participación del {a['body']}", b=True, sz=22), align='center', after=160))
    # data strip: four cells, label + soft break + value
    W4 = [2500, 2200, 2200, 3000]
    strip = [C([P(R(l, b=True, sz=15, color='FFFFFF'), R('\n' + v, sz=19, color='FFFFFF'))], w, shade=navy)
             for (l, v), w in zip((('Código', a['code']), ('Fecha', a['date_text']), ('Horario', f"{a['start']} a {a['end']} h"), ('Plataforma', a['place'])), W4)]
    b.append(T([strip], W4, borders=False, after=False))
    b.append(P(R('Objetivo: ', b=True), R(a['objective']), before=120))
    # attendance
    b.append(P(R('I. REGISTRO DE ASISTENCIA', b=True, color=navy), before=200))
    WA = [500, 2600, 2300, 3400, 1100]
    fnref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    hdr = [C([P(R(x, b=True, sz=17, color='FFFFFF'))], w, shade=navy) for x, w in zip(('No.', 'Nombre', 'Cargo', 'Institución'), WA)]
    hdr.append(C([P(R('Sector', b=True, sz=17, color='FFFFFF'), fnref)], WA[4], shade=navy))
    rows = [hdr]
    for k, (n, t, i, _k, s, c) in enumerate(a['attendance'], 1):
        rows.append([C([P(R(str(k), sz=17))], WA[0]), C([P(R(f'{t} {n}', sz=17))], WA[1]), C([P(R(c, sz=17))], WA[2]),
                     C([P(R(i, sz=17))], WA[3]), C([P(R(ABBR6[s], sz=17), align='center')], WA[4])])
    b.append(T(rows, WA, header_rows=1))
    # strategies
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS', b=True, color=navy), before=200))
    WS = [700, 2300, 1900, 1700, 2700, 1000]
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}. ", b=True, sz=19), R(st['title'], sz=19), before=120, after=60, keep=True))
        rows = [[C([P(R(x, b=True, sz=16))], w, shade='DBE5F1') for x, w in zip(('', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Estatus'), WS)]]
        for k, g in enumerate(st['goals']):
            if k == 0:
                lab = C([P(R(f"ESTRATEGIA {st['number']}", b=True, sz=17), align='center')], WS[0], vmerge='restart', shade='DBE5F1')
                lab = lab.replace('<w:tcPr>', '<w:tcPr><w:textDirection w:val="btLr"/>', 1)
            else:
                lab = C([EMPTY], WS[0], vmerge='continue', shade='DBE5F1').replace('<w:tcPr>', '<w:tcPr><w:textDirection w:val="btLr"/>', 1)
            rep = [P(R(x, sz=17), align='both') for x in g['report']] if g['report'] else [P(R('—', sz=17), align='center')]
            shade = {'Cumplido': 'C6EFCE', 'En proceso': 'FFEB9C', 'Sin informe': 'FFC7CE'}[g['status']]
            rows.append([lab, C([P(R(f"{g['id']} ", b=True, sz=17), R(g['text'], sz=17))], WS[1]), C([P(R(g['indicator'], sz=17))], WS[2]),
                         C([P(R(g['executor'], sz=17))], WS[3]), C(rep, WS[4]), C([P(R(g['status'], sz=16), align='center')], WS[5], shade=shade)])
        # rotated label cell is tall enough only if the row heights allow: give the first row a minimum height
        tbl = T(rows, WS, header_rows=1, after=False)
        b.append(tbl)
        b.append(P(R(f"Retroalimentación y observaciones — Estrategia {st['number']}", i=True, sz=17), before=80, after=40))
        WF = [900, 4600, 4400]
        frows = [[C([P(R(x, b=True, sz=16))], w, shade='F2F2F2') for x, w in zip(('Meta', 'Retroalimentación', 'Observaciones'), WF)]]
        for g in st['goals']:
            r_ = fb_for(st, g['id'], 'retroalimentacion'); o_ = fb_for(st, g['id'], 'observacion')
            if not (r_ or o_): continue
            frows.append([C([P(R(g['id'], sz=17))], WF[0]), C([P(R(t, sz=17), align='both') for t, *_ in r_], WF[1]),
                          C([P(R(t, sz=17), align='both') for t, *_ in o_], WF[2])])
        b.append(T(frows, WF))
    # agreements
    b.append(P(R('III. ACUERDOS', b=True, color=navy), before=200))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(P(R('Acuerdo ', b=True), field_complex('SEQ Acuerdo \\* ARABIC', R(str(k), b=True)), R('.', b=True), R('\t' + ag['text']),
                   tabs=[1134], ind=(1134, 1134), after=0, align='both'))
        b.append(P(R('Responsable: ', i=True, sz=17), R(ag['responsible'], sz=17), R('\tPlazo: ', i=True, sz=17), R(ag['due'], sz=17), tabs=[5670], ind=(1134, 0), after=100))
    b.append(P(R(f"Agotado el orden del día, se acordó que la próxima reunión se celebrará {a['next_text']}, y se dio por concluida la presente a las {a['end']} horas."), before=160, align='both'))
    b += [EMPTY, EMPTY]
    b.append(P(R(f"Lic. {a['coordinator'][0]}", b=True), align='center', after=0))
    b.append(P(R(a['coordinator'][1]), align='center'))
    sp = sect(title_pg=True).replace('<w:headerReference w:type="default" r:id="rIdH1"/>',
                                     '<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/><w:headerReference w:type="even" r:id="rIdH3"/>')
    sp = sp.replace('<w:footerReference w:type="default" r:id="rIdF1"/>', '<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF1"/>')
    b.append(sp)
    first = T([[C([P(R('GOBIERNO DE LA CIUDAD DE MÉXICO', b=True, sz=16)), P(R('Programa de Derechos Humanos · Mecanismo de Seguimiento y Evaluación', sz=14))], 6500),
                C([P(R(a['code'], b=True, sz=16), align='right'), P(R('Versión final', sz=14), align='right')], 3400)]], [6500, 3400], borders=False, after=False) + '<w:p/>'
    even = P(R(f"{a['code']} · {a['ordinal']} {a['kind']}", sz=15, color='7F7F7F'), align='left')
    odd = P(R(f"Espacio de Participación del {a['body']}", sz=15, color='7F7F7F'), align='right')
    rels = ['<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>',
            '<Relationship Id="rIdH3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header3.xml"/>']
    D.write(path, ''.join(b), header_xml=odd, footer_xml=P(D.PAGE_FIELD, align='center'),
            footnotes=['IE: instancia ejecutora; OSC: organización de la sociedad civil; SE: Secretaría Ejecutiva; OTR: otra instancia.'],
            extra_rels=rels, extra_parts=[hdr_part('header2.xml', first), hdr_part('header3.xml', even)],
            settings_extra='<w:evenAndOddHeaders/>')


BUILDERS = {'L1': build_L1, 'L2': build_L2, 'L3': build_L3, 'L4': build_L4, 'L5': build_L5, 'L6': build_L6}
HTML = {'L2': html_L2, 'L5': html_L5}


def pdf_from_docx(docx_path, fmt='pdf'):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-l', '--headless', '--convert-to', fmt, '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXTRA_FORMATS = {'blind-l-consumidores-04-2019-06-13': ['doc'], 'blind-l-tortura-03-2019-03-12': ['odt'], 'blind-l-espaciopublico-03-2020-10-08': ['odt']}   # stem -> ['odt'] / ['doc']


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
