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
    b.append(T(rows, [800, 1700, 1700, 5400], header_rows=1))
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


# ------------------------------------------------------------------ output
BUILDERS = {'N1': build_N1, 'N4': build_N4}
HTML = {}
LO_PROFILE = 'file:///tmp/lo-blind-n'


def pdf_from_docx(docx_path, fmt='pdf'):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXTRA_FORMATS = {}   # stem -> ['odt'] / ['doc'] / ['rtf']


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
