"""Minimal WordprocessingML writer (standard library only) for blind batch D.

Everything is written as raw XML strings: paragraphs, runs, tables, numbering,
footnotes, comments, headers/footers and section properties."""
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')


def esc(s):
    return escape(s, {'"': '&quot;'})


def rpr(b=False, i=False, u=False, sz=None, caps=False, smallcaps=False, color=None, font=None,
        vert=None, style=None, highlight=None):
    x = ''
    if style:
        x += f'<w:rStyle w:val="{style}"/>'
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        x += '<w:b/><w:bCs/>'
    if i:
        x += '<w:i/><w:iCs/>'
    if caps:
        x += '<w:caps/>'
    if smallcaps:
        x += '<w:smallCaps/>'
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/>'
    if highlight:
        x += f'<w:highlight w:val="{highlight}"/>'
    if u:
        x += '<w:u w:val="single"/>'
    if vert:
        x += f'<w:vertAlign w:val="{vert}"/>'
    return f'<w:rPr>{x}</w:rPr>' if x else ''


def r(text, **fmt):
    """A run; '\t' becomes a tab, '\n' a soft line break (w:br)."""
    pr = rpr(**fmt)
    out = []
    parts = []
    buf = ''
    for ch in text:
        if ch in '\t\n':
            if buf:
                parts.append(('t', buf))
                buf = ''
            parts.append(('tab' if ch == '\t' else 'br', None))
        else:
            buf += ch
    if buf:
        parts.append(('t', buf))
    for kind, val in parts:
        if kind == 't':
            out.append(f'<w:t xml:space="preserve">{esc(val)}</w:t>')
        elif kind == 'tab':
            out.append('<w:tab/>')
        else:
            out.append('<w:br/>')
    return f'<w:r>{pr}{"".join(out)}</w:r>'


_rev = [100]


def tracked(text, author='Lic. Javier Olmos Treviño', **fmt):
    """Runs for text with {-deleted-} and {+inserted+} segments as w:del / w:ins revisions."""
    import re
    out = []
    for part in re.split(r'(\{-.*?-\}|\{\+.*?\+\})', text):
        if not part:
            continue
        _rev[0] += 1
        attrs = f'w:id="{_rev[0]}" w:author="{esc(author)}" w:date="2022-06-10T09:00:00Z"'
        if part.startswith('{-'):
            run = r(part[2:-2], **fmt).replace('<w:t xml:space="preserve">', '<w:delText xml:space="preserve">').replace('</w:t>', '</w:delText>')
            out.append(f'<w:del {attrs}>{run}</w:del>')
        elif part.startswith('{+'):
            out.append(f'<w:ins {attrs}>{r(part[2:-2], **fmt)}</w:ins>')
        else:
            out.append(r(part, **fmt))
    return ''.join(out)


def b(text, **fmt):
    return r(text, b=True, **fmt)


def i(text, **fmt):
    return r(text, i=True, **fmt)


def p(*runs, style=None, jc=None, num=None, ilvl=0, tabs=None, ind=None, before=None, after=None,
      keep_next=False, border_bottom=False, border_top=False, shade=None, sect=None, page_break_before=False,
      line=None, rfmt=None):
    """A paragraph. runs: strings (plain runs) or run XML (starting with '<')."""
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += '<w:keepNext/>'
    if page_break_before:
        ppr += '<w:pageBreakBefore/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if border_bottom or border_top:
        ppr += '<w:pBdr>'
        if border_top:
            ppr += '<w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
        if border_bottom:
            ppr += '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
        ppr += '</w:pBdr>'
    if shade:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if tabs:
        ppr += '<w:tabs>' + ''.join(
            f'<w:tab w:val="{t[1]}" w:leader="{t[2] if len(t) > 2 else "none"}" w:pos="{t[0]}"/>' for t in tabs) + '</w:tabs>'
    if before is not None or after is not None or line is not None:
        a = ''
        if before is not None:
            a += f' w:before="{before}"'
        if after is not None:
            a += f' w:after="{after}"'
        if line is not None:
            a += f' w:line="{line}" w:lineRule="auto"'
        ppr += f'<w:spacing{a}/>'
    if ind:
        left, hang = ind if isinstance(ind, tuple) else (ind, 0)
        if hang > 0:
            ppr += f'<w:ind w:left="{left}" w:hanging="{hang}"/>'
        elif hang < 0:
            ppr += f'<w:ind w:left="{left}" w:firstLine="{-hang}"/>'
        else:
            ppr += f'<w:ind w:left="{left}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if rfmt:
        ppr += rpr(**rfmt)
    if sect:
        ppr += sect
    body = ''.join(x if x.startswith('<') else r(x) for x in runs)
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{body}</w:p>'


