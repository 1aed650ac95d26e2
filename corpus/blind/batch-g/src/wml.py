"""Minimal WordprocessingML writer (Python 3 standard library only).

Runs are written with a tiny mini-language so that content strings stay plain text:
  '\n'  -> soft line break (w:br)
  '\t'  -> tab (w:tab)
Runs may also be given as tuples: ('b', text) bold, ('i', text) italic, ('bi', text),
('ins', text) tracked insertion, ('del', text) tracked deletion, ('fn', id) footnote
reference, ('field', 'PAGE') a simple field, ('sup', text) superscript.
"""
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')

_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def _text_runs(text, rpr=''):
    """plain text -> runs with w:br and w:tab."""
    out = []
    buf = ''
    parts = []
    for ch in text:
        if ch in '\n\t':
            if buf:
                parts.append(('t', buf))
                buf = ''
            parts.append(('br' if ch == '\n' else 'tab', ''))
        else:
            buf += ch
    if buf:
        parts.append(('t', buf))
    inner = ''
    for kind, val in parts:
        if kind == 't':
            inner += '<w:t xml:space="preserve">%s</w:t>' % escape(val)
        elif kind == 'br':
            inner += '<w:br/>'
        else:
            inner += '<w:tab/>'
    if not inner:
        return ''
    return '<w:r>%s%s</w:r>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', inner)


def runs(items, base_rpr=''):
    if isinstance(items, str):
        items = [items]
    xml = ''
    for it in items:
        if isinstance(it, str):
            xml += _text_runs(it, base_rpr)
            continue
        kind, val = it[0], it[1]
        if kind == 'b':
            xml += _text_runs(val, base_rpr + '<w:b/>')
        elif kind == 'i':
            xml += _text_runs(val, base_rpr + '<w:i/>')
        elif kind == 'bi':
            xml += _text_runs(val, base_rpr + '<w:b/><w:i/>')
        elif kind == 'u':
            xml += _text_runs(val, base_rpr + '<w:u w:val="single"/>')
        elif kind == 'sup':
            xml += _text_runs(val, base_rpr + '<w:vertAlign w:val="superscript"/>')
        elif kind == 'ins':
            xml += '<w:ins w:id="%d" w:author="Relatoría" w:date="2021-03-10T12:00:00Z">%s</w:ins>' % (
                _rid(), _text_runs(val, base_rpr))
        elif kind == 'del':
            r = _text_runs(val, base_rpr).replace('<w:t ', '<w:delText ').replace('</w:t>', '</w:delText>')
            xml += '<w:del w:id="%d" w:author="Relatoría" w:date="2021-03-10T12:00:00Z">%s</w:del>' % (_rid(), r)
        elif kind == 'fn':
            xml += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    '<w:footnoteReference w:id="%d"/></w:r>' % val)
        elif kind == 'field':
            xml += ('<w:fldSimple w:instr=" %s "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % val)
        elif kind == 'raw':
            xml += val
        else:
            raise ValueError(kind)
    return xml


def p(items='', style=None, align=None, num=None, keep=False, before=None, after=None,
      ind=None, sect=None, rpr='', page_break_before=False, shade=None, ppr_extra=''):
    ppr = ''
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += '<w:keepNext/>'
    if page_break_before:
        ppr += '<w:pageBreakBefore/>'
    if num:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
    if shade:
        ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if before is not None or after is not None:
        ppr += '<w:spacing%s%s/>' % (' w:before="%d"' % before if before is not None else '',
                                     ' w:after="%d"' % after if after is not None else '')
    if ind:
        ppr += '<w:ind w:left="%d"%s/>' % (ind[0], (' w:hanging="%d"' % ind[1]) if len(ind) > 1 else '')
    if align:
        ppr += '<w:jc w:val="%s"/>' % align
    ppr += ppr_extra
    if sect:
        ppr += sect
    return '<w:p>%s%s</w:p>' % (('<w:pPr>%s</w:pPr>' % ppr) if ppr else '', runs(items, rpr))


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def cell(content, width=None, span=1, vmerge=None, shade=None, valign=None, nested=False):
    """content: list of paragraph/table xml strings, or a str (one paragraph)."""
    if isinstance(content, str):
        content = [content] if content.startswith('<w:') else [p(content)]
    elif isinstance(content, tuple):
        content = [p([content])]
    body = ''.join(content)
    if not body.endswith('</w:p>'):
        body += '<w:p/>'  # a cell must end with a paragraph
    tcpr = ''
    if width:
        tcpr += '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == 'restart':
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        tcpr += '<w:vMerge/>'
    if shade:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if valign:
        tcpr += '<w:vAlign w:val="%s"/>' % valign
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, body)


