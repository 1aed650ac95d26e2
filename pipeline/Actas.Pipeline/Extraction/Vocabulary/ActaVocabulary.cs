namespace Actas.Pipeline.Extraction.Vocabulary;

/// <summary>
/// Every label an acta uses, declared once: section headings, the labels of a strategy block,
/// the session header, attendance and agreement columns, the ways of saying a goal was not
/// reported and of fixing the next meeting. Every matcher in Extraction/ is built from these
/// sets, so adding a variant here teaches every section at once. Phrases are folded (no accents,
/// lower case); see <see cref="PhraseSet"/> for the marks.
/// </summary>
public static class ActaVocabulary
{
    // ---- Remarks reported as speech

    /// <summary>
    /// The stems of the verbs of saying that keep their stem in the preterite and the present ("señal-ó", "señal-a"): first
    /// conjugation, a regular-expression alternation <see cref="SaidVerb"/> and <see cref="SayingVerb"/> both compose, so a verb
    /// added here is read in both tenses.
    /// </summary>
    private const string SayingStems =
        @"señal|indic|expres|solicit|observ|coment|mencion|pregunt|destac|cuestion|consider|apunt|plante|precis|agreg|afirm|" +
        @"subray|enfatiz|opin";

    /// <summary>
    /// The verbs of saying minutes use to report a remark, in the preterite ("señaló que …", "manifestó: «…»"): a
    /// regular-expression alternation over the text as written (accent optional, lower case), a constant so that
    /// <see cref="SpeakerTag"/>'s generated patterns compose it. Declared once: the reported ("X, sobre la meta N, señaló
    /// que …") and the quoted ("X manifestó: «…»") forms used to list these verbs each in their own way. The shared stems
    /// (<see cref="SayingStems"/>), those whose stem changes in the present, then the second and third conjugations.
    /// </summary>
    public const string SaidVerb =
        @"(?:(?:" + SayingStems + @"|manifest|recomend)[oó]|(?:refiri|sugiri|pidi|reconoci|insisti|advirti)[oó]|sostuvo|propuso|dijo)";

    /// <summary>
    /// The same verbs in the present, singular or plural ("la Secretaría Ejecutiva señala que …", "observan que …"): minutes
    /// written as a summary report what was said in the present (blind batch AF, AF3). An alternation as <see cref="SaidVerb"/>,
    /// from the same stems; "manifiesta", "recomienda" change theirs.
    /// </summary>
    public const string SayingVerb =
        @"(?:(?:" + SayingStems + @"|manifiest|recomiend)an?|(?:refier|sugier|pid|reconoc|sostien|propon|insist|adviert|dic)en?)";

    /// <summary>
    /// A remark announced by its kind rather than by a verb of saying: "formuló la siguiente retroalimentación", "hizo la siguiente
    /// observación", "emitió los siguientes comentarios" (blind batch S, S1), before a colon and the remark in quotes: a
    /// regular-expression alternation over the text as written, composed by <see cref="SpeakerTag"/> beside <see cref="SaidVerb"/>.
    /// </summary>
    public const string RemarkMadeVerb =
        @"(?:formul[oó]|hizo|emiti[oó]|realiz[oó]|expres[oó]|plante[oó]|dio|compart[ií][oó])\s+(?:la|el|las|los)\s+siguientes?\s+" +
        @"(?:retroalimentaci[oó]n|observaci[oó]n(?:es)?|comentarios?|recomendaci[oó]n(?:es)?|señalamientos?|opini[oó]n(?:es)?)";

    /// <summary>
    /// What says that somebody takes the floor, before who speaks ("En uso de la palabra, C. Name, …, manifestó: …", blind batch AI,
    /// AI3; "Al hacer uso de la palabra, …", "En su intervención, …"), or in whose name ("…, en representación de Gremio X, …", "a
    /// nombre de", "en nombre de"): a lead that holds one is a speaker's, never a report's. A regular-expression alternation over
    /// the text as written (case-insensitive where it is used), composed by <see cref="SpeakerTag"/>.
    /// </summary>
    public const string FloorTaken =
        @"(?:en|al\s+hacer|haciendo)\s+uso\s+de\s+la\s+palabra|en\s+su\s+(?:intervenci[oó]n|turno)|en\s+representaci[oó]n\s+de|(?:a|en)\s+nombre\s+de";

    /// <summary>
    /// The words that put a goal first as what follows is about ("Respecto de la meta 371.1", "En cuanto a la meta…", "Sobre la
    /// meta…"), before "la meta N.N": a regular-expression alternation over the text as written (case-insensitive where it is
    /// used), composed by <see cref="GoalNamedSpeech"/> (a remark's lead) and <see cref="GoalLedReports"/> (a report's lead).
    /// </summary>
    public const string RegardingGoal =
        @"sobre|respecto\s+(?:de|a)|acerca\s+de|en\s+relaci[oó]n\s+(?:con|a)|con\s+relaci[oó]n\s+a|en\s+cuanto\s+a|en\s+lo\s+que\s+(?:toca|respecta)\s+a";

    // ---- Page numbers ("Página 2 de 5", "Pág. 3", "Hoja 2", "Page 1 of 4")

    /// <summary>
    /// The word that labels a page number, as written (accent optional; a pattern's case option decides the case): "página",
    /// "pág.". <see cref="Reading.Pdf.PageNumberOrder"/> orders pages by it; <see cref="PageNumberLabel"/> adds the rest.
    /// </summary>
    public const string PageWord = @"p[aá]gina|p[aá]g\.";

    /// <summary>
    /// Every label of a page number a footer uses: <see cref="PageWord"/>, a sheet ("hoja") and the English "page" of a
    /// template; a regular-expression alternation (composed by <see cref="AgreementExtractor"/>'s page-number line).
    /// </summary>
    public const string PageNumberLabel = PageWord + @"|hoja|page";

    /// <summary>What stands between a page's number and the count of pages: "2 de 5", "2/5", "2 of 5" (an alternation).</summary>
    public const string PageOf = @"de|/|of";

    // ---- Typed bullets

    /// <summary>
    /// The glyphs that open a list item as its typed bullet ("• ", "▪ ", "◦ ", "► ", a Symbol font's private-use bullet), the
    /// marks that serve as one where a line opens with them ("· ", "» ", "* ") and the dashes ("– ", "— "; the hyphen is added
    /// by <see cref="Bullet"/>): the inside of a regular-expression character class, constants so that generated patterns
    /// compose them. Declared once: seven patterns and two trims (rows, attendance, remarks, agreements, labels, speakers) carried sets
    /// of their own that disagreed; a pattern that must not take one of them says so beside its use.
    /// </summary>
    public const string BulletGlyphs = "•◦▪‣∙●○■□◆◇►▸\uF0B7\uF0A7";

    /// <inheritdoc cref="BulletGlyphs"/>
    public const string BulletMarks = "·»›*";

    /// <inheritdoc cref="BulletGlyphs"/>
    public const string BulletDashes = "–—";

    /// <summary>Every typed bullet, the hyphen included: the inside of a character class (<see cref="BulletGlyphs"/>).</summary>
    public const string BulletSet = BulletGlyphs + BulletMarks + BulletDashes + @"\-";

    /// <summary>Every typed bullet, the hyphen included, as plain characters (for <c>string.Contains(char)</c>, not a pattern).</summary>
    public const string BulletChars = BulletGlyphs + BulletMarks + BulletDashes + "-";

    /// <summary>One typed bullet, the hyphen included: a character class (<see cref="BulletGlyphs"/>).</summary>
    public const string Bullet = "[" + BulletSet + "]";

    /// <summary>Every typed bullet as characters, and the blanks about them, for trimming bullets off a list item ("• Lic. …").</summary>
    public static readonly char[] BulletTrim = (BulletGlyphs + BulletMarks + BulletDashes + "- \t").ToCharArray();

    // ---- Ordinals typed as words

    /// <summary>
    /// An ordinal typed as a word, masculine, as minutes number their agreements and recitals ("PRIMERO.-", "Décimo segundo:",
    /// "Vigésimo:"): a regular-expression alternation over the text as written (accent optional, lower case; callers wrap it in
    /// <c>(?i:…)</c> or a capitals check of their own), a constant so that generated patterns compose it. Declared once: an
    /// agreement's marker, the split of run-together agreements and a resolution's recital each used to carry the list.
    /// </summary>
    public const string OrdinalWord =
        @"(?:(?:d[eé]cimo\s+|vig[eé]simo\s+)?(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno|d[eé]cimo|und[eé]cimo|duod[eé]cimo|vig[eé]simo))";

    /// <summary>
    /// What closes a typed ordinal or a numbered label before its text: ".-", ".–", ".", ":", "-", "–" ("PRIMERO.-", "Segundo:",
    /// "Acuerdo 3.–"): a regular-expression alternation, a constant so that generated patterns compose it after
    /// <see cref="OrdinalWord"/>. Declared once: an agreement's marker (twice) and a resolution's recital carried it.
    /// </summary>
    public const string OrdinalClose = @"(?:\.-|\.–|\.|:|-|–)";

    // ---- Typed list numbers

    /// <summary>
    /// A list number typed by hand before an item or a field's label: a number of one or two digits, a letter, or a Roman
    /// numeral of up to four letters in either case ("3", "b", "IV", "iii"), before <see cref="TypedNumeralClose"/>: a
    /// regular-expression alternation over the text as written, a constant so that generated patterns compose it. Declared once
    /// (<see cref="TypedEnumerator"/>): the session header's numbered labels, a strategy cell's lone list number and a
    /// resolution's lettered marks used to spell it each their own way. A pattern that needs other numerals (a tab column's
    /// "XLVIII.", "100."; an agreement's "1 .-") keeps its own and says so beside it.
    /// </summary>
    public const string TypedNumeral = @"(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})";

    /// <summary>What closes a typed list number: ".-", "." or ")" ("a.-", "3.", "b)"; see <see cref="TypedNumeral"/>).</summary>
    public const string TypedNumeralClose = @"(?:\.-|[.)])";

