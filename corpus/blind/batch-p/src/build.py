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


BUILDERS = {'P1': build_P1, 'P2': build_P2}
HTML = {}
# stem -> extra formats converted from the docx (same gold)
EXTRA_FORMATS = {'blind-p-ciclista-08-2017-04-06': ['doc'], 'blind-p-energetica-03-2023-03-14': ['rtf']}


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
