# -*- coding: utf-8 -*-
"""R4 — an Outlook meeting item printed from the desktop client (Memo style): the organizer pasted the minuta into the
body of the meeting and sent it as an update. The invitees ("Asistentes obligatorios") are not the attendance; the
minuta's "Asistieron" list is. PDF by Chromium from the HTML; the .docx is the item saved from Outlook as Word
(LibreOffice import of the same HTML)."""
import html as H, os, shutil, subprocess, tempfile
from build import long_date, fb, LO_PROFILE, IE, SC, SE, OT

e = H.escape
DAYS = {'2018-03-14': 'mié', '2018-04-11': 'mié'}
ABBR = {'Secretaría Ejecutiva': 'SE'}
GROUP = [(IE, 'Instancias de gobierno'), (SC, 'Organizaciones de la sociedad civil'), (OT, 'Academia'), (SE, 'Secretaría Ejecutiva')]
CSS = '''
@page { size: Letter; margin: 16mm 15mm 16mm 15mm; }
body { font-family: Calibri, Carlito, 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #000; }
.user { font-size: 15pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 2px; margin-bottom: 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 10px; }
table.hdr td { vertical-align: top; padding: 1px 6px 1px 0; }
table.hdr td.k { font-weight: bold; white-space: nowrap; width: 150px; }
hr { border: 0; border-top: 1px solid #000; }
h3 { font-size: 11pt; margin: 12px 0 4px; }
table.g { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4px 0 8px; }
table.g td, table.g th { border: 1px solid #8EA9DB; padding: 3px 4px; vertical-align: top; }
table.g th { background: #4472C4; color: #fff; text-align: left; }
table.g tr.band td { background: #D9E1F2; font-weight: bold; }
table.g p { margin: 0 0 3px; line-height: 1.3; }
ul { margin: 2px 0 6px 18px; padding: 0; }
.sig { color: #1F3864; margin-top: 10px; }
.small { font-size: 8.5pt; color: #555; }
'''


def surname_first(n):
    p = n.split()
    return f'{" ".join(p[1:])}, {p[0]}' if len(p) < 4 else f'{" ".join(p[2:])}, {" ".join(p[:2])}'


