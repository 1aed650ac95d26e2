# -*- coding: utf-8 -*-
"""T1 — a minuta on a Word multilevel list (1. / 1.1 / 1.1.1, automatic numbering), every INFORME (or the note that
there was none) only in an ENDNOTE (lower-roman, printed after the closing), attendance as a table Institución |
Asistente(s) with several people in one cell and grey full-width sector rows, agreements as outline items 6.1–6.3.
Arial 11, header and footer. PDF by LibreOffice."""
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import fb, de, subj, by_inst, lo_convert, IE, SC, SE, OT
from words import long_date

ORD = {6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA'}
SECT_ROW = {IE: 'INSTANCIAS EJECUTORAS', OT: 'OTRAS INSTANCIAS', SC: 'SOCIEDAD CIVIL', SE: 'SECRETARÍA EJECUTIVA'}
NUMX = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1224" w:hanging="504"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'''


def eref(k):
    return f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{k}"/></w:r>'


def L(level, *runs, **kw):
    return P(*runs, num=(1, level), after=kw.pop('after', 60), ppr_extra='<w:jc w:val="both"/>', **kw)


def ind(*runs, left=1224, after=60):
    return P(*runs, after=after, ppr_extra=f'<w:ind w:left="{left}"/><w:jc w:val="both"/>')


def build(a, path):
    en, body = [], []
    body.append(P(R('MINUTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA', b=True, sz=26), align='center', after=0))
    body.append(P(R('Espacio de Participación de los ' + a['body'], b=True), align='center', after=240))
    body.append(L(0, R('Datos generales de la sesión', b=True)))
    body.append(L(1, R('Fecha y horario: ', b=True), f'{long_date(a["date"])}, de las {a["start"]} a las {a["end"]} horas.'))
    body.append(L(1, R('Lugar: ', b=True), a['place'] + '.'))
    body.append(L(1, R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}.'))
    body.append(L(0, R('Lista de asistencia y declaración de quórum', b=True)))
    body.append(ind(f'Se registró la asistencia de {len(a["attendance"])} personas, por lo que la coordinadora declaró la existencia de quórum para sesionar:', left=360))
    rows = [[C([P(R('Institución u organización', b=True))], w=4300, shade='BFBFBF'), C([P(R('Asistente(s)', b=True))], w=5000, shade='BFBFBF')]]
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        rows.append([C([P(R(SECT_ROW[s], b=True, sz=18), after=0)], w=9300, span=2, shade='E7E6E6')])
        for inst, ps in by_inst(xs):
            rows.append([C([P(inst, after=0)], w=4300), C([P(f'{t} {n} — {cargo}', after=0) for n, t, i, k, s2, cargo in ps], w=5000)])
    body.append(T(rows, [4300, 5000], indent=360))
    body.append(L(0, R('Lectura y aprobación del orden del día', b=True)))
    body.append(ind('La Secretaría Ejecutiva dio lectura al orden del día, que fue aprobado sin modificaciones por las personas asistentes.', left=360))
    body.append(L(0, R('Seguimiento de estrategias y metas', b=True)))
    for st in a['strategies']:
        body.append(L(1, R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True)))
        for g in st['goals']:
            body.append(L(2, R(f'Meta {g["id"]}. ', b=True), g['text'] + '.'))
            body.append(ind(R('Indicador: ', i=True), g['indicator'] + '.'))
            body.append(ind(R('Instancia responsable: ', i=True), g['executor'] + '.'))
            k = len(en) + 1
            if g['report']:
                en.append(f'Meta {g["id"]}. Informe {de(g["executor"])}: ' + ' '.join(g['report']))
                body.append(ind(R('Informe: ', i=True), 'la instancia presentó su informe, que se transcribe en la nota', eref(k), ' al final de la minuta.'))
            else:
                en.append(f'Meta {g["id"]}. Sin informe. {g["status"]}')
                body.append(ind(R('Informe: ', i=True), 'no se recibió', eref(k), '.'))
            for t, sec, gl, lab, sp in fb(st, g['id']):
                if sp == 'SE':
                    body.append(ind(R('Retroalimentación de la Secretaría Ejecutiva: ', b=True), t))
                else:
                    p = next(x for x in a['attendance'] if x[0] == sp)
                    body.append(ind(R('Observación: ', b=True), f'{p[1]} {p[0]} ({p[2]}) señaló: «{t}»'))
    body.append(L(0, R('Asuntos generales', b=True)))
    body.append(ind('No se inscribieron asuntos generales.', left=360))
    body.append(L(0, R('Acuerdos', b=True)))
    for ag in a['agreements']:
        body.append(L(1, ag['text']))
    body.append(L(0, R('Cierre de la sesión', b=True)))
    body.append(ind(f'No habiendo más asuntos que tratar, la sesión concluyó a las {a["end"]} horas del mismo día.', left=360))
    body.append(P('', after=480))
    body.append(P(R('Elaboró: ', b=True), f'{a["attendance"][-1][1]} {a["attendance"][-1][0]}, {a["attendance"][-1][5]}, Secretaría Ejecutiva.', after=0))
    body.append(P(R('Revisó: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}.'))
    body.append('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
                '<w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr><w:pgSz w:w="12240" w:h="15840"/>'
                '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    hdr = (P(R('SECRETARÍA EJECUTIVA DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=16, color='7F7F7F'), align='right', after=0)
           + P(R('EP Trabajadoras No Asalariadas · Minuta ' + a['date'][8:] + '/' + a['date'][5:7] + '/' + a['date'][:4], sz=16, color='7F7F7F'), align='right'))
    ftr = P(D.PAGE_FIELD, align='center')
    D.write(path, ''.join(body), hdr, ftr, numbering_xml=NUMX, endnotes=en, font='Arial', size=22,
            settings_extra='<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')


def render(a, stem, n):
    build(a, stem + '.docx')
    lo_convert(stem + '.docx', 'pdf')
