#!/usr/bin/env python3
"""Writes the HTML of the borderless-table PDF fixtures and prints them to PDF with LibreOffice.

    python3 scripts/make-pdf-stream-fixtures.py

Output: tests/Actas.Pipeline.Tests/Reading/Pdf/Fixtures/src/<name>.html and <name>.pdf beside
src/ (HTML -> docx -> PDF through scripts/render-html.sh, as Word users print their actas).
The PDFs are checked in so the tests do not need LibreOffice; rerun this after editing a fixture.
"""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/Actas.Pipeline.Tests/Reading/Pdf/Fixtures"
SRC = OUT / "src"

HEAD = '<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>{0}</title></head>\n<body>\n'
TITLE = (
    '<p align="center"><b>VIGÉSIMA QUINTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DERECHOS DE LAS PERSONAS '
    "VÍCTIMAS DE TRATA Y FORMAS DE EXPLOTACIÓN</b></p>\n<p>Fecha: 11 de octubre de 2018</p>\n"
)
TAIL = "</body></html>\n"

JUSTIFIED = (
    '<p align="justify">En la Ciudad de México, siendo las diez horas del día jueves once de octubre de dos mil '
    "dieciocho, en las instalaciones de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del "
    "Programa de Derechos Humanos, se reunieron las personas integrantes del Espacio de Participación para dar "
    "seguimiento a las estrategias del capítulo, conforme al orden del día que fue aprobado por unanimidad de las "
    "personas presentes al inicio de la sesión.</p>\n"
)

LISTS = (
    "<ul>\n<li>Revisión de los informes de las instancias ejecutoras sobre las metas de la estrategia 523, con la "
    "participación de las organizaciones de la sociedad civil que integran el Espacio.</li>\n"
    "<li>Retroalimentación de la Secretaría Ejecutiva a los informes presentados por las dependencias responsables "
    "de las metas de la estrategia.</li>\n<li>Asuntos generales.</li>\n</ul>\n"
    "<ol>\n<li>Lectura y aprobación del orden del día y de la minuta de la sesión anterior del Espacio de "
    "Participación, con las observaciones recibidas por correo electrónico.</li>\n"
    "<li>Presentación de los avances reportados por las instancias ejecutoras en el periodo que se informa.</li>\n"
    "<li>Acuerdos.</li>\n</ol>\n"
)

ATTENDANCE = [
    ("1", "María Guadalupe Hernández Villaseñor", "Procuraduría General de Justicia de la Ciudad de México", "Directora de Atención a Víctimas"),
    ("2", "Juan Pérez Gómez", "SEDESO", "Enlace"),
    ("3", "Rosa María Torillo Castañeda de la Fuente", "Secretaría de Trabajo y Fomento al Empleo", "Subdirectora de Programas Sociales"),
    ("4", "Ana Ruiz", "COPRED", "Analista"),
    ("5", "José Luis Ángeles Cortés Santibáñez", "Instituto de las Mujeres de la Ciudad de México", "Jefe de Unidad Departamental"),
    ("6", "Teresa Chávez Molina", "Tribunal Superior de Justicia de la Ciudad de México", "Magistrada"),
]


def table(rows, widths, header=None, attrs='border="0" cellpadding="4" cellspacing="0"', cell_style=""):
    cols = "".join(f'<col width="{w}">' for w in widths)
    out = [f'<table {attrs} width="100%">{cols}']
    style = f' style="{cell_style}"' if cell_style else ""
    if header:
        out.append("<tr>" + "".join(f"<td{style}><b>{h}</b></td>" for h in header) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(f'<td valign="top"{style}>{c}</td>' for c in row) + "</tr>")
    out.append("</table>\n")
    return "\n".join(out)


def attendance():
    return (
        "<p><b>LISTA DE ASISTENCIA</b></p>\n"
        + table(ATTENDANCE, ["6%", "22%", "44%", "28%"], header=["No.", "Nombre", "Institución", "Cargo"])
        + JUSTIFIED
        + LISTS
    )


LABELS = [
    ("Fecha:", "jueves 11 de octubre de 2018"),
    ("Hora:", "10:00 horas"),
    ("Lugar:", "Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de "
     "Derechos Humanos de la Ciudad de México, avenida Universidad 1449, colonia Florida."),
    ("Espacio:", "Derechos de las Personas Víctimas de Trata y Formas de Explotación"),
    ("Coordinación:", "Lic. Rosa María Torillo"),
]


def labels():
    return (
        '<p align="center"><b>VIGÉSIMA QUINTA REUNIÓN DE TRABAJO</b></p>\n'
        + table(LABELS, ["22%", "78%"])
        + JUSTIFIED
    )


