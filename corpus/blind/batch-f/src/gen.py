#!/usr/bin/env python3
"""Render each acta of content.py as .docx (raw WordprocessingML) and .gold.json."""
import json, os, zipfile
from xml.sax.saxutils import escape
from content import ACTAS
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ORD = {2:"segunda",3:"tercera",4:"cuarta",5:"quinta",7:"séptima",8:"octava"}

def r(t, b=False, sz=None):
    pr = ("<w:b/>" if b else "") + (f'<w:sz w:val="{sz}"/>' if sz else "")
    return f'<w:r>{"<w:rPr>"+pr+"</w:rPr>" if pr else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
def p(t="", b=False, style=None, num=None, jc=None, sz=None, runs=None, keep=False):
    pp = ""
    if style: pp += f'<w:pStyle w:val="{style}"/>'
    if num: pp += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if jc: pp += f'<w:jc w:val="{jc}"/>'
    body = runs if runs is not None else (r(t, b, sz) if t else "")
    return f'<w:p>{"<w:pPr>"+pp+"</w:pPr>" if pp else ""}{body}</w:p>'
def tc(content, w, span=1, shade=None, vmerge=None):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge: pr += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    if shade: pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if not content.startswith("<w:p") and not content.startswith("<w:tbl"): content = p(content)
    if content.startswith("<w:tbl"): content += "<w:p/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"
def tbl(rows, grid, borders=True):
    b = ('<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top","left","bottom","right","insideH","insideV")) + '</w:tblBorders>') if borders else \
        ('<w:tblBorders>' + "".join(f'<w:{s} w:val="nil"/>' for s in ("top","left","bottom","right","insideH","insideV")) + '</w:tblBorders>')
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{g}</w:tblGrid>' + "".join(f"<w:tr>{x}</w:tr>" for x in rows) + "</w:tbl>"

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:lang w:val="es-MX"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Ttulo"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Subtitulo acta"/><w:pPr><w:spacing w:before="160"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style></w:styles>'''
NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>'''

def write_docx(path, body_xml, header_text, footer_text, sect):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body_xml}{sect}</w:body></w:document>'
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{p(header_text, sz=16, jc="right")}</w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{p(footer_text, sz=14, jc="center")}</w:ftr>'
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
    drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {NS}><w:revisionView w:markup="false" w:insDel="false"/><w:defaultTabStop w:val="708"/></w:settings>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", drels); z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES); z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/settings.xml", settings); z.writestr("word/header1.xml", hdr); z.writestr("word/footer1.xml", ftr)

SECT_PORTRAIT = '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1100" w:left="1000" w:header="500" w:footer="500" w:gutter="0"/></w:sectPr>'
SECTOR_LABEL = {"instancia_ejecutora": "Instancias ejecutoras", "sociedad_civil": "Sociedad civil", "secretaria_ejecutiva": "Secretaría Ejecutiva"}

