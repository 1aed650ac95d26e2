# -*- coding: utf-8 -*-
"""Spanish numbers, dates and times in words (legal style)."""
U = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
     'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco',
     'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']
D = {30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 70: 'setenta', 80: 'ochenta', 90: 'noventa'}
C = {100: 'ciento', 200: 'doscientos', 300: 'trescientos', 400: 'cuatrocientos', 500: 'quinientos', 600: 'seiscientos', 700: 'setecientos', 800: 'ochocientos', 900: 'novecientos'}
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']


def num(n):
    if n < 30: return U[n]
    if n < 100: return D[n // 10 * 10] + ('' if n % 10 == 0 else ' y ' + U[n % 10])
    if n == 100: return 'cien'
    if n < 1000: return C[n // 100 * 100] + ('' if n % 100 == 0 else ' ' + num(n % 100))
    if n < 1000000:
        k, r = divmod(n, 1000)
        return ('mil' if k == 1 else num(k) + ' mil') + ('' if r == 0 else ' ' + num(r))
    raise ValueError(n)


def date_words(iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:])
    return f'{"primero" if d == 1 else num(d)} de {MESES[m - 1]} de {num(y)}'


def time_words(hm):
    h, m = map(int, hm.split(':'))
    hw = 'una hora' if h in (1, 13) else f'{num(h if h <= 12 else h)} horas'
    return hw + ('' if m == 0 else f' con {num(m)} minutos')


def long_date(iso, weekday=True):
    import datetime
    d = datetime.date.fromisoformat(iso)
    s = f'{d.day} de {MESES[d.month - 1]} de {d.year}'
    return (DIAS[d.weekday()] + ' ' + s) if weekday else s
