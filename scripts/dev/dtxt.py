#!/usr/bin/env python3
"""dtxt.py DOCX: the body text of a .docx, one paragraph a line, each table cell ending in a ‖ mark (a quick look at a blind document)."""
import zipfile,re,sys
x=zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
# mark table cells
x=re.sub(r'</w:tc>',' ‖ ',x); x=re.sub(r'</w:tr>','\n',x)
for p in re.split(r'</w:p>',x):
    t=''.join(re.findall(r'<w:t[^>]*>([^<]*)',p)) + (' ‖' if '‖' in p else '')
    if t.strip(): print(t)