def layout_bf1(a):
    """The whole acta as ONE bordered table: shaded band rows for each section, label|value rows,
    attendance as 'Name (Institution), ...' in one cell per sector, goal rows with a ¿Reportó? column,
    a Retroalimentación row under each goal (merged over 3 columns), agreements with automatic numbering."""
    G = [2600, 1600, 1300, 4740]; W = sum(G)
    band = lambda t: tc(p(t, b=True), W, span=4, shade="BFBFBF")
    lv = lambda l, v: tc(p(l, b=True), G[0], shade="F2F2F2") + tc(p(v), W - G[0], span=3)
    rows = [tc(p("", runs=r("PDHCDMX", b=True, sz=28)), G[0]) + tc(p(f"ACTA DE LA SESIÓN {a['number']}/{a['date'][:4]} DEL ESPACIO DE PARTICIPACIÓN DE {a['body'].upper()}", b=True, jc="center"), W - G[0], span=3)]
    rows += [band("I. DATOS DE LA SESIÓN"), lv("Espacio de Participación", a["body"]), lv("Sesión", f"Sesión {a['number']}/{a['date'][:4]} ({a['kind']})"),
             lv("Fecha", a["date_text"]), lv("Hora de inicio", a["start_text"]), lv("Lugar", a["place"])]
    rows.append(band("II. ASISTENCIA"))
    for sec in ("instancia_ejecutora", "sociedad_civil", "secretaria_ejecutiva"):
        ps = [x for x in a["attendance"] if x["sector"] == sec]
        if ps: rows.append(lv(SECTOR_LABEL[sec], ", ".join(f"{x['name']} ({x['institution']})" for x in ps) + "."))
    rows.append(band("III. SEGUIMIENTO DE ESTRATEGIAS"))
    for s in a["strategies"]:
        rows.append(tc(p("", runs=r(f"Estrategia {s['number']}. ", b=True) + r(s["title"])), W, span=4, shade="D9E2F3"))
        rows.append("".join(tc(p(h, b=True), w, shade="F2F2F2") for h, w in zip(("Meta / Indicador", "Instancia ejecutora", "¿Reportó?", "Informe"), G)))
        for g in s["goals"]:
            rows.append(tc(p(f"{g['id']} {g['text']}") + p("Indicador: " + g["indicator"]), G[0]) + tc(g["executor"], G[1])
                        + tc("Sí" if g["report"] else "No", G[2]) + tc(g["report"] or "Sin información", G[3]))
            fb = [f for f in s["feedback"] if f["goal"] == g["id"]]
            if fb:
                rf = [f for f in fb if f["section"] == "retroalimentacion"]; ob = [f for f in fb if f["section"] == "observacion"]
                if rf: rows.append(tc(p(f"Retroalimentación {g['id']}", b=True), G[0]) + tc("".join(p(f["text"]) for f in rf), W - G[0], span=3))
                if ob: rows.append(tc(p(f"Observaciones {g['id']}", b=True), G[0]) + tc("".join(p(f["text"]) for f in ob), W - G[0], span=3))
    rows.append(band("IV. SEGUIMIENTO DE ACUERDOS ANTERIORES"))
    for t, st in a["prev_agreements"]:
        rows.append(tc(p(t), W - G[3] + 2900 - 0, span=3) if False else tc(p(t), G[0] + G[1] + G[2], span=3) + tc(p("Estatus: " + st), G[3]))
    rows.append(band("V. ACUERDOS DE LA SESIÓN"))
    rows.append(tc("".join(p(x["text"], num=1) for x in a["agreements"]), W, span=4))
    rows.append(band("VI. FIRMA"))
    rows.append(tc(p(a["coordinator"][0]) + p(a["coordinator"][1]), W, span=4))
    body = tbl(rows, G) + p("")
    return body, f"Espacio de Participación de {a['body']} – Sesión {a['number']}/{a['date'][:4]}", "Documento de trabajo. Programa de Derechos Humanos de la Ciudad de México", SECT_PORTRAIT

def layout_bf2(a):
    """Two-column minutes (w:cols num=2) after a one-column title block; roman automatic numbering for the
    sections; strategies as 'Estrategia:' label lines; feedback attributed to speakers; agreements with
    automatic decimal numbering; attendance only in an annex at the END as a borderless table."""
    top = p(f"MINUTA DE LA {ORD[a['number']].upper()} SESIÓN ORDINARIA", style="Ttulo") + p(f"Espacio de Participación de {a['body']}", style="Ttulo")
    top += p(f"Sesión {a['number']}/{a['date'][:4]}", jc="center")
    sect1 = '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1100" w:left="1000" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:pPr></w:p>'
    b = p(f"En la Ciudad de México, el {a['date_text']}, siendo las {a['start_text']}, en {a['place']}, se reunieron las personas integrantes del Espacio de Participación para celebrar su {ORD[a['number']]} sesión ordinaria, conforme a la lista de asistencia que se agrega como Anexo 1.")
    b += p("Desarrollo de la sesión", style="Sub", num=2)
    for s in a["strategies"]:
        b += p("", runs=r("Estrategia: ", b=True) + r(f"{s['number']} {s['title']}", b=True))
        for g in s["goals"]:
            b += p("", runs=r(f"Meta {g['id']}", b=True) + r(" " + g["text"]))
            b += p("Indicador: " + g["indicator"]) + p("Instancia ejecutora: " + g["executor"])
            b += p("Informe: " + (g["report"] or "No reportó"))
            for f in s["feedback"]:
                if f["goal"] == g["id"]:
                    b += p("Retroalimentación:" if f["section"] == "retroalimentacion" else "Observación:", b=True) + p(f["text"])
    b += p("Acuerdos", style="Sub", num=2)
    for x in a["agreements"]: b += p(x["text"], num=3)
    b += p("No habiendo más asuntos que tratar, se da por concluida la sesión.")
    b += p(a["coordinator"][0], jc="center") + p(a["coordinator"][1], jc="center")
    sect2 = '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1100" w:left="1000" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:num="2" w:space="500"/></w:sectPr></w:pPr></w:p>'
    ann = p("Anexo 1. Lista de asistencia", style="Sub")
    G = [4600, 5640]; rows = [tc(p("Nombre", b=True), G[0]) + tc(p("Institución", b=True), G[1])]
    for sec in ("instancia_ejecutora", "sociedad_civil", "secretaria_ejecutiva"):
        ps = [x for x in a["attendance"] if x["sector"] == sec]
        if not ps: continue
        rows.append(tc(p(SECTOR_LABEL[sec], b=True), sum(G), span=2))
        rows += [tc(x["name"], G[0]) + tc(x["institution"], G[1]) for x in ps]
    ann += tbl(rows, G, borders=False)
    sect3 = '<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1100" w:left="1000" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
    return top + sect1 + b + sect2 + ann, "PDHCDMX · Espacios de Participación", f"Minuta sesión {a['number']}/{a['date'][:4]}", sect3

