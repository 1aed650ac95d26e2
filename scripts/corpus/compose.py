#!/usr/bin/env python3
"""Composes the content files corpus/src/content/<stem>.json of the generated actas from the
hand-written banks (catalog.py, report_bank.py, feedback_bank.py) with a fixed seed per acta.

A content file is the contract (acta.schema.json) for what the acta will say, plus:
  "corpus": {"layout", "origin", "notes"}            -> copied into the gold
  "render": {"formats", "title_style", "date_style", "figure_words", "not_reported_marker", "split"}
  "extra":  {"puntos", "orden_del_dia", "espacio"}   -> rendered, not part of the gold
and goals carry "report_paragraphs" (the INFORME as paragraphs; the gold's report is their join).
Run once; the content files are committed and generate.py renders them. Re-running rewrites them
identically (seeded)."""
import json, os, random, re, sys, datetime
sys.path.insert(0, os.path.dirname(__file__))
import spanish as es
from catalog import ESPACIOS
from report_bank import GENERIC, ENUMERATIONS, PERIODS
from feedback_bank import RETRO, OBS, SOLICITA_SIN_INFORME

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "corpus", "src", "content")

LAYOUTS = {
    "trata": "L1 L1 L2 L5 L6 L3 L4 L2 L5 L3".split(),
    "salud": "L3 L4 L2 L1 L5 L6 L4 L3 L2 L1".split(),
    "jovenes": "L2 L4 L1 L3 L6 L5 L4 L2 L1 L3".split(),
    "indigenas": "L4 L3 L5 L2 L1 L4 L6 L3 L5 L2".split(),
}
EXTRA_FORMATS = {
    ("trata", 25): "doc", ("trata", 31): "doc", ("salud", 7): "doc", ("salud", 11): "doc",
    ("jovenes", 14): "doc", ("indigenas", 9): "doc",
    ("trata", 28): "odt", ("salud", 5): "odt", ("jovenes", 12): "odt", ("jovenes", 18): "odt",
    ("indigenas", 7): "odt", ("indigenas", 13): "odt",
}
TITLE_STYLES = {"L1": ["words"], "L2": ["sup"], "L3": ["no"], "L4": ["words"], "L5": ["words", "a"], "L6": ["no", "a", "sup"]}
DATE_STYLES = {"L1": ["weekday"], "L2": ["numeric"], "L3": ["long"], "L4": ["words"], "L5": ["weekday", "long"], "L6": ["numeric", "long"]}

FIG = re.compile(r"\[\[(?:=(\d+)\|([^|\]]+)\|([^\]]+)|(\d+)-(\d+) (\S+)(?: ([mf]))?)\]\]")


def render_number(v, gender, rng, words_p):
    if v < 1000 and rng.random() < words_p:
        return es.cardinal(v, gender)
    return f"{v:,}"


def fill_report(template, slots, rng, words_p):
    """Returns (text, figures) with figures as (value, unit, display)."""
    text = template.format(**slots)
    figures = []

    def sub(m):
        if m.group(1):
            v, unit, display = int(m.group(1)), m.group(2), m.group(3)
            figures.append((v, unit, display))
            return display
        lo, hi, unit, gender = int(m.group(4)), int(m.group(5)), m.group(6), m.group(7) or "m"
        v = rng.randint(lo, hi)
        if unit == "%":
            display = f"{v}%"
        else:
            display = render_number(v, gender, rng, words_p) + " " + unit
        figures.append((v, unit, display))
        return display
    return FIG.sub(sub, text), figures


def sentence_of(text, display):
    for s in re.split(r"(?<=[.;])\s+", text):
        if display in s:
            return s
    return text


def strategy_list(nums):
    nums = [str(n) for n in nums]
    return nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " y " + nums[-1]


