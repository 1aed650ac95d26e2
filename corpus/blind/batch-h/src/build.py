# Renders every acta of content.py as .docx (+ .html for Chromium layouts) and .gold.json.
import json, os, sys
from docx import *
from content import ACTAS
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SECT_NAME = {"instancia_ejecutora": "Instancias ejecutoras", "sociedad_civil": "Sociedad civil", "secretaria_ejecutiva": "Secretaría Ejecutiva", "otro": "Otras instancias"}

def gold(a):
    strategies = []
    for s in a['strategies']:
        goals = [dict(id=g['id'], text=g['text'], indicator=g['indicator'], executor=g['executor'], executor_key=g['executor_key'],
                      report_status='reported' if g['report'] else 'not_reported', report=g['report']) for g in s['goals']]
        n = sum(1 for g in goals if g['report_status'] == 'reported')
        st = 'reported' if n == len(goals) else ('not_reported' if n == 0 else 'partial')
        figs = [dict(value=v, unit=u, goal=g['id'], context=c) for g in s['goals'] for (v, u, c) in g['figs']]
        fb = [dict(text=f['text'], section=f['section'], goal=f['goal'], label=f['label'], confidence=None) for f in a['feedback'].get(s['number'], [])]
        strategies.append(dict(number=s['number'], title=s['title'], report_status=st, goals=goals, figures=figs, feedback=fb))
    return {
        "source": {"file": a['stem'], "sha256": "0" * 64, "format": "docx", "pages": None},
        "session": {"body": a['body'], "number": a['number'], "kind": a['kind'], "date": a['date'], "start_time": a['start_time'],
                    "place": a['place'], "topic": a['topic'], "objective": a['objective']},
        "coordinator": {"name": a['coordinator'][0], "role": a['coordinator'][1]} if a['coordinator'] else None,
        "attendance": [dict(name=p['name'], institution=p['institution'], institution_key=p['institution_key'], sector=p['sector']) for p in a['attendance']],
        "strategies": strategies,
        "agreements": [dict(text=x['text'], dates=x['dates'], strategies=x['strategies'], responsible=x['responsible']) for x in a['agreements'] if not x.get('followup')],
        "next_session": a['next_session'],
        "warnings": [],
        "corpus": {"layout": a['layout'], "origin": "hand", "notes": a.get('notes', "Blind batch H, written by hand in src/content.py; docx and gold rendered from the same dict; checked by src/check.py and read against pdftotext -layout.")},
    }

def status_word(g): return 'Reportado' if g['report'] else 'Sin reporte'

