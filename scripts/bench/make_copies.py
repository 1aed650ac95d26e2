#!/usr/bin/env python3
"""Makes N copies of the corpus actas of one format, each its own session, for scripts/bench.sh.

  make_copies.py FORMAT N OUT_DIR CORPUS_DIR      FORMAT: docx or pdf

Copy k is made from template t = k mod T (the T corpus .docx whose name ends in -YYYY-MM-DD and that have a
gold file) and gets a session date no other copy has (day 2-28 of a month of 2001 onwards: 324 dates a year)
and a new session number (1 + k mod 999 where the title writes it in digits, 1 + k mod 199 in ordinal words,
the most SpanishOrdinalParser reads). The template's session date (from its gold) is rewritten in every form the
corpus uses: "Martes 11 de septiembre de 2018", "11/09/2018", "a los once días del mes de septiembre de dos mil
dieciocho"; the number in the title: "23ª", "23a.", "No. 23", "VIGÉSIMA TERCERA". A template where the date or the
number is not found stops the script, so a new corpus layout cannot silently turn copies into one session.

.pdf: the .docx copies are rendered by LibreOffice, as the corpus PDFs were (scripts/render-html.sh), so each PDF
copy has its own text, not only its own /ID. Renders are cached by the .docx copy's hash under
$XDG_CACHE_HOME/actas-bench (rendering 1,000 copies takes minutes).
"""
import datetime, hashlib, json, os, re, shutil, subprocess, sys, tempfile, zipfile

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
         "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
         "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
ORDINAL_UNITS = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"]
ORDINAL_TENS = ["", "décima", "vigésima", "trigésima", "cuadragésima", "quincuagésima", "sexagésima", "septuagésima",
                "octogésima", "nonagésima"]
ORDINAL_WORD = r"(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|" \
               r"d[ée]cim[oa]|und[ée]cim[oa]|duod[ée]cim[oa]|vig[ée]sim[oa]|trig[ée]sim[oa]|cent[ée]sim[oa])"
TITLE_WORD = r"(?:sesi[óo]n|reuni[óo]n|SESI[ÓO]N|REUNI[ÓO]N)"


