"""Minimal WordprocessingML writer (standard library only) for the blind batch.

Inline markup understood by Doc.runs() and plain():
  [[del:text]]          tracked deletion (not in final text)
  [[ins:text]]          tracked insertion (in final text)
  [[fn:text]]           footnote reference (note text not in body text)
  [[en:text]]           endnote reference
  [[cm:comment|anchor]] comment anchored on 'anchor' (anchor stays in text)
  [[link:url|text]]     hyperlink
  [[br]] [[tab]]        soft line break / tab (whitespace in final text)
  [[split]]             run boundary (no text): Word-like mid-word run split
  [[b:text]] [[i:text]] bold / italic run
"""
import re, zipfile, datetime
from xml.sax.saxutils import escape

TOK = re.compile(r"\[\[(del|ins|fn|en|cm|link|br|tab|split|b|i)(?::(.*?))?\]\]", re.S)

def esc(s):
    return escape(s, {'"': '&quot;'})

def plain(s):
    """Final text of a markup string, whitespace collapsed."""
    def rep(m):
        k, v = m.group(1), m.group(2)
        if k in ('del', 'fn', 'en', 'split'): return ''
        if k in ('br', 'tab'): return ' '
        if k in ('cm', 'link'): return v.split('|', 1)[1]
        return v
    t = TOK.sub(rep, s)
    return ' '.join(t.split())

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 wp14"')

NUMFMT = {
    'decimal': ('decimal', '%1.'),
    'decimalparen': ('decimal', '%1)'),
    'decimaldash': ('decimal', '%1.-'),
    'lowerLetter': ('lowerLetter', '%1)'),
    'upperRoman': ('upperRoman', '%1.'),
    'upperLetter': ('upperLetter', '%1.'),
    'bullet': ('bullet', '\u2022'),
    'dash': ('bullet', '\u2013'),
}

AUTHORS = ['Laura Vidal', 'Secretaría Técnica', 'ST-EP', 'Usuario de Windows', 'jmorales']


