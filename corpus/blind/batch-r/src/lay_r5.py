# -*- coding: utf-8 -*-
"""R5 — the acta kept as a page of the SE's intranet wiki (MediaWiki, 'versión para imprimir'): infobox with the
session data and links to the previous/next session, a table of contents, a sortable attendance table, goals as
definition lists whose INFORME is only a footnote mark — the reports live in the "Referencias" section at the end —,
comments as bullets, agreements as a numbered list, categories and a last-edited stamp. PDF by Chromium; the .docx is
the page saved as Word (LibreOffice import of the same HTML)."""
import html as H
import lay_r4
from build import long_date, fb, de, IE, SC, SE, OT

e = H.escape
SECTOR = {IE: 'Gobierno', SC: 'Sociedad civil', OT: 'Academia', SE: 'Secretaría Ejecutiva'}
CSS = '''
@page { size: Letter; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #202122; }
h1 { font-family: 'Liberation Serif', Georgia, serif; font-weight: normal; font-size: 20pt; border-bottom: 1px solid #a2a9b1; margin: 0 0 2px; }
.from { font-size: 8.5pt; color: #54595d; margin-bottom: 10px; }
h2 { font-family: 'Liberation Serif', Georgia, serif; font-weight: normal; font-size: 14.5pt; border-bottom: 1px solid #a2a9b1; margin: 14px 0 6px; }
h3 { font-size: 10.5pt; margin: 10px 0 3px; }
.infobox { float: right; width: 215px; border: 1px solid #a2a9b1; background: #f8f9fa; margin: 0 0 8px 12px; padding: 3px; font-size: 8.5pt; border-collapse: collapse; }
.infobox th.title { background: #cedff2; font-size: 10pt; text-align: center; padding: 4px; }
.infobox th { text-align: left; vertical-align: top; padding: 2px 4px; width: 38%; }
.infobox td { vertical-align: top; padding: 2px 4px; }
.toc { display: inline-block; border: 1px solid #a2a9b1; background: #f8f9fa; padding: 5px 12px 5px 8px; font-size: 8.5pt; margin: 4px 0 6px; }
.toc ul { list-style: none; margin: 0 0 0 12px; padding: 0; }
.toc .tn { color: #202122; padding-right: 4px; }
a { color: #0645ad; text-decoration: none; }
table.wikitable { border-collapse: collapse; background: #f8f9fa; border: 1px solid #a2a9b1; font-size: 9pt; }
table.wikitable th, table.wikitable td { border: 1px solid #a2a9b1; padding: 2px 6px; }
table.wikitable th { background: #eaecf0; }
dl { margin: 2px 0 4px; } dt { font-weight: bold; } dd { margin: 0 0 2px 18px; }
sup.ref { font-size: 7pt; }
ol.references { font-size: 8.5pt; }
.catlinks { border: 1px solid #a2a9b1; background: #f8f9fa; padding: 4px 6px; margin-top: 14px; font-size: 8.5pt; clear: both; }
.footer { font-size: 8pt; color: #54595d; margin-top: 6px; }
'''


