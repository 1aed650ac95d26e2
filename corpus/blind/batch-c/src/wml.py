"""Minimal raw WordprocessingML writer (stdlib only) for blind batch C.
Inline markup in text strings (rendered to runs; plain() gives the final text for the gold):
  [[ins:text]] tracked insertion    [[del:text]] tracked deletion (absent from plain)
  [[fn:note]]  footnote reference   [[en:note]] endnote reference (notes absent from plain)
  [[cm:comment|anchored text]]      comment around anchored text (comment absent from plain)
  [[b:text]] bold   [[i:text]] italic   [[u:text]] underline   [[sup:text]] superscript
  [[br]] soft line break (plain: space)   [[tab]] tab (plain: space)
  [[link:url|text]] hyperlink        [[fld:INSTR|cached]] complex field (plain: cached)
  [[sfld:INSTR|cached]] simple field [[sdt:Alias|text]] inline content control
  ¦  run split (mid-word, as Word leaves after edits; plain: nothing)
"""
import re, zipfile, datetime
from xml.sax.saxutils import escape

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
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')

TOKEN = re.compile(r'\[\[(ins|del|fn|en|cm|b|i|u|sup|br|tab|link|fld|sfld|sdt)(?::(.*?))?\]\]|¦', re.S)

def plain(s):
    """Final text of a marked-up string, whitespace collapsed."""
    def rep(m):
        if m.group(0) == '¦': return ''
        k, a = m.group(1), m.group(2)
        if k in ('del', 'fn', 'en'): return ''
        if k in ('br', 'tab'): return ' '
        if k in ('cm', 'link', 'fld', 'sfld', 'sdt'): return a.split('|', 1)[1]
        return a
    t = TOKEN.sub(rep, s)
    return ' '.join(t.split())

def esc(t):
    return escape(t)