# ---------------- H1 ----------------
def h1_docx(a):
    B = []
    B.append(para(f"ACTA DE LA SESIÓN ORDINARIA {a['number_written']}", 'Title'))
    B.append(para(f"Espacio de Participación del {a['body']}", align='center', b=True))
    rows = [[cell(k, 2400, shade='D9E2F3', b=True), cell(v, 7400)] for k, v in [
        ("Sesión:", f"Ordinaria {a['number_written']}"), ("Fecha:", a['date_written']), ("Hora de inicio:", a['time_written']),
        ("Lugar:", a['place']), ("Tema:", a['topic']), ("Objetivo:", a['objective'])]]
    B.append(table(rows, [2400, 7400]))
    B.append(para("I. LISTA DE ASISTENCIA", 'Heading1'))
    rows = [[cell("Nombre", 3600, shade='BFBFBF', b=True), cell("Institución / Organización", 4200, shade='BFBFBF', b=True), cell("Sector", 2000, shade='BFBFBF', b=True)]]
    for p in a['attendance']:
        rows.append([cell(p['name'], 3600), cell(p['institution'], 4200), cell({"instancia_ejecutora": "Gobierno", "otro": "Gobierno", "sociedad_civil": "OSC", "secretaria_ejecutiva": "SE"}[p['sector']], 2000)])
    B.append(table(rows, [3600, 4200, 2000]))
    B.append(para("II. REVISIÓN DE ESTRATEGIAS", 'Heading1'))
    W6 = [900, 1900, 1800, 1500, 2600, 1100]
    for s in a['strategies']:
        rows = [[cell(f"Estrategia {s['number']}. {s['title']}", sum(W6), span=6, shade='1F3864', b=True)],
                [cell(h, w, shade='D9E2F3', b=True) for h, w in zip(["Meta", "Descripción", "Indicador", "Instancia ejecutora", "Informe", "Estatus"], W6)]]
        for g in s['goals']:
            rows.append([cell(g['id'], W6[0]), cell(g['text'], W6[1]), cell(g['indicator'], W6[2]), cell(g['executor'], W6[3]),
                         cell(g['report'] or "", W6[4]), cell(status_word(g), W6[5])])
        B.append(table(rows, W6))
        B.append(para(f"Comentarios del Espacio – Estrategia {s['number']}", 'Heading2'))
        W4 = [600, 5400, 900, 2900]
        rows = [[cell(h, w, shade='D9E2F3', b=True) for h, w in zip(["No.", "Comentario", "Meta", "Participante"], W4)]]
        for k, f in enumerate(a['feedback'].get(s['number'], []), 1):
            rows.append([cell(str(k), W4[0]), cell(f['text'], W4[1]), cell(f['goal'], W4[2]), cell(f['who'] + (" (observación)" if f['section'] == 'observacion' else ""), W4[3])])
        B.append(table(rows, W4))
    B.append(para("III. ACUERDOS", 'Heading1'))
    W4 = [600, 5200, 2200, 1800]
    rows = [[cell(h, w, shade='D9E2F3', b=True) for h, w in zip(["No.", "Acuerdo", "Responsable", "Plazo"], W4)]]
    for k, x in enumerate(a['agreements'], 1):
        rows.append([cell(str(k), W4[0]), cell(x['text'], W4[1]), cell(x['responsible'] or "", W4[2]), cell(x['plazo'] or "", W4[3])])
    B.append(table(rows, W4))
    B.append(para("Sin más asuntos que tratar, se da por concluida la sesión."))
    B.append(para("\n\n______________________________\n" + a['coordinator'][0] + "\n" + a['coordinator'][1], align='center'))
    B.append(sect())
    hdr = para(f"Programa de Derechos Humanos de la Ciudad de México\tEspacio de Participación – {a['body']}", sz=16)
    ftr = f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), hdr, ftr)

def h(s): 
    import html; return html.escape(s or '')
