"""Spanish number words, ordinals and dates for the corpus generator (stdlib only)."""
import datetime

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
          "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
          "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
          "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
_HUNDREDS = {2: "doscient", 3: "trescient", 4: "cuatrocient", 5: "quinient", 6: "seiscient",
             7: "setecient", 8: "ochocient", 9: "novecient"}


def _apocope(word, gender):
    """'uno' before a noun: 'un' (m) / 'una' (f); 'veintiuno' -> 'veintiún' / 'veintiuna'."""
    if word == "uno":
        return "un" if gender == "m" else "una"
    if word == "veintiuno":
        return "veintiún" if gender == "m" else "veintiuna"
    if word.endswith(" uno"):
        return word[:-3] + ("un" if gender == "m" else "una")
    return word


def cardinal(n, gender="m"):
    """Cardinal before a noun of the given gender: 81 m -> 'ochenta y un', 248 f -> 'doscientas cuarenta y ocho'."""
    assert 0 <= n < 1000000
    if n < 30:
        return _apocope(_UNITS[n], gender)
    if n < 100:
        t, u = divmod(n, 10)
        return _TENS[t] if u == 0 else _apocope(_TENS[t] + " y " + _UNITS[u], gender)
    if n < 1000:
        h, r = divmod(n, 100)
        if h == 1:
            head = "cien" if r == 0 else "ciento"
        else:
            head = _HUNDREDS[h] + ("as" if gender == "f" else "os")
        return head if r == 0 else head + " " + cardinal(r, gender)
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else cardinal(th, gender) + " mil"
    return head if r == 0 else head + " " + cardinal(r, gender)


_ORD_UNITS = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"]
_ORD_TENS = ["", "décima", "vigésima", "trigésima", "cuadragésima"]


def ordinal_feminine(n):
    """24 -> 'vigésima cuarta'; 11 -> 'décima primera'."""
    t, u = divmod(n, 10)
    parts = [p for p in (_ORD_TENS[t], _ORD_UNITS[u]) if p]
    return " ".join(parts)


def iso(d):
    return d.isoformat()


def date_long(d):
    """'27 de septiembre de 2018'"""
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def date_weekday(d, capital=True):
    """'Jueves 27 de septiembre de 2018'"""
    w = WEEKDAYS[d.weekday()]
    return (w.capitalize() if capital else w) + " " + date_long(d)


def date_numeric(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def date_words(d):
    """'a los veintisiete días del mes de septiembre de dos mil dieciocho'"""
    day = "al primer día" if d.day == 1 else f"a los {cardinal(d.day, 'm')} días"
    return f"{day} del mes de {MONTHS[d.month - 1]} de {cardinal(d.year, 'm')}"


def parse(s):
    return datetime.date.fromisoformat(s)