    /// <summary>A typed list number and its close, "a)", "b.-", "3.", "IV.-", "iii)" (<see cref="TypedNumeral"/>).</summary>
    public const string TypedEnumerator = "(?:" + TypedNumeral + TypedNumeralClose + ")";

    // ---- People

    /// <summary>
    /// The abbreviated titles of address written before a name ("Lic.", "Mtra.", "Biól."), without their stop: a
    /// regular-expression alternation over the text as written, a constant so that generated patterns compose it. Declared
    /// once: where a sentence ends (not at "Dr."), where a run of names starts its next person ("…, y la Mtra. …"), where a
    /// titled name begins (five patterns used to carry lists of their own that disagreed).
    /// </summary>
    public const string TitleAbbreviation =
        @"(?:Lic|Licda|Licdo|Mtro|Mtra|Dr|Dra|Ing|Arq|Bi[oó]l|C|Prof|Profa|Profr|Profra|Psic|Antrop|Sr|Sra|Srta)";

    // ---- Strategy block (Estrategia → Meta → Indicador, Instancia Ejecutora, Informe, Retroalimentación, Observaciones)

    /// <summary>
    /// "M." before a goal's id where a label names the goal it speaks of (blind batch Y, Y1: "Retro SE (M. 287.1): …"): the
    /// abbreviation of "meta" as a regular-expression alternation over folded text, a constant so that generated patterns compose it.
    /// </summary>
    public const string GoalAbbreviation = @"(?:m\.)";

    /// <summary>Meta. Read with its id ("Meta 516.1") by <see cref="StrategyLabels"/>.</summary>
    public static readonly PhraseSet Goal = new("meta(s)", "meta programatica", "meta del programa", "goal(s)");

    /// <summary>Indicador.</summary>
    public static readonly PhraseSet Indicator = new(
        // "Ind.: Núm. de panteones…" (blind batch Y, Y1: a secretary's notes abbreviate the label).
        "ind",
        "indicador(es)[ de[ la| las] meta(s)]", "indicador(es) de resultado(s)", "indicador(es) de gestion", "kpi[ indicador]", "indicator(s)");

    /// <summary>Instancia Ejecutora, and the words other Secretarías Técnicas use for it.</summary>
    public static readonly PhraseSet Executor = new(
        "instancia(s) ejecutora(s)", "instancia(s) responsable(s)", "instancia(s)",
        "ente(s) ejecutor(es)", "ente(s) responsable(s)", "ente(s) publico(s)[ responsable(s)]",
        "dependencia(s)[ responsable(s)| ejecutora(s)]", "responsable(s)[ de[ la] meta]",
        "area(s) responsable(s)", "unidad(es) responsable(s)", "institucion(es) responsable(s)", "ejecutor(es)", "ejecuta", "owner",
        // A bulletin's ficha names who reports (blind batch N, N3: "Quién informa: SEDESA").
        "quien (informa|reporta)",
        // A questionnaire's question (blind batch O, O5: "Instancia ejecutora responsable:").
        "instancia(s) ejecutora(s) responsable(s)");

    /// <summary>INFORME: what the institution reported.</summary>
    public static readonly PhraseSet Report = new(
        "informe(s)[ de[ la| las] instancia(s)[ ejecutora(s)]]", "informe(s) de avance(s)", "informe reportado",
        "informe de actividades", "reporte(s)[ de[ la] instancia]", "reporte de avance(s)", "reporte de actividades",
        "avance(s)[ reportado(s)| informado(s)][ de[ la] meta]", "lo reportado", "lo informado", "lo que se (informo|reporto)", "lo que (informo|reporto|informaron|reportaron)[ la instancia]", "update[ reported]", "progress[ reported]", "acciones reportadas", "acciones realizadas",
        "informacion reportada", "reporte de la instancia ejecutora",
        // A bulletin tells the report in the first person plural (blind batch N, N3: "Lo que nos contaron:").
        "lo que nos (contaron|dijeron|informaron|reportaron|compartieron)",
        // What was informed, the participle after the noun (blind batch O, O2/O4: "Avances informados:", "Avance informado:"; the
        // "avance" variant sits in the "avance(s)[ reportado(s)…]" entry above, as the first alternative that matches wins).
        "accion(es) informada(s)",
        // A questionnaire's question (blind batch O, O5: "Resumen del avance informado:").
        "resumen del (avance|informe|reporte)[ (informado|reportado)]",
        // A form's row for the report's text under its status row (blind batch AD, AD3: "Informe | ☒ Reportó ☐ No reportó" ¶
        // "Descripción del avance | …").
        "descripcion del (avance|informe|reporte)[ (informado|reportado)]",
        // A report that came by e-mail, pasted under its label (blind batch P, P6: "Informe recibido por correo electrónico:").
        "(informe|reporte)(s) (recibido|enviado|remitido)(s) (por|via) correo[ electronico]",
        // A letter's goal table (blind batch R, R1: "Informe presentado | El Consejo concluyó…").
        "(informe|reporte)(s) (presentado|entregado)(s)",
        // What was achieved, as a list of achievements under its label (blind batch S, S2: "Logros reportados:" over bullets).
        "logro(s)[ (reportado|alcanzado|obtenido|informado)(s)][ de[ la] meta]", "resultado(s) (reportado|alcanzado|obtenido|informado)(s)",
        // A form's box for the report in brief (blind batch U, U6: "Síntesis del informe").
        "(sintesis|extracto) del (informe|reporte|avance)(s)",
        // A secretary's notes abbreviate the label (blind batch Y, Y1: "Inf.: CJSL inf. que 4 de 12 panteones…"); a label only
        // before its colon, as every report label.
        "inf");

    /// <summary>Retroalimentación: the space's feedback on the report.</summary>
    public static readonly PhraseSet Feedback = new(
        "retroalimentacion[ y orientacion][ del espacio| de la secretaria ejecutiva| de la se| de[ la] sociedad civil]",
        "comentarios[ del espacio| de retroalimentacion| de la secretaria ejecutiva| de la se| se]",
        "lo que (dijo|comento|senalo|observo) la (secretaria ejecutiva|se)", "key points raised[ secretaria ejecutiva| by the secretaria ejecutiva]", "comentarios y retroalimentacion", "recomendaciones[ del espacio]",
        "orientaciones",
        // A minuta's labelled paragraphs in the singular (blind batch N, N5: "Comentario de la SE:").
        "comentario de la (secretaria ejecutiva|se)",
        // The remarks made at the meeting, each bullet led by its speaker (blind batch T, T5: "Comentarios en la sesión:" over
        // "SE: …" and "Name (Institution): …"; the speaker gives the kind).
        "comentarios (en|durante)[ la] (sesion|reunion)",
        // The turns taken on a goal, each led by its speaker in small capitals (blind batch T, T6: "Intervenciones" over
        // "SECRETARÍA EJECUTIVA.— …" and "NAME (BODY).— …").
        "intervenciones",
        // A secretary's notes abbreviate it, the speaker's acronym after it (blind batch Y, Y1: "Retro SE (M. 287.1): …").
        "retro[ (se|secretaria ejecutiva)]",
        // A spreadsheet's column header with the body's acronym right after the word (blind batch N, N2: "RETROALIMENTACIÓN SE").
        "retroalimentacion (se|secretaria ejecutiva)",
        // A bulletin's heading over the secretariat's quotes (blind batch N, N3: "La Secretaría Ejecutiva opinó").
        "la (secretaria ejecutiva|se) (opino|comento|senalo|observo|dijo)",
        // A letter's remark on the goal just told (blind batch U, U4: "Al respecto, la Secretaría Ejecutiva retroalimentó: …").
        "[al respecto, |sobre el particular, ]la (secretaria ejecutiva|se) (retroalimento|opino|comento|senalo|observo)");

    /// <summary>Observaciones.</summary>
    public static readonly PhraseSet Observation = new(
        "observacion(es)[ generales]",
        "observacion(es) de[ la| las] instancia(s)[ ejecutora(s)]",
        "observacion(es) de[ la] sociedad civil", "observacion(es) del espacio",
        "observacion(es) de[ las] organizaciones[ de la sociedad civil]", "observacion(es) de[ los] participantes",
        "observacion(es) de la secretaria ejecutiva", "comentarios de[ la] sociedad civil", "comentarios de[ las] instancias",
        "(comentarios|observaciones) de[ las] personas (participantes|asistentes|integrantes)[ del espacio]", "comentarios de[ los] participantes",
        "observacion(es) de[ las] personas (participantes|asistentes|integrantes)[ del espacio]",
        "comentarios de[ las| los] (osc|organizaciones)[ y (otras|las) instancias]", "lo que (dijeron|comentaron|senalaron) (las|los)[ y (las|los)] (participantes|asistentes|integrantes)",
        "stakeholder comments", "comments from participants",
        // A civil-society author's own relatoría speaks in the first person plural: "Nuestra lectura (y la de otras participantes)".
        "nuestra lectura…", "nuestras observaciones…", "nuestros comentarios…",
        "comentario de[ las| los] (participantes|personas participantes)",
        // A tarjeta informativa (blind batch N, N1): "Posicionamientos de las personas participantes:".
        "posicionamiento(s) de[ las| los] (participantes|personas participantes|personas asistentes|organizaciones)",
        // Inclusive doubled articles (blind batch N, N2: "OBSERVACIONES DE LAS Y LOS PARTICIPANTES").
        "(observaciones|observacion|comentarios|comentario) de (las y los|los y las) (participantes|personas participantes|asistentes|integrantes)",
        // The same bulletin's heading over everyone else's quotes: "Otras voces".
        "otras voces",
        // The members named without "personas" (blind batch S, S3: a workbook's column "Observaciones de integrantes").
        "(observaciones|observacion|comentarios|comentario) de[ las| los] integrantes[ del espacio]");

    // ---- Feedback tables (one remark per row: No. | Meta | Tipo | Comentario | Emite)

