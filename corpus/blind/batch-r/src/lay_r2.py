# -*- coding: utf-8 -*-
"""R2 — the Zoom meeting's automatic transcript (.vtt) pasted into Word under a short typed header, with Zoom's
participants report as the attendance. One paragraph per line, Enter-Enter between cues, Calibri, no styles."""
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import long_date, subj, fb, IE, SC, SE, OT

NUM = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco']
DOMAIN = {'SEDESA': 'salud.cdmx.gob.mx', 'SEP': 'aefcm.gob.mx', 'STYFE': 'styfe.cdmx.gob.mx', 'UAM': 'correo.xoc.uam.mx', 'SE-PDHCDMX': 'pdh.cdmx.gob.mx'}
SECTOR_COL = {IE: 'Instancia ejecutora', SC: 'Sociedad civil', OT: 'Academia', SE: 'Secretaría Ejecutiva'}


def email(name, key):
    parts = name.lower().replace('á', 'a').replace('é', 'e').replace('í', 'i').replace('ó', 'o').replace('ú', 'u').replace('ñ', 'n').split()
    if key in DOMAIN:
        return f'{parts[0][0]}{parts[-2] if len(parts) > 2 else parts[-1]}@{DOMAIN[key]}'
    return f'{parts[0]}.{parts[-2] if len(parts) > 2 else parts[-1]}@gmail.com'


def ts(sec):
    h, r = divmod(sec, 3600)
    m, s = divmod(r, 60)
    return f'{int(h):02d}:{int(m):02d}:{s:06.3f}'


def script(a):
    disp = {x[0]: x[5].replace(' (Anfitrión)', '') for x in a['attendance']}
    coord = f'{a["coordinator"][0]} - Coordinación EP'
    se = [x for x in a['attendance'] if x[4] == SE][0]
    sed = se[5].replace(' (Anfitrión)', '')
    first = lambda n: n.split()[0]
    h0, m0 = a['t0']
    L = []
    L.append((coord, f'Buenos días a todas y a todos. Siendo las {h0} con {m0:02d} damos inicio a la {a["ordinal"].lower()} sesión ordinaria del Espacio de Participación de los {a["body"]}. '
                     'Les recuerdo que la sesión se graba y que esta transcripción será el acta.'))
    L.append((coord, f'{first(se[0])}, ¿nos confirmas el quórum, por favor?'))
    L.append((sed, f'Sí, {first(a["coordinator"][0])}. Tenemos quórum; el reporte de participantes de Zoom se anexa al acta.'))
    L.append(('Silvia Murguía Tapia - Mamás Azules CDMX', 'Perdón, ¿me escuchan? Se me congeló la pantalla.'))
    L.append((coord, 'Sí, Silvia, ya te escuchamos. Seguimos.'))
    for st in a['strategies']:
        L.append((coord, f'Pasamos a la estrategia {st["number"]}, «{st["title"]}».'))
        for g in st['goals']:
            intro = f'La meta {g["id"]} es «{g["text"]}». El indicador es «{g["indicator"]}». La instancia responsable es {subj(g["executor"])[0].lower() + subj(g["executor"])[1:]}.'
            if g['report']:
                L.append((coord, intro + f' Adelante, {first(g["speaker"])}.'))
                sp = disp[g['speaker']]
                L.append((sp, f'Gracias. Doy lectura a nuestro informe de la meta {g["id"]}:'))
                for x in g['report']:
                    L.append((sp, x))
            else:
                L.append((coord, intro))
                L.append((coord, g['status']))
            for f in fb(st, g['id']):
                L.append((disp[f[4]], f[0]))
                if f[4] != se[0]:
                    L.append((coord, f'Gracias, {first(f[4])}, queda registrado.'))
    if a['number'] == 3:
        L.append((coord, 'Pasamos a asuntos generales. ¿Alguien tiene algún asunto?'))
        L.append((disp['Ernesto Lozano Vera'], 'Nada más avisar que el 2 de abril hicimos una jornada en línea por el Día Mundial de Concienciación sobre el Autismo y se conectaron unas 300 personas; les comparto la grabación por correo.'))
    L.append((coord, 'Bueno, entonces los acuerdos quedan así.'))
    for k, g in enumerate(a['agreements'], 1):
        L.append((coord, f'Acuerdo {NUM[k]}: {g["text"]}'))
    L.append((coord, '¿Alguien tiene algún comentario sobre los acuerdos? ¿No? Entonces quedan aprobados.'))
    he, me = a['end'].split(':')
    L.append((coord, f'Siendo las {int(he)} con {me} damos por concluida la sesión. Muchas gracias a todas y a todos.'))
    return L


