# -*- coding: utf-8 -*-
"""T5 — a minuta written collaboratively in Google Docs and downloaded as .docx (File › Download › Microsoft Word):
Google's styles (Title / Subtitle / Heading 1–3, Arial 11, spacing 0 with 1.15 lines), the session data as one line
with pipes, attendance as a table Nombre | Institución | Tipo (Google's dropdown chip exported as text), goals as
Heading 3 "671.1 · text" (no word "Meta"), "Lo que se informó:", "Comentarios en la sesión:" as ● bullets
"SE: …" / "Name (Institution): …", agreements as a ☐ checklist with "— Responsable: …". **Suggestions** left
unaccepted by several authors (a surname corrected, a figure written in words corrected, an agreement date moved,
the next-session date moved) are tracked changes (w:ins / w:del, one author each), and two **comment threads with a
reply, marked resolved** (commentsExtended done="1"). The gold is the final view (suggestions accepted). The PDF is
LibreOffice's, which prints the tracked changes as markup (deleted text struck through, inserted underlined), as Word
prints "All Markup" by default; the comments are not printed."""
import docx as D
from build_common import R, P, C, T, EMPTY, tracked_runs, final, TC, commented, COMMENTS_CT
from build import fb, lo_convert, IE, SC, SE, OT
from words import long_date
from docx import esc

