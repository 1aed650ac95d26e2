# -*- coding: utf-8 -*-
"""Turn the list written by list_misses.py into {stem: {gold string: reason}}; every reason was read by hand against the PDF / src/ocr."""
import json, os
OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
PIC = ('only in the preview picture of the embedded Excel worksheet (AL1): the PDF prints the object as an image, '
       'so pdftotext has no text for it; the .docx holds it in word/embeddings/*.xlsx')
STAMP = 'under the purple "RECIBIDO" stamp over the last attendance row: Tesseract reads it broken'
BY_HAND = {
    'blind-al-carboneros-02-2012-06-12': {
        'Leticia Ávalos Quiroz': 'ink signature across the printed name; Tesseract reads "Leti? Ávelos Quirg2"',
        'Mauricio Téllez Ordaz': 'ink signature across the printed name; Tesseract reads "MauricidTéllez/Ardaz_A_"',
        'Alberto Cisneros Luna': 'ink signature across the printed name; Tesseract reads "AlbertQ Cisflero Lufh__"',
        'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal':
            STAMP + ' ("Secretaría Ejecutiva / Viecanismo de CILA / del Programa de")'},
    'blind-al-carboneros-03-2012-08-14': {
        'Gerardo Campos Villaseñor': 'ink signature across the printed name; Tesseract reads "Gerardo Canfpos/pidgonf?"',
        'Alberto Cisneros Luna': 'ink signature across the printed name; Tesseract reads "Alberto ClSnefás n"',
        'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal':
            STAMP + ' ("Sec Y Ejecutiv < N / ecanismo de Q k A | / iento y Evalua del Programa de")'},
}
m = json.load(open(os.path.join(OUT, 'expected_pdf_misses.json'), encoding='utf-8'))
out = {}
for stem, ss in m.items():
    out[stem] = {}
    for s in ss:
        if 'tejedoras' in stem: out[stem][s] = PIC
        else: out[stem][s] = BY_HAND[stem][s]   # KeyError = a miss not read by hand
json.dump(out, open(os.path.join(OUT, 'expected_pdf_misses.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print({k: len(v) for k, v in out.items()})
