"""Builds batch D: .docx (+ .html for BD3) and .gold.json from the content dicts, then the PDFs.
Run from the repository root: python3 corpus/blind/batch-d/src/build.py [--no-pdf] [layouts...]"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import write_gold  # noqa: E402
import importlib  # noqa: E402

LAYOUTS = ['bd1', 'bd2', 'bd3', 'bd4', 'bd5', 'bd6']


def main(argv):
    pdf = '--no-pdf' not in argv
    wanted = [x for x in argv if not x.startswith('--')] or LAYOUTS
    lo_docs, chrome_docs = [], []
    for name in wanted:
        if not os.path.exists(os.path.join(HERE, name + '.py')):
            continue
        mod = importlib.import_module(name)
        for a in mod.ACTAS:
            docx = os.path.join(OUT, a['stem'] + '.docx')
            mod.render(a, docx)
            write_gold(a, os.path.join(OUT, a['stem'] + '.gold.json'))
            if hasattr(mod, 'render_html'):
                html = os.path.join(HERE, 'html', a['stem'] + '.html')
                os.makedirs(os.path.dirname(html), exist_ok=True)
                mod.render_html(a, html)
                chrome_docs.append((html, os.path.join(OUT, a['stem'] + '.pdf')))
            else:
                lo_docs.append(docx)
            print('wrote', a['stem'])
    if pdf and lo_docs:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-d', '--headless', '--convert-to', 'pdf',
                        '--outdir', OUT] + lo_docs, check=True, stdout=subprocess.DEVNULL)
    if pdf:
        for html, out in chrome_docs:
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                            f'--print-to-pdf={out}', html], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main(sys.argv[1:])