def h1_html(a):
    o = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><style>body{font-family:Arial;font-size:10pt} table{border-collapse:collapse;width:100%;margin-bottom:10px} td,th{border:1px solid #000;padding:3px;vertical-align:top} th{background:#d9e2f3} .band{background:#1f3864;color:#fff;font-weight:bold} h1{text-align:center;font-size:14pt} h2{font-size:12pt} h3{font-size:11pt;font-style:italic} @page{size:letter;margin:2cm}</style></head><body>']
    o.append(f'<p style="font-size:8pt">Programa de Derechos Humanos de la Ciudad de México — Espacio de Participación – {h(a["body"])}</p>')
    o.append(f'<h1>ACTA DE LA SESIÓN ORDINARIA {h(a["number_written"])}</h1><p style="text-align:center"><b>Espacio de Participación del {h(a["body"])}</b></p><table>')
    for k, v in [("Sesión:", f"Ordinaria {a['number_written']}"), ("Fecha:", a['date_written']), ("Hora de inicio:", a['time_written']), ("Lugar:", a['place']), ("Tema:", a['topic']), ("Objetivo:", a['objective'])]:
        o.append(f'<tr><th style="width:25%;text-align:left">{h(k)}</th><td>{h(v)}</td></tr>')
    o.append('</table><h2>I. LISTA DE ASISTENCIA</h2><table><tr><th>Nombre</th><th>Institución / Organización</th><th>Sector</th></tr>')
    for p in a['attendance']:
        o.append(f'<tr><td>{h(p["name"])}</td><td>{h(p["institution"])}</td><td>{ {"instancia_ejecutora": "Gobierno", "otro": "Gobierno", "sociedad_civil": "OSC", "secretaria_ejecutiva": "SE"}[p["sector"]] }</td></tr>')
    o.append('</table><h2>II. REVISIÓN DE ESTRATEGIAS</h2>')
    for s in a['strategies']:
        o.append(f'<table><tr><td colspan="6" class="band">Estrategia {s["number"]}. {h(s["title"])}</td></tr><tr><th>Meta</th><th>Descripción</th><th>Indicador</th><th>Instancia ejecutora</th><th>Informe</th><th>Estatus</th></tr>')
        for g in s['goals']:
            o.append(f'<tr><td>{g["id"]}</td><td>{h(g["text"])}</td><td>{h(g["indicator"])}</td><td>{h(g["executor"])}</td><td>{h(g["report"])}</td><td>{status_word(g)}</td></tr>')
        o.append(f'</table><h3>Comentarios del Espacio – Estrategia {s["number"]}</h3><table><tr><th>No.</th><th>Comentario</th><th>Meta</th><th>Participante</th></tr>')
        for k, f in enumerate(a['feedback'].get(s['number'], []), 1):
            o.append(f'<tr><td>{k}</td><td>{h(f["text"])}</td><td>{f["goal"]}</td><td>{h(f["who"])}{" (observación)" if f["section"] == "observacion" else ""}</td></tr>')
        o.append('</table>')
    o.append('<h2>III. ACUERDOS</h2><table><tr><th>No.</th><th>Acuerdo</th><th>Responsable</th><th>Plazo</th></tr>')
    for k, x in enumerate(a['agreements'], 1):
        o.append(f'<tr><td>{k}</td><td>{h(x["text"])}</td><td>{h(x["responsible"])}</td><td>{h(x["plazo"])}</td></tr>')
    o.append(f'</table><p>Sin más asuntos que tratar, se da por concluida la sesión.</p><p style="text-align:center;margin-top:40px">______________________________<br>{h(a["coordinator"][0])}<br>{h(a["coordinator"][1])}</p></body></html>')
    os.makedirs(os.path.join(OUT, 'src', 'html'), exist_ok=True)
    open(os.path.join(OUT, 'src', 'html', a['stem'] + '.html'), 'w').write(''.join(o))


REV = 'w:id="{}" w:author="Daniel Arriaga" w:date="2019-12-06T10:00:00Z"'
def tracked(text, track, k=1):
    old, new = track
    pre, post = text.split(new, 1)
    return [run(pre), f'<w:del {REV.format(900+k)}><w:r><w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>',
            f'<w:ins {REV.format(950+k)}>{run(new)}</w:ins>', run(post)]
def join_names(ps):
    items = [f"{p['title']} {p['name']} ({p['institution']})".strip() for p in ps]
    return ', '.join(items[:-1]) + ' y ' + items[-1] if len(items) > 1 else items[0]
def h2_docx(a):
    B = [para(f"ACTA DE LA {a['number_written'].upper()}\nESPACIO DE PARTICIPACIÓN DE LOS {a['body'].upper()}", 'Title')]
    B.append(para(f"Siendo las {a['time_written']} del día {a['date_written']}, en la {a['place']}, se reunieron las personas integrantes del Espacio de Participación de los {a['body']}, con el objetivo de: {a['objective']}."))
    B.append(para("Asistencia", 'Heading1'))
    groups = [("Por las instancias ejecutoras:", ("instancia_ejecutora", "otro")), ("Por las organizaciones de la sociedad civil y pueblos:", ("sociedad_civil",)), ("Por la Secretaría Ejecutiva:", ("secretaria_ejecutiva",))]
    for head, secs in groups:
        ps = [p for p in a['attendance'] if p['sector'] in secs]
        if not ps: continue
        B.append(para(head, 'Heading2'))
        B.append(para(join_names(ps) + '.'))
    B.append(para("Desarrollo de la sesión", 'Heading1'))
    for s in a['strategies']:
        B.append(para(f"Estrategia {s['number']}. {s['title']}", b=True, shade='EDEDED'))
        for g in s['goals']:
            B.append(para([run(f"Meta {g['id']}", b=True), run(' ' + g['text'])]))
            B.append(para([run("Indicador: ", i=True), run(g['indicator'])]))
            B.append(para([run("Instancia ejecutora: ", i=True), run(g['executor'])]))
            if g['report']:
                B.append(para([run("Informe: ", i=True), run(g['report'])]))
            else:
                B.append(para(a['not_reported_sentence'][g['id']]))
        fb = a['feedback'].get(s['number'], [])
        if fb:
            B.append(para("Retroalimentación", b=True))
            for f in fb: B.append(para(f['text']))
    B.append(para("Acuerdos", 'Heading1'))
    for k, x in enumerate(a['agreements']):
        B.append(para(tracked(x['text'], x['track'], k) if x.get('track') else x['text'], 'ListParagraph', num=(1, 0)))
    B.append(para(f"No habiendo más asuntos que tratar, se cierra la presente acta."))
    B.append(para(f"\n\n{a['coordinator'][0]}\n{a['coordinator'][1]}", align='center', b=True))
    B.append(sect(header=False))
    ftr = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), '', ftr, numdefs=[(1, [('decimal', '%1.', 720)])],
          settings_extra='<w:revisionView w:markup="false" w:insDel="false"/><w:trackRevisions/>')