class Doc:
    def __init__(self, author='Secretaría Técnica'):
        self.author = author
        self.footnotes = []   # (id, xml paragraphs)
        self.endnotes = []
        self.comments = []
        self.rels = []        # (rid, type, target, external)
        self.nums = []        # (numId, abstractId)
        self.rev = 100
        self.docpr = 1
        self.sdtid = 700000
        self.header = None; self.footer = None
        self.date = '2019-01-01T10:00:00Z'

    # ---------- runs ----------
    def rpr(self, b=False, i=False, u=False, sup=False, size=None, caps=False, style=None, color=None):
        x = ''
        if style: x += f'<w:rStyle w:val="{style}"/>'
        if b: x += '<w:b/><w:bCs/>'
        if i: x += '<w:i/><w:iCs/>'
        if caps: x += '<w:caps/>'
        if color: x += f'<w:color w:val="{color}"/>'
        if size: x += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        if u: x += '<w:u w:val="single"/>'
        if sup: x += '<w:vertAlign w:val="superscript"/>'
        return f'<w:rPr>{x}</w:rPr>' if x else ''

    def t(self, text, fmt, deleted=False):
        tag = 'w:delText' if deleted else 'w:t'
        out = ''
        # nbsp stays a character; split on tabs already handled by markup
        return f'<w:r>{self.rpr(**fmt)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'

    def runs(self, s, **fmt):
        out = []; pos = 0
        for m in TOKEN.finditer(s):
            if m.start() > pos: out.append(self.t(s[pos:m.start()], fmt))
            pos = m.end()
            if m.group(0) == '¦': continue
            k, a = m.group(1), m.group(2)
            if k == 'ins':
                self.rev += 1
                out.append(f'<w:ins w:id="{self.rev}" w:author="{self.author}" w:date="{self.date}">{self.runs(a, **fmt)}</w:ins>')
            elif k == 'del':
                self.rev += 1
                out.append(f'<w:del w:id="{self.rev}" w:author="{self.author}" w:date="{self.date}">{self.t(a, fmt, deleted=True)}</w:del>')
            elif k in ('fn', 'en'):
                lst = self.footnotes if k == 'fn' else self.endnotes
                nid = len(lst) + 1
                lst.append((nid, a))
                tag = 'footnoteReference' if k == 'fn' else 'endnoteReference'
                st = 'FootnoteReference' if k == 'fn' else 'EndnoteReference'
                out.append(f'<w:r><w:rPr><w:rStyle w:val="{st}"/><w:vertAlign w:val="superscript"/></w:rPr><w:{tag} w:id="{nid}"/></w:r>')
            elif k == 'cm':
                note, anchored = a.split('|', 1)
                cid = len(self.comments)
                self.comments.append((cid, note))
                out.append(f'<w:commentRangeStart w:id="{cid}"/>{self.runs(anchored, **fmt)}<w:commentRangeEnd w:id="{cid}"/>'
                           f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            elif k in ('b', 'i', 'u', 'sup'):
                f2 = dict(fmt); f2[k] = True
                out.append(self.runs(a, **f2))
            elif k == 'br':
                out.append('<w:r><w:br/></w:r>')
            elif k == 'tab':
                out.append('<w:r><w:tab/></w:r>')
            elif k == 'link':
                url, txt = a.split('|', 1)
                rid = self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', url, True)
                f2 = dict(fmt); f2['style'] = 'Hyperlink'
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1">{self.runs(txt, **f2)}</w:hyperlink>')
            elif k == 'fld':
                instr, cached = a.split('|', 1)
                out.append(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                           f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{self.runs(cached, **fmt)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            elif k == 'sfld':
                instr, cached = a.split('|', 1)
                out.append(f'<w:fldSimple w:instr=" {esc(instr)} ">{self.runs(cached, **fmt)}</w:fldSimple>')
            elif k == 'sdt':
                alias, txt = a.split('|', 1)
                self.sdtid += 1
                out.append(f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/><w:id w:val="{self.sdtid}"/><w:text/></w:sdtPr>'
                           f'<w:sdtContent>{self.runs(txt, **fmt)}</w:sdtContent></w:sdt>')
        if pos < len(s): out.append(self.t(s[pos:], fmt))
        return ''.join(out)

    def comment_runs(self, note, s, **fmt):
        """comment around already marked-up text (nesting-safe)"""
        cid = len(self.comments)
        self.comments.append((cid, note))
        return (f'<w:commentRangeStart w:id="{cid}"/>{self.runs(s, **fmt)}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def rel(self, typ, target, external=False):
        rid = f'rId{len(self.rels) + 20}'
        self.rels.append((rid, typ, target, external))
        return rid

    # ---------- paragraphs ----------
    def p(self, s='', style=None, num=None, lvl=0, align=None, b=False, i=False, size=None, caps=False,
          ind=None, spacing=None, keep=False, sect=None, pagebreak=False, ppr_extra=''):
        ppr = ''
        if style: ppr += f'<w:pStyle w:val="{style}"/>'
        if keep: ppr += '<w:keepNext/>'
        if pagebreak: ppr += '<w:pageBreakBefore/>'
        if num is not None: ppr += f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>'
        if spacing: ppr += f'<w:spacing {spacing}/>'
        if ind: ppr += f'<w:ind {ind}/>'
        if align: ppr += f'<w:jc w:val="{align}"/>'
        ppr += ppr_extra
        if sect: ppr += sect
        fmt = dict(b=b, i=i, size=size, caps=caps)
        return f'<w:p><w:pPr>{ppr}</w:pPr>{self.runs(s, **fmt)}</w:p>'

    def sdt_block(self, alias, inner, date=None):
        self.sdtid += 1
        extra = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="es-MX"/>'
                 f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>') if date else ''
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/><w:id w:val="{self.sdtid}"/>{extra}</w:sdtPr>'
                f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')

    def sdt_date(self, alias, text, iso, **fmt):
        self.sdtid += 1
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/><w:id w:val="{self.sdtid}"/>'
                f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dddd, d \'de\' MMMM \'de\' yyyy"/><w:lid w:val="es-MX"/>'
                f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                f'<w:sdtContent>{self.runs(text, **fmt)}</w:sdtContent></w:sdt>')

    # ---------- numbering ----------
    ABSTRACT = {
        'decimal': ('decimal', '%1.', 'lowerLetter', '%2)'),
        'letter': ('lowerLetter', '%1)', 'lowerRoman', '%2.'),
        'roman': ('upperRoman', '%1.', 'decimal', '%2.'),
        'bullet': ('bullet', '•', 'bullet', '–'),
        'decimaldash': ('decimal', '%1.-', 'lowerLetter', '%2)'),
        'ordinal': ('upperLetter', '%1.', 'decimal', '%2.'),
    }
    def new_list(self, kind):
        aid = list(self.ABSTRACT).index(kind)
        nid = len(self.nums) + 1
        self.nums.append((nid, aid))
        return nid

    def numbering_xml(self):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>']
        for aid, (k, (f0, t0, f1, t1)) in enumerate(self.ABSTRACT.items()):
            lv = ''
            for il, (f, tx) in enumerate([(f0, t0), (f1, t1)]):
                font = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if False else ''
                left = 360 + 360 * il + (360 if k in ('roman', 'decimaldash') else 0)
                lv += (f'<w:lvl w:ilvl="{il}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{tx}"/>'
                       f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left + 360}" w:hanging="{360 + (360 if k in ("roman","decimaldash") else 0)}"/></w:pPr>{font}</w:lvl>')
            out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>')
        for nid, aid in self.nums:
            out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        out.append('</w:numbering>')
        return ''.join(out)

    # ---------- tables ----------
    @staticmethod
    def tc(content, w, span=1, vmerge=None, fill=None, valign=None, nowrap=False):
        pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
        if span > 1: pr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == 'restart': pr += '<w:vMerge w:val="restart"/>'
        elif vmerge: pr += '<w:vMerge/>'
        if fill: pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        if nowrap: pr += '<w:noWrap/>'
        if valign: pr += f'<w:vAlign w:val="{valign}"/>'
        if not content: content = '<w:p/>'
        return f'<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>'

    @staticmethod
    def tr(cells, header=False, cant_split=False):
        pr = ''
        if cant_split: pr += '<w:cantSplit/>'
        if header: pr += '<w:tblHeader/>'
        return f'<w:tr><w:trPr>{pr}</w:trPr>{"".join(cells)}</w:tr>'

    @staticmethod
    def table(rows, widths, borders=True, style=None, layout_fixed=True, indent=None):
        if borders:
            b = ''.join(f'<w:{x} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for x in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        else:
            b = ''.join(f'<w:{x} w:val="none" w:sz="0" w:space="0" w:color="auto"/>' for x in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        st = f'<w:tblStyle w:val="{style}"/>' if style else ''
        ind = f'<w:tblInd w:w="{indent}" w:type="dxa"/>' if indent else ''
        fixed = '<w:tblLayout w:type="fixed"/>' if layout_fixed else ''
        pr = (f'<w:tblPr>{st}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{ind}'
              f'<w:tblBorders>{b}</w:tblBorders>{fixed}'
              f'<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>')
        grid = '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
        return f'<w:tbl>{pr}{grid}{"".join(rows)}</w:tbl>'

    # ---------- text box ----------
    def textbox(self, paras_xml, width_pt=440, height_pt=80, align='center', border=True):
        self.docpr += 1
        n = self.docpr
        cx = int(width_pt * 12700); cy = int(height_pt * 12700)
        ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else '<a:ln><a:noFill/></a:ln>')
        choice = (f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
                  f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
                  f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
                  f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                  f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                  f'<wp:docPr id="{n}" name="Cuadro de texto {n}"/><wp:cNvGraphicFramePr/>'
                  f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                  f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                  f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln}</wps:spPr>'
                  f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
                  f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
                  f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
        stroke = '' if border else ' stroked="f"'
        fallback = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                    f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                    f'<v:shape id="Cuadro de texto {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
                    f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:{251658240 + n};'
                    f'mso-wrap-style:square;mso-position-horizontal:{align};mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;v-text-anchor:top" '
                    f'fillcolor="white"{stroke} strokeweight=".5pt"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
                    f'<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>')
        return f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>'

    # ---------- sections ----------
    def sectpr(self, landscape=False, cols=1, continuous=False, hdr=True):
        w, h = (15840, 12240) if landscape else (12240, 15840)
        refs = ''
        if hdr and self.header: refs += f'<w:headerReference w:type="default" r:id="{self.header_rid}"/>'
        if hdr and self.footer: refs += f'<w:footerReference w:type="default" r:id="{self.footer_rid}"/>'
        typ = '<w:type w:val="continuous"/>' if continuous else ''
        orient = ' w:orient="landscape"' if landscape else ''
        colx = f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="708"/>'
        return (f'<w:sectPr>{refs}{typ}<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
                f'<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>'
                f'{colx}<w:docGrid w:linePitch="360"/></w:sectPr>')

    def set_header(self, paras_xml):
        self.header = paras_xml
        self.header_rid = self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/header', 'header1.xml')

    def set_footer(self, paras_xml):
        self.footer = paras_xml
        self.footer_rid = self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer', 'footer1.xml')

    # ---------- package ----------
    def save(self, path, body_xml, final_sect=None, title='Acta'):
        if final_sect is None: final_sect = self.sectpr()
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body_xml}{final_sect}</w:body></w:document>'
        # notes/comments must be rendered after body (ids assigned during runs())
        fn_xml = en_xml = cm_xml = None
        extra_parts = []
        ct_over = []
        if self.footnotes:
            items = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                     '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
            done = set()
            i = 0
            while i < len(self.footnotes):
                nid, note = self.footnotes[i]; i += 1
                items += (f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                          f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                          f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{self.runs(note, size=18)}</w:p></w:footnote>')
            fn_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>{items}</w:footnotes>'
            self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes', 'footnotes.xml')
            ct_over.append(('/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'))
        if self.endnotes:
            items = ('<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                     '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>')
            for nid, note in self.endnotes:
                items += (f'<w:endnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
                          f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
                          f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{self.runs(note, size=18)}</w:p></w:endnote>')
            en_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {NS}>{items}</w:endnotes>'
            self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes', 'endnotes.xml')
            ct_over.append(('/word/endnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml'))
        if self.comments:
            items = ''
            for cid, note in self.comments:
                items += (f'<w:comment w:id="{cid}" w:author="{self.author}" w:date="{self.date}" w:initials="ST">'
                          f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                          f'{self.runs(note)}</w:p></w:comment>')
            cm_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{items}</w:comments>'
            self.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', 'comments.xml')
            ct_over.append(('/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'))
        hdr_xml = ftr_xml = None
        if self.header is not None:
            hdr_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{self.header}</w:hdr>'
            ct_over.append(('/word/header1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'))
        if self.footer is not None:
            ftr_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{self.footer}</w:ftr>'
            ct_over.append(('/word/footer1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'))
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>')
        for rid, typ, target, ext in self.rels:
            tm = ' TargetMode="External"' if ext else ''
            rels += f'<Relationship Id="{rid}" Type="{typ}" Target="{esc(target)}"{tm}/>'
        rels += '</Relationships>'
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              + ''.join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in ct_over) + '</Types>')
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(self.author)}</dc:creator></cp:coreProperties>')
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {NS}><w:zoom w:percent="100"/>'
                    + ('<w:revisionView w:markup="false" w:insDel="false" w:formatting="false"/><w:trackRevisions/>' if self.rev > 100 else '') +
                    '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    + ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if self.footnotes else '')
                    + ('<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if self.endnotes else '')
                    + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="es-MX"/></w:settings>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', ct)
            z.writestr('_rels/.rels', root_rels)
            z.writestr('docProps/core.xml', core)
            z.writestr('word/document.xml', doc)
            z.writestr('word/_rels/document.xml.rels', rels)
            z.writestr('word/styles.xml', STYLES)
            z.writestr('word/numbering.xml', self.numbering_xml())
            z.writestr('word/settings.xml', settings)
            if fn_xml: z.writestr('word/footnotes.xml', fn_xml)
            if en_xml: z.writestr('word/endnotes.xml', en_xml)
            if cm_xml: z.writestr('word/comments.xml', cm_xml)
            if hdr_xml: z.writestr('word/header1.xml', hdr_xml)
            if ftr_xml: z.writestr('word/footer1.xml', ftr_xml)

def _style(sid, name, typ='paragraph', ppr='', rpr='', based='Normal', extra=''):
    b = f'<w:basedOn w:val="{based}"/>' if based else ''
    return (f'<w:style w:type="{typ}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
            f'{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}</w:style>')

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
          '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="es-MX" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + _style('Normal', 'Normal', based=None, extra='<w:qFormat/>')
          + _style('Title', 'Title', ppr='<w:jc w:val="center"/><w:spacing w:after="200"/>', rpr='<w:b/><w:caps/><w:sz w:val="26"/>', extra='<w:qFormat/>')
          + _style('Heading1', 'heading 1', ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', rpr='<w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
          + _style('Heading2', 'heading 2', ppr='<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>', rpr='<w:b/><w:color w:val="2F5496"/><w:sz w:val="24"/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
          + _style('Heading3', 'heading 3', ppr='<w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/>', rpr='<w:b/><w:i/><w:sz w:val="22"/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
          + _style('Quote', 'Quote', ppr='<w:ind w:left="720" w:right="720"/><w:spacing w:before="80" w:after="120"/>', rpr='<w:i/><w:color w:val="404040"/>', extra='<w:qFormat/>')
          + _style('ListParagraph', 'List Paragraph', ppr='<w:ind w:left="720"/><w:contextualSpacing/>', extra='<w:qFormat/>')
          + _style('FootnoteText', 'footnote text', ppr='<w:spacing w:after="0"/>', rpr='<w:sz w:val="18"/>')
          + _style('EndnoteText', 'endnote text', ppr='<w:spacing w:after="0"/>', rpr='<w:sz w:val="18"/>')
          + _style('CommentText', 'annotation text', rpr='<w:sz w:val="20"/>')
          + _style('Header', 'header', ppr='<w:tabs><w:tab w:val="center" w:pos="4986"/><w:tab w:val="right" w:pos="9972"/></w:tabs><w:spacing w:after="0"/>')
          + _style('Footer', 'footer', ppr='<w:tabs><w:tab w:val="center" w:pos="4986"/><w:tab w:val="right" w:pos="9972"/></w:tabs><w:spacing w:after="0"/>', rpr='<w:sz w:val="16"/>')
          + _style('TableText', 'Texto tabla', ppr='<w:spacing w:after="40" w:line="240" w:lineRule="auto"/>', rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>')
          + _style('FootnoteReference', 'footnote reference', typ='character', rpr='<w:vertAlign w:val="superscript"/>', based=None)
          + _style('EndnoteReference', 'endnote reference', typ='character', rpr='<w:vertAlign w:val="superscript"/>', based=None)
          + _style('CommentReference', 'annotation reference', typ='character', rpr='<w:sz w:val="16"/>', based=None)
          + _style('Hyperlink', 'Hyperlink', typ='character', rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>', based=None)
          + '</w:styles>')
