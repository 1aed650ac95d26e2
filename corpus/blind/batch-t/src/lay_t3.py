# -*- coding: utf-8 -*-
"""T3 — the session worked on a Mural whiteboard and the board exported to PDF from the browser (Chromium). App bar
with the board name and "Última edición", then frames on a canvas: "Datos de la sesión" (sticky-like text widgets),
"¿Quién está hoy?" — attendance as a **grid of name cards** (initials avatar, name, institution, a coloured tag
Gobierno CDMX / Alcaldía / Academia / Organización / SE), "Orden del día" as numbered chips joined by arrows, one frame
per strategy with a **column per goal** (a white goal card: Meta, Indicador, Responsable; an "Informe" card, green when
delivered, grey "Sin informe" with the reason) and **colour-coded sticky notes** under it (yellow = Secretaría
Ejecutiva, pink = integrantes; legend at the top; the author in small print under each note), a frame "Acuerdos" as
a checklist with Responsable / Fecha chips, and a big sticky "Próxima sesión". Tabloid landscape pages. The .docx is
the board's HTML opened in LibreOffice and saved as Word."""
import os, html as H
from build import fb, pdf_from_html, html_to_docx, SRC, IE, SC, SE, OT
from words import long_date

e = H.escape
TAG = {IE: ('Gobierno CDMX', '#d7e8ff'), OT: ('Alcaldía / Academia', '#e6dcff'), SC: ('Organización', '#d9f5e1'), SE: ('Secretaría Ejecutiva', '#ffe7c2')}
ORD = {4: 'Cuarta', 5: 'Quinta', 6: 'Sexta'}
CSS = '''
@page { size: 17in 11in; margin: 0.3in; }
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; background: #f3f3f3; color: #222; }
.bar { background: #fff; border-bottom: 1px solid #ccc; padding: 8px 16px; display: flex; align-items: center; gap: 18px; font-size: 13px; }
.logo { font-weight: bold; color: #e8345a; font-size: 18px; }
.bar .title { font-weight: bold; font-size: 15px; }
.bar .meta { color: #777; margin-left: auto; }
.canvas { padding: 14px; display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.frame { background: #fff; border: 1px solid #bbb; border-radius: 6px; padding: 10px 12px 12px; break-inside: avoid; box-shadow: 0 1px 3px #0002; }
.frame > h2 { font-size: 15px; margin: 0 0 8px; color: #444; }
.w1 { width: 360px; } .w2 { width: 760px; } .w3 { width: 1560px; }
.widget { background: #fffbe6; border-left: 4px solid #f5c400; padding: 6px 8px; margin: 4px 0; font-size: 12.5px; }
.widget b { display: block; font-size: 11px; color: #777; text-transform: uppercase; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: 6px 8px; font-size: 11.5px; display: flex; gap: 8px; }
.av { width: 30px; height: 30px; border-radius: 50%; background: #6a5acd; color: #fff; font-weight: bold; font-size: 12px; display: flex; align-items: center; justify-content: center; flex: none; }
.card .n { font-weight: bold; font-size: 12.5px; }
.tag { display: inline-block; border-radius: 10px; padding: 1px 7px; font-size: 10px; margin-top: 3px; }
.chips { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; font-size: 12px; }
.chip { border: 2px solid #6a5acd; border-radius: 14px; padding: 4px 10px; background: #f4f2ff; }
.arrow { color: #6a5acd; font-size: 18px; }
.legend { font-size: 11.5px; color: #555; }
.legend span { display: inline-block; width: 14px; height: 14px; vertical-align: middle; margin: 0 4px 0 10px; }
.cols { display: flex; gap: 14px; }
.col { flex: 1; }
.goal { border: 2px solid #333; border-radius: 6px; padding: 7px 9px; font-size: 12.5px; background: #fff; margin-bottom: 8px; }
.goal .id { font-weight: bold; font-size: 14px; }
.goal .f { font-size: 11.5px; margin-top: 4px; }
.goal .f i { color: #666; }
.inf { border-radius: 6px; padding: 7px 9px; font-size: 12.5px; margin-bottom: 8px; }
.inf.ok { background: #dcf3e3; border: 1px solid #5bb97b; }
.inf.no { background: #ececec; border: 1px dashed #888; color: #444; }
.inf b { display: block; font-size: 11px; text-transform: uppercase; }
.stickies { display: flex; flex-wrap: wrap; gap: 8px; }
.sticky { width: 220px; min-height: 110px; padding: 8px 9px 6px; font-size: 12.5px; box-shadow: 1px 2px 4px #0003; display: flex; flex-direction: column; justify-content: space-between; }
.sticky.se { background: #fff475; } .sticky.ob { background: #ffb3c7; }
.sticky .by { font-size: 9.5px; color: #555; margin-top: 6px; }
.todo { font-size: 13px; margin: 6px 0; display: flex; gap: 8px; }
.box { width: 13px; height: 13px; border: 2px solid #555; border-radius: 3px; flex: none; margin-top: 2px; }
.todo .c { display: inline-block; background: #eee; border-radius: 10px; padding: 0 7px; font-size: 11px; margin: 3px 4px 0 0; color: #444; }
.big { background: #9fe3ff; width: 330px; min-height: 160px; padding: 14px; font-size: 16px; box-shadow: 1px 2px 6px #0003; }
'''