def split_report(r):
    intro, rest = r.split(': ', 1)
    items = [x if x.endswith('.') else x + '.' for x in rest.split('. ')]
    items = [x[:-1] if x.endswith('..') else x for x in items]
    return intro + ':', items
def h3_docx(a):
    B = []
    B.append(para([run("Hora de inicio: ", b=True), run(a['time_written']), run("\t"), run("Sede: ", b=True), run(a['place']),
                   '<w:r><w:footnoteReference w:id="1"/></w:r>']))
    B.append(para("Asistentes", num=(1, 0), b=True))
    for head, secs in [("Gobierno", ("instancia_ejecutora", "otro")), ("Sociedad civil", ("sociedad_civil",)), ("Secretaría Ejecutiva", ("secretaria_ejecutiva",))]:
        B.append(para(head, i=True, shade='F2F2F2'))
        for p in a['attendance']:
            if p['sector'] in secs:
                B.append(para([run(f"{p['title']}\u00a0{p['name']}", b=True), run(f"\n{p['post']}\n{p['institution']}")]))
    B.append(para("Revisión de estrategias", num=(1, 0), b=True))
    for s in a['strategies']:
        B.append(para(f"Estrategia {s['number']} – {s['title']}", num=(1, 1), b=True))
        for g in s['goals']:
            B.append(para([run(f"Meta {g['id']}: ", b=True), run(g['text'])], num=(1, 2)))
            B.append(para(f"Indicador: {g['indicator']}", 'ListParagraph'))
            B.append(para(f"Instancia ejecutora: {g['executor']}", 'ListParagraph'))
            B.append(para(f"Estatus: {'Reportado' if g['report'] else 'N/R'}", 'ListParagraph'))
            if g['report']:
                intro, items = split_report(g['report'])
                B.append(para(intro, 'ListParagraph'))
                for it in items: B.append(para(it, num=(2, 0)))
        B.append(para("Observaciones", 'ListParagraph', b=True))
        for f in a['feedback'].get(s['number'], []): B.append(para(f['text'], 'ListParagraph'))
    B.append(para("Seguimiento de acuerdos anteriores", num=(1, 0), b=True))
    for t, st in a['followups']: B.append(para(f"{t} – {st}.", 'ListParagraph'))
    B.append(para("Acuerdos de la sesión", num=(1, 0), b=True))
    for x in a['agreements']: B.append(para(x['text'], num=(3, 0)))
    B.append(para(f"\n{a['coordinator'][0]}\n{a['coordinator'][1]}", b=True))
    B.append(sect(cols=2))
    hdr = para([run(f"ESPACIO DE PARTICIPACIÓN DE {a['body'].upper()}", b=True), run(f"\nSesión ordinaria número {a['number_written']} · {a['date_written']}")], align='center')
    ftr = f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), hdr, ftr,
          numdefs=[(1, [('decimal', '%1.', 360), ('decimal', '%1.%2', 540), ('lowerLetter', '%3)', 720)]), (2, [('bullet', '•', 1080)]), (3, [('decimal', '%1.', 360)])],
          footnotes=[a['footnote']])