def gold(a):
    strategies = []
    for s in a["strategies"]:
        goals = [dict(id=g["id"], text=g["text"], indicator=g["indicator"], executor=g["executor"], executor_key=g["executor_key"],
                      report_status="reported" if g["report"] else "not_reported", report=g["report"]) for g in s["goals"]]
        n = sum(1 for g in goals if g["report"])
        st = "reported" if n == len(goals) else ("not_reported" if n == 0 else "partial")
        strategies.append(dict(number=s["number"], title=s["title"], report_status=st, goals=goals, figures=s["figures"],
                               feedback=[dict({k: v for k, v in f.items() if k != "speaker"}, confidence=None) for f in s["feedback"]]))
    return {"source": {"file": a["stem"], "sha256": "0" * 64, "format": "docx", "pages": None},
            "session": {"body": a["body"], "number": a["number"], "kind": a["kind"], "date": a["date"], "start_time": a["start"],
                        "place": a["place"], "topic": None, "objective": None},
            "coordinator": {"name": a["coordinator"][0], "role": a["coordinator"][1]},
            "attendance": a["attendance"], "strategies": strategies, "agreements": a["agreements"],
            "next_session": a["next_session"], "warnings": [],
            "corpus": {"layout": a["layout"], "origin": "blind-f", "notes": NOTES[a["layout"]]}}

NOTES = {"BF4": "tracked changes (date and report figures corrected; final text is the truth); vertically merged Sector column in attendance; one outer row per strategy with 'Estrategia:' on the first line of its cell and a nested goal table Meta | Instancia ejecutora | Informe | Retroalimentación",
         "BF3": "borderless ficha tables per goal; status as check-box characters ☒/☐ Reportó / No reportó; 'Participante | Tipo | Intervención' tables for feedback; typed 'ACUERDO 11/01.' markers; attendance with a Sector column (Gobierno/OSC/SE); docx from Word XML, PDF printed by Chromium from the HTML rendering",
         "BF1": "whole acta as one table with band rows; 'Sesión N/YYYY'; attendance 'Name (Institution)' comma-separated per sector; ¿Reportó? Sí/No column; previous agreements with status are not this session's agreements",
         "BF2": "two-column body section; sections with automatic roman numbering; 'Estrategia:' label; feedback attributed to speakers; agreements with automatic numbering; attendance only in Anexo 1 at the end (borderless table)"}