GOALS = [
    ("523.1", "Número de personas servidoras públicas capacitadas en materia de trata de personas.", "PGJCDMX",
     "Se capacitó a 240 personas servidoras públicas en cuatro cursos sobre identificación de víctimas de trata."),
    ("523.2", "Porcentaje de albergues con protocolo de atención.", "SEDESO", "No reportó"),
    ("523.3", "Número de campañas de difusión realizadas en el transporte público de la ciudad.", "STyFE",
     "Se realizaron dos campañas de difusión en el Metro y el Metrobús, con 1,500 carteles."),
]


def goals():
    return (
        "<p><b>Estrategia 523. Fortalecer la atención a víctimas de trata.</b></p>\n"
        + table(GOALS, ["10%", "34%", "16%", "40%"], header=["Meta", "Indicador", "Instancia Ejecutora", "Informe"])
        + JUSTIFIED
    )


def long_table():
    rows = []
    for i in range(1, 43):
        name, inst, role = ATTENDANCE[i % len(ATTENDANCE)][1:]
        rows.append((str(i), name, inst))
    return (
        TITLE
        + "<p><b>LISTA DE ASISTENCIA</b></p>\n"
        + table(rows, ["6%", "40%", "54%"], header=["No.", "Nombre", "Institución"])
        + "<p><b>ACUERDOS</b></p>\n" + JUSTIFIED
    )


def partial_rules():
    rows = [(a[1], a[2]) for a in ATTENDANCE[:4]]
    return (
        "<p><b>ASISTENCIA</b></p>\n"
        + table(rows, ["40%", "60%"], header=["Nombre", "Institución"],
                attrs='border="1" frame="hsides" rules="rows" cellpadding="4" cellspacing="0"')
        + JUSTIFIED
        + "<p><b>ACUERDOS</b></p>\n"
        + table(LABELS[:3], ["25%", "75%"], attrs='border="1" frame="box" rules="none" cellpadding="4" cellspacing="0"')
    )


def two_columns():
    left = (
        "<p>El Espacio de Participación revisó los informes de las instancias ejecutoras sobre las metas de la "
        "estrategia 523. La Procuraduría informó que capacitó a doscientas cuarenta personas servidoras públicas en "
        "cuatro cursos sobre la identificación de víctimas de trata y explotación.</p>"
        "<p>Las organizaciones de la sociedad civil señalaron que la capacitación no basta si no se mide su efecto en "
        "la atención que reciben las víctimas en las agencias del ministerio público de la ciudad.</p>"
    )
    right = (
        "<p>La Secretaría de Desarrollo Social no presentó informe sobre los albergues con protocolo de atención, por "
        "lo que la Secretaría Ejecutiva solicitó que lo envíe antes de la siguiente sesión del Espacio de "
        "Participación, junto con el número de personas atendidas en cada albergue.</p>"
        "<p>La Secretaría de Trabajo informó de dos campañas de difusión en el transporte público de la ciudad y se "
        "comprometió a compartir los materiales con las organizaciones.</p>"
    )
    return (
        "<p><b>DESARROLLO DE LA SESIÓN</b></p>\n"
        f'<multicol cols="2" gutter="24"><div align="justify">{left}{right}</div></multicol>\n'
        "<p><b>ACUERDOS</b></p>\n" + JUSTIFIED
    )


def sectors():
    def sector(title):
        return f'<tr><td colspan="3" align="center"><b>{title}</b></td></tr>'
    people = [f"<tr><td>{n}</td><td>{i}</td><td></td></tr>" for _, n, i, _ in ATTENDANCE]
    return (
        TITLE
        + "<p><b>ASISTENCIA</b></p>\n"
        + '<table border="0" cellpadding="4" cellspacing="0" width="100%"><col width="35%"><col width="45%"><col width="20%">'
        + "<tr><td><b>NOMBRE</b></td><td><b>INSTITUCIÓN</b></td><td><b>FIRMA</b></td></tr>"
        + sector("INSTANCIAS EJECUTORAS") + "".join(people[:4])
        + sector("ORGANIZACIONES DE LA SOCIEDAD CIVIL") + "".join(people[4:])
        + "</table>\n"
        + "<p><b>ACUERDOS</b></p>\n" + JUSTIFIED
    )


FIXTURES = {
    "asistencia-sectores-sin-bordes": sectors,
    "asistencia-sin-bordes": attendance,
    "etiquetas-sin-bordes": labels,
    "metas-por-fila-sin-bordes": goals,
    "asistencia-dos-paginas": long_table,
    "reglas-parciales": partial_rules,
    "dos-columnas": two_columns,
}


def main():
    SRC.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in FIXTURES.items():
        path = SRC / f"{name}.html"
        path.write_text(HEAD.format(name) + make() + TAIL, encoding="utf-8")
        paths.append(str(path))
    subprocess.run(["bash", str(ROOT / "scripts/render-html.sh"), str(OUT), "pdf", *paths], check=True)


if __name__ == "__main__":
    main()