    /// <summary>The column that holds the remark itself.</summary>
    public static readonly PhraseSet RemarkColumn = new(
        "comentario(s)", "intervencion(es)", "retroalimentacion(es)", "observacion(es)", "comentario(s) u observacion(es)",
        "comentario(s) y observacion(es)", "retroalimentacion u observacion", "opinion(es)", "planteamiento(s)", "aportacion(es)",
        "senalamiento(s)", "comentario o retroalimentacion", "descripcion del comentario", "texto[ del comentario]");

    /// <summary>The column that says whether a remark is retroalimentación or observación.</summary>
    public static readonly PhraseSet RemarkKindColumn = new(
        "tipo[ de comentario| de intervencion| de observacion| de retroalimentacion]", "clasificacion", "categoria", "naturaleza");

    /// <summary>The column that says who made a remark.</summary>
    public static readonly PhraseSet SpeakerColumn = new(
        "emite", "emitio", "emisor(a)", "quien emite", "quien (interviene|comenta|opina|senala)", "participante", "persona participante",
        "interviene", "interviniente", "origen", "fuente", "ponente", "orador(a)", "autor(a)", "sector", "institucion u organizacion",
        "institucion", "organizacion", "instancia", "realizado por", "emitido por", "hecho por", "formulado por", "quien lo formula");

    /// <summary>
    /// The column beside the remarks that holds what the institution answered to each (blind batch AH, AH2: "Observación del
    /// Espacio | Respuesta de la institución"): an answer, a reply or a rejoinder of the body asked is no remark of the Espacio.
    /// </summary>
    public static readonly PhraseSet AnswerColumn = new(
        "respuesta(s)", "respuesta(s) institucional(es)", "replica(s)", "contestacion(es)",
        "(respuesta|respuestas|replica|replicas|contestacion|contestaciones)[ de la| de las| del| de los| de el] (institucion|instituciones|instancia|instancias|dependencia|dependencias|autoridad|autoridades|ente|entes|area|areas|responsable|responsables|ente publico|entes publicos)[ ejecutora(s)| responsable(s)| aludida(s)]",
        "(respuesta|respuestas|replica|replicas|contestacion|contestaciones)[ de la| de las| del| de los] (institucion|instituciones|instancia|instancias|dependencia|dependencias|autoridad|autoridades) (ejecutora|ejecutoras|responsable|responsables|aludida|aludidas)",
        "(postura|posicionamiento|atencion) de la (institucion|instancia|dependencia|autoridad)[ ejecutora| responsable]");

    /// <summary>
    /// The column of a goal-per-row grid that names who made the row's remarks (blind batch Q, Q4: "Estrategia | Meta | … |
    /// Observaciones | Quién observa"); it names no field of the goal.
    /// </summary>
    public static readonly PhraseSet RemarkAuthorColumn = new(
        "quien (observa|comenta|opina|senala|interviene|emite|retroalimenta)", "(observado|comentado|emitido|senalado|formulado) por",
        "(autor|autora|emisor|emisora) de[ la| las| los] (observacion|comentario)(es|s)");

    /// <summary>
    /// The links under each post of a forum thread (blind batch S, S4, a Moodle forum: "Enlace permanente · Responder"): none of
    /// them is the post's content.
    /// </summary>
    public static readonly PhraseSet ForumPostAction = new(
        "enlace permanente", "responder", "editar", "borrar", "dividir", "mostrar (mensaje|publicacion) (padre|principal)", "exportar a portafolio",
        "permalink", "reply", "edit", "delete", "split", "show parent");

    /// <summary>
    /// The menu bar of a spreadsheet printed from its program or browser (blind batch Q, Q4: "Archivo Editar Ver Insertar Formato
    /// Datos Herramientas Complementos Ayuda"): each word a menu, none of them content.
    /// </summary>
    public static readonly PhraseSet SpreadsheetMenu = new(
        "archivo", "editar", "ver", "insertar", "formato", "datos", "herramientas", "complementos", "extensiones", "ayuda", "hoja", "ventana",
        "tabla", "file", "edit", "view", "insert", "format", "data", "tools", "extensions", "help", "window");

    /// <summary>
    /// The word a slide deck's outline or notes print before each slide's number ("Diapositiva 5", "Lámina 5", "Slide 5"): see
    /// <see cref="SlideMarkers"/>.
    /// </summary>
    public static readonly PhraseSet SlideLabel = new("diapositiva", "lamina", "slide", "transparencia");

    /// <summary>A strategy column in a table laid out one goal per row.</summary>
    public static readonly PhraseSet StrategyColumn = new(
        "estrategia(s)", "no de estrategia", "numero de estrategia", "estrategia programatica", "estrategia del programa", "numero de la estrategia",
        // The 2009 programme's unit of follow-up (Capítulo → Objetivo específico → Línea de acción, with its Meta and Indicador): see StrategyNoun.
        "linea(s) de accion", "no de linea de accion", "numero de[ la] linea de accion");

    /// <summary>
    /// The noun that opens a strategy block, as a regular-expression alternation over folded text: "Estrategia 516", and in minutes
    /// that keep the 2009 programme's structure (blind batch AB, AB5: Capítulo → Objetivo específico → "Línea de acción 516" with its
    /// Meta and Indicador), the línea de acción, which is the unit whose goals are followed. A constant so generated patterns compose it.
    /// </summary>
    public const string StrategyNoun = @"(?:estrategia|linea\s+de\s+accion)";

    /// <summary>
    /// The header of a column that holds the row labels of a strategy grid ("Rubro": Meta, Indicador,
    /// Informe…) when the other columns are the executors, one goal per column.
    /// </summary>
    public static readonly PhraseSet RubricColumn = new("rubro(s)", "concepto(s)", "apartado(s)", "campo(s)", "elemento(s)", "aspecto(s)", "seccion");

    /// <summary>A column holding only the goal's id ("516.1").</summary>
    /// <summary>The goal's text as a column of its own beside a "Meta" column of ids: "Meta | Descripción | Indicador | …".</summary>
    public static readonly PhraseSet GoalDescriptionColumn = new("descripcion[ de[ la] meta]", "(texto|redaccion|enunciado) de[ la] meta", "meta (descripcion)");

    /// <summary>The label of a strategy's title written after its number, as a form prints it: "Estrategia núm.: 611 Título: Reducir…".</summary>
    public static readonly PhraseSet StrategyTitleLabel = new("titulo[ de[ la] estrategia]", "nombre de[ la] estrategia", "denominacion");

    public static readonly PhraseSet GoalIdColumn = new("no de meta", "numero de meta", "clave[ de[ la] meta]", "id[ de[ la] meta]");

    /// <summary>
    /// The columns of a schedule beside a list (a Gantt-like agreements table: "Acuerdo | Responsable | Mar | Abr | May | Jun", an X in
    /// the month each is due): months by name or abbreviation, weeks, quarters. They name no field of the row.
    /// </summary>
    public static readonly PhraseSet ScheduleColumn = new(
        [.. SpanishDateParser.MonthWordsAndAbbreviations, "semana", "sem", "mes", "bimestre", "trimestre", "cronograma", "calendario"]);

    /// <summary>Header cells that name no field (row numbers, signatures, notes).</summary>
    public static readonly PhraseSet IgnorableColumn = new("no", "num", "numero", "n", "#", "firma", "cargo", "puesto", "correo[ electronico]", "telefono", "notas",
        "marca temporal", "timestamp", "role", "position",
        // A tracking matrix's reporting period (blind batch AC, AC6: "Periodo | oct-dic 2023").
        "periodo[ reportado| informado| del informe| del reporte| de reporte| de informe]");

    /// <summary>
    /// The report status of a goal, as a label or a column: "Estado del reporte", "Estatus", "Situación del informe", a
    /// tracking matrix's bare "Situación" over "Con informe" / "Sin informe" (blind batch AC, AC6).
    /// Its value is read by <see cref="ReportStatusReader"/>.
    /// </summary>
    public static readonly PhraseSet StatusLabel = new(
        "estado[ del| de][ la] (reporte|informe|entrega)", "estatus[ del| de][ la][ (reporte|informe|entrega|meta)]", "status[ del reporte]",
        "situacion[ del reporte| del informe| de la meta]", "estado", "semaforo[ de cumplimiento| de avance]", "rag[ status]",
        // A tracking form's delivery box (blind batch Q, Q3: "Entrega de informe | ☒ Entregado ☐ No entregado").
        "entrega (de|del) (informe|reporte|cedula)");

    /// <summary>
    /// The report status asked as a question: "¿Reportó?", "¿Informó?", "¿Presentó informe?", "¿Se recibió informe?". A label only
    /// with its question mark (or as a column header): written plainly, "Reportó" is a status value.
    /// </summary>
    public static readonly PhraseSet StatusQuestion = new(
        "reporto", "reportaron", "se reporto", "informo", "informaron", "se informo", "hubo (reporte|informe)", "(presento|entrego|envio|remitio|rindio)[ (el|su)] (informe|reporte)",
        // A questionnaire names who reports (blind batch O, O5: "¿La instancia presentó informe de avance?").
        "(la|el) (instancia|dependencia|ente)[ ejecutora| responsable] (presento|entrego|envio|remitio)[ (el|su)] (informe|reporte)[ de avance(s)]",
        "se (presento|entrego|recibio)[ el] (informe|reporte)", "(cuenta|conto) con (informe|reporte)");

    /// <summary>
    /// The header of a column that answers yes or no, goal by goal, whether the report came (blind batch AG, AG3: a closing
    /// "Resumen de informes" table, "Estrategia | Meta | Instancia ejecutora | ¿Presentó informe?" over "Sí" / "No"): a status
    /// question or label, or the report named with its delivery ("Informe entregado", "Informe rendido"), read by
    /// <see cref="Extraction.Grids.ReportSummaryTable"/>.
    /// </summary>
    public static readonly PhraseSet ReportAnswerColumn = new(
        [.. StatusQuestion.Phrases, .. StatusLabel.Phrases, "(informe|reporte)(s) (entregado|presentado|rendido|recibido|enviado|remitido)(s)",
         "con (informe|reporte)"]);