def initials(n):
    w = n.split()
    return (w[0][0] + w[-2][0]).upper() if len(w) > 2 else (w[0][0] + w[-1][0]).upper()


def html(a):
    d = a['date']
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>EP Recicladoras · {ORD[a["number"]]} sesión ordinaria – Mural</title><style>{CSS}</style></head><body>']
    o.append(f'<div class="bar"><span class="logo">mural</span><span class="title">EP Recicladoras · {ORD[a["number"]]} sesión ordinaria ({d[8:]}/{d[5:7]}/{d[:4]})</span>'
             f'<span>Espacio de trabajo: SE-PDHCDMX › Espacios de Participación</span><span class="meta">Última edición: {a["attendance"][-1][0]} · hace 2 h · Zoom 35 %</span></div>')
    o.append('<div class="canvas">')
    o.append(f'<div class="frame w1"><h2>{ORD[a["number"]]} Sesión Ordinaria del Espacio de Participación de los {e(a["body"])}</h2>'
             f'<div class="widget"><b>Fecha</b>{long_date(d)}</div>'
             f'<div class="widget"><b>Horario</b>{a["start"]} a {a["end"]} h</div>'
             f'<div class="widget"><b>Sede</b>{e(a["place"])}</div>'
             f'<div class="widget"><b>Facilita</b>{e(a["coordinator"][0])} ({e(a["coordinator"][1])})</div>'
             f'<div class="widget"><b>Relatoría</b>{e(a["attendance"][-1][0])}</div></div>')
    cards = ''.join(f'<div class="card"><div class="av">{initials(n)}</div><div><div class="n">{e(n)}</div><div>{e(i)}</div>'
                    f'<span class="tag" style="background:{TAG[s][1]}">{TAG[s][0]}</span></div></div>' for n, t, i, k, s, c in a['attendance'])
    o.append(f'<div class="frame w2"><h2>¿Quién está hoy? (arrastra tu tarjeta)</h2><div class="cards">{cards}</div></div>')
    agenda = ['Bienvenida y registro', 'Orden del día', 'Seguimiento de metas', 'Asuntos generales', 'Acuerdos y próxima sesión']
    chips = '<span class="arrow">→</span>'.join(f'<span class="chip">{k}. {t}</span>' for k, t in enumerate(agenda, 1))
    o.append(f'<div class="frame w1"><h2>Orden del día</h2><div class="chips">{chips}</div>'
             '<p class="legend">Notas:<span style="background:#fff475"></span>Retroalimentación de la Secretaría Ejecutiva'
             '<span style="background:#ffb3c7"></span>Comentarios de integrantes</p></div>')
    for st in a['strategies']:
        cols = []
        for g in st['goals']:
            c = (f'<div class="goal"><div class="id">Meta {g["id"]}</div>{e(g["text"])}'
                 f'<div class="f"><i>Indicador:</i> {e(g["indicator"])}</div><div class="f"><i>Responsable:</i> {e(g["executor"])}</div></div>')
            if g['report']:
                c += f'<div class="inf ok"><b>✔ Informe entregado</b>{e(" ".join(g["report"]))}</div>'
            else:
                c += f'<div class="inf no"><b>✖ Sin informe</b>{e(g["status"])}</div>'
            notes = ''
            for t, sec, gl, lab, sp in fb(st, g['id']):
                if sp == 'SE':
                    notes += f'<div class="sticky se"><div>{e(t)}</div><div class="by">{e(a["attendance"][-1][0])} · SE</div></div>'
                else:
                    p = next(x for x in a['attendance'] if x[0] == sp)
                    notes += f'<div class="sticky ob"><div>{e(t)}</div><div class="by">{e(p[0])} · {e(p[2])}</div></div>'
            c += f'<div class="stickies">{notes}</div>'
            cols.append(f'<div class="col">{c}</div>')
        o.append(f'<div class="frame w3"><h2>Estrategia {st["number"]} · {e(st["title"])}</h2><div class="cols">{"".join(cols)}</div></div>')
    todos = ''
    for ag in a['agreements']:
        if ag['next_session']: continue
        chips = f'<span class="c">Responsable: {e(ag["responsible"])}</span>' if ag['responsible'] else ''
        todos += f'<div class="todo"><div class="box"></div><div>{e(ag["text"])}<br>{chips}</div></div>'
    o.append(f'<div class="frame w2"><h2>Acuerdos</h2>{todos}</div>')
    nx = next(ag for ag in a['agreements'] if ag['next_session'])
    o.append(f'<div class="frame w1"><h2>Próxima sesión</h2><div class="big">{e(nx["text"])}</div>'
             f'<p class="legend">La sesión cerró a las {a["end"]} h.</p></div>')
    o.append('</div></body></html>')
    return ''.join(o)


def render(a, stem, n):
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f: f.write(html(a))
    pdf_from_html(hp, stem + '.pdf')
    html_to_docx(hp, stem + '.docx')
