#!/usr/bin/env python3
"""Renders every content file corpus/src/content/<stem>.json into HTML in its layout
(corpus/src/html/<stem>.html), then with scripts/render-html.sh into corpus/<espacio>/<stem>.docx,
.pdf (and .doc/.odt where the content asks), and writes corpus/<espacio>/<stem>.gold.json FROM
THE CONTENT FILE (never from the extractor).

  python3 scripts/corpus/generate.py            # everything
  python3 scripts/corpus/generate.py --no-render  # HTML + gold only
  python3 scripts/corpus/generate.py STEM...    # some actas
"""
import glob, html, json, os, re, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
import spanish as es

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CONTENT = os.path.join(ROOT, "corpus", "src", "content")
HTML_DIR = os.path.join(ROOT, "corpus", "src", "html")
SECTOR_HEADING = {"instancia_ejecutora": "Instancias Ejecutoras", "sociedad_civil": "Sociedad civil",
                  "secretaria_ejecutiva": "Secretaría Ejecutiva", "otro": "Otras personas asistentes"}
SECTOR_CELL = {"instancia_ejecutora": "Instancia Ejecutora", "sociedad_civil": "Sociedad Civil",
               "secretaria_ejecutiva": "Secretaría Ejecutiva", "otro": "Otro"}


def h(text):
    return html.escape(text, quote=False)


def p(text, bold=False, center=False, style=""):
    t = h(text)
    if bold:
        t = f"<b>{t}</b>"
    attrs = (' align="center"' if center else "") + (f' style="{style}"' if style else "")
    return f"<p{attrs}>{t}</p>"


def paras(texts):
    return "".join(p(t) for t in texts)


def title_text(c):
    s, r = c["session"], c["render"]
    kind, body = s["kind"].upper(), s["body"].upper()
    n = s["number"]
    style = r["title_style"]
    if style == "words":
        return f"{es.ordinal_feminine(n).upper()} {kind} DEL ESPACIO DE PARTICIPACIÓN {body}"
    if style == "sup":
        return f"{n}ª {kind} DEL ESPACIO DE PARTICIPACIÓN {body}"
    if style == "a":
        return f"{n}a. {kind} DEL ESPACIO DE PARTICIPACIÓN {body}"
    return f"{kind} No. {n} DEL ESPACIO DE PARTICIPACIÓN {body}"


def number_inline(c):
    """How the intro sentence names the session: '24ª reunión de trabajo'."""
    s = c["session"]
    style = c["render"]["title_style"]
    if style == "words":
        return f"{es.ordinal_feminine(s['number'])} {s['kind']}"
    if style == "a":
        return f"{s['number']}a. {s['kind']}"
    return f"{s['number']}ª {s['kind']}"


def date_text(c):
    d = es.parse(c["session"]["date"])
    return {"weekday": es.date_weekday, "numeric": es.date_numeric, "long": es.date_long,
            "words": es.date_long}[c["render"]["date_style"]](d)


# ---------- attendance ----------

def by_sector(att):
    groups = {}
    for a in att:
        groups.setdefault(a["sector"], []).append(a)
    return groups


def att_subheadings(c):
    out = []
    for sector, people in by_sector(c["attendance"]).items():
        out.append(p(SECTOR_HEADING[sector], bold=True))
        rows = "".join(f"<tr><td>{h(a['name'])}</td><td>{h(a['institution'] or '')}</td></tr>" for a in people)
        out.append(f'<table border="1" cellpadding="4" width="100%">{rows}</table>')
    return "".join(out)


def att_sector_rows(c):
    rows = ["<tr><td><b>Nombre</b></td><td><b>Institución</b></td><td><b>Firma</b></td></tr>"]
    for sector, people in by_sector(c["attendance"]).items():
        rows.append(f'<tr><td colspan="3" align="center"><b>{h(SECTOR_HEADING[sector].upper())}</b></td></tr>')
        rows += [f"<tr><td>{h(a['name'])}</td><td>{h(a['institution'] or '')}</td><td></td></tr>" for a in people]
    return f'<table border="1" cellpadding="4" width="100%">{"".join(rows)}</table>'


