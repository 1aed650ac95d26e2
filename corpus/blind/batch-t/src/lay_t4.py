# -*- coding: utf-8 -*-
"""T4 — the "versión pública" of the minuta as published on the SE's transparency portal (Chromium print). Portal
band and breadcrumb (Obligaciones de transparencia › Artículo 121 › Actas de los Espacios de Participación ›
Ejercicio 2019), a boxed **leyenda de clasificación** (which personal data were removed, legal basis, Comité de
Transparencia agreement), "VERSIÓN PÚBLICA" repeated at the top of every page, then the minuta written **as a
two-column rubric table** (left: grey rubric cells "Sesión", "Fecha", "Horario", "Sede", "Asistentes", "Estrategia 357",
"Meta 357.1", "Informe de la instancia", "Retroalimentación de la SE", "Observaciones", "Acuerdos", "Próxima sesión",
"Cierre", "Firmas"; right: the text), session as "Sesión Ordinaria No. 02", date dd/mm/aaaa, attendance grouped by
sector with **black redaction boxes** over the telephone and e-mail of civil-society members, agreements as a
**table nested in the cell** (No. | Acuerdo | Responsable | Fecha límite), signature cells with "[firma testada]".
The .docx is the page opened in LibreOffice and saved as Word."""
import os, html as H
from build import fb, pdf_from_html, html_to_docx, SRC, IE, SC, SE, OT
from words import MESES

e = H.escape
GROUP = {IE: 'Personas servidoras públicas', OT: 'Academia', SC: 'Organizaciones de la sociedad civil', SE: 'Secretaría Ejecutiva'}
ORDW = {2: 'Segunda', 3: 'Tercera', 4: 'Cuarta'}
CSS = '''
@page { size: letter; margin: 16mm 14mm 16mm 14mm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11.5px; color: #222; margin: 0; }
.vp { position: fixed; bottom: 0; right: 0; font-size: 10px; font-weight: bold; letter-spacing: 2px; color: #a00; }
.portal { background: #3d2c5e; color: #fff; padding: 8px 12px; font-size: 13px; }
.portal b { font-size: 15px; }
.crumb { font-size: 10.5px; color: #555; padding: 6px 2px; border-bottom: 1px solid #ccc; }
.ley { border: 1.5px solid #a00; background: #fff5f5; padding: 8px 10px; margin: 10px 0; font-size: 10.5px; }
.ley b { color: #a00; }
h1 { font-size: 15px; text-align: center; margin: 12px 0 2px; }
h2 { font-size: 12.5px; text-align: center; margin: 0 0 10px; font-weight: normal; }
table.r { width: 100%; border-collapse: collapse; }
table.r > tbody > tr > td { border: 1px solid #888; padding: 5px 7px; vertical-align: top; }
table.r > tbody > tr > td.k { width: 24%; background: #e3e3e3; font-weight: bold; }
table.r > tbody > tr.st > td { background: #cfc6e0; }
tr { break-inside: avoid; }
.red { display: inline-block; background: #000; height: 11px; vertical-align: middle; }
ul { margin: 2px 0 4px 16px; padding: 0; }
li { margin: 1px 0; }
.g { font-style: italic; margin-top: 4px; }
table.n { width: 100%; border-collapse: collapse; margin-top: 2px; }
table.n td, table.n th { border: 1px solid #aaa; padding: 3px 5px; font-size: 11px; vertical-align: top; text-align: left; }
table.n th { background: #f0f0f0; }
.sig { display: inline-block; width: 45%; text-align: center; margin: 18px 2% 0 0; font-size: 10.5px; }
.foot { margin-top: 12px; font-size: 9.5px; color: #666; border-top: 1px solid #ccc; padding-top: 4px; }
'''


def red(w): return f'<span class="red" style="width:{w}px"></span>'


