# -*- coding: utf-8 -*-
"""Render batch P from content.py: .docx / .html, .gold.json, then PDFs (LibreOffice or Chromium), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import R, P, C, T, EMPTY, gold, OUT, CHROMIUM_LAYOUTS, field_complex
from content import ACTAS, IE, SC, SE, OT

LO_PROFILE = 'file:///tmp/lo-blind-p'


def lo_convert(src_path, fmt, outdir=OUT):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def join_y(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' y ' + xs[-1]


def by_inst(rows):
    out = []
    for r in rows:
        if out and out[-1][0] == r[2]: out[-1][1].append(r)
        else: out.append((r[2], [r]))
    return out


ORD_F = ['Primero', 'Segundo', 'Tercero', 'Cuarto', 'Quinto']


# ------------------------------------------------------------------ P1 versión estenográfica
STENO_ABBR = {'el licenciado': 'LIC.', 'la licenciada': 'LIC.', 'la arquitecta': 'ARQ.', 'el arquitecto': 'ARQ.', 'el ingeniero': 'ING.',
              'la ingeniera': 'ING.', 'la maestra': 'MTRA.', 'el maestro': 'MTRO.', 'la doctora': 'DRA.', 'el doctor': 'DR.'}
FEM_SC = {'Areli Montaño Ruiz'}


def steno_label(r):
    if r[1]:
        art = 'LA C.' if r[1].startswith('la ') else 'EL C.'
        return f"{art} {STENO_ABBR[r[1]]} {r[0].upper()}.-"
    return f"{'LA' if r[0] in FEM_SC else 'EL'} C. {r[0].upper()}.-"


def build_P1(a, path):
    by_name = {r[0]: r for r in a['attendance']}
    se = [r for r in a['attendance'] if r[4] == SE][0]
    coord_full = f"LA C. COORDINADORA DEL ESPACIO, MTRA. {a['coordinator'][0].upper()}.-"
    COORD = 'LA C. COORDINADORA.-'
    IND = '<w:ind w:firstLine="708"/>'
    SP = '<w:spacing w:after="160" w:line="360" w:lineRule="auto"/>'

    def turn(label, text):
        return P(R(label + ' ', b=True), R(text), align='both', ppr_extra=SP + IND)

    def cont(text):
        return P(R(text), align='both', ppr_extra=SP + IND)

    def note(text):
        return P(R(text, i=True), align='center', ppr_extra=SP)

    x = [P(R(f"VERSIÓN ESTENOGRÁFICA DE LA {a['ordinal'].upper()} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL {a['body'].upper()}", b=True), align='center', after=240),
         P(R(f"Ciudad de México, {a['weekday']} {a['date_text']}"), align='center', after=0),
         P(R(a['place']), align='center', after=240),
         note(f"(Se inicia la sesión a las {a['start']} horas)")]
    x.append(turn(coord_full, f"Buenos días a todas y a todos. Damos inicio a la {a['ordinal']} Sesión Ordinaria del Espacio de Participación del {a['body']}. "
                               f"Le pido a la licenciada {se[0]}, de la Secretaría Ejecutiva, que pase lista de asistencia."))
    x.append(turn(steno_label(se), 'Con gusto, coordinadora. Por las instancias ejecutoras:'))
    groups = [(IE, None), (OT, 'Por otras instituciones y la academia:'), (SC, 'Por las organizaciones de la sociedad civil:')]
    for sec, intro in groups:
        rows = [r for r in a['attendance'] if r[4] == sec]
        if not rows: continue
        if intro: x.append(cont(intro))
        for inst, rs in by_inst(rows):
            x.append(cont(f"{inst}: " + '; '.join(f"{(r[1] + ' ') if r[1] else ''}{r[0]}, presente" for r in rs) + '.'))
    n_words = {7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez', 11: 'once'}
    x.append(cont(f"Y por la Secretaría Ejecutiva, la de la voz, {se[0]}. Preside la sesión la maestra {a['coordinator'][0]}, {a['coordinator'][1]}. Coordinadora, le informo que se encuentran presentes {n_words[len(a['attendance'])]} personas integrantes del Espacio; hay quórum para sesionar."))
    x.append(turn(COORD, 'Gracias. Está a su consideración el orden del día que se les hizo llegar con la convocatoria. Quienes estén por la afirmativa, sírvanse manifestarlo levantando la mano.'))
    x.append(note('(Votación)'))
    x.append(turn(COORD, 'Aprobado por unanimidad. Pasamos al punto de seguimiento de las estrategias priorizadas.'))
    for st in a['strategies']:
        x.append(turn(COORD, f"Revisamos la estrategia {st['number']}, «{st['title']}»."))
        for g in st['goals']:
            head = f"La meta {g['id']} dice: «{g['text']}». El indicador es: «{g['indicator']}». La instancia responsable es la {g['executor']}."
            if g['report']:
                rd = by_name[g['reader']]
                x.append(turn(COORD, head + f" Tiene la palabra {rd[1] or ''} {rd[0].split()[0]} {rd[0].split()[1]}.".replace('  ', ' ')))
                x.append(turn(steno_label(rd), 'Gracias, coordinadora. Doy lectura al informe de la meta:'))
                for para in g['report']: x.append(cont(para))
            else:
                x.append(turn(COORD, head + ' ' + g['status']))
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            for t, sec, gl, _lab, sp in fbs:
                if sec == 'retroalimentacion':
                    x.append(turn(COORD, 'La retroalimentación de la Secretaría Ejecutiva para esta meta es la siguiente:'))
                    x.append(cont(t))
                else:
                    x.append(turn(COORD, '¿Alguna observación sobre esta meta? Adelante.'))
                    x.append(turn(steno_label(by_name[sp]), t))
    x.append(turn(COORD, 'Gracias. Pasamos al último punto del orden del día. Le pido a la Secretaría Técnica que dé lectura a los acuerdos de esta sesión.'))
    x.append(turn(steno_label(se), f"Acuerdos de la {a['ordinal']} Sesión Ordinaria:"))
    for k, ag in enumerate(a['agreements']):
        x.append(cont(f"{ORD_F[k]}.- {ag['text']}"))
    x.append(turn(COORD, 'Quienes estén por la afirmativa de los acuerdos, sírvanse manifestarlo.'))
    x.append(note('(Votación)'))
    x.append(turn(COORD, 'Aprobados por unanimidad. No habiendo otro asunto que tratar, se levanta la sesión. Muchas gracias a todas y a todos.'))
    x.append(note(f"(Se levanta la sesión a las {a['end']} horas)"))
    x.append(P(R('---ooOoo---'), align='center'))
    hdr = (P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', sz=16), after=0)
           + P(R(f"Espacio de Participación del {a['body']}\tVersión estenográfica · {a['date_text']}", sz=16), tabs=[6000]))
    ftr = P('<w:r><w:t xml:space="preserve">- </w:t></w:r>' + field_complex('PAGE', R('1')) + '<w:r><w:t xml:space="preserve"> -</w:t></w:r>', align='center')
    D.write(path, ''.join(x) + D.sect(), header_xml=hdr, footer_xml=ftr, font='Arial', size=24)


# ------------------------------------------------------------------ P2 oficio remitting the session summary (+ Anexo 1 attendance)
def tipo(r):
    if r[4] == IE: return 'Instancia ejecutora'
    if r[4] == SC: return 'Sociedad civil'
    if r[4] == SE: return 'Secretaría Ejecutiva'
    if (r[3] or '').startswith('ALC-'): return 'Alcaldía'
    if r[3] in ('UAM', 'UNAM', 'UACM'): return 'Academia'
    return 'Gobierno federal'


def build_P2(a, path):
    x = []
    x.append(P(R(f"Ciudad de México, a {a['oficio_date']}"), align='right', after=0))
    x.append(P(R('Oficio No. ', b=True), R(a['oficio']), align='right', after=0))
    x.append(P(R('Asunto: ', b=True), R(f"Se remite resumen de la {a['ordinal']} Sesión Ordinaria del Espacio de Participación."), align='right', after=360))
    for t in ('MTRA. ELENA CARRASCO VALDIVIA', 'SECRETARIA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', 'DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO'):
        x.append(P(R(t, b=True), after=0))
    x.append(P(R('P R E S E N T E', b=True), after=240))
    x.append(P(f"Me refiero a la {a['ordinal']} Sesión Ordinaria del Espacio de Participación de los {a['body']}, que coordina esta Dirección, celebrada el "
               f"{a['date_text']}, de las {a['start']} a las {a['end']} horas, en la {a['place']}. Al respecto, y para su integración al expediente del Espacio, "
               "me permito informarle lo siguiente:", align='both', after=160))
    words = {8: 'ocho', 9: 'nueve', 10: 'diez', 11: 'once', 12: 'doce'}
    x.append(P(R('1. Asistencia. ', b=True), R(f"Se contó con la participación de {words[len(a['attendance'])]} personas, cuya relación se agrega como Anexo 1."), align='both', after=160))
    x.append(P(R('2. Seguimiento de las estrategias. ', b=True), R('Las instancias responsables presentaron el avance de las metas priorizadas, que se resume a continuación junto con los comentarios formulados:'), align='both', after=160))
    for st in a['strategies']:
        x.append(P(R(f"Estrategia {st['number']}. {st['title']}", b=True, u=True), keep=True, before=120))
        for g in st['goals']:
            x.append(P(R(f"Meta {g['id']}: ", b=True), R(g['text'] + '.'), ind=(360, 0), keep=True, after=0))
            x.append(P(R('Indicador: ', i=True), R(g['indicator'] + '.'), ind=(360, 0), keep=True, after=0))
            x.append(P(R('Instancia responsable: ', i=True), R(g['executor'] + '.'), ind=(360, 0), keep=True, after=0 if g['report'] else 80))
            if g['report']:
                x.append(P(R('Avance informado:', i=True), ind=(360, 0), keep=True, after=40))
                for part in g['report']:
                    if isinstance(part, str):
                        x.append(P(part, ind=(360, 0), keep=True, after=40))
                    else:
                        rows = [[C([P(R('Actividad', b=True))], shade='D9D9D9'), C([P(R('Cantidad', b=True), align='right')], shade='D9D9D9')]]
                        rows += [[C([P(act)]), C([P(q, align='right')])] for act, q in part]
                        x.append(T(rows, [6200, 1600], after=False, indent=360))
                x.append(P('', after=0))
            else:
                x.append(P(R('Avance informado: ', i=True), R(g['status']), ind=(360, 0), after=80))
            for t, sec, gl, _lab, sp in st['feedback']:
                if gl != g['id']: continue
                lab = 'Retroalimentación de la Secretaría Ejecutiva: ' if sec == 'retroalimentacion' else f"Observación de {sp}: "
                x.append(P(R('– ' + lab, b=True), R(t), ind=(720, 0), align='both', after=60))
    x.append(P(R('3. Acuerdos. ', b=True), R('Las personas integrantes del Espacio aprobaron los siguientes acuerdos:'), before=160, after=80, keep=True))
    for k, ag in enumerate(a['agreements']):
        x.append(P(f"{'abcde'[k]})\t{ag['text']} (Responsable: {ag['responsible']}).", ind=(720, 360), tabs=[720], align='both', after=60))
    x.append(P(R('4. Próxima sesión. ', b=True), R(a['next_text']), before=160, align='both', after=160))
    x.append(P('Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.', after=360))
    x.append(P(R('ATENTAMENTE', b=True), align='center', after=720))
    x.append(P(R('Mtra. ' + a['coordinator'][0], b=True), align='center', after=0))
    x.append(P(R(a['coordinator'][1]), align='center', after=360))
    for c in a['cc']:
        x.append(P(R(('c.c.p. ' if c == a['cc'][0] else '\t') + c, sz=14), after=0, tabs=[567]))
    x.append(P(R('RSM/anc', sz=14), after=0))
    # Anexo 1 on its own page
    x.append(P(R(f"ANEXO 1. Lista de asistencia de la {a['ordinal']} Sesión Ordinaria ({a['date_text'].split(' ', 1)[1]})", b=True), align='center', after=160, ppr_extra='<w:pageBreakBefore/>'))
    sh = 'D9D9D9'
    rows = [[C([P(R(h, b=True), align='center')], shade=sh) for h in ('No.', 'Institución', 'Nombre', 'Cargo', 'Tipo')]]
    k = 0
    for inst, rs in by_inst(a['attendance']):
        for j, r in enumerate(rs):
            k += 1
            rows.append([C([P(str(k), align='center')]), C([P(inst)] if j == 0 else [EMPTY], vmerge='restart' if (len(rs) > 1 and j == 0) else (True if j else None), valign='center'),
                         C([P(f"{r[1]} {r[0]}")]), C([P(r[5])]), C([P(tipo(r))])])
    x.append(T(rows, [600, 2600, 2700, 2300, 1500], header_rows=1))
    hdr = (T([[C([P(R('GOBIERNO DE LA CIUDAD DE MÉXICO', b=True, sz=16), after=0), P(R('SECRETARÍA DEL MEDIO AMBIENTE', b=True, sz=16), after=0),
                  P(R('DIRECCIÓN GENERAL DE CALIDAD DEL AIRE', sz=14), after=0), P(R('DIRECCIÓN DE TRANSICIÓN ENERGÉTICA', sz=14), after=0)]),
               C([P(R('2023: Año de Francisco Villa, el Revolucionario del Pueblo', i=True, sz=14), align='right')], valign='bottom')]], [5200, 4400], borders=False, after=False) + EMPTY)
    ftr = (P(R('Plaza de la Constitución 1, tercer piso, colonia Centro, alcaldía Cuauhtémoc, C.P. 06000, Ciudad de México. Tel. 55 5345 8000 ext. 1402', sz=14), align='center', after=0)
           + P(R('Página ', sz=14) + field_complex('PAGE', R('1', sz=14)) + R(' de ', sz=14) + field_complex('NUMPAGES', R('2', sz=14)), align='right'))
    D.write(path, ''.join(x) + D.sect(), header_xml=hdr, footer_xml=ftr, font='Arial', size=21)



# ------------------------------------------------------------------ P3 minuta; strategies only in a landscape Anexo 1 (two rows per goal)
SEC_ABBR = {IE: 'IE', OT: 'OA', SC: 'OSC', SE: 'SE'}


def build_P3(a, path):
    sh = 'DDEBF7'
    x = [P(R('MINUTA', b=True, sz=28), align='center', after=60),
         P(R(f"{a['roman']} Sesión Ordinaria del Espacio de Participación del {a['body']}", b=True, sz=24), align='center', after=240)]
    for lab, val in (('Fecha:', a['date_text']), ('Horario:', f"{a['start']} a {a['end']} horas"), ('Sede:', a['place'])):
        x.append(P(R(lab, b=True), R('\t' + val), tabs=[1418], ind=(1418, 1418), after=40))
    x.append(EMPTY)
    x.append(P(R('Asistencia', b=True), num=(1, 0), keep=True, before=120))
    rows = [[C([P(R(h, b=True), align='center')], shade=sh) for h in ('Institución', 'Asistente(s)', 'Sector')]]
    for inst, rs in by_inst(a['attendance']):
        rows.append([C([P(inst)]), C([P('\n'.join(f"{r[1]} {r[0]}" for r in rs))]), C([P(SEC_ABBR[rs[0][4]], align='center')])])
    x.append(T(rows, [4300, 3900, 1400], header_rows=1, after=False))
    x.append(P(R('IE: instancia ejecutora · OA: otros actores (instancias federales, alcaldías y academia) · OSC: organización de la sociedad civil · SE: Secretaría Ejecutiva.', i=True, sz=16), after=160))
    x.append(P(R('Lectura y aprobación del orden del día', b=True), num=(1, 0), keep=True, before=120))
    x.append(P('Se dio lectura al orden del día, que fue aprobado por unanimidad en los siguientes términos: 1) lista de asistencia; 2) lectura y aprobación del orden del día; 3) seguimiento de estrategias; 4) asuntos generales; 5) acuerdos.', align='both'))
    x.append(P(R('Seguimiento de estrategias', b=True), num=(1, 0), keep=True, before=120))
    nums = [str(st['number']) for st in a['strategies']]
    x.append(P(f"La Coordinación presentó el cuadro de seguimiento de las estrategias {join_y(nums)}, que reúne el avance remitido por las instancias ejecutoras, la retroalimentación "
               "de la Secretaría Ejecutiva y las observaciones formuladas por las personas integrantes durante la sesión. Dicho cuadro se agrega como Anexo 1 y forma parte "
               "integral de la presente minuta.", align='both'))
    x.append(P(R('Asuntos generales', b=True), num=(1, 0), keep=True, before=120))
    x.append(P(a.get('general', 'La Red de Madres y Padres por la Comida Escolar invitó a las personas integrantes a la feria de alimentación saludable que se realizará en la explanada de la Alcaldía Iztapalapa.'), align='both'))
    x.append(P(R('Acuerdos', b=True), num=(1, 0), keep=True, before=120))
    rows = [[C([P(R(h, b=True), align='center')], shade=sh) for h in ('No.', 'Acuerdo', 'Responsable', 'Plazo', 'Estatus')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C([P(f"{a['roman']}-{k}", align='center')]), C([P(ag['text'])]), C([P(ag['responsible'])]), C([P(ag['due'], align='center')]), C([P(ag['state'], align='center')])])
    x.append(T(rows, [700, 4200, 2000, 1600, 1100], header_rows=1))
    x.append(P(a['closing'], align='both', after=480))
    x.append(T([[C([P('_____________________________', align='center'), P('Mtra. ' + a['coordinator'][0], align='center', after=0), P(a['coordinator'][1], align='center')]),
                 C([P('_____________________________', align='center'), P('Elaboró: ' + [f"{r[1]} {r[0]}" for r in a['attendance'] if r[4] == SE][0], align='center', after=0), P('Secretaría Ejecutiva', align='center')])]],
               [4800, 4800], borders=False))
    x.append(D.sect_para())
    # landscape annex
    x.append(P(R(f"ANEXO 1. Cuadro de seguimiento de estrategias · {a['roman']} Sesión Ordinaria ({a['date'][8:]}/{a['date'][5:7]}/{a['date'][:4]})", b=True), align='center', after=160))
    W = [2300, 2700, 2400, 1800, 4350]
    rows = [[C([P(R(h, b=True), align='center')], shade=sh) for h in ('Estrategia', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe de avance')]]
    for st in a['strategies']:
        first = True
        for g in st['goals']:
            stc = C([P(R(f"Estrategia {st['number']}", b=True)), P(st['title'])] if first else [EMPTY], vmerge='restart' if first else True)
            first = False
            rep = [P(t) for t in g['report']] if g['report'] else [P(R(g['status'], i=True))]
            rows.append([stc, C([P(R(f"Meta {g['id']}", b=True)), P(g['text'])]), C([P(g['indicator'])]), C([P(g['executor'])]), C(rep)])
            fb = [f for f in st['feedback'] if f[2] == g['id']]
            if fb:
                cellp = []
                ret = [f for f in fb if f[1] == 'retroalimentacion']; obs = [f for f in fb if f[1] == 'observacion']
                if ret:
                    cellp.append(P(R(f"Retroalimentación de la Secretaría Ejecutiva (meta {g['id']}):", b=True, i=True), after=20))
                    cellp += [P(f[0], after=40) for f in ret]
                if obs:
                    cellp.append(P(R(f"Observaciones de las personas integrantes (meta {g['id']}):", b=True, i=True), after=20))
                    cellp += [P(f"{f[0]} ({f[4]})", after=40) for f in obs]
                rows.append([C([EMPTY], vmerge=True), C(cellp, span=4, shade='F7F7F7')])
    x.append(T(rows, W, header_rows=1, after=False))
    x.append(P(R('Fuente: informes remitidos por las instancias ejecutoras y relatoría de la sesión.', i=True, sz=16)))
    hdr = P(R('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO · Secretaría Ejecutiva', sz=16), after=0) + P(R(f"Minuta {a['roman']} SO · EP Alimentación Escolar", sz=16), align='right')
    ftr = P(R('Página ', sz=16) + field_complex('PAGE', R('1', sz=16)) + R(' de ', sz=16) + field_complex('NUMPAGES', R('3', sz=16)), align='right')
    numx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + f'<w:numbering {D.W}>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    D.write(path, ''.join(x) + D.sect(landscape=True), header_xml=hdr, footer_xml=ftr, numbering_xml=numx, font='Calibri', size=21)


# ------------------------------------------------------------------ P4 / P5: web pages (Chromium) and their Word copies, from one block list
def blocks_P4(a):
    B = []
    B.append(('apptitle', 'Microsoft Teams'))
    B.append(('h1', f"{a['number']}a. Sesión Ordinaria del Espacio de Participación de los {a['body']}"))
    B.append(('meta', f"{a['short_date']} {a['start']} – {a['end']} · {a['place']}"))
    B.append(('meta', f"Organizador: {a['coordinator'][0]} · Reunión de Teams"))
    B.append(('tabs', ['Chat', 'Archivos', 'Notas de la reunión', 'Resumen', 'Asistencia'], 2))
    se = [r for r in a['attendance'] if r[4] == SE][0]
    B.append(('h2', 'Notas de la reunión'))
    B.append(('meta', f"Notas compartidas · editadas por {a['coordinator'][0]}, {a['coordinator'][1]}, y {se[0]} (relatoría)"))
    B.append(('h3', 'Agenda'))
    for t in ('Bienvenida y registro de asistencia', 'Aprobación del orden del día', 'Seguimiento de estrategias ' + ', '.join(str(s['number']) for s in a['strategies']), 'Tareas de seguimiento y próxima reunión'):
        B.append(('chk', True, t, None))
    clock = [12]
    for st in a['strategies']:
        B.append(('h3', f"Estrategia {st['number']} · {st['title']}"))
        rows = []
        for g in st['goals']:
            rows.append([f"Meta {g['id']}\n{g['text']}", g['indicator'], g['executor'], ('chip-ok', 'Entregado') if g['report'] else ('chip-no', 'Sin entregar'),
                         '\n'.join(g['report']) if g['report'] else g['status']])
        B.append(('table', ['Meta', 'Indicador', 'Responsable', 'Estado', 'Avance informado'], rows, [2300, 2000, 1300, 1100, 3300]))
        fb = st['feedback']
        if fb:
            B.append(('h4', 'Comentarios'))
            for k, (t, sec, gl, _lab, sp) in enumerate(fb):
                who = 'Secretaría Ejecutiva' if sp == 'SE' else sp
                clock[0] += 6 + (len(t) % 5)
                B.append(('comment', f"{who} · {10 + clock[0] // 60}:{clock[0] % 60:02d} · Meta {gl}", t))
    B.append(('h2', f"Tareas de seguimiento ({len(a['agreements'])})"))
    for ag in a['agreements']:
        B.append(('chk', False, ag['text'], f"Asignada a: {ag['responsible']} · " + (f"Vence: {ag['due']}" if ag['due'] else 'Sin fecha de vencimiento')))
    B.append(('h2', 'Reunión de seguimiento programada'))
    B.append(('card', f"📅 {a['next_card'][0]} · {a['next_card'][1]}", [f"{a['number'] + 1}a. Sesión Ordinaria · Sala Tláloc de la STyFE y Teams", 'Invitación enviada a las personas integrantes del Espacio']))
    B.append(('h2', 'Informe de asistencia'))
    d = a['date']; dd = f"{int(d[8:])}/{int(d[5:7])}/{d[2:4]}"
    B.append(('stats', [('Participantes', str(len(a['attendance']) + 1)), ('Hora de inicio de la reunión', f"{dd}, {a['joined'][0]}"), ('Hora de finalización de la reunión', f"{dd}, {a['joined'][1]}")]))
    SECW = {IE: 'Gobierno de la Ciudad', OT: 'Otra institución', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
    rows = [[r[0], r[2], SECW[r[4]], r[5]] for r in a['attendance']]
    B.append(('table', ['Nombre', 'Institución', 'Sector', 'Participación'], rows, [2800, 3400, 2000, 1500]))
    B.append(('meta', 'La persona organizadora (coordinación del Espacio) no se incluye en la lista.'))
    return B


def blocks_P5(a):
    B = []
    B.append(('crumb', f"Espacios de Participación / Personas Sordas y LSM / Sesiones {a['date'][:4]}"))
    B.append(('meta', a['edited']))
    B.append(('h1', f"🧏 Sesión {a['number']} · Espacio de Participación de los {a['body']}"))
    props = [('Tipo', 'Sesión ordinaria'), ('Número', str(a['number'])), ('Fecha', f"{a['date_text']} {a['start']} → {a['end']}"), ('Lugar', a['place']),
             ('Coordinación', f"{a['coordinator'][0]} ({a['coordinator'][1]})"), ('Estado', 'Acta aprobada')]
    B.append(('props', props))
    B.append(('h2', 'Asistencia'))
    SECW = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
    B.append(('table', ['Nombre', 'Institución', 'Sector'], [[r[0], r[2], ('chip-' + {IE: 'ie', OT: 'ot', SC: 'sc', SE: 'se'}[r[4]], SECW[r[4]])] for r in a['attendance']], [3200, 4000, 2500]))
    B.append(('h2', 'Tablero de metas'))
    goals = [(st, g) for st in a['strategies'] for g in st['goals']]
    ok = [f"Meta {g['id']} · {g['executor']}" for st, g in goals if g['report']]
    no = [f"Meta {g['id']} · {g['executor']}" for st, g in goals if not g['report']]
    B.append(('board', [(f"Con informe ({len(ok)})", ok), (f"Sin informe ({len(no)})", no)]))
    B.append(('h2', 'Seguimiento por estrategia'))
    relator = [r for r in a['attendance'] if r[4] == SE][0][0]
    for st in a['strategies']:
        B.append(('h3', f"Estrategia {st['number']} — {st['title']}"))
        for g in st['goals']:
            B.append(('toggle', f"Meta {g['id']} — {g['text']}"))
            B.append(('kv', 'Indicador', g['indicator']))
            B.append(('kv', 'Responsable', g['executor']))
            if g['report']:
                B.append(('label', 'Informe'))
                for t in g['report']: B.append(('quote', t))
            else:
                B.append(('callout', '⚠️ ' + g['status']))
            fb = [f for f in st['feedback'] if f[2] == g['id']]
            if fb:
                B.append(('label', f"Comentarios ({len(fb)})"))
                for t, sec, gl, _lab, sp in fb:
                    head = f"{relator} · Retroalimentación SE" if sec == 'retroalimentacion' else f"{sp} · Observación"
                    B.append(('comment', head, t))
            B.append(('endtoggle',))
    B.append(('h2', 'Acuerdos'))
    for ag in a['agreements']:
        B.append(('chk', False, ag['text'], f"@{ag['responsible']}" + (f" · 📅 {ag['due']}" if ag['due'] else '')))
    B.append(('callout', '📅 ' + a['next_text']))
    return B


def html_page(a, B, kind):
    e = H.escape
    out = []
    for b in B:
        t = b[0]
        if t == 'apptitle': out.append(f'<div class="app"><span class="logo">T</span> {e(b[1])} <span class="search">Buscar</span></div><main>')
        elif t == 'crumb': out.append(f'<div class="crumb">{e(b[1])}<span class="share">Compartir · ☆ · ···</span></div><main>')
        elif t == 'h1': out.append(f'<h1>{e(b[1])}</h1>')
        elif t == 'h2': out.append(f'<h2>{e(b[1])}</h2>')
        elif t == 'h3': out.append(f'<h3>{e(b[1])}</h3>')
        elif t == 'h4': out.append(f'<h4>{e(b[1])}</h4>')
        elif t == 'meta': out.append(f'<p class="meta">{e(b[1])}</p>')
        elif t == 'tabs': out.append('<nav>' + ''.join(f'<span class="{"on" if k == b[2] else ""}">{e(x)}</span>' for k, x in enumerate(b[1])) + '</nav>')
        elif t == 'chk':
            sub = f'<div class="sub">{e(b[3])}</div>' if b[3] else ''
            out.append(f'<div class="chk"><span class="box">{"☑" if b[1] else "☐"}</span><div>{e(b[2])}{sub}</div></div>')
        elif t == 'table':
            def cellh(v):
                if isinstance(v, tuple): return f'<span class="chip {v[0]}">{e(v[1])}</span>'
                return '<br>'.join(e(x) for x in v.split('\n'))
            out.append('<table><thead><tr>' + ''.join(f'<th>{e(h)}</th>' for h in b[1]) + '</tr></thead><tbody>'
                       + ''.join('<tr>' + ''.join(f'<td>{cellh(v)}</td>' for v in r) + '</tr>' for r in b[2]) + '</tbody></table>')
        elif t == 'comment': out.append(f'<div class="cm"><div class="av">{e(b[1][:1])}</div><div><div class="who">{e(b[1])}</div><p>{e(b[2])}</p></div></div>')
        elif t == 'card': out.append(f'<div class="card"><b>{e(b[1])}</b>' + ''.join(f'<p>{e(x)}</p>' for x in b[2]) + '</div>')
        elif t == 'stats': out.append('<div class="stats">' + ''.join(f'<div><span>{e(k)}</span><b>{e(v)}</b></div>' for k, v in b[1]) + '</div>')
        elif t == 'props': out.append('<table class="props">' + ''.join(f'<tr><td class="pk">{e(k)}</td><td>{e(v)}</td></tr>' for k, v in b[1]) + '</table>')
        elif t == 'board': out.append('<div class="board">' + ''.join(f'<div class="col"><div class="colh">{e(h)}</div>' + ''.join(f'<div class="bcard">{e(c)}</div>' for c in cs) + '</div>' for h, cs in b[1]) + '</div>')
        elif t == 'toggle': out.append(f'<details open><summary>{e(b[1])}</summary>')
        elif t == 'endtoggle': out.append('</details>')
        elif t == 'kv': out.append(f'<p class="kv"><span>{e(b[1])}:</span> {e(b[2])}</p>')
        elif t == 'label': out.append(f'<p class="lab">{e(b[1])}</p>')
        elif t == 'quote': out.append(f'<blockquote>{e(b[1])}</blockquote>')
        elif t == 'callout': out.append(f'<div class="callout">{e(b[1])}</div>')
    css = CSS_P4 if kind == 'P4' else CSS_P5
    return f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(B[1][1] if kind == "P4" else B[2][1])}</title><style>{css}</style></head><body>{"".join(out)}</main></body></html>'


CSS_P4 = """@page{size:A4;margin:12mm 11mm}body{font-family:'Segoe UI','DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#242424;margin:0}
.app{background:#464775;color:#fff;padding:6px 10px;font-weight:600}.app .logo{background:#fff;color:#464775;border-radius:3px;padding:0 5px;margin-right:6px}.app .search{float:right;background:#5b5c8e;padding:0 60px 0 8px;border-radius:3px;font-weight:400}
main{padding:4px 8px}h1{font-size:15pt;margin:10px 0 4px}h2{font-size:12.5pt;border-bottom:2px solid #6264a7;padding-bottom:2px;margin:16px 0 6px;color:#464775}h3{font-size:11pt;margin:12px 0 4px}h4{font-size:10pt;margin:8px 0 4px;color:#616161}
.meta{color:#616161;margin:2px 0;font-size:9pt}nav{border-bottom:1px solid #e0e0e0;margin:8px 0}nav span{display:inline-block;padding:4px 10px;color:#616161}nav span.on{border-bottom:3px solid #6264a7;color:#242424;font-weight:600}
.chk{display:flex;gap:6px;margin:3px 0}.chk .box{font-size:12pt;line-height:1}.chk .sub{color:#616161;font-size:8.5pt}
table{border-collapse:collapse;width:100%;margin:4px 0 8px;font-size:9pt}th{background:#f0f0f0;text-align:left;padding:4px;border:1px solid #d1d1d1}td{padding:4px;border:1px solid #d1d1d1;vertical-align:top}
.chip{border-radius:10px;padding:1px 7px;font-size:8pt;white-space:nowrap}.chip-ok{background:#dff6dd;color:#0e700e}.chip-no{background:#fde7e9;color:#a4262c}
.cm{display:flex;gap:8px;margin:5px 0 5px 8px}.cm .av{background:#c5c6e8;border-radius:50%;width:22px;height:22px;text-align:center;line-height:22px;font-weight:600;flex:none}.cm .who{font-size:8.5pt;color:#616161}.cm p{margin:1px 0}
.card{border:1px solid #d1d1d1;border-left:4px solid #6264a7;padding:6px 10px;border-radius:4px}.card p{margin:2px 0;color:#616161}
.stats{display:flex;gap:20px;margin:4px 0}.stats div span{display:block;color:#616161;font-size:8.5pt}"""

CSS_P5 = """@page{size:Letter;margin:14mm 16mm}body{font-family:ui-sans-serif,-apple-system,'Segoe UI','DejaVu Sans',Helvetica,Arial,sans-serif;font-size:10.5pt;color:#37352f;margin:0}
.crumb{font-size:9pt;color:#787774;padding:4px 0;border-bottom:1px solid #eee}.crumb .share{float:right}main{max-width:720px;margin:0 auto}
h1{font-size:20pt;margin:18px 0 10px;line-height:1.2}h2{font-size:14pt;margin:20px 0 6px}h3{font-size:12pt;margin:14px 0 4px}.meta{color:#9b9a97;font-size:8.5pt;margin:4px 0}
table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:4px 0}th{color:#787774;font-weight:400;text-align:left;border:1px solid #e9e9e7;padding:4px 6px}td{border:1px solid #e9e9e7;padding:4px 6px;vertical-align:top}
table.props td{border:none;padding:2px 6px}table.props td.pk{color:#787774;width:110px}
.chip{border-radius:3px;padding:0 6px;font-size:9pt}.chip-ie{background:#d3e5ef}.chip-ot{background:#e8deee}.chip-sc{background:#dbeddb}.chip-se{background:#fdecc8}
.board{display:flex;gap:12px}.board .col{flex:1;background:#f7f6f3;border-radius:4px;padding:6px}.colh{font-size:9pt;color:#787774;margin-bottom:4px}.bcard{background:#fff;box-shadow:0 0 0 1px #e9e9e7;border-radius:3px;padding:6px;margin:4px 0;font-size:9.5pt}
details{margin:6px 0 6px 0;padding-left:4px}summary{font-weight:600;margin:4px 0}.kv{margin:2px 0 2px 18px}.kv span{color:#787774}.lab{margin:6px 0 2px 18px;font-weight:600;font-size:9.5pt}
blockquote{border-left:3px solid #37352f;margin:2px 0 2px 18px;padding:0 10px}.callout{background:#f1f1ef;border-radius:4px;padding:8px 12px;margin:8px 0}
.cm{display:flex;gap:8px;margin:4px 0 4px 18px}.cm .av{background:#e3e2e0;border-radius:50%;width:20px;height:20px;text-align:center;line-height:20px;font-size:9pt;flex:none}.cm .who{font-size:8.5pt;color:#787774}.cm p{margin:1px 0}
.chk{display:flex;gap:6px;margin:3px 0}.chk .sub{color:#9b9a97;font-size:9pt}"""


def docx_from_blocks(path, B, font, size, header_text):
    x = []
    for b in B:
        t = b[0]
        if t in ('apptitle', 'crumb'): x.append(P(R(b[1], sz=16, color='777777')))
        elif t == 'h1': x.append(P(R(b[1], b=True, sz=30), after=120))
        elif t == 'h2': x.append(P(R(b[1], b=True, sz=26), before=240, keep=True))
        elif t == 'h3': x.append(P(R(b[1], b=True, sz=23), before=160, keep=True))
        elif t == 'h4': x.append(P(R(b[1], b=True, color='616161'), keep=True))
        elif t == 'meta': x.append(P(R(b[1], color='777777', sz=17)))
        elif t == 'tabs': x.append(P(R('  ·  '.join(b[1]), color='777777', sz=17)))
        elif t == 'chk':
            x.append(P(R(('☑ ' if b[1] else '☐ ') + b[2]), after=0 if b[3] else 60))
            if b[3]: x.append(P(R(b[3], color='777777', sz=17), ind=(360, 0)))
        elif t == 'table':
            tot = sum(b[3]); W = [int(w * 9600 / tot) for w in b[3]]
            rows = [[C([P(R(h, b=True))], shade='F0F0F0') for h in b[1]]]
            for r in b[2]:
                rows.append([C([P(v[1])] if isinstance(v, tuple) else [P(s) for s in v.split('\n')]) for v in r])
            x.append(T(rows, W, header_rows=1))
        elif t == 'comment': x.append(P(R(b[1], sz=17, color='616161'), ind=(360, 0), after=0)); x.append(P(b[2], ind=(360, 0)))
        elif t == 'card': x.append(T([[C([P(R(b[1], b=True))] + [P(s) for s in b[2]], shade='F3F2F1')]], [9600]))
        elif t == 'stats': x.append(P('   '.join(f"{k}: {v}" for k, v in b[1])))
        elif t == 'props': x.append(T([[C([P(R(k, color='787774'))]), C([P(v)])] for k, v in b[1]], [2000, 7600], borders=False))
        elif t == 'board':
            n = max(len(cs) for _h, cs in b[1])
            rows = [[C([P(R(h, b=True))], shade='F7F6F3') for h, _c in b[1]]]
            for k in range(n): rows.append([C([P(cs[k] if k < len(cs) else '')]) for _h, cs in b[1]])
            x.append(T(rows, [4800, 4800]))
        elif t == 'toggle': x.append(P(R('▾ ' + b[1], b=True), before=80, keep=True))
        elif t == 'kv': x.append(P(R(b[1] + ': ', color='787774'), R(b[2]), ind=(360, 0), after=0))
        elif t == 'label': x.append(P(R(b[1], b=True), ind=(360, 0), before=60, after=0, keep=True))
        elif t == 'quote': x.append(P(R(b[1]), ind=(720, 0), ppr_extra='<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="37352F"/></w:pBdr>'))
        elif t == 'callout': x.append(T([[C([P(b[1])], shade='F1F1EF')]], [9600], borders=False))
    hdr = P(R(header_text, sz=16, color='777777'))
    D.write(path, ''.join(x) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'), font=font, size=size)


def build_P4(a, path):
    docx_from_blocks(path, blocks_P4(a), 'Segoe UI', 20, 'Copiado de Microsoft Teams · Notas de la reunión')


def build_P5(a, path):
    docx_from_blocks(path, blocks_P5(a), 'Arial', 21, 'Exportado de Notion')


def html_P4(a): return html_page(a, blocks_P4(a), 'P4')
def html_P5(a): return html_page(a, blocks_P5(a), 'P5')


# ------------------------------------------------------------------ P6 relatoría on heading styles, TOC field, reports pasted from e-mails
IND440 = '<w:ind w:left="440"/>'


def build_P6(a, path):
    att = {r[0]: r for r in a['attendance']}
    from content import DES_ATT
    x = [P(R('RELATORÍA', b=True, sz=32), align='center', after=80),
         P(R(f"{a['nth']} Sesión Ordinaria del Espacio de Participación de los {a['body']}", sz=26), align='center', after=80),
         P(R(f"Programa de Derechos Humanos del Distrito Federal · Secretaría Ejecutiva · {a['dmy']}", i=True, color='595959'), align='center', after=360),
         P(R('Contenido', b=True, sz=26, color='2F5496'), after=120)]
    toc = [('1. Datos de la sesión', 1), ('2. Asistencia', 1), ('3. Seguimiento de estrategias', 1)] + [(f"Estrategia {st['number']}", 2) for st in a['strategies']] + [('4. Acuerdos', 1), ('5. Cierre', 1)]
    pages = [1, 1, 1] + [1 + k for k in range(len(a['strategies']))] + [len(a['strategies']) + 1, len(a['strategies']) + 1]
    for k, ((t, lvl), pg) in enumerate(zip(toc, pages)):
        runs = ''
        if k == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        runs += R(f"{t}\t{pg}")
        if k == len(toc) - 1: runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        x.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{lvl}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="40"/>{IND440 if lvl == 2 else ""}</w:pPr>{runs}</w:p>')
    def h(text, lvl, extra=''):
        return f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/>{"<w:pageBreakBefore/>" if extra == "pb" else ""}</w:pPr>{R(text)}{extra if extra != "pb" else ""}</w:p>'
    x.append(h('1. Datos de la sesión', 1, 'pb'))
    rows = [[C([P(R(k, b=True))], shade='DEEAF6'), C([P(v)])] for k, v in (
        ('Sesión', f"{a['nth']} Sesión Ordinaria"), ('Fecha', f"{a['weekday']} {a['dmy']}"), ('Horario', f"{a['start']} a {a['end']} horas"), ('Sede', a['place']),
        ('Coordinación', f"{a['coordinator'][0]}, {a['coordinator'][1]}"), ('Relatoría', [f"{r[1]} {r[0]}" for r in a['attendance'] if r[4] == SE][0] + ', Secretaría Ejecutiva'))]
    x.append(T(rows, [2200, 7400]))
    x.append(h('2. Asistencia', 1))
    for sec, lab in ((IE, 'Instancias ejecutoras'), (OT, 'Otras instancias'), (SC, 'Sociedad civil'), (SE, 'Secretaría Ejecutiva')):
        rs = [r for r in a['attendance'] if r[4] == sec]
        if rs: x.append(P(R(lab + ': ', b=True), R('; '.join(f"{r[1]} {r[0]} ({r[2]})" for r in rs) + '.'), align='both'))
    fn_ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    x.append(h('3. Seguimiento de estrategias', 1, fn_ref))
    for st in a['strategies']:
        x.append(h(f"Estrategia {st['number']}. {st['title']}", 2))
        for g in st['goals']:
            x.append(P(R(f"Meta {g['id']}. ", b=True), R(g['text'], b=True), keep=True, before=120))
            x.append(P(R('Indicador: ', i=True), R(g['indicator']), after=0))
            x.append(P(R('Instancia ejecutora: ', i=True), R(g['executor'])))
            if g['report']:
                s = DES_ATT[g['sender']]
                x.append(P(R('Informe recibido por correo electrónico:', i=True), keep=True))
                mail = [P(R('De: ', b=True, sz=18), R(f"{s[0]} [mailto:{s[5]}]", sz=18), after=0),
                        P(R('Enviado el: ', b=True, sz=18), R(g['sent'], sz=18), after=0),
                        P(R('Para: ', b=True, sz=18), R('Espacio Desplazamiento - Secretaría Ejecutiva', sz=18), after=0),
                        P(R('Asunto: ', b=True, sz=18), R(f"Informe meta {g['id']}", sz=18), after=120),
                        P('Buen día:', after=60), P(f"Les comparto el avance de la meta {g['id']} para la sesión del {a['weekday']}.", after=60)]
                mail += [P(t, after=60) for t in g['report']]
                mail += [P('Saludos cordiales.', after=60), P(R(s[0], sz=18), after=0), P(R(s[2], sz=18), after=0)]
                x.append(f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblInd w:w="400" w:type="dxa"/><w:tblBorders><w:left w:val="single" w:sz="18" w:space="0" w:color="1F4E79"/></w:tblBorders>'
                         f'<w:tblCellMar><w:left w:w="200" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr>{C(mail, shade="F2F2F2")}</w:tr></w:tbl>')
            else:
                x.append(P(R('Informe: ', i=True), R(g['status'])))
            fb = [f for f in st['feedback'] if f[2] == g['id']]
            for sec, lab in (('retroalimentacion', 'Retroalimentación:'), ('observacion', 'Observaciones:')):
                items = [f for f in fb if f[1] == sec]
                if items:
                    x.append(P(R(lab, b=True), before=80, after=20, keep=True))
                    for f in items: x.append(P(f[0], num=(2, 0), align='both', after=40))
    x.append(h('4. Acuerdos', 1))
    for ag in a['agreements']: x.append(P(ag['text'], num=(3, 0), align='both'))
    x.append(h('5. Cierre', 1))
    x.append(P(f"Se dio por terminada la sesión a las {a['end']} horas."))
    x.append(P(R('Relatoría: ', b=True), R([f"{r[1]} {r[0]}" for r in a['attendance'] if r[4] == SE][0]), before=360, after=0))
    x.append(P(R('Vo. Bo.: ', b=True), R(f"{a['coordinator'][0]}, {a['coordinator'][1]}")))
    numx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + f'<w:numbering {D.W}>'
            '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>')
    hdr = P(R(f"Relatoría · {a['nth']} Sesión Ordinaria · EP Desplazamiento Forzado Interno", sz=16, color='595959'), align='right')
    D.write(path, ''.join(x) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='center'), numbering_xml=numx, font='Calibri', size=22,
            footnotes=['Los informes se transcriben tal como se recibieron en el correo electrónico del Espacio; se omiten firmas institucionales y archivos adjuntos.'])


BUILDERS = {'P1': build_P1, 'P2': build_P2, 'P3': build_P3, 'P4': build_P4, 'P5': build_P5, 'P6': build_P6}
HTML = {'P4': html_P4, 'P5': html_P5}
# stem -> extra formats converted from the docx (same gold)
EXTRA_FORMATS = {'blind-p-ciclista-08-2017-04-06': ['doc'], 'blind-p-energetica-03-2023-03-14': ['rtf'], 'blind-p-escolar-05-2019-05-22': ['odt'], 'blind-p-desplazamiento-02-2016-08-24': ['odt']}


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
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main(set(sys.argv[1:]))
