"""Minimal raw WordprocessingML writer (standard library only).

Inline text is a "segment list": a str, or a list whose items are
  str                      plain text (runs are split mid-word now and then, as Word does)
  ("b", s) / ("i", s) / ("u", s)   formatted text
  ("ins", s) / ("del", s)  tracked insertion / deletion (gold keeps ins, drops del)
  ("fn", note) / ("en", note)      footnote / endnote reference (note text not in gold)
  ("cm", anchor, comment)  comment range over anchor text (anchor in gold, comment not)
  ("br",) ("tab",) ("nb",) soft line break, tab, non-breaking space (gold: one space)
  ("link", s, url)         hyperlink
  ("sdt", s, alias)        run-level content control holding s
  ("sdtdate", s, alias, iso)  date picker content control
  ("ph", placeholder, alias)  content control still showing its placeholder (not in gold)
  ("fld", instr, result)   simple field (gold: result)
"""
import random, re, zipfile
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
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def gold_text(segs):
    """The text a reader sees, whitespace collapsed (deletions, notes, placeholders dropped)."""
    if segs is None:
        return None
    if isinstance(segs, str):
        segs = [segs]
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
            continue
        k = s[0]
        if k in ("b", "i", "u", "ins", "link", "sdt", "sdtdate"):
            out.append(s[1])
        elif k == "cm":
            out.append(s[1])
        elif k in ("br", "tab", "nb"):
            out.append(" ")
        elif k == "fld":
            out.append(s[2])
        # del, fn, en, ph: nothing
    return re.sub(r"\s+", " ", "".join(out).replace("\u00a0", " ")).strip()


def t(s):
    sp = ' xml:space="preserve"' if (s != s.strip() or "  " in s) else ""
    return f"<w:t{sp}>{escape(s)}</w:t>"


