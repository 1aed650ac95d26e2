using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Pages set in two newspaper columns, told apart from borderless tables by their gutter (10 pt text, 5 pt per character).</summary>
public sealed class TextColumnGutterTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default, new LineGrouper());

    [Fact]
    public void Outline_in_two_columns_with_hanging_numbers_is_read_column_by_column()
    {
        // Left: headings and indented attendance; right: a goal under a hanging outline number.
        // Each column keeps its own line grid (the right one 5 pt lower), as Word's columns do after paragraph spacing.
        var words = new List<PdfWord>();
        string[] left = ["1.1. Instancias ejecutoras", "   Dra. Mónica Arreola", "   SEDESA", "   Lic. Raúl Benavides", "   INJUVE", "1.2. Sociedad civil", "   Paola Medina Arce", "   Balance, A.C."];
        for (var i = 0; i < left.Length; i++)
        {
            words.AddRange(Words(left[i].Trim(), left[i].StartsWith(' ') ? 80 : 57, 700 - (i * 13)));
        }

        words.AddRange(Words("2.1.2.", 300, 695));
        words.AddRange(Words("Meta 161.2. Se realizan", 340, 695));
        string[] right = ["ferias de salud sexual", "Indicador: Número de", "ferias realizadas.", "Instancia ejecutora:", "INJUVE", "Estatus: Reportó", "Informe: nueve ferias"];
        for (var i = 0; i < right.Length; i++)
        {
            words.AddRange(Words(right[i], 340, 695 - ((i + 1) * 13)));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.Equal(3, section.ColumnEdges.Count);
        Assert.InRange(section.ColumnEdges[1], 200, 300);
    }

    [Fact]
    public void Heading_under_both_columns_with_nothing_after_it_is_left_out_of_the_columns()
    {
        // Attendance in two columns on their own line grids (13 pt steps, the right one 5 pt lower), then a
        // heading 30 pt under the left column and below the right one's end; the ruled table it leads into
        // took its words before, so no line follows it.
        var words = new List<PdfWord>();
        string[] left = ["Instancias ejecutoras", "Dra. Mónica Arreola", "Directora de Salud, SEDESA", "Lic. Raúl Benavides", "Enlace, INJUVE", "Sociedad civil", "Paola Medina Arce", "Balance, A.C."];
        string[] right = ["Lic. Irma Solís Peña", "Coordinadora, Colectivo", "Ciudad Común", "Secretaría Ejecutiva", "Lic. Abril Montes", "Enlace del Espacio,", "Secretaría Ejecutiva", "del MSyE"];
        for (var i = 0; i < left.Length; i++)
        {
            words.AddRange(Words(left[i], 57, 700 - (i * 13)));
            words.AddRange(Words(right[i], 300, 695 - (i * 13)));
        }

        words.AddRange(Words("II. REVISIÓN DE ESTRATEGIAS", 57, 579, bold: true));

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.True(section.Box.Bottom > 590, $"the heading at 579 was read into the columns (bottom {section.Box.Bottom})");
    }

    [Fact]
    public void Attendance_in_two_columns_whose_baselines_meet_now_and_then_is_text_columns()
    {
        // Each column on its own grid (13 pt lines, names after 17–18 pt): the baselines meet at every
        // few lines, so the columns never take turns four times in a row, yet most one-side lines sit
        // between two lines of the other column.
        (double Baseline, string Text, bool Bold)[] left =
        [
            (630.9, "Instancias ejecutoras", false), (612.7, "Lic. Gustavo Ferrer Manzano", true),
            (599.5, "Subdirector de Normatividad, Secretaría de", false), (586.8, "Desarrollo Urbano y Vivienda", false),
            (569.1, "Mtra. Selene Ortiz Gaytán", true), (555.9, "Coordinadora de Diagnósticos, Instituto de", false),
            (543.0, "Planeación Democrática y Prospectiva", false), (525.5, "Lic. Efraín Bustos Calderón", true),
            (512.3, "Director de Regularización Territorial,", false), (499.1, "Consejería Jurídica y de Servicios", false),
            (481.9, "Sociedad civil", false), (463.7, "Mtra. Verónica Paz Lara", true),
            (450.5, "Coordinadora regional, Habitat", false), (437.3, "International Coalition – América", false),
        ];
        (double Baseline, string Text, bool Bold)[] right =
        [
            (630.9, "C. Tomás Aguilar Ruiz", true), (617.7, "Representante, Asamblea Vecinal de Santa", false),
            (604.5, "María la Ribera", false), (586.8, "C. Josefina Galicia Mora", true),
            (574.1, "Integrante, Frente de Colonos de San", false), (560.9, "Andrés Mixquic", false),
            (543.0, "Personas invitadas", false), (525.5, "Lic. Héctor Manjarrez Solís", true),
            (512.3, "Subprocurador de Asuntos Condominales,", false), (499.1, "Procuraduría Social de la Ciudad de México", false),
            (481.9, "Secretaría Ejecutiva", false), (463.7, "Lic. Abril Montes de Oca Pérez", true),
            (450.5, "Enlace del Espacio, Secretaría Ejecutiva del", false), (437.3, "MSyE del PDHCDMX", false),
        ];
        var words = left.SelectMany(l => Words(l.Text, 57, l.Baseline, l.Bold))
            .Concat(right.SelectMany(l => Words(l.Text, 308, l.Baseline, l.Bold))).ToList();

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.InRange(section.ColumnEdges[1], 280, 308);
    }

    [Fact]
    public void Columns_opening_with_a_heading_beside_a_label_are_text_columns_not_lists_side_by_side()
    {
        // A Word section in two columns (blind-s S6's geometry, other words): a bold heading at the top of the left one
        // beside "Observaciones:" carried over from the goal before, later a body line beside the same label again. Each
        // column keeps its own line grid (12.3 pt and 12.2 pt steps after different paragraph spacing), so the baselines
        // drift apart and take turns, as running text does; lists set side by side share their rows.
        (double Baseline, string Text)[] left =
        [
            (661.2, "III. Revisión de las metas y"),
            (648.4, "avances"),
            (630.3, "Estrategia 310. Garantizar el"),
            (618.0, "acceso a los servicios de salud"),
            (605.8, "de las personas que viven en las"),
            (593.5, "colonias del oriente"),
            (577.3, "Meta 310.1. Realizar jornadas de"),
            (565.0, "salud en las colonias con mayor"),
            (552.8, "rezago social de la alcaldía"),
            (540.5, "Iztapalapa"),
            (528.3, "Indicador: Número de jornadas"),
            (516.0, "realizadas en el periodo"),
            (503.8, "Instancia: Secretaría de Salud de la"),
            (491.5, "Ciudad"),
            (479.3, "Informe: Se realizaron 14 jornadas en"),
            (467.0, "las colonias prioritarias, con 2,310"),
            (454.8, "consultas y 640 estudios de laboratorio"),
            (442.5, "de los que 35 siguen pendientes de"),
            (430.3, "entrega."),
        ];
        (double Baseline, string Text)[] right =
        [
            (661.9, "Observaciones:"),
            (649.6, "Secretaría Ejecutiva: Se pide indicar"),
            (637.4, "las colonias atendidas en cada una de"),
            (625.1, "las jornadas del periodo."),
            (606.9, "Estrategia 312. Ampliar la atención"),
            (594.6, "domiciliaria a las personas mayores"),
            (582.4, "que viven solas en la ciudad"),
            (566.1, "Meta 312.1. Vacunar a personas"),
            (553.9, "adultas mayores en sus domicilios del"),
            (541.6, "oriente"),
            (529.4, "Indicador: Número de dosis aplicadas"),
            (517.1, "Instancia: Secretaría de Salud de la"),
            (504.9, "Ciudad"),
            (492.6, "Informe: Se aplicaron 920 dosis en"),
            (480.4, "visitas a domicilio; 48 personas no"),
            (468.1, "estaban en casa y se reprogramaron"),
            (455.9, "sus visitas."),
            (441.6, "Observaciones:"),
            (429.4, "Secretaría Ejecutiva: El informe responde"),
        ];
        var words = new List<PdfWord>();
        foreach (var (baseline, text) in left)
        {
            // Justified: every line but a paragraph's last is stretched to the column's right edge (wide gaps inside it).
            var last = text is "avances" or "colonias del oriente" or "Iztapalapa" or "realizadas en el periodo" or "Ciudad" or "entrega.";
            var line = Words(text, 57, baseline, bold: text.StartsWith("III.", StringComparison.Ordinal) || text == "avances");
            words.AddRange(last ? line : Justified(line, 291));
        }

        foreach (var (baseline, text) in right)
        {
            words.AddRange(Words(text, text.StartsWith("Secretaría Ejecutiva:", StringComparison.Ordinal) ? 330 : 320, baseline));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.InRange(section.ColumnEdges[1], 260, 320);
    }

    [Fact]
    public void Borderless_table_with_vertically_centred_institutions_is_no_text_columns()
    {
        // Two-line names beside one-line institutions centred in their row: one line in three sits between
        // two lines of the other column, not most of them.
        var words = new List<PdfWord>();
        for (var r = 0; r < 10; r++)
        {
            var top = 700 - (r * 32);
            words.AddRange(Words($"Lic. Persona Número {r + 1} Apellido", 57, top));
            words.AddRange(Words("Cargo de la persona asistente", 57, top - 13));
            words.AddRange(Words($"Institución pública de la ciudad número {r + 1}", 308, top - 6.5));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.TextColumns);
    }

    [Fact]
    public void Two_columns_of_prose_on_shared_baselines_with_a_numbered_line_are_text_columns()
    {
        // The same page with both columns on one line grid: running text fills both columns, over more
        // lines than a short borderless table would take.
        var words = new List<PdfWord>();
        for (var i = 0; i < 12; i++)
        {
            words.AddRange(Filled(57, 270, 700 - (i * 13)));
            if (i == 3)
            {
                words.AddRange(Words("3.", 300, 700 - (i * 13)));
                words.AddRange(Filled(318, 540, 700 - (i * 13)));
            }
            else
            {
                words.AddRange(Filled(300, 540, 700 - (i * 13)));
            }
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.InRange(section.ColumnEdges[1], 270, 300);
    }

    [Fact]
    public void Tab_aligned_attendance_on_shared_baselines_is_a_table_not_text_columns()
    {
        // NOMBRE | INSTITUCIÓN / ORGANIZACIÓN ⇥ TIPO typed with tabs: the right half holds a column of its own.
        (string Name, string Body, string Kind)[] rows =
        [
            ("NOMBRE", "INSTITUCIÓN / ORGANIZACIÓN", "TIPO"),
            ("Mtra. Rebeca Solís Arriaga", "SECULT", "Gob."),
            ("Lic. Germán Ávila Cortés", "Museo de la Ciudad de México", "Gob."),
            ("Ing. Saúl Domínguez Pardo", "RTP", "Gob."),
            ("Lic. Pedro Camacho Flores", "Alcaldía Xochimilco", "Gob."),
            ("Ana Luisa Robles Díaz", "Colectivo Cultura Viva", "OSC"),
            ("Lic. Gloria Nieto Sandoval", "Secretaría Ejecutiva", "SE"),
        ];
        var words = new List<PdfWord>();
        for (var i = 0; i < rows.Length; i++)
        {
            words.AddRange(Words(rows[i].Name, 57, 700 - (i * 12)));
            words.AddRange(Words(rows[i].Body, 227, 700 - (i * 12)));
            words.AddRange(Words(rows[i].Kind, 472, 700 - (i * 12)));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.TextColumns);
        Assert.NotEmpty(found.Tables);
    }

    [Fact]
    public void Long_attendance_with_a_centred_type_column_is_no_text_columns()
    {
        // Twelve rows, names | institution and a centred "IE" / "OSC" / "SE" column: long enough for
        // text columns on a shared grid, but the centred cells make a column of their own.
        string[] kinds = ["IE", "OSC", "SE"];
        var words = new List<PdfWord>();
        for (var i = 0; i < 12; i++)
        {
            var kind = kinds[i % 3];
            words.AddRange(Words($"Lic. Persona Número {i + 1} Apellido", 57, 700 - (i * 12)));
            words.AddRange(Words("Secretaría de Gobierno de la Ciudad", 245, 700 - (i * 12)));
            words.AddRange(Words(kind, 500 - (kind.Length * 2.5), 700 - (i * 12)));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.TextColumns);
    }

    [Fact]
    public void Bulleted_lists_in_boxes_side_by_side_are_text_columns_not_a_glyph_column()
    {
        // Two note boxes on one wide page, each a list with a tab after every bullet (the gap after the glyph is wider
        // than a column gap inside a side), each box on its own line grid (the right one 5 pt lower).
        string[] left = ["Datos generales", "• Sede: auditorio del centro cultural", "• Inicio: 9:30 horas", "• Cierre: 11:45 horas",
            "• Modera: Daniela Robles Quiroz", "◦ titular de la coordinación", "• Acta leída y aprobada"];
        string[] right = ["Lista de presencia", "☑ Tomás Ibarra Luna – Instituto del Deporte", "☑ Noemí Falcón Ruiz – Red Vecinal Sur",
            "☑ Hugo Zepeda Mora – Secretaría de Salud", "☑ Alma Treviño Paz – Colegio de Oficios", "☑ Saúl Ortega Vela – Defensoría",
            "☑ Inés Carrillo Soto – Secretaría Ejecutiva"];
        var words = new List<PdfWord>();
        for (var i = 0; i < left.Length; i++)
        {
            words.AddRange(Bulleted(left[i], 40, 700 - (i * 13)));
            words.AddRange(Bulleted(right[i], 330, 695 - (i * 13)));
        }

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.InRange(section.ColumnEdges[1], 230, 330);
    }

    [Fact]
    public void Gutter_barely_wider_than_the_minimum_between_sampled_positions_is_found()
    {
        // Left column ends at 281, right one starts at 293.4: 12.4 pt free where 12 are needed (1.2 × 10 pt), a window of
        // 0.4 pt (287.0–287.4) for the gutter's centre that the 1 pt sampling from the text's quarter (158.6, …, 286.6, 287.6) steps over.
        string[] left = ["La sesión inició con la lectura del orden", "del día y la aprobación del acta pasada,", "seguida del informe de las instancias",
            "ejecutoras acerca de las metas que tienen asignadas", "asignadas y las dificultades del semestre", "según consta aquí en cada documento"];
        string[] right = ["Las organizaciones pidieron datos", "sobre la cobertura de los talleres", "y sobre el presupuesto ejercido",
            "en los primeros seis meses del ejercicio fiscal", "para valorar si la meta avanza", "y qué falta por hacer"];
        var words = new List<PdfWord>();
        for (var i = 0; i < left.Length; i++)
        {
            words.AddRange(Words(left[i], 40, 700 - (i * 13)));
            words.AddRange(Words(right[i], 293.4, 695 - (i * 13)));
        }

        Assert.Equal(281, words.Where(w => w.Box.Left < 287).Max(w => w.Box.Right), 3);
        Assert.Equal(514.4, words.Max(w => w.Box.Right), 3);

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.InRange(section.ColumnEdges[1], 281, 293.4);
    }

    /// <summary>A line whose leading bullet glyph is followed by a tab (the text 20 pt after the glyph).</summary>
    private static List<PdfWord> Bulleted(string text, double left, double baseline) =>
        text.Length > 2 && text[1] == ' ' && BulletColumn.IsBullet(text[..1])
            ? [.. Words(text[..1], left, baseline), .. Words(text[2..], left + 20, baseline)]
            : Words(text, left, baseline);

    /// <summary>The words of one line spread over equal gaps so the last ends at <paramref name="right"/>.</summary>
    private static List<PdfWord> Justified(List<PdfWord> line, double right)
    {
        if (line.Count < 2)
        {
            return line;
        }

        var gap = (right - line[0].Box.Left - line.Sum(w => w.Box.Width)) / (line.Count - 1);
        var x = line[0].Box.Left;
        var spread = new List<PdfWord>();
        foreach (var w in line)
        {
            spread.Add(w with { Box = new BoundingBox(x, w.Box.Bottom, x + w.Box.Width, w.Box.Top) });
            x += w.Box.Width + gap;
        }

        return spread;
    }

    /// <summary>A justified line of words 2–9 letters long filling [left, right].</summary>
    private static List<PdfWord> Filled(double left, double right, double baseline)
    {
        var random = new Random((int)baseline + (int)left);
        var lengths = new List<int>();
        var used = 0.0;
        while (true)
        {
            var length = 2 + random.Next(8);
            if (used + (length * 5) + (lengths.Count * 3) > right - left)
            {
                break;
            }

            lengths.Add(length);
            used += length * 5;
        }

        var space = (right - left - used) / (lengths.Count - 1);
        var words = new List<PdfWord>();
        var x = left;
        foreach (var length in lengths)
        {
            words.Add(new PdfWord(new string('a', length), new BoundingBox(x, baseline - 2, x + (length * 5), baseline + 7), baseline, Size, false));
            x += (length * 5) + space;
        }

        return words;
    }
}
