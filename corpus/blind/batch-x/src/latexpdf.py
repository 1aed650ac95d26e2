# -*- coding: utf-8 -*-
"""A small hand-made 'LaTeX article' PDF writer: Times (base-14, metrics from the URW Nimbus Roman AFMs), justified
paragraphs with hyphenation, fi/fl ligature glyphs, small caps, description lists, itemize, enumerate, footnotes."""
import re, zlib

AFM = '/usr/share/fonts/type1/urw-base35/NimbusRoman-%s.afm'
NAMES = {'á': 'aacute', 'é': 'eacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde', 'Á': 'Aacute', 'É': 'Eacute',
         'Í': 'Iacute', 'Ó': 'Oacute', 'Ú': 'Uacute', 'Ñ': 'Ntilde', 'ü': 'udieresis', '¿': 'questiondown', '¡': 'exclamdown',
         '—': 'emdash', '–': 'endash', '·': 'periodcentered', '“': 'quotedblleft', '”': 'quotedblright', '’': 'quoteright',
         '•': 'bullet', '°': 'degree', '\x01': 'fi', '\x02': 'fl', '§': 'section'}
_W = {}


def metrics(style):
    if style in _W: return _W[style]
    code, name = {}, {}
    for line in open(AFM % style, encoding='latin-1'):
        m = re.match(r'C (-?\d+) ; WX (\d+) ; N (\S+)', line)
        if m:
            c, w, n = int(m.group(1)), int(m.group(2)), m.group(3)
            name[n] = w
            if 32 <= c <= 126: code[chr(c)] = w
    code["'"] = name.get('quotesingle', 180); code['`'] = name.get('grave', 333)
    _W[style] = (code, name)
    return _W[style]


FONTS = {'R': ('Regular', 'Times-Roman'), 'B': ('Bold', 'Times-Bold'), 'I': ('Italic', 'Times-Italic')}


def width(s, f, size):
    code, name = metrics(FONTS[f][0])
    return sum(code.get(ch) or name.get(NAMES.get(ch, ''), 500) for ch in s) * size / 1000


def lig(s):
    return s.replace('fi', '\x01').replace('fl', '\x02')


def enc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


V = 'aeiouáéíóú'


