# -*- coding: utf-8 -*-
"""Render batch J from content.py: .docx (all), .html (Chromium layouts), .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc, cell, table, sect, sect_para
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'J3', 'J4'}
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
def gold(a):
    strategies = []
    for st in a['strategies']:
        goals = []
        for g in st['goals']:
            rep = ' '.join(g['report']) if g['report'] else None
            goals.append(dict(id=g['id'], text=g['text'], indicator=g['indicator'], executor=g['executor'],
                              executor_key=g['executor_key'], report_status='reported' if rep else 'not_reported', report=rep))
        n = sum(1 for g in goals if g['report'])
        status = 'reported' if n == len(goals) else ('not_reported' if n == 0 else 'partial')
        strategies.append(dict(number=st['number'], title=st['title'], report_status=status, goals=goals,
                               figures=[dict(value=v, unit=u, goal=gl, context=c) for v, u, gl, c in st['figures']],
                               feedback=[dict(text=t, section=s, goal=gl, label=lab, confidence=None) for t, s, gl, lab, _sp in st['feedback']]))
    return {
        'source': {'file': a['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': {'body': a['body'], 'number': a['number'], 'kind': a['kind'], 'date': a['date'], 'start_time': a['start'],
                    'end_time': a['end'], 'place': a['place'], 'topic': a['topic'], 'objective': a['objective']},
        'coordinator': {'name': a['coordinator'][0], 'role': a['coordinator'][1]},
        'attendance': [dict(name=n, institution=i, institution_key=k, sector=s) for n, _t, i, k, s, _c in a['attendance']],
        'strategies': strategies,
        'agreements': [dict(text=g['text'], dates=g['dates'], strategies=g['strategies'], responsible=g['responsible']) for g in a['agreements']],
        'next_session': a['next'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-j', 'notes': a['notes']},
    }


# ------------------------------------------------------------------ J1: typed with tabs, direct formatting
def build_J1(a, path):
    b = []
    b.append(P(R(f"acta de la {a['ordinal']} {a['kind']} del espacio de participación {a['body']}", b=True, caps=True, sz=24), align='center'))
    b.append(P(R('Programa de Derechos Humanos de la Ciudad de México', i=True), align='center'))
    b += [EMPTY, EMPTY]
    tabs = [2268]
    def lab(l, v):
        return P(R(l + ':', b=True), R('\t' + v), tabs=tabs, ind=(2268, 2268))
    b.append(lab('Fecha', a['date_text']))
    b.append(lab('Hora de inicio', a['start'] + ' hrs.'))
    b.append(lab('Hora de término', a['end'] + ' hrs.'))
    b.append(lab('Lugar', a['place']))
    b.append(lab('Tema', a['topic']))
    b.append(lab('Objetivo', a['objective']))
    b.append(EMPTY)
    b.append(P(R('ASISTENCIA', b=True, u=True)))
    b.append(EMPTY)
    atabs = [3402, 7371]
    b.append(P(R('Nombre\tInstitución\tCargo', b=True), tabs=atabs))
    for s, rows in groups(a['attendance']):
        b.append(P(R(SECTOR_HEAD[s], b=True, i=True), before=120))
        for n, _t, i, _k, _s, c in rows:
            b.append(P(R(f'{n}\t{i}\t{c}'), tabs=atabs, after=40, ind=(7371, 7371)))
    b += [EMPTY, EMPTY]
    b.append(P(R('orientación y retroalimentación', b=True, u=True, caps=True)))
    b.append(EMPTY)
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}.", b=True, u=True), R(' ' + st['title'], b=True), keep=True))
        for g in st['goals']:
            b.append(P(R(f"Meta {g['id']}", b=True), R('\t' + g['text']), tabs=[1418], ind=(1418, 1418), before=120))
            b.append(P(R('Indicador:', b=True), R('\t' + g['indicator']), tabs=[1418], ind=(1418, 1418)))
            b.append(P(R('Instancia ejecutora:', b=True), R('\n' + g['executor']), ind=(1418, 1418)))
            if g['report']:
                b.append(P(R('INFORME:', b=True)))
                b += [P(R(x), ind=(567, 0)) for x in g['report']]
            else:
                b.append(P(R('INFORME:', b=True), R('\t' + g['status']), tabs=[1418]))
            for sec, word in (('retroalimentacion', 'Retroalimentación:'), ('observacion', 'Observaciones:')):
                items = fb_for(st, g['id'], sec)
                if items:
                    b.append(P(R(word, b=True, u=True)))
                    b += [P(R(t), num=(2, 0)) for t, *_ in items]
            b.append(EMPTY)
    b.append(P(R('ACUERDOS', b=True, u=True)))
    b.append(EMPTY)
    for k, ag in enumerate(a['agreements']):
        if k == 0:   # first one typed by hand, the rest Word's automatic list starting at 2
            b.append(P(R('1.\t' + ag['text']), ind=(720, 360), tabs=[720]))
        else:
            b.append(P(R(ag['text']), num=(3, 0)))
    b += [EMPTY, EMPTY, EMPTY]
    b.append(P(R('_______________________________'), align='center'))
    b.append(P(R(a['coordinator'][0], b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    D.write(path, ''.join(b), header_xml=P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', i=True, sz=16), align='right'),
            footer_xml=P(D.PAGE_FIELD, align='center'),
            numbering_xml=numbering_xml([(2, 'decimal', '%1.', 1), (3, 'decimal', '%1.', 2)]))


# ------------------------------------------------------------------ J2: form template, code, one table for all goals
def build_J2(a, path):
    b, rels = [], []
    b.append(P(R(f"Acta {a['code']}", b=True, sz=28), align='center'))
    b.append(P(R(f"Minuta de la {a['kind']} del Espacio de Participación {a['body']}", b=True), align='center'))
    b.append(EMPTY)
    W2 = [2200, 7700]
    form = [
        [C([P(R('Fecha:', b=True))], W2[0], shade='E7E6E6'), C([P(sdt_run(a['date_text'], 'Fecha de la sesión', date_iso=a['date']))], W2[1])],
        [C([P(R('Horario:', b=True))], W2[0], shade='E7E6E6'), C([P(R(a['time_text']))], W2[1])],
        [C([P(R('Sede:', b=True))], W2[0], shade='E7E6E6'), C([P(R(a['place']))], W2[1])],
        [C([P(R('Tema:', b=True))], W2[0], shade='E7E6E6'), C([P(R(a['topic']))], W2[1])],
        [C([P(R('Objetivo:', b=True))], W2[0], shade='E7E6E6'), C([P(R(a['objective']))], W2[1])],
    ]
    b.append(T(form, W2))
    b.append(P(R('I. Lista de asistencia', b=True, sz=22)))
    WA = [3000, 3900, 3000]
    hyper_done = False
    for s, rows in groups(a['attendance'], (IE, SC)):
        b.append(P(R(SECTOR_HEAD[s], b=True, i=True)))
        tr = [[C([P(R(x, b=True))], w, shade='D9E2F3') for x, w in zip(('Nombre', 'Institución', 'Cargo'), WA)]]
        for n, _t, i, _k, _s, c in rows:
            if i == 'Secretaría de las Mujeres' and not hyper_done:
                rels.append(HYPER_REL.format(rid='rIdL1', url='https://www.semujeres.cdmx.gob.mx/'))
                ic = P(hyperlink('rIdL1', i)); hyper_done = True
            elif i == 'C5':
                ic = P(field_complex('HYPERLINK "https://www.c5.cdmx.gob.mx/"', R('C5', color='0563C1', u=True)))
            else:
                ic = P(R(i))
            tr.append([C([P(R(n))], WA[0]), C([ic], WA[1]), C([P(R(c))], WA[2])])
        b.append(T(tr, WA, header_rows=1))
    b.append(P(R('II. Revisión de estrategias', b=True, sz=22)))
    WS = [1500, 1900, 1500, 1500, 2900, 700]
    hdr = [C([P(R(x, b=True), align='center')], w, shade='D9E2F3') for x, w in zip(('Estrategia', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Avance'), WS)]
    rows = [hdr]
    for st in a['strategies']:
        for k, g in enumerate(st['goals']):
            first = C([P(R(f"Estrategia {st['number']}", b=True)), P(R(st['title'], sz=16))], WS[0], vmerge='restart', valign='top') if k == 0 else C([EMPTY], WS[0], vmerge='cont')
            rep = [P(R(x)) for x in g['report']] if g['report'] else [EMPTY]
            rows.append([first, C([P(R(f"Meta {g['id']}", b=True), R('\n' + g['text']))], WS[1]), C([P(R(g['indicator']))], WS[2]),
                         C([P(R(g['executor']))], WS[3]), C(rep, WS[4]), C([P(R(g['status'], sz=24), align='center')], WS[5], valign='center')])
    b.append(T(rows, WS, header_rows=1))
    b.append(P(R('Avance: ✔ la instancia presentó informe; ✘ sin informe.', i=True, sz=16)))
    b.append(P(R('III. Retroalimentación y observaciones', b=True, sz=22)))
    WF = [900, 1800, 1700, 5500]
    rows = [[C([P(R(x, b=True))], w, shade='D9E2F3') for x, w in zip(('Meta', 'Intervención', 'Tipo', 'Comentario'), WF)]]
    for st in a['strategies']:
        for t, s, gl, _l, sp in st['feedback']:
            rows.append([C([P(R(gl))], WF[0]), C([P(R(sp))], WF[1]), C([P(R(SECTION_WORD[s]))], WF[2]), C([P(R(t))], WF[3])])
    b.append(T(rows, WF, header_rows=1))
    b.append(P(R('IV. Acuerdos', b=True, sz=22)))
    WG = [600, 5300, 2400, 1600]
    rows = [[C([P(R(x, b=True))], w, shade='D9E2F3') for x, w in zip(('No.', 'Acuerdo', 'Responsable', 'Fecha'), WG)]]
    for k, ag in enumerate(a['agreements'], 1):
        txt = R(ag['text'])
        if k == 1: txt = commented(0, txt)
        rows.append([C([P(R(f'{k}'))], WG[0]), C([P(txt)], WG[1]), C([P(R(ag['responsible']))], WG[2]), C([P(R(ag['due']))], WG[3])])
    b.append(T(rows, WG, header_rows=1))
    b += [EMPTY, EMPTY]
    b.append(P(R('Elaboró: '), sdt_run(a['coordinator'][0], 'Nombre de quien coordina', b=True)))
    b.append(P(R(a['coordinator'][1])))
    b.append(sect())
    D.write(path, ''.join(b),
            header_xml=P(R('PDHCDMX · Espacios de Participación', sz=16), R('\t\t' + f"Acta {a['code']}", b=True, sz=16), tabs=[4986, 9972]),
            footer_xml=P(D.PAGE_FIELD, align='right'),
            extra_rels=rels + [COMMENTS_REL], extra_parts=[comments_part([('Relatoría', 'Verificar la fecha con la SSC.')])])


# ------------------------------------------------------------------ J3: uppercase names, single-cell goal tables, Chromium
def title_J3(a):
    return f"{a['ordinal'].upper()} {a['kind'].upper()} DEL ESPACIO DE PARTICIPACIÓN"


def att_J3(rows):
    return '; '.join(f'{n} ({t}) – {i}' for n, t, i, *_ in rows) + '.'


OLD_GOAL_J3 = 'Meta 350.3. Realizar campañas de difusión sobre el derecho a la libertad de expresión en medios públicos'
HIDDEN_J3 = ' (nota interna: confirmar cifra con el área jurídica, 120 medidas)'


def build_J3(a, path):
    b = []
    b.append(P(R(title_J3(a), b=True, sz=24), align='center'))
    b.append(P(R(a['body'], b=True, sz=24), align='center'))
    b.append(EMPTY)
    b.append(P(R('Fecha: ', b=True), R(a['date_text'])))
    b.append(P(R('Hora: ', b=True), R(f"{a['start']} a {a['end']} horas")))
    b.append(P(R('Lugar: ', b=True), R(a['place'])))
    b.append(P(R('Tema: ', b=True), R(a['topic'])))
    b.append(P(R('Objetivo: ', b=True), R(a['objective'])))
    b.append(P(R('Asistencia', b=True, u=True), before=200))
    for s, rows in groups(a['attendance']):
        runs = [R(f"Por {SECTOR_HEAD[s].lower() if s != SE else 'la Secretaría Ejecutiva'}: ", b=True), R(att_J3(rows))]
        if s == IE and a['number'] == 7:
            runs.insert(1, R('ZÚÑIGA ROA, Pedro (Lic.) – Secretaría de Cultura; ', vanish=True))
        b.append(P(*runs, align='both'))
    b.append(P(R('Desarrollo de la reunión', b=True, u=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}. {st['title']}", b=True), keep=True, before=160))
        for g in st['goals']:
            cp = [P(R(f"Meta {g['id']}. ", b=True), R(g['text'])),
                  P(R('Indicador: ', b=True), R(g['indicator'])),
                  P(R('Instancia ejecutora: ', b=True), R(g['executor'])),
                  P(R('Informe:', b=True))]
            if g['report']:
                for k, x in enumerate(g['report']):
                    extra = [R(HIDDEN_J3, vanish=True)] if (g['id'] == '350.1' and k == len(g['report']) - 1) else []
                    cp.append(P(R(x), *extra, align='both'))
            else:
                cp.append(P(R(g['status'], i=True)))
            for sec, word in (('retroalimentacion', 'Retroalimentación:'), ('observacion', 'Observaciones:')):
                items = fb_for(st, g['id'], sec)
                if items:
                    cp.append(P(R(word, b=True)))
                    cp += [P(R(t), align='both') for t, *_ in items]
            b.append(T([[C(cp, 9900)]], [9900]))
        if st['number'] == 350:
            b.append(deleted_para(OLD_GOAL_J3))
    b.append(P(R('Acuerdos', b=True, u=True), before=200))
    b += [P(R(ag['text']), num=(1, 0)) for ag in a['agreements']]
    b += [EMPTY, EMPTY]
    b.append(P(R(a['coordinator'][0], b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    hdr = P(R(f"{a['code']}", b=True, sz=16), R('\tPrograma de Derechos Humanos de la Ciudad de México', sz=16), tabs=[5000])
    ftr = P(R('Página '), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', R(' de '),
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>', align='right')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr)


CSS_BASE = 'body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;line-height:1.35} h1{font-size:13pt;text-align:center;margin:0 0 4pt} h2{font-size:11pt;margin:12pt 0 4pt} p{margin:0 0 5pt}'


def html_J3(a):
    e = H.escape
    css = CSS_BASE + (f'@page{{size:Letter;margin:26mm 20mm 22mm 20mm;'
                      f'@top-left{{content:"{a["code"]}";font:bold 8pt Arial}}'
                      f'@top-right{{content:"Programa de Derechos Humanos de la Ciudad de México";font:8pt Arial}}'
                      f'@bottom-right{{content:"Página " counter(page) " de " counter(pages);font:8pt Arial}}}}'
                      'table.goal{width:100%;border-collapse:collapse;margin:4pt 0 8pt} table.goal td{border:1px solid #444;padding:5pt 7pt}')
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{a["code"]}</title><style>{css}</style></head><body>']
    o.append(f'<h1>{e(title_J3(a))}</h1><h1>{e(a["body"])}</h1>')
    for l, v in (('Fecha', a['date_text']), ('Hora', f"{a['start']} a {a['end']} horas"), ('Lugar', a['place']), ('Tema', a['topic']), ('Objetivo', a['objective'])):
        o.append(f'<p><b>{l}:</b> {e(v)}</p>')
    o.append('<h2><u>Asistencia</u></h2>')
    for s, rows in groups(a['attendance']):
        o.append(f"<p style='text-align:justify'><b>Por {SECTOR_HEAD[s].lower() if s != SE else 'la Secretaría Ejecutiva'}:</b> {e(att_J3(rows))}</p>")
    o.append('<h2><u>Desarrollo de la reunión</u></h2>')
    for st in a['strategies']:
        o.append(f"<p><b>Estrategia {st['number']}. {e(st['title'])}</b></p>")
        for g in st['goals']:
            c = [f"<p><b>Meta {g['id']}.</b> {e(g['text'])}</p>", f"<p><b>Indicador:</b> {e(g['indicator'])}</p>",
                 f"<p><b>Instancia ejecutora:</b> {e(g['executor'])}</p>", '<p><b>Informe:</b></p>']
            c += [f'<p>{e(x)}</p>' for x in g['report']] if g['report'] else [f"<p><i>{e(g['status'])}</i></p>"]
            for sec, word in (('retroalimentacion', 'Retroalimentación:'), ('observacion', 'Observaciones:')):
                items = fb_for(st, g['id'], sec)
                if items:
                    c.append(f'<p><b>{word}</b></p>')
                    c += [f'<p>{e(t)}</p>' for t, *_ in items]
            o.append('<table class="goal"><tr><td>' + ''.join(c) + '</td></tr></table>')
    o.append('<h2><u>Acuerdos</u></h2><ol>' + ''.join(f"<li>{e(ag['text'])}</li>" for ag in a['agreements']) + '</ol>')
    o.append(f"<p style='text-align:center;margin-top:30pt'><b>{e(a['coordinator'][0])}</b><br>{e(a['coordinator'][1])}</p></body></html>")
    return ''.join(o)




# ------------------------------------------------------------------ J4: sub-units, label column + one column per goal, Chromium without <table>
LINKED_J4 = 'Comisión de Búsqueda de Personas'


def inst_runs_J4(i, rels):
    if i.endswith(LINKED_J4) and i != LINKED_J4:
        if not any('rIdL4' in r for r in rels):
            rels.append(HYPER_REL.format(rid='rIdL4', url='https://comisiondebusqueda.cdmx.gob.mx/'))
        return [R(i[:-len(LINKED_J4)], sz=18), hyperlink('rIdL4', LINKED_J4, sz=18)]
    return [R(i, sz=18)]


def fb_line_J4(sp, gl, t):
    return f'{sp}, meta {gl}: ', t


def build_J4(a, path):
    b, rels = [], []
    b.append(P(R(f"{a['ordinal']} {a['kind']} del Espacio de Participación", b=True, sz=26), align='center'))
    b.append(P(R(a['body'], b=True, sz=26), align='center'))
    b.append(EMPTY)
    b.append(P(R('Fecha: ', b=True), R(a['date_text']), R('\t'), R('Hora: ', b=True), R(a['time_text']), tabs=[4536]))
    b.append(P(R('Lugar: ', b=True), R(a['place'])))
    b.append(P(R('Tema: ', b=True), R(a['topic'])))
    b.append(P(R('Objetivo: ', b=True), R(a['objective'])))
    b.append(P(R('Asistencia', b=True, sz=22), before=200))
    for s, rows in groups(a['attendance']):
        b.append(P(R(SECTOR_HEAD[s], b=True, i=True)))
        cells = [C([P(R(n, b=True), R('\n'), *inst_runs_J4(i, rels))], 4950) for n, _t, i, *_ in rows]
        if len(cells) % 2: cells.append(C([EMPTY], 4950))
        b.append(T([cells[k:k + 2] for k in range(0, len(cells), 2)], [4950, 4950], borders=False))
    b.append(P(R('Revisión de estrategias', b=True, sz=22), before=200))
    for st in a['strategies']:
        n = len(st['goals']); wl = 1700; wg = (9900 - wl) // n
        b.append(P(R(f"Estrategia {st['number']}. ", b=True), R(st['title'], b=True), keep=True))
        rows = [[C([P(R(f"Estrategia {st['number']}", b=True))], wl, shade='F2F2F2')] + [C([P(R(f"Meta {g['id']}", b=True))], wg, shade='F2F2F2') for g in st['goals']]]
        for lab, key in (('Meta', 'text'), ('Indicador', 'indicator'), ('Instancia ejecutora', 'executor')):
            rows.append([C([P(R(lab, b=True))], wl)] + [C([P(R(g[key]))], wg) for g in st['goals']])
        rows.append([C([P(R('Informe', b=True))], wl)] + [C([P(R(x)) for x in g['report']] if g['report'] else [P(R(g['status'], i=True))], wg) for g in st['goals']])
        b.append(T(rows, [wl] + [wg] * n))
        for sec, word in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if items:
                b.append(P(R(word, b=True, u=True)))
                for t, _s, gl, _l, sp in items:
                    head, body = fb_line_J4(sp, gl, t)
                    b.append(P(R(head, b=True), R(body), align='both'))
        b.append(EMPTY)
    b.append(P(R('Acuerdos', b=True, sz=22)))
    for k, ag in enumerate(a['agreements']):
        b.append(P(R(f'{"abcdefgh"[k]})\t{ag["text"]}'), ind=(567, 567), tabs=[567]))
    b += [EMPTY, EMPTY]
    b.append(P(R(a['coordinator'][0], b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    D.write(path, ''.join(b), header_xml=P(R('Comisión de Búsqueda de Personas · PDHCDMX', sz=16), align='right'), footer_xml=P(D.PAGE_FIELD, align='center'), extra_rels=rels)


def html_J4(a):
    e = H.escape
    css = CSS_BASE + ('@page{size:Letter;margin:18mm 16mm}'
                      '.att{display:grid;grid-template-columns:1fr 1fr;column-gap:14pt;row-gap:5pt;margin-bottom:6pt}'
                      '.att div span{display:block} .grid{display:grid;border-top:1px solid #999;border-left:1px solid #999;margin:4pt 0 8pt}'
                      '.grid>div{border-right:1px solid #999;border-bottom:1px solid #999;padding:3pt 4pt}'
                      '.grid>div.h{background:#f2f2f2;font-weight:bold} a{color:#0563C1}')
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(a["stem"])}</title><style>{css}</style></head><body>']
    o.append(f"<h1>{e(a['ordinal'])} {e(a['kind'])} del Espacio de Participación</h1><h1>{e(a['body'])}</h1>")
    o.append(f"<div style='display:flex;gap:40pt'><p><b>Fecha:</b> {e(a['date_text'])}</p><p><b>Hora:</b> {e(a['time_text'])}</p></div>")
    for l, v in (('Lugar', a['place']), ('Tema', a['topic']), ('Objetivo', a['objective'])):
        o.append(f'<p><b>{l}:</b> {e(v)}</p>')
    o.append('<h2>Asistencia</h2>')
    for s, rows in groups(a['attendance']):
        o.append(f'<p><b><i>{SECTOR_HEAD[s]}</i></b></p><div class="att">')
        for n, _t, i, *_ in rows:
            inst = e(i)
            if i.endswith(LINKED_J4) and i != LINKED_J4:
                inst = e(i[:-len(LINKED_J4)]) + f'<a href="https://comisiondebusqueda.cdmx.gob.mx/">{e(LINKED_J4)}</a>'
            o.append(f'<div><b>{e(n)}</b><span>{inst}</span></div>')
        o.append('</div>')
    o.append('<h2>Revisión de estrategias</h2>')
    for st in a['strategies']:
        n = len(st['goals'])
        o.append(f"<p><b>Estrategia {st['number']}. {e(st['title'])}</b></p>")
        o.append(f'<div class="grid" style="grid-template-columns:1.1fr repeat({n},{"1.9fr" if n < 3 else "1.7fr"})">')
        o.append(f"<div class='h'>Estrategia {st['number']}</div>" + ''.join(f"<div class='h'>Meta {g['id']}</div>" for g in st['goals']))
        for lab, key in (('Meta', 'text'), ('Indicador', 'indicator'), ('Instancia ejecutora', 'executor')):
            o.append(f'<div><b>{lab}</b></div>' + ''.join(f'<div>{e(g[key])}</div>' for g in st['goals']))
        o.append('<div><b>Informe</b></div>' + ''.join('<div>' + (''.join(f'<p>{e(x)}</p>' for x in g['report']) if g['report'] else f"<i>{e(g['status'])}</i>") + '</div>' for g in st['goals']))
        o.append('</div>')
        for sec, word in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if items:
                o.append(f'<p><b><u>{word}</u></b></p>')
                for t, _s, gl, _l, sp in items:
                    head, body = fb_line_J4(sp, gl, t)
                    o.append(f'<p style="text-align:justify"><b>{e(head)}</b>{e(body)}</p>')
    o.append('<h2>Acuerdos</h2>')
    for k, ag in enumerate(a['agreements']):
        o.append(f'<div style="display:flex;gap:8pt;margin-bottom:4pt"><div>{"abcdefgh"[k]})</div><div>{e(ag["text"])}</div></div>')
    o.append(f"<p style='text-align:center;margin-top:30pt'><b>{e(a['coordinator'][0])}</b><br>{e(a['coordinator'][1])}</p></body></html>")
    return ''.join(o)


# ------------------------------------------------------------------ J5: title in page header, signature sheet, landscape goal rows, one table for remarks + agreements
BOX_ON = '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:sz w:val="24"/></w:rPr><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'
BOX_OFF = '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:sz w:val="24"/></w:rPr><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>'


def build_J5(a, path):
    b = []
    inner = T([[C([P(R(l + ':', b=True))], 1900), C([P(R(v))], 7500)] for l, v in
               (('Fecha', a['date_text']), ('Hora', a['time_text']), ('Sede', a['place']), ('Tema', a['topic']), ('Objetivo', a['objective']))],
              [1900, 7500], borders=False, after=False)
    b.append(T([[C([inner, P(R(''))], 9900, shade='EDF3E7')]], [9900]))
    b.append(P(R('LISTA DE ASISTENCIA', b=True), align='center'))
    WA = [500, 2700, 3000, 2200, 1500]
    rows = [[C([P(R(x, b=True), align='center')], w, shade='C5E0B3') for x, w in zip(('No.', 'Nombre', 'Institución', 'Cargo', 'Firma'), WA)]]
    k = 0
    for s, grp in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s].upper(), b=True))], sum(WA), span=5, shade='E2EFD9')])
        for n, _t, i, _k, _s, c in grp:
            k += 1
            rows.append([C([P(R(f'{k}'), align='center')], WA[0]), C([P(R(n))], WA[1]), C([P(R(i))], WA[2]), C([P(R(c))], WA[3]), C([EMPTY], WA[4])])
    b.append(T(rows, WA, header_rows=1, after=False))
    b.append(sect_para())
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS', b=True), align='center'))
    WS = [2300, 3000, 2200, 2100, 3900, 1000]
    rows = [[C([P(R(x, b=True), align='center')], w, shade='C5E0B3') for x, w in zip(('Estrategia', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Informó'), WS)]]
    for st in a['strategies']:
        for g in st['goals']:
            rows.append([C([P(R(f"Estrategia {st['number']}", b=True)), P(R(st['title'], sz=16))], WS[0]),
                         C([P(R(f"Meta {g['id']}", b=True)), P(R(g['text']))], WS[1]), C([P(R(g['indicator']))], WS[2]),
                         C([P(R(g['executor']))], WS[3]), C([P(R(x)) for x in g['report']] if g['report'] else [EMPTY], WS[4]),
                         C([P(BOX_ON if g['report'] else BOX_OFF, R(' Sí' if g['report'] else ' No'), align='center')], WS[5])])
    b.append(T(rows, WS, header_rows=1, after=False))
    b.append(sect_para(landscape=True))
    b.append(P(R('RETROALIMENTACIÓN, OBSERVACIONES Y ACUERDOS', b=True), align='center'))
    WF = [1500, 800, 1700, 4200, 1700]
    rows = [[C([P(R(x, b=True), align='center')], w, shade='C5E0B3') for x, w in zip(('Tipo', 'Meta', 'Intervención', 'Descripción', 'Responsable'), WF)]]
    for st in a['strategies']:
        for t, s, gl, _l, sp in st['feedback']:
            rows.append([C([P(R(SECTION_WORD[s]))], WF[0]), C([P(R(gl))], WF[1]), C([P(R(sp))], WF[2]), C([P(R(t))], WF[3]), C([P(R('—'))], WF[4])])
    for ag in a['agreements']:
        rows.append([C([P(R('Acuerdo', b=True))], WF[0]), C([P(R('—'))], WF[1]), C([P(R('—'))], WF[2]), C([P(R(ag['text']))], WF[3]), C([P(R(ag['responsible']))], WF[4])])
    b.append(T(rows, WF, header_rows=1))
    b += [EMPTY, EMPTY]
    b.append(P(sdt_run(a['coordinator'][0], 'Nombre de la persona coordinadora', b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    hdr = (P(R(f"Espacio de Participación de {a['body']}", b=True, sz=22), align='center') +
           P(R(f"{a['ordinal']} {a['kind']}", b=True, sz=20), align='center'))
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'))


# ------------------------------------------------------------------ J6: caps title, REF field, empty spacing, table per goal, tracked changes
OLD_GOAL_J6 = 'Meta 250.3 Difundir campañas de prevención del consumo en redes sociales dirigidas a adolescentes'
HIDDEN_J6 = ' Cifra preliminar pendiente validar con el área de estadística: 7,500 estudiantes.'


def build_J6(a, path):
    b = []
    b.append(P(R(f"{a['ordinal'].lower()} {a['kind']}", b=True, caps=True, sz=26), align='center'))
    b.append(P(R(f"espacio de participación {a['body']}", b=True, caps=True, sz=24), align='center'))
    b += [EMPTY, EMPTY]
    b.append(P(R('Fecha:', b=True, u=True), R('\n'), '<w:bookmarkStart w:id="1" w:name="FechaSesion"/>', R(a['date_text']), '<w:bookmarkEnd w:id="1"/>'))
    b.append(P(R('Hora:', b=True, u=True), R('\n' + a['time_text'])))
    b.append(P(R('Lugar:', b=True, u=True), R('\n' + a['place'])))
    b.append(P(R('Tema:', b=True, u=True), R('\n' + a['topic'])))
    b.append(P(R('Objetivo:', b=True, u=True), R('\n' + a['objective']), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    b.append(EMPTY)
    b.append(P(R(f"Siendo las {a['time_text']} del "), field_complex('REF FechaSesion \\h', R(a['date_text'])),
               R(', se reunieron las personas integrantes del Espacio de Participación que se enlistan a continuación.'), align='both'))
    b += [EMPTY] * (14 if a['number'] == 5 else 16)
    b.append(P(R('asistencia', b=True, u=True, caps=True)))
    WA = [2600, 3300, 2300, 1700]
    rows = [[C([P(R(x, b=True))], w, shade='DEEAF6') for x, w in zip(('Nombre', 'Institución', 'Cargo', 'Sector'), WA)]]
    for n, _t, i, _k, s, c in a['attendance']:
        rows.append([C([P(R(n))], WA[0]), C([P(R(i))], WA[1]), C([P(R(c))], WA[2]), C([P(R(SECTOR_WORD[s]))], WA[3])])
    b.append(T(rows, WA, header_rows=1))
    b.append(EMPTY)
    b.append(P(R('estrategias revisadas', b=True, u=True, caps=True)))
    rid = 700
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}.", b=True, u=True), R('\n' + st['title'], b=True), keep=True, before=160))
        for g in st['goals']:
            W6 = [2300, 7600]
            rows = [[C([P(R(f"Meta {g['id']}", b=True))], W6[0], shade='DEEAF6'), C([P(R(g['text']))], W6[1])],
                    [C([P(R('Indicador', b=True))], W6[0]), C([P(R(g['indicator']))], W6[1])],
                    [C([P(R('Instancia ejecutora', b=True))], W6[0]), C([P(R(g['executor']))], W6[1])]]
            if g['report']:
                rep = []
                for k, x in enumerate(g['report']):
                    extra = [R(HIDDEN_J6, vanish=True)] if (a['number'] == 5 and g['id'] == '250.1' and k == 0) else []
                    rep.append(P(R(x), *extra, align='both'))
            else:
                rep = [P(R(g['status'], i=True))]
            rows.append([C([P(R('Informe', b=True))], W6[0]), C(rep, W6[1])])
            for sec, word in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
                items = fb_for(st, g['id'], sec)
                if items:
                    rows.append([C([P(R(word, b=True))], W6[0]), C([P(R(t), align='both') for t, *_ in items], W6[1])])
            b.append(T(rows, W6))
        if st['number'] == 250 and a['number'] == 5:
            b.append(deleted_para(OLD_GOAL_J6, date='2018-06-14T09:00:00Z'))
    b.append(P(R('acuerdos', b=True, u=True, caps=True)))
    WG = [600, 5200, 2200, 1900]
    rows = [[C([P(R(x, b=True))], w, shade='DEEAF6') for x, w in zip(('No.', 'Acuerdo', 'Responsable', 'Fecha de cumplimiento'), WG)]]
    for k, ag in enumerate(a['agreements'], 1):
        t = ag['text']
        if k == 1 and ' atendidos ' in t:
            pre, post = t.split(' atendidos ', 1)
            txt = R(pre + ' ') + del_run('visitados ', rid) + ins_run('atendidos ', rid + 1) + R(post)
        else:
            txt = R(t)
        if k == 2: txt = commented(0, txt)
        rows.append([C([P(R(f'{k}.'))], WG[0]), C([P(txt)], WG[1]), C([P(R(ag['responsible']))], WG[2]), C([P(R(ag['due']))], WG[3])])
    b.append(T(rows, WG, header_rows=1))
    b += [EMPTY, EMPTY, EMPTY]
    b.append(P(R(a['coordinator'][0], b=True), align='center'))
    b.append(P(R(a['coordinator'][1]), align='center'))
    b.append(sect())
    D.write(path, ''.join(b), header_xml=P(R('IAPA · Espacio de Participación', i=True, sz=16), align='left'), footer_xml=P(D.PAGE_FIELD, align='center'),
            footnotes=['Informe correspondiente al periodo enero-marzo de 2018.' if a['number'] == 5 else 'Informe correspondiente al periodo abril-junio de 2018.'],
            extra_rels=[COMMENTS_REL], extra_parts=[comments_part([('Secretaría Ejecutiva', 'Confirmar si la mesa será en julio.')])],
            settings_extra='<w:revisionView w:markup="false" w:insDel="false"/>')


BUILDERS = {'J1': build_J1, 'J2': build_J2, 'J3': build_J3, 'J4': build_J4, 'J5': build_J5, 'J6': build_J6}
HTML = {'J3': html_J3, 'J4': html_J4}


def pdf_from_docx(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-j', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
        print('built', a['stem'])


if __name__ == '__main__':
    main(set(sys.argv[1:]))
