"""Shared helpers for batch E: raw WordprocessingML writer and gold writer (stdlib only)."""
import json, os, zipfile, re
from xml.sax.saxutils import escape

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..'))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def esc(s):
    return escape(s, {'"': '&quot;'})


def R(text, b=False, i=False, sz=None, color=None, caps=False, u=False):
    """A run. Tabs (\t) and soft breaks (\n) become w:tab / w:br."""
    pr = ''
    if b: pr += '<w:b/>'
    if i: pr += '<w:i/>'
    if caps: pr += '<w:caps/>'
    if u: pr += '<w:u w:val="single"/>'
    if color: pr += f'<w:color w:val="{color}"/>'
    if sz: pr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    parts = re.split(r'(\t|\n)', text)
    inner = ''
    for p in parts:
        if p == '\t': inner += '<w:tab/>'
        elif p == '\n': inner += '<w:br/>'
        elif p: inner += f'<w:t xml:space="preserve">{esc(p)}</w:t>'
    return f'<w:r>{"<w:rPr>"+pr+"</w:rPr>" if pr else ""}{inner}</w:r>'


def P(content='', style=None, align=None, num=None, ilvl=0, shade=None, before=None, after=None,
      keep=False, tabs=None, ind=None, b=False, sz=None, pagebreak=False, sect=None):
    """A paragraph; content is a str (one run) or a list of run xml strings."""
    if isinstance(content, str):
        content = [R(content, b=b, sz=sz)] if content else []
    pr = ''
    if style: pr += f'<w:pStyle w:val="{style}"/>'
    if keep: pr += '<w:keepNext/>'
    if pagebreak: pr += '<w:pageBreakBefore/>'
    if num is not None: pr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if shade: pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if tabs: pr += '<w:tabs>' + ''.join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in tabs) + '</w:tabs>'
    if before is not None or after is not None:
        pr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 120}"/>'
    if ind: pr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    if align: pr += f'<w:jc w:val="{align}"/>'
    if sect: pr += sect
    return f'<w:p>{"<w:pPr>"+pr+"</w:pPr>" if pr else ""}{"".join(content)}</w:p>'


def C(paras, w=None, span=1, vmerge=None, shade=None, valign=None, nob=False):
    """A table cell; paras is a list of paragraph xml (or a str)."""
    if isinstance(paras, str):
        paras = [P(paras)]
    if not paras: paras = [P('')]
    pr = ''
    if w: pr += f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart': pr += '<w:vMerge w:val="restart"/>'
    elif vmerge: pr += '<w:vMerge/>'
    if nob: pr += '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
    if shade: pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign: pr += f'<w:vAlign w:val="{valign}"/>'
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{"".join(paras)}</w:tc>'


def T(rows, widths, borders=True, header_rows=0, cant_split=False, layout_fixed=True):
    """rows: list of lists of cell xml."""
    b = ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in
         ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>') if borders else \
        ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="nil"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    pr = f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}' + ('<w:tblLayout w:type="fixed"/>' if layout_fixed else '') + \
        '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
    grid = ''.join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    out = f'<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    for k, r in enumerate(rows):
        trpr = ''
        if k < header_rows: trpr += '<w:tblHeader/>'
        if cant_split: trpr += '<w:cantSplit/>'
        out += f'<w:tr>{"<w:trPr>"+trpr+"</w:trPr>" if trpr else ""}{"".join(r)}</w:tr>'
    return out + '</w:tbl>'


STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="es-MX"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''


def numbering_xml(defs):
    """defs: {numId: [(fmt, lvlText, left), ...levels]}"""
    out = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
    for nid, lv in defs.items():
        out += f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType w:val="hybridMultilevel"/>'
        for k, (fmt, text, left) in enumerate(lv):
            out += (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{esc(text)}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>')
        out += '</w:abstractNum>'
    for nid in defs:
        out += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'
    return out + '</w:numbering>'


def sect_pr(landscape=False, cols=1, header=False, footer=False, margins=1134, titlepg=False, nextpage=False):
    w, h = (16838, 11906) if landscape else (11906, 16838)
    s = '<w:sectPr>'
    if header: s += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if footer: s += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    if nextpage: s += '<w:type w:val="nextPage"/>'
    else: s += '<w:type w:val="continuous"/>' if cols > 1 else ''
    s += f'<w:pgSz w:w="{w}" w:h="{h}"' + (' w:orient="landscape"' if landscape else '') + '/>'
    s += f'<w:pgMar w:top="{margins}" w:right="{margins}" w:bottom="{margins}" w:left="{margins}" w:header="567" w:footer="567" w:gutter="0"/>'
    if cols > 1: s += f'<w:cols w:num="{cols}" w:space="425"/>'
    if titlepg: s += '<w:titlePg/>'
    return s + '</w:sectPr>'


def write_docx(path, body, final_sect, header=None, footer=None, numbering=None, footnotes=None,
               comments=None, settings_extra='', font='Arial', sz=20):
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>']
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    parts = {}
    if header:
        parts['word/header1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{header}</w:hdr>'
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        rels.append('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
    if footer:
        parts['word/footer1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{footer}</w:ftr>'
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        rels.append('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
    if numbering:
        parts['word/numbering.xml'] = numbering
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
    if footnotes is not None:
        fn = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for k, text in footnotes.items():
            fn += (f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        parts['word/footnotes.xml'] = fn + '</w:footnotes>'
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
    if comments is not None:
        cm = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
        for k, (author, text) in comments.items():
            cm += (f'<w:comment w:id="{k}" w:author="{esc(author)}" w:date="2020-01-01T10:00:00Z" w:initials="XX">'
                   f'<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>')
        parts['word/comments.xml'] = cm + '</w:comments>'
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}>{settings_extra}'
                '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
                + ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if footnotes is not None else '') +
                '</w:settings>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{final_sect}</w:body></w:document>'
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + ''.join(ct) + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', STYLES.replace('{font}', font).replace('{sz}', str(sz)))
        z.writestr('word/settings.xml', settings)
        for k, v in parts.items():
            z.writestr(k, v)


def fig(value, unit, goal, context):
    return {'value': value, 'unit': unit, 'goal': goal, 'context': context}


def fb(text, section, goal, label):
    return {'text': text, 'section': section, 'goal': goal, 'label': label, 'confidence': None}


def write_gold(stem, acta, layout, notes):
    """acta: dict with session, coordinator, attendance, strategies, agreements, next_session."""
    g = {'source': {'file': stem, 'sha256': '0' * 64, 'format': 'docx', 'pages': None}}
    for k in ('session', 'coordinator', 'attendance', 'strategies', 'agreements', 'next_session'):
        g[k] = acta.get(k)
    for s in g['strategies']:
        st = [x['report_status'] for x in s['goals']]
        s['report_status'] = 'reported' if all(x == 'reported' for x in st) else (
            'not_reported' if all(x == 'not_reported' for x in st) else 'partial')
        for x in s['goals']:
            if x['report_status'] == 'not_reported':
                x['report'] = None
    g['warnings'] = []
    g['corpus'] = {'layout': layout, 'origin': 'blind-e', 'notes': notes}
    with open(os.path.join(OUT, stem + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write('\n')


def goal(id, text, indicator, executor, key, report=None, status=None):
    return {'id': id, 'text': text, 'indicator': indicator, 'executor': executor, 'executor_key': key,
            'report_status': status or ('reported' if report else 'not_reported'), 'report': report}


def att(name, inst, key, sector):
    return {'name': name, 'institution': inst, 'institution_key': key, 'sector': sector}
