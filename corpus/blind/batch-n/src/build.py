# -*- coding: utf-8 -*-
"""Render batch N from content.py: .docx (all), .html (Chromium layouts), .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc, cell, table, sect, sect_para
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'N2', 'N3'}
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
    for st in a['strategies']:
        if k in st.get('acuerdos', []): named.add(st['number'])
    return sorted(named)


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
        'agreements': [dict(text=g['text'], dates=g['dates'], strategies=ag_strategies(a, k, g), responsible=g['responsible']) for k, g in enumerate(a['agreements'])],
        'next_session': a['next'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-n', 'notes': a['notes']},
    }



def que(verb):
    return verb if verb.endswith(' que') else verb + ' que'



def split_name(att_row):
    n, t = att_row[0], att_row[1]
    return (t + ' ' + n) if t else n




def ml_numbering(defs):
    """defs: list of (numId, [(fmt, lvlText, left, font or None)] per level) -> numbering.xml"""
    a, n = '', ''
    for nid, lvls in defs:
        L = ''
        for k, (fmt, txt, left, font) in enumerate(lvls):
            rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ''
            L += (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="{left}" w:hanging="300"/></w:pPr>{rpr}</w:lvl>')
        a += f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType w:val="multilevel"/>{L}</w:abstractNum>'
        n += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>{a}{n}</w:numbering>'


def bottom_rule():
    return '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'


def inst_groups(att):
    """consecutive people of one institution -> [(inst, [rows])]"""
    out = []
    for row in att:
        if out and out[-1][0] == row[2]: out[-1][1].append(row)
        else: out.append((row[2], [row]))
    return out


def join_y(xs):
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' y ' + xs[-1]


# ------------------------------------------------------------------ N1: tarjeta informativa for the Secretario Ejecutivo
N1_SECTOR = {IE: 'Instancias ejecutoras', OT: 'Otras instancias públicas', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
N1_PARA = ('Dr. Jorge Alberto Cruz Ramírez', 'Secretario Ejecutivo del Mecanismo de Seguimiento y Evaluación del PDHCDMX')
N1_CCP = 'c.c.p. Mtro. Raúl Benavides Soto, Director de Seguimiento. Para su conocimiento.'


def build_N1(a, path):
    b = []
    b.append(P(R('TARJETA INFORMATIVA', b=True, sz=28), align='center', after=60))
    b.append(P(R('Folio: ' + a['folio'], sz=16), align='right', after=160))
    c = a['coordinator']
    coord_t = 'Mtra.'
    rows = []
    for k, v in (('PARA:', [N1_PARA[0], N1_PARA[1]]), ('DE:', [coord_t + ' ' + c[0], c[1]]), ('FECHA:', [a['tarjeta_date']]),
                 ('ASUNTO:', [f"{a['ordinal']} Sesión Ordinaria del Espacio de Participación de los {a['body']}."])):
        rows.append([C([P(R(k, b=True), after=40)], w=1400), C([P(R(x, b=(j == 0 and k in ('PARA:', 'DE:'))), after=0) for j, x in enumerate(v)] , w=8200)])
    b.append(T(rows, [1400, 8200], borders=False, after=False))
    b.append(P(R(''), ppr_extra=bottom_rule(), after=200))
    nums = ', '.join(str(st['number']) for st in a['strategies'][:-1]) + ' y ' + str(a['strategies'][-1]['number'])
    b.append(P(R(f"Por este medio le informo que el {a['date_text']}, de las {a['start']} a las {a['end']} horas, se celebró en la {a['place']} "
                 f"la {a['ordinal']} Sesión Ordinaria del Espacio de Participación de los {a['body']}, en la que se dio seguimiento a las "
                 f"estrategias {nums} del Programa de Derechos Humanos de la Ciudad de México."), align='both', after=160))
    b.append(P(R('ASISTENCIA', b=True), after=80))
    b.append(P(R(f"Asistieron {len(a['attendance'])} personas, como sigue:"), after=80))
    for s in (IE, OT, SC, SE):
        ppl = [r for r in a['attendance'] if r[4] == s]
        if not ppl: continue
        parts = [join_y([f'{r[1]} {r[0]}' for r in rows_]) + f' ({inst})' for inst, rows_ in inst_groups(ppl)]
        b.append(P(R(f'{N1_SECTOR[s]} ({len(ppl)}): ', b=True), R('; '.join(parts) + '.'), num=(1, 0), align='both', after=60))
    b.append(P(R('DESARROLLO', b=True), before=160, after=80))
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}. {st['title']}.", b=True), before=120, after=60, keep=True))
        for g in st['goals']:
            b.append(P(R(f"Meta {g['id']}. ", b=True), R(g['text'] + '.'), num=(2, 0), after=20))
            b.append(P(R('Indicador: ', i=True), R(g['indicator'] + '.'), num=(2, 1), after=20))
            b.append(P(R('Responsable: ', i=True), R(g['executor'] + '.'), num=(2, 1), after=20))
            b.append(P(R('Reporte: ', i=True), R(' '.join(g['report']) if g['report'] else g['status']), num=(2, 1), align='both', after=60))
        for sec, head in (('retroalimentacion', 'Retroalimentación de la Secretaría Ejecutiva:'), ('observacion', 'Posicionamientos de las personas participantes:')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, i=True, u=True), ind=(360, 0), after=20))
            for f in items:
                b.append(P(R(f[0] + f' (meta {f[2]})'), num=(3, 0), align='both', after=40))
    b.append(P(R('ACUERDOS', b=True), before=160, after=80))
    for ag in a['agreements']:
        b.append(P(R(ag['text']), R(' — Responsable: ' + ag['responsible'] + '.', i=True), num=(4, 0), align='both', after=60))
    b.append(P(R('PRÓXIMA SESIÓN', b=True), before=160, after=80))
    b.append(P(R(a['next_text']), align='both'))
    b.append(P(R('COMENTARIO', b=True), before=160, after=80))
    b.append(P(R(a['comment']), align='both'))
    b.append(P(R('Sin otro particular, le envío un cordial saludo.'), before=160))
    b.append(P(R('ATENTAMENTE', b=True), align='center', before=240, after=600))
    b.append(P(R(coord_t + ' ' + c[0], b=True), align='center', after=0))
    b.append(P(R(c[1]), align='center', after=360))
    b.append(P(R(N1_CCP, sz=14), after=0))
    b.append(P(R(a['initials'], sz=14)))
    b.append(sect())
    hdr = (P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', b=True, sz=16), align='right', after=0) +
           P(R('DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=16), align='right', after=0) +
           P(R('Dirección de Seguimiento · Coordinación de Espacios de Participación', sz=14, color='666666'), align='right', ppr_extra=bottom_rule()))
    ftr = P(R('General Prim 4, colonia Centro, C.P. 06010, Ciudad de México · Tel. 55 5512 2860', sz=14, color='666666'), align='center')
    numx = ml_numbering([(1, [('bullet', '▪', 360, None)]), (2, [('bullet', '•', 360, None), ('bullet', '–', 720, None)]),
                         (3, [('bullet', '›', 720, None)]), (4, [('decimal', '%1.', 360, None)])])
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr, numbering_xml=numx)


# ------------------------------------------------------------------ N4: bitácora (Hora | Punto | Interviene | Desarrollo)
N4_TIPO = {IE: 'Ente', OT: 'Deleg.' , SC: 'OSC', SE: 'SE'}
N4_LEGEND = ('Tipo: Ente = instancia ejecutora del Gobierno de la Ciudad de México; OSC = organización de la sociedad civil; '
             'Deleg. = órgano político-administrativo; Acad. = institución académica; SE = Secretaría Ejecutiva del MSyE.')


def n4_tipo(r):
    if r[4] == OT and r[3] == 'UAM': return 'Acad.'
    return N4_TIPO[r[4]]


def addmin(t, m):
    h, mm = map(int, t.split(':'))
    x = h * 60 + mm + m
    return f'{x // 60:02d}:{x % 60:02d}'


def n4_rows(a):
    """list of (hora, punto, interviene, [paragraph runs lists])"""
    rows = []
    rows.append((a['start'], 'Apertura', 'Coordinación', [[R(f"Se verifica el quórum con {len(a['attendance'])} personas presentes y se declara abierta la sesión.")]]))
    nums = ' y '.join(str(st['number']) for st in a['strategies'])
    rows.append((addmin(a['start'], 6), 'Orden del día', 'Coordinación', [[R(f'Se aprueba el orden del día: seguimiento de las estrategias {nums}; acuerdos; próxima sesión; asuntos generales.')]]))
    if a['number'] == 7:
        rows.append((addmin(a['start'], 12), 'Acuerdos anteriores', 'SE', [[R(f"Se da lectura a los acuerdos de la {a['prev'][0]} sesión ({a['prev'][1]}); los tres se dan por cumplidos.")]]))
    for st in a['strategies']:
        t = st['t0']
        rows.append((t, f"Estrategia {st['number']}", 'Coordinación', [[R('Se presenta la estrategia: '), R(st['title'], b=True), R('.')]]))
        for g in st['goals']:
            t = addmin(t, 4)
            paras = [[R('Meta: ', b=True), R(g['text'])], [R('Indicador: ', b=True), R(g['indicator'])], [R('Responsable: ', b=True), R(g['executor'])]]
            paras.append([R('Informe: ', b=True), R(' '.join(g['report']) if g['report'] else g['status'], i=not g['report'])])
            rows.append((t, f"Meta {g['id']}", g['executor'] if g['report'] else '—', paras))
            for f in [f for f in st['feedback'] if f[2] == g['id']]:
                t = addmin(t, 6)
                punto = ('Retroalimentación · ' if f[1] == 'retroalimentacion' else 'Observación · ') + g['id']
                rows.append((t, punto, f[4], [[R(f[0])]]))
    t = addmin(a['end'], -20)
    for k, ag in enumerate(a['agreements'], 1):
        rows.append((t, f'Acuerdo {k}', 'Pleno', [[R(ag['text'])]]))
        t = addmin(t, 3)
    rows.append((addmin(a['end'], -6), 'Próxima sesión', 'Coordinación', [[R(a['next_text'])]]))
    rows.append((a['end'], 'Cierre', 'Coordinación', [[R(f"Sin asuntos generales, se da por concluida la sesión a las {a['end']} horas.")]]))
    return rows


def build_N4(a, path):
    b = []
    b.append(P(R('BITÁCORA DE LA SESIÓN', b=True, sz=30, color='1F4E79'), after=0))
    b.append(P(R('Espacio de Participación del ' + a['body'], sz=22, color='1F4E79'), ppr_extra=bottom_rule(), after=120))
    band = [[C([P(R(f"{a['ordinal']} Sesión Ordinaria", b=True), after=0)], shade='DEEAF6'),
             C([P(R(a['date_text'], b=True), after=0)], shade='DEEAF6'),
             C([P(R(f"{a['start']}–{a['end']} h", b=True), after=0)], shade='DEEAF6'),
             C([P(R(a['place']), after=0)], shade='DEEAF6')]]
    b.append(T(band, [2300, 1500, 1500, 4300], borders=False))
    b.append(P(R('Registro de asistencia', b=True, sz=22, color='1F4E79'), after=60))
    rows = [[C([P(R(h, b=True), after=0)], shade='1F4E79'.replace('1F4E79', 'BDD7EE')) for h in ('Institución', 'Asistente(s)', 'Tipo')]]
    for inst, ppl in inst_groups(a['attendance']):
        rows.append([C([P(R(inst), after=0)]), C([P(R(f'{r[1]} {r[0]}'), after=0) for r in ppl]), C([P(R(n4_tipo(ppl[0])), after=0)])])
    b.append(T(rows, [3900, 4500, 1200], header_rows=1, after=False))
    b.append(P(R(N4_LEGEND, i=True, sz=15), after=200))
    b.append(P(R('Desarrollo de la sesión', b=True, sz=22, color='1F4E79'), after=60))
    rows = [[C([P(R(h, b=True), after=0)], shade='BDD7EE') for h in ('Hora', 'Punto', 'Interviene', 'Desarrollo')]]
    first = True
    for hora, punto, quien, paras in n4_rows(a):
        ps = [P(*runs, after=40) for runs in paras]
        if first:
            ps[-1] = ps[-1].replace('</w:p>', '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>')
            first = False
        rows.append([C([P(R(hora), after=0)]), C([P(R(punto, b=True), after=0)]), C([P(R(quien), after=0)]), C(ps)])
    b.append(T(rows, [800, 2000, 1500, 5300], header_rows=1))
    c = a['coordinator']
    se = [r for r in a['attendance'] if r[4] == SE][0]
    sig = [[C([P(R('Elaboró la bitácora'), align='center', after=500), P(R(f'{se[1]} {se[0]}', b=True), align='center', after=0), P(R(se[2]), align='center', after=0)]),
            C([P(R('Validó'), align='center', after=500), P(R('Mtro. ' + c[0], b=True), align='center', after=0), P(R(c[1]), align='center', after=0)])]]
    b.append(T(sig, [4800, 4800], borders=False))
    b.append(sect())
    hdr = P(R(f"Bitácora · EP Ruido · {a['ordinal']} SO", sz=16, color='666666'), R(f"\t{a['date_text']}", sz=16, color='666666'),
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9600"/></w:tabs>')
    ftr = P(D.PAGE_FIELD, align='right')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr,
            footnotes=['Registro elaborado a partir de las notas de la relatoría y de la grabación de audio de la sesión.'])



# ------------------------------------------------------------------ N2: Excel workbook printed sheet by sheet (Chromium), docx = ranges pasted into Word
N2_TIPO = {IE: 'GOBIERNO CDMX', OT: 'DELEGACIÓN', SC: 'OSC', SE: 'SECRETARÍA EJECUTIVA'}
N2_FILE = 'Seguimiento_EP_PeatonesCiclistas_2015.xlsx'


def xc(t, cs=1, rs=1, cls=''):
    return dict(t=t, cs=cs, rs=rs, cls=cls)


def n2_sheets(a):
    """[(name, landscape, widths_mm, rows)] ; a row is a list of cells (dicts) or [] for an empty row"""
    c = a['coordinator']
    sheets = []
    R_ = [[xc('ESPACIO DE PARTICIPACIÓN DE LOS ' + a['body'].upper(), cs=2, cls='ttl')],
          [xc(f"REGISTRO Y SEGUIMIENTO · {a['ordinal']} SESIÓN ORDINARIA 2015", cs=2, cls='sub')], [],
          [xc('FECHA', cls='k'), xc(a['date_text'], cls='r')], [xc('HORA DE INICIO', cls='k'), xc(a['start'], cls='r')],
          [xc('HORA DE TÉRMINO', cls='k'), xc(a['end'], cls='r')], [xc('SEDE', cls='k'), xc(a['place'])],
          [xc('COORDINA', cls='k'), xc('Mtra. ' + c[0])], [xc('RELATORÍA', cls='k'), xc(a['relator'])],
          [xc('FECHA DE CORTE DE INFORMES', cls='k'), xc(a['corte'], cls='r')], [],
          [xc('PRÓXIMA SESIÓN', cs=2, cls='band')]]
    nd, nh, ns, nt = a['next_row']
    R_ += [[xc('FECHA', cls='k'), xc(nd, cls='r')], [xc('HORA', cls='k'), xc(nh, cls='r')], [xc('SEDE', cls='k'), xc(ns)], [xc('TEMAS', cls='k'), xc(nt)]]
    sheets.append(('DATOS', False, [55, 120], R_))
    R_ = [[xc(f"LISTA DE ASISTENCIA – {a['ordinal']} SESIÓN ORDINARIA – {a['date_text']}", cs=6, cls='ttl')],
          [xc(h, cls='hd') for h in ('NO.', 'NOMBRE', 'INSTITUCIÓN', 'CARGO', 'TIPO', 'FIRMA')]]
    for k, r in enumerate(a['attendance'], 1):
        R_.append([xc(str(k), cls='r'), xc(r[0]), xc(r[2]), xc(r[5]), xc(N2_TIPO[r[4]]), xc('')])
    sheets.append(('ASISTENCIA', False, [9, 48, 42, 44, 30, 22], R_))
    R_ = [[xc(f"SEGUIMIENTO DE ESTRATEGIAS – {a['ordinal']} SESIÓN ORDINARIA – {a['date_text']}", cs=9, cls='ttl')],
          [xc(h, cls='hd') for h in ('ESTRATEGIA', 'META', 'DESCRIPCIÓN DE LA META', 'INDICADOR', 'ENTE RESPONSABLE', '¿REPORTÓ?', 'AVANCE REPORTADO', 'RETROALIMENTACIÓN SE', 'OBSERVACIONES DE LAS Y LOS PARTICIPANTES')]]
    for st in a['strategies']:
        for j, g in enumerate(st['goals']):
            row = [xc(f"{st['number']}. {st['title']}", rs=len(st['goals']), cls='top')] if j == 0 else []
            ret = [f[0] for f in fb_for(st, g['id'], 'retroalimentacion')]
            obs = [f[0] for f in fb_for(st, g['id'], 'observacion')]
            assert len(ret) <= 1 and len(obs) <= 1
            row += [xc(g['id'], cls='top'), xc(g['text'], cls='top'), xc(g['indicator'], cls='top'), xc(g['executor'], cls='top'),
                    xc('SÍ' if g['report'] else 'NO', cls='top c'), xc(' '.join(g['report']) if g['report'] else g['status'], cls='top' if g['report'] else 'top c'),
                    xc(ret[0] if ret else '', cls='top'), xc(obs[0] if obs else '', cls='top')]
            R_.append(row)
    R_ += [[], [xc(f"S/I = Sin información. Fecha de corte de los informes: {a['corte']}.", cs=9, cls='note')]]
    sheets.append(('SEGUIMIENTO', True, [30, 13, 30, 26, 21, 14, 52, 38, 38], R_))
    R_ = [[xc(f"ACUERDOS – {a['ordinal']} SESIÓN ORDINARIA – {a['date_text']}", cs=5, cls='ttl')],
          [xc(h, cls='hd') for h in ('NO.', 'ACUERDO', 'RESPONSABLE', 'FECHA COMPROMISO', 'ESTATUS')]]
    for k, ag in enumerate(a['agreements'], 1):
        R_.append([xc(str(k), cls='r'), xc(ag['text']), xc(ag['responsible']), xc(ag['due'], cls='c'), xc(ag['state'], cls='c')])
    sheets.append(('ACUERDOS', False, [10, 85, 40, 28, 24], R_))
    return sheets


def col_letter(k):
    return chr(ord('A') + k)


def html_N2(a):
    e = H.escape
    css = """