def html(a):
    d = DAYS[a['date']]
    dd = f'{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}'
    ampm = lambda t: f'{int(t[:2]) if int(t[:2]) <= 12 else int(t[:2]) - 12:02d}:{t[3:]} {"a. m." if int(t[:2]) < 12 else "p. m."}'
    coord = a['coordinator']
    invited = [x for x in a['attendance'] if x[4] != SE] + [(n, '', i, None, IE, '') for n, i in a['invited_absent']]
    invited.sort(key=lambda x: x[0].split()[-2] if len(x[0].split()) > 2 else x[0])
    se = [x for x in a['attendance'] if x[4] == SE]
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(a["short"])} Sesión Ordinaria</title><style>{CSS}</style></head><body>']
    o.append(f'<div class="user">{e(coord[0])}</div>')
    rows = [('Asunto:', f'Actualizada: {a["short"]} Sesión Ordinaria EP Agricultura Urbana y Huertos Comunitarios – minuta'),
            ('Ubicación:', a['place']),
            ('Inicio:', f'{d} {dd} {ampm(a["start"])}'), ('Fin:', f'{d} {dd} {ampm(a["end"])}'), ('Mostrar como:', 'Ocupado'),
            ('Periodicidad:', '(ninguna)'), ('Estado de la reunión:', 'Aceptada'),
            ('Organizador:', surname_first(coord[0])),
            ('Asistentes obligatorios:', '; '.join(surname_first(x[0]) for x in invited)),
            ('Asistentes opcionales:', '; '.join(surname_first(x[0]) for x in se)),
            ('Datos adjuntos:', f'Lista de asistencia {dd.replace("/", "-")}.pdf; Presentación SEDEREC.pptx')]
    o.append('<table class="hdr">' + ''.join(f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>' for k, v in rows) + '</table>')
    o.append('<hr>')
    o.append('<p>Estimadas y estimados integrantes del Espacio:</p>')
    o.append('<p>Comparto la minuta de la sesión de hoy. Si tienen comentarios, envíenlos por este medio a más tardar el viernes; después la subiremos a la carpeta compartida.</p>')
    o.append('<p>______________________________________________</p>')
    o.append(f'<p><b>MINUTA · {e(a["short"])} Sesión Ordinaria del Espacio de Participación del {e(a["body"])}</b></p>')
    o.append(f'<p><b>Fecha:</b> {e(long_date(a["date"]))} &nbsp;|&nbsp; <b>Horario:</b> {a["start"]} a {a["end"]} h &nbsp;|&nbsp; <b>Lugar:</b> {e(a["place"])}</p>')
    o.append('<h3>Asistieron</h3>')
    for s, lab in GROUP:
        ppl = [x for x in a['attendance'] if x[4] == s]
        if not ppl: continue
        o.append(f'<p style="margin:4px 0 0"><u>{e(lab)}</u></p><ul>' + ''.join(f'<li>{e((t + " " if t else "") + n)} ({e(i)})</li>' for n, t, i, k, _s, _d in ppl) + '</ul>')
    o.append('<p><i>Con invitación, no asistieron:</i> ' + ', '.join(f'{e(n)} ({e(i)})' for n, i in a['invited_absent']) + '.</p>')
    o.append('<h3>1. Seguimiento de metas</h3>')
    o.append('<table class="g"><tr><th style="width:22%">Meta</th><th style="width:15%">Indicador</th><th style="width:13%">Responsable</th><th style="width:6%">¿Informe?</th>'
             '<th style="width:22%">Lo que se informó</th><th style="width:22%">Retroalimentación y comentarios</th></tr>')
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        o.append(f'<tr class="band"><td colspan="6">Estrategia {st["number"]} – {e(st["title"])}</td></tr>')
        for g in st['goals']:
            fbs = ''.join(f'<p><b>{"SE" if f[4] == "SE" else e(att[f[4]][2])}:</b> {e(f[0])}</p>' for f in fb(st, g['id']))
            rep = ''.join(f'<p>{e(x)}</p>' for x in g['report']) if g['report'] else '<p>—</p>'
            o.append(f'<tr><td><b>{g["id"]}</b> {e(g["text"])}</td><td>{e(g["indicator"])}</td><td>{e(g["executor"])}</td>'
                     f'<td>{"Sí" if g["report"] else "No"}</td><td>{rep}</td><td>{fbs or "<p>—</p>"}</td></tr>')
    o.append('</table>')
    o.append('<h3>2. Acuerdos</h3>')
    o.append('<table class="g"><tr><th style="width:5%">#</th><th style="width:60%">Acuerdo</th><th style="width:20%">Responsable</th><th style="width:15%">Fecha</th></tr>')
    for k, g in enumerate(a['agreements'], 1):
        o.append(f'<tr><td>{k}</td><td>{e(g["text"])}</td><td>{e(g["responsible"])}</td><td>{e(g["due"])}</td></tr>')
    o.append('</table>')
    o.append(f'<div class="sig"><p>Saludos cordiales,</p><p><b>{e(coord[0])}</b><br>{e(coord[1])}<br>Programa de Derechos Humanos de la Ciudad de México<br>Tel. 55 5512 3456 ext. 204</p></div>')
    o.append('<p class="small">Antes de imprimir este mensaje, piense en el medio ambiente.</p>')
    o.append('</body></html>')
    return '\n'.join(o)


def build(a, path, hp):
    """the item 'saved as' Word: LibreOffice imports the same HTML and writes .docx"""
    tmp = tempfile.mkdtemp(prefix='blind-r-r4-')
    src = os.path.join(tmp, os.path.basename(path)[:-5] + '.html')
    shutil.copy(hp, src)
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML',
                    '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)
