# -*- coding: utf-8 -*-
"""Gold and helpers for batch AL (from AF) (from batch Q; rendered from content.py: .docx (all), .html (Chromium layouts), .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc, cell, table, sect, sect_para
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'P4', 'P5'}
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


def T(rows, widths, borders=True, header_rows=0, after=True, indent=None, cant_split=False):
    """rows: list of lists of cell xml; header_rows: first n rows repeat on each page (w:tblHeader)"""
    val = 'single' if borders else 'nil'
    b = ''.join(f'<w:{s} w:val="{val}" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = ''
    for k, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' if k < header_rows else ('<w:trPr><w:cantSplit/></w:trPr>' if cant_split else '')
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
TC = re.compile(r'\{del:([^|}]*)\|ins:([^}]*)\}')


def final(t):
    return TC.sub(lambda m: m.group(2), t)


def tracked_runs(t, rid=700, author='Carolina Ugalde', date='2016-02-29T12:10:00Z', **kw):
    """text with {del:a|ins:b} markers -> runs with w:del / w:ins"""
    out, pos = [], 0
    for k, m in enumerate(TC.finditer(t)):
        if m.start() > pos: out.append(R(t[pos:m.start()], **kw))
        out.append(f'<w:del w:id="{rid + 2 * k}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(m.group(1))}</w:delText></w:r></w:del>')
        out.append(f'<w:ins w:id="{rid + 2 * k + 1}" w:author="{author}" w:date="{date}">{R(m.group(2), **kw)}</w:ins>')
        pos = m.end()
    if pos < len(t): out.append(R(t[pos:], **kw))
    return ''.join(out)


def rep_text(report):
    if not report: return None
    out = []
    for x in report:
        if isinstance(x, str): out.append(final(x))
        else: out += ['Actividad Cantidad'] + [f'{act} {qty}' for act, qty in x]
    return ' '.join(out)


def ag_strategies(a, k, ag):
    """strategies named in the agreement's text (a number or a goal id), plus, in N5, the strategy of the table row the agreement sits in"""
    named = {int(m.group(1)) for m in re.finditer(r'(?<![\d,.])([1-7]\d\d)(?:\.\d+)?(?![\d,])', ag['text'])}
    return sorted(named)


def _fin(x):
    if isinstance(x, str): return final(x)
    if isinstance(x, list): return [_fin(y) for y in x]
    if isinstance(x, dict): return {k: _fin(v) for k, v in x.items()}
    return x


def gold(a):
    return _fin(_gold(a))


def _gold(a):
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
        'attendance': [dict(name=n, institution=i, institution_key=k, sector=s) for n, _t, i, k, s, *_c in a['attendance']],
        'strategies': strategies,
        'agreements': [dict(text=g['text'], dates=g['dates'], strategies=ag_strategies(a, k, g), responsible=g['responsible']) for k, g in enumerate(a['agreements'])],
        'next_session': a['next'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-al', 'notes': a['notes']},
    }