    /// <summary>The strategy-block labels with the field each one opens, in the order they are tried.</summary>
    public static readonly IReadOnlyList<(PhraseSet Phrases, StrategyField Field)> StrategyFields =
    [
        (Indicator, StrategyField.Indicator),
        (StatusLabel, StrategyField.Status),
        (Report, StrategyField.Report),
        (Feedback, StrategyField.Feedback),
        (Observation, StrategyField.Observation),
        (Executor, StrategyField.Executor),
    ];

    // ---- A goal that was not reported

    /// <summary>
    /// What an INFORME cell says when there is no report: "No reportó", "Sin reporte", "No se presentó
    /// información", "Pendiente". A dash or an empty cell says the same (see StrategyInterpreter).
    /// </summary>
    public static readonly PhraseSet NotReported = new([
        "no report(o|a|aron|ar)", "no se report(o|a)", "no hubo reporte", "no se recibio[ informe| reporte| informacion]",
        "no present(o|aron)[ informe| reporte| informacion| avance(s)]", "no (fue|fueron|ha sido|han sido) reportad(a|o|as|os)",
        "no se (ha|han) (reportado|recibido)", "no (ha|han) (reportado|enviado|presentado|remitido)[ informe| reporte| informacion]",
        "no se recibieron (informes|reportes)", "no se presento[ informe| reporte| informacion]",
        "no (envio|entrego|remitio|enviaron|entregaron|remitieron)[ informe| reporte| informacion]",
        // The report named before, then not sent (blind batch P, P6: "…su reporte está en revisión y no lo envió por correo.").
        "no (lo|la|los|las) (envio|entrego|remitio|presento|enviaron|entregaron|remitieron|presentaron)", "no se (envio|entrego|remitio)[ informe| reporte| informacion]",
        "sin (informe|reporte|informacion|datos|avance|avances|respuesta)[ reportad(a|o)(s)]", "no hay (informe|reporte|informacion)",
        "no se cuenta con (informe|reporte|informacion)", "no cuenta con (informe|reporte|informacion)",
        "n a", "na", "n r", "nr", "s r", "s i", "no aplica", "pendiente[ de envio| de entrega| de reporte]", "por reportar", "no informo", "no se informo",
        // This time only (blind batch N, N3: "Esta vez no hubo reporte.").
        "(esta vez|en esta ocasion|por ahora|por el momento|de momento) no (hubo|se recibio|se presento|llego) (reporte|informe|informacion)",
        // The report named before, then not given (blind batch P, P1: "…informó que su reporte todavía está en validación y no lo presentó.").
        "no (lo|la) (presento|presentaron|envio|enviaron|entrego|entregaron|remitio|remitieron)",
        // Told in the past tense of a legal acta (blind batch S, S1: "…a cargo del Sistema…, no se contó con informe¹.").
        "no se (conto|tuvo|dispuso) con[ el| su] (informe|reporte|informacion)",
        // Said plainly (blind batch S, S5: "…no asistió y no mandó informe.").
        "no (mando|mandaron)[ el| su| sus] (informe|reporte|informacion)(s)",
        // A secretary's notes abbreviate it (blind batch Y, Y1: "Inf.: Sin inf. Deleg. no envió cifras.").
        "sin inf",
        .. NegatedDelivery()]);

    /// <summary>
    /// Any way of saying the body gave nothing: a negation ("no", "tampoco", "aún no", "todavía no") before a verb of delivering
    /// in the present, the preterite or the perfect, then what was not delivered ("No hace llegar su informe", "Tampoco
    /// proporcionó información", "Aún no ha compartido los datos"); after "tampoco", "aún no", "todavía no" the verb alone
    /// ("Tampoco reportó"); "sigue sin reportar", "omitió enviar", "sin envío de informe". Progress ("avances") is left out:
    /// "no presenta avances" may be a report of none.
    /// </summary>
    private static string[] NegatedDelivery()
    {
        const string verb = "(reporta|reportan|informa|informan|envia|envian|entrega|entregan|remite|remiten|presenta|presentan|manda|mandan|" +
            "comparte|comparten|proporciona|proporcionan|aporta|aportan|rinde|rinden|turna|turnan|facilita|facilitan|hace llegar|hacen llegar|" +
            "reporto|reportaron|informo|informaron|envio|enviaron|entrego|entregaron|remitio|remitieron|presento|presentaron|mando|mandaron|" +
            "trae|traen|trajo|trajeron|compartio|compartieron|proporciono|proporcionaron|aporto|aportaron|allego|allegaron|turno|turnaron|rindio|rindieron|facilito|" +
            "facilitaron|hizo llegar|hicieron llegar|dio a conocer|dieron a conocer)";
        const string done = "(ha|han) (reportado|informado|enviado|entregado|remitido|presentado|mandado|compartido|proporcionado|aportado|" +
            "allegado|turnado|rendido|facilitado|hecho llegar|dado a conocer)";
        const string what = "[ el| la| los| las| su| sus| ningun| ninguna| algun| alguna| dicho| dicha] " +
            "(informe|informes|reporte|reportes|informacion|datos|evidencia|evidencias|respuesta)";
        string[] negations = ["no", "tampoco", "aun no", "todavia no"];
        return
        [
            .. negations.SelectMany(no => new[] { $"{no} {verb}{what}", $"{no} {done}{what}" }),
            .. negations.Skip(1).SelectMany(no => new[] { $"{no} {verb}", $"{no} {done}" }),
            "sigue(n) sin (reportar|informar|enviar|entregar|remitir|presentar)", "omitio (reportar|informar|enviar|entregar|remitir|presentar)",
            "sin (envio|entrega|remision|presentacion) de[ el| la| su| sus] (informe|reporte|informacion)",
        ];
    }

    /// <summary>
    /// A status value that says the goal was reported: "Sí", "Reportó", "Reportado", "Con informe", "Entregado".
    /// Read whole, or as the option a mark sits beside ("☒ Reportó", "SÍ ( X )").
    /// </summary>
    public static readonly PhraseSet ReportedValue = new(
        "si", "reporto", "reportaron", "reportad(o|a)", "con (informe|reporte|informacion|avance|avances)", "(informe|reporte) (recibido|entregado|presentado)",
        "entregad(o|a)", "presentad(o|a)", "recibid(o|a)", "presento[ (informe|reporte)]", "entrego[ (informe|reporte)]", "envio[ (informe|reporte)]",
        "remitio[ (informe|reporte|informacion)]", "se (recibio|presento|entrego) (informe|reporte|informacion)", "cumplido", "completo", "ok");

    /// <summary>A status value for a report that covers part of the goal: "Parcial", "Reporte parcial". Counted as reported.</summary>
    public static readonly PhraseSet PartiallyReportedValue = new(
        "parcial(es)", "parcialmente[ reportad(o|a)| cumplid(o|a)]", "(reporte|informe|avance) parcial", "reporto parcialmente",
        "incomplet(o|a)", "reporte incompleto", "informe incompleto");

    /// <summary>
    /// A status value that says the goal was not reported: everything in <see cref="NotReported"/>, plus the short
    /// values of a status column or check box: "No", "N/R", "No reportado", "Sin informe", "Omiso".
    /// </summary>
    public static readonly PhraseSet NotReportedValue = new(
        [.. NotReported.Phrases, "no", "n r", "nr", "no reportad(o|a)", "no (entregado|entregada|presentado|presentada|recibido|recibida)", "omiso", "falta[ (informe|reporte)]",
         "sin entregar", "no hay",
         // A reporting engine's empty detail field (blind batch K, K5: "Informe | SIN REGISTRO").
         "sin registro"]);

    /// <summary>
    /// What a feedback or observations field says when nobody remarked anything: "Sin comentarios.", "Sin observaciones",
    /// "Ninguna.", "No se formularon observaciones." — no remark of its own.
    /// </summary>
    public static readonly PhraseSet NoRemark = new(
        "sin (comentario|comentarios|observacion|observaciones|retroalimentacion)[ adicionales| al respecto]",
        "sin (observaciones ni comentarios|comentarios ni observaciones)",
        "ningun(a|o)", "ninguna observacion", "ningun comentario", "no hay (comentarios|observaciones)[ al respecto]",
        "no se (formularon|realizaron|emitieron|hicieron|presentaron) (comentarios|observaciones)[ al respecto]",
        "no hubo (comentarios|observaciones)[ al respecto]", "none");

    // ---- The next meeting

    /// <summary>Words that announce a later meeting: "la próxima sesión", "se convoca a…", "nos reuniremos".</summary>
    public static readonly PhraseSet NextMeeting = new(
        "(proxima|siguiente) (sesion|reunion|junta)",
        // A secretary's notes abbreviate it (blind batch Y, Y1: "Próx. ses. ord. 09/05/19, 17 hrs., misma sede."), as written and as a key.
        "prox. (ses.|sesion|reunion)", "prox (ses|sesion|reunion)", "se convoca", "convocar a la", "se cita", "nos reuniremos",
        "se reunira", "volvera a sesionar", "(proxima|siguiente) fecha de (sesion|reunion)",
        "sesionar (nuevamente|de nuevo)", "volver a (sesionar|reunirse|reunirnos)", "reunirse (nuevamente|de nuevo)", "se sesionara",
        // An English template's closing section (blind batch M, M6: "Date of next meeting: 13/06/2024, 10:00 h").
        "(next|following) (meeting|session)",
        // A meeting app's card for the meeting it has scheduled next: "Reunión de seguimiento programada · jueves, 14 de marzo…".
        "(reunion|sesion) de seguimiento programada");

    /// <summary>
    /// A future verb that, after a meeting word, fixes when that meeting is held: "La Duodécima Sesión Ordinaria se
    /// celebrará el jueves 7 de diciembre", "la sesión de enero tendrá lugar el…".
    /// </summary>
    public static readonly PhraseSet MeetingWillBeHeld = new(
        "se (celebrara|realizara|llevara a cabo|efectuara|desarrollara)", "tendra (lugar|verificativo)");