def hyph_points(w):
    """Spanish-ish syllable breaks: before a consonant followed by a vowel (V-CV), between two consonants (VC-CV); never
    leaving fewer than 2 letters on either side; inseparable pairs (bl br cl cr dr fl fr gl gr pl pr tr ch ll rr) kept."""
    pts = []
    lw = w.lower()
    for i in range(2, len(w) - 2):
        a, b, c = lw[i - 1], lw[i], lw[i + 1] if i + 1 < len(lw) else ''
        if not (a.isalpha() and b.isalpha()): continue
        if a in V and b not in V and c in V: pts.append(i)
        elif a not in V and b not in V and lw[i - 2] in V and c in V and (a + b) not in ('bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'tr', 'ch', 'll', 'rr'):
            pts.append(i)
    return pts


class Doc:
    def __init__(self, W=612, H=792, left=126, right=126, top=100, bottom=110, size=10):
        self.W, self.H, self.L, self.Rm, self.top, self.bottom, self.size = W, H, left, right, top, bottom, size
        self.pages, self.ops, self.y = [], [], None
        self.footnotes = []   # (mark, text) for the current page
        self.new_page()

    def new_page(self):
        if self.ops is not None and self.y is not None: self.finish_page()
        self.ops, self.y = [], self.H - self.top
        self.footnotes = []

    def finish_page(self):
        n = len(self.pages) + 1
        if self.footnotes:
            y = self.bottom - 12
            self.ops.append(f'0.4 w {self.L} {y + 12:.1f} m {self.L + 130} {y + 12:.1f} l S')
            for mark, text in self.footnotes:
                self.word(self.L + 6, y + 3, mark, 'R', 5.5)
                self.word(self.L + 10, y, text, 'R', 8)
                y -= 10
        self.word(self.W / 2 - width(str(n), 'R', self.size) / 2, self.bottom - 48, str(n), 'R', self.size)
        self.pages.append('\n'.join(self.ops))

    def word(self, x, y, s, f, size):
        self.ops.append(f'BT /F{f} {size} Tf {x:.2f} {y:.2f} Td ({enc(lig(s)).decode("latin-1")}) Tj ET')

    def need(self, h):
        if self.y - h < self.bottom + 12 * len(self.footnotes): self.new_page()

    def skip(self, h):
        self.y -= h

    def par(self, runs, indent=0, first=0, hang=None, size=None, lead=None, justify=True, label=None, center=False):
        """runs: [(text, font)], font R/B/I or 'S' (small caps of R). label: (text, font) set in the left margin of the block."""
        size = size or self.size
        lead = lead or size * 1.2
        words = []
        for text, f in runs:
            for k, w in enumerate(re.split(r'(\s+)', text)):
                if not w: continue
                if w.isspace(): words.append((' ', f)); continue
                words.append((w, f))
        # tokens -> list of (word pieces [(s,f)]) separated by spaces
        toks, cur = [], []
        for w, f in words:
            if w == ' ':
                if cur: toks.append(cur); cur = []
            else: cur.append((w, f))
        if cur: toks.append(cur)
        maxw = self.W - self.L - self.Rm - indent
        sp = width(' ', 'R', size)

        def tw(t): return sum(self.pw(s, f, size) for s, f in t)
        lines, line, lw = [], [], 0
        i = 0
        toks = list(toks)
        while i < len(toks):
            t = toks[i]
            avail = maxw - (first if not lines else 0)
            need = tw(t) + (sp if line else 0)
            if lw + need <= avail:
                line.append(t); lw += need; i += 1; continue
            # try to hyphenate a single-font word
            if len(t) == 1 and len(t[0][0]) > 6 and t[0][1] in 'RBI' and avail - lw > 3.2 * sp:
                s, f = t[0]
                core = s.rstrip('.,;:)')
                for p in reversed(hyph_points(core)):
                    head = s[:p] + '-'
                    if lw + (sp if line else 0) + self.pw(head, f, size) <= avail:
                        line.append([(head, f)]); toks[i] = [(s[p:], f)]
                        break
            if not line: line.append(t); i += 1
            lines.append(line); line, lw = [], 0
        if line: lines.append(line)
        for k, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x0 = self.L + indent + (first if k == 0 else 0)
            if k == 0 and label:
                self.word(x0 - (hang or 0), self.y, label[0], label[1], size)
            last = k == len(lines) - 1
            natural = sum(tw(t) for t in ln) + sp * (len(ln) - 1)
            gap = sp
            if justify and not last and len(ln) > 1:
                gap = sp + (maxw - (first if k == 0 else 0) - natural) / (len(ln) - 1)
            if center: x0 = (self.W - natural) / 2
            x = x0
            for t in ln:
                for s, f in t:
                    self.put(x, self.y, s, f, size)
                    x += self.pw(s, f, size)
                x += gap

    def pw(self, s, f, size):
        if f == 'S':
            return sum(width(c.upper(), 'R', size if c.isupper() or not c.isalpha() else size * 0.8) for c in s)
        return width(s, f, size)

    def put(self, x, y, s, f, size):
        if f != 'S':
            self.word(x, y, s, f, size); return
        # small caps: capitals at full size, lower case as capitals at 80 %
        for c in s:
            sz = size if (c.isupper() or not c.isalpha()) else size * 0.8
            self.word(x, y, c.upper(), 'R', sz)
            x += width(c.upper(), 'R', sz)

    def footnote(self, mark, text):
        self.footnotes.append((mark, text))

    def save(self, path, info):
        self.finish_page()
        objs = []
        def add(x): objs.append(x); return len(objs)
        cat = add(None); pages = add(None)
        fonts = {}
        for k, (_st, base) in FONTS.items():
            fonts[k] = add(f'<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi 2 /fl] >> >>'.encode())
        kids = []
        for c in self.pages:
            data = zlib.compress(c.encode('latin-1'))
            cs = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
            fr = ' '.join(f'/F{k} {n} 0 R' for k, n in fonts.items())
            kids.append(add(f'<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {self.W} {self.H}] /Resources << /Font << {fr} >> /ProcSet [/PDF /Text] >> /Contents {cs} 0 R >>'.encode()))
        objs[cat - 1] = f'<< /Type /Catalog /Pages {pages} 0 R /PageMode /UseOutlines >>'.encode()
        objs[pages - 1] = f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>'.encode()
        inf = add(('<< ' + ' '.join(f'/{k} ({v})' for k, v in info.items()) + ' >>').encode('latin-1'))
        out = bytearray(b'%PDF-1.5\n%\xd0\xd4\xc5\xd8\n')
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
        x = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, inf, x)
        open(path, 'wb').write(bytes(out))
