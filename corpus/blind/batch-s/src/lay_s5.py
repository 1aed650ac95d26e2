# -*- coding: utf-8 -*-
"""S5 — a bilingual Spanish/Náhuatl relatoría published on the Espacio's page of a community web portal, printed from
Chromium. Every heading is "Náhuatl · Spanish" ("Nechicoliztli · Datos de la reunión", "Tlacah tlen ohualahqueh ·
Personas que asistieron", "Tequitl · Seguimiento", "Tlanahuatilli · Acuerdos", "Occeppa timonechicozqueh · Próxima
reunión"); a short summary in Náhuatl opens the page; the session number as "Cuarta reunión ordinaria"; attendance as a
table Pueblo, barrio o institución | Nombre with several people per row; each goal as a card with a status word
("Tlen omochiuh · Informó" / "Ahmo · No informó"), the report, and the remarks "Tlahtolli · Comentarios" as quoted
lines with the speaker after a dash; agreements as a table Tlanahuatilli / Acuerdo | Akin · Quién | Quemman · Cuándo.
Publication date and "last updated" are not the session date. The .docx is the page saved as Word (LibreOffice's
import of the same HTML)."""
import os, html as H
from build import fb, pdf_from_html, html_to_docx, by_inst, SRC, IE, SC, SE, OT
from words import long_date

e = H.escape
CSS = '''
@page { size: Letter; margin: 15mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; color: #2b2118; }
.top { border-bottom: 4px solid #b5472b; padding-bottom: 6px; margin-bottom: 10px; }
.site { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #b5472b; letter-spacing: 1px; text-transform: uppercase; }
h1 { font-size: 17pt; margin: 4px 0; color: #5a2d0c; }
.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #7a6a5a; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt; color: #fff; background: #7a3b1b; padding: 3px 8px; margin: 14px 0 6px; }
h2 .es { font-weight: normal; color: #f3dcc8; }
.nah { font-style: italic; background: #f6ede3; border-left: 4px solid #d9a066; padding: 6px 10px; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4px 0 8px; }
td, th { border: 1px solid #c9b29b; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #efe2d3; }
.goal { border: 1px solid #d8c4ae; border-radius: 6px; padding: 6px 10px; margin: 6px 0 10px; page-break-inside: avoid; }
.est { font-weight: bold; color: #5a2d0c; margin: 10px 0 4px; }
.pill { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; padding: 1px 6px; border-radius: 8px; background: #dbe8c9; color: #2f5a12; }
.pill.no { background: #f2d0c8; color: #8a2310; }
.goal p { margin: 2px 0 4px; line-height: 1.35; }
.k { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #7a3b1b; }
ul.c { margin: 2px 0 2px 16px; padding: 0; }
.foot { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #7a6a5a; border-top: 1px solid #c9b29b; margin-top: 14px; padding-top: 4px; }
'''
NAH_ORD = {4: 'Ic nahui', 5: 'Ic macuilli'}