    /// <summary>A meeting of the body, whichever word the acta uses.</summary>
    public static readonly PhraseSet Meeting = new("sesion(es)", "reunion(es)", "junta");

    /// <summary>
    /// A meeting named with its kind, as a title writes it and as notes abbreviate it (blind batch Y, Y1: "Ses. ord. núm. 3 ·
    /// 07/03/19 · 17 hrs."): "sesión ordinaria", "Ses. ord.", "reun. extraord.", "Reunión de trabajo" (folded; stops optional).
    /// </summary>
    public static readonly PhraseSet MeetingOfKind = new(
        "(sesion|ses|reunion|reun)[.][ (ordinaria|ord|extraordinaria|extraord|ext|de trabajo)[.]]");

    // ---- Section headings

    public static readonly PhraseSet AttendanceHeading = new(
        "[lista de |registro de |relacion de |pase de ]asistencia[ a la sesion| a la reunion[ de trabajo]| de la sesion| de la reunion]",
        "[lista de |registro de |relacion de ](asistentes|participantes)[ a la sesion| a la reunion[ de trabajo]| de la sesion| de la reunion]",
        "personas (asistentes|participantes|conectadas|presentes)", "pase de lista", "(participantes|asistentes|personas) (conectad(o|a)s|en linea|a la videoconferencia)",
        "asistencia (virtual|remota|a la videoconferencia)", "presentes", "quienes asistieron", "[lista de |pase de |registro de ]asistencia y (verificacion|declaracion|declaratoria|comprobacion) (de|del) quorum[ legal]…",
        "pase de lista y (verificacion|declaracion|declaratoria|comprobacion) (de|del) quorum[ legal]…", "personas que asistieron", "asistieron",
        "quienes (participamos|participaron|asistimos|estuvimos|estuvieron|acudieron|vinieron)",
        // "¿Quién está hoy?" (blind batch T, T3: a whiteboard's roll of name cards): who is here, asked.
        "quien(es) (esta|estan|estamos) (hoy|aqui|presente|presentes)[ aqui| hoy]",
        // A secretary's notes abbreviate the heading (blind batch Y, Y1: "Asist.:" over one tab-aligned line per person).
        "asist", "attendance", "attendees", "present", "participants");

    /// <summary>
    /// The end of an opening sentence that announces the list of those present below it, in place of a heading: "…con la
    /// asistencia de las personas que se enlistan a continuación:", "…estando presentes las siguientes personas:".
    /// </summary>
    public static readonly PhraseSet AttendanceLeadIn = new(
        "(personas|asistentes|participantes|integrantes) que se (enlistan|listan|relacionan|mencionan|enumeran|senalan|indican) (a continuacion|enseguida|abajo)",
        "(las|los) siguientes (personas|asistentes|participantes|integrantes)",
        // "Se hizo constar la asistencia de las personas siguientes:" (blind batch W, W1): the adjective after the noun.
        "(asistencia|presencia) de (las|los) (personas|asistentes|participantes|integrantes) siguientes");

    /// <summary>How a heading says the agreements came about ("generados", "asumidos", "de esta sesión"): composed by <see cref="AgreementsHeading"/>.</summary>
    private const string HowAgreed = "(generados|establecidos|aprobados|asumidos|adquiridos|pactados|definidos|derivados|suscritos|acordados|" +
        "de esta sesion|de esta reunion|del dia|de la jornada)";

    /// <summary>"… de acuerdos", "… de compromisos y acuerdos": the tail of a heading that names a list of agreements.</summary>
    private const string ListOfAgreements = "de (acuerdos|compromisos)[ y compromisos| y acuerdos]";

    public static readonly PhraseSet AgreementsHeading = new(
        "acuerdos[ operativos| de la sesion| de la reunion| adoptados| tomados| alcanzados| y compromisos]",
        "compromisos[ y acuerdos]", "relacion de acuerdos", "acuerdos y compromisos adquiridos",
        "acuerdos y cierre[ de la sesion| de la reunion]", "cierre y acuerdos",
        // One point of the order of the day for both (blind batch Z, Z2: "Punto 5. Acuerdos y asuntos generales").
        "acuerdos y asuntos generales", "asuntos generales y acuerdos",
        // New agreements and the follow-up of earlier ones under one heading: the rows say which are new.
        "acuerdos y (seguimiento|su seguimiento)[ de acuerdos[ anteriores]]",
        // The same pair named the other way round (blind batch K, K2: "IV. SEGUIMIENTO Y REGISTRO DE ACUERDOS" over one table
        // of earlier agreements with their status and this session's, "Nuevo"): the table's status column says which are new.
        "seguimiento y (registro|relacion|listado|control) " + ListOfAgreements, "(registro|control) y seguimiento " + ListOfAgreements,
        // Action items in the words of other templates: Google Docs' "Elementos de acción", a consultant's "Actions & decisions".
        "elementos de accion", "acciones (acordadas|y acuerdos)", "action items", "actions and decisions", "actions decisions",
        // The agreements in the first person of a bulletin or a civil-society relatoría: "Lo que acordamos".
        "lo que (acordamos|se acordo)", "(que|en que) quedamos", "acordamos",
        // A meeting app's follow-up tasks (Teams/Loop notes: "Tareas de seguimiento (3)", each "☐ task" + "Asignada a: … · Vence: …").
        "tareas de seguimiento",
        // A resolution's operative points: "RESOLUTIVOS", "PUNTOS RESOLUTIVOS" (see ResolutionRecitals).
        "[puntos ]resolutivos",
        // However else a writer heads the list: the agreements with how they came about ("Acuerdos generados", "Compromisos
        // asumidos"), a list of them ("Síntesis de acuerdos", "Registro de compromisos", "Puntos de acuerdo"), or paired with
        // what else was decided ("Conclusiones y acuerdos", "Acuerdos y tareas", "Decisiones tomadas").
        "acuerdos " + HowAgreed, "compromisos " + HowAgreed,
        "sintesis " + ListOfAgreements, "resumen " + ListOfAgreements, "registro " + ListOfAgreements, "listado " + ListOfAgreements,
        "lista " + ListOfAgreements, "recuento " + ListOfAgreements, "cuadro " + ListOfAgreements, "puntos de acuerdo",
        "conclusiones y (acuerdos|compromisos)", "decisiones y (acuerdos|compromisos)", "resoluciones y (acuerdos|compromisos)",
        "acuerdos y (conclusiones|decisiones|tareas|responsables|responsabilidades|pendientes|proximos pasos|siguientes pasos)",
        // The agreements with their schedule (blind batch AB, AB1: "Acuerdos y cronograma de cumplimiento" over a table with a
        // column per month): see ScheduleColumn.
        "acuerdos y (cronograma|calendario|calendarizacion|programacion)[ de (cumplimiento|seguimiento|ejecucion|trabajo|actividades)]",
        "decisiones (tomadas|adoptadas|y compromisos|de la sesion|de la reunion)",
        // A secretary's notes abbreviate the heading (blind batch Y, Y1: "Acdos.:" over "1) Deleg. Iztapalapa enviará…").
        "acdos");

    /// <summary>
    /// The words of a sentence that introduces this session's agreements with no heading over them: "aprobaron … los siguientes
    /// acuerdos:", "Registro aquí los acuerdos tomados en la sesión…:", "acordaron lo siguiente:" (folded).
    /// </summary>
    public static readonly PhraseSet AgreementsLeadIn = new(
        "(los|las) siguientes (acuerdos|compromisos)", "(los|las) (acuerdos|compromisos) (tomados|adoptados|alcanzados|aprobados|asumidos)",
        "(acordaron|acordamos|se acordo|se acuerda|se aprobo) lo siguiente",
        // "Por lo anterior, se acordó:" (blind batch U, U4): the verb right before the colon.
        "(acordaron|acordamos|se acordo|se acordaron|se acuerda|se aprobo):",
        // Dictated minutes count them first (blind batch K, K3: "Se tomaron tres acuerdos." over "El primero, que…").
        "(se tomaron|se adoptaron|se aprobaron|se alcanzaron|tomamos|hubo|fueron) (dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (acuerdos|compromisos)");

    /// <summary>Words that make a lead-in sentence about agreements of an earlier session, followed up rather than made now.</summary>
    public static readonly PhraseSet EarlierAgreements = new("anterior(es)", "previa(s)", "pasada(s)", "seguimiento", "pendientes");

    public static readonly PhraseSet StrategiesHeading = new(
        "orientacion y retroalimentacion", "retroalimentacion y orientacion",
        "[orientacion y ]retroalimentacion (a|de)[ las] estrategias…", "(seguimiento|revision|analisis) (a|de)[ las] estrategias…",
        "[orientacion y ]retroalimentacion (a|de)[ las] lineas de accion…", "(seguimiento|revision|analisis) (a|de)[ las] lineas de accion…",
        "estrategias (priorizadas|revisadas)…", "strategy follow up", "seguimiento de (las )?metas");

    /// <summary>An annex after the minutes proper: "Anexo 1. Informes de las instancias ejecutoras", "ANEXO ÚNICO", "Anexos".</summary>
    public static readonly PhraseSet AnnexHeading = new("anexo(s)…");

    /// <summary>The agenda, whose items name later sections ("3. Acuerdos.") without opening them.</summary>
    public static readonly PhraseSet AgendaHeading = new("orden del dia", "agenda[ de (la sesion|la reunion|trabajo)]", "puntos a tratar");

    public static readonly PhraseSet DiscussionHeading = new(
        "puntos sobresalientes", "seguimiento (de|a)[ los] acuerdos…", "desarrollo de la (sesion|reunion)[ de trabajo]", "asuntos generales",
        "bienvenida…", "lectura y aprobacion…", "presentacion…", "antecedentes", "introduccion",
        "cierre[ de la sesion| de la reunion]", "clausura…", "verificacion (de|del) quorum…",
        // Who did not come ends the list of who came: "Ausencias justificadas", "Apologies".
        "ausencias[ justificadas]", "inasistencias[ justificadas]", "personas (ausentes|que no asistieron)", "no asistieron", "apologies", "absent",
        "matters arising…", "any other business…",
        // The next meeting as a section of its own ends the agreements before it.
        "(proxima|siguiente) (sesion|reunion)", "next meeting",
        // A bulletin's box of general facts ends the remarks before it: "¿Sabías que…?" (blind batch N, N3) — the heading alone.
        "sabias que", "did you know");

