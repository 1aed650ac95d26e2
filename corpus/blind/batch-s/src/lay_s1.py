# -*- coding: utf-8 -*-
"""S1 — a legal acta typed in Times New Roman, everything 'Normal' with manual bold, Roman session number ("III Sesión
Ordinaria"), the opening sentence with date and hour in words, attendance by institution (bold institution, names in
bullets with their cargo), the follow-up told as narrative in a Roman-numbered order of the day, and every INFORME
(or the note that there was none) only in a FOOTNOTE called from the narrative; agreements with a folio
("ACUERDO EP-DIAB/III/01/2017.-"); closing in words. PDF by LibreOffice."""
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import fb, de, subj, by_inst, lo_convert, IE, SC, SE, OT
from words import date_words, time_words, long_date

J = 'both'


def fref(k):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{k}"/></w:r>'


def build(a, path):
    foot = []
    body = []
    rom = a['roman']
    body.append(P(R('ACTA DE LA ' + rom + ' SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS ' + a['body'].upper(), b=True), align='center', after=0))
    body.append(P(R('Programa de Derechos Humanos del Distrito Federal', i=True), align='center', after=360))
    body.append(P(f'En la Ciudad de México, siendo las {time_words(a["start"])} del día {date_words(a["date"])}, reunidos en la {a["place"]}, '
                  f'se llevó a cabo la {rom} Sesión Ordinaria del Espacio de Participación de los {a["body"]}, coordinada por la Mtra. {a["coordinator"][0]}, '
                  f'{a["coordinator"][1]}, con la asistencia de las personas que se enlistan a continuación, agrupadas por la institución u organización que representan:', align=J, after=160))
    for inst, xs in by_inst(a['attendance']):
        body.append(P(R(inst, b=True), after=0, keep=True))
        for n, t, i, k, s, cargo in xs:
            body.append(P(f'{t} {n}, {cargo}.', num=(2, 0), after=0))
    body.append(P('', after=120))
    body.append(P('Verificado el quórum, la coordinadora sometió a consideración el siguiente:', align=J))
    body.append(P(R('ORDEN DEL DÍA', b=True), align='center'))
    for k, t in enumerate(['Lista de asistencia y verificación del quórum.', 'Lectura y aprobación del orden del día.',
                           'Seguimiento a las estrategias y metas a cargo de las instancias ejecutoras.', 'Asuntos generales.', 'Acuerdos.'], 1):
        body.append(P(f'{["I", "II", "III", "IV", "V"][k - 1]}.\t{t}', tabs=[567], ind=(567, 567), after=0))
    body.append(P('', after=120))
    body.append(P(R('DESARROLLO DE LA SESIÓN', b=True), align='center'))
    body.append(P(R('I. y II. ', b=True), 'Se tomó lista de asistencia, se declaró la existencia de quórum y el orden del día fue aprobado por unanimidad.', align=J))
    body.append(P(R('III. ', b=True), 'La Secretaría Ejecutiva recordó que los informes enviados por las instancias se agregan al pie de la presente acta. '
                  'Se dio cuenta de lo siguiente:', align=J))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'] + '.', b=True, i=True), align=J, keep=True, before=120))
        for g in st['goals']:
            foot_k = len(foot) + 1
            if g['report']:
                foot.append(f'Informe {de(g["executor"])}, meta {g["id"]}: ' + ' '.join(g['report']))
                body.append(P(f'En relación con la meta {g["id"]}, «{g["text"]}», cuyo indicador es «{g["indicator"]}», {subj(g["executor"])} presentó el informe '
                              'que se transcribe al pie', fref(foot_k), R('.'), align=J))
            else:
                foot.append(f'Sin informe. {g["status"]}')
                body.append(P(f'Respecto de la meta {g["id"]}, «{g["text"]}», con el indicador «{g["indicator"]}», a cargo {de(g["executor"])}, '
                              'no se contó con informe', fref(foot_k), R('.'), align=J))
            for f in fb(st, g['id']):
                if f[4] == 'SE':
                    body.append(P(f'La Secretaría Ejecutiva formuló la siguiente retroalimentación: «{f[0]}»', align=J))
                else:
                    x = att[f[4]]
                    body.append(P(f'{"El" if x[1] in ("C.", "Lic.", "Dr.", "Mtro.") and not x[0].startswith(("Rosario", "Paulina", "Alma", "Norma", "Karla")) else "La"} '
                                  f'{x[1]} {x[0]}, {de(x[2])}, hizo la siguiente observación: «{f[0]}»', align=J))
    body.append(P(R('IV. ', b=True), a.get('generales', 'En asuntos generales no se registraron intervenciones.'), align=J, before=120))
    body.append(P(R('V. ', b=True), 'Las personas integrantes del Espacio aprobaron por unanimidad los siguientes acuerdos:', align=J))
    for k, g in enumerate(a['agreements'], 1):
        body.append(P(R(f'ACUERDO EP-DIAB/{rom}/{k:02d}/{a["date"][:4]}.- ', b=True), g['text'], align=J))
    body.append(P(f'No habiendo otro asunto que tratar, se dio por concluida la sesión siendo las {time_words(a["end"])} del mismo día de su inicio, '
                  'firmando al margen y al calce quienes en ella intervinieron.', align=J, before=120, after=900))
    body.append(P('_________________________________', align='center', after=0))
    body.append(P(f'Mtra. {a["coordinator"][0]}', align='center', after=0))
    body.append(P(a['coordinator'][1], align='center'))
    body.append(D.sect())
    hdr = P(R(f'Acta {rom} Sesión Ordinaria — EP Diabetes — {long_date(a["date"], weekday=False)}', sz=16, i=True), align='right')
    ftr = P(R('Página ', sz=16), field_complex('PAGE', R('1', sz=16)), R(' de ', sz=16), field_complex('NUMPAGES', R('3', sz=16)), align='center')
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, footnotes=foot, font='Times New Roman', size=24,
            numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)])])


def render(a, stem, n):
    build(a, stem + '.docx')
    lo_convert(stem + '.docx', 'pdf')