def html(a):
    title = f'EP Justicia Cívica/Sesión {a["number"]} ({a["date"][:4]})'
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(title)} - Wiki SE-PDH</title><style>{CSS}</style></head><body>']
    o.append(f'<h1>{e(title)}</h1><div class="from">De Wiki SE-PDH</div>')
    nxt = a['next']['date']
    info = [('Espacio', f'<a href="#">{e(a["body"])}</a>'), ('Sesión', f'{a["ordinal"]} sesión ordinaria'), ('Fecha', e(long_date(a['date']))),
            ('Hora', f'{a["start"]} – {a["end"]} h'), ('Sede', e(a['place'])), ('Coordinación', f'{e(a["coordinator"][0])} ({e(a["coordinator"][1])})'),
            ('Relatoría', e([x[0] for x in a['attendance'] if x[4] == SE][0])),
            ('Anterior', f'<a href="#">← Sesión {a["number"] - 1}</a> ({e(a["prev_date"])})'),
            ('Siguiente', f'<a href="#">Sesión {a["number"] + 1} →</a> ({e(long_date(nxt, weekday=False))})')]
    o.append('<table class="infobox"><tr><th class="title" colspan="2">Sesión ordinaria n.º ' + str(a['number']) + '</th></tr>'
             + ''.join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in info) + '</table>')
    o.append(f'<p>La <b>{a["ordinal"].lower()} sesión ordinaria</b> del <a href="#">Espacio de Participación</a> del {e(a["body"])} se celebró el '
             f'{e(long_date(a["date"], weekday=False))}. Esta página es el acta de la sesión; la validaron por correo las personas asistentes.</p>')
    secs = ['Asistencia', 'Orden del día', 'Seguimiento de estrategias', 'Acuerdos', 'Referencias']
    toc = '<div class="toc"><b>Contenido</b><ul>'
    for k, s in enumerate(secs, 1):
        toc += f'<li><span class="tn">{k}</span><a href="#">{s}</a>'
        if s == 'Seguimiento de estrategias':
            toc += '<ul>' + ''.join(f'<li><span class="tn">{k}.{j}</span><a href="#">Estrategia {st["number"]}</a></li>' for j, st in enumerate(a['strategies'], 1)) + '</ul>'
        toc += '</li>'
    o.append(toc + '</ul></div>')
    o.append('<h2>Asistencia</h2>')
    o.append('<table class="wikitable sortable"><tr><th>Nombre ▾</th><th>Institución ▾</th><th>Sector ▾</th></tr>'
             + ''.join(f'<tr><td>{e(n)}</td><td>{e(i)}</td><td>{SECTOR[s]}</td></tr>' for n, t, i, k, s, _r in a['attendance']) + '</table>')
    o.append('<h2>Orden del día</h2><ol><li>Registro de asistencia.</li><li>Seguimiento de estrategias ' + ' y '.join(str(st['number']) for st in a['strategies'])
             + '.</li><li>Acuerdos y fecha de la siguiente sesión.</li></ol>')
    o.append('<h2>Seguimiento de estrategias</h2>')
    refs = []
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        o.append(f'<h3>Estrategia {st["number"]}: {e(st["title"])}</h3>')
        for g in st['goals']:
            if g['report']:
                refs.append(g)
                inf = f'Entregado el {e(g["received"])}.<sup class="ref"><a href="#">[{len(refs)}]</a></sup>'
            else:
                inf = e(g['status'])
            o.append(f'<dl><dt>Meta {g["id"]}</dt><dd>{e(g["text"])}</dd><dt>Indicador</dt><dd>{e(g["indicator"])}</dd>'
                     f'<dt>Responsable</dt><dd><a href="#">{e(g["executor"])}</a></dd><dt>Informe</dt><dd>{inf}</dd></dl>')
            fbs = fb(st, g['id'])
            if fbs:
                o.append('<p style="margin:2px 0"><i>Comentarios:</i></p><ul>' + ''.join(
                    f'<li><b>{"SE" if f[4] == "SE" else e(att[f[4]][0])}</b>: {e(f[0])}</li>' for f in fbs) + '</ul>')
    o.append('<h2>Acuerdos</h2><ol>' + ''.join(f'<li>{e(g["text"])}{" <i>(responsable: " + e(g["responsible"]) + ")</i>" if g["responsible"] else ""}</li>' for g in a['agreements']) + '</ol>')
    o.append('<h2>Referencias</h2><ol class="references">')
    for g in refs:
        o.append(f'<li>↑ Informe {e(de(g["executor"]))} sobre la meta {g["id"]}, recibido por correo el {e(g["received"])}: «{e(" ".join(g["report"]))}»</li>')
    o.append('</ol>')
    o.append('<div class="catlinks">Categorías: <a href="#">Actas de sesión</a> | <a href="#">EP Justicia Cívica</a> | <a href="#">' + a['date'][:4] + '</a></div>')
    o.append(f'<div class="footer">Obtenido de «http://wiki.se-pdh.local/index.php?title=EP_Justicia_Cívica/Sesión_{a["number"]}_({a["date"][:4]})&amp;oldid={a["oldid"]}»<br>'
             f'Esta página se editó por última vez el {e(a["edited"])}.</div>')
    o.append('</body></html>')
    return '\n'.join(o)


build = lay_r4.build
