# Writes pipeline/Actas.Cli/Resources/Strings.resx (English) and Strings.es.resx (Spanish) from the table below.
# Usage: python3 scripts/resources/make-cli-strings.py pipeline/Actas.Cli/Resources
# key: (english, spanish)
S = {
 "ExitCodes": ("Exit codes: 0 ok · 1 some files or items failed (each named on stderr) · 2 refused by a gate (train --db, eval) · 64 usage error · 70 internal error",
               "Códigos de salida: 0 correcto · 1 fallaron algunos archivos o elementos (cada uno en stderr) · 2 rechazado por una compuerta (train --db, eval) · 64 error de uso · 70 error interno"),
 "UnexpectedError": ("actas: unexpected error ({0}: {1}); please report it with the command you ran",
                     "actas: error inesperado ({0}: {1}); repórtelo junto con la orden que ejecutó"),
 "SeeHelp": ("see '{0}'", "vea '{0}'"),
 "UnknownFlagSuggest": ("unknown flag {0}; did you mean {1}?", "opción desconocida {0}; ¿quiso decir {1}?"),
 "UnknownFlag": ("unknown flag {0}", "opción desconocida {0}"),
 "BadValue": ("expected {0}, got '{1}'", "se esperaba {0}, se recibió '{1}'"),
 "BadOptionValue": ("{0}: expected {1}, got '{2}'", "{0}: se esperaba {1}, se recibió '{2}'"),
 "KindWholeNumber": ("a whole number", "un número entero"),
 "KindNumber": ("a number", "un número"),
 "KindBoolean": ("true or false", "true o false"),
 "KindValue": ("a value", "un valor"),
 "OneRow": ("1 row", "1 fila"),
 "Rows": ("{0} rows", "{0} filas"),
 "NoDatabase": ("{0}: no such database; create it with 'actas import PATH --db {0}'",
                "{0}: no existe esa base de datos; créela con 'actas import RUTA --db {0}'"),
 "CannotReadDatabase": ("{0}: cannot read the database ({1}); is it an actas database?",
                        "{0}: no se puede leer la base de datos ({1}); ¿es una base de datos de actas?"),
 "ImportNeedsModel": ("actas import: cannot label feedback, so nothing was imported. Pass --model FILE, or --no-classify to store feedback unlabelled and label it later with 'actas labels relabel --db {0}'.",
                      "actas import: no se puede etiquetar la retroalimentación, así que no se importó nada. Indique --model ARCHIVO, o --no-classify para guardarla sin etiqueta y etiquetarla después con 'actas labels relabel --db {0}'."),
 "Relabelled": ("relabelled {0} feedback items ({1} had no label, {2} were labelled by another model) with model {3}; corrections still win",
                "se etiquetaron {0} elementos de retroalimentación ({1} sin etiqueta, {2} etiquetados por otro modelo) con el modelo {3}; las correcciones siguen prevaleciendo"),
 "cmd.import": ("Read actas (files or folders) into the SQLite database.", "Lee actas (archivos o carpetas) y las guarda en la base de datos SQLite."),
 "cmd.sessions": ("List the stored sessions.", "Lista las sesiones guardadas."),
 "cmd.query": ("Questions across the stored sessions.", "Preguntas sobre todas las sesiones guardadas."),
 "cmd.query.unreported": ("Goals never reported in the sessions that reviewed them (--any: at least once).",
                          "Metas nunca reportadas en las sesiones que las revisaron (--any: al menos una vez)."),
 "cmd.query.agreements": ("Announced reviews and next-session dates that no later acta shows.",
                          "Revisiones anunciadas y fechas de próxima sesión que ninguna acta posterior muestra."),
 "cmd.query.attendance": ("Per institution: sessions attended of those held, first and last date, representatives.",
                          "Por institución: sesiones a las que asistió de las celebradas, primera y última fecha, representantes."),
 "cmd.query.figures": ("Reported figures over time by unit; totals checked against their parts.",
                       "Cifras reportadas en el tiempo por unidad; los totales se cotejan con sus partes."),
 "cmd.query.feedback": ("Feedback label mix per year and institution (--by strategy: per year and strategy).",
                        "Mezcla de etiquetas de retroalimentación por año e institución (--by strategy: por año y estrategia)."),
 "cmd.query.strategy": ("The whole history of one strategy across sessions and bodies.",
                        "La historia completa de una estrategia en todas las sesiones y espacios."),
 "cmd.query.search": ("Feedback and reports containing every word of TEXT (accents and case ignored).",
                      "Retroalimentación e informes que contienen todas las palabras de TEXT (sin distinguir acentos ni mayúsculas)."),
 "cmd.report": ("Write one self-contained HTML page: strategies × sessions, attendance, figures, feedback per body.",
                "Escribe una página HTML autónoma: estrategias × sesiones, asistencia, cifras y retroalimentación por espacio."),
 "cmd.extract": ("Extract one acta and print it as JSON (the contract) or text.",
                 "Extrae una acta y la imprime como JSON (el contrato) o como texto."),
 "cmd.schema": ("Print the JSON Schema of 'actas extract --format json'.",
                "Imprime el JSON Schema de 'actas extract --format json'."),
 "cmd.eval": ("Score extraction against the gold files of a corpus folder: precision/recall/F1 per field, by format and layout.",
              "Evalúa la extracción contra los archivos gold de una carpeta: precisión/exhaustividad/F1 por campo, formato y diseño."),
 "cmd.score": ("Score a saved model on a labelled CSV; prints only aggregate metrics (for blind sets).",
               "Evalúa un modelo guardado sobre un CSV etiquetado; imprime solo métricas agregadas (para conjuntos ciegos)."),
 "cmd.train": ("Train the feedback classifier on models/data (with --db: plus stored corrections, behind the evaluation gate).",
               "Entrena el clasificador de retroalimentación con models/data (con --db: más las correcciones guardadas, tras la compuerta de evaluación)."),
 "cmd.labels": ("The correction loop: export feedback labels for review, import the corrections, relabel with the current model. "
                "Labels (shared/labels.md): avance = real progress acknowledged; desalineado = report does not match the goal; "
                "insuficiente = helps but does not fulfil the goal; solicita_datos = asks for hard data or evidence; "
                "diseno_meta = flaw in the goal or indicator; reasignar = belongs to another strategy or goal; "
                "cuestiona = questions the approach; exhorta = urges the institution to act; "
                "instancia = the institution's own remark; proceso = how the participation space works.",
                "El ciclo de corrección: exportar etiquetas para revisión, importar las correcciones, volver a etiquetar con el modelo actual. "
                "Etiquetas (shared/labels.md): avance = reconoce avance real; desalineado = lo reportado no corresponde a la meta; "
                "insuficiente = contribuye pero no cumple la meta; solicita_datos = pide datos duros o probatorios; "
                "diseno_meta = falla en la meta o el indicador; reasignar = corresponde a otra estrategia o meta; "
                "cuestiona = cuestiona el enfoque; exhorta = exhorta a la instancia a actuar; "
                "instancia = comentario de la propia instancia; proceso = funcionamiento del espacio de participación."),
 "cmd.labels.export": ("Write the stored feedback items as a review CSV, least confident first.",
                       "Escribe los elementos de retroalimentación guardados como CSV de revisión, los menos seguros primero."),
 "cmd.labels.import": ("Store the corrected column of a filled review CSV as corrections (all or nothing).",
                       "Guarda la columna corrected de un CSV de revisión como correcciones (todo o nada)."),
 "cmd.labels.relabel": ("Label the stored feedback items that no model or an older model labelled, with the current model; corrections win.",
                        "Etiqueta con el modelo actual los elementos sin etiqueta o etiquetados por un modelo anterior; las correcciones prevalecen."),
 "cmd.classify": ("Label feedback items, one a line (FILE or stdin): label TAB confidence TAB text.",
                  "Etiqueta elementos de retroalimentación, uno por línea (FILE o stdin): etiqueta TAB confianza TAB texto."),
 "opt.db": ("The SQLite database written by 'actas import'", "La base de datos SQLite que escribe 'actas import'"),
 "opt.body": ("Only sessions of bodies whose name contains TEXT (accents and case ignored), e.g. \"trata\"",
              "Solo sesiones de espacios cuyo nombre contiene TEXT (sin distinguir acentos ni mayúsculas), p. ej. \"trata\""),
 "opt.since": ("Only sessions on or after DATE (YYYY-MM-DD)", "Solo sesiones en DATE o después (AAAA-MM-DD)"),
 "opt.until": ("Only sessions on or before DATE (YYYY-MM-DD)", "Solo sesiones en DATE o antes (AAAA-MM-DD)"),
 "opt.format": ("auto (a table at a terminal, TSV into a pipe or file), table, tsv, csv (UTF-8 with BOM), json or markdown",
                "auto (tabla en una terminal, TSV hacia una tubería o archivo), table, tsv, csv (UTF-8 con BOM), json o markdown"),
}
# Spanish table headers (table and markdown formats only; TSV/CSV/JSON keep the contract's names).
COLS = {
 "announced_date": "fecha_anunciada", "attendees": "asistentes", "body": "espacio", "check": "cotejo", "context": "contexto",
 "date": "fecha", "executor": "instancia_ejecutora", "executor_key": "clave_instancia", "feedback_labels": "etiquetas",
 "figures": "cifras", "file": "archivo", "first_date": "primera_fecha", "goal": "meta", "institution": "institución",
 "institution_key": "clave_institución", "item": "elemento", "items": "elementos", "kind": "tipo", "label": "etiqueta",
 "last_date": "última_fecha", "last_session_date": "fecha_última_sesión", "later_sessions": "sesiones_posteriores",
 "number": "número", "people": "personas", "role": "cargo", "section": "sección", "session_date": "fecha_sesión",
 "session_number": "número_sesión", "sessions_attended": "sesiones_asistidas", "sessions_held": "sesiones_celebradas",
 "sessions_reviewed": "sesiones_revisadas", "sessions_unreported": "sesiones_sin_reporte", "snippet": "fragmento",
 "status": "estado", "strategies": "estrategias", "strategy": "estrategia", "unit": "unidad", "value": "valor", "year": "año",
}
from xml.sax.saxutils import escape
def resx(pairs):
    head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
    body = "".join(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v)}</value></data>\n' for k, v in pairs)
    return head + body + "</root>\n"
import sys
out = sys.argv[1]
open(out + "/Strings.resx", "w").write(resx([(k, v[0]) for k, v in S.items()]))
open(out + "/Strings.es.resx", "w").write(resx([(k, v[1]) for k, v in S.items()] + [("col." + k, v) for k, v in COLS.items()]))