    // ---- Session header ("Fecha: …", "Lugar: …")

    /// <summary>
    /// Who led the session, as a header line labels it: "Coordinación: …", "Coordinó: …", "Preside: …", "Moderación: …". Not a
    /// field of the contract's session; a header line that follows the place on the same printed line ends the place.
    /// </summary>
    public static readonly PhraseSet LeaderLabel = new(
        "coordinacion[ del espacio| de la sesion]", "coordino", "coordinador(a)[ del espacio| de la sesion]", "preside", "presidio",
        "presidencia", "moderacion", "modero", "moderador(a)", "conduccion", "condujo");

    public static readonly PhraseSet PlaceLabel = new(
        "lugar", "sede", "domicilio", "ubicacion", "lugar de[ la] (reunion|sesion)", "plataforma",
        "lugar o plataforma", "sede o plataforma", "sede plataforma", "lugar plataforma", "sede modalidad", "lugar modalidad",
        // The mode and the venue under one label, in either order (blind batch AI, AI6: "Modalidad y lugar: Reunión híbrida: sala 2…").
        "(sede|lugar) (y|o) modalidad", "modalidad (y|o) (sede|lugar)",
        // An English template's details table (blind batch M, M6: "Venue | Sala de juntas…").
        "venue");

    /// <summary>"Modalidad: Sesión virtual a través de la plataforma Zoom": how the session met, read as its place when no venue is given.</summary>
    public static readonly PhraseSet ModeLabel = new("modalidad[ de[ la] (reunion|sesion)]");

    public static readonly PhraseSet DateLabel = new("fecha[ de[ la] (reunion|sesion)]", "dia", "fecha y hora", "date", "fecha dd mm aaaa");

    public static readonly PhraseSet TimeLabel = new(
        "hora[ de inicio]", "horario", "hora de[ la] (reunion|sesion)", "hora de inicio de[ la] (reunion|sesion)", "inicio", "time",
        // A tracking system's abbreviated field names (blind batch Q, Q6: "Hr. inicio:").
        "hr(s)[ de] inicio", "hora inicio");

    public static readonly PhraseSet BodyLabel = new("grupo de poblacion", "espacio", "espacio de participacion[ de]", "nombre del espacio",
        // A secretary's notes abbreviate the label (blind batch Y, Y1: "Esp. de Particip.: Derechos de…"), compared as a key.
        "esp de (part|partic|particip|participacion)", "espacio de (part|partic|particip)");

    /// <summary>
    /// A cover sheet's line that breaks before the Espacio's name (blind batch T, T6: "Espacio de Participación del" ¶ "Derecho a
    /// la Educación…"). Not a label: as one, "Espacio de Participación de los Derechos…" lost its name to the line after it (BC defensoras).
    /// </summary>
    public static readonly PhraseSet BodyLead = new("espacio de participacion (del|de los|de las)");

    /// <summary>
    /// A letter's addressee line that names the Espacio's members, its name on the line below (blind batch U, U4: an oficio to
    /// "INTEGRANTES DEL ESPACIO DE PARTICIPACIÓN" ¶ "DEL DERECHO A LA CULTURA…" ¶ "P R E S E N T E S").
    /// </summary>
    public static readonly PhraseSet BodyAddressee = new(
        "[(a|para) ][(las|los) y (las|los) |las |los ][personas ](integrantes|miembros|participantes) del espacio de participacion[ del| de los| de las| de]");

    /// <summary>
    /// The words that open the list of people in a photograph's caption (blind batch T, T6: "Fotografía 1. Personas integrantes
    /// del Espacio… De izquierda a derecha: Mtro. A (Secretaría…); Lic. B (…)."): the attendance when the acta has no other list.
    /// </summary>
    public static readonly PhraseSet PictureOrder = new("de izquierda a derecha", "de derecha a izquierda");

    public static readonly PhraseSet TopicLabel = new("tema(s)[ de[ la] (reunion|sesion)[ de trabajo]]", "asunto", "temas a tratar");

    /// <summary>"Sesión: Tercera Reunión de Trabajo": a label whose value is the session's title; "Núm. de sesión | 3" (blind batch K, K5: a reporting engine's field) its number.</summary>
    public static readonly PhraseSet SessionLabel = new("sesion", "reunion", "(sesion|reunion) (de trabajo|ordinaria|extraordinaria)", "tipo de sesion", "(numero|num|no) de[ la] (sesion|reunion)", "sesion no", "acta", "meeting", "sesion numero",
        "no sesion", "num sesion", "numero sesion",
        // A form's field that asks both (blind batch U, U6: "Tipo y número de sesión | Ordinaria · número 5").
        "(tipo|clase) y (numero|no) de[ la] (sesion|reunion)", "(numero|no) y (tipo|clase) de[ la] (sesion|reunion)");

    /// <summary>
    /// The prompt an empty form field shows until someone types over it: Word's content-control placeholder ("Haga clic
    /// aquí para escribir texto.", "Elija un elemento."), a fillable PDF's or a template's ("Escriba aquí"). No content:
    /// a value that is only this reads as empty (blind batch U, U6, whose PDF prints the placeholders the .docx marks).
    /// </summary>
    public static readonly PhraseSet FormPlaceholder = new(
        "haga clic[ o pulse] aqui para (escribir|introducir|agregar)[ (un|una|el|la)] (texto|fecha|contenido)",
        "haga clic[ o pulse] para (escribir|introducir|agregar)[ (un|una|el|la)] (texto|fecha|contenido)",
        "(haga|de) clic aqui", "pulse aqui para (escribir|introducir)[ (un|una)] (texto|fecha)", "elija un elemento", "seleccione un elemento",
        "escriba aqui[ (el|la|su)][ texto]", "click[ or tap] here to enter[ a] (text|date)", "choose an item");

    /// <summary>
    /// The button an app prints at the end of a list, after its "+": "+ Agregar tarea", "+ Añadir tarjeta", "+ Add a card" (blind batch
    /// AB, AB2: a Planner board printed from the browser, one under each bucket's last card). No content.
    /// </summary>
    public static readonly PhraseSet AddButton = new(
        "(agregar|anadir|crear|nueva|nuevo)[ (una|un)] (tarea|tarjeta|elemento|comentario|nota|lista)", "add[ (a|an)] (task|card|item|comment|list)");

    public static readonly PhraseSet ObjectiveLabel = new("objetivo(s)[ de[ la] (reunion|sesion)[ de trabajo]][ general]");

    /// <summary>The line of an e-mail's header that says when it was sent: "Enviado el:", "Sent:".</summary>
    public static readonly PhraseSet MailSentLabel = new("enviado[ el]", "fecha de envio", "sent", "date sent");

    /// <summary>The labels of an e-mail's header that name no part of the session ("Asunto:" does: the subject is kept).</summary>
    public static readonly PhraseSet MailHeaderLabel = new(
        [.. MailSentLabel.Phrases, "de", "para", "cc", "cco", "con copia", "datos adjuntos", "adjuntos", "from", "to", "attachments"]);

    // ---- Attendance columns and sector sub-headings

    public static readonly PhraseSet NameColumn = new(
        "nombre[ completo][ de la persona]", "asistente", "persona", "participante", "nombre y cargo", "nombre del participante",
        "nombre de la persona participante", "nombre de[ la] persona asistente", "persona(s) asistente(s)", "asistentes",
        "persona(s) participante(s)", "participantes", "representante(s)", "nombre(s)", "nombre y firma", "integrante(s)", "name");

    /// <summary>
    /// The columns a video call's participants report adds beside the name (Zoom: "Correo electrónico del usuario | Duración
    /// (minutos) | Invitado"; Meet, Teams: "Hora de entrada | Hora de salida | Rol"): a header holding one is such a report,
    /// whose names are display names (<see cref="CallRoleMark"/>, <see cref="CallParticipant"/>).
    /// </summary>
    public static readonly PhraseSet CallReportColumn = new(
        "correo electronico del usuario", "correo del (usuario|participante)", "duracion…", "invitado", "hora de (entrada|salida|union|ingreso|conexion)",
        "primera (entrada|conexion)", "ultima salida", "rol", "id del participante…", "tiempo (conectado|en la reunion|de conexion)…",
        "user email", "duration…", "guest", "join time", "leave time", "first join", "last leave");

    /// <summary>
    /// The mark a call adds in parentheses after a display name for the person's role in the call, no part of the name:
    /// "Mariana Olvera Luna - SE PDHCDMX (Anfitrión)", "(Coanfitrión)", "(Organizador)", "(Invitado)", "(Host)".
    /// </summary>
    public static readonly PhraseSet CallRoleMark = new(
        "anfitrion(a)", "coanfitrion(a)", "co anfitrion(a)", "organizador(a)", "coorganizador(a)", "moderador(a)", "presentador(a)",
        "invitado", "invitada", "externo", "externa", "yo", "host", "co host", "cohost", "organizer", "presenter", "guest", "external", "me");

    /// <summary>
    /// A participants report's sector or role cell that names the session's coordination ("Coordinación", "Coordinadora del
    /// Espacio"): that row is the coordinator, who chairs the session and is no attendee.
    /// </summary>
    public static readonly PhraseSet CoordinationSector = new("coordinacion[ del espacio]", "coordinador(a)[ del espacio]");

    public static readonly PhraseSet InstitutionColumn = new(
        "institucion…", "dependencia…", "organizacion…", "instancia…", "adscripcion…", "procedencia…", "ente…", "organisation", "organization",
        // The kinds of body a community's list names before the institution (blind batch S, S5: "Pueblo, barrio o institución").
        "(pueblo|barrio|comunidad|colectivo|grupo)(s)[ (pueblo|barrio|comunidad|colectivo|grupo|organizacion)(s)] (o|u) (institucion|organizacion|dependencia)(es)");