def att_sector_column(c):
    rows = ["<tr><td><b>No.</b></td><td><b>Nombre</b></td><td><b>Institución</b></td><td><b>Sector</b></td><td><b>Firma</b></td></tr>"]
    for i, a in enumerate(c["attendance"], 1):
        rows.append(f"<tr><td>{i}</td><td>{h(a['name'])}</td><td>{h(a['institution'] or '')}</td><td>{SECTOR_CELL[a['sector']]}</td><td></td></tr>")
    return f'<table border="1" cellpadding="4" width="100%">{"".join(rows)}</table>'


def att_list(c):
    out = []
    for sector, people in by_sector(c["attendance"]).items():
        out.append(p(f"Por {SECTOR_HEADING[sector].lower() if sector != 'secretaria_ejecutiva' else 'la Secretaría Ejecutiva'}:", bold=True))
        out.append("<ul>" + "".join(f"<li>{h(a['name'])} – {h(a['institution'] or '')}</li>" for a in people) + "</ul>")
    return "".join(out)


# ---------- strategies ----------

def goal_heading(g):
    return f"Meta {g['id']} {g['text']}" if g["id"] else f"Meta: {g['text']}"


def strategy_heading(s, variant):
    sep = [". ", ".- ", " "][variant % 3]
    return f"Estrategia {s['number']}{sep}{s['title']}"


def report_cell(g, marker):
    if g["report_status"] == "not_reported":
        return p(marker) if marker else ""
    return paras(g["report_paragraphs"])


