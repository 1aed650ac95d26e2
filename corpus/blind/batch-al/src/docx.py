# Minimal WordprocessingML writer (standard library only).
import zipfile
from xml.sax.saxutils import escape as _e
def esc(s): return _e(s).replace('\u00a0', '\u00a0')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(text, b=False, i=False, sz=None):
    rpr = ''
    if b or i or sz:
        rpr = '<w:rPr>' + ('<w:b/>' if b else '') + ('<w:i/>' if i else '') + (f'<w:sz w:val="{sz}"/>' if sz else '') + '</w:rPr>'
    parts = []
    for k, seg in enumerate(text.split('\n')):
        if k: parts.append('<w:br/>')
        for j, t in enumerate(seg.split('\t')):
            if j: parts.append('<w:tab/>')
            if t: parts.append(f'<w:t xml:space="preserve">{esc(t)}</w:t>')
    return f'<w:r>{rpr}{"".join(parts)}</w:r>'

def para(content, style=None, align=None, num=None, b=False, i=False, sz=None, keep=False, shade=None, pagebreak_before=False):
    ppr = ''
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if pagebreak_before: ppr += '<w:pageBreakBefore/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if shade: ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if align: ppr += f'<w:jc w:val="{align}"/>'
    body = run(content, b, i, sz) if isinstance(content, str) else ''.join(content)
    return f'<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>'

def cell(content, w=None, span=1, shade=None, vmerge=None, b=False):
    tcpr = ''
    if w: tcpr += f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge: tcpr += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == 'restart' else '<w:vMerge/>'
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if isinstance(content, str):
        inner = ''.join(para(x, b=b) for x in content.split('\n\n')) if content else '<w:p/>'
    else:
        inner = ''.join(content) or '<w:p/>'
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>'

def table(rows, widths, borders=True):
    b = ''.join(f'<w:{s} w:val="{"single" if borders else "nil"}" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top','left','bottom','right','insideH','insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = ''.join('<w:tr>' + ''.join(r) + '</w:tr>' for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl><w:p/>'

def sect(landscape=False, cols=1, header=True, footer=True, title_pg=False):
    w, h = (15840, 12240) if landscape else (12240, 15840)
    s = '<w:sectPr>'
    if header: s += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if footer: s += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    s += f'<w:pgSz w:w="{w}" w:h="{h}"' + (' w:orient="landscape"' if landscape else '') + '/>'
    s += '<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
    s += f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="708"/>'
    if title_pg: s += '<w:titlePg/>'
    return s + '</w:sectPr>'

def sect_para(**kw):  # section break inside body
    return f'<w:p><w:pPr>{sect(**kw)}</w:pPr></w:p>'

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:lang w:val="es-MX"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:color w:val="666666"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:ind w:left="220"/></w:pPr></w:style>
</w:styles>'''

def numbering(defs):
    # defs: list of (numId, [(fmt, lvlText, indent)] per level)
    abst, nums = '', ''
    for nid, lvls in defs:
        L = ''.join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr></w:lvl>' for k, (f, t, ind) in enumerate(lvls))
        abst += f'<w:abstractNum w:abstractNumId="{nid}">{L}</w:abstractNum>'
        nums += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{abst}{nums}</w:numbering>'

PAGE_FIELD = '<w:r><w:t xml:space="preserve">Página </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'

def write(path, body_xml, header_xml='', footer_xml='', numdefs=(), footnotes=None, settings_extra='', extra_rels=(), extra_parts=(), numbering_xml=None, font='Arial', size=20, endnotes=None):
    # extended for batch J: extra relationships (hyperlinks, comments) and parts (name, xml, content type)
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body_xml}</w:body></w:document>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
            '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
            '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
            '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>']
    rels += list(extra_rels)
    for name, _x, ctype in extra_parts:
        ct.append(f'<Override PartName="/word/{name}" ContentType="{ctype}"/>')
    if footnotes is not None:
        rels.append('<Relationship Id="rIdFN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if endnotes is not None:
        rels.append('<Relationship Id="rIdEN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>')
        ct.append('<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' + ''.join(ct) + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', STYLES.replace('"Arial"', '"%s"' % font).replace('<w:sz w:val="20"/><w:lang', '<w:sz w:val="%d"/><w:lang' % size))
        z.writestr('word/settings.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W}>{settings_extra}<w:defaultTabStop w:val="708"/></w:settings>')
        z.writestr('word/numbering.xml', numbering_xml or numbering(list(numdefs) or [(1, [('decimal', '%1.', 360)])]))
        for name, x, _c in extra_parts:
            z.writestr('word/' + name, x)
        z.writestr('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{header_xml or "<w:p/>"}</w:hdr>')
        z.writestr('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{footer_xml or "<w:p/>"}</w:ftr>')
        if footnotes is not None:
            fn = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            for k, t in enumerate(footnotes, 1):
                fn += f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            z.writestr('word/footnotes.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{fn}</w:footnotes>')
        if endnotes is not None:
            en = '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            for k, t in enumerate(endnotes, 1):
                en += f'<w:endnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:endnote>'
            z.writestr('word/endnotes.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W}>{en}</w:endnotes>')