def h4_docx(a):
    B = []
    B.append(para("\n\n\nPROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO", 'Title'))
    B.append(para(f"Espacio de Participación de los {a['body']}", align='center', sz=26, b=True))
    B.append(para(f"\n\nACTA DE LA {a['number_written']} SESIÓN ORDINARIA", align='center', sz=32, b=True))
    B.append(para(f"\nCiudad de México, {a['date_written']}", align='center'))
    B.append(para(f"Este documento contiene el acta y la lista de asistencia (Anexo).", align='center', i=True))
    B.append(sect(header=False, footer=False))
    B.append(para(f"En la Ciudad de México, {a['date_written']}, siendo las {a['time_written']}, en el {a['place']}, se llevó a cabo la {a['number_written']} Sesión Ordinaria del Espacio de Participación de los {a['body']}, con la asistencia que se registra en el Anexo de la presente acta."))
    B.append(para("Revisión de estrategias", 'Heading1'))
    B.append(sect_para(header=True, footer=True))
    for s in a['strategies']:
        gs = s['goals']; n = len(gs); wl = 2200; wg = (13500 - wl) // n
        rows = [[cell(f"Estrategia {s['number']}: {s['title']}", wl + wg * n, span=n + 1, shade='C6E0B4', b=True)]]
        rows.append([cell("Meta", wl, shade='E2EFDA', b=True)] + [cell(g['id'] + ' ' + g['text'], wg) for g in gs])
        rows.append([cell("Indicador", wl, shade='E2EFDA', b=True)] + [cell(g['indicator'], wg) for g in gs])
        rows.append([cell("Instancia ejecutora", wl, shade='E2EFDA', b=True)] + [cell(g['executor'], wg) for g in gs])
        rows.append([cell("Reportó", wl, shade='E2EFDA', b=True)] + [cell("☒ Sí   ☐ No" if g['report'] else "☐ Sí   ☒ No", wg) for g in gs])
        rows.append([cell("Informe", wl, shade='E2EFDA', b=True)] + [cell(g['report'] or "", wg) for g in gs])
        fb = {f['goal']: f for f in a['feedback'].get(s['number'], [])}
        rows.append([cell("Retroalimentación", wl, shade='E2EFDA', b=True)] + [cell(fb[g['id']]['text'] if g['id'] in fb else "", wg) for g in gs])
        B.append(table(rows, [wl] + [wg] * n))
    B.append(sect_para(landscape=True))
    B.append(para("Acuerdos", 'Heading1'))
    for k, x in enumerate(a['agreements'], 1):
        B.append(para(f"{k}.-\t{x['text']}"))
    B.append(para(f"\n\n______________________________\n{a['coordinator'][0]}\n{a['coordinator'][1]}", align='center'))
    B.append(para("ANEXO. LISTA DE ASISTENCIA", 'Heading1', pagebreak_before=True))
    W4 = [2900, 3300, 2200, 1400]
    rows = [[cell(h, w, shade='BFBFBF', b=True) for h, w in zip(["Nombre", "Institución u organización", "Cargo", "Firma"], W4)]]
    for head, secs in [("INSTANCIAS EJECUTORAS", ("instancia_ejecutora", "otro")), ("SOCIEDAD CIVIL", ("sociedad_civil",)), ("SECRETARÍA EJECUTIVA", ("secretaria_ejecutiva",))]:
        rows.append([cell(head, sum(W4), span=4, shade='EDEDED', b=True)])
        for p in a['attendance']:
            if p['sector'] in secs:
                rows.append([cell(f"{p['title']} {p['name']}", W4[0]), cell(p['institution'], W4[1]), cell(p['post'], W4[2]), cell("", W4[3])])
    B.append(table(rows, W4))
    B.append(sect())
    hdr = para(f"Acta {a['number_written']} Sesión Ordinaria – {a['body']}", align='right', sz=16)
    ftr = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), hdr, ftr)


def h5_docx(a):
    B = [para(f"Minuta de la Sesión No. {a['number_written']} del Espacio de Participación del {a['body']}", 'Heading1', align='center')]
    B.append(para(f"Ciudad de México, {a['date_written']}\t|\t{a['time_written']}\t|\t{a['place']}", align='center'))
    B.append(para("Participantes", b=True))
    ps = a['attendance']; rows = []
    for k in range(0, len(ps), 2):
        pair = ps[k:k + 2] + [None] * (2 - len(ps[k:k + 2]))
        r = []
        for p in pair:
            r += [cell(p['name'] if p else "", 2400), cell(p['institution'] if p else "", 2500)]
        rows.append(r)
    B.append(table(rows, [2400, 2500, 2400, 2500], borders=False))
    B.append(para("Fichas de seguimiento", b=True))
    for s in a['strategies']:
        fb = {}
        for f in a['feedback'].get(s['number'], []): fb.setdefault(f['goal'], []).append(f['text'])
        inner = []
        for g in s['goals']:
            fr = [[cell("Meta", 2200, shade="DEEAF6", b=True), cell(f"{g['id']} {g['text']}", 7000)],
                  [cell("Indicador", 2200, shade="DEEAF6", b=True), cell(g['indicator'], 7000)],
                  [cell("Responsable", 2200, shade="DEEAF6", b=True), cell(g['executor'], 7000)],
                  [cell("¿Informó?", 2200, shade="DEEAF6", b=True), cell("✓" if g['report'] else "—", 7000)],
                  [cell("Informe", 2200, shade="DEEAF6", b=True), cell(g['report'] or "", 7000)],
                  [cell("Retroalimentación", 2200, shade="DEEAF6", b=True), cell([para(t) for t in fb.get(g['id'], [])], 7000)]]
            inner.append(table(fr, [2200, 7000]))
        B.append(table([[cell(f"Estrategia {s['number']} – {s['title']}", 9600, shade='9DC3E6', b=True)], [cell(inner, 9600)]], [9600]))
    B.append(para("Acuerdos y seguimiento", b=True))
    W3 = [5600, 2200, 1800]
    rows = [[cell(h, w, shade='DEEAF6', b=True) for h, w in zip(["Acuerdo", "Responsable", "Estado"], W3)]]
    for t, st in a['followups']: rows.append([cell(t, W3[0]), cell("", W3[1]), cell(st, W3[2])])
    for x in a['agreements']: rows.append([cell(x['text'], W3[0]), cell(x['responsible'] or "", W3[1]), cell("Nuevo", W3[2])])
    B.append(table(rows, W3))
    B.append(para(f"Elaboró: {a['coordinator'][0]}, {a['coordinator'][1]}", i=True))
    B.append(sect(header=False))
    ftr = f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), '', ftr)


