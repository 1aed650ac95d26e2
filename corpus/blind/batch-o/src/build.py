# -*- coding: utf-8 -*-
"""Render batch O from content.py: .docx / .odt / .rtf / .html, .gold.json, then PDFs.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, shutil, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import R, P, C, T, EMPTY, gold, OUT, CHROMIUM_LAYOUTS, field_complex, comments_part, commented, COMMENTS_REL
from content import ACTAS, IE, SC, SE, OT

LO_PROFILE = 'file:///tmp/lo-blind-o'


def lo_convert(src_path, fmt, outdir=OUT):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def title_name(r):
    return (r[1] + ' ' + r[0]) if r[1] else r[0]


def de(inst):
    """Spanish contraction before an institution name as a person would say it"""
    fem = ('Secretaría', 'Alcaldía', 'Red ', 'Colectiva', 'Fiscalía', 'SECTEI', 'SEDEMA', 'SOBSE', 'PAOT', 'Comisión', 'Subsecretaría',
           'Procuraduría', 'Consejería', 'Universidad', 'UAM', 'UNAM', 'UACM', 'Asociación', 'Agencia', 'Dirección', 'SEPI', 'SIBISO',
           'STyFE', 'Coordinación', 'Unión', 'Casa', 'Biblioteca', 'Fundación', 'SGIRPC', 'Delegación', 'PROSOC', 'Asamblea', 'SEDUVI', 'Consejería')
    if inst.startswith(fem): return 'de la ' + inst
    if inst[:1].isupper() and (inst.split()[0].isupper() or inst.startswith(('Instituto', 'Tribunal', 'Colectivo', 'Frente', 'Sistema', 'Centro', 'Consejo', 'Observatorio', 'Movimiento'))):
        return 'del ' + inst
    return 'de ' + inst


def join_y(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' y ' + xs[-1]


def inst_runs(rows):
    """consecutive people of one institution: 'A y B de la X'"""
    out = []
    for r in rows:
        if out and out[-1][0] == r[2]: out[-1][1].append(r[0])
        else: out.append((r[2], [r[0]]))
    return [f'{join_y(ns)} {de(i)}' for i, ns in out]


NUM_WORD = ['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco']


# ------------------------------------------------------------------ O1 dictated phone note, Normal style only
def build_O1(a, path):
    def np(*lines, b=False, sz=None):
        return P(R('\n'.join(lines), b=b, sz=sz))
    blank = '<w:p/>'
    body = [np(a['note_title'], b=True, sz=28), blank]
    body.append(np(f"{a['ordinal']} sesión ordinaria del Espacio de Participación de {a['body']}, {a['date_text']}.",
                   f"Empezamos a las {a['start']} en la {a['place']}, con varias personas conectadas por Zoom. La sesión la coordinó {a['coordinator'][0]}, {a['coordinator'][1]}."))
    body.append(blank)
    att = a['attendance']
    ie = [r for r in att if r[4] == IE]; ot = [r for r in att if r[4] == OT]; sc = [r for r in att if r[4] == SC]; se = [r for r in att if r[4] == SE]
    lines = [f"Por gobierno llegaron {join_y(inst_runs(ie))}."]
    if ot: lines.append(f"También vino {join_y(inst_runs(ot))}.")
    lines.append(f"De sociedad civil estuvieron {join_y(inst_runs(sc))}.")
    lines.append(f"Por la Secretaría Ejecutiva, {join_y([r[0] for r in se])}, que hace esta nota.")
    body.append(np(*lines)); body.append(blank)
    body.append(np('Se leyó el orden del día y se aprobó sin cambios. Luego se pasó a la revisión de las estrategias.')); body.append(blank)
    for st in a['strategies']:
        lines = [f"Estrategia {st['number']}, {st['title']}."]
        for g in st['goals']:
            lines.append(f"Meta {g['id']}: {g['text']}. El indicador es {g['indicator']} y le toca {'a la ' if g['executor'].startswith(('Secretaría', 'Fiscalía', 'SECTEI', 'Alcaldía')) else 'al '}{g['executor']}.")
            lines.append(f"Informaron: {' '.join(g['report'])}" if g['report'] else g['status'])
            for t, sec, gl, _lab, sp in st['feedback']:
                if gl != g['id']: continue
                if sp == 'SE': lines.append(f"La Secretaría Ejecutiva les dijo: {t}")
                else: lines.append(f"{sp} dijo: {t}")
        if st.get('comment'):   # a Word comment left by the coordinator on the whole block (not document text)
            body.append(P(commented(0, R('\n'.join(lines)))))
        else:
            body.append(np(*lines))
        body.append(blank)
    lines = ['Acuerdos:'] + [f"{NUM_WORD[k]}. {ag['text']}" for k, ag in enumerate(a['agreements'])]
    body.append(np(*lines)); body.append(blank)
    body.append(np(f"Se terminó a las {a['end']}."))
    cm = [st['comment'] for st in a['strategies'] if st.get('comment')]
    kw = dict(extra_rels=[COMMENTS_REL], extra_parts=[comments_part([('Verónica Salgado', cm[0])])]) if cm else {}
    D.write(path, ''.join(body) + D.sect(header=False, footer=False), font='Calibri', size=22, **kw)


# ------------------------------------------------------------------ O3 minuta + cuadro comparativo (landscape)
def build_O3(a, path):
    n, pn = a['number'], a['prev_n']
    cur, prv = f"{n}ª sesión", f"{pn}ª sesión"
    sh = 'D9E2F3'
    b = []
    b.append(P(R('MINUTA Y CUADRO COMPARATIVO DE SEGUIMIENTO', b=True, sz=26), align='center', after=40))
    b.append(P(R(f"{a['ordinal']} Sesión Ordinaria del Espacio de Participación del {a['body']}", b=True, sz=22), align='center', after=40))
    b.append(P(R(f"(comparada con la {a['prev_ordinal']} Sesión Ordinaria, celebrada el {a['prev_dmy']})", i=True), align='center', after=200))
    b.append(P(R('I. Datos generales', b=True)))
    W1 = [2600, 5400, 5400]
    rows = [[C([P(R('Concepto', b=True))], shade=sh), C([P(R(f"{a['prev_ordinal']} Sesión Ordinaria (anterior)", b=True))], shade=sh), C([P(R(f"{a['ordinal']} Sesión Ordinaria (esta sesión)", b=True))], shade=sh)]]
    prev_end = {5: '18:50', 6: a.get('prev_end', '19:05')}.get(pn, '19:00')
    for lab, pv, cv in [('Fecha', a['prev_dmy'], a['dmy']), ('Hora de inicio', a['start'], a['start']), ('Hora de término', prev_end, a['end']),
                        ('Sede', a['prev_place'], a['place']), ('Personas asistentes', str(sum(1 for _r, p, _c in a['att_cmp'] if p)), str(len(a['attendance'])))]:
        rows.append([C([P(R(lab, b=True))]), C([P(pv)]), C([P(cv)])])
    b.append(T(rows, W1))
    b.append(P(R('II. Asistencia comparada', b=True)))
    rows = [[C([P(R(h, b=True), align='center')], shade=sh) for h in ('No.', 'Nombre', 'Institución', 'Sector', cur.capitalize()[:2] if False else f'{pn}ª', f'{n}ª')]]
    for k, (r, p, c) in enumerate(a['att_cmp'], 1):
        rows.append([C([P(str(k), align='center')]), C([P(title_name(r))]), C([P(r[2])]), C([P(r[5], align='center')]),
                     C([P('✓' if p else '—', align='center')]), C([P('✓' if c else '—', align='center')])])
    b.append(T(rows, [600, 4200, 4800, 1000, 900, 900], after=False))
    b.append(P(R('Sector: IE instancia ejecutora · ALC alcaldía · ACAD institución académica · OSC organización de la sociedad civil · SE Secretaría Ejecutiva. ✓ asistió · — no asistió.', i=True, sz=16), after=200))
    b.append(P(R('III. Cuadro comparativo de avances por meta', b=True)))
    for st in a['strategies']:
        b.append(P(R(f"Estrategia {st['number']}. ", b=True), R(st['title'], b=True), keep=True))
        rows = [[C([P(R(h, b=True))], shade=sh) for h in ('Meta', 'Indicador', 'Responsable', f"Informe {prv} ({a['prev_dmy']})", f"Informe {cur} ({a['dmy']})", 'Variación')]]
        for g in st['goals']:
            curc = [P(x) for x in g['report']] if g['report'] else [P(R(g['status'], i=True))]
            rows.append([C([P(R(g['id'], b=True)), P(g['text'])]), C([P(g['indicator'])]), C([P(g['executor'])]),
                         C([P(R(g['prev'], color='595959'))], shade='F2F2F2'), C(curc), C([P(R(st['variation'][g['id']], i=True))])])
        b.append(T(rows, [2700, 2300, 1300, 3000, 3400, 1300], header_rows=1, after=False))
        b.append(P(R(f"Retroalimentación y observaciones en la {cur}:", u=True), before=80, keep=True))
        for t, sec, gl, _lab, sp in st['feedback']:
            who = 'Retroalimentación SE' if sec == 'retroalimentacion' else f'Observación {sp}'
            b.append(P(R(f"Meta {gl} · {who}: ", b=True), R(t), ind=(360, 0)))
        b.append(EMPTY)
    b.append(P(R(f"IV. Seguimiento de los acuerdos de la {prv}", b=True), keep=True))
    rows = [[C([P(R(h, b=True))], shade=sh) for h in ('No.', 'Acuerdo', 'Estatus')]]
    for k, (t, s) in enumerate(a['prev_agreements'], 1):
        rows.append([C([P(f'{pn}.{k}')]), C([P(t)]), C([P(s)])])
    b.append(T(rows, [900, 10500, 2000]))
    b.append(P(R(f"V. Acuerdos de la {cur}", b=True), keep=True))
    rows = [[C([P(R(h, b=True))], shade=sh) for h in ('No.', 'Acuerdo', 'Responsable', 'Fecha límite')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C([P(f'{n}.{k}')]), C([P(ag['text'])]), C([P(ag['responsible'])]), C([P(ag['due'])])])
    b.append(T(rows, [900, 8500, 2300, 1700]))
    b.append(P(f"Siendo las {a['end']} horas se dio por concluida la sesión; {a['next_text']}.", after=300))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    sig = [[C([P(R('Elaboró', b=True), align='center'), EMPTY, P('_____________________________', align='center'), P(title_name(se), align='center'), P('Secretaría Ejecutiva', align='center')]),
            C([P(R('Revisó', b=True), align='center'), EMPTY, P('_____________________________', align='center'), P('Biól. ' + a['coordinator'][0], align='center'), P(a['coordinator'][1], align='center')])]]
    b.append(T(sig, [6700, 6700], borders=False))
    hdr = P(R(f"PDHCDMX · Espacio de Participación del {a['body']}", sz=16, color='595959'), R(f"\t{a['ordinal']} Sesión Ordinaria · {a['dmy']}", sz=16, color='595959'), tabs=[13400])
    ftr = P(D.PAGE_FIELD, align='right')
    D.write(path, ''.join(b) + D.sect(landscape=True), header_xml=hdr, footer_xml=ftr, font='Arial', size=18)



# ------------------------------------------------------------------ O2 LibreOffice Writer original (.odt) with frames
import odt as O


def build_O2(a, path):
    stem = path[:-5]
    odt_path = stem + '.odt'
    x = []
    x.append(O.h('Minuta de trabajo', 1))
    box = (O.p(O.span(f"{a['number']}ª Reunión de Trabajo", 'Bold'), 'Marco_20_contenido') + O.p(a['date_text'], 'Marco_20_contenido')
           + O.p(f"De {a['start']} a {a['end']} h", 'Marco_20_contenido') + O.p([O.span('Lugar: ', 'Bold'), O.span(a['place'])], 'Marco_20_contenido'))
    x.append(f'<text:p text:style-name="PTitle2">{O.frame("Datos de la reunión", box, 6.2)}Espacio de Participación del {O.esc(a["body"])}</text:p>')
    x.append(O.p('Programa de Derechos Humanos del Distrito Federal · Secretaría Ejecutiva', 'PItal'))
    x.append(O.p(O.span('Orden del día', 'Bold')))
    x.append(O.ol(['Registro de asistencia', 'Lectura de la minuta de la reunión anterior', 'Seguimiento de estrategias', 'Acuerdos y fecha de la próxima reunión']))
    x.append(O.h('Asistencia', 2))
    rows = [[('<text:p text:style-name="PHead">Dependencia u organización</text:p>', 1, 'head'), ('<text:p text:style-name="PHead">Asistentes</text:p>', 1, 'head')]]
    for head, grp in a['att_groups']:
        rows.append([(O.p(O.span(head, 'Bold'), 'Celda'), 2, 'grp')])
        insts = []
        for r in grp:
            if insts and insts[-1][0] == r[2]: insts[-1][1].append(r)
            else: insts.append((r[2], [r]))
        for inst, rs in insts:
            rows.append([O.p(inst, 'Celda'), O.ul([title_name(r) for r in rs], pstyle='Celda')])
    t1, w1 = O.table('Asistencia', rows, [7.0, 10.1])
    x.append(t1)
    x.append(O.h('Seguimiento de estrategias', 2))
    x.append(O.p('Los comentarios se anotan entre corchetes con quien los formuló: la Secretaría Ejecutiva (retroalimentación) o las personas participantes (observaciones).', 'PItal'))
    for st in a['strategies']:
        x.append(O.h(f"Estrategia {st['number']} — {st['title']}", 3))
        for g in st['goals']:
            x.append(O.p([O.span(f"Meta {g['id']} · ", 'Bold'), O.span(g['text'], 'Bold')]))
            x.append(O.p([O.span('Indicador: ', 'Ital'), O.span(g['indicator'])]))
            x.append(O.p([O.span('Ente responsable: ', 'Ital'), O.span(g['executor'])]))
            if g['report']:
                x.append(O.p(O.span('Avances informados:', 'Ital')))
                x.append(O.ul(g['report']))
            else:
                x.append(O.p([O.span('Avances informados: ', 'Ital'), O.span(g['status'])]))
            for t, sec, gl, _lab, sp in st['feedback']:
                if gl == g['id']:
                    x.append(O.p([O.span(f"[{sp} · meta {gl}] ", 'Bold'), O.span(t)], 'Comentario'))
    x.append(O.h('Acuerdos', 2))
    rows = [[(f'<text:p text:style-name="PHead">{h}</text:p>', 1, 'head') for h in ('No.', 'Acuerdo', 'Responsable', 'Fecha')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([O.p(str(k), 'Celda'), O.p(ag['text'], 'Celda'), O.p(ag['responsible'], 'Celda'), O.p(ag['due'], 'Celda')])
    t2, w2 = O.table('Acuerdos', rows, [1.2, 9.3, 4.2, 2.4])
    x.append(t2)
    nb = O.p(O.span('Próxima reunión', 'Bold'), 'Marco_20_contenido') + O.p(a['next_text'], 'Marco_20_contenido')
    x.append(f'<text:p text:style-name="Standard">{O.frame("Próxima reunión", nb, 12.0, style="MarcoCentro")}</text:p>')
    x.append(O.p('')); x.append(O.p('')); x.append(O.p(''))
    x.append(O.p(f"Cierre de la reunión: {a['end']} h."))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    x.append(O.p([O.span('Relatoría: ', 'Bold'), O.span(f"{title_name(se)} (Secretaría Ejecutiva)")]))
    x.append(O.p([O.span('Elaboró y revisó: ', 'Bold'), O.span(f"{a['coordinator'][0]}, {a['coordinator'][1]}")]))
    auto = O.CELL_STYLES + O.table_styles('Asistencia', w1) + O.table_styles('Acuerdos', w2)
    hdr = O.p('PDHDF · Espacio de Participación del Derecho a la Lectura y a las Bibliotecas Públicas · Minuta', 'Cabecera')
    ftr = '<text:p text:style-name="Cabecera">Minuta EP Bibliotecas — página <text:page-number text:select-page="current">1</text:page-number> de <text:page-count>2</text:page-count></text:p>'
    O.write(odt_path, ''.join(x), auto_styles=auto, header_xml=hdr, footer_xml=ftr, font='Liberation Sans', size='10.5pt', title='Minuta EP Bibliotecas')
    lo_convert(odt_path, 'docx:MS Word 2007 XML')
    lo_convert(odt_path, 'pdf')
    return True


# ------------------------------------------------------------------ O4 WordPad .rtf original (no tables)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}': out.append('\\' + ch)
        elif ch == '\t': out.append('\\tab ')
        elif o < 128: out.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def build_O4(a, path, keep_rtf=False):
    stem = path[:-5]
    L = []
    def para(text, b=False, center=False, tabs=None, li=0, fi=0, sa=120):
        pp = '\\pard' + (f'\\li{li}' if li else '') + (f'\\fi{fi}' if fi else '') + ''.join(f'\\tx{t}' for t in (tabs or [])) + f'\\sa{sa}\\sl240\\slmult1' + ('\\qc' if center else '')
        t = rtf_esc(text)
        if b: t = '\\b ' + t + '\\b0 '
        L.append(pp + ' ' + t + '\\par')
    def runs(parts, **kw):  # [(text, bold)]
        pp = '\\pard' + (f"\\li{kw.get('li')}" if kw.get('li') else '') + ''.join(f'\\tx{t}' for t in kw.get('tabs', [])) + f"\\sa{kw.get('sa', 120)}\\sl240\\slmult1"
        L.append(pp + ' ' + ''.join(('\\b ' + rtf_esc(t) + '\\b0 ') if b else rtf_esc(t) for t, b in parts) + '\\par')
    def bullet(text):
        L.append("\\pard{\\pntext\\f1\\'B7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'B7}}\\fi-360\\li720\\sa60\\sl240\\slmult1 " + rtf_esc(text) + '\\par')
    para(f"ESPACIO DE PARTICIPACIÓN DE LOS {a['body'].upper()}", b=True, center=True, sa=0)
    para(f"MINUTA DE LA {a['ordinal']} SESIÓN ORDINARIA", b=True, center=True, sa=240)
    for lab, val in (('Fecha:', a['date_text']), ('Hora:', f"{a['start']} a {a['end']} hrs."), ('Lugar:', a['place'])):
        runs([(lab, True), ('\t' + val, False)], tabs=[1400], li=1400 and 0)
    para('')
    para('ASISTENTES', b=True)
    runs([('Nombre\tDependencia / organización\tCarácter', True)], tabs=[3600, 7200])
    for r in a['attendance']:
        runs([(f"{title_name(r)}\t{r[2]}\t{CAR_[r[4]]}", False)], tabs=[3600, 7200], sa=0)
    para('')
    para('ORDEN DEL DÍA', b=True)
    for k, t in enumerate(['Lista de asistencia.', 'Lectura y aprobación de la minuta anterior.', 'Seguimiento a estrategias del Programa.', 'Acuerdos.'], 1):
        para(f"{k}. {t}", li=360, sa=0)
    para('')
    para('DESARROLLO', b=True)
    for st in a['strategies']:
        para(f"ESTRATEGIA {st['number']}. {st['title']}", b=True, sa=120)
        for g in st['goals']:
            runs([(f"Meta {g['id']}.- ", True), (g['text'], False)], sa=40)
            runs([('\tIndicador: ', False), (g['indicator'], False)], tabs=[720], sa=40)
            runs([('\tResponsable: ', False), (g['executor'], False)], tabs=[720], sa=40)
            runs([('\tAvance informado: ', False), (' '.join(g['report']) if g['report'] else g['status'], False)], tabs=[720], sa=120)
        se_fb = [f for f in st['feedback'] if f[1] == 'retroalimentacion']
        ob_fb = [f for f in st['feedback'] if f[1] == 'observacion']
        if se_fb:
            para('Comentarios de la Secretaría Ejecutiva:', sa=40)
            for t, _s, gl, _l, _sp in se_fb: bullet(f"Sobre {gl}: {t}")
        if ob_fb:
            para('Comentarios de las y los asistentes:', sa=40)
            for t, _s, gl, _l, _sp in ob_fb: bullet(f"Sobre {gl}: {t}")
        para('')
    para('ACUERDOS', b=True)
    for k, ag in enumerate(a['agreements'], 1):
        para(f"{k}) {ag['text']}", li=360, fi=-360, sa=60)
    para('')
    para(f"Sin más asuntos que tratar, se cierra la sesión a las {a['end']} hrs.")
    para('')
    para('Atentamente', center=True, sa=480)
    para('Lic. ' + a['coordinator'][0], center=True, sa=0)
    para(a['coordinator'][1], center=True)
    se = [r for r in a['attendance'] if r[4] == SE][0]
    para(f"Elaboró: {title_name(se)}", sa=0)
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2058{\\fonttbl{\\f0\\fnil\\fcharset0 Arial;}{\\f1\\fnil\\fcharset2 Symbol;}}\n"
           "{\\*\\generator Riched20 10.0.10240}\\viewkind4\\uc1\n\\f0\\fs20\\lang2058 " + '\n'.join(L) + '\n}\n')
    import tempfile
    tmp = tempfile.mkdtemp(prefix='blind-o-rtf-')
    rtf_path = os.path.join(tmp, os.path.basename(stem) + '.rtf')
    with open(rtf_path, 'w', encoding='ascii') as f: f.write(rtf)
    lo_convert(rtf_path, 'docx:MS Word 2007 XML')
    if keep_rtf: shutil.copy(rtf_path, stem + '.rtf')
    lo_convert(stem + '.docx', 'pdf')
    return True


CAR_ = {IE: 'Ente público', OT: 'Órgano político-adm.', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


# ------------------------------------------------------------------ O5 LimeSurvey print answers (Chromium) + "export to Word"
from content import SECTOR_FORM


def o5_rows(a):
    """[('group', title) | ('q', code, question, answer)]"""
    R_ = []
    g = lambda t: R_.append(('group', t))
    q = lambda code, t, ans: R_.append(('q', code, t, ans))
    g('Datos de la sesión')
    q('G1Q01', 'Espacio de Participación:', a['body'])
    q('G1Q02', 'Tipo de sesión:', 'Sesión ordinaria')
    q('G1Q03', 'Número de sesión (sólo número):', str(a['number']))
    q('G1Q04', 'Fecha de la sesión (dd/mm/aaaa):', a['dmy'])
    q('G1Q05', 'Hora de inicio (hh:mm):', a['start'])
    q('G1Q06', 'Hora de término (hh:mm):', a['end'])
    q('G1Q07', 'Modalidad:', a['modality'])
    q('G1Q08', 'Sede o plataforma:', a['place'])
    q('G1Q09', 'Nombre de la persona que coordinó la sesión:', a['coordinator'][0])
    g('Asistencia')
    for k in range(1, 13):
        r = a['attendance'][k - 1] if k <= len(a['attendance']) else None
        q(f'G2Q01_SQ{k:02d}_1', f'Registre a las personas asistentes: [Asistente {k}] [Nombre completo]', r[0] if r else '')
        q(f'G2Q01_SQ{k:02d}_2', f'Registre a las personas asistentes: [Asistente {k}] [Institución u organización]', r[2] if r else '')
        q(f'G2Q01_SQ{k:02d}_3', f'Registre a las personas asistentes: [Asistente {k}] [Sector]', SECTOR_FORM[r[4]] if r else '')
    q('G2Q02', 'Número total de personas asistentes:', str(len(a['attendance'])))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    q('G2Q03', 'Persona de la Secretaría Ejecutiva que captura esta relatoría:', se[0])
    g('Seguimiento de estrategias')
    q('G3Q00', '¿Cuántas estrategias se revisaron en la sesión?', str(len(a['strategies'])))
    for i, st in enumerate(a['strategies'], 1):
        q(f'E{i}Q01', f'Estrategia {i} · Número de la estrategia:', str(st['number']))
        q(f'E{i}Q02', f'Estrategia {i} · Título de la estrategia:', st['title'])
        q(f'E{i}Q03', f'Estrategia {i} · ¿Cuántas metas se revisaron?', str(len(st['goals'])))
        for j, go in enumerate(st['goals'], 1):
            p = f'Estrategia {i}, meta {j} · '
            c = f'E{i}M{j}'
            q(c + 'Q1', p + 'Clave de la meta:', go['id'])
            q(c + 'Q2', p + 'Descripción de la meta:', go['text'])
            q(c + 'Q3', p + 'Indicador:', go['indicator'])
            q(c + 'Q4', p + 'Instancia ejecutora responsable:', go['executor'])
            q(c + 'Q5', p + '¿La instancia presentó informe de avance?', 'Sí' if go['report'] else 'No')
            if go['report']:
                q(c + 'Q6', p + 'Resumen del avance informado:', ' '.join(go['report']))
            ret = [f for f in st['feedback'] if f[2] == go['id'] and f[1] == 'retroalimentacion']
            obs = [f for f in st['feedback'] if f[2] == go['id'] and f[1] == 'observacion']
            q(c + 'Q7', p + 'Retroalimentación de la Secretaría Ejecutiva:', [f[0] for f in ret])
            q(c + 'Q8', p + '¿Hubo observaciones de las personas participantes?', 'Sí' if obs else 'No')
            if obs:
                q(c + 'Q9', p + 'Observaciones de las personas participantes:', [f[0] for f in obs])
    g('Acuerdos')
    q('G4Q01', '¿Se tomaron acuerdos en la sesión?', 'Sí')
    for k, ag in enumerate(a['agreements'], 1):
        q(f'G4Q02_{k}', f'Acuerdo {k}:', ag['text'])
        q(f'G4Q03_{k}', f'Responsable del acuerdo {k}:', ag['responsible'])
        q(f'G4Q04_{k}', f'Fecha compromiso del acuerdo {k} (dd/mm/aaaa):', ag['due'])
    g('Próxima sesión')
    q('G5Q01', '¿Se fijó la fecha de la próxima sesión?', 'Sí')
    q('G5Q02', 'Fecha de la próxima sesión (dd/mm/aaaa):', a['next_dmy'])
    q('G5Q03', 'Hora de la próxima sesión (hh:mm):', a['next']['start_time'])
    q('G5Q04', 'Modalidad de la próxima sesión:', a['next_modality'])
    g('Cierre')
    q('G6Q01', 'Comentarios adicionales de la persona relatora:', a['extra_comment'])
    return R_


def html_O5(a):
    e = H.escape
    rows = ''
    for r in o5_rows(a):
        if r[0] == 'group':
            rows += f'<tr class="grp"><td colspan="2">{e(r[1])}</td></tr>'
        else:
            _k, code, qq, ans = r
            if isinstance(ans, list):
                ans_html = ''.join(f'<p>{e(x)}</p>' for x in ans)
            else:
                ans_html = e(ans)
            rows += f'<tr><td class="q"><span class="code">{e(code)}</span> {e(qq)}</td><td class="a">{ans_html}</td></tr>'
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Respuesta {a['response_id']} - Relatoría de sesiones</title>
<style>
@page {{ size: letter; margin: 14mm 12mm 16mm 12mm; }}
body {{ font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif; font-size: 10.5px; color: #333; margin: 0; }}
.navbar {{ background: #328637; color: #fff; padding: 8px 12px; font-size: 13px; }}
.navbar b {{ font-size: 15px; }}
h2 {{ font-size: 16px; margin: 14px 0 2px 0; font-weight: normal; }}
.meta {{ color: #666; margin-bottom: 8px; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border-top: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }}
td.q {{ width: 44%; }}
td.a {{ font-weight: bold; }}
td.a p {{ margin: 0 0 4px 0; }}
tr:nth-child(even) td {{ background: #f7f7f7; }}
tr.grp td {{ background: #e6efe6 !important; font-size: 12px; font-weight: bold; color: #1d5a21; padding-top: 8px; }}
.code {{ color: #999; font-size: 9px; }}
.foot {{ margin-top: 10px; color: #888; font-size: 9px; text-align: center; }}
</style></head><body>
<div class="navbar"><b>Encuestas PDHCDMX</b> &nbsp;|&nbsp; Relatoría de sesiones de los Espacios de Participación 2021</div>
<h2>Relatoría de sesiones de los Espacios de Participación del PDHCDMX 2021</h2>
<div class="meta">Respuesta ID: {a['response_id']} &nbsp;·&nbsp; Fecha de envío: {a['submitted']} &nbsp;·&nbsp; Última página: 6 &nbsp;·&nbsp; Idioma inicial: es-MX</div>
<table><tr class="grp"><td>Pregunta</td><td>Respuesta</td></tr>{rows}</table>
<div class="foot">LimeSurvey · Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX · Imprimir respuestas</div>
</body></html>"""