def html(a):
    att = {x[0]: x for x in a['attendance']}
    pub = long_date(a['published'], weekday=False)
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{a["ordinal"]} reunión ordinaria</title><style>{CSS}</style></head><body>',
         '<div class="top"><div class="site">Calpulli · Portal de los pueblos y barrios originarios</div>',
         f'<h1>{NAH_ORD[a["number"]]} nechicoliztli · {a["ordinal"]} reunión ordinaria del Espacio de Participación de los {e(a["body"])}</h1>',
         f'<div class="meta">Publicado el {pub} por Relatoría SE · Tlahtolli ipan náhuatl: Colectivo Calpulli Tecpan · Sección: Espacios de participación</div></div>',
         f'<div class="nah">Nican tictlalia tlen otictlahtohqueh ipan {NAH_ORD[a["number"]].lower()} nechicoliztli. Otitonechicohqueh, otictlahtohqueh '
         'itechpa in tequitl tlen quichihuah in tlayacanqueh, ihuan otictlalihqueh tlanahuatilli. Tlazohcamati nochtin.</div>',
         '<h2>Nechicoliztli · <span class="es">Datos de la reunión</span></h2>',
         '<table>' + ''.join(f'<tr><th style="width:28%">{k}</th><td>{v}</td></tr>' for k, v in (
             ('Tonalli · Fecha', long_date(a['date'])), ('Hora · Horario', f'de {a["start"]} a {a["end"]} horas'), ('Canin · Lugar', e(a['place'])),
             ('Tlayacanqui · Coordinación', f'{e(a["coordinator"][0])}, {e(a["coordinator"][1])}'))) + '</table>',
         '<h2>Tlacah tlen ohualahqueh · <span class="es">Personas que asistieron</span></h2>',
         '<table><tr><th style="width:45%">Pueblo, barrio o institución</th><th>Nombre</th></tr>']
    for inst, xs in by_inst(a['attendance']):
        o.append(f'<tr><td>{e(inst)}</td><td>' + '<br>'.join(f'{e(x[1])} {e(x[0])} ({e(x[5])})' for x in xs) + '</td></tr>')
    o.append('</table>')
    o.append('<h2>Tequitl · <span class="es">Seguimiento de estrategias y metas</span></h2>')
    for st in a['strategies']:
        o.append(f'<div class="est">Estrategia {st["number"]} — {e(st["title"])}</div>')
        for g in st['goals']:
            pill = '<span class="pill">Tlen omochiuh · Informó</span>' if g['report'] else '<span class="pill no">Ahmo · No informó</span>'
            o.append(f'<div class="goal"><p><b>Meta {g["id"]}</b> {pill}</p><p>{e(g["text"])}</p>'
                     f'<p><span class="k">Indicador:</span> {e(g["indicator"])}</p><p><span class="k">Responsable:</span> {e(g["executor"])}</p>')
            o.append(f'<p><span class="k">Informe:</span> {e(" ".join(g["report"])) if g["report"] else "<i>" + e(g["status"]) + "</i>"}</p>')
            fs = fb(st, g['id'])
            if fs:
                o.append('<p class="k">Tlahtolli · Comentarios</p><ul class="c">')
                for f in fs:
                    who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{att[f[4]][0]}, {att[f[4]][2]}'
                    o.append(f'<li>«{e(f[0])}» — {e(who)}</li>')
                o.append('</ul>')
            o.append('</div>')
    o.append('<h2>Tlanahuatilli · <span class="es">Acuerdos</span></h2>')
    o.append('<table><tr><th style="width:5%">#</th><th>Tlanahuatilli · Acuerdo</th><th style="width:24%">Akin · Quién</th><th style="width:13%">Quemman · Cuándo</th></tr>')
    for k, g in enumerate(a['agreements'], 1):
        when = long_date(g['dates'][0], weekday=False) if g['dates'] else 'Próxima reunión'
        o.append(f'<tr><td>{k}</td><td>{e(g["text"])}</td><td>{e(g["responsible"] or "Todas y todos")}</td><td>{when}</td></tr>')
    o.append('</table>')
    nx = a['next']
    o.append('<h2>Occeppa timonechicozqueh · <span class="es">Próxima reunión</span></h2>')
    o.append(f'<p>{long_date(nx["date"]).capitalize()}, {nx["start_time"]} horas. Se cerró la reunión a las {a["end"]} horas.</p>')
    o.append(f'<div class="foot">Última actualización: {pub}. Los informes completos de las instancias pueden solicitarse a la Secretaría Ejecutiva. '
             'Calpulli · Portal de los pueblos y barrios originarios.</div></body></html>')
    return '\n'.join(o)


def render(a, stem, n):
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f: f.write(html(a))
    pdf_from_html(hp, stem + '.pdf')
    html_to_docx(hp, stem + '.docx')
