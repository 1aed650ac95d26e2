# Minimal OpenDocument Text writer (standard library only): what a LibreOffice Writer user makes.
import zipfile
from xml.sax.saxutils import escape


def esc(s): return escape(s)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def span(t, style=None):
    t = esc(t).replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
    return f'<text:span text:style-name="{style}">{t}</text:span>' if style else t


def p(content, style='Standard'):
    body = content if isinstance(content, str) and content.startswith('<') else (span(content) if isinstance(content, str) else ''.join(content))
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def h(t, level=1, style=None):
    st = style or f'Heading_20_{level}'
    return f'<text:h text:style-name="{st}" text:outline-level="{level}">{esc(t)}</text:h>'


def ul(items, style='L_bullet', pstyle='Lista'):
    return f'<text:list text:style-name="{style}">' + ''.join(f'<text:list-item>{p(x, pstyle)}</text:list-item>' for x in items) + '</text:list>'


def ol(items, style='L_num', pstyle='Lista'):
    return ul(items, style, pstyle)


def table(name, rows, widths_cm, style='Tbl'):
    """rows: list of lists of (content_xml, span) or content_xml"""
    cols = ''.join(f'<table:table-column table:style-name="{name}.C{k}"/>' for k in range(len(widths_cm)))
    trs = ''
    for r in rows:
        tds = ''
        for c in r:
            x, sp, cs = (c + ('cell',) if isinstance(c, tuple) and len(c) == 2 else c if isinstance(c, tuple) else (c, 1, 'cell'))
            a = f' table:number-columns-spanned="{sp}"' if sp > 1 else ''
            tds += f'<table:table-cell table:style-name="{style}.{cs}" office:value-type="string"{a}>{x}</table:table-cell>'
            tds += '<table:covered-table-cell/>' * (sp - 1)
        trs += f'<table:table-row>{tds}</table:table-row>'
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{trs}</table:table>', widths_cm


def table_styles(name, widths_cm):
    s = f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths_cm):.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>'
    for k, w in enumerate(widths_cm):
        s += f'<style:style style:name="{name}.C{k}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
    return s


CELL_STYLES = ('<style:style style:name="Tbl.cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="Tbl.grp" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="Tbl.head" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#1f3864" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="PHead" style:family="paragraph" style:parent-style-name="Celda"><style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="PBold" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="PTitle2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>'
               '<style:style style:name="PItal" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="PCenter" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>')


def frame(name, inner_xml, width_cm, anchor='paragraph', x_cm=None, y_cm=0.0, style='Marco', wrap=True):
    pos = f' svg:x="{x_cm:.2f}cm"' if x_cm is not None else ''
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" text:anchor-type="{anchor}"{pos} svg:y="{y_cm:.2f}cm" svg:width="{width_cm:.2f}cm" draw:z-index="0">'
            f'<draw:text-box fo:min-height="0.5cm">{inner_xml}</draw:text-box></draw:frame>')


def write(path, body_xml, auto_styles='', header_xml='', footer_xml='', font='Liberation Serif', size='11pt', title=''):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
               f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;"/><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/></office:font-face-decls>'
               f'<office:automatic-styles>{auto_styles}</office:automatic-styles><office:body><office:text>{body_xml}</office:text></office:body></office:document-content>')
    styles = f'''<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;"/><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="es" fo:country="MX"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:paragraph-properties fo:border-bottom="0.5pt solid #1f3864" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="13pt" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="Lista" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Celda" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.03cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Comentario" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:border-left="2pt solid #8eaadb" fo:padding-left="0.2cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Marco_20_contenido" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Cabecera" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>
<style:style style:name="Marco" style:family="graphic"><style:graphic-properties fo:border="0.06pt solid #1f3864" fo:padding="0.15cm" fo:background-color="#deeaf6" style:wrap="left" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"/></style:style>
<style:style style:name="MarcoCentro" style:family="graphic"><style:graphic-properties fo:border="1pt solid #1f3864" fo:padding="0.2cm" style:wrap="none" style:horizontal-pos="center" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="L_bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="L_num"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>{header_xml or '<text:p/>'}</style:header><style:footer>{footer_xml or '<text:p/>'}</style:footer></style:master-page></office:master-styles>
</office:document-styles>'''
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><meta:generator>LibreOffice/5.1.2.2$Windows_X86_64 LibreOffice_project/d3bf12ecb743fc0d20e0be0c58ca359301eb705f</meta:generator>'
            f'<dc:title>{esc(title)}</dc:title></office:meta></office:document-meta>')
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        for n, x in (('content.xml', content), ('styles.xml', styles), ('meta.xml', meta), ('META-INF/manifest.xml', manifest)):
            z.writestr(n, x, compress_type=zipfile.ZIP_DEFLATED)