def html(a):
    d = a['date']
    dd = f'{d[8:]}/{d[5:7]}/{d[:4]}'
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Versión pública – Minuta EP Salud Sexual y Reproductiva de Adolescentes {dd}</title><style>{CSS}</style></head><body>']
    o.append('<div class="vp">VERSIÓN PÚBLICA</div>')
    o.append('<div class="portal"><b>Portal de Transparencia</b> · Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México</div>')
    o.append(f'<div class="crumb">Inicio › Obligaciones de transparencia › Artículo 121 › Actas y minutas de los Espacios de Participación › Ejercicio {d[:4]} › '
             f'Primer trimestre › Minuta {dd}</div>')
    o.append('<div class="ley"><b>LEYENDA DE CLASIFICACIÓN.</b> Versión pública de la minuta de sesión. Se eliminaron los datos personales de personas '
             'particulares: número telefónico, correo electrónico y firma (3 datos), por tratarse de información confidencial en términos de los artículos '
             '180 y 186 de la Ley de Transparencia, Acceso a la Información Pública y Rendición de Cuentas de la Ciudad de México. Clasificación aprobada por el '
             f'Comité de Transparencia en su Segunda Sesión Extraordinaria {d[:4]}, acuerdo CT/SE-02/{d[:4]}/07.</div>')
    o.append(f'<h1>MINUTA DE TRABAJO</h1><h2>Espacio de Participación del {e(a["body"])}</h2>')
    rows = []
    def row(k, v, cls=''):
        rows.append(f'<tr class="{cls}"><td class="k">{k}</td><td>{v}</td></tr>')
    row('Sesión', f'Sesión Ordinaria No. {a["number"]:02d} ({ORDW[a["number"]].lower()} sesión ordinaria de {d[:4]})')
    row('Fecha', dd)
    row('Horario', f'{a["start"]} a {a["end"]} horas')
    row('Sede', e(a['place']))
    row('Coordinación', f'{e(a["coordinator"][0])}, {e(a["coordinator"][1])}')
    att = ''
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        items = ''
        for n, t, i, k, s2, c in xs:
            extra = f' Tel.: {red(70)} Correo: {red(120)}' if s == SC else ''
            items += f'<li>{e(t)} {e(n)}, {e(c)}, {e(i)}{"" if i.endswith(".") else "."}{extra}</li>'
        att += f'<div class="g">{GROUP[s]}</div><ul>{items}</ul>'
    row('Asistentes', att)
    row('Orden del día', '1. Registro de asistencia. 2. Aprobación del orden del día. 3. Seguimiento de estrategias y metas. 4. Asuntos generales. 5. Acuerdos.')
    for st in a['strategies']:
        row(f'Estrategia {st["number"]}', f'<b>{e(st["title"])}</b>', 'st')
        for g in st['goals']:
            row(f'Meta {g["id"]}', e(g['text']))
            row('Indicador', e(g['indicator']))
            row('Instancia responsable', e(g['executor']))
            row('Informe de la instancia', e(' '.join(g['report'])) if g['report'] else f'<i>Sin informe.</i> {e(g["status"])}')
            se = [t for t, sec, gl, lab, sp in fb(st, g['id']) if sp == 'SE']
            ob = [(t, sp) for t, sec, gl, lab, sp in fb(st, g['id']) if sp != 'SE']
            row('Retroalimentación de la SE', '<br>'.join(e(t) for t in se) or '—')
            obs = []
            for t, sp in ob:
                p = next(x for x in a['attendance'] if x[0] == sp)
                obs.append(f'{e(p[0])} ({e(p[2])}): {e(t)}')
            row('Observaciones', '<br>'.join(obs) or 'Sin observaciones.')
    row('Asuntos generales', 'No hubo.')
    ags = [ag for ag in a['agreements'] if not ag['next_session']]
    t = '<table class="n"><tr><th>No.</th><th>Acuerdo</th><th>Responsable</th><th>Fecha límite</th></tr>'
    for k, ag in enumerate(ags, 1):
        lim = '/'.join(reversed(ag['dates'][0].split('-'))) if ag['dates'] else 'Próxima sesión'
        t += f'<tr><td>{k}</td><td>{e(ag["text"])}</td><td>{e(ag["responsible"] or "")}</td><td>{lim}</td></tr>'
    row('Acuerdos', t + '</table>')
    nx = next(ag for ag in a['agreements'] if ag['next_session'])
    row('Próxima sesión', e(nx['text']))
    row('Cierre', f'Se dio por concluida la sesión a las {a["end"]} horas.')
    sc = [x for x in a['attendance'] if x[4] == SC]
    sig = (f'<div class="sig">{e(a["coordinator"][0])}<br>Coordinación del Espacio<br>[firma testada] {red(90)}</div>'
           f'<div class="sig">{e(a["attendance"][-1][0])}<br>Relatoría, Secretaría Ejecutiva<br>(firma autógrafa)</div>')
    row('Firmas', sig)
    o.append('<table class="r"><tbody>' + ''.join(rows) + '</tbody></table>')
    o.append(f'<div class="foot">Fecha de publicación: {int(d[8:]) if False else 30} de {MESES[int(d[5:7]) - 1]} de {d[:4]} · Área responsable: Subdirección de Participación · '
             'Este documento es una versión pública; el original obra en los archivos de la Secretaría Ejecutiva.</div>')
    o.append('</body></html>')
    return ''.join(o)


def render(a, stem, n):
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f: f.write(html(a))
    pdf_from_html(hp, stem + '.pdf')
    html_to_docx(hp, stem + '.docx')