def words(n):
    """Cardinal in words, 1-99 ("treinta y uno")."""
    return UNITS[n] if n < 30 else TENS[n // 10] + ("" if n % 10 == 0 else " y " + UNITS[n % 10])


def year_words(y):
    return "dos mil" + ("" if y == 2000 else " " + words(y - 2000))


def ordinal_words(n):
    """Feminine ordinal in words, 1-199 ("centésima vigésima tercera")."""
    parts = (["centésima"] if n >= 100 else []) + [ORDINAL_TENS[(n % 100) // 10], ORDINAL_UNITS[n % 10]]
    return " ".join(p for p in parts if p)


def same_case(new, old):
    return new.upper() if old.isupper() else new[0].upper() + new[1:] if old[:1].isupper() else new


def templates(corpus):
    found = []
    for root, dirs, files in os.walk(corpus):
        # Blind batches are scored at first sight, not templates (and batch-d must stay unopened).
        dirs[:] = [d for d in dirs if d not in ("src", "blind") and not d.startswith(".")]
        for f in files:
            gold = os.path.join(root, f[:-len(".docx")] + ".gold.json")
            if f.endswith(".docx") and re.search(r"-\d{4}-\d{2}-\d{2}\.docx$", f) and os.path.exists(gold):
                session = json.load(open(gold, encoding="utf-8"))["session"]
                found.append((os.path.join(root, f), datetime.date.fromisoformat(session["date"]), session["number"]))
    return sorted(found)


def new_date(k):
    return datetime.date(2001 + k // 324, 1 + (k // 27) % 12, 2 + k % 27)


def rewrite_date(text, old, new):
    """Every form of the session date in document.xml's text; returns (text, replacements)."""
    month = MONTHS[old.month - 1]
    written = re.compile(r"(?i)(?:\b(%s)\s+)?\b0?%d(\s+de\s+)(%s)(\s+del?\s+)%d\b" % ("|".join(WEEKDAYS), old.day, month, old.year))
    numeric = re.compile(r"\b0?%d/0?%d/%d\b" % (old.day, old.month, old.year))
    in_words = re.compile(r"(?i)\b%s(\s+d[íi]as?\s+del\s+mes\s+de\s+)(%s)(\s+del?\s+)%s\b" % (words(old.day), month, year_words(old.year)))

    def written_sub(m):
        weekday = same_case(WEEKDAYS[new.weekday()], m.group(1)) + " " if m.group(1) else ""
        return f"{weekday}{new.day}{m.group(2)}{same_case(MONTHS[new.month - 1], m.group(3))}{m.group(4)}{new.year}"

    text, a = written.subn(written_sub, text)
    text, b = numeric.subn(f"{new.day:02d}/{new.month:02d}/{new.year}", text)
    text, c = in_words.subn(lambda m: f"{words(new.day)}{m.group(1)}{same_case(MONTHS[new.month - 1], m.group(2))}{m.group(3)}{year_words(new.year)}", text)
    return text, a + b + c


def rewrite_number(text, old, k):
    """The session number in titles ("23ª REUNIÓN", "23a. SESIÓN", "SESIÓN ORDINARIA No. 23", "VIGÉSIMA TERCERA REUNIÓN")."""
    digits = 1 + k % 999
    text, a = re.subn(r"\b%d(ª|º|a\.|o\.)(\s+%s)" % (old, TITLE_WORD), lambda m: f"{digits}{m.group(1)}{m.group(2)}", text)
    text, b = re.subn(r"(%s[^<]{0,40}?\b(?:No|Núm|Número)\.?\s*)%d\b" % (TITLE_WORD, old), lambda m: f"{m.group(1)}{digits}", text)
    text, c = re.subn(r"(?i)\b(%s(?:\s+%s)*)(\s+%s)" % (ORDINAL_WORD, ORDINAL_WORD, TITLE_WORD),
                      lambda m: same_case(ordinal_words(1 + k % 199), m.group(1)) + m.group(2), text)
    return text, a + b + c


def docx_copy(src, dst, old_date, old_number, k):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text, dates = rewrite_date(data.decode("utf-8"), old_date, new_date(k))
                text, numbers = rewrite_number(text, old_number, k)
                if dates == 0 or numbers == 0:
                    sys.exit(f"{src}: session {'date ' + old_date.isoformat() if dates == 0 else 'number %d' % old_number} "
                             f"not found in word/document.xml; teach make_copies.py this layout's way of writing it")
                data = text.encode("utf-8")
            zout.writestr(item, data)


def render_pdfs(docx_dir, out, names):
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "actas-bench", "pdf")
    os.makedirs(cache, exist_ok=True)
    keys = {n: hashlib.sha256(open(os.path.join(docx_dir, n + ".docx"), "rb").read()).hexdigest() for n in names}
    missing = [n for n in names if not os.path.exists(os.path.join(cache, keys[n] + ".pdf"))]
    if missing:
        with tempfile.TemporaryDirectory() as tmp:
            profile = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
            for i in range(0, len(missing), 200):
                batch = [os.path.join(docx_dir, n + ".docx") for n in missing[i:i + 200]]
                subprocess.run(["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", tmp] + batch,
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for n in missing:
                shutil.move(os.path.join(tmp, n + ".pdf"), os.path.join(cache, keys[n] + ".pdf"))
    for n in names:
        shutil.copyfile(os.path.join(cache, keys[n] + ".pdf"), os.path.join(out, n + ".pdf"))


def main():
    fmt, n, out, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    if fmt not in ("docx", "pdf"):
        sys.exit(f"format {fmt!r}: expected docx or pdf")
    os.makedirs(out, exist_ok=True)
    sources = templates(corpus)
    names = [f"bench-{k:05d}" for k in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        docx_dir = out if fmt == "docx" else tmp
        for k, name in enumerate(names):
            src, old_date, old_number = sources[k % len(sources)]
            docx_copy(src, os.path.join(docx_dir, name + ".docx"), old_date, old_number, k)
        if fmt == "pdf":
            render_pdfs(docx_dir, out, names)


if __name__ == "__main__":
    main()
