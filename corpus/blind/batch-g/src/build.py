"""Build batch G: python3 src/build.py [BG1 BG2 ...]  (run from corpus/blind/batch-g).

Writes <stem>.docx and <stem>.gold.json from each layout module's content, then prints the
PDFs: LibreOffice for the .docx of most layouts, Chromium for layouts with render_html."""
import importlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from model import write_gold  # noqa: E402

LAYOUTS = {'BG1': 'g1', 'BG2': 'g2', 'BG3': 'g3', 'BG4': 'g4', 'BG5': 'g5', 'BG6': 'g6'}


def main(args):
    wanted = args or [k for k in LAYOUTS if os.path.exists(os.path.join(HERE, LAYOUTS[k] + '.py'))]
    lo, chrome = [], []
    for key in wanted:
        mod = importlib.import_module(LAYOUTS[key])
        for acta in mod.ACTAS:
            docx = os.path.join(OUT, acta['stem'] + '.docx')
            mod.render(acta, docx)
            write_gold(acta, OUT)
            if hasattr(mod, 'render_html'):
                html = os.path.join(HERE, 'html', acta['stem'] + '.html')
                os.makedirs(os.path.dirname(html), exist_ok=True)
                mod.render_html(acta, html)
                chrome.append((html, os.path.join(OUT, acta['stem'] + '.pdf')))
            else:
                lo.append(docx)
            print('wrote', acta['stem'])
    if lo:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-g', '--headless', '--convert-to', 'pdf',
                        '--outdir', OUT] + lo, check=True, stdout=subprocess.DEVNULL)
    for html, pdf in chrome:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf=' + pdf, 'file://' + html], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main(sys.argv[1:])
