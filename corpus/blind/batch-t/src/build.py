# -*- coding: utf-8 -*-
"""Render batch T from content.py: .docx / .html / .fods, .gold.json, then PDFs (LibreOffice, Chromium or a phone photo), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import gold, OUT
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-t' + os.environ.get('LOPROF', '')
EXTRA_FORMATS = {
    'blind-t-noasalariadas-06-2016-04-14': ['doc'],
    'blind-t-comedores-02-2014-06-25': ['rtf'],
    'blind-t-alfabetizacion-11-2018-08-29': ['odt'],
    'blind-t-microbuses-09-2023-10-05': ['odt'],
}


def lo_convert(src_path, fmt, outdir=OUT):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def html_to_docx(hp, path):
    """a web page saved as Word: LibreOffice imports the HTML and writes .docx"""
    import shutil, tempfile
    tmp = tempfile.mkdtemp(prefix='blind-t-h2d-')
    src = os.path.join(tmp, os.path.basename(path)[:-5] + '.html')
    shutil.copy(hp, src)
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML',
                    '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def fb(st, goal, section=None):
    return [f for f in st['feedback'] if f[2] == goal and (section is None or f[1] == section)]


def de(inst):
    w = inst.split()[0]
    if w in ('Sistema', 'Instituto', 'Consejo', 'Colectivo', 'Tribunal', 'Centro', 'Fondo', 'Programa', 'Comité'):
        return 'del ' + inst
    if w in ('Secretaría', 'Federación', 'Asociación', 'Facultad', 'Consejería', 'Organización', 'Red', 'Procuraduría', 'Comisión', 'Universidad',
             'Fiscalía', 'Alcaldía', 'Delegación', 'Escuela', 'Casa', 'Agencia', 'Dirección', 'Coordinación', 'Subsecretaría'):
        return 'de la ' + inst
    return 'de ' + inst


def subj(inst):
    d = de(inst)
    return 'el ' + inst if d.startswith('del ') else ('la ' + inst if d.startswith('de la ') else inst)


def by_inst(att):
    out = []
    for x in att:
        for k, (i, xs) in enumerate(out):
            if i == x[2]: xs.append(x); break
        else: out.append((x[2], [x]))
    return out


def main(layouts):
    import importlib
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    for n, a in enumerate(ACTAS):
        if layouts and a['layout'] not in layouts: continue
        mod = importlib.import_module('lay_' + a['layout'].lower())
        stem = os.path.join(OUT, a['stem'])
        mod.render(a, stem, n)
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(stem + '.docx', fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main(set(sys.argv[1:]))