    /// <summary>The labels of one attendee's line in a form: "Nombre: … Institución: … Cargo: … Sector: ☒ IE ☐ OSC" (sector: <see cref="SectorColumn"/>).</summary>
    public static readonly PhraseSet AttendeeNameLabel = new("nombre[ completo]", "nombre de la persona[ asistente| participante]");

    public static readonly PhraseSet AttendeeInstitutionLabel = new(
        "institucion", "dependencia", "organizacion", "instancia", "adscripcion", "procedencia", "(institucion|dependencia) u organizacion");

    public static readonly PhraseSet AttendeePostLabel = new("cargo", "puesto");

    /// <summary>
    /// An attendance table's column that says whether each invitee came (blind batch S, S3: "# | Nombre | … | ¿Asistió?"). Not a
    /// field of the header map (it names no part of an attendee); read beside it, its <see cref="AbsentMark"/> rows are dropped.
    /// </summary>
    public static readonly PhraseSet AttendedColumn = new(
        "asistio", "asiste", "asistencia", "presente", "se presento", "acudio", "asistencia confirmada", "asistio a la sesion", "attended", "present");

    /// <summary>The answer in an <see cref="AttendedColumn"/> that says the invitee did not come: "No", "Ausente", "No asistió".</summary>
    public static readonly PhraseSet AbsentMark = new(
        "no", "ausente", "no asistio", "no se presento", "no acudio", "inasistencia", "falta", "falto", "no present(e|o)", "absent");

    public static readonly PhraseSet SectorColumn = new("sector[ al que pertenece]", "tipo[ de instancia| de participante| de participacion]", "calidad", "group", "grupo",
        // A typed list's third column (blind batch O, O4: "Nombre ⇥ Dependencia / organización ⇥ Carácter", "Ente público").
        "caracter");

    public static readonly PhraseSet ExecutorSector = new(
        "instancia(s) ejecutora(s)", "ie", "gob", "ente(s) publico(s)", "institucion(es)[ de gobierno| publicas]",
        "dependencia(s)[ de gobierno]", "gobierno", "instancias de gobierno", "servidores publicos", "personas servidoras publicas",
        "gobierno de la ciudad de mexico", "gobierno cdmx", "gov", "dependencia o entidad[ del gobierno…]",
        // A secretary's notes abbreviate the legend's words too (blind batch Y, Y1: "(IE = inst. ejec.; OSC = org. soc. civil; …)").
        "inst ejec");

    public static readonly PhraseSet CivilSocietySector = new(
        "sociedad civil[ organizada]", "osc", "organizaciones", "organizacion(es) de la sociedad civil", "organizacion(es) civil(es)",
        "organizacion(es) social(es)", "sc", "organizacion(es) de sociedad civil", "cso", "organizaciones y comunidades", "comunidades[ y organizaciones]",
        // Neighbours' and condominium groups of a housing space (blind batch S, S6: "Organizaciones vecinales y condominales").
        "organizacion(es) vecinal(es)", "organizacion(es) comunitaria(s)", "organizacion(es) condominal(es)",
        // Abbreviated in a secretary's notes' legend (blind batch Y, Y1: "OSC = org. soc. civil").
        "org soc civil");

    /// <summary>
    /// A heading over the city's territorial bodies, "Alcaldías", "Por las delegaciones:": a kind of body, no sector (the
    /// gazetteer gives each alcaldía its own).
    /// </summary>
    public static readonly PhraseSet TerritorialBodiesHeading = new(
        "[por ](las|los) (alcaldias|delegaciones)[ politicas]", "alcaldias[ y delegaciones]", "delegaciones[ politicas]",
        "organos politico(s) administrativos");

    public static readonly PhraseSet SecretariatSector = new("secretaria ejecutiva…", "se", "mecanismo de seguimiento…",
        // Abbreviated in a secretary's notes' legend (blind batch Y, Y1: "SE = Srio. Ejec.").
        "(srio|sria|secr|srio a) ejec");

    public static readonly PhraseSet OtherSector = new(
        "academia", "instituciones academicas", "invitad(o|a)(s)[ especiales]", "otro(s)", "otros actores", "observador(es|as)",
        "otra(s) instancia(s)[ publica(s)| gubernamental(es)| de gobierno]", "otra(s) institucion(es)[ publica(s)]", "otra(s) dependencia(s)", "otra(s) organizacion(es)", "otros participantes",
        "organismo(s)[ publico(s)] autonomo(s)", "persona(s) invitada(s)", "instancia(s) invitada(s)", "organismo(s) internacional(es)", "organismo(s) invitado(s)", "institucion(es) invitada(s)",
        "organismo(s) internacional(es) (e|y) instancia(s) invitada(s)", "instancia(s) invitada(s) (e|y) organismo(s) internacional(es)",
        "agencia(s) de naciones unidas", "sistema de naciones unidas", "oth", "organo autonomo…", "organismo autonomo…",
        // Federal bodies that attend a city programme's space execute none of its goals (blind batch N, N3: "INSTITUCIONES FEDERALES").
        "(institucion|instancia|dependencia|entidad)(es|s) federal(es)", "gobierno federal", "administracion publica federal",
        // Abbreviated in a secretary's notes' legend (blind batch Y, Y1: "OI = otra inst.").
        "otra(s) inst");

    /// <summary>
    /// A post written between a person's name and the body ("Name, Directora de…, Secretaría…"): the word it starts
    /// with, masculine or feminine, singular or plural. Words that also begin a body's name are left out
    /// ("Secretaría", "Subsecretaría"): only "secretario" is a post for sure.
    /// </summary>
    public static readonly PhraseSet Post = new(
        new[]
        {
            "director", "subdirector", "coordinador", "asesor", "investigador", "visitador", "defensor", "comisionad", "promotor",
            "abogad", "psicolog", "supervisor", "contralor", "procurador", "delegad", "diputad", "magistrad", "encargad", "tecnic",
            "voluntari", "fundador", "colaborador", "president", "vicepresident", "tesorer", "vocal", "jef", "enlace", "integrante",
            "titular", "representante", "analista", "auxiliar", "asistente", "especialista", "lider", "responsable", "gerente",
            "oficial", "fiscal", "juez", "miembro", "soci", "trabajador", "servidor", "persona servidora", "profesional", "capacitador",
            "facilitador", "educador", "ejecutiv", "directiv", "dirigente", "consejer", "secretario", "subsecretario", "activist", "vocer", "relator",
        }.Select(stem => stem + "[a|as|e|es|o|os]…").ToArray());

    /// <summary>
    /// The labels of the sign-off lines after the agreements: "Relatoría: Lic. Fabiola Herrera, Secretaría Ejecutiva",
    /// "Visto bueno: Mtro. Gustavo Linares, Coordinador…", "Elaboró:", "Vo. Bo.".
    /// </summary>
    public static readonly PhraseSet SignOffLabel = new(
        "relatoria", "relator(a)", "elaboro", "elaborado por", "elaboracion", "reviso", "revisado por", "visto bueno", "vo bo", "valido", "aprobo",
        "aprobado por", "firma(s)", "redacto", "redaccion",
        // A session system's report names who typed the minutes in (blind batch V, V3: "Capturó: Name (Enlace)").
        "capturo", "capturado por", "captura");

    /// <summary>
    /// A sign-off written as a sentence after the agreements: "Minuta capturada por Lucía Ibáñez · generada por el sistema…",
    /// "Acta elaborada por la Secretaría Ejecutiva" (blind batch V, V5): who wrote the minutes, not an agreement.
    /// </summary>
    public static readonly PhraseSet SignOffSentence = new(
        "(minuta|acta|relatoria|memoria|documento|registro) (capturad|elaborad|redactad|levantad|generad|registrad)(a|o) (por|en)…");

    /// <summary>
    /// A thank-you line that closes a talk or a deck, folded and without its "¡…!": "¡Gracias!", "Muchas gracias por su
    /// participación" (blind batch AB, AB3: a slide deck's last slide after "Acuerdos"). What follows it is no agreement.
    /// </summary>
    public static readonly PhraseSet ThanksLine = new("[muchas ]gracias…", "muchisimas gracias…", "thank you…");

    // ---- Agreement columns

    public static readonly PhraseSet AgreementColumn = new("acuerdo(s)", "descripcion[ del acuerdo]", "compromiso(s)", "que", "accion", "action");

    /// <summary>A row's kind that makes it an agreement in a table of remarks and agreements ("Tipo: Acuerdo").</summary>
    public static readonly PhraseSet AgreementKind = new("acuerdo(s)", "compromiso(s)", "acuerdo operativo", "acuerdo de la sesion");

    /// <summary>The text column of a table that holds remarks and agreements alike ("Tipo | Descripción | Responsable").</summary>
    public static readonly PhraseSet RemarkOrAgreementColumn = new("descripcion", "asunto", "contenido", "texto", "detalle");

    public static readonly PhraseSet ResponsibleColumn = new(
        "responsable(s)", "quien", "instancia responsable", "area responsable", "responsable de[l] seguimiento", "owner",
        // The abbreviation of a trailer "(Resp.: Protección Civil)" (blind batch N, N5).
        "resp",
        // A task list's assignee: "Asignada a: Arturo Beltrán Quezada (IMSS)".
        "asignad(o|a) a");

    /// <summary>The label of an agreement's due date written after it ("Responsable: SIBISO Fecha compromiso: 29/09/2023"): its date is a deadline, not a meeting's.</summary>
    public static readonly PhraseSet DueDateLabel = new("fecha compromiso", "fecha limite", "fecha de cumplimiento", "fecha de entrega", "plazo",
        // A task list's due date: "Vence: 08/03/2024".
        "vence");