class Doc:
    def __init__(self, seed, font="Arial", size=20, landscape=False, margins=(1134, 1134, 1134, 1134)):
        self.rnd = random.Random(seed)
        self.font, self.size = font, size
        self.landscape = landscape
        self.margins = margins
        self.rels = []          # (rid, type, target, external)
        self.comments = []
        self.footnotes = []
        self.endnotes = []
        self.nums = []          # (numId, abstractId)
        self.ids = 100
        self.header = None      # list of paragraph xml
        self.footer = None
        self.extra_styles = ""
        self.split_rate = 0.25
        self.author = "Secretaría Técnica"

    def nid(self):
        self.ids += 1
        return self.ids

    # ---------- runs ----------
    def rpr(self, b=False, i=False, u=False, sz=None, color=None, caps=False, style=None, shd=None):
        x = ""
        if style:
            x += f'<w:rStyle w:val="{style}"/>'
        if b:
            x += "<w:b/><w:bCs/>"
        if i:
            x += "<w:i/><w:iCs/>"
        if caps:
            x += "<w:caps/>"
        if color:
            x += f'<w:color w:val="{color}"/>'
        if sz:
            x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        if u:
            x += '<w:u w:val="single"/>'
        if shd:
            x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
        return f"<w:rPr>{x}</w:rPr>" if x else ""

    def plain_runs(self, s, rp=""):
        """Text as one or more runs; now and then split mid-word like Word after edits."""
        if not s:
            return ""
        pieces = [s]
        if len(s) > 12 and self.rnd.random() < self.split_rate:
            cut = self.rnd.randrange(3, len(s) - 3)
            pieces = [s[:cut], s[cut:]]
            if len(pieces[1]) > 20 and self.rnd.random() < 0.5:
                c2 = self.rnd.randrange(3, len(pieces[1]) - 3)
                pieces = [pieces[0], pieces[1][:c2], pieces[1][c2:]]
        out = []
        for p in pieces:
            rs = f' w:rsidR="00{self.rnd.randrange(16**6):06X}"' if len(pieces) > 1 else ""
            out.append(f"<w:r{rs}>{rp}{t(p)}</w:r>")
        return "".join(out)

    def runs(self, segs, **fmt):
        if segs is None:
            return ""
        if isinstance(segs, str):
            segs = [segs]
        rp = self.rpr(**fmt)
        out = []
        for s in segs:
            if isinstance(s, str):
                out.append(self.plain_runs(s, rp))
                continue
            k = s[0]
            if k in ("b", "i", "u"):
                f2 = dict(fmt)
                f2[k] = True
                out.append(self.plain_runs(s[1], self.rpr(**f2)))
            elif k == "ins":
                out.append(f'<w:ins w:id="{self.nid()}" w:author="{self.author}" w:date="2021-01-01T10:00:00Z">'
                           f'<w:r>{rp}{t(s[1])}</w:r></w:ins>')
            elif k == "del":
                out.append(f'<w:del w:id="{self.nid()}" w:author="{self.author}" w:date="2021-01-01T10:00:00Z">'
                           f'<w:r>{rp}<w:delText xml:space="preserve">{escape(s[1])}</w:delText></w:r></w:del>')
            elif k == "fn":
                fid = len(self.footnotes) + 1
                self.footnotes.append(s[1])
                out.append(f'<w:r><w:rPr><w:rStyle w:val="Refdenotaalpie"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>')
            elif k == "en":
                eid = len(self.endnotes) + 1
                self.endnotes.append(s[1])
                out.append(f'<w:r><w:rPr><w:rStyle w:val="Refdenotaalfinal"/></w:rPr><w:endnoteReference w:id="{eid}"/></w:r>')
            elif k == "cm":
                cid = len(self.comments)
                self.comments.append(s[2])
                out.append(f'<w:commentRangeStart w:id="{cid}"/>{self.plain_runs(s[1], rp)}<w:commentRangeEnd w:id="{cid}"/>'
                           f'<w:r><w:rPr><w:rStyle w:val="Refdecomentario"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            elif k == "br":
                out.append(f"<w:r>{rp}<w:br/></w:r>")
            elif k == "tab":
                out.append(f"<w:r>{rp}<w:tab/></w:r>")
            elif k == "nb":
                out.append(f"<w:r>{rp}{t(chr(160))}</w:r>")
            elif k == "link":
                rid = self.rel("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", s[2], True)
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hipervnculo"/></w:rPr>{t(s[1])}</w:r></w:hyperlink>')
            elif k == "sdt":
                i = self.nid()
                out.append(f'<w:sdt><w:sdtPr>{rp}<w:alias w:val="{escape(s[2])}"/><w:tag w:val="{escape(s[2].lower())}"/><w:id w:val="{1000000+i}"/><w:text/></w:sdtPr>'
                           f'<w:sdtContent><w:r>{rp}{t(s[1])}</w:r></w:sdtContent></w:sdt>')
            elif k == "sdtdate":
                i = self.nid()
                out.append(f'<w:sdt><w:sdtPr>{rp}<w:alias w:val="{escape(s[2])}"/><w:tag w:val="fecha"/><w:id w:val="{1000000+i}"/>'
                           f'<w:date w:fullDate="{s[3]}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="es-MX"/>'
                           f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                           f'<w:sdtContent><w:r>{rp}{t(s[1])}</w:r></w:sdtContent></w:sdt>')
            elif k == "ph":
                i = self.nid()
                out.append(f'<w:sdt><w:sdtPr><w:alias w:val="{escape(s[2])}"/><w:id w:val="{1000000+i}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                           f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="Textodelmarcadordeposicin"/></w:rPr>{t(s[1])}</w:r></w:sdtContent></w:sdt>')
            elif k == "raw":
                out.append(s[1])
            elif k == "fld":
                out.append(f'<w:fldSimple w:instr=" {s[1]} "><w:r>{rp}{t(s[2])}</w:r></w:fldSimple>')
            else:
                raise ValueError(k)
        return "".join(out)

    def rel(self, typ, target, external=False):
        rid = f"rId{100 + len(self.rels)}"
        self.rels.append((rid, typ, target, external))
        return rid

    # ---------- paragraphs ----------
    def p(self, segs="", style=None, num=None, lvl=0, align=None, b=False, i=False, sz=None, caps=False,
          before=None, after=None, ind=None, keep=False, sect=None, tabs=None, color=None, shd=None, brk_before=False):
        pp = ""
        if style:
            pp += f'<w:pStyle w:val="{style}"/>'
        if keep:
            pp += "<w:keepNext/>"
        if brk_before:
            pp += "<w:pageBreakBefore/>"
        if num is not None:
            pp += f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>'
        if shd:
            pp += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
        if tabs:
            pp += "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{x}"/>' for x in tabs) + "</w:tabs>"
        if before is not None or after is not None:
            pp += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 0}"/>'
        if ind:
            pp += f'<w:ind w:left="{ind}"/>'
        if align:
            pp += f'<w:jc w:val="{align}"/>'
        if sect:
            pp += sect
        ppr = f"<w:pPr>{pp}</w:pPr>" if pp else ""
        return f"<w:p>{ppr}{self.runs(segs, b=b, i=i, sz=sz, caps=caps, color=color)}</w:p>"

    # ---------- numbering ----------
    def num(self, abstract):
        """abstract: 0 decimal '1.', 1 lowerLetter 'a)', 2 upperRoman 'I.', 3 bullet, 4 decimal '1.-'"""
        nid = len(self.nums) + 1
        self.nums.append((nid, abstract))
        return nid

    # ---------- tables ----------
    def tbl(self, rows, widths, borders=True, layout_fixed=True, cell_margin=None, jc=None, inner_h=True, sz=4):
        """rows: list of rows; a row is a list of cells; a cell is dict(content=xml, span=1, vmerge=None|'restart'|'continue', shd=None, valign=None)
        or plain xml string."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        if borders:
            bd = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>' for e in ("top", "left", "bottom", "right", "insideV"))
            bd += f'<w:insideH w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>' if inner_h else '<w:insideH w:val="nil"/>'
        else:
            bd = "".join(f'<w:{e} w:val="none" w:sz="0" w:space="0" w:color="auto"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        tp = f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        if jc:
            tp += f'<w:jc w:val="{jc}"/>'
        tp += f"<w:tblBorders>{bd}</w:tblBorders>"
        if layout_fixed:
            tp += '<w:tblLayout w:type="fixed"/>'
        cm = cell_margin if cell_margin is not None else 70
        tp += f'<w:tblCellMar><w:left w:w="{cm}" w:type="dxa"/><w:right w:w="{cm}" w:type="dxa"/></w:tblCellMar>'
        tp += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        out = [f"<w:tbl><w:tblPr>{tp}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]
        for ri, row in enumerate(rows):
            hdr = ""
            if isinstance(row, dict):
                hdr = "<w:trPr><w:tblHeader/></w:trPr>" if row.get("header") else ""
                if row.get("cantsplit"):
                    hdr = "<w:trPr><w:cantSplit/></w:trPr>"
                row = row["cells"]
            out.append(f"<w:tr>{hdr}")
            col = 0
            for c in row:
                if isinstance(c, str):
                    c = {"content": c}
                span = c.get("span", 1)
                w = sum(widths[col:col + span])
                col += span
                tc = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tc += f'<w:gridSpan w:val="{span}"/>'
                if c.get("vmerge") == "restart":
                    tc += '<w:vMerge w:val="restart"/>'
                elif c.get("vmerge") == "continue":
                    tc += "<w:vMerge/>"
                if c.get("shd"):
                    tc += f'<w:shd w:val="clear" w:color="auto" w:fill="{c["shd"]}"/>'
                if c.get("valign"):
                    tc += f'<w:vAlign w:val="{c["valign"]}"/>'
                content = c.get("content") or "<w:p/>"
                if not content.rstrip().endswith("</w:p>"):
                    content += "<w:p/>"   # a cell must end with a paragraph (after a nested table)
                out.append(f"<w:tc><w:tcPr>{tc}</w:tcPr>{content}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    # ---------- text box ----------
    def textbox(self, paras_xml, width_in=6.5, height_in=1.0, border=True, name="Cuadro de texto"):
        i = self.nid()
        cx, cy = int(width_in * 914400), int(height_in * 914400)
        ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border
              else '<a:ln><a:noFill/></a:ln>')
        stroke = 'strokeweight=".75pt"' if border else 'stroked="f"'
        return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264+i}" '
                f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                f'<wp:docPr id="{i}" name="{name} {i}"/><wp:cNvGraphicFramePr/>'
                f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln}</wps:spPr>'
                f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
                f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
                f'<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="{name} {i}" o:spid="_x0000_s{1025+i}" type="#_x0000_t202" '
                f'style="position:absolute;margin-left:0;margin-top:0;width:{width_in*72:.0f}pt;height:{height_in*72:.0f}pt;z-index:{251659264+i};'
                f'visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;'
                f'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;'
                f'mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="white" {stroke}>'
                f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
                f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')

    # ---------- sections ----------
    def sectpr(self, landscape=None, cols=1, continuous=False, titlepg=False):
        land = self.landscape if landscape is None else landscape
        w, h = (16838, 11906) if land else (11906, 16838)   # A4
        orient = ' w:orient="landscape"' if land else ""
        t_, r_, b_, l_ = self.margins
        x = ""
        if self.header is not None:
            x += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
        if self.footer is not None:
            x += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        if continuous:
            x += '<w:type w:val="continuous"/>'
        x += f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
        x += f'<w:pgMar w:top="{t_}" w:right="{r_}" w:bottom="{b_}" w:left="{l_}" w:header="567" w:footer="567" w:gutter="0"/>'
        x += f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="708"/>'
        x += '<w:docGrid w:linePitch="360"/>'
        return f"<w:sectPr>{x}</w:sectPr>"

    def text_width(self, landscape=None):
        land = self.landscape if landscape is None else landscape
        return (16838 if land else 11906) - self.margins[1] - self.margins[3]

    # ---------- package ----------
    def save(self, path, body_xml, final_sect=None, cols=1):
        final_sect = final_sect or self.sectpr(cols=cols)
        doc = f'{XMLDECL}<w:document {NS}><w:body>{body_xml}{final_sect}</w:body></w:document>'
        files = {"word/document.xml": doc}
        ct_over = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                   ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                   ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
                   ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
                   ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
                   ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                   ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
        R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        rels = [("rIdSt", R + "styles", "styles.xml", False), ("rIdSe", R + "settings", "settings.xml", False),
                ("rIdNu", R + "numbering", "numbering.xml", False), ("rIdFo", R + "fontTable", "fontTable.xml", False)]
        files["word/styles.xml"] = self.styles_xml()
        files["word/settings.xml"] = self.settings_xml()
        files["word/numbering.xml"] = self.numbering_xml()
        files["word/fontTable.xml"] = (f'{XMLDECL}<w:fonts {NS}><w:font w:name="{self.font}"><w:charset w:val="00"/>'
                                       f'<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
        if self.header is not None:
            files["word/header1.xml"] = f'{XMLDECL}<w:hdr {NS}>{"".join(self.header)}</w:hdr>'
            rels.append(("rIdHdr1", R + "header", "header1.xml", False))
            ct_over.append(("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
        if self.footer is not None:
            files["word/footer1.xml"] = f'{XMLDECL}<w:ftr {NS}>{"".join(self.footer)}</w:ftr>'
            rels.append(("rIdFtr1", R + "footer", "footer1.xml", False))
            ct_over.append(("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
        if self.comments:
            cs = []
            for ci, ctext in enumerate(self.comments):
                cs.append(f'<w:comment w:id="{ci}" w:author="{self.author}" w:date="2021-01-01T10:00:00Z" w:initials="ST">'
                          f'<w:p><w:pPr><w:pStyle w:val="Textocomentario"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Refdecomentario"/></w:rPr><w:annotationRef/></w:r>'
                          f'<w:r>{t(ctext)}</w:r></w:p></w:comment>')
            files["word/comments.xml"] = f'{XMLDECL}<w:comments {NS}>{"".join(cs)}</w:comments>'
            rels.append(("rIdCm", R + "comments", "comments.xml", False))
            ct_over.append(("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"))
        for kind, notes, tag, ref, sty in (("footnotes", self.footnotes, "footnote", "footnoteRef", "Refdenotaalpie"),
                                           ("endnotes", self.endnotes, "endnote", "endnoteRef", "Refdenotaalfinal")):
            if not notes:
                continue
            ns = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>',
                  f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>']
            for ni, ntext in enumerate(notes, 1):
                ns.append(f'<w:{tag} w:id="{ni}"><w:p><w:pPr><w:pStyle w:val="Textonotapie"/></w:pPr>'
                          f'<w:r><w:rPr><w:rStyle w:val="{sty}"/></w:rPr><w:{ref}/></w:r><w:r>{t(" " + ntext)}</w:r></w:p></w:{tag}>')
            files[f"word/{kind}.xml"] = f'{XMLDECL}<w:{kind} {NS}>{"".join(ns)}</w:{kind}>'
            rels.append((f"rId{kind}", R + kind, f"{kind}.xml", False))
            ct_over.append((f"/word/{kind}.xml", f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"))
        rels += self.rels
        rx = "".join(f'<Relationship Id="{rid}" Type="{typ}" Target="{escape(tg)}"' + (' TargetMode="External"' if ext else "") + "/>"
                     for rid, typ, tg, ext in rels)
        files["word/_rels/document.xml.rels"] = f'{XMLDECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rx}</Relationships>'
        files["_rels/.rels"] = (f'{XMLDECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                f'<Relationship Id="rId1" Type="{R}officeDocument" Target="word/document.xml"/>'
                                f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                                f'<Relationship Id="rId3" Type="{R}extended-properties" Target="docProps/app.xml"/></Relationships>')
        files["docProps/core.xml"] = (f'{XMLDECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                      f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                      f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Acta</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
                                      f'</cp:coreProperties>')
        files["docProps/app.xml"] = (f'{XMLDECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                     f'<Application>Microsoft Office Word</Application></Properties>')
        ct = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>' +
              "".join(f'<Override PartName="{pn}" ContentType="{c}"/>' for pn, c in ct_over))
        files["[Content_Types].xml"] = f'{XMLDECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{ct}</Types>'
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", files.pop("[Content_Types].xml"))
            z.writestr("_rels/.rels", files.pop("_rels/.rels"))
            for k, vv in files.items():
                z.writestr(k, vv)

    def settings_xml(self):
        fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if self.footnotes else "")
        en = ('<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if self.endnotes else "")
        return (f'{XMLDECL}<w:settings {NS}><w:zoom w:percent="100"/>'
                f'<w:revisionView w:markup="false" w:insDel="false" w:formatting="false"/>'
                f'<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                f'{fn}{en}<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                f'<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

    def numbering_xml(self):
        def lvl(fmt, text, font=None):
            rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
            return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
                    f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>')
        absd = [lvl("decimal", "%1."), lvl("lowerLetter", "%1)"), lvl("upperRoman", "%1."),
                lvl("bullet", "\u2022", "Arial"), lvl("decimal", "%1.-")]
        out = [f'{XMLDECL}<w:numbering {NS}>']
        for ai, l in enumerate(absd):
            out.append(f'<w:abstractNum w:abstractNumId="{ai}"><w:multiLevelType w:val="hybridMultilevel"/>{l}</w:abstractNum>')
        for nid, ab in self.nums:
            out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{ab}"/>'
                       f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        out.append("</w:numbering>")
        return "".join(out)

    def styles_xml(self):
        f, s = self.font, self.size
        return (f'{XMLDECL}<w:styles {NS}>'
                f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
                f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="es-MX" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                f'<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Ttulo1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="{s+4}"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Ttulo2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                f'<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="{s+2}"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Ttulo"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
                f'<w:pPr><w:jc w:val="center"/><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="{s+8}"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Prrafodelista"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
                f'<w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Encabezado"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
                f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="4419"/><w:tab w:val="right" w:pos="8838"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Piedepgina"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
                f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="4419"/><w:tab w:val="right" w:pos="8838"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Textonotapie"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
                f'<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                f'<w:style w:type="character" w:styleId="Refdenotaalpie"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                f'<w:style w:type="character" w:styleId="Refdenotaalfinal"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:styleId="Textocomentario"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                f'<w:style w:type="character" w:styleId="Refdecomentario"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                f'<w:style w:type="character" w:styleId="Hipervnculo"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
                f'<w:style w:type="character" w:styleId="Textodelmarcadordeposicin"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
                f'<w:style w:type="table" w:default="1" w:styleId="Tablanormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                f'{self.extra_styles}</w:styles>')