SECTOR_SHORT = {"instancia_ejecutora": "Gobierno", "sociedad_civil": "OSC", "secretaria_ejecutiva": "SE"}
def bf3_blocks(a):
    """Abstract blocks for BF3, rendered both as docx and as HTML (printed by Chromium)."""
    B = [("title", "Espacio de Participación del " + a["body"]), ("title", f"Minuta de trabajo – Sesión Ordinaria No. {a['number']}"),
         ("table", ([[("Fecha", 1), (a["date_text"], 1), ("Hora", 1), (a["start_text"], 1)], [("Lugar", 1), (a["place"], 3)]], [1500, 3300, 1200, 4240])),
         ("head", "Participantes"),
         ("table", ([[("Nombre", 1), ("Institución", 1), ("Sector", 1)]] + [[(x["name"], 1), (x["institution"], 1), (SECTOR_SHORT[x["sector"]], 1)] for x in a["attendance"]], [3000, 5740, 1500])),
         ("head", "Seguimiento de estrategias")]
    for s in a["strategies"]:
        B.append(("strat", f"{s['number']} – {s['title']}"))
        for g in s["goals"]:
            B.append(("table", ([[("Meta " + g["id"], 1), (g["text"], 1)], [("Indicador", 1), (g["indicator"], 1)], [("Responsable", 1), (g["executor"], 1)],
                                [("Estado", 1), (("☒ Reportó   ☐ No reportó") if g["report"] else ("☐ Reportó   ☒ No reportó"), 1)],
                                [("Informe", 1), (g["report"] or "—", 1)]], [2000, 8240])))
            fb = [f for f in s["feedback"] if f["goal"] == g["id"]]
            if fb:
                B.append(("table", ([[("Participante", 1), ("Tipo", 1), ("Intervención", 1)]] + [[(f["speaker"], 1), ("Retroalimentación" if f["section"] == "retroalimentacion" else "Observación", 1), (f["text"], 1)] for f in fb], [2000, 1900, 6340])))
    B.append(("head", "Acuerdos"))
    for i, x in enumerate(a["agreements"], 1): B.append(("agr", (f"ACUERDO {a['number']}/{i:02d}.", x["text"])))
    B += [("sign", a["coordinator"][0]), ("sign", a["coordinator"][1])]
    return B

def layout_bf3(a):
    out = ""
    for kind, v in bf3_blocks(a):
        if kind == "title": out += p(v, style="Ttulo")
        elif kind == "head": out += p(v, style="Sub")
        elif kind == "strat": out += p(v, b=True)
        elif kind == "agr": out += p("", runs=r(v[0] + " ", b=True) + r(v[1]))
        elif kind == "sign": out += p(v, jc="center")
        else:
            rows, grid = v; trs = []
            for ri, row in enumerate(rows):
                cells, ci = "", 0
                for t, span in row:
                    w = sum(grid[ci:ci + span]); cells += tc(p(t, b=(ci == 0 or (ri == 0 and len(grid) == 3))), w, span=span); ci += span
                trs.append(cells)
            out += tbl(trs, grid, borders=False) + p("")
    return out, "", f"Minuta – Sesión Ordinaria No. {a['number']} – {a['body']}", SECT_PORTRAIT

def html_bf3(a):
    h = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:10pt;margin:0}h1{font-size:13pt;text-align:center;margin:2pt}h2{font-size:11pt;text-transform:uppercase;margin-top:12pt}table{border-collapse:collapse;width:100%;margin-bottom:8pt}td{vertical-align:top;padding:2pt 4pt;border:none}td.l{font-weight:bold;width:20%}p.s{text-align:center;margin:2pt}@page{size:letter;margin:18mm}</style></head><body>']
    for kind, v in bf3_blocks(a):
        if kind == "title": h.append(f"<h1>{escape(v)}</h1>")
        elif kind == "head": h.append(f"<h2>{escape(v)}</h2>")
        elif kind == "strat": h.append(f"<p><b>{escape(v)}</b></p>")
        elif kind == "agr": h.append(f"<p><b>{escape(v[0])}</b> {escape(v[1])}</p>")
        elif kind == "sign": h.append(f'<p class="s">{escape(v)}</p>')
        else:
            h.append("<table>")
            for row in v[0]:
                h.append("<tr>" + "".join(f'<td{" class=l" if i == 0 else ""}{f" colspan={sp}" if sp > 1 else ""}>{escape(t)}</td>' for i, (t, sp) in enumerate(row)) + "</tr>")
            h.append("</table>")
    h.append(f'<p style="font-size:7pt;text-align:center">Minuta – Sesión Ordinaria No. {a["number"]} – {escape(a["body"])}</p></body></html>')
    return "\n".join(h)

REV = [0]
def ins(t):
    REV[0] += 1; return f'<w:ins w:id="{REV[0]}" w:author="Enlace SE" w:date="2022-02-15T12:00:00Z">{r(t)}</w:ins>'