def build(a, path, hp=None):
    body = []
    body.append(P(R(f'Transcripción de la reunión – {a["ordinal_short"]} Sesión Ordinaria del Espacio de Participación de los {a["body"]}', b=True, sz=24)))
    body.append(EMPTY)
    body.append(P(R('Fecha: ', b=True), long_date(a['date'])))
    body.append(P(R('Hora: ', b=True), f'{a["start"]} h (hora del centro de México)'))
    body.append(P(R('Lugar: ', b=True), f'{a["place"]} (ID de reunión {a["meeting_id"]})'))
    body.append(P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'))
    se = [x for x in a['attendance'] if x[4] == SE][0]
    body.append(P(R('Relatoría: ', b=True), f'{se[0]}, Secretaría Ejecutiva'))
    body.append(EMPTY)
    body.append(P(R('Nota de la relatoría: el acta de esta sesión es la transcripción automática de Zoom (archivo .vtt), revisada por la Secretaría Ejecutiva; '
                    'se conservan los tiempos de la grabación. La asistencia se toma del reporte de participantes de Zoom; la columna Sector la agregó la relatoría.', i=True, sz=20)))
    body.append(EMPTY)
    body.append(P(R('Reporte de participantes', b=True)))
    heads = [('Nombre (nombre original)', 3200), ('Correo electrónico del usuario', 2700), ('Duración (minutos)', 1200), ('Invitado', 1000), ('Sector', 1500)]
    rows = [[C([P(R(h, b=True, sz=18))], w, shade='DEEAF6') for h, w in heads]]
    crow = (f'{a["coordinator"][0]} - Coordinación EP (Coanfitrión)', 'marellano@pdh.cdmx.gob.mx', 140, 'No', 'Coordinación')
    data = [crow]
    for n, t, i, k, s, d, mins in a['attendance']:
        data.append((d, email(n, k), mins, 'No' if k in DOMAIN else 'Sí', SECTOR_COL[s]))
        if a['reconnect'] and a['reconnect'][0] in (d, n):
            data.append((a['reconnect'][0], email(n, k) if a['reconnect'][0] == d else '', a['reconnect'][1], 'Sí', SECTOR_COL[s]))
    for d, e, m, inv, s in data:
        rows.append([C([P(R(str(x), sz=18))], w) for x, (_h, w) in zip((d, e, m, inv, s), heads)])
    body.append(T(rows, [w for _h, w in heads], header_rows=1))
    body.append(P(R('Transcripción', b=True)))
    body.append(EMPTY)
    body.append(P('WEBVTT'))
    body.append(EMPTY)
    t = 5.0 + (a['number'] % 3) * 1.7
    for k, (sp, txt) in enumerate(script(a), 1):
        dur = max(2.5, len(txt) / 14.0)
        body.append(P(str(k)))
        body.append(P(f'{ts(t)} --> {ts(t + dur)}'))
        body.append(P(f'{sp}: {txt}'))
        body.append(EMPTY)
        t += dur + 0.4 + (k * 7 % 5) * 3.1
    body.append(D.sect())
    ftr = P(R('GMT20210415-zoom_0.vtt · ' if a['number'] == 3 else 'GMT20210520-zoom_0.vtt · ', sz=16, color='808080'), field_complex('PAGE', R('1', sz=16)), align='right')
    D.write(path, ''.join(body), footer_xml=ftr, font='Calibri', size=22)