def h6_docx(a):
    B = [para(f"{a['number_written']} SESIÓN ORDINARIA 2020", 'Title'),
         para(f"Espacio de Participación de los {a['body']}", align='center', b=True),
         para([run("Fecha: ", b=True), run(a['date_written'] + '.'), run("\tHora: ", b=True), run(a['time_written'] + '.')]),
         para([run("Lugar: ", b=True), run(a['place'])])]
    B.append(para("Lista de asistencia", 'Heading2'))
    W2 = [4200, 5400]
    rows = [[cell("Nombre", W2[0], shade='D0CECE', b=True), cell("Dependencia / Organización", W2[1], shade='D0CECE', b=True)]]
    for head, secs in [("Instancias ejecutoras", ("instancia_ejecutora", "otro")), ("Sociedad civil", ("sociedad_civil",)), ("Secretaría Ejecutiva", ("secretaria_ejecutiva",))]:
        rows.append([cell(head, sum(W2), span=2, shade='F2F2F2', b=True)])
        for p in a['attendance']:
            if p['sector'] in secs: rows.append([cell(p['name'], W2[0]), cell(p['institution'], W2[1])])
    B.append(table(rows, W2))
    for s in a['strategies']:
        B.append(para(f"Estrategia {s['number']}. {s['title']}", 'Heading2'))
        W4 = [2600, 1700, 2200, 3100]
        rows = [[cell(h, w, shade='D0CECE', b=True) for h, w in zip(["Meta", "Indicador", "Instancia ejecutora", "Informe"], W4)]]
        for g in s['goals']:
            rows.append([cell(f"{g['id']}\t{g['text']}", W4[0]), cell(g['indicator'], W4[1]), cell(g['executor'], W4[2]), cell(g['report'] or "Sin información", W4[3])])
        B.append(table(rows, W4))
        B.append(para("Observaciones del Espacio", b=True))
        for f in a['feedback'].get(s['number'], []): B.append(para(f"Meta {f['goal']}: " + f['text'], 'ListParagraph', num=(2, 0)))
    B.append(para("Acuerdos", 'Heading2'))
    for x in a['agreements']: B.append(para(x['text'], num=(1, 0)))
    B.append(para(f"\n{a['coordinator'][0]}\n{a['coordinator'][1]}", align='center'))
    B.append(sect(header=True))
    hdr = para("Mecanismo de Seguimiento y Evaluación del PDHCDMX", align='right', sz=16, i=True)
    ftr = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{PAGE_FIELD}</w:p>'
    write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(B), hdr, ftr, numdefs=[(1, [('upperRoman', '%1.', 720)]), (2, [('bullet', '–', 720)])])

RENDER = {"H6": (h6_docx, None), "H5": (h5_docx, None), "H4": (h4_docx, None), "H3": (h3_docx, None), "H1": (h1_docx, h1_html), "H2": (h2_docx, None)}
if __name__ == '__main__':
    only = set(sys.argv[1:])
    for a in ACTAS:
        if only and a['layout'] not in only: continue
        d, ht = RENDER[a['layout']]
        d(a)
        if ht: ht(a)
        json.dump(gold(a), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w'), ensure_ascii=False, indent=2)
        print(a['stem'])
