# -*- coding: utf-8 -*-
"""S4 — a discussion thread of the Espacio's forum in the SE's virtual classroom (Moodle 3.x, "Boost" look), printed from
Chromium: breadcrumb, the relator's first post "Minuta de la séptima sesión ordinaria" (data, people connected by
sector, per goal what the institution reported in a quote block and the SE's feedback), then nested replies by members
("Re: Minuta…", each "Sobre la meta 611.1: …" = an observation; one reply is only thanks), and the coordinator's post
with the agreements. Post dates (the day after) are not the session date. The .docx is the page saved as Word
(LibreOffice's import of the same HTML)."""
import os, html as H
from build import fb, pdf_from_html, html_to_docx, SRC, IE, SC, SE, OT
from words import long_date, DIAS, MESES

e = H.escape
GROUP = [(IE, 'Instituciones'), (SC, 'Organizaciones y colectivos de familias'), (OT, 'Academia'), (SE, 'Secretaría Ejecutiva')]
CSS = '''
@page { size: Letter; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'Roboto', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1d2125; margin: 0; }
.navbar { background: #0f6cbf; color: #fff; padding: 8px 12px; font-weight: bold; font-size: 11pt; }
.navbar span { font-weight: normal; float: right; font-size: 9pt; }
.crumb { font-size: 8.5pt; color: #0f6cbf; margin: 8px 0 4px; }
h2 { font-size: 15pt; font-weight: 400; margin: 6px 0 10px; }
.post { border: 1px solid #dee2e6; border-radius: 4px; padding: 10px 12px; margin: 0 0 10px; page-break-inside: auto; }
.reply { margin-left: 36px; }
.reply2 { margin-left: 72px; }
.head { display: flex; align-items: center; margin-bottom: 6px; }
.av { width: 30px; height: 30px; border-radius: 15px; background: #ced4da; color: #333; font-size: 9pt; text-align: center; line-height: 30px; margin-right: 8px; flex: none; }
.subj { font-weight: bold; font-size: 10.5pt; }
.by { font-size: 8.5pt; color: #6a737b; }
.post p { margin: 0 0 6px; line-height: 1.35; }
blockquote { margin: 4px 0 6px 10px; padding: 4px 8px; border-left: 3px solid #ced4da; background: #f8f9fa; }
ul, ol { margin: 2px 0 6px 18px; padding: 0; }
h4 { font-size: 10.5pt; margin: 10px 0 4px; color: #0f6cbf; }
.links { text-align: right; font-size: 8.5pt; color: #0f6cbf; margin-top: 4px; }
.att { font-size: 8.5pt; color: #0f6cbf; }
'''


def stamp(s):
    import datetime
    d = datetime.datetime.fromisoformat(s)
    return f'{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}, {d.hour:02d}:{d.minute:02d}'


def initials(n):
    p = n.split()
    return (p[0][0] + p[-2][0]).upper()


def post(subject, author, when, body, cls='', links='Enlace permanente · Responder'):
    return (f'<div class="post {cls}"><div class="head"><div class="av">{initials(author)}</div><div><div class="subj">{e(subject)}</div>'
            f'<div class="by">de {e(author)} - {stamp(when)}</div></div></div>{body}<div class="links">{links}</div></div>')


def html(a):
    import datetime
    rel = [x for x in a['attendance'] if x[4] == SE][0]
    t0 = datetime.datetime.fromisoformat(a['post'])
    title = f'Minuta de la {a["ordinal"].lower()} sesión ordinaria'
    b = [f'<p>Buenos días a todas y todos. Comparto la minuta de la {a["ordinal"].lower()} sesión ordinaria del Espacio de Participación de los {e(a["body"])}. '
         'Les pido revisarla y dejar aquí, como respuesta, sus comentarios sobre cada meta para integrarlos al expediente.</p>',
         '<h4>Datos de la sesión</h4>',
         f'<p>Fecha: {long_date(a["date"])}<br>Horario: {a["start"]} a {a["end"]} h<br>Modalidad: {e(a["place"])}<br>'
         f'Coordinó: {e(a["coordinator"][0])}, {e(a["coordinator"][1])}<br>Relatoría: {e(rel[0])}</p>',
         '<h4>Personas conectadas</h4>']
    for s, g in GROUP:
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        b.append(f'<p><i>{g}</i></p><ul>' + ''.join(f'<li>{e(x[1])} {e(x[0])} — {e(x[2])}</li>' for x in xs) + '</ul>')
    b.append('<h4>Seguimiento de estrategias</h4>')
    for st in a['strategies']:
        b.append(f'<p><b>Estrategia {st["number"]}. {e(st["title"])}</b></p>')
        for g in st['goals']:
            b.append(f'<p><b>Meta {g["id"]}.</b> {e(g["text"])}<br>Indicador: {e(g["indicator"])}<br>Responsable: {e(g["executor"])}</p>')
            if g['report']:
                b.append('<p>Lo que informó la instancia:</p><blockquote>' + ''.join(f'<p>{e(x)}</p>' for x in g['report']) + '</blockquote>')
            else:
                b.append(f'<p>Lo que informó la instancia: <i>{e(g["status"])}</i></p>')
            for f in fb(st, g['id'], 'retroalimentacion'):
                b.append(f'<p>Retroalimentación de la SE: {e(f[0])}</p>')
    b.append(f'<p class="att">📎 Lista_de_asistencia_{a["ordinal"].lower()}_sesion.pdf (212.4 KB)</p>')
    out = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(title)}</title><style>{CSS}</style></head><body>',
           '<div class="navbar">Aula Virtual SE-PDHCDMX <span>Héctor Iván Moreno Lara ▾</span></div>',
           f'<div class="crumb">Área personal › Mis cursos › EP Familias Sobrevivientes de Feminicidio › Foro de seguimiento de sesiones › {e(title)}</div>',
           f'<h2>{e(title)}</h2>', post(title, rel[0], a['post'], ''.join(b))]
    k = 1
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        for f in st['feedback']:
            if f[1] != 'observacion': continue
            when = (t0 + datetime.timedelta(hours=3 * k, minutes=17 * k)).isoformat(sep=' ')[:16]
            out.append(post('Re: ' + title, f[4], when, f'<p>Sobre la meta {f[2]}: {e(f[0])}</p>', 'reply'))
            if k == 1:
                w2 = (t0 + datetime.timedelta(hours=3 * k + 1)).isoformat(sep=' ')[:16]
                out.append(post('Re: ' + title, rel[0], w2, f'<p>Gracias, {e(f[4].split()[0])}; queda integrado al expediente.</p>', 'reply2'))
            k += 1
    when = (t0 + datetime.timedelta(days=1, hours=2)).isoformat(sep=' ')[:16]
    ag = ''.join(f'<li>{e(g["text"])}</li>' for g in a['agreements'])
    out.append(post('Re: ' + title, a['coordinator'][0], when,
                    f'<p>Gracias por sus aportaciones. Registro aquí los acuerdos tomados en la sesión, que concluyó a las {a["end"]} horas:</p><ol>{ag}</ol>'
                    f'<p>Saludos,<br>{e(a["coordinator"][0])}<br>{e(a["coordinator"][1])}</p>', 'reply'))
    out.append('<p class="by">Foro de seguimiento de sesiones · Usted se ha suscrito a esta discusión.</p></body></html>')
    return '\n'.join(out)


def render(a, stem, n):
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f: f.write(html(a))
    pdf_from_html(hp, stem + '.pdf')
    html_to_docx(hp, stem + '.docx')