@page { size: letter portrait; margin: 12mm 10mm 14mm 10mm; }
@page land { size: letter landscape; margin: 12mm 10mm 14mm 10mm; }
body { font-family: Calibri, Carlito, 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; margin: 0; }
section.sheet { page-break-after: always; break-after: page; }
section.sheet.land { page: land; }
section.sheet:last-child { page-break-after: auto; }
.ph { text-align: center; font-size: 8pt; margin-bottom: 3mm; }
.pf { text-align: center; font-size: 8pt; margin-top: 4mm; }
table { border-collapse: collapse; table-layout: fixed; }
td { border: 0.4pt solid #c0c0c0; padding: 0.3mm 1mm; vertical-align: bottom; overflow-wrap: break-word; }
td.hdg { background: #e8e8e8; color: #333; text-align: center; font-size: 7pt; vertical-align: middle; border-color: #9a9a9a; }
td.ttl { font-weight: bold; font-size: 10pt; }
td.sub { font-weight: bold; }
td.k { font-weight: bold; background: #f2f2f2; border-color: #000; }
td.hd { font-weight: bold; background: #c6e0b4; border-color: #000; text-align: center; vertical-align: middle; }
td.band { font-weight: bold; background: #ffe699; border-color: #000; }
td.r { text-align: right; }
td.c { text-align: center; }
td.top { vertical-align: top; border-color: #000; }
td.note { font-style: italic; font-size: 7.5pt; }
section.land td { font-size: 7.5pt; }
"""
    sheets = n2_sheets(a)
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(N2_FILE)}</title><style>{css}</style></head><body>']
    for k, (name, land, widths, rows) in enumerate(sheets, 1):
        ncol = len(widths)
        h.append(f'<section class="sheet{" land" if land else ""}"><div class="ph">{e(N2_FILE)} — {e(name)}</div>')
        h.append('<table><colgroup><col style="width:7mm">' + ''.join(f'<col style="width:{w}mm">' for w in widths) + '</colgroup>')
        h.append('<thead><tr><td class="hdg"></td>' + ''.join(f'<td class="hdg">{col_letter(j)}</td>' for j in range(ncol)) + '</tr></thead><tbody>')
        for rn, row in enumerate(rows, 1):
            used = sum(x['cs'] for x in row)
            cells = ''.join(f'<td class="{x["cls"]}"' + (f' colspan="{x["cs"]}"' if x['cs'] > 1 else '') + (f' rowspan="{x["rs"]}"' if x['rs'] > 1 else '') + f'>{e(x["t"])}</td>' for x in row)
            # empty cells to the right only on rows that are not under a rowspan
            pad = 0 if any(x['rs'] > 1 for x in row) or (row and len(row) < ncol and name == 'SEGUIMIENTO' and rows[rn - 2] and rn > 3) else ncol - used
            h.append(f'<tr><td class="hdg">{rn}</td>{cells}' + '<td></td>' * max(pad, 0) + '</tr>')
        h.append(f'</tbody></table><div class="pf">Página {k} de {len(sheets)}</div></section>')
    h.append('</body></html>')
    return '\n'.join(h)


def sheet_table_docx(widths_mm, rows, scale=56.7):
    """rows with colspan/rowspan -> w:tbl with gridSpan / vMerge"""
    widths = [int(w * scale) for w in widths_mm]
    ncol = len(widths)
    pending = {}   # col -> remaining rows of a vertical merge
    out = []
    for row in rows:
        if not row:
            out.append([C([P(R(''), after=0)], w=sum(widths), span=ncol)])
            continue
        cells, col, it = [], 0, iter(row)
        x = next(it, None)
        while col < ncol:
            if pending.get(col, 0) > 0:
                pending[col] -= 1
                cells.append(C([P(R(''), after=0)], w=widths[col], vmerge='cont'))
                col += 1
                continue
            if x is None:
                cells.append(C([P(R(''), after=0)], w=widths[col]))
                col += 1
                continue
            cls = x['cls']
            shade = {'k': 'F2F2F2', 'hd': 'C6E0B4', 'band': 'FFE699'}.get(cls.split()[0] if cls else '', None)
            runs = R(x['t'], b=cls in ('ttl', 'sub', 'k', 'hd', 'band'), i=cls == 'note', sz=16 if cls not in ('ttl',) else 20)
            al = 'right' if cls == 'r' else ('center' if cls in ('hd',) or 'c' in cls.split() else None)
            cells.append(C([P(runs, after=0, align=al)], w=sum(widths[col:col + x['cs']]), span=x['cs'], shade=shade,
                           vmerge='restart' if x['rs'] > 1 else None))
            if x['rs'] > 1: pending[col] = x['rs'] - 1
            col += x['cs']
            x = next(it, None)
        out.append(cells)
    return T(out, widths)


def build_N2(a, path):
    b = [P(R(N2_FILE.replace('.xlsx', ''), b=True, sz=20), after=40),
         P(R('Hojas pegadas desde Excel: DATOS, ASISTENCIA, SEGUIMIENTO, ACUERDOS.', i=True, sz=16, color='666666'), after=120)]
    sheets = n2_sheets(a)
    for k, (name, land, widths, rows) in enumerate(sheets):
        nxt_land = sheets[k + 1][1] if k + 1 < len(sheets) else None
        b.append(P(R('Hoja: ' + name, b=True, color='375623'), after=60))
        b.append(sheet_table_docx(widths, rows))
        if nxt_land is not None and nxt_land != land:
            b.append(f'<w:p><w:pPr>{sect(landscape=land, header=False, footer=True)}</w:pPr></w:p>')
    b.append(sect(landscape=False, header=False, footer=True))
    D.write(path, ''.join(b), footer_xml=P(D.PAGE_FIELD, align='center'))


# ------------------------------------------------------------------ N3: boletín (newsletter, two columns; Chromium print, docx with a two-column section)
N3_SECTOR = {IE: 'Gobierno de la Ciudad de México', OT: 'Instituciones federales', SC: 'Organizaciones de la sociedad civil', SE: 'Secretaría Ejecutiva'}


def n3_lead(a):
    return (f"El {a['date_text']}, de {a['start']} a {a['end']} horas, nos reunimos en el {a['place']} para la {a['ordinal']} sesión ordinaria "
            f"del Espacio de Participación del {a['body']}. Aquí te contamos lo que informaron las instituciones, lo que se dijo y lo que acordamos.")


def html_N3(a):
    e = H.escape
    css = """
@page { size: letter; margin: 12mm 13mm 14mm 13mm; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; color: #222; margin: 0; }
.mast { border-bottom: 3px solid #b0306a; margin-bottom: 3mm; }
.mast .name { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 30pt; font-weight: bold; color: #b0306a; letter-spacing: -0.5pt; }
.mast .tag { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #555; }
.mast .issue { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; background: #b0306a; color: #fff; padding: 0.8mm 2mm; display: inline-block; margin: 1.5mm 0; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #ddd; }
h1 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 17pt; margin: 0 0 2mm 0; color: #222; column-span: all; }
h2 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12.5pt; margin: 3mm 0 1mm 0; color: #b0306a; break-after: avoid; }
.kick { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; text-transform: uppercase; color: #777; letter-spacing: 1pt; margin-top: 3mm; break-after: avoid; }
p { margin: 0 0 1.8mm 0; text-align: justify; }
p.lead { font-size: 10.5pt; font-style: italic; }
.box { background: #fbeff5; border-left: 3px solid #b0306a; padding: 2mm 2.5mm; margin: 2mm 0 3mm 0; break-inside: avoid; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
.box h3 { margin: 0 0 1.5mm 0; font-size: 10pt; color: #b0306a; }
.box h4 { margin: 2mm 0 0.8mm 0; font-size: 8pt; text-transform: uppercase; color: #555; }
.box p { margin: 0; text-align: left; }
.box p.i { color: #666; font-style: italic; margin-bottom: 1.2mm; }
.ficha { border: 0.5pt solid #d9a3bf; padding: 1.5mm 2mm; margin: 1.5mm 0 2mm 0; break-inside: avoid; font-size: 9pt; }
.ficha p { text-align: left; margin: 0 0 0.8mm 0; }
.ficha .m { font-weight: bold; }
blockquote { margin: 2mm 0 2mm 0; padding: 0 0 0 3mm; border-left: 2px solid #ccc; font-style: italic; break-inside: avoid; }
blockquote p { margin: 0; text-align: left; }
blockquote cite { display: block; font-style: normal; font-size: 8pt; color: #666; font-family: 'Liberation Sans', Arial, sans-serif; }
.qh { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; font-weight: bold; color: #555; margin-top: 2mm; }
.ok p { margin-bottom: 1mm; }
.ok .resp { color: #666; font-size: 7.5pt; margin-bottom: 1.5mm; }
.agenda { background: #b0306a; color: #fff; border: none; }
.agenda h3 { color: #fff; }
.foot { column-span: all; border-top: 1px solid #ccc; margin-top: 4mm; padding-top: 1.5mm; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #666; }
"""
    vol, num, month = a['issue']
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Lactar es un derecho · {e(num)}</title><style>{css}</style></head><body>']
    h.append(f'<div class="mast"><div class="name">Lactar es un derecho</div><div class="tag">Boletín del Espacio de Participación del {e(a["body"])}</div>'
             f'<div class="issue">{e(vol)} · {e(num)} · {e(month)}</div></div>')
    h.append('<div class="cols">')
    h.append(f'<h1>Así vivimos la {e(a["ordinal"])} sesión ordinaria</h1>')
    h.append(f'<p class="lead">{e(n3_lead(a))}</p>')
    h.append(f'<p>{e(a["editorial"])}</p>')
    h.append('<div class="box"><h3>¿Quiénes estuvieron?</h3>')
    for s, ppl in groups(a['attendance']):
        h.append(f'<h4>{e(N3_SECTOR[s])}</h4>')
        for r in ppl:
            h.append(f'<p>{e((r[1] + " " + r[0]).strip())}</p><p class="i">{e(r[2])}</p>')
    h.append('</div>')
    for st in a['strategies']:
        h.append(f'<div class="kick">Estrategia {st["number"]}</div><h2>{e(st["headline"])}</h2>')
        h.append(f'<p><i>{e(st["title"])}</i></p>')
        for g in st['goals']:
            h.append('<div class="ficha">')
            h.append(f'<p class="m">Meta {e(g["id"])} · {e(g["text"])}</p>')
            h.append(f'<p><b>Indicador:</b> {e(g["indicator"])}</p><p><b>Quién informa:</b> {e(g["executor"])}</p>')
            if g['report']:
                h.append(f'<p><b>Lo que nos contaron:</b> {e(" ".join(g["report"]))}</p>')
            else:
                h.append(f'<p><b>Lo que nos contaron:</b> <i>{e(g["status"])}</i></p>')
            h.append('</div>')
        for sec, head in (('retroalimentacion', 'La Secretaría Ejecutiva opinó'), ('observacion', 'Otras voces')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            h.append(f'<div class="qh">{head}</div>')
            for f in items:
                h.append(f'<blockquote><p>“{e(f[0])}”</p><cite>— {e(f[4])}, sobre la meta {e(f[2])}</cite></blockquote>')
    h.append(f'<div class="box"><h3>¿Sabías que…?</h3><p>{e(a["sabias"])}</p></div>')
    h.append('<div class="box ok"><h3>Lo que acordamos</h3>')
    for ag in a['agreements']:
        h.append(f'<p>✔ {e(ag["text"])}</p><p class="resp">Responsable: {e(ag["responsible"])}</p>')
    h.append('</div>')
    nd, nt, npl = a['next_text']
    h.append(f'<div class="box agenda"><h3>Agenda</h3><p><b>Próxima sesión:</b> {e(nd)} · {e(nt)} · {e(npl)}.</p></div>')
    c = a['coordinator']
    h.append(f'<div class="foot">Boletín elaborado por {e(c[0])}, {e(c[1])}, con apoyo de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX. '
             'Los números anteriores pueden consultarse en la página del Programa. Se permite su reproducción citando la fuente.</div>')
    h.append('</div></body></html>')
    return '\n'.join(h)


def box_docx(paras, shade='FBEFF5'):
    return T([[C(paras, w=4700, shade=shade)]], [4700], borders=False)


def build_N3(a, path):
    MAG = 'B0306A'
    vol, num, month = a['issue']
    b = [P(R('Lactar es un derecho', b=True, sz=56, color=MAG), after=0),
         P(R('Boletín del Espacio de Participación del ' + a['body'], sz=18, color='555555'), after=40),
         P(R(f'{vol} · {num} · {month}', b=True, sz=16, color='FFFFFF'), ppr_extra=f'<w:shd w:val="clear" w:color="auto" w:fill="{MAG}"/>', after=80),
         P(R(f"Así vivimos la {a['ordinal']} sesión ordinaria", b=True, sz=32), after=80)]
    b.append(f'<w:p><w:pPr>{sect(header=False, footer=False)}</w:pPr></w:p>')
    b.append(P(R(n3_lead(a), i=True, sz=21), align='both'))
    b.append(P(R(a['editorial']), align='both'))
    ps = [P(R('¿Quiénes estuvieron?', b=True, color=MAG), after=40)]
    for s, ppl in groups(a['attendance']):
        ps.append(P(R(N3_SECTOR[s].upper(), b=True, sz=15, color='555555'), before=60, after=10))
        for r in ppl:
            ps.append(P(R((r[1] + ' ' + r[0]).strip(), sz=17), after=0))
            ps.append(P(R(r[2], i=True, sz=17, color='666666'), after=30))
    b.append(box_docx(ps))
    for st in a['strategies']:
        b.append(P(R(f"ESTRATEGIA {st['number']}", sz=14, color='777777'), before=120, after=0, keep=True))
        b.append(P(R(st['headline'], b=True, sz=25, color=MAG), after=40, keep=True))
        b.append(P(R(st['title'], i=True)))
        for g in st['goals']:
            fp = [P(R(f"Meta {g['id']} · {g['text']}", b=True), after=20),
                  P(R('Indicador: ', b=True), R(g['indicator']), after=20), P(R('Quién informa: ', b=True), R(g['executor']), after=20),
                  P(R('Lo que nos contaron: ', b=True), R(' '.join(g['report']) if g['report'] else g['status'], i=not g['report']), after=20)]
            b.append(T([[C(fp, w=4700)]], [4700]))
        for sec, head in (('retroalimentacion', 'La Secretaría Ejecutiva opinó'), ('observacion', 'Otras voces')):
            items = [f for f in st['feedback'] if f[1] == sec]
            if not items: continue
            b.append(P(R(head, b=True, sz=16, color='555555'), after=20))
            for f in items:
                b.append(P(R(f'“{f[0]}”', i=True), ind=(280, 0), after=0))
                b.append(P(R(f'— {f[4]}, sobre la meta {f[2]}', sz=16, color='666666'), ind=(280, 0), after=80))
    b.append(box_docx([P(R('¿Sabías que…?', b=True, color=MAG), after=20), P(R(a['sabias']), after=0)]))
    ok = [P(R('Lo que acordamos', b=True, color=MAG), after=40)]
    for ag in a['agreements']:
        ok.append(P(R('✔ ' + ag['text']), after=0))
        ok.append(P(R('Responsable: ' + ag['responsible'], sz=15, color='666666'), after=60))
    b.append(box_docx(ok))
    nd, nt, npl = a['next_text']
    b.append(box_docx([P(R('Agenda', b=True, color='FFFFFF'), after=20),
                       P(R('Próxima sesión: ', b=True, color='FFFFFF'), R(f'{nd} · {nt} · {npl}.', color='FFFFFF'), after=0)], shade=MAG))
    c = a['coordinator']
    b.append(P(R(f'Boletín elaborado por {c[0]}, {c[1]}, con apoyo de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX. '
                 'Los números anteriores pueden consultarse en la página del Programa. Se permite su reproducción citando la fuente.', sz=15, color='666666')))
    b.append(sect(cols=2, header=False, footer=False).replace('<w:sectPr>', '<w:sectPr><w:type w:val="continuous"/>'))
    D.write(path, ''.join(b))



# ------------------------------------------------------------------ N5: minuta in one table No. | Tema | Desarrollo | Acuerdos
N5_COLS = {IE: 0, OT: 0, SC: 1, SE: 2}
N5_HEADS = ('Entes públicos', 'Sociedad civil y locatarios', 'Secretaría Ejecutiva')


def build_N5(a, path):
    b = [P(R('MINUTA DE REUNIÓN', b=True, sz=26), align='center', after=160)]
    rows = []
    for k, v in (('Reunión:', f"{a['ordinal']} Sesión Ordinaria del Espacio de Participación de los {a['body']}"), ('Fecha:', a['date_text']),
                 ('Hora:', a['start'] + ' hrs.'), ('Lugar:', a['place'])):
        rows.append([C([P(R(k, b=True), after=0)], w=1500, shade='E7E6E6'), C([P(R(v), after=0)], w=8100)])
    b.append(T(rows, [1500, 8100]))
    b.append(P(R('Participantes', b=True), after=60))
    colp = [[], [], []]
    for r in a['attendance']:
        colp[N5_COLS[r[4]]].append(P(R(f'{r[1]} {r[0]} ({r[2]})'), after=40))
    b.append(T([[C([P(R(h, b=True), align='center', after=0)], w=w, shade='E7E6E6') for h, w in zip(N5_HEADS, (3600, 3600, 2400))],
                [C(ps, w=w) for ps, w in zip(colp, (3600, 3600, 2400))]], [3600, 3600, 2400]))
    b.append(P(R('Desarrollo de la reunión', b=True), after=60))
    W = [500, 1900, 4900, 2300]
    rows = [[C([P(R(h, b=True), align='center', after=0)], shade='E7E6E6') for h in ('No.', 'Tema', 'Desarrollo', 'Acuerdos')]]
    n = 1
    rows.append([C([P(R(str(n)), after=0)]), C([P(R('Lista de asistencia y verificación del quórum'), after=0)]),
                 C([P(R(f"Se registró la asistencia de {len(a['attendance'])} participantes y se verificó el quórum."), after=0)]), C([P(R('—'), align='center', after=0)])])
    n += 1
    rows.append([C([P(R(str(n)), after=0)]), C([P(R('Lectura y aprobación del orden del día y de la minuta anterior'), after=0)]),
                 C([P(R(f"Se aprobó el orden del día. Se aprobó sin cambios la minuta de la {a['prev'][0]} Sesión Ordinaria ({a['prev'][1]})."), after=0)]),
                 C([P(R('—'), align='center', after=0)])])
    for st in a['strategies']:
        n += 1
        dev = []
        for g in st['goals']:
            dev.append(P(R(f"Meta {g['id']}. ", b=True), R(g['text'] + '.', b=True), after=20, before=60))
            dev.append(P(R('Indicador: ', u=True), R(g['indicator'] + '.'), after=20))
            dev.append(P(R('Ente responsable: ', u=True), R(g['executor'] + '.'), after=20))
            if g['report']:
                dev.append(P(R('Informe: ', u=True), tracked_runs(' '.join(g['report'])), after=20))
            else:
                dev.append(P(R('Informe: ', u=True), R(g['status'], i=True), after=20))
            for f in fb_for(st, g['id']):
                lab = 'Comentario de la SE: ' if f[1] == 'retroalimentacion' else 'Comentario de participantes: '
                dev.append(P(R(lab, i=True), R(f[0]), after=20))
        acs = [P(R(f"A.{n}.{k} ", b=True), R(a['agreements'][i]['text']), R(f" (Resp.: {a['agreements'][i]['responsible']})", i=True), after=60)
               for k, i in enumerate(st['acuerdos'], 1)]
        rows.append([C([P(R(str(n)), after=0)]), C([P(R(f"Seguimiento a la estrategia {st['number']}: {st['title']}"), after=0)]), C(dev), C(acs or [P(R('—'))])])
    n += 1
    nxt = [ag for ag in a['agreements'] if ag['next_session']]
    rows.append([C([P(R(str(n)), after=0)]), C([P(R('Asuntos generales'), after=0)]), C([P(R(a['general']), after=0)]),
                 C([P(R(f"A.{n}.{k} ", b=True), R(ag['text']), after=40) for k, ag in enumerate(nxt, 1)])])
    b.append(T(rows, W, header_rows=1))
    b.append(P(R(f"No habiendo más asuntos que tratar, se cerró la reunión a las {a['end']} hrs."), after=400))
    c = a['coordinator']
    se = [r for r in a['attendance'] if r[4] == SE][0]
    sig = [[C([P(R('Elaboró'), align='center', after=500), P(R('______________________________'), align='center', after=0),
              P(R(f'{se[1]} {se[0]}'), align='center', after=0), P(R('Secretaría Ejecutiva'), align='center', after=0)]),
            C([P(R('Vo. Bo.'), align='center', after=500), P(R('______________________________'), align='center', after=0),
              P(R('Lic. ' + c[0]), align='center', after=0), P(R(c[1]), align='center', after=0)])]]
    b.append(T(sig, [4800, 4800], borders=False))
    b.append(sect())
    hdr = T([[C([P(R('PDHDF', b=True, sz=28, color='7F7F7F'), after=0), P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', sz=14), after=0)], w=6600),
              C([P(R('MINUTA', b=True), align='right', after=0), P(R('Código: ' + a['code'], sz=14), align='right', after=0)], w=3000)]], [6600, 3000], borders=False)
    ftr = P(R('Hoja ', sz=16), field_complex('PAGE', R('1', sz=16)), R(' de ', sz=16), field_complex('NUMPAGES', R('2', sz=16)), align='right')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr, settings_extra='<w:revisionView w:markup="false"/><w:trackRevisions/>')


# ------------------------------------------------------------------ N6: printed form filled in (typed values on underscores, ☒/☐)
def box(on): return '☒' if on else '☐'


def typed(v): return R('__' + v + '__')


def FP(*runs, after=60, before=0):
    return P(*runs, after=after, before=before)


def band(t):
    return P(R(t, b=True, color='FFFFFF'), ppr_extra='<w:shd w:val="clear" w:color="auto" w:fill="404040"/>', before=160, after=80, keep=True)


def build_N6(a, path):
    b = [P(R('REGISTRO DE SESIÓN DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center', after=40),
         P(R('Instrucciones: llenar un formato por cada sesión ordinaria o extraordinaria. Escribir sobre las líneas; marcar con X la opción '
             'que corresponda. Anexar la lista de asistencia firmada y enviar a la Secretaría Ejecutiva dentro de los 5 días hábiles siguientes.', i=True, sz=15), align='both', after=80)]
    c = a['coordinator']
    b.append(band('I. DATOS DE LA SESIÓN'))
    b.append(FP(R('Espacio de Participación: '), typed(a['body'])))
    b.append(FP(R('Sesión número: '), typed(a['ordinal']), R('\t\tTipo de sesión: '), R(f'{box(True)} Ordinaria   {box(False)} Extraordinaria')))
    b.append(FP(R('Fecha (dd/mm/aaaa): '), typed(a['date_text']), R('\tHora de inicio: '), typed(a['start']), R('\tHora de término: '), typed(a['end'])))
    b.append(FP(R('Modalidad: '), R(f'{box(False)} Presencial   {box(False)} Virtual   {box(True)} Híbrida')))
    b.append(FP(R('Sede / plataforma: '), R(a['place'], u=True)))
    b.append(FP(R('Coordinación del Espacio: '), typed('Mtra. ' + c[0])))
    b.append(band('II. ASISTENCIA (anexar lista firmada)'))
    b.append(FP(R('Sector: IE = instancia ejecutora; OSC = organización de la sociedad civil; SE = Secretaría Ejecutiva; Otro = alcaldía, academia u organismo federal.', i=True, sz=15)))
    for k, r in enumerate(a['attendance'], 1):
        b.append(FP(R(f'{k}. Nombre: '), typed(f'{r[1]} {r[0]}'), R('  Institución: '), typed(r[2]), R('\n     Sector: '),
                    R(f'{box(r[4] == IE)} IE  {box(r[4] == SC)} OSC  {box(r[4] == SE)} SE  {box(r[4] == OT)} Otro'), after=80))
    b.append(band('III. SEGUIMIENTO DE ESTRATEGIAS (repetir el bloque por cada meta)'))
    for st in a['strategies']:
        b.append(FP(R('Estrategia núm.: ', b=True), typed(str(st['number'])), R('  Título: ', b=True), R(st['title'], u=True), before=120))
        for g in st['goals']:
            b.append(FP(R('Meta núm.: '), typed(g['id']), R('  Descripción: '), R(g['text'], u=True), before=80))
            b.append(FP(R('Indicador: '), R(g['indicator'], u=True)))
            b.append(FP(R('Instancia responsable: '), typed(g['executor'])))
            b.append(FP(R('¿Presentó informe?  '), R(f'{box(True)} Sí   {box(False)} No' if g['report'] else g['status'].replace('Sí ', 'Sí   '))))
            b.append(FP(R('Informe (transcribir lo reportado):')))
            b.append(FP(R(' '.join(g['report']), u=True) if g['report'] else R('_' * 78), ))
            for sec, lab in (('retroalimentacion', 'Retroalimentación de la SE:'), ('observacion', 'Observaciones de las y los participantes:')):
                b.append(FP(R(lab), after=20))
                items = fb_for(st, g['id'], sec)
                for f in items:
                    b.append(FP(R(f[0], u=True)))
                if not items:
                    b.append(FP(R('_' * 78)))
    b.append(band('IV. ACUERDOS'))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(FP(R(f'Acuerdo {k}:'), after=20))
        b.append(FP(R(ag['text'], u=True), after=20))
        b.append(FP(R('Responsable: '), typed(ag['responsible']), R('\tFecha compromiso: '), typed(ag['due']), after=100))
    b.append(band('V. PRÓXIMA SESIÓN'))
    nd, nh = a['next_row']
    b.append(FP(R('Fecha: '), typed(nd), R('   \tHora: '), typed(nh), R(f'\tSede: {box(True)} La misma  {box(False)} Otra: ______________')))
    b.append(band('VI. FIRMAS'))
    sig = [[C([P(R('Elaboró: '), typed(a['elaboro']), after=400), P(R('Firma: ________________________'), after=0)]),
            C([P(R('Vo. Bo. Coordinación del Espacio: '), typed('Mtra. ' + c[0]), after=400), P(R('Firma: ________________________'), after=0)])]]
    b.append(T(sig, [4800, 4800], borders=False))
    b.append(sect())
    hdr = P(R('GOBIERNO DE LA CIUDAD DE MÉXICO · MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHCDMX', b=True, sz=14), R('\tFORMATO EP-02 (rev. 2021)', sz=14),
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9900"/></w:tabs>' + bottom_rule())
    ftr = P(R('FORMATO EP-02 · Hoja ', sz=14), field_complex('PAGE', R('1', sz=14)), align='right')
    D.write(path, ''.join(b), header_xml=hdr, footer_xml=ftr)


# ------------------------------------------------------------------ output
BUILDERS = {'N1': build_N1, 'N2': build_N2, 'N3': build_N3, 'N4': build_N4, 'N5': build_N5, 'N6': build_N6}
HTML = {'N2': html_N2, 'N3': html_N3}
LO_PROFILE = 'file:///tmp/lo-blind-n'


def pdf_from_docx(docx_path, fmt='pdf'):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXTRA_FORMATS = {'blind-n-ruido-07-2018-05-17': ['odt'], 'blind-n-mercados-04-2016-03-31': ['odt'], 'blind-n-reconstruccion-05-2019-07-16': ['doc'], 'blind-n-energia-02-2023-09-12': ['rtf']}   # stem -> ['odt'] / ['doc'] / ['rtf']


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