BORDER_ALL = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>')
BORDER_NONE = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
               '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
BORDER_H = ('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:left w:val="nil"/>'
            '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:right w:val="nil"/>'
            '<w:insideH w:val="dotted" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="nil"/></w:tblBorders>')


def cell(*paras, span=1, vmerge=None, shade=None, textdir=None, valign=None, width=None, borders=None):
    """A table cell description (rendered by tbl)."""
    return dict(paras=[x if x.startswith('<w:p') or x.startswith('<w:tbl') else p(x) for x in paras] or [p()],
                span=span, vmerge=vmerge, shade=shade, textdir=textdir, valign=valign, width=width, borders=borders)


def tbl(rows, widths, borders='all', header_rows=0, jc=None, cant_split=False, indent=None, cell_margin=None):
    """rows: list of rows, a row a list of cells (cell() dicts or strings)."""
    bd = {'all': BORDER_ALL, 'none': BORDER_NONE, 'h': BORDER_H}[borders]
    tp = f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
    if jc:
        tp += f'<w:jc w:val="{jc}"/>'
    if indent:
        tp += f'<w:tblInd w:w="{indent}" w:type="dxa"/>'
    tp += bd + '<w:tblLayout w:type="fixed"/>'
    if cell_margin is not None:
        tp += (f'<w:tblCellMar><w:left w:w="{cell_margin}" w:type="dxa"/>'
               f'<w:right w:w="{cell_margin}" w:type="dxa"/></w:tblCellMar>')
    x = f'<w:tbl><w:tblPr>{tp}<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
    x += ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
    for ri, row in enumerate(rows):
        trpr = ''
        if ri < header_rows:
            trpr += '<w:tblHeader/>'
        if cant_split:
            trpr += '<w:cantSplit/>'
        x += '<w:tr>' + (f'<w:trPr>{trpr}</w:trPr>' if trpr else '')
        col = 0
        for c in row:
            if isinstance(c, str):
                c = cell(c)
            w = c['width'] or sum(widths[col:col + c['span']])
            tc = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if c['span'] > 1:
                tc += f'<w:gridSpan w:val="{c["span"]}"/>'
            if c['vmerge'] == 'restart':
                tc += '<w:vMerge w:val="restart"/>'
            elif c['vmerge'] == 'continue':
                tc += '<w:vMerge/>'
            if c['borders']:
                tc += c['borders']
            if c['shade']:
                tc += f'<w:shd w:val="clear" w:color="auto" w:fill="{c["shade"]}"/>'
            if c['textdir']:
                tc += f'<w:textDirection w:val="{c["textdir"]}"/>'
            if c['valign']:
                tc += f'<w:vAlign w:val="{c["valign"]}"/>'
            paras = ''.join(c['paras'])
            if not paras.endswith('</w:p>'):
                paras += '<w:p/>'
            x += f'<w:tc><w:tcPr>{tc}</w:tcPr>{paras}</w:tc>'
            col += c['span']
        x += '</w:tr>'
    return x + '</w:tbl>'


def sect(orient='portrait', cols=1, col_space=567, header=False, footer=False, kind=None, margins=(1417, 1418, 1417, 1418),
         title_pg=False, sep=False):
    w, h = (11906, 16838) if orient == 'portrait' else (16838, 11906)
    x = '<w:sectPr>'
    if header:
        x += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
    if footer:
        x += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    if kind:
        x += f'<w:type w:val="{kind}"/>'
    x += f'<w:pgSz w:w="{w}" w:h="{h}"' + (' w:orient="landscape"' if orient != 'portrait' else '') + '/>'
    top, right, bottom, left = margins
    x += (f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
          f'w:header="709" w:footer="709" w:gutter="0"/>')
    x += f'<w:cols w:num="{cols}" w:space="{col_space}"' + (' w:sep="1"' if sep else '') + '/>'
    if title_pg:
        x += '<w:titlePg/>'
    x += '</w:sectPr>'
    return x


STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {ns}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>
<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="es-MX" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
{extra}
</w:styles>'''


class Docx:
    """Collects the parts of one .docx and writes it."""

    def __init__(self, font='Arial', size=10, extra_styles=''):
        self.font, self.size, self.extra_styles = font, size, extra_styles
        self.abstract = []   # xml of abstractNum
        self.nums = []       # (numId, abstractId, start overrides)
        self.footnotes = []  # xml of footnote bodies
        self.comments = []
        self.header_xml = None
        self.footer_xml = None
        self.settings_extra = ''
        self.core_title = ''
        self.author = 'Secretaría Ejecutiva'

    def numbering(self, levels, multi=True):
        """levels: list of (numFmt, lvlText, left, hanging[, start[, bold]]). Returns a numId."""
        aid = len(self.abstract)
        x = f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="{"multilevel" if multi else "singleLevel"}"/>'
        for lvl, spec in enumerate(levels):
            fmt, text, left, hang = spec[:4]
            start = spec[4] if len(spec) > 4 else 1
            bold = spec[5] if len(spec) > 5 else False
            x += (f'<w:lvl w:ilvl="{lvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                  f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>'
                  + (f'<w:rPr><w:b/></w:rPr>' if bold else '') + '</w:lvl>')
        x += '</w:abstractNum>'
        self.abstract.append(x)
        nid = len(self.nums) + 1
        self.nums.append((nid, aid))
        return nid

    def footnote(self, text):
        """Returns the run XML of a footnote reference; text goes to footnotes.xml."""
        fid = len(self.footnotes) + 1
        self.footnotes.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'{r(" " + text)}</w:p></w:footnote>')
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'

    def comment(self, anchored_runs, text, author='Revisión SE'):
        """Wraps runs XML in a comment range; the comment text goes to comments.xml."""
        cid = len(self.comments)
        self.comments.append(
            f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="2020-01-01T00:00:00Z" w:initials="SE">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f'{r(text)}</w:p></w:comment>')
        return (f'<w:commentRangeStart w:id="{cid}"/>{anchored_runs}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def write(self, path, body_xml, final_sect):
        ns = W_NS
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>'
               f'{body_xml}{final_sect}</w:body></w:document>')
        styles = STYLES.format(ns=ns, font=self.font, sz=int(self.size * 2), extra=self.extra_styles)
        numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {ns}>'
                     + ''.join(self.abstract)
                     + ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>' for n, a in self.nums)
                     + '</w:numbering>')
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {ns}>'
                    f'{self.settings_extra}<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
        footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {ns}>'
                     '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                     '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                     + ''.join(self.footnotes) + '</w:footnotes>')
        comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {ns}>'
                    + ''.join(self.comments) + '</w:comments>')
        rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
                '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
                '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        files = {}
        if self.comments:
            rels.append('<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            files['word/comments.xml'] = comments
        if self.header_xml:
            rels.append('<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            files['word/header1.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {ns}>'
                                         f'{self.header_xml}</w:hdr>')
        if self.footer_xml:
            rels.append('<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            files['word/footer1.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {ns}>'
                                         f'{self.footer_xml}</w:ftr>')
        content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>' + ''.join(ct) + '</Types>')
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                     '</Relationships>')
        doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + ''.join(rels) + '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(self.core_title)}</dc:title><dc:creator>{esc(self.author)}</dc:creator>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created>'
                '</cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
               'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        files.update({'[Content_Types].xml': content_types, '_rels/.rels': root_rels,
                      'word/_rels/document.xml.rels': doc_rels, 'word/document.xml': doc,
                      'word/styles.xml': styles, 'word/numbering.xml': numbering, 'word/settings.xml': settings,
                      'word/footnotes.xml': footnotes, 'docProps/core.xml': core, 'docProps/app.xml': app})
        order = ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in files if k not in ('[Content_Types].xml', '_rels/.rels'))
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name])