def compose_goal(e, g, n, rng, layout, words_p, slots_base):
    report_status = "reported"
    if g["never_reports"] or n in g["not_reported_in"] or rng.random() < 0.08:
        report_status = "not_reported"
    paragraphs, figures = [], []
    if report_status == "reported":
        templates = list(g["reports"])
        pool = [t for t in GENERIC]
        rng.shuffle(pool)
        want = (3 if layout == "L5" else rng.choice([1, 1, 2])) - (1 if templates else 0)
        templates += pool[:max(want, 0)]
        if rng.random() < 0.07:
            templates.append(rng.choice(ENUMERATIONS))
        slots = dict(slots_base, tema=g["tema"], pob=g["pob"], inst=g["executor"],
                     lugar=g["lugar"] or rng.choice(["las dieciséis alcaldías", "la alcaldía Iztapalapa", "espacios públicos de la Ciudad", "las oficinas centrales"]),
                     aliado=g["aliado"] or rng.choice(["la Secretaría Ejecutiva", "organizaciones de la sociedad civil", "la Comisión de Derechos Humanos del Distrito Federal"]))
        for t in templates:
            text, figs = fill_report(t, slots, rng, words_p)
            paragraphs.append(text)
            for v, unit, display in figs:
                figures.append(dict(value=v, unit=unit.lower(), goal=g["id"], context=sentence_of(text, display)))
    goal = dict(id=g["id"], text=g["text"], indicator=g["indicator"], executor=g["executor"], executor_key=g["key"],
                report_status=report_status, report=" ".join(paragraphs) if paragraphs else None,
                report_paragraphs=paragraphs)
    return goal, figures


def compose_feedback(e, s_num, goals, cat_goals, rng, layout):
    total = rng.randint(3, 8)
    items, seen = [], set()
    other = e["other_strategy"].get(s_num, s_num)
    retro_labels = list(RETRO)
    weights = {"avance": 2, "desalineado": 2, "insuficiente": 2, "solicita_datos": 4, "diseno_meta": 1,
               "reasignar": 1, "cuestiona": 1, "exhorta": 1}
    n_obs = min(rng.choice([0, 1, 1, 2]), total - 2)
    for k in range(total):
        section = "observacion" if k >= total - n_obs else "retroalimentacion"
        gi = k % len(goals)
        goal, cg = goals[gi], cat_goals[gi]
        if section == "retroalimentacion":
            if goal["report_status"] == "not_reported":
                label = rng.choice(["exhorta", "exhorta", "solicita_datos"])
                bank = RETRO[label] if label == "exhorta" else SOLICITA_SIN_INFORME
            else:
                label = rng.choices(retro_labels, [weights[l] for l in retro_labels])[0]
                bank = RETRO[label]
                if label == "exhorta":  # the goal was reported: no "start reporting" urges
                    bank = [t for t in bank if not any(w in t for w in ("sin información", "empiece", "reporte en el siguiente"))]
        else:
            label = rng.choice(["instancia", "instancia", "proceso"])
            bank = OBS[label]
        meta = f"la meta {goal['id']}" if goal["id"] else "la meta"
        for _ in range(20):
            text = rng.choice(bank).format(inst=cg["executor"], tema=cg["tema"], pob=cg["pob"], meta=meta, est=s_num, otra=other)
            if text not in seen:
                break
        if text in seen:
            continue
        seen.add(text)
        item = dict(text=text, section=section, goal=goal["id"], label=label, confidence=None)
        if section == "observacion" and len(goals) > 1 and rng.random() < 0.4:
            item["goal"], item["span"] = goals[0]["id"], True  # a cell merged over all goals -> first goal
        items.append(item)
    # keep retro before obs, grouped by goal order as the tables show them (column by column, row by row)
    return items