def split_paragraphs(paragraphs):
    """Splits the longest paragraph at a word boundary (next word lower case) near its middle:
    returns (before, after) paragraph lists; 'after' starts mid-sentence in lower case."""
    k = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    words = paragraphs[k].split(" ")
    best = None
    for i in range(len(words) // 2, len(words) - 2):
        if words[i][:1].islower() and not words[i - 1].endswith((".", ",", ";", ":")):
            best = i
            break
    if best is None:
        best = len(words) // 2
    head, tail = " ".join(words[:best]), " ".join(words[best:])
    return paragraphs[:k] + [head], [tail] + paragraphs[k + 1:]


def strat_columns(c, s, idx):
    goals, n = s["goals"], len(s["goals"])
    marker = c["render"]["not_reported_marker"]
    split = c["render"].get("split")
    span = f' colspan="{n}"' if n > 1 else ""
    row = lambda cells: "<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>"
    head_row = lambda text: f"<tr><td{span}><b>{h(text)}</b></td></tr>"
    top = [f"<tr><td{span}><b>{h(strategy_heading(s, idx))}</b></td></tr>",
           row([p(goal_heading(g)) for g in goals]),
           row([p("Indicador: " + g["indicator"]) for g in goals]),
           row([p("Instancia Ejecutora: " + g["executor"]) for g in goals]),
           head_row("INFORME")]
    tables = []
    if split and split["strategy"] == s["number"]:
        gi = split["goal_index"]
        before, after = split_paragraphs(goals[gi]["report_paragraphs"])
        cells = [report_cell(g, marker) for g in goals]
        cells[gi] = paras(before)
        top.append(row(cells))
        tables.append(top)
        cont = [""] * n
        cont[gi] = paras(after)
        rest = [row(cont)]
    else:
        top.append(row([report_cell(g, marker) for g in goals]))
        rest = top
        tables.append(rest)
    ids = [g["id"] for g in goals]
    retro = [[f for f in s["feedback"] if f["section"] == "retroalimentacion" and f["goal"] == gid] for gid in ids]
    obs = [[f for f in s["feedback"] if f["section"] == "observacion" and f["goal"] == gid and not f.get("span")] for gid in ids]
    spans = [f for f in s["feedback"] if f.get("span")]
    rest.append(head_row("Retroalimentación"))
    for k in range(max(len(x) for x in retro) if retro else 0):
        rest.append(row([p(col[k]["text"]) if k < len(col) else "" for col in retro]))
    rest.append(head_row(["Observaciones", "Observaciones de las Instancias"][idx % 2]))
    depth = max(len(x) for x in obs) if obs else 0
    for k in range(depth):
        rest.append(row([p(col[k]["text"]) if k < len(col) else "" for col in obs]))
    for f in spans:
        rest.append(f"<tr><td{span}>{p(f['text'])}</td></tr>")
    if depth == 0 and not spans:
        rest.append(row([""] * n))
    if rest is not top:
        tables.append(rest)
    out = []
    for i, t in enumerate(tables):
        if i:
            out.append('<p style="page-break-before: always">&nbsp;</p>')  # an empty <p> does not break
        out.append(f'<table border="1" cellpadding="4" width="100%">{"".join(t)}</table>')
    return "".join(out) + "<p></p>"


def strat_rows(c, s, idx):
    marker = c["render"]["not_reported_marker"]
    out = [p(strategy_heading(s, idx), bold=True)]
    first = s["goals"][0]["id"]
    for g in s["goals"]:
        retro = [f for f in s["feedback"] if f["section"] == "retroalimentacion" and f["goal"] == g["id"]]
        obs = [f for f in s["feedback"] if f["section"] == "observacion" and f["goal"] == g["id"]]
        meta = (g["id"] + " " + g["text"]) if g["id"] else g["text"]
        rows = [("Meta", p(meta)), ("Indicador", p(g["indicator"])), ("Instancia Ejecutora", p(g["executor"])),
                ("Informe", report_cell(g, marker)),
                ("Retroalimentación", paras(f["text"] for f in retro)),
                ("Observaciones", paras(f["text"] for f in obs))]
        body = "".join(f'<tr><td width="22%"><b>{h(label)}</b></td><td>{cell}</td></tr>' for label, cell in rows)
        out.append(f'<table border="1" cellpadding="4" width="100%">{body}</table><p></p>')
    return "".join(out)


def strat_narrative(c, s, idx):
    marker = c["render"]["not_reported_marker"] or "No reportó"
    out = [f"<p><b>Estrategia {s['number']}.</b> {h(s['title'])}</p>"]
    for g in s["goals"]:
        retro = [f for f in s["feedback"] if f["section"] == "retroalimentacion" and f["goal"] == g["id"]]
        obs = [f for f in s["feedback"] if f["section"] == "observacion" and f["goal"] == g["id"]]
        out.append(p(goal_heading(g)))
        out.append(p("Indicador: " + g["indicator"]))
        out.append(p("Instancia ejecutora: " + g["executor"]))
        if g["report_status"] == "not_reported":
            out.append(p(f"Informe: {marker}."))
        else:
            rp = g["report_paragraphs"]
            out.append(p("Informe: " + rp[0]) + paras(rp[1:]))
        if retro:
            out.append(p("Retroalimentación:", bold=True) + paras(f["text"] for f in retro))
        if obs:
            out.append(p("Observaciones:", bold=True) + paras(f["text"] for f in obs))
    return "".join(out)


# ---------- agreements and signature ----------

def agreements_html(c, style):
    items = [a["text"] for a in c["agreements"]]
    if style == "ul":
        return "<ul>" + "".join(f"<li>{h(t)}</li>" for t in items) + "</ul>"
    if style == "ol":
        return "<ol>" + "".join(f"<li>{h(t)}</li>" for t in items) + "</ol>"
    return "".join(p(f"{i}.- {t}") for i, t in enumerate(items, 1))


def signature(c):
    co = c["coordinator"]
    return "<p></p><p></p>" + p(co["name"], center=True) + p(co["role"], center=True)


# ---------- layouts ----------

def header_table(c):
    s = c["session"]
    rows = [("Lugar:", s["place"]), ("Fecha:", date_text(c)), ("Hora:", s["start_time"] + " horas"),
            ("Grupo de población", s["body"]),
            ("Tema de la reunión de trabajo:" if s["kind"].startswith("reunión") else "Tema de la sesión:", s["topic"]), ("Objetivo", s["objective"])]
    return '<table border="1" cellpadding="4" width="100%">' + "".join(
        f"<tr><td><b>{h(a)}</b></td><td>{h(b)}</td></tr>" for a, b in rows) + "</table>"


def intro(c, words=False):
    s = c["session"]
    d = es.parse(s["date"])
    when = es.date_words(d).capitalize() if words else "El " + es.date_weekday(d, capital=False)
    return p(f"{when}, en {s['place'].rstrip('.')}, se llevó a cabo la {number_inline(c)} del Espacio de Participación de los "
             f"{s['body']}, con la asistencia de las siguientes personas:")


def puntos(c):
    return p("PUNTOS SOBRESALIENTES", bold=True) + p("A continuación se describen los puntos sobresalientes de la reunión de trabajo") + \
        "".join(p(f"{i}.- {t}") for i, t in enumerate(c["extra"]["puntos"], 1))


def layout_l1(c, words_intro=False):
    parts = [p(title_text(c), bold=True, center=True), header_table(c), p("ASISTENCIA", bold=True),
             intro(c, words_intro), att_subheadings(c), puntos(c), p("ORIENTACIÓN Y RETROALIMENTACIÓN", bold=True)]
    parts += [strat_columns(c, s, i) for i, s in enumerate(c["strategies"])]
    parts += [p("ACUERDOS OPERATIVOS", bold=True), agreements_html(c, "ul"), signature(c)]
    return parts


def layout_l2(c):
    s = c["session"]
    parts = [p(title_text(c), bold=True, center=True), p("Lugar: " + s["place"]), p("Fecha: " + date_text(c)),
             p(f"Hora de inicio: {s['start_time']} hrs."), p("Objetivo: " + s["objective"]),
             p("LISTA DE ASISTENCIA", bold=True), att_sector_rows(c), p("RETROALIMENTACIÓN DE ESTRATEGIAS", bold=True)]
    parts += [strat_columns(c, st, i) for i, st in enumerate(c["strategies"])]
    parts += [p("ACUERDOS", bold=True), agreements_html(c, "ol"), signature(c)]
    return parts


def layout_l3(c):
    s = c["session"]
    parts = [f"<h1>{h(title_text(c))}</h1>", p("Lugar: " + s["place"]), p("Fecha: " + date_text(c)),
             p(f"Hora de inicio: {s['start_time']} hrs."), p("Tema: " + s["topic"]), p("Objetivo: " + s["objective"]),
             "<h2>ASISTENTES</h2>", att_sector_column(c), "<h2>RETROALIMENTACIÓN DE ESTRATEGIAS</h2>"]
    parts += [strat_rows(c, st, i) for i, st in enumerate(c["strategies"])]
    parts += ["<h2>ACUERDOS</h2>", agreements_html(c, "numbered"), signature(c)]
    return parts


def layout_l4(c):
    s = c["session"]
    d = es.parse(s["date"])
    end = c["render"]["end_time"]
    parts = [f"<h1>ACTA DE LA {h(title_text(c))}</h1>", p("Lugar: " + s["place"]),
             p(f"En la Ciudad de México, {es.date_words(d)}, siendo las {s['start_time']} horas, se reunieron las personas integrantes "
               f"del Espacio de Participación de los {s['body']} para celebrar su {number_inline(c)}, conforme al siguiente"),
             "<h2>ORDEN DEL DÍA</h2>", "<ol>" + "".join(f"<li>{h(t)}</li>" for t in c["extra"]["orden_del_dia"]) + "</ol>",
             "<h2>LISTA DE ASISTENCIA</h2>", att_list(c), "<h2>DESARROLLO DE LA SESIÓN</h2>",
             p("La coordinación del Espacio da la bienvenida, verifica el quórum y somete a consideración el orden del día, que se aprueba por unanimidad.")]
    parts += [strat_narrative(c, st, i) for i, st in enumerate(c["strategies"])]
    parts += ["<h2>ACUERDOS</h2>", agreements_html(c, "ol"),
              p(f"No habiendo más asuntos que tratar, se da por concluida la sesión a las {end} horas."), signature(c)]
    return parts


def layout_l5(c):
    return layout_l1(c)


def layout_l6(c):
    parts = layout_l1(c, words_intro=True)
    return parts


LAYOUTS = {"L1": layout_l1, "L2": layout_l2, "L3": layout_l3, "L4": layout_l4, "L5": layout_l5, "L6": layout_l6}


def render_html(c):
    body = "\n".join(LAYOUTS[c["corpus"]["layout"]](c))
    return f'<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>{h(c["source"]["file"])}</title></head>\n<body>\n{body}\n</body></html>\n'


def gold_of(c):
    """The contract for what the document says: the content minus render/extra keys."""
    g = {k: c[k] for k in ("source", "session", "coordinator", "attendance", "strategies", "agreements", "next_session", "warnings")}
    g = json.loads(json.dumps(g))
    for s in g["strategies"]:
        for goal in s["goals"]:
            goal.pop("report_paragraphs", None)
        for f in s["feedback"]:
            f.pop("span", None)
    g["corpus"] = c["corpus"]
    return g


def main(argv):
    render = "--no-render" not in argv
    stems = [a for a in argv if not a.startswith("--")]
    files = sorted(glob.glob(os.path.join(CONTENT, "*.json")))
    if stems:
        files = [f for f in files if os.path.basename(f)[:-5] in stems]
    os.makedirs(HTML_DIR, exist_ok=True)
    jobs = []
    for f in files:
        c = json.load(open(f, encoding="utf-8"))
        stem = c["source"]["file"]
        folder = os.path.join(ROOT, "corpus", c["extra"]["espacio"])
        os.makedirs(folder, exist_ok=True)
        html_path = os.path.join(HTML_DIR, stem + ".html")
        with open(html_path, "w", encoding="utf-8") as out:
            out.write(render_html(c))
        with open(os.path.join(folder, stem + ".gold.json"), "w", encoding="utf-8") as out:
            json.dump(gold_of(c), out, ensure_ascii=False, indent=2)
            out.write("\n")
        jobs.append((stem, folder, html_path, c["render"]["formats"]))
    print(f"{len(jobs)} HTML + gold files written")
    if render and jobs:
        render_all(jobs)


def render_all(jobs):
    script = os.path.join(ROOT, "scripts", "render-html.sh")
    with tempfile.TemporaryDirectory() as tmp:
        groups = {"docx,pdf": [j for j in jobs]}
        for extra in ("doc", "odt"):
            sel = [j for j in jobs if extra in j[3]]
            if sel:
                groups[extra] = sel
        for formats, sel in groups.items():
            out = os.path.join(tmp, formats.replace(",", "-"))
            subprocess.run(["bash", script, out, formats] + [j[2] for j in sel], check=True)
            for stem, folder, _, _ in sel:
                for ext in formats.split(","):
                    src = os.path.join(out, f"{stem}.{ext}")
                    if not os.path.exists(src):
                        raise SystemExit(f"{stem}.{ext} was not produced by render-html.sh")
                    shutil.move(src, os.path.join(folder, f"{stem}.{ext}"))
    print("rendered", sum(len(j[3]) for j in jobs), "documents")


if __name__ == "__main__":
    main(sys.argv[1:])