def dele(t):
    REV[0] += 1; return f'<w:del w:id="{REV[0]}" w:author="Enlace SE" w:date="2022-02-15T12:00:00Z"><w:r><w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>'
def layout_bf4(a):
    """Edited acta: tracked changes (date and report figures corrected by the SE), attendance with a vertically merged
    Sector column, one outer table row per strategy ('Estrategia:' on the first line of its cell) holding a NESTED goal
    table Meta | Instancia | Informe | Retroalimentación, agreements with automatic numbering."""
    o = p(f"ACTA DE LA {ORD[a['number']].upper()} SESIÓN ORDINARIA", style="Ttulo") + p(f"ESPACIO DE PARTICIPACIÓN DEL {a['body'].upper()}", style="Ttulo")
    d = (dele(a["date_old"]) + ins(a["date_text"])) if a.get("date_old") else r(a["date_text"])
    o += p("", runs=r("En la Ciudad de México, el ") + d + r(f", a las {a['start_text']}, en {a['place']}, se reunieron las personas que se enlistan para celebrar la {ORD[a['number']]} sesión ordinaria del Espacio de Participación del {a['body']}."))
    o += p("Lista de asistencia", style="Sub")
    G = [2200, 3400, 4640]; rows = [tc(p("Sector", b=True), G[0], shade="D9D9D9") + tc(p("Nombre", b=True), G[1], shade="D9D9D9") + tc(p("Institución", b=True), G[2], shade="D9D9D9")]
    for sec in ("instancia_ejecutora", "sociedad_civil", "secretaria_ejecutiva"):
        ps = [x for x in a["attendance"] if x["sector"] == sec]
        for i, x in enumerate(ps):
            rows.append(tc(p(SECTOR_LABEL[sec]) if i == 0 else p(""), G[0], vmerge="restart" if i == 0 else "cont") + tc(x["name"], G[1]) + tc(x["institution"], G[2]))
    o += tbl(rows, G) + p("Seguimiento de estrategias", style="Sub")
    OG = [1700, 8540]; NG = [2300, 1500, 2540, 2200]; orows = []
    for s in a["strategies"]:
        nrows = ["".join(tc(p(h, b=True), w, shade="EDEDED") for h, w in zip(("Meta", "Instancia ejecutora", "Informe", "Retroalimentación"), NG))]
        for g in s["goals"]:
            rep = g["report"]
            if rep and g.get("old"):
                n = len(g["old"].split()); newp = " ".join(rep.split()[:n]); rest = rep[len(newp):]
                repx = p("", runs=dele(g["old"]) + ins(newp) + r(rest))
            else:
                repx = p(rep or "No se presentó informe.")
            fb = "".join((p("Observación:", b=True) if f["section"] == "observacion" else "") + p(f["text"]) for f in s["feedback"] if f["goal"] == g["id"]) or p("")
            nrows.append(tc(p(f"{g['id']} {g['text']}") + p("Indicador: " + g["indicator"]), NG[0]) + tc(g["executor"], NG[1]) + tc(repx, NG[2]) + tc(fb, NG[3]))
        orows.append(tc(p("Estrategia:", b=True) + p(str(s["number"]), b=True) + p(s["title"]), OG[0]) + tc(tbl(nrows, NG), OG[1]))
    o += tbl(orows, OG) + p("Acuerdos", style="Sub")
    for x in a["agreements"]: o += p(x["text"], num=1)
    o += p("") + p(a["coordinator"][0], jc="center") + p(a["coordinator"][1], jc="center")
    return o, f"Acta {a['number']}ª sesión ordinaria – {a['body']}", "Versión con cambios aceptados por la Secretaría Ejecutiva", SECT_PORTRAIT

if __name__ == "__main__":
    for a in ACTAS:
        body, h, f, sect = {"BF1": layout_bf1, "BF2": layout_bf2, "BF3": layout_bf3, "BF4": layout_bf4}[a["layout"]](a)
        if a["layout"] == "BF3":
            with open(os.path.join(OUT, "src", a["stem"] + ".html"), "w", encoding="utf-8") as fh: fh.write(html_bf3(a))
        write_docx(os.path.join(OUT, a["stem"] + ".docx"), body, h, f, sect)
        with open(os.path.join(OUT, a["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold(a), fh, ensure_ascii=False, indent=2); fh.write("\n")
        print(a["stem"])