class Doc:
    def __init__(self, font='Arial', size=22, margins=(1418, 1418, 1418, 1701)):
        self.font, self.size, self.margins = font, size, margins
        self.footnotes, self.endnotes, self.comments = [], [], []
        self.rels = []          # (id, type, target, external)
        self.nums = []          # (numId, kind)
        self.headers, self.footers = [], []
        self.body = []
        self._id = 100
        self._rsid = 0
        self.rev_date = '2016-01-01T10:00:00Z'
        self.track_authors = AUTHORS

    def nid(self):
        self._id += 1
        return self._id

    def rsid(self):
        self._rsid += 1
        return '00%06X' % (0x3A1F20 + self._rsid * 7919 % 0xFFFFF)

    # ---------- runs ----------
    def rpr(self, b=False, i=False, sz=None, caps=False, color=None, u=False, font=None):
        x = ''
        if font: x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        if b: x += '<w:b/><w:bCs/>'
        if i: x += '<w:i/><w:iCs/>'
        if caps: x += '<w:caps/>'
        if color: x += f'<w:color w:val="{color}"/>'
        if sz: x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        if u: x += '<w:u w:val="single"/>'
        return f'<w:rPr>{x}</w:rPr>' if x else ''

    def t(self, text, rpr='', rsid=True):
        r = f' w:rsidR="{self.rsid()}"' if rsid else ''
        return f'<w:r{r}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

    def runs(self, s, rpr='', autosplit=False):
        out, pos = [], 0
        for m in TOK.finditer(s):
            if m.start() > pos:
                out.append(self._text_runs(s[pos:m.start()], rpr, autosplit))
            k, v = m.group(1), m.group(2)
            if k == 'del':
                a = self.track_authors[self.nid() % len(self.track_authors)]
                out.append(f'<w:del w:id="{self.nid()}" w:author="{a}" w:date="{self.rev_date}">'
                           f'<w:r>{rpr}<w:delText xml:space="preserve">{esc(v)}</w:delText></w:r></w:del>')
            elif k == 'ins':
                a = self.track_authors[self.nid() % len(self.track_authors)]
                out.append(f'<w:ins w:id="{self.nid()}" w:author="{a}" w:date="{self.rev_date}">'
                           f'{self.t(v, rpr)}</w:ins>')
            elif k == 'fn':
                fid = len(self.footnotes) + 1
                self.footnotes.append((fid, v))
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           f'<w:footnoteReference w:id="{fid}"/></w:r>')
            elif k == 'en':
                eid = len(self.endnotes) + 1
                self.endnotes.append((eid, v))
                out.append(f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                           f'<w:endnoteReference w:id="{eid}"/></w:r>')
            elif k == 'cm':
                ctext, anchor = v.split('|', 1)
                cid = len(self.comments)
                self.comments.append((cid, ctext))
                out.append(f'<w:commentRangeStart w:id="{cid}"/>' + self._text_runs(anchor, rpr, False) +
                           f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                           f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            elif k == 'link':
                url, text = v.split('|', 1)
                rid = self.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', url, True)
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                           f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:hyperlink>')
            elif k == 'br':
                out.append('<w:r><w:br/></w:r>')
            elif k == 'tab':
                out.append('<w:r><w:tab/></w:r>')
            elif k == 'split':
                pass
            elif k == 'b':
                out.append(self.t(v, '<w:rPr><w:b/><w:bCs/></w:rPr>'))
            elif k == 'i':
                out.append(self.t(v, '<w:rPr><w:i/><w:iCs/></w:rPr>'))
            pos = m.end()
        if pos < len(s):
            out.append(self._text_runs(s[pos:], rpr, autosplit))
        return ''.join(out)

    def _text_runs(self, text, rpr, autosplit):
        if not text:
            return ''
        if not autosplit or len(text) < 30:
            return self.t(text, rpr)
        # split mid-word every ~45 chars, as Word does after edits (rsid changes)
        parts, i = [], 0
        step = 37 + (len(text) % 11)
        while i < len(text):
            j = min(len(text), i + step)
            parts.append(text[i:j]); i = j
        return ''.join(self.t(p, rpr) for p in parts)

    # ---------- paragraphs ----------
    def p(self, s='', style=None, align=None, num=None, b=False, i=False, sz=None, caps=False,
          spacing_after=None, keep=False, ind=None, tabs=None, autosplit=False, sect=None, rpr_extra=None,
          shade=None, border=False):
        ppr = ''
        if style: ppr += f'<w:pStyle w:val="{style}"/>'
        if keep: ppr += '<w:keepNext/>'
        if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if border: ppr += ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
        if shade: ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        if tabs: ppr += '<w:tabs>' + ''.join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs) + '</w:tabs>'
        if spacing_after is not None: ppr += f'<w:spacing w:after="{spacing_after}"/>'
        if ind: ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>' if len(ind) == 2 else f'<w:ind w:left="{ind[0]}"/>'
        if align: ppr += f'<w:jc w:val="{align}"/>'
        rpr = self.rpr(b=b, i=i, sz=sz, caps=caps)
        if sect: ppr += sect
        ppr = f'<w:pPr>{ppr}</w:pPr>' if ppr else ''
        return f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}">{ppr}{self.runs(s, rpr, autosplit)}</w:p>'

    def raw_p(self, inner, style=None, align=None, sect=None):
        ppr = ''
        if style: ppr += f'<w:pStyle w:val="{style}"/>'
        if align: ppr += f'<w:jc w:val="{align}"/>'
        if sect: ppr += sect
        return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{inner}</w:p>'

    def add(self, *xs):
        self.body.extend(xs)

    # ---------- numbering ----------
    def num(self, kind):
        nid = len(self.nums) + 1
        self.nums.append((nid, kind))
        return nid

    # ---------- tables ----------
    def cell(self, content, w=None, span=None, vmerge=None, shade=None, valign=None, borders=None):
        """content: list of paragraph/table xml strings (or one string of markup)."""
        if isinstance(content, str):
            content = [self.p(content)]
        if not content:
            content = [self.p('')]
        tcpr = ''
        if w: tcpr += f'<w:tcW w:w="{w}" w:type="dxa"/>'
        if span: tcpr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == 'restart': tcpr += '<w:vMerge w:val="restart"/>'
        elif vmerge == 'continue': tcpr += '<w:vMerge/>'
        if borders: tcpr += borders
        if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        if valign: tcpr += f'<w:vAlign w:val="{valign}"/>'
        # a cell must end with a paragraph
        if content[-1].startswith('<w:tbl>'):
            content = content + [self.p('')]
        return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(content)}</w:tc>'

    def tbl(self, rows, widths, borders=True, header_rows=0, layout_fixed=True, cant_split=False, ind=None):
        """rows: list of lists of cell xml (from self.cell)."""
        if borders is True:
            b = ''.join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        elif borders == 'horiz':
            b = ''.join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="808080"/>' for e in ('top', 'bottom', 'insideH')) + \
                ''.join(f'<w:{e} w:val="none" w:sz="0" w:space="0" w:color="auto"/>' for e in ('left', 'right', 'insideV'))
        else:
            b = ''.join(f'<w:{e} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                        for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        tw = sum(widths)
        tblpr = (f'<w:tblPr><w:tblW w:w="{tw}" w:type="dxa"/>' + (f'<w:tblInd w:w="{ind}" w:type="dxa"/>' if ind else '') +
                 f'<w:tblBorders>{b}</w:tblBorders>' + ('<w:tblLayout w:type="fixed"/>' if layout_fixed else '') +
                 '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        grid = '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
        trs = []
        for k, r in enumerate(rows):
            trpr = ''
            if k < header_rows: trpr += '<w:tblHeader/>'
            if cant_split: trpr += '<w:cantSplit/>'
            trs.append(f'<w:tr w:rsidR="{self.rsid()}">' + (f'<w:trPr>{trpr}</w:trPr>' if trpr else '') + ''.join(r) + '</w:tr>')
        return f'<w:tbl>{tblpr}{grid}{"".join(trs)}</w:tbl>'

    # ---------- text box (DrawingML + VML fallback, as Word writes it) ----------
    def textbox(self, paras, w_cm=6.0, h_cm=2.0, anchor=True, pos_h_cm=10.0, pos_v_cm=0.0, rel_v='paragraph', border=True):
        inner = ''.join(paras)
        w, h = int(w_cm * 360000), int(h_cm * 360000)
        did = self.nid()
        ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else '<a:ln><a:noFill/></a:ln>')
        gdata = (f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                 f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                 f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
                 f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln}</wps:spPr>'
                 f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
                 f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
                 f'</wps:wsp></a:graphicData></a:graphic>')
        if anchor:
            drawing = (f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + did}" '
                       f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                       f'<wp:positionH relativeFrom="margin"><wp:posOffset>{int(pos_h_cm * 360000)}</wp:posOffset></wp:positionH>'
                       f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{int(pos_v_cm * 360000)}</wp:posOffset></wp:positionV>'
                       f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                       f'<wp:docPr id="{did}" name="Cuadro de texto {did}"/><wp:cNvGraphicFramePr/>{gdata}</wp:anchor>')
            style = (f'position:absolute;margin-left:{pos_h_cm}cm;margin-top:{pos_v_cm}cm;width:{w_cm}cm;height:{h_cm}cm;z-index:{did};'
                     'mso-position-horizontal-relative:margin;mso-position-vertical-relative:' + rel_v)
        else:
            drawing = (f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                       f'<wp:docPr id="{did}" name="Cuadro de texto {did}"/><wp:cNvGraphicFramePr/>{gdata}</wp:inline>')
            style = f'width:{w_cm}cm;height:{h_cm}cm'
        return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{drawing}</w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="Cuadro_{did}" o:spid="_x0000_s{did}" type="#_x0000_t202" style="{style}" '
                f'stroked="{"t" if border else "f"}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
                f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')

    # ---------- content controls ----------
    def sdt_run(self, text, alias, kind='text', date_iso=None, placeholder=False, rpr=''):
        sid = self.nid()
        pr = f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower().replace(" ", "_"))}"/><w:id w:val="{sid}"/>'
        if placeholder:
            pr += '<w:showingPlcHdr/>'
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        if kind == 'date':
            pr += (f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="dddd, d \'de\' MMMM \'de\' yyyy"/>'
                   '<w:lid w:val="es-MX"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        elif kind == 'combo':
            pr += '<w:comboBox><w:listItem w:displayText="' + esc(text) + '" w:value="' + esc(text) + '"/></w:comboBox>'
        else:
            pr += '<w:text/>'
        return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{self.runs(text, rpr)}</w:sdtContent></w:sdt>'

    def sdt_block(self, paras, alias):
        sid = self.nid()
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/><w:id w:val="{sid}"/>'
                f'<w:richText/></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')

    # ---------- fields ----------
    def fld_simple(self, instr, result, rpr=''):
        return f'<w:fldSimple w:instr=" {esc(instr)} "><w:r>{rpr}<w:t xml:space="preserve">{esc(result)}</w:t></w:r></w:fldSimple>'

    def fld_complex(self, instr, result, rpr=''):
        return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{rpr}<w:t xml:space="preserve">{esc(result)}</w:t></w:r>'
                f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')

    # ---------- sections / parts ----------
    def add_rel(self, typ, target, external=False):
        rid = f'rId{len(self.rels) + 20}'
        self.rels.append((rid, typ, target, external))
        return rid

    def header(self, paras):
        n = len(self.headers) + 1
        self.headers.append((n, ''.join(paras)))
        return self.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/header', f'header{n}.xml')

    def footer(self, paras):
        n = len(self.footers) + 1
        self.footers.append((n, ''.join(paras)))
        return self.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer', f'footer{n}.xml')

    def sectpr(self, landscape=False, cols=1, typ=None, hdr=None, ftr=None, first_hdr=None):
        w, h = (16838, 11906) if landscape else (11906, 16838)
        x = ''
        if hdr: x += f'<w:headerReference w:type="default" r:id="{hdr}"/>'
        if first_hdr: x += f'<w:headerReference w:type="first" r:id="{first_hdr}"/>'
        if ftr: x += f'<w:footerReference w:type="default" r:id="{ftr}"/>'
        if typ: x += f'<w:type w:val="{typ}"/>'
        orient = ' w:orient="landscape"' if landscape else ''
        x += f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
        t, r, b, l = self.margins
        x += f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="709" w:footer="709" w:gutter="0"/>'
        x += f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="708"/>'
        if first_hdr: x += '<w:titlePg/>'
        x += '<w:docGrid w:linePitch="360"/>'
        return f'<w:sectPr w:rsidR="{self.rsid()}">{x}</w:sectPr>'

    # ---------- package ----------
    def _styles(self):
        f, s = self.font, self.size
        def pstyle(sid, name, extra_p='', extra_r='', based='Normal'):
            return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
                    f'<w:qFormat/><w:pPr>{extra_p}</w:pPr><w:rPr>{extra_r}</w:rPr></w:style>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}"/>'
                f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="es-MX" w:eastAsia="es-MX" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                + pstyle('Ttulo1', 'heading 1', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:bCs/><w:sz w:val="26"/>')
                + pstyle('Ttulo2', 'heading 2', '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>', '<w:b/><w:bCs/><w:sz w:val="23"/>')
                + pstyle('Ttulo3', 'heading 3', '<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="2"/>', '<w:b/><w:i/>')
                + pstyle('Ttulo', 'Title', '<w:jc w:val="center"/><w:spacing w:after="200"/>', '<w:b/><w:caps/><w:sz w:val="28"/>')
                + pstyle('Prrafodelista', 'List Paragraph', '<w:ind w:left="720"/><w:contextualSpacing/>')
                + pstyle('Sinespaciado', 'No Spacing', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
                + pstyle('Encabezado', 'header', '<w:tabs><w:tab w:val="center" w:pos="4419"/><w:tab w:val="right" w:pos="8838"/></w:tabs><w:spacing w:after="0"/>')
                + pstyle('Piedepgina', 'footer', '<w:tabs><w:tab w:val="center" w:pos="4419"/><w:tab w:val="right" w:pos="8838"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="16"/>')
                + pstyle('Textonotapie', 'footnote text', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/>')
                + pstyle('Textocomentario', 'annotation text', '', '<w:sz w:val="20"/>')
                + pstyle('Tabla', 'Table text', '<w:spacing w:after="40" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/>')
                + pstyle('Firma', 'Signature', '<w:spacing w:after="0"/><w:jc w:val="center"/>')
                + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="Tablanormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                '</w:styles>')

    def _numbering(self):
        abstract, nums = [], []
        for nid, kind in self.nums:
            fmt, txt = NUMFMT[kind]
            lvls = []
            for lv in range(3):
                if lv == 0:
                    f0, t0 = fmt, txt
                elif lv == 1:
                    f0, t0 = 'lowerLetter', '%2)'
                else:
                    f0, t0 = 'lowerRoman', '%3.'
                left = 720 + 360 * lv
                rfont = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if (f0 == 'bullet' and t0 == '\u00b7') else ''
                lvls.append(f'<w:lvl w:ilvl="{lv}"><w:start w:val="1"/><w:numFmt w:val="{f0}"/><w:lvlText w:val="{t0}"/>'
                            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{rfont}</w:lvl>')
            abstract.append(f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType w:val="hybridMultilevel"/>{"".join(lvls)}</w:abstractNum>')
            nums.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                + ''.join(abstract) + ''.join(nums) + '</w:numbering>')

    def _notes(self, tag, items):
        sep = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>'
               f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
        ref = 'FootnoteReference' if tag == 'footnote' else 'EndnoteReference'
        mark = 'footnoteRef' if tag == 'footnote' else 'endnoteRef'
        body = ''.join(f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="Textonotapie"/></w:pPr><w:r><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{mark}/></w:r>'
                       f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:{tag}>' for i, t in items)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s {NS}>{sep}{body}</w:{tag}s>')

    def _comments(self):
        body = ''
        for cid, text in self.comments:
            a = self.track_authors[cid % len(self.track_authors)]
            ini = ''.join(x[0] for x in a.split() if x[0].isalpha()).upper()[:3]
            body += (f'<w:comment w:id="{cid}" w:author="{esc(a)}" w:date="{self.rev_date}" w:initials="{ini}">'
                     f'<w:p><w:pPr><w:pStyle w:val="Textocomentario"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                     f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{body}</w:comments>'

    def save(self, path, final_sect, title='Acta', author='Secretaría Técnica'):
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
               + ''.join(self.body) + final_sect + '</w:body></w:document>')
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        for n, _ in self.headers:
            ct.append(f'<Override PartName="/word/header{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        for n, _ in self.footers:
            ct.append(f'<Override PartName="/word/footer{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        ct.append('</Types>')
        R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        rels = [('rId1', R + 'styles', 'styles.xml', False), ('rId2', R + 'settings', 'settings.xml', False),
                ('rId3', R + 'numbering', 'numbering.xml', False), ('rId4', R + 'footnotes', 'footnotes.xml', False),
                ('rId5', R + 'endnotes', 'endnotes.xml', False)]
        if self.comments:
            rels.append(('rId6', R + 'comments', 'comments.xml', False))
        rels += self.rels
        relxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + ''.join(f'<Relationship Id="{i}" Type="{t}" Target="{esc(g)}"' + (' TargetMode="External"' if e else '') + '/>' for i, t, g, e in rels)
                  + '</Relationships>')
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    '<w:zoom w:percent="100"/><w:revisionView w:markup="0" w:insDel="0" w:formatting="0"/>'
                    '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="es-MX"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
        now = '2017-01-01T00:00:00Z'
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator><cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy>'
                f'<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{self.rev_date}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.rev_date}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application><AppVersion>15.0000</AppVersion></Properties>')
        pkg_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                    '</Relationships>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', ''.join(ct))
            z.writestr('_rels/.rels', pkg_rels)
            z.writestr('docProps/core.xml', core)
            z.writestr('docProps/app.xml', app)
            z.writestr('word/document.xml', doc)
            z.writestr('word/_rels/document.xml.rels', relxml)
            z.writestr('word/styles.xml', self._styles())
            z.writestr('word/settings.xml', settings)
            z.writestr('word/numbering.xml', self._numbering())
            z.writestr('word/footnotes.xml', self._notes('footnote', self.footnotes))
            z.writestr('word/endnotes.xml', self._notes('endnote', self.endnotes))
            if self.comments:
                z.writestr('word/comments.xml', self._comments())
            for n, x in self.headers:
                z.writestr(f'word/header{n}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{x}</w:hdr>')
            for n, x in self.footers:
                z.writestr(f'word/footer{n}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{x}</w:ftr>')