def table(rows, widths, borders=True, header_rows=0, layout_fixed=True, inside_only=False, indent=0):
    """rows: list of rows; a row is a list of cell() strings, or ('hdr', [cells]) to repeat as header."""
    if borders:
        b = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                    for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    elif inside_only:
        b = ('<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="nil"/>')
    else:
        b = ''.join('<w:%s w:val="nil"/>' % s for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    tblpr = ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblBorders>%s</w:tblBorders>%s'
             '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
             '</w:tblPr>') % (sum(widths), ('<w:tblInd w:w="%d" w:type="dxa"/>' % indent) if indent else '', b,
                              '<w:tblLayout w:type="fixed"/>' if layout_fixed else '')
    grid = '<w:tblGrid>%s</w:tblGrid>' % ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)
    body = ''
    for i, row in enumerate(rows):
        trpr = '<w:cantSplit/>' if False else ''
        if i < header_rows:
            trpr += '<w:tblHeader/>'
        body += '<w:tr>%s%s</w:tr>' % (('<w:trPr>%s</w:trPr>' % trpr) if trpr else '', ''.join(row))
    return '<w:tbl>%s%s%s</w:tbl>' % (tblpr, grid, body)


def textbox(paragraphs, width_pt=460, height_pt=90, border=True):
    inner = ''.join(paragraphs)
    return ('<w:p><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="tb%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
            'style="width:%dpt;height:%dpt" %s><v:textbox><w:txbxContent>%s</w:txbxContent>'
            '</v:textbox></v:shape></w:pict></w:r></w:p>') % (
        _rid(), _rid(), width_pt, height_pt, 'strokecolor="#1F3864"' if border else 'stroked="f"', inner)


def sect_pr(landscape=False, header=None, footer=None, cols=1, first_header=None, title_pg=False,
            section_type=None, margins=(1134, 1134, 1134, 1134)):
    w, h = (16838, 11906) if landscape else (11906, 16838)
    x = ''
    if header:
        x += '<w:headerReference w:type="default" r:id="%s"/>' % header
    if first_header:
        x += '<w:headerReference w:type="first" r:id="%s"/>' % first_header
    if footer:
        x += '<w:footerReference w:type="default" r:id="%s"/>' % footer
    if section_type:
        x += '<w:type w:val="%s"/>' % section_type
    x += '<w:pgSz w:w="%d" w:h="%d"%s/>' % (w, h, ' w:orient="landscape"' if landscape else '')
    t, r, b, l = margins
    x += '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/>' % (t, r, b, l)
    if cols > 1:
        x += '<w:cols w:num="%d" w:space="425"/>' % cols
    if title_pg:
        x += '<w:titlePg/>'
    return '<w:sectPr>%s</w:sectPr>' % x


STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="es-MX"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Tabla chica"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="%d"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''


def numbering_xml(defs):
    """defs: {numId: [(fmt, lvlText, indent), ...levels]} fmt e.g. decimal, bullet, lowerLetter, upperRoman."""
    absx, nums = '', ''
    for num_id, levels in defs.items():
        lv = ''
        for i, (fmt, text, ind) in enumerate(levels):
            rpr = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if (fmt == 'bullet' and text == '\uf0b7') else ''
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>') % (
                i, fmt, escape(text), ind, rpr)
        absx += '<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="%s"/>%s</w:abstractNum>' % (
            num_id, 'multilevel' if len(levels) > 1 else 'singleLevel', lv)
        nums += '<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, num_id)
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>' % (W_NS, absx, nums)


def write_docx(path, body, sect, headers=None, footers=None, footnotes=None, numbering=None,
               font='Calibri', size=22, small=18, track_view_final=False, title='Acta'):
    """headers/footers: {rid: [paragraph xml]}; footnotes: {id: text}."""
    headers = headers or {}
    footers = footers or {}
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    files = {}
    for kind, parts in (('header', headers), ('footer', footers)):
        for i, (rid, paras) in enumerate(parts.items(), 1):
            name = '%s%d.xml' % (kind, i)
            files['word/' + name] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     '<w:%s %s>%s</w:%s>') % ('hdr' if kind == 'header' else 'ftr', W_NS,
                                                              ''.join(paras), 'hdr' if kind == 'header' else 'ftr')
            ct.append('<Override PartName="/word/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/>' % (name, kind))
            rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>' % (rid, kind, name))
    if numbering:
        files['word/numbering.xml'] = numbering_xml(numbering)
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
    if footnotes:
        fx = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in footnotes.items():
            fx += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>') % (fid, escape(text))
        files['word/footnotes.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (W_NS, fx)
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
    settings = '<w:zoom w:percent="100"/>'
    if track_view_final:
        settings += '<w:revisionView w:markup="false" w:insDel="false"/><w:trackRevisions/>'
    settings += '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
    if footnotes:
        settings += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    settings += '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    files['word/settings.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s</w:settings>' % (W_NS, settings)
    files['word/styles.xml'] = STYLES % (W_NS, font, font, font, size, size, small)
    files['word/document.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                  '<w:document %s><w:body>%s%s</w:body></w:document>') % (W_NS, body, sect)
    files['word/_rels/document.xml.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>') % ''.join(rels)
    files['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '</Relationships>')
    files['docProps/core.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
                                  '<dc:creator>Secretaría Técnica</dc:creator></cp:coreProperties>') % escape(title)
    files['[Content_Types].xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>') % ''.join(ct)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in files if k not in ('[Content_Types].xml', '_rels/.rels')):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[name])