def build_O5(a, path):
    rows = [[C([P(R('Pregunta', b=True))], shade='D9D9D9'), C([P(R('Respuesta', b=True))], shade='D9D9D9')]]
    for r in o5_rows(a):
        if r[0] == 'group':
            rows.append([C([P(R(r[1], b=True))], span=2, shade='E2EFD9')])
        else:
            _k, code, qq, ans = r
            ap = [P(x) for x in ans] if isinstance(ans, list) else [P(ans)]
            rows.append([C([P(R(code + ' ', color='808080', sz=14), R(qq))]), C(ap or [EMPTY])])
    b = [P(R('Relatoría de sesiones de los Espacios de Participación del PDHCDMX 2021', b=True, sz=28)),
         P(f"Respuesta ID {a['response_id']} · Fecha de envío {a['submitted']}"), T(rows, [4300, 5400])]
    D.write(path, ''.join(b) + D.sect(header=False, footer=False), font='Arial', size=18)


# ------------------------------------------------------------------ O6 acta published on the SE web portal (Chromium) + the "Descargar (Word)" version
ORD_UP = ['PRIMERO', 'SEGUNDO', 'TERCERO', 'CUARTO', 'QUINTO', 'SEXTO', 'SÉPTIMO', 'OCTAVO']
ROMAN = ['I', 'II', 'III', 'IV', 'V']


