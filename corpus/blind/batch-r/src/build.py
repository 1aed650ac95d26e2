# -*- coding: utf-8 -*-
"""Render batch R from content.py: .docx / .html, .gold.json, then PDFs (LibreOffice, Chromium or a scan), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import glob, json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import R, P, C, T, EMPTY, gold, OUT, field_complex
from content import ACTAS, IE, SC, SE, OT

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-r' + os.environ.get('LOPROF', '')
CHROMIUM_LAYOUTS = {'R4', 'R5'}
SCANNED_LAYOUTS = {'R3'}
EXTRA_FORMATS = {
    'blind-r-cuidadoras-08-2019-03-21': ['odt'],
    'blind-r-autismo-03-2021-04-15': ['doc'],
    'blind-r-artesanas-05-2016-06-08': ['rtf'],
    'blind-r-cancer-04-2023-08-24': ['odt'],
}
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']


def lo_convert(src_path, fmt, outdir=OUT):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def long_date(iso, weekday=True):
    import datetime
    d = datetime.date.fromisoformat(iso)
    s = f'{d.day} de {MESES[d.month - 1]} de {d.year}'
    return (DIAS[d.weekday()] + ' ' + s) if weekday else s


def join_y(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' y ' + xs[-1]


def de(inst):
    """'de la Secretaría…', 'del Sistema…', 'de Otros Dreams…'"""
    w = inst.split()[0]
    if w in ('Sistema', 'Fideicomiso', 'Instituto', 'Consejo', 'Alto', 'Colectivo', 'Tribunal', 'Centro', 'Fondo', 'Programa'):
        return 'del ' + inst
    if w in ('Secretaría', 'Federación', 'Asociación', 'Facultad', 'Consejería', 'Organización', 'Red', 'Procuraduría', 'Comisión', 'Universidad', 'Fiscalía', 'Alcaldía', 'Delegación', 'Escuela', 'Casa', 'Brigada', 'Agencia', 'Autoridad', 'Dirección', 'Coordinación', 'Subsecretaría'):
        return 'de la ' + inst
    return 'de ' + inst


def subj(inst):
    """'La Secretaría…', 'El Sistema…'"""
    d = de(inst)
    return 'El ' + inst if d.startswith('del ') else ('La ' + inst if d.startswith('de la ') else inst)


def fb(st, goal, section=None):
    return [f for f in st['feedback'] if f[2] == goal and (section is None or f[1] == section)]


def by_sector(att, order=(IE, OT, SC, SE)):
    return [(s, [a for a in att if a[4] == s]) for s in order if any(a[4] == s for a in att)]



SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Academia / otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def hours(a):
    return f'de {a["start"]} a {a["end"]} horas'


# ================================================================== main
def main(layouts):
    import lay_r1, lay_r2, lay_r3, lay_r4, lay_r5, lay_r6
    BUILDERS = {'R1': lay_r1.build, 'R2': lay_r2.build, 'R3': lay_r3.build, 'R4': lay_r4.build, 'R5': lay_r5.build, 'R6': lay_r6.build}
    HTML = {'R4': lay_r4.html, 'R5': lay_r5.html}
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    for n, a in enumerate(ACTAS):
        if layouts and a['layout'] not in layouts: continue
        stem = os.path.join(OUT, a['stem'])
        if a['layout'] in CHROMIUM_LAYOUTS:
            hp = os.path.join(SRC, 'html', a['stem'] + '.html')
            with open(hp, 'w', encoding='utf-8') as f: f.write(HTML[a['layout']](a))
            pdf_from_html(hp, stem + '.pdf')
            BUILDERS[a['layout']](a, stem + '.docx', hp)
        else:
            BUILDERS[a['layout']](a, stem + '.docx')
            if a['layout'] in SCANNED_LAYOUTS:
                lay_r3.fax_pdf(a, stem + '.docx', stem + '.pdf', n)
            elif a['layout'] == 'R6':
                lay_r6.pdf(stem + '.docx')
            else:
                lo_convert(stem + '.docx', 'pdf')
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(stem + '.docx', fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main(set(sys.argv[1:]))
