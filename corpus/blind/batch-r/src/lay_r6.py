# -*- coding: utf-8 -*-
"""R6 — a Word minuta reviewed with comments: the body has the session data, the attendance by institution (several
people in one cell, sector codes with a legend), one goal table per strategy and the agreements (Word numbering);
the Retroalimentación and the Observaciones exist ONLY as comments (margin balloons) anchored on each goal's report
cell, one comment per item, their author saying who speaks. One comment of the relatoría is an editing note, not
feedback. The PDF is LibreOffice's export with the comments printed in the margin."""
import os, subprocess, tempfile, shutil
import docx as D
from docx import esc
from build_common import R, P, C, T, EMPTY, field_complex, numbering_xml
from build import long_date, fb, LO_PROFILE, OUT, IE, SC, SE, OT

J = 'both'
COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
COMMENTS_REL = '<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'


class Comments:
    def __init__(self, date):
        self.items, self.date = [], date

    def add(self, author, initials, text):
        self.items.append((author, initials, text))
        return len(self.items) - 1

    def part(self):
        x = ''.join(f'<w:comment w:id="{k}" w:author="{esc(a)}" w:date="{self.date}T{13 + k // 6:02d}:{(k * 7) % 60:02d}:00Z" w:initials="{esc(i)}">'
                    f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{R(t)}</w:p></w:comment>'
                    for k, (a, i, t) in enumerate(self.items))
        return ('comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {D.W}>{x}</w:comments>', COMMENTS_CT)


def anchored(ids, runs):
    if not ids: return runs
    s = ''.join(f'<w:commentRangeStart w:id="{i}"/>' for i in ids) + runs + ''.join(f'<w:commentRangeEnd w:id="{i}"/>' for i in ids)
    return s + ''.join(f'<w:r><w:commentReference w:id="{i}"/></w:r>' for i in ids)


def build(a, path, hp=None):
    cm = Comments(a['date'])
    att = {x[0]: x for x in a['attendance']}
    se = [x for x in a['attendance'] if x[4] == SE][0]
    body = []
    body.append(P(R('MINUTA DE TRABAJO', b=True, sz=28, color='7B2C5F'), align='center', after=40))
    body.append(P(R(f'{a["ordinal"]} Sesión Ordinaria del Espacio de Participación de los {a["body"]}', b=True, sz=22), align='center', after=200))
    ed = {k: (au, t) for k, au, t in a.get('editorial', [])}
    def cell_val(key, text):
        runs = R(text)
        if key in ed:
            i = cm.add(ed[key][0], 'RSE', ed[key][1])
            runs = anchored([i], runs)
        return [P(runs)]
    d = a['date']
    rows = [[C([P(R('Fecha', b=True))], 1300, shade='F2DCE8'), C(cell_val('date', f'{d[8:]}/{d[5:7]}/{d[:4]}'), 2000),
             C([P(R('Horario', b=True))], 1300, shade='F2DCE8'), C([P(f'{a["start"]} a {a["end"]} hrs.')], 4900)],
            [C([P(R('Sede', b=True))], 1300, shade='F2DCE8'), C(cell_val('place', a['place']), 8200, span=3)],
            [C([P(R('Coordina', b=True))], 1300, shade='F2DCE8'), C([P(f'{a["coordinator"][0]}, {a["coordinator"][1]}')], 8200, span=3)]]
    body.append(T(rows, [1300, 2000, 1300, 4900]))
    body.append(P(R('1. Asistencia', b=True, sz=22, color='7B2C5F'), before=120))
    insts = []
    for x in a['attendance']:
        if x[2] not in [i for i, _ in insts]: insts.append((x[2], x[5]))
    rows = [[C([P(R(h, b=True))], w, shade='F2DCE8') for h, w in (('Institución', 4300), ('Asistentes', 4200), ('Sector', 1000))]]
    for inst, code in insts:
        ppl = [x for x in a['attendance'] if x[2] == inst]
        rows.append([C([P(inst)], 4300), C([P((t + ' ' if t else '') + n) for n, t, *_ in ppl], 4200), C([P(code, align='center')], 1000)])
    body.append(T(rows, [4300, 4200, 1000], header_rows=1, after=False))
    body.append(P(R('IE: instancia ejecutora · OSC: organización de la sociedad civil · OI: otra instancia · SE: Secretaría Ejecutiva', i=True, sz=16), after=160))
    body.append(P(R('2. Seguimiento de estrategias', b=True, sz=22, color='7B2C5F'), before=120))
    body.append(P(R('Las retroalimentaciones de la Secretaría Ejecutiva y las observaciones de las personas integrantes se registran como comentarios sobre el informe de cada meta.', i=True, sz=18)))
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True), before=160, keep=True))
        rows = [[C([P(R(h, b=True, sz=18))], w, shade='F2DCE8') for h, w in (('Meta', 2500), ('Indicador', 2000), ('Instancia', 1700), ('Informe', 3300))]]
        for g in st['goals']:
            ids = []
            for f in fb(st, g['id']):
                if f[4] == 'SE':
                    ids.append(cm.add(f'{se[0]} (SE) – Retroalimentación', 'SE', f[0]))
                else:
                    p = att[f[4]]
                    ids.append(cm.add(f'{p[0]} ({p[2]}) – Observación', ''.join(w[0] for w in p[0].split()[:2]), f[0]))
            if g['report']:
                rep = [P(anchored(ids if k == 0 else [], R(x, sz=18)), align=J) for k, x in enumerate(g['report'])]
            else:
                rep = [P(anchored(ids, R(g['status'], i=True, sz=18)))]
            rows.append([C([P(R(g['id'] + ' ', b=True, sz=18), R(g['text'], sz=18))], 2500), C([P(R(g['indicator'], sz=18))], 2000),
                         C([P(R(g['executor'], sz=18))], 1700), C(rep, 3300)])
        # rows may not break across pages (the template's table property); the header row repeats
        body.append(T(rows, [2500, 2000, 1700, 3300], header_rows=1).replace('<w:tr>', '<w:tr><w:trPr><w:cantSplit/></w:trPr>'))
    body.append(P(R('3. Acuerdos', b=True, sz=22, color='7B2C5F'), before=120))
    for g in a['agreements']:
        body.append(P(g['text'], num=(5, 0), align=J))
    body.append(P(R('Elaboró: ', b=True), f'{se[1]} {se[0]}, Secretaría Ejecutiva', before=240, after=0))
    body.append(P(R('Revisó: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'))
    body.append(D.sect())
    hdr = P(R('Programa de Derechos Humanos de la Ciudad de México · Espacio de Participación', sz=16, color='7B2C5F'), align='right')
    ftr = P(R(f'Minuta {a["ordinal"]} Sesión Ordinaria · página ', sz=16), field_complex('PAGE', R('1', sz=16)), align='right')
    styles_extra = ''
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Calibri', size=21,
            numbering_xml=numbering_xml([(5, 'decimal', 'Acuerdo %1.', 1)]),
            extra_rels=[COMMENTS_REL], extra_parts=[cm.part()])


def pdf(docx_path):
    """LibreOffice PDF export with "Comments as PDF annotations" (LibreOffice 7.4 cannot print them in the margin):
    each comment becomes a sticky note (/Subtype /Text with a popup) on the page; the page text does not hold it"""
    opts = '{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', 'pdf:writer_pdf_Export:' + opts,
                    '--outdir', OUT, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