def next_agreement(e, session_date, date_iso, start, end, strategies, rng, style):
    d = es.parse(date_iso)
    same_year = d.year == session_date.year
    day = f"{es.WEEKDAYS[d.weekday()]} {d.day} de {es.MONTHS[d.month - 1]}" + ("" if same_year else f" de {d.year}")
    lst = strategy_list(strategies)
    if style == 0:
        text = f"La siguiente sesión será el próximo {day}, de {start} a {end} horas, en la cual se retroalimentarán las estrategias {lst}."
    elif style == 1:
        text = f"Se acuerda que la próxima reunión se llevará a cabo el {es.date_long(d)}, de {start} a {end} horas, para revisar las estrategias {lst}."
    else:
        text = f"Próxima sesión: {es.date_numeric(d)}, de {start} a {end} hrs. Estrategias a retroalimentar: {lst}."
    return dict(text=text, dates=[date_iso], strategies=list(strategies), responsible=None), \
        dict(date=date_iso, start_time=start, end_time=end, strategies=list(strategies))


OTHER_AGREEMENTS = [
    ("{inst} enviará a la Secretaría Ejecutiva, a más tardar el {fecha}, la información estadística solicitada sobre la estrategia {est}.", True, True),
    ("La coordinación del Espacio hará llegar a las instancias la relatoría de la sesión y la matriz de retroalimentación.", False, False),
    ("Se retomará la estrategia {est} en una sesión posterior, con la información que presente {inst}.", False, True),
    ("Se invita a quienes integran el Espacio a la jornada de capacitación sobre indicadores que se realizará el {fecha} en la Secretaría Ejecutiva.", True, False),
    ("Las organizaciones de la sociedad civil presentarán por escrito sus propuestas de mejora a la estrategia {est} antes de la siguiente sesión.", False, True),
    ("{inst} designará un enlace con capacidad de decisión para dar seguimiento a los compromisos del Espacio.", False, False),
]