def o6_blocks(a):
    """the acta as a list of ('opening'|'point'|'att'|'goal'|'para'|'agr'|'closing', ...) blocks shared by HTML and docx"""
    B = []
    B.append(('opening', f"En la Ciudad de México, siendo {a['start_words']} del {a['date_words']}, en la {a['place']}, se reunieron las personas integrantes del "
                         f"Espacio de Participación de {a['body']} para celebrar su {a['ordinal']} Sesión Ordinaria, conforme a lo siguiente:"))
    k = 0
    B.append(('point', ORD_UP[k], 'Lista de asistencia y declaración de quórum.')); k += 1
    B.append(('para', 'Se hizo constar la asistencia de las personas que a continuación se enlistan, por lo que la Coordinación declaró la existencia de quórum:'))
    B.append(('att', a['att_groups']))
    B.append(('point', ORD_UP[k], 'Lectura y aprobación del orden del día.')); k += 1
    B.append(('para', 'La Secretaría Ejecutiva dio lectura al orden del día, que fue aprobado por unanimidad.'))
    for st in a['strategies']:
        B.append(('point', ORD_UP[k], f"Seguimiento de la Estrategia {st['number']}: {st['title']}.")); k += 1
        for i, g in enumerate(st['goals']):
            B.append(('goal', ROMAN[i], g, [f for f in st['feedback'] if f[2] == g['id']]))
    B.append(('point', ORD_UP[k], 'Asuntos generales.')); k += 1
    B.append(('para', a['general']))
    B.append(('point', ORD_UP[k], 'Acuerdos.')); k += 1
    B.append(('para', 'Las personas integrantes del Espacio adoptaron los siguientes:'))
    for j, ag in enumerate(a['agreements'], 1):
        B.append(('agr', f"ACUERDO {a['number']}/{j:02d}.", ag['text']))
    B.append(('closing', f"No habiendo más asuntos que tratar, se dio por concluida la sesión a {a['end_words']} del mismo día, firmando al calce quienes en ella intervinieron."))
    return B


