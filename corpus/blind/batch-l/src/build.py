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


BUILDERS = {'L1': build_L1}
HTML = {}


def pdf_from_docx(docx_path, fmt='pdf'):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-l', '--headless', '--convert-to', fmt, '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXTRA_FORMATS = {}   # stem -> ['odt'] / ['doc']


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