def compose_session(key, idx):
    e = ESPACIOS[key]
    n, date_iso, strat_nums = e["sessions"][idx]
    d = es.parse(date_iso)
    rng = random.Random(f"{key}-{n}")
    layout = LAYOUTS[key][idx]
    words_p = 0.6 if layout == "L6" else 0.1
    stem = f"acta-{key}-{n:02d}-{date_iso}"
    formats = ["docx", "pdf"] + ([EXTRA_FORMATS[(key, n)]] if (key, n) in EXTRA_FORMATS else [])
    start = e["start_times"][idx % len(e["start_times"])]
    hh = int(start[:2])
    end = f"{hh + 3:02d}:{start[3:]}"
    place = e["places"][0 if idx % 4 != 3 else 1]

    attendance = []
    for p in e["people"]:
        a, b = p["sessions"]
        if a <= n <= b:
            attendance.append(dict(name=p["variants"].get(n, p["name"]), institution=p["institution"],
                                   institution_key=p["key"], sector=p["sector"]))
    order = {"instancia_ejecutora": 0, "sociedad_civil": 1, "secretaria_ejecutiva": 2, "otro": 3}
    attendance.sort(key=lambda x: order[x["sector"]])

    slots_base = dict(periodo=rng.choice(PERIODS))
    strategies = []
    for s_num in strat_nums:
        cs = e["strategies"][s_num]
        goals, figures = [], []
        for g in cs["goals"]:
            goal, figs = compose_goal(e, g, n, rng, layout, words_p, slots_base)
            goals.append(goal)
            figures += figs
        reported = sum(g["report_status"] == "reported" for g in goals)
        status = "reported" if reported == len(goals) else ("not_reported" if reported == 0 else "partial")
        feedback = compose_feedback(e, s_num, goals, cs["goals"], rng, layout)
        strategies.append(dict(number=s_num, title=cs["title"], report_status=status, goals=goals,
                               figures=figures, feedback=feedback))

    # agreements: the next session first, then one to three more
    if idx + 1 < len(e["sessions"]):
        nn, nd, ns = e["sessions"][idx + 1]
    else:
        nd, ns = e["next_after_last"]
    if n in e["announce_override"]:
        nd, ns = e["announce_override"][n]
    first, next_session = next_agreement(e, d, nd, start, end, ns, rng, rng.randrange(3) if layout != "L1" else 0)
    agreements = [first]
    pool = list(OTHER_AGREEMENTS)
    rng.shuffle(pool)
    for tmpl, has_date, has_est in pool[:rng.randint(1, 3)]:
        st = rng.choice(strategies)
        est = st["number"]
        inst = rng.choice([g["executor"] for g in st["goals"]])  # an executor of that strategy
        fd = d + datetime.timedelta(days=rng.randint(5, 10))
        fecha = f"{fd.day} de {es.MONTHS[fd.month - 1]}" + ("" if fd.year == d.year else f" de {fd.year}")
        text = tmpl.format(inst=inst, fecha=fecha, est=est)
        agreements.append(dict(text=text, dates=[fd.isoformat()] if has_date else [],
                               strategies=[est] if has_est else [], responsible=None))

    title_style = rng.choice(TITLE_STYLES[layout])
    date_style = rng.choice(DATE_STYLES[layout])
    split = None
    if layout == "L5":
        multi = sorted([s for s in strategies if any(g["report_status"] == "reported" for g in s["goals"])],
                       key=lambda s: -len(s["goals"]))
        if multi:
            s = multi[0]
            gi = max(range(len(s["goals"])), key=lambda i: len(s["goals"][i]["report"] or ""))
            assert s["goals"][gi]["report_status"] == "reported"
            split = dict(strategy=s["number"], goal_index=gi)
    marker = rng.choice(["No reportó", "No reportó", "Sin información", ""])
    lst = strategy_list(strat_nums)
    content = dict(
        source=dict(file=stem, sha256="0" * 64, format="docx", pages=None),
        session=dict(body=e["body"], number=n, kind=e["kind"], date=date_iso, start_time=start, place=place,
                     topic=e["topic"], objective=f"Retroalimentar el avance de las estrategias priorizadas {lst}"),
        coordinator=dict(name=e["coordinator"][0], role=e["coordinator"][1]),
        attendance=attendance, strategies=strategies, agreements=agreements, next_session=next_session, warnings=[],
        corpus=dict(layout=layout, origin="generated", notes=""),
        render=dict(formats=formats, title_style=title_style, date_style=date_style, not_reported_marker=marker,
                    split=split, end_time=end),
        extra=dict(espacio=key),
    )
    notes = [f"title {title_style}", f"date {date_style}"]
    if split:
        notes.append(f"INFORME of strategy {split['strategy']} split across a page break")
    content["corpus"]["notes"] = "; ".join(notes)
    if layout in ("L2", "L4"):
        content["session"]["topic"] = None
    if layout == "L4":
        content["session"]["objective"] = None
    first_inst = strategies[0]["goals"][0]["executor"]
    content["extra"]["puntos"] = [
        rng.choice(["Coordinación del Espacio: da la bienvenida a quienes integran el Espacio y presenta el objetivo de la reunión.",
                    "Coordinadora del Espacio: agradece la asistencia, presenta a las personas que acuden por primera vez y expone la dinámica de la sesión."]),
        rng.choice([f"Retoma los acuerdos de la sesión anterior y señala que {first_inst} quedó pendiente de enviar información complementaria.",
                    "Retoma la sesión anterior y comenta que la relatoría fue enviada a todas las instancias por correo electrónico.",
                    "Informa que la Secretaría Ejecutiva concluyó la revisión de los informes del SIIMPLE correspondientes al primer semestre."]),
        f"Se inicia con la retroalimentación de la estrategia {strat_nums[0]}.",
    ]
    content["extra"]["orden_del_dia"] = ["Lista de asistencia y verificación del quórum.", "Lectura y aprobación del orden del día.",
                                         "Seguimiento de acuerdos de la sesión anterior.", f"Retroalimentación de las estrategias {lst}.",
                                         "Asuntos generales y acuerdos."]
    return stem, content


def main():
    os.makedirs(OUT, exist_ok=True)
    count = 0
    for key in ESPACIOS:
        for idx in range(len(ESPACIOS[key]["sessions"])):
            stem, content = compose_session(key, idx)
            with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(content, f, ensure_ascii=False, indent=2)
                f.write("\n")
            count += 1
    print(f"{count} content files in {OUT}")


if __name__ == "__main__":
    main()