TIPO = {IE: 'Gobierno', OT: 'Academia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
ORD = {8: '8a', 9: '9a'}
NUMX = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="☐"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>'''
GSTYLES = '''<w:style w:type="paragraph" w:styleId="GTitle"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="GSubtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="320"/></w:pPr><w:rPr><w:color w:val="666666"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="GH1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="400" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="GH2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="GH3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>'''
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'


def GP(*runs, style=None, num=None, after=None):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ''
    if num: ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += f'<w:spacing w:after="{after if after is not None else 0}" w:line="276" w:lineRule="auto"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(r if r.startswith("<") else R(r) for r in runs)}</w:p>'


class TR:
    """tracked runs with a rotating author per suggestion"""
    def __init__(self, authors, date):
        self.authors, self.date, self.k = authors, date, 0

    def __call__(self, t, **kw):
        if not TC.search(t): return R(t, **kw)
        out, pos = [], 0
        for m in TC.finditer(t):
            if m.start() > pos: out.append(R(t[pos:m.start()], **kw))
            au = self.authors[self.k % len(self.authors)]; rid = 500 + 2 * self.k; self.k += 1
            if m.group(1):
                out.append(f'<w:del w:id="{rid}" w:author="{esc(au)}" w:date="{self.date}"><w:r><w:delText xml:space="preserve">{esc(m.group(1))}</w:delText></w:r></w:del>')
            out.append(f'<w:ins w:id="{rid + 1}" w:author="{esc(au)}" w:date="{self.date}">{R(m.group(2), **kw)}</w:ins>')
            pos = m.end()
        if pos < len(t): out.append(R(t[pos:], **kw))
        return ''.join(out)


def build(a, path):
    se_rel = a['attendance'][-1][0]
    by_goal = {}
    # suggestion authors: whoever fixed it (institution people and the relatora)
    authors = [x[0] for x in a['attendance'] if x[4] == IE][:3] + [final(se_rel)]
    tr = TR([final(x) for x in authors], a['date'] + 'T21:40:00Z')
    threads = []   # (anchor_text_in_report_or_agreement, [(author, text)])
    b = []
    b.append(GP(R(f'Minuta · {ORD[a["number"]]} Sesión Ordinaria'), style='GTitle'))
    b.append(GP(R('Espacio de Participación de los ' + a['body']), style='GSubtitle'))
    b.append(GP(R('Fecha: ', b=True), long_date(a['date']), R('  |  Horario: ', b=True), f'{a["start"]} – {a["end"]} h', R('  |  Sede: ', b=True), a['place'], after=120))
    b.append(GP(R('Coordina: ', b=True), f'{a["coordinator"][0]} ({a["coordinator"][1]})', R('  |  Relatoría: ', b=True), final(se_rel), after=120))
    b.append(GP(R('Asistencia'), style='GH1'))
    rows = [[C([GP(R(h, b=True))], w=w, shade='EFEFEF') for h, w in (('Nombre', 3000), ('Institución', 4700), ('Tipo', 1660))]]
    for n, t, i, k, s, c in a['attendance']:
        rows.append([C([GP(tr(n))], w=3000), C([GP(R(i))], w=4700), C([GP(R(TIPO[s], sz=18, color='1155CC'))], w=1660)])
    b.append(T(rows, [3000, 4700, 1660], after=True))
    b.append(GP(R('Seguimiento de estrategias'), style='GH1'))
    cid = 0
    comments = []
    for st in a['strategies']:
        b.append(GP(R(f'Estrategia {st["number"]} — {st["title"]}'), style='GH2'))
        for g in st['goals']:
            b.append(GP(R(f'{g["id"]} · {g["text"]}'), style='GH3'))
            b.append(GP(R('Indicador: ', b=True), g['indicator']))
            b.append(GP(R('Responsable: ', b=True), g['executor'], after=100))
            if g['report']:
                rep = ' '.join(g['report'])
                runs = tr(rep)
                if TC.search(rep) and cid == 0:
                    p = next(x for x in a['attendance'] if x[4] == IE)
                    q = next(x for x in a['attendance'] if x[0] == g['executor'] or x[2] == g['executor'])
                    comments.append([(final(p[0]), '¿Podemos confirmar esta cifra con la instancia antes de circular la minuta?'),
                                     (final(q[0]), 'Confirmado con el área, ya dejé la sugerencia con el dato correcto.')])
                    runs = commented(cid, runs); cid += 1
                b.append(GP(R('Lo que se informó: ', b=True), runs, after=100))
            else:
                b.append(GP(R('Lo que se informó: ', b=True), R('(sin informe) ', i=True), g['status'], after=100))
            cs = fb(st, g['id'])
            if cs:
                b.append(GP(R('Comentarios en la sesión:', b=True)))
                for t, sec, gl, lab, sp in cs:
                    if sp == 'SE': b.append(GP(R('SE: ', b=True), t, num=1))
                    else:
                        p = next(x for x in a['attendance'] if final(x[0]) == sp)
                        b.append(GP(R(f'{final(p[0])} ({p[2]}): ', b=True), t, num=1))
                b.append(GP(''))
    b.append(GP(R('Acuerdos'), style='GH1'))
    for ag in a['agreements']:
        runs = tr(ag['text'])
        if TC.search(ag['text']) and cid == 1 - (0 if comments else 1):
            comments.append([(final(se_rel), '¿Les parece bien mover la fecha? La semana original coincide con el informe trimestral.'),
                             (a['coordinator'][0], 'De acuerdo, se avisa por correo a todas las personas integrantes.')])
            runs = commented(cid, runs); cid += 1
        tail = R(' — Responsable: ' + ag['responsible'], color='666666') if ag['responsible'] else ''
        b.append(GP(runs, tail, num=2, after=60))
    b.append(GP(''))
    b.append(GP(R(f'Se cerró la sesión a las {a["end"]} h.', i=True)))
    b.append('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    # comments part with replies, all resolved
    cx, ex, pid = '', '', 0x1A2B3C00
    k = 0
    for thread in comments:
        parent = None
        for au, t in thread:
            pid += 1
            ini = ''.join(w[0] for w in au.split()[:2])
            cx += f'<w:comment w:id="{k}" w:author="{esc(au)}" w:date="{a["date"]}T22:0{k}:00Z" w:initials="{ini}"><w:p w14:paraId="{pid:08X}" w14:textId="77777777"><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p></w:comment>'
            ex += f'<w15:commentEx w15:paraId="{pid:08X}"' + (f' w15:paraIdParent="{parent:08X}"' if parent else '') + ' w15:done="1"/>'
            parent = parent or pid
            k += 1
    # reply comments are anchored on the same range as their parent: add their ranges
    body = ''.join(b)
    k = 0
    for ti, thread in enumerate(comments):
        first = k
        for j in range(1, len(thread)):
            rid = first + j
            body = body.replace(f'<w:commentRangeStart w:id="{ti}"/>', f'<w:commentRangeStart w:id="{ti}"/><w:commentRangeStart w:id="R{rid}"/>', 1)
            body = body.replace(f'<w:commentRangeEnd w:id="{ti}"/><w:r><w:commentReference w:id="{ti}"/></w:r>',
                                f'<w:commentRangeEnd w:id="{ti}"/><w:r><w:commentReference w:id="{ti}"/></w:r><w:commentRangeEnd w:id="R{rid}"/><w:r><w:commentReference w:id="R{rid}"/></w:r>', 1)
        k += len(thread)
    # renumber: thread ti's parent comment id is its first flat index
    flat = 0
    for ti, thread in enumerate(comments):
        body = body.replace(f'w:id="{ti}"/>', f'w:id="T{flat}"/>')
        flat += len(thread)
    body = body.replace('w:id="T', 'w:id="').replace('w:id="R', 'w:id="')
    parts = [('comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {D.W} {W14}>{cx}</w:comments>', COMMENTS_CT),
             ('commentsExtended.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx {D.W} {W14}>{ex}</w15:commentsEx>',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml')]
    rels = ['<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
            '<Relationship Id="rIdCx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>']
    old = D.STYLES
    D.STYLES = old.replace('</w:styles>', GSTYLES)
    try:
        D.write(path, body, '', '', numbering_xml=NUMX, font='Arial', size=22, extra_parts=parts, extra_rels=rels)
    finally:
        D.STYLES = old


def render(a, stem, n):
    build(a, stem + '.docx')
    lo_convert(stem + '.docx', 'pdf')