    /// <summary>
    /// A due-date column of an agreements table: every due-date label, and as a column header also a bare "Fecha" (a label
    /// "Fecha:" may be a next meeting's), or the question of a commitments table.
    /// </summary>
    public static readonly PhraseSet DueDateColumn = new(
        [.. DueDateLabel.Phrases, "fecha",
         // A commitments table headed by questions (blind batch M, M5: "¿Qué? | ¿Quién? | ¿Para cuándo?"), an English "Due date".
         "para cuando", "cuando", "due date"]);

    /// <summary>"Clave": the agreement's key column ("SO3-21/01"), no field of its own.</summary>
    public static readonly PhraseSet AgreementKeyColumn = new("clave", "folio", "id", "no de acuerdo", "numero de acuerdo");

    /// <summary>"Estatus" / "Estado" / "Situación" of an agreement: a table that follows up earlier agreements beside the new ones.</summary>
    public static readonly PhraseSet AgreementStatusColumn = new("estatus", "status", "estado[ del acuerdo]", "situacion", "seguimiento", "avance");

    /// <summary>An agreement status that says it was carried out: an earlier session's agreement followed up, not one made now.</summary>
    public static readonly PhraseSet DoneAgreementStatus = new("cumplid(o|a)…", "atendid(o|a)…", "concluid(o|a)…", "solventad(o|a)…", "realizad(o|a)…");

    /// <summary>An agreement status that marks an agreement made at this session: "Nuevo", "Nuevo acuerdo".</summary>
    public static readonly PhraseSet NewAgreementStatus = new("nuev(o|a)(s)…");

    // ---- A report pasted as an e-mail (blind batch P, P6: "De: Graciela Montoya [mailto:…]" ¶ "Enviado el: lunes, 22 de agosto de
    // 2016 06:41 p.m." ¶ "Para: …" ¶ "Asunto: Informe meta 152.1" ¶ "Buen día:" ¶ "Les comparto el avance…" ¶ the report ¶
    // "Saludos cordiales." ¶ the sender's name and institution). Read by <see cref="QuotedEmail"/>.

    /// <summary>The header labels of a pasted or forwarded e-mail, Spanish and English mail clients: "De:", "Enviado el:", "Asunto:".</summary>
    public static readonly PhraseSet EmailHeaderLabel = new(
        "de", "from", "enviado[ el]", "sent", "fecha", "date", "para", "to", "cc", "cco", "bcc", "con copia[ a| para]", "asunto", "subject",
        "importancia", "importance", "datos adjuntos", "adjunto(s)", "attachments");

    /// <summary>The header label that opens a pasted e-mail: "De:", "From:".</summary>
    public static readonly PhraseSet EmailSenderLabel = new("de", "from");

    /// <summary>An e-mail's salutation, a short line of its own: "Buen día:", "Estimada Secretaría Ejecutiva:", "Hola a todas,".</summary>
    public static readonly PhraseSet EmailGreeting = new(
        "buen(os) dia(s)…", "buenas (tardes|noches)…", "hola…", "estimad(o|a|os|as|es)…", "apreciable(s)…", "querid(o|a|os|as)…",
        "muy buen(os) dia(s)…", "dear…", "good (morning|afternoon)…");

    /// <summary>The line that announces the report it carries: "Les comparto el avance de la meta 152.1…", "Por este medio envío…".</summary>
    public static readonly PhraseSet EmailCoverLine = new(
        "[por este medio |por medio del presente ](les|le|te|os) (comparto|compartimos|envio|enviamos|remito|remitimos|hago llegar|hacemos llegar|adjunto|adjuntamos|anexo|anexamos)…",
        "[por este medio |por medio del presente ](comparto|compartimos|envio|enviamos|remito|remitimos|hago llegar|hacemos llegar|adjunto|adjuntamos) (el|la|los|las|mi|nuestro|nuestra)…",
        "me permito (compartir|enviar|remitir|hacer llegar|adjuntar)…", "nos permitimos (compartir|enviar|remitir|hacer llegar|adjuntar)…");

    /// <summary>An e-mail's closing: "Saludos cordiales.", "Atentamente", "Quedo atenta a sus comentarios."; what follows is the signature.</summary>
    public static readonly PhraseSet EmailClosing = new(
        "saludos[ cordiales]…", "un saludo…", "(reciba|reciban) un (cordial|afectuoso|atento) saludo…", "un (cordial|afectuoso|atento) saludo…",
        "atentamente…", "cordialmente…", "quedo (atento|atenta)…", "quedo a (sus|tus) ordenes…", "quedamos (atentos|atentas)…", "quedamos a sus ordenes…",
        "sin mas (por el momento|por ahora)…", "muchas gracias…", "gracias…", "best regards…", "regards…", "kind regards…");

    // ---- A chat exported into the minutes

    /// <summary>
    /// A chat export's own notices, no words of anyone (blind batch Q, Q2: a WhatsApp group's "&lt;Multimedia omitido&gt;",
    /// "Se eliminó este mensaje").
    /// </summary>
    public static readonly PhraseSet ChatNotice = new(
        "(multimedia|imagen|video|audio|sticker|gif|documento) omitid(o|a)", "(media|image|video|audio|sticker|gif|document) omitted",
        "se elimino este mensaje", "eliminaste este mensaje", "mensaje eliminado", "this message was deleted", "you deleted this message");

    // ---- A resolution's sections and minutes written as dialogue (blind batch W)

    /// <summary>
    /// The recitals of an acta written as a legal resolution, the part that states the facts before the operative points:
    /// "CONSIDERANDOS", "CONSIDERANDO", "RESULTANDOS". Its numbered points ("PRIMERO.- Que en seguimiento de la Estrategia…")
    /// hold the strategies reviewed; its operative points (<see cref="AgreementsHeading"/>'s "resolutivos") are the agreements.
    /// </summary>
    public static readonly PhraseSet ResolutionRecitals = new("considerando(s)", "consideraciones", "resultando(s)");

    /// <summary>
    /// A legend that declares the letters of a dialogue's turns once ("P: pregunta; R: respuesta; C: comentario."): the role each
    /// role word gives its letter. A question asks for content and is none; an answer to the goal's question is its report; a
    /// comment is a remark.
    /// </summary>
    public static readonly PhraseSet DialogueQuestion = new("pregunta(s)", "question");

    public static readonly PhraseSet DialogueAnswer = new("respuesta(s)", "answer");

    /// <summary>
    /// The columns of a log of interventions, one row per turn (blind batch Z, Z1: "Hora | Participante | Intervención"): the clock,
    /// who spoke, what was said. Read whole, as header cells.
    /// </summary>
    public static readonly PhraseSet LogClockColumn = new("hora(s)", "hr(s)", "tiempo", "momento", "minuto", "time");

    /// <inheritdoc cref="LogClockColumn"/>
    public static readonly PhraseSet LogSpeakerColumn = new(
        "participante(s)", "persona participante", "interviene", "intervino", "quien interviene", "quien habla", "orador(a)", "ponente",
        "persona", "nombre", "speaker");

    /// <inheritdoc cref="LogClockColumn"/>
    public static readonly PhraseSet LogUtteranceColumn = new(
        "intervencion(es)", "participacion", "comentario(s)", "dice", "mensaje", "exposicion", "lo que se dijo", "contenido", "statement");

    /// <summary>
    /// A verb of reporting that opens a turn on a goal, folded: "Informa sobre la meta 318.1: …", "Reportó respecto de la meta …:"
    /// (what follows is the goal's report).
    /// </summary>
    public static readonly PhraseSet ReportingVerb = new(
        "informa", "informan", "informo", "informaron", "reporta", "reportan", "reporto", "reportaron", "da cuenta", "dio cuenta",
        "da lectura[ al informe]", "dio lectura[ al informe]", "presenta[ el] (informe|avance)", "presento[ el] (informe|avance)");

    public static readonly PhraseSet DialogueRemark = new("comentario(s)", "observacion(es)", "intervencion(es)", "retroalimentacion", "comment");

    /// <summary>
    /// A verb that says a remark was made, before the colon that opens it: "La Secretaría Ejecutiva retroalimentó: …", "Name, de
    /// Institution, observó: …" (folded). Verbs of reporting ("informó") are left out: what follows them is a report.
    /// </summary>
    public static readonly PhraseSet RemarkVerb = new(
        "retroalimento", "retroalimentaron", "observo", "observaron", "comento", "comentaron", "opino", "opinaron", "cuestiono",
        "cuestionaron", "recomendo", "recomendaron", "sugirio", "sugirieron");

    /// <summary>
    /// The sentence frames of minutes dictated aloud, folded (blind batch K, K3: "La meta 472.1 es incorporar…, su indicador es
    /// número de… y le toca a la Secretaría de Trabajo. El informe dice que se dieron…", "Name comentó sobre la meta 472.2 que…"):
    /// the verb after a goal, the words before its indicator, before who carries it out, before its report, and a verb of remarking.
    /// </summary>
    public static readonly PhraseSet DictatedGoalVerb = new("es", "era", "dice", "consiste en", "busca", "plantea");

    /// <inheritdoc cref="DictatedGoalVerb"/>
    public static readonly PhraseSet DictatedIndicator = new("(su|el) indicador (es|sera|era)", "(se mide|la medimos|lo medimos) (con|por)");

    /// <inheritdoc cref="DictatedGoalVerb"/>
    public static readonly PhraseSet DictatedExecutor = new(
        "le (toca|tocan|corresponde) (a|al)", "(esta|queda) a cargo (de|del)", "a cargo (de|del)", "(la|el) responsable es", "la instancia (ejecutora|responsable) es");

    /// <inheritdoc cref="DictatedGoalVerb"/>
    public static readonly PhraseSet DictatedReport = new(
        "(el|su) (informe|reporte) (dice|senala|indica|menciona|reporta|establece|refiere)", "(informaron|reportaron)", "(nos|les) (informaron|reportaron)");

    /// <inheritdoc cref="DictatedGoalVerb"/>
    public static readonly PhraseSet DictatedRemarkVerb = new(
        [.. RemarkVerb.Phrases, "comenta", "observa", "opina", "senala", "senalo", "dijo", "pregunto", "pidio", "menciono", "agrego", "expreso", "apunto"]);
}