def goal_items(g, fb):
    items = [('a)', 'Indicador:', [g['indicator']]), ('b)', 'Instancia ejecutora:', [g['executor']]),
             ('c)', 'Informe:', g['report'] or [g['status']])]
    ret = [f[0] for f in fb if f[1] == 'retroalimentacion']
    obs = [f[0] for f in fb if f[1] == 'observacion']
    items.append(('d)', 'Retroalimentación de la Secretaría Ejecutiva:', ret or ['Sin comentarios.']))
    items.append(('e)', 'Observaciones de las personas integrantes:', obs or ['Sin observaciones.']))
    return items


def html_O6(a):
    e = H.escape
    art = ''
    for b in o6_blocks(a):
        if b[0] == 'opening': art += f'<p class="lead">{e(b[1])}</p>'
        elif b[0] == 'point': art += f'<h3><span class="ord">{b[1]}.</span> {e(b[2])}</h3>'
        elif b[0] == 'para': art += f'<p>{e(b[1])}</p>'
        elif b[0] == 'att':
            art += '<div class="att">'
            for head, rows in b[1]:
                art += f'<h4>{e(head)}</h4><dl>'
                insts = []
                for r in rows:
                    if insts and insts[-1][0] == r[2]: insts[-1][1].append(r)
                    else: insts.append((r[2], [r]))
                for inst, rs in insts:
                    art += f'<dt>{e(inst)}</dt>' + ''.join(f'<dd>{e(title_name(r))}</dd>' for r in rs)
                art += '</dl>'
            art += '</div>'
        elif b[0] == 'goal':
            _t, rom, g, fb = b
            art += f'<div class="goal"><p class="gt"><b>{rom}. Meta {e(g["id"])}.</b> {e(g["text"])}.</p><ul class="alpha">'
            for lit, lab, texts in goal_items(g, fb):
                ps = ''.join(f'<p>{e(x)}</p>' for x in texts)
                art += f'<li><span class="lit">{lit}</span> <i>{e(lab)}</i>{ps}</li>'
            art += '</ul></div>'
        elif b[0] == 'agr': art += f'<p class="agr"><b>{e(b[1])}</b> {e(b[2])}</p>'
        elif b[0] == 'closing': art += f'<p>{e(b[1])}</p>'
    se = [r for r in a['attendance'] if r[4] == SE][0]
    art += (f'<div class="firmas"><div><div class="line"></div>{e("Mtra. " + a["coordinator"][0])}<br><small>{e(a["coordinator"][1])}</small></div>'
            f'<div><div class="line"></div>{e(title_name(se))}<br><small>Secretaría Ejecutiva · Relatoría</small></div></div>')
    side = ''.join(f'<li><a href="#">{e(t)}</a><br><small>{e(d)}</small></li>' for t, d in a['others'])
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Acta de la {a['ordinal']} Sesión Ordinaria · Derechos Lingüísticos · PDHCDMX</title>
<style>
@page {{ size: letter; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: 'Source Sans Pro', 'Open Sans', Arial, sans-serif; font-size: 11px; color: #222; margin: 0; }}
header.site {{ background: #691c32; color: #fff; padding: 10px 14px; }}
header.site .t1 {{ font-size: 15px; font-weight: bold; }} header.site .t2 {{ font-size: 10px; opacity: .9; }}
nav.menu {{ background: #4d1424; padding: 5px 14px; font-size: 10px; }} nav.menu a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
.crumbs {{ font-size: 9.5px; color: #666; padding: 6px 14px; border-bottom: 1px solid #ddd; }}
.wrap {{ display: flex; gap: 16px; padding: 8px 14px; }}
main {{ flex: 1; }} aside {{ width: 150px; font-size: 9.5px; border-left: 1px solid #ddd; padding-left: 10px; }}
aside h5 {{ font-size: 10.5px; margin: 6px 0; color: #691c32; }} aside ul {{ padding-left: 12px; margin: 0 0 10px 0; }} aside li {{ margin-bottom: 6px; }}
aside a {{ color: #235b4e; }}
h1 {{ font-size: 17px; color: #691c32; margin: 4px 0 6px 0; }}
.metabox {{ background: #f4efe9; border: 1px solid #e0d6c8; padding: 6px 8px; font-size: 9.5px; margin-bottom: 10px; }}
.metabox span {{ margin-right: 14px; }}
h3 {{ font-size: 12px; margin: 12px 0 4px 0; }} .ord {{ color: #691c32; }}
h4 {{ font-size: 10.5px; margin: 6px 0 2px 0; text-transform: uppercase; color: #555; }}
dl {{ margin: 0 0 4px 12px; }} dt {{ font-weight: bold; margin-top: 3px; }} dd {{ margin-left: 14px; }}
dd::before {{ content: "– "; }}
.goal {{ margin-left: 14px; }} .gt {{ margin: 6px 0 2px 0; }}
ul.alpha {{ list-style: none; margin: 0 0 0 16px; padding: 0; }} ul.alpha li {{ margin-bottom: 3px; }} ul.alpha p {{ margin: 1px 0 1px 18px; }}
.lit {{ display: inline-block; width: 16px; }}
.agr {{ margin-left: 14px; }} .lead {{ text-align: justify; }}
.firmas {{ display: flex; justify-content: space-around; margin-top: 34px; text-align: center; font-size: 10.5px; break-inside: avoid; }}
.firmas .line {{ border-top: 1px solid #000; width: 200px; margin: 0 auto 3px auto; }}
footer.site {{ margin-top: 16px; background: #eee; color: #555; font-size: 9px; padding: 8px 14px; }}
.share {{ font-size: 9.5px; color: #235b4e; margin: 8px 0; }}
</style></head><body>
<header class="site"><div class="t1">Programa de Derechos Humanos de la Ciudad de México</div>
<div class="t2">Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación</div></header>
<nav class="menu"><a href="#">Inicio</a><a href="#">El Programa</a><a href="#">Espacios de Participación</a><a href="#">Transparencia</a><a href="#">Contacto</a></nav>
<div class="crumbs">Inicio › Espacios de Participación › Derechos Lingüísticos › Actas {a['date'][:4]}</div>
<div class="wrap"><main>
<h1>Acta de la {a['ordinal']} Sesión Ordinaria del Espacio de Participación de {e(a['body'])}</h1>
<div class="metabox"><span><b>Tipo de documento:</b> Acta</span><span><b>Fecha de sesión:</b> {a['date_meta']}</span><span><b>Publicado:</b> {a['published']}</span></div>
{art}
<div class="share">⬇ Descargar acta firmada (PDF, 412 KB) · Compartir: Facebook · X · Correo</div>
</main>
<aside><h5>Actas de este Espacio</h5><ul>{side}</ul><h5>Documentos relacionados</h5><ul><li><a href="#">Programa de trabajo {a['date'][:4]} (PDF, 320 KB)</a></li><li><a href="#">Directorio de integrantes</a></li></ul></aside></div>
<footer class="site">General Prim 4, colonia Centro, alcaldía Cuauhtémoc, C.P. 06010, Ciudad de México · Aviso de privacidad · Última actualización: {a['published']}</footer>
</body></html>"""


def build_O6(a, path):
    x = [P(R(f"ACTA DE LA {a['ordinal'].upper()} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE {a['body'].upper()}", b=True), align='center', after=200)]
    for b in o6_blocks(a):
        if b[0] == 'opening': x.append(P(b[1], align='both'))
        elif b[0] == 'point': x.append(P(R(b[1] + '. ', b=True), R(b[2], b=True), before=160, keep=True))
        elif b[0] == 'para': x.append(P(b[1], align='both'))
        elif b[0] == 'att':
            for head, rows in b[1]:
                x.append(P(R(head, b=True, i=True), ind=(360, 0)))
                insts = []
                for r in rows:
                    if insts and insts[-1][0] == r[2]: insts[-1][1].append(r)
                    else: insts.append((r[2], [r]))
                for inst, rs in insts:
                    x.append(P(R(inst, b=True), ind=(720, 0), after=0))
                    for r in rs: x.append(P('– ' + title_name(r), ind=(1080, 0), after=0))
                x.append(EMPTY)
        elif b[0] == 'goal':
            _t, rom, g, fb = b
            x.append(P(R(f"{rom}. Meta {g['id']}. ", b=True), R(g['text'] + '.'), ind=(720, 360), keep=True))
            for lit, lab, texts in goal_items(g, fb):
                x.append(P(R(lit + '\t'), R(lab, i=True), ind=(1440, 360), after=0, tabs=[1440]))
                for t in texts: x.append(P(t, ind=(1440, 0), after=40))
        elif b[0] == 'agr': x.append(P(R(b[1] + ' ', b=True), R(b[2]), ind=(720, 0)))
        elif b[0] == 'closing': x.append(P(b[1], align='both', after=600))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    sig = [[C([P('________________________________', align='center'), P('Mtra. ' + a['coordinator'][0], align='center'), P(a['coordinator'][1], align='center')]),
            C([P('________________________________', align='center'), P(title_name(se), align='center'), P('Secretaría Ejecutiva · Relatoría', align='center')])]]
    x.append(T(sig, [4800, 4800], borders=False))
    D.write(path, ''.join(x) + D.sect(header=False, footer=True), footer_xml=P(D.PAGE_FIELD, align='center'), font='Arial', size=20)


BUILDERS = {'O6': build_O6, 'O5': build_O5, 'O1': build_O1, 'O2': build_O2, 'O3': build_O3, 'O4': lambda a, p: build_O4(a, p, keep_rtf=a['stem'] in RTF_ORIGINALS_KEPT)}
RTF_ORIGINALS_KEPT = {'blind-o-inquilinos-02-2015-02-11'}
HTML = {'O5': html_O5, 'O6': html_O6}
# stem -> extra formats converted from the docx (same gold)
EXTRA_FORMATS = {'blind-o-arbolado-07-2019-09-26': ['doc']}


def main(layouts):
    os.makedirs(os.path.join(OUT, 'src', 'html'), exist_ok=True)
    for a in ACTAS:
        if layouts and a['layout'] not in layouts: continue
        if a['layout'] not in BUILDERS: continue
        stem = os.path.join(OUT, a['stem'])
        made_pdf = BUILDERS[a['layout']](a, stem + '.docx')
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        if a['layout'] in CHROMIUM_LAYOUTS:
            hp = os.path.join(OUT, 'src', 'html', a['stem'] + '.html')
            with open(hp, 'w', encoding='utf-8') as f: f.write(HTML[a['layout']](a))
            pdf_from_html(hp, stem + '.pdf')
        elif not made_pdf:
            lo_convert(stem + '.docx', 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(stem + '.docx', fmt)
        print('built', a['stem'])


if __name__ == '__main__':
    main(set(sys.argv[1:]))
