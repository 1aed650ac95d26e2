# -*- coding: utf-8 -*-
"""A tiny hand-made PDF writer (standard library only): base-14 Helvetica with WinAnsiEncoding, widths from the URW
Nimbus Sans AFMs, text wrapping, pages, AcroForm widgets with appearance streams, and an incremental update that adds
annotations to an existing PDF."""
import re, zlib

AFM = '/usr/share/fonts/type1/urw-base35/NimbusSans-%s.afm'
NAMES = {'á': 'aacute', 'é': 'eacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde', 'ü': 'udieresis',
         'Á': 'Aacute', 'É': 'Eacute', 'Í': 'Iacute', 'Ó': 'Oacute', 'Ú': 'Uacute', 'Ñ': 'Ntilde', '¿': 'questiondown',
         '¡': 'exclamdown', '—': 'emdash', '–': 'endash', '•': 'bullet', '·': 'periodcentered', 'º': 'ordmasculine', '’': 'quoteright'}
_W = {}


def widths(style):
    if style not in _W:
        by_name, by_code = {}, {}
        for line in open(AFM % style, encoding='latin-1'):
            m = re.match(r'C (-?\d+) ; WX (\d+) ; N (\S+)', line)
            if m:
                by_name[m.group(3)] = int(m.group(2))
                if int(m.group(1)) > 0: by_code[chr(int(m.group(1)))] = int(m.group(2))
        _W[style] = (by_name, by_code)
    return _W[style]


def width(s, size, bold=False):
    by_name, by_code = widths('Bold' if bold else 'Regular')
    tot = 0
    for ch in s:
        if ch in NAMES: tot += by_name.get(NAMES[ch], 556)
        else: tot += by_code.get(ch, 556)
    return tot * size / 1000


def wrap(s, w, size, bold=False):
    out = []
    for para in s.split('\n'):
        line = ''
        for word in para.split(' '):
            t = (line + ' ' + word) if line else word
            if width(t, size, bold) <= w or not line: line = t
            else: out.append(line); line = word
        out.append(line)
    return out


def lit(s):
    """WinAnsi literal string for a content stream"""
    b = s.replace('’', "'").encode('cp1252')
    return '(' + ''.join(chr(c) if 32 <= c < 127 and chr(c) not in '()\\' else ('\\' + chr(c) if chr(c) in '()\\' else '\\%03o' % c) for c in b) + ')'


def ustr(s):
    """PDF text string (UTF-16BE with BOM) for /V, /T, /Contents"""
    return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


class Doc:
    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None); return len(self.objs)

    def add(self, body, n=None):
        if n is None: self.objs.append(body); return len(self.objs)
        self.objs[n - 1] = body; return n

    def stream(self, dic, data, n=None):
        if isinstance(data, str): data = data.encode('latin-1')
        z = zlib.compress(data)
        return self.add((f'<< {dic} /Length {len(z)} /Filter /FlateDecode >>\nstream\n').encode('latin-1') + z + b'\nendstream', n)

    def write(self, path, root, info):
        out = bytearray(b'%PDF-1.6\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for k, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += f'{k} 0 obj\n'.encode() + (o if isinstance(o, bytes) else o.encode('latin-1')) + b'\nendobj\n'
        x = len(out)
        out += f'xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n'.encode()
        out += b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
        out += f'trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
        open(path, 'wb').write(out)


def incremental_annots(path, page_annots, producer_note=None):
    """append an incremental update to an existing (classic-xref) PDF: new annotation objects and new versions of the pages
    that carry them. page_annots: {page_index: [annotation dictionary strings]}; a dictionary may hold '{POPUP}' / '{SELF}'."""
    data = open(path, 'rb').read()
    sx = int(re.findall(rb'startxref\s+(\d+)', data)[-1])
    tr = data[data.rfind(b'trailer'):]
    size = int(re.search(rb'/Size (\d+)', tr).group(1))
    root = re.search(rb'/Root (\d+ \d+ R)', tr).group(1).decode()
    info = re.search(rb'/Info (\d+ \d+ R)', tr)
    # pages in order: from the page tree (/Kids of the root Pages)
    objs = {int(m.group(1)): m.start() for m in re.finditer(rb'(?m)^(\d+) 0 obj', data)}
    def obj(n):
        s = data[objs[n]:]; return s[:s.find(b'endobj')].split(b'obj', 1)[1].strip()
    cat = obj(int(root.split()[0]))
    pages_n = int(re.search(rb'/Pages (\d+) 0 R', cat).group(1))
    kids = [int(k) for k in re.findall(rb'(\d+) 0 R', re.search(rb'/Kids\s*\[([^\]]*)\]', obj(pages_n)).group(1))]
    out = bytearray(); offs = {}; nxt = size
    base = len(data) + 1
    def put(n, body):
        offs[n] = base + len(out); out.extend(f'{n} 0 obj\n'.encode() + (body if isinstance(body, bytes) else body.encode('latin-1')) + b'\nendobj\n')
    font = nxt; nxt += 1
    put(font, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for pi, annots in page_annots.items():
        pn = kids[pi]; refs = []
        for d, ap, wh in annots:
            if ap is not None:
                apn = nxt; nxt += 1
                z = zlib.compress(ap.encode('latin-1'))
                put(apn, f'<< /Type /XObject /Subtype /Form /BBox [0 0 {wh[0]:.1f} {wh[1]:.1f}] /Resources << /Font << /Helv {font} 0 R >> >> /Length {len(z)} /Filter /FlateDecode >>\nstream\n'.encode() + z + b'\nendstream')
                d = d.replace('{AP}', f'{apn} 0 R')
            me = nxt; nxt += 1
            popup = None
            if '{POPUP}' in d:
                popup = nxt; nxt += 1
            body = d.replace('{POPUP}', f'{popup} 0 R' if popup else '').replace('{PAGE}', f'{pn} 0 R')
            put(me, body); refs.append(me)
            if popup:
                r = re.search(r'/Rect \[([^\]]*)\]', d).group(1).split()
                x1, y1 = float(r[2]), float(r[3])
                put(popup, f'<< /Type /Annot /Subtype /Popup /Parent {me} 0 R /Rect [{x1 - 200:.1f} {y1 - 120:.1f} {x1 - 20:.1f} {y1:.1f}] /Open false /F 28 >>')
                refs.append(popup)
        pd = obj(pn).decode('latin-1')
        assert pd.startswith('<<') and '/Annots' not in pd, pd[:200]
        pd = pd[:-2] + ' /Annots [' + ' '.join(f'{r} 0 R' for r in refs) + '] >>'
        put(pn, pd)
    x = base + len(out)
    xr = 'xref\n0 1\n0000000000 65535 f \n' + ''.join(f'{n} 1\n{offs[n]:010d} 00000 n \n' for n in sorted(offs))
    tail = f'trailer\n<< /Size {nxt} /Root {root} ' + (f'/Info {info.group(1).decode()} ' if info else '') + f'/Prev {sx} >>\nstartxref\n{x}\n%%EOF\n'
    open(path, 'wb').write(data + b'\n' + bytes(out) + xr.encode() + tail.encode())
