# -*- coding: utf-8 -*-
"""Render every acta of content.py as raw WordprocessingML (.docx) and write its gold JSON.

python3 build.py            -> ../<stem>.docx and ../<stem>.gold.json
(PDFs: soffice --headless --convert-to pdf, see README)
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wml import Doc, gold_text
from content import ACTAS, IE, SC, SE, OT

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NB = "\u00a0"


# ------------------------------------------------------------------ gold
def strategy_status(s):
    rep = [g["report"] is not None for g in s["goals"]]
    return "reported" if all(rep) else ("not_reported" if not any(rep) else "partial")


def report_text(g):
    if g["report"] is None:
        return None
    return " ".join(gold_text(p) for p in g["report"])


def gold(A):
    g = {
        "source": {"file": A["stem"], "sha256": "0" * 64, "format": "docx", "pages": None},
        "session": dict(A["session"]),
        "coordinator": dict(A["coordinator"]),
        "attendance": [dict(name=p["name"], institution=p["institution"], institution_key=p["institution_key"], sector=p["sector"])
                       for p in A["attendance"]],
        "strategies": [],
        "agreements": [dict(text=gold_text(a["text"]), dates=a["dates"], strategies=a["strategies"], responsible=a["responsible"])
                       for a in A["agreements"]],
        "next_session": dict(A["next_session"]),
        "warnings": [],
        "corpus": {"layout": A["layout"], "origin": "blind-b", "notes": A.get("notes", "")},
    }
    for s in A["strategies"]:
        g["strategies"].append({
            "number": s["number"], "title": s["title"], "report_status": strategy_status(s),
            "goals": [dict(id=x["id"], text=x["text"], indicator=(None if A["layout"] == "BB6" else x["indicator"]), executor=x["executor"],
                           executor_key=x["executor_key"], report_status="reported" if x["report"] is not None else "not_reported",
                           report=report_text(x)) for x in s["goals"]],
            "figures": [dict(f) for f in s["figures"]],
            "feedback": [dict(text=gold_text(f["text"]), section=f["section"], goal=f["goal"], label=f["label"], confidence=None)
                         for f in s["feedback"]],
        })
    return g


# ------------------------------------------------------------------ helpers
def fb(s, section, goal="*"):
    return [f for f in s["feedback"] if f["section"] == section and (goal == "*" or f["goal"] == goal)]


def by_sector(A, sector):
    return [p for p in A["attendance"] if p["sector"] == sector]


def complex_page_field(d, style="Piedepgina", prefix="Página ", align="right"):
    def fld(instr, res):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instr} \\* MERGEFORMAT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:t>{res}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="{align}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{prefix}</w:t></w:r>{fld("PAGE", "1")}'
            f'<w:r><w:t xml:space="preserve"> de </w:t></w:r>{fld("NUMPAGES", "1")}</w:p>')


def signature(d, name, role, lines=2):
    x = "".join(d.p("") for _ in range(lines))
    x += d.p("______________________________________", align="center", after=0)
    x += d.p(name, align="center", b=True, after=0)
    x += d.p(role, align="center")
    return x


def paras(d, segs_list, **kw):
    return "".join(d.p(s, **kw) for s in segs_list)


MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def ddmmyyyy(iso):
    y, m, dd = iso.split("-")
    return f"{dd}/{m}/{y}"


# ------------------------------------------------------------------ BB1
ORD_BB1 = {14: "DÉCIMA CUARTA", 15: "DÉCIMA QUINTA"}


def render_bb1(A):
    d = Doc(A["stem"], font="Arial", size=20)
    d.author = "Iván Ortega Luna"
    s_ = A["session"]; x = A["extra"]
    d.header = [d.p(["Mecanismo de Seguimiento y Evaluación del PDHCDMX", ("tab",), ("tab",), "Espacio de Participación ", s_["body"]], style="Encabezado")]
    d.footer = [complex_page_field(d)]
    b = []
    b.append(d.p(f"MINUTA DE LA {ORD_BB1[s_['number']]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN {s_['body'].upper()}", style="Ttulo", sz=24))
    place = s_["place"].replace("núm. 4", "núm." + NB + "4").replace("Prim 4", "Prim" + NB + "4")
    for lab, val in (("Fecha:", x["date_line"]), ("Horario:", x["hours_line"].replace(" horas", NB + "horas")), ("Lugar:", place)):
        b.append(d.p([("b", lab), ("tab",), val], tabs=[1418], after=60))
    b.append(d.p("ORDEN DEL DÍA", style="Ttulo2"))
    n = d.num(2)
    b += [d.p(o, num=n, after=0) for o in x["orden"]]
    b.append(d.p("PERSONAS ASISTENTES", style="Ttulo2"))
    na = d.num(0)
    for lab, sec in (("Por las instancias ejecutoras:", IE), ("Por las organizaciones de la sociedad civil:", SC),
                     ("Por las instancias invitadas:", OT), ("Por la Secretaría Ejecutiva:", SE)):
        ppl = by_sector(A, sec)
        if not ppl:
            continue
        b.append(d.p(lab, i=True, before=120, after=40))
        for p in ppl:
            b.append(d.p(f"{p['name']}, {p['cargo']}, {p['institution']}", num=na, after=0))
    b.append(d.p("DESARROLLO DE LA SESIÓN", style="Ttulo2"))
    intro = x["intro"]
    if x.get("comment"):
        anchor, ctext = x["comment"]
        i = intro.index(anchor)
        intro = [intro[:i], ("cm", anchor, ctext), intro[i + len(anchor):]]
    b.append(d.p(intro, align="both"))
    # end of the portrait section: the strategies go landscape
    b.append(d.p("A continuación se presenta la retroalimentación de las estrategias revisadas.", sect=d.sectpr(landscape=False)))
    b.append(d.p("RETROALIMENTACIÓN DE ESTRATEGIAS", style="Ttulo2"))
    W = [3000, 2500, 1500, 4470, 3100]
    rows = [{"header": True, "cells": [{"content": d.p(h, b=True, align="center", after=0), "shd": "D9D9D9"}
                                       for h in ("Meta", "Indicador", "Instancia ejecutora", "Informe", "Retroalimentación")]}]
    for s in A["strategies"]:
        rows.append({"cantsplit": True, "cells": [{"content": d.p([("b", f"Estrategia {s['number']}."), " " + s["title"]], after=0), "span": 5, "shd": "F2F2F2"}]})
        for g in s["goals"]:
            meta = ([("b", g["id"]), " " + g["text"]] if g["id"] else g["text"])
            rep = paras(d, g["report"], after=60) if g["report"] else d.p(g["marker"], i=True, after=0)
            retro = paras(d, [f["text"] for f in fb(s, "retroalimentacion", g["id"])], after=60)
            rows.append([d.p(meta, after=0), d.p(g["indicator"], after=0), d.p(g["executor"], align="center", after=0), rep, retro])
    b.append(d.tbl(rows, W))
    b.append(d.p("", sect=d.sectpr(landscape=True)))
    b.append(d.p("OBSERVACIONES", style="Ttulo2"))
    for s in A["strategies"]:
        obs = fb(s, "observacion")
        if obs:
            b.append(d.p(f"Estrategia {s['number']}", b=True, after=40))
            b += [d.p(f["text"], align="both") for f in obs]
    if x.get("generales"):
        b.append(d.p("ASUNTOS GENERALES", style="Ttulo2"))
        b += [d.p(t_, align="both") for t_ in x["generales"]]
    b.append(d.p("ACUERDOS", style="Ttulo2"))
    nk = d.num(0)
    b += [d.p(a["text"], num=nk, align="both", after=60) for a in A["agreements"]]
    b.append(signature(d, A["coordinator"]["name"], A["coordinator"]["role"], 3))
    return d, "".join(b), d.sectpr(landscape=False)


# ------------------------------------------------------------------ BB2
def render_bb2(A):
    d = Doc(A["stem"], font="Calibri", size=22)
    d.author = "Mariana Téllez Orozco"
    s_ = A["session"]; x = A["extra"]
    d.header = [d.p([("sdt", "Programa de Derechos Humanos de la Ciudad de México", "Programa"), ("tab",), ("tab",), "Mecanismo de Seguimiento y Evaluación"], style="Encabezado")]
    d.footer = [d.p(["Página ", ("fld", "PAGE", "1")], style="Piedepgina", align="right")]
    b = []
    box = (d.p("ESPACIO DE PARTICIPACIÓN", b=True, align="center", after=0, sz=24) +
           d.p(s_["body"], b=True, align="center", after=0, sz=24) +
           d.p(x["ordinal_title"], align="center", after=0, sz=22))
    b.append(d.p([("raw", d.textbox(box, width_in=6.6, height_in=0.9))], after=0))
    b.append(d.p([("b", "Fecha: "), ("sdtdate", x["date_ddmmyyyy"], "Fecha de la sesión", s_["date"])], after=40))
    b.append(d.p([("b", "Hora: "), ("sdt", x["hora"].replace(" h", NB + "h"), "Hora")], after=40))
    b.append(d.p([("b", "Lugar: "), ("sdt", s_["place"], "Lugar")], after=40))
    b.append(d.p([("b", "Objetivo: "), s_["objective"]], after=160))
    b.append(d.p("Asistencia", style="Ttulo2"))
    W = [1450, 1750] * 3
    rows = []
    for lab, sec in (("Instancias ejecutoras", IE), ("Organismos internacionales e instancias invitadas", OT),
                     ("Sociedad civil", SC), ("Secretaría Ejecutiva", SE)):
        ppl = by_sector(A, sec)
        if not ppl:
            continue
        rows.append([{"content": d.p(lab, b=True, before=120, after=40, sz=20), "span": 6}])
        for i in range(0, len(ppl), 3):
            row = []
            for p in ppl[i:i + 3]:
                row += [d.p(p["name"], after=0, sz=20), d.p(p["institution"], i=True, after=0, sz=18)]
            while len(row) < 6:
                row.append(d.p("", after=0))
            rows.append(row)
    b.append(d.tbl(rows, W, borders=False, cell_margin=60))
    b.append(d.p("Revisión de estrategias", style="Ttulo2"))
    TW = d.text_width()
    for s in A["strategies"]:
        ng = len(s["goals"])
        lw = 1950
        gw = (TW - lw) // ng
        W = [lw] + [gw] * ng
        lab = lambda t_: {"content": d.p(t_, b=True, after=0, sz=20), "shd": "DEEAF6"}
        rows = [[lab("Estrategia"), {"content": d.p([("b", f"{s['number']}. "), s["title"]], after=0), "span": ng}]]
        rows.append([lab("Meta")] + [d.p(([("b", g["id"] + " ")] if g["id"] else []) + [g["text"]], after=0) for g in s["goals"]])
        rows.append([lab("Indicador")] + [d.p(g["indicator"], after=0, sz=20) for g in s["goals"]])
        rows.append([lab("Dependencia responsable")] + [d.p(g["executor"], after=0) for g in s["goals"]])
        rows.append([lab("Avance reportado")] + [paras(d, g["report"], after=60) if g["report"] else d.p(g["marker"], i=True, after=0)
                                                 for g in s["goals"]])
        rows.append([lab("Comentarios del Espacio")] + [paras(d, [f["text"] for f in fb(s, "retroalimentacion", g["id"])], after=60)
                                                        for g in s["goals"]])
        obs_cells = []
        for g in s["goals"]:
            o = fb(s, "observacion", g["id"])
            if o:
                obs_cells.append(paras(d, [f["text"] for f in o], after=60))
            elif g["id"] in x.get("nr_obs_dash", []):
                obs_cells.append(d.p("—", align="center", after=0))
            else:
                obs_cells.append(d.p("", after=0))
        rows.append([lab("Observaciones")] + obs_cells)
        b.append(d.tbl(rows, W))
        b.append(d.p(""))
    b.append(d.p("Acuerdos y compromisos", style="Ttulo2"))
    nk = d.num(1)
    b += [d.p(a["text"], num=nk, align="both", after=60) for a in A["agreements"]]
    b.append(signature(d, A["coordinator"]["name"], A["coordinator"]["role"], 3))
    return d, "".join(b), d.sectpr()


# ------------------------------------------------------------------ BB3
def render_bb3(A):
    d = Doc(A["stem"], font="Times New Roman", size=22)
    d.author = "Secretaría Técnica del Espacio"
    s_ = A["session"]; x = A["extra"]
    d.header = [d.p("Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX", style="Encabezado", align="center")]
    d.footer = [d.p([f"Acta {s_['number']} – {ddmmyyyy(s_['date'])}", ("tab",), ("tab",), ("fld", "PAGE", "1")], style="Piedepgina")]
    b = []
    b.append(d.p(x["title"], b=True, align="center", after=200, sect=None))
    b.append(d.p("", after=0, sect=d.sectpr(cols=1)))            # end of the one-column title section
    b.append(d.p([("b", x["place_label"] + ": "), s_["place"]], after=80))
    b.append(d.p(x["intro"], align="both"))
    b.append(d.p(x["att_heading"], style="Ttulo2"))
    for lab, sec in x["groups"]:
        ppl = by_sector(A, sec)
        if not ppl:
            continue
        b.append(d.p(lab, i=True, b=True, after=20))
        b += [d.p(f"{p['name']} ({p['institution']})", after=0, ind=284) for p in ppl]
    b.append(d.p("Desarrollo de la sesión", style="Ttulo2"))
    b.append(d.p(x["intro2"], align="both"))
    for s in A["strategies"]:
        b.append(d.p([("b", f"Estrategia {s['number']}. "), ("b", s["title"])], before=160, keep=True))
        for g in s["goals"]:
            b.append(d.p([("b", f"Meta {g['id']}"), " " + g["text"]], after=40))
            b.append(d.p([("i", "Indicador: "), g["indicator"]], after=40))
            b.append(d.p([("i", "Responsable: "), g["executor"]], after=40))
            if g["report"]:
                b.append(d.p([("i", "Reporte:")], after=20))
                b += [d.p(r, align="both", after=60, ind=284) for r in g["report"]]
            else:
                b.append(d.p([("i", "Reporte: "), g["marker"]], after=60))
        retro = fb(s, "retroalimentacion")
        if retro:
            b.append(d.p([("b", "Comentarios del Espacio:")], after=20, keep=True))
            nl = d.num(1)
            b += [d.p(f["text"], num=nl, align="both", after=40) for f in retro]
        obs = fb(s, "observacion")
        if obs:
            b.append(d.p([("b", "Observaciones:")], after=20, keep=True))
            b += [d.p(f["text"], align="both", after=60) for f in obs]
    b.append(d.p("ACUERDOS", style="Ttulo2"))
    if x.get("ordinals"):
        for o, a in zip(x["ordinals"], A["agreements"]):
            b.append(d.p([("b", o + ".- ")] + ([a["text"]] if isinstance(a["text"], str) else a["text"]), align="both", after=60))
    else:
        nk = d.num(0)
        b += [d.p(a["text"], num=nk, align="both", after=60) for a in A["agreements"]]
    b.append(d.p(x["cierre"], align="both", sect=d.sectpr(cols=2, continuous=True)))
    b.append(signature(d, A["coordinator"]["name"], A["coordinator"]["role"], 2))
    final = d.sectpr(cols=1, continuous=True)
    return d, "".join(b), final


# ------------------------------------------------------------------ BB4
def render_bb4(A):
    d = Doc(A["stem"], font="Arial Narrow", size=21)
    d.author = "Jimena Arce Valdivia"
    s_ = A["session"]; x = A["extra"]
    d.header = [d.p(["Programa de Derechos Humanos de la Ciudad de México", ("br",), "Espacio de Participación ", s_["body"]], style="Encabezado", align="right")]
    d.footer = [complex_page_field(d, align="center")]
    b = []
    b.append(d.p("MINUTA", b=True, align="center", after=0, sz=28))
    b.append(d.p(x["title"], b=True, align="center", sz=24))
    L = lambda t_: {"content": d.p(t_, b=True, after=0), "shd": "E7E6E6"}
    rows = [[L("Sesión"), d.p([("sdt", x["sesion_cc"], "Sesión")], after=0)],
            [L("Fecha"), d.p([("sdtdate", x["fecha_cc"], "Fecha", s_["date"])], after=0)],
            [L("Hora de inicio"), d.p([("sdt", x["inicio"], "Hora de inicio")], after=0)],
            [L("Hora de término"), d.p([("sdt", x["termino"], "Hora de término")], after=0)],
            [L("Lugar"), d.p([("sdt", s_["place"], "Lugar")], after=0)]]
    b.append(d.tbl(rows, [2200, d.text_width() - 2200]))
    b.append(d.p("ORDEN DEL DÍA", style="Ttulo2"))
    n = d.num(0)
    b += [d.p(o, num=n, after=0) for o in x["orden"]]
    b.append(d.p("LISTA DE ASISTENCIA", style="Ttulo2"))
    W = [3600, 3100, d.text_width() - 6700]
    rows = [{"header": True, "cells": [{"content": d.p(h, b=True, after=0), "shd": "BFBFBF"} for h in ("Institución", "Nombre", "Cargo")]}]
    for lab, sec in (("Instancias ejecutoras", IE), ("Sociedad civil", SC), ("Secretaría Ejecutiva", SE), ("Personas invitadas", OT)):
        ppl = by_sector(A, sec)
        if not ppl:
            continue
        rows.append([{"content": d.p(lab, b=True, i=True, after=0), "span": 3, "shd": "F2F2F2"}])
        prev = None
        for i, p in enumerate(ppl):
            nxt = ppl[i + 1]["institution"] if i + 1 < len(ppl) else None
            if p["institution"] == prev:
                inst = {"content": d.p("", after=0), "vmerge": "continue"}
            elif p["institution"] == nxt:
                inst = {"content": d.p(p["institution"], after=0), "vmerge": "restart", "valign": "center"}
            else:
                inst = d.p(p["institution"], after=0)
            rows.append([inst, d.p(p["name"], after=0), d.p(p["cargo"], after=0)])
            prev = p["institution"]
    b.append(d.tbl(rows, W))
    b.append(d.p("RETROALIMENTACIÓN DE ESTRATEGIAS", style="Ttulo2"))
    W = [3300, 3300, d.text_width() - 6600]
    for s in A["strategies"]:
        b.append(d.p([("b", f"Estrategia {s['number']}. "), s["title"]], shd="DEEAF6", keep=True, before=200))
        rows = [{"header": True, "cells": [{"content": d.p(h, b=True, align="center", after=0), "shd": "E7E6E6"}
                                           for h in ("Meta, indicador y responsable", "Avance reportado", "Comentarios del Espacio")]}]
        for g in s["goals"]:
            c1 = (d.p([("b", f"Meta {g['id']}: "), g["text"]], after=60) + d.p([("b", "Indicador: "), g["indicator"]], after=60) +
                  d.p([("b", "Responsable: "), g["executor"]], after=0))
            c2 = paras(d, g["report"], after=60) if g["report"] else d.p(g["marker"], after=0)
            c3 = paras(d, [f["text"] for f in fb(s, "retroalimentacion", g["id"])], after=60)
            rows.append([c1, c2, c3])
        obs = fb(s, "observacion")
        if s["number"] in x.get("placeholder_obs", []):
            oc = d.p([("b", "Observaciones: "), ("ph", "Haga clic o pulse aquí para escribir texto.", "Observaciones")], after=0)
        else:
            oc = d.p([("b", "Observaciones:")], after=40) + paras(d, [f["text"] for f in obs], after=40)
        rows.append([{"content": oc, "span": 3}])
        b.append(d.tbl(rows, W))
    b.append(d.p("COMPROMISOS", style="Ttulo2"))
    W = [600, 4900, 2000, d.text_width() - 7500]
    rows = [{"header": True, "cells": [{"content": d.p(h, b=True, align="center", after=0), "shd": "BFBFBF"} for h in ("No.", "Compromiso", "Responsable", "Fecha")]}]
    for i, a in enumerate(A["agreements"], 1):
        rows.append([d.p(str(i), align="center", after=0), d.p(a["text"], after=0), d.p(a["responsible"], after=0),
                     d.p(a["when"].replace(" h", NB + "h"), after=0)])
    b.append(d.tbl(rows, W))
    b.append(d.p(""))
    el_name, el_role = x["elaboro"]
    sig = lambda lab, nm, rl: (d.p(lab, align="center", after=600) + d.p("_____________________________", align="center", after=0) +
                               d.p(nm, b=True, align="center", after=0) + d.p(rl, align="center", after=0))
    half = d.text_width() // 2
    b.append(d.tbl([[sig("Elaboró", el_name, el_role), sig("Vo. Bo.", A["coordinator"]["name"], A["coordinator"]["role"])]],
                   [half, half], borders=False))
    return d, "".join(b), d.sectpr()


# ------------------------------------------------------------------ BB5
def render_bb5(A):
    d = Doc(A["stem"], font="Book Antiqua", size=21)
    d.author = "Coordinación del Espacio"
    s_ = A["session"]; x = A["extra"]
    kind_t = "Sesión Ordinaria" if s_["kind"] == "sesión ordinaria" else "Reunión de Trabajo"
    d.header = [d.p(f"Espacio de Participación {s_['body']}", style="Encabezado"),
                d.p(f"{kind_t} {x['roman']}", style="Encabezado", align="right")]
    d.footer = [d.p([("fld", "PAGE", "1")], style="Piedepgina", align="center")]
    b = []
    b.append(d.p(f"{kind_t.upper()} {x['roman']}", b=True, align="center", after=0, sz=28))
    b.append(d.p(f"Espacio de Participación {s_['body']}", align="center", i=True, after=240))
    b.append(d.p(x["intro_words"] + ":", align="both"))
    b.append(d.p("ORDEN DEL DÍA", b=True, align="center"))
    n = d.num(2)
    b += [d.p(o, num=n, after=0) for o in x["orden"]]
    b.append(d.p("Lista de asistencia", style="Ttulo2"))

    def people(ppl):
        return "".join(d.p([p["name"], ("br",), ("i", p["institution"])], after=80) for p in ppl)
    left = d.p("INSTANCIAS EJECUTORAS", b=True, after=80) + people(by_sector(A, IE))
    right = d.p("SOCIEDAD CIVIL", b=True, after=80) + people(by_sector(A, SC))
    if by_sector(A, OT):
        right += d.p("INSTANCIAS INVITADAS", b=True, after=80, before=120) + people(by_sector(A, OT))
    right += d.p("SECRETARÍA EJECUTIVA", b=True, after=80, before=120) + people(by_sector(A, SE))
    half = d.text_width() // 2
    b.append(d.tbl([[left, right]], [half, half], borders=False))
    b.append(d.p("Seguimiento de acuerdos", style="Ttulo2"))
    b.append(d.p(x["seguimiento"], align="both"))
    b.append(d.p("Retroalimentación de estrategias", style="Ttulo2"))
    TW = d.text_width()
    W = [3200, TW - 3200]
    IW = TW - 3200 - 200
    for s in A["strategies"]:
        rows = [[{"content": d.p([("b", f"{s['number']} – "), s["title"]], after=0), "span": 2, "shd": "D9E2F3"}]]
        for g in s["goals"]:
            left = (d.p([("b", f"Meta {g['id']}")], after=0) + d.p(g["text"], after=80) +
                    d.p([("i", "Indicador: "), g["indicator"]], after=80) + d.p([("i", "Responsable: "), g["executor"]], after=0))
            rep = paras(d, g["report"], after=60) if g["report"] else d.p(g["marker"], after=0)
            retro = paras(d, [f["text"] for f in fb(s, "retroalimentacion", g["id"])], after=60)
            inner = d.tbl([[{"content": d.p("Reporte de la instancia", b=True, after=0, sz=18), "shd": "F2F2F2"}], [rep],
                           [{"content": d.p("Comentarios del Espacio", b=True, after=0, sz=18), "shd": "F2F2F2"}], [retro]],
                          [IW], sz=2)
            rows.append([left, inner])
        b.append(d.tbl(rows, W))
        obs = fb(s, "observacion")
        if obs:
            b.append(d.p(x["obs_heading"] + ":", b=True, before=120, after=40))
            b += [d.p(f["text"], align="both") for f in obs]
        b.append(d.p(""))
    b.append(d.p("Acuerdos", style="Ttulo2"))
    nk = d.num(0)
    b += [d.p(a["text"], num=nk, align="both", after=60) for a in A["agreements"]]
    b.append(d.p(x["cierre"], before=200))
    b.append(signature(d, A["coordinator"]["name"], A["coordinator"]["role"], 2))
    return d, "".join(b), d.sectpr()


# ------------------------------------------------------------------ BB6
def render_bb6(A):
    d = Doc(A["stem"], font="Arial", size=18, landscape=True, margins=(851, 851, 851, 851))
    d.author = "Secretaría Técnica"
    s_ = A["session"]; x = A["extra"]
    d.header = [d.p(["Programa de Derechos Humanos de la Ciudad de México — Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación"], style="Encabezado")]
    d.footer = [d.p([("fld", "PAGE", "1"), " / ", ("fld", "NUMPAGES", "1")], style="Piedepgina", align="right")]
    b = []
    box = "".join(d.p([("b", lab), val], after=0) for lab, val in x["box"])
    b.append(d.p([("raw", d.textbox(box, width_in=7.5, height_in=1.0))], after=120))
    b.append(d.p("ASISTENCIA", b=True, after=60))
    b += [d.p([("b", lab), txt], align="both", after=60) for lab, txt in x["att_lines"]]
    b.append(d.p("MATRIZ DE SEGUIMIENTO", b=True, before=160, after=60))
    W = [2200, 2600, 1300, 3700, 3000]
    W.append(d.text_width() - sum(W))
    rows = [{"header": True, "cells": [{"content": d.p(h, b=True, align="center", after=0, color="FFFFFF"), "shd": "404040"}
                                       for h in ("Estrategia", "Meta", "Responsable", "Avance reportado", "Retroalimentación", x["col_obs"])]}]
    for s in A["strategies"]:
        for gi, g in enumerate(s["goals"]):
            if gi == 0:
                est = {"content": d.p([("b", str(s["number"])), ("br",), s["title"]], after=0), "vmerge": "restart"}
            else:
                est = {"content": d.p("", after=0), "vmerge": "continue"}
            rep = paras(d, g["report"], after=40) if g["report"] else d.p(g["marker"], align="center", after=0)
            retro = paras(d, [f["text"] for f in fb(s, "retroalimentacion", g["id"])], after=40)
            o = fb(s, "observacion", g["id"])
            obs = paras(d, [f["text"] for f in o], after=40) if o else d.p("—", align="center", after=0)
            rows.append([est, d.p([("b", g["id"]), " " + g["text"]], after=0), d.p(g["executor"], after=0), rep, retro, obs])
    b.append(d.tbl(rows, W, sz=4))
    lt, url = x["link"]
    b.append(d.p([x["pre_acuerdos"], ("link", lt, url), "."], before=120))
    b.append(d.p("ACUERDOS", b=True, before=120, after=60))
    nk = d.num(3)
    b += [d.p(a["text"], num=nk, align="both", after=40) for a in A["agreements"]]
    b.append(signature(d, A["coordinator"]["name"], A["coordinator"]["role"], 1))
    return d, "".join(b), d.sectpr()


RENDER = {"BB1": render_bb1, "BB2": render_bb2, "BB3": render_bb3, "BB4": render_bb4, "BB5": render_bb5, "BB6": render_bb6}

NOTES = {
    "BB1": "one session table, one goal per row, labels across the first row (Meta | Indicador | Instancia ejecutora | Informe | Retroalimentación), strategy band rows merged with gridSpan, table in a landscape section (sectPr in a paragraph); Observaciones as paragraphs after the table under 'Estrategia NNN'; attendance as auto-numbered 'Nombre, cargo, institución' lines under 'Por las …:' sub-headings; orden del día upperRoman auto-numbered; acuerdos auto-numbered; header with the body, footer PAGE/NUMPAGES complex fields; footnote right after a count in an INFORME; tabs and non-breaking spaces in the data lines",
    "BB2": "title (body and session ordinal) ONLY in a text box (DrawingML + VML fallback); Fecha/Hora/Lugar in content controls (date picker); attendance in a borderless six-column table, three people per row, names wrapping in narrow columns, sector rows merged across; one table per strategy with a label column and one column per goal ('Dependencia responsable', 'Avance reportado', 'Comentarios del Espacio', 'Observaciones'); 'No se presentó información'; acuerdos lettered a) by auto-numbering; header content control, footer fldSimple PAGE",
    "BB3": "remote session minutes: one-column title, then a continuous two-column section (PDF is two-column); date only in words in the intro (and dd/mm/yyyy in the footer); attendance as 'Nombre (Institución)' lines under sub-headings; narrative strategy blocks 'Meta …', 'Indicador:', 'Responsable:', 'Reporte:'; Comentarios del Espacio lettered a), b) by auto-numbering; tracked changes in INFORME text; hyperlink; endnote",
    "BB4": "template minuta: data table with content controls (text and date picker); attendance table Institución | Nombre | Cargo with the institution cell merged vertically (vMerge) over people of the same body; per strategy a 3-column table whose first cell holds several 'label: value' paragraphs (Meta/Indicador/Responsable), 'Avance reportado', 'Comentarios del Espacio', and a full-width merged Observaciones row; compromisos table No. | Compromiso | Responsable | Fecha (the next session's date only in the Fecha column); Elaboró / Vo. Bo. signatures in a borderless table; footnote after a count; tracked changes; hyperlink",
    "BB5": "'Sesión Ordinaria XVI' / 'Reunión de Trabajo XXII' in roman numerals; date and hour only in words in the opening paragraph; orden del día upperRoman auto-numbered; attendance in two side-by-side columns of a borderless table, name + soft line break + institution; one outer table per strategy with a nested table (Reporte de la instancia / Comentarios del Espacio) in each goal row; observations as paragraphs after the table; comments; 'Próxima sesión: 17/X/2019' style agreement",
    "BB6": "whole document landscape; session data (number, date, time, place, body) ONLY in a text box; attendance as run-on paragraphs per sector ('Nombre (INST); …', two people sharing one parenthesis); one session-wide matrix Estrategia | Meta | Responsable | Avance reportado | Retroalimentación | Observaciones with the strategy cell merged vertically over its goals; 'Pendiente' / '—' for goals not reported; bullet acuerdos; next session date in words; hyperlink; tracked deletion",
}


def main():
    only = sys.argv[1:]
    for A in ACTAS:
        if only and A["stem"] not in only:
            continue
        d, body, final = RENDER[A["layout"]](A)
        d.save(os.path.join(OUT, A["stem"] + ".docx"), body, final_sect=final)
        A["notes"] = NOTES[A["layout"]]
        with open(os.path.join(OUT, A["stem"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(A), f, ensure_ascii=False, indent=1)
        print("wrote", A["stem"])


if __name__ == "__main__":
    main()
