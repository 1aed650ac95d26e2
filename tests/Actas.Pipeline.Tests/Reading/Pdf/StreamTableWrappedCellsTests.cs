using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Borderless tables whose cells wrap over several lines (or seem to: titled names that fill their column), and lists set
/// side by side, on words laid out by hand (10 pt text, 5 pt per character, 3 pt spaces).
/// </summary>
public sealed class StreamTableWrappedCellsTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default with { Enabled = true }, new LineGrouper());

    [Fact]
    public void One_line_names_a_row_apart_beside_wrapped_institutions_are_rows_not_one_group_cell()
    {
        // Four columns (name | institution, twice); cell lines 11.5 pt apart, rows 15.5 pt: the first
        // column never wraps, so its smallest step is a row step.
        var words = new List<PdfWord>();
        words.AddRange(Words("Ana Ruiz Paz", 57, 700));
        words.AddRange(Words("SEDEMA", 177, 700));
        words.AddRange(Words("Luis Mora", 302, 700));
        words.AddRange(Words("INJUVE", 422, 700));
        words.AddRange(Words("Eva Soto Gil", 57, 684.5));
        words.AddRange(Words("Secretaría de Obras", 177, 684.5));
        words.AddRange(Words("Irma Cano", 302, 684.5));
        words.AddRange(Words("Red Vecinal", 422, 684.5));
        words.AddRange(Words("y Servicios de la", 177, 673));
        words.AddRange(Words("Norte", 422, 673));
        words.AddRange(Words("Ciudad", 177, 661.5));
        words.AddRange(Words("Raúl Vega Paz", 57, 646));
        words.AddRange(Words("SECTEI", 177, 646));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(4, grid.ColumnCount);
        Assert.Equal(["Ana Ruiz Paz", "Eva Soto Gil", "Raúl Vega Paz"], Column(grid, words, 0));
        Assert.Equal("Secretaría de Obras y Servicios de la Ciudad", Column(grid, words, 1)[1]);
    }

    [Fact]
    public void Sector_heading_at_the_table_edge_does_not_cut_wrapped_names_into_rows()
    {
        // Nombre | Cargo | Institución at x 100 / 200 / 300; cell lines 10.5 pt apart, rows 12.5 pt;
        // the sector heading starts at the table's edge (x 60), left of every name.
        var words = new List<PdfWord>();
        words.AddRange(Words("Mtra. Alma Rosa", 100, 700));
        words.AddRange(Words("Fiscal", 200, 700));
        words.AddRange(Words("PGJCDMX", 300, 700));
        words.AddRange(Words("Peralta Cruz", 100, 689.5));
        words.AddRange(Words("Lic. Mónica", 100, 677));
        words.AddRange(Words("Subdirectora", 200, 677));
        words.AddRange(Words("COPRED", 300, 677));
        words.AddRange(Words("Azpeitia Luna", 100, 666.5));
        words.AddRange(Words("Secretaría Ejecutiva", 60, 654, bold: true));
        words.AddRange(Words("Rubén Galindo", 100, 641.5));
        words.AddRange(Words("Enlace", 200, 641.5));
        words.AddRange(Words("Secretaría", 300, 641.5));
        words.AddRange(Words("Valenzuela", 100, 631));
        words.AddRange(Words("Ejecutiva", 300, 631));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(["Mtra. Alma Rosa Peralta Cruz", "Lic. Mónica Azpeitia Luna", "Secretaría Ejecutiva", "Rubén Galindo Valenzuela"], Column(grid, words, 0));
        Assert.Equal("Secretaría Ejecutiva", Column(grid, words, 2)[3]);
    }

    [Fact]
    public void Columns_with_their_own_line_spacing_keep_wrapped_names_whole()
    {
        // Names 14 pt apart, institutions 11 pt apart: the table's lines interleave, so only a
        // column's own step tells a wrapped line from a new row.
        var words = new List<PdfWord>();
        words.AddRange(Words("María", 80, 700));
        words.AddRange(Words("SIBISO", 140, 700));
        words.AddRange(Words("Dirección de", 140, 689));
        words.AddRange(Words("Guadalupe", 80, 686));
        words.AddRange(Words("Atención a", 140, 678));
        words.AddRange(Words("Hernández", 80, 672));
        words.AddRange(Words("Huéspedes", 140, 667));
        words.AddRange(Words("Rodrigo", 80, 647));
        words.AddRange(Words("Secretaría de", 140, 647));
        words.AddRange(Words("Trabajo", 140, 636));
        words.AddRange(Words("Esquivel", 80, 633));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(2, grid.ColumnCount);
        Assert.Equal(["María Guadalupe Hernández", "Rodrigo Esquivel"], Column(grid, words, 0));
        Assert.Equal(["SIBISO Dirección de Atención a Huéspedes", "Secretaría de Trabajo"], Column(grid, words, 1));
    }

    [Fact]
    public void One_line_labels_split_where_the_value_column_shows_the_cell_margins()
    {
        // Labels never wrap, so their column only shows row steps (12.5 pt); the wrapped value
        // shows the in-cell step (10.5 pt) and thus the margins between rows.
        var words = new List<PdfWord>();
        words.AddRange(Words("Estrategia 555", 50, 700));
        words.AddRange(Words("Capacitar a las personas", 140, 700));
        words.AddRange(Words("servidoras públicas", 140, 689.5));
        words.AddRange(Words("Meta 555.1", 50, 677));
        words.AddRange(Words("Se capacita al personal.", 140, 677));
        words.AddRange(Words("Indicador", 50, 664.5));
        words.AddRange(Words("Número de personas.", 140, 664.5));
        words.AddRange(Words("Responsable", 50, 652));
        words.AddRange(Words("COPRED", 140, 652));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["Estrategia 555", "Meta 555.1", "Indicador", "Responsable"], Column(grid, words, 0));
    }

    [Fact]
    public void Lists_side_by_side_are_one_row_read_down_each_column()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("Por las instancias ejecutoras:", 60, 700));
        words.AddRange(Words("Por la sociedad civil:", 300, 700));
        words.AddRange(Words("Lic. Héctor Rivas Peña", 60, 688));
        words.AddRange(Words("María Santillán Ibarra", 300, 688));
        words.AddRange(Words("INDEPEDI", 60, 676));
        words.AddRange(Words("Libre Acceso, A.C.", 300, 676));
        words.AddRange(Words("Dra. Claudia Montaño", 60, 664));
        words.AddRange(Words("Invitados:", 300, 664));
        words.AddRange(Words("Secretaría de Salud", 60, 652));
        words.AddRange(Words("Lic. Ernesto Gil", 300, 652));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(1, grid.RowCount);
        Assert.Equal("Por la sociedad civil: María Santillán Ibarra Libre Acceso, A.C. Invitados: Lic. Ernesto Gil", Column(grid, words, 1)[0]);
    }

    [Fact]
    public void Drawn_row_rules_keep_the_rows_of_a_form_whose_answers_are_bold_beside_plain_questions()
    {
        // A survey's print view: "Pregunta | Respuesta" in bold, then long plain questions beside bold answers, a thin rule
        // under every row. Bold beside plain is what lists set side by side look like; the rules say these are rows.
        var words = new List<PdfWord>();
        words.AddRange(Words("Pregunta", 60, 700, bold: true));
        words.AddRange(Words("Respuesta", 300, 700, bold: true));
        words.AddRange(Words("Persona que coordinó la sesión de hoy:", 60, 680));
        words.AddRange(Words("Itzia Carrillo Bautista", 300, 680, bold: true));
        words.AddRange(Words("Sede de la reunión o plataforma usada:", 60, 660));
        words.AddRange(Words("Sala Juárez", 300, 660, bold: true));
        words.AddRange(Words("Fecha en que se celebró la sesión:", 60, 640));
        words.AddRange(Words("17/06/2021", 300, 640, bold: true));
        words.AddRange(Words("Tipo de sesión que se celebró hoy:", 60, 620));
        words.AddRange(Words("Ordinaria", 300, 620, bold: true));
        List<RulingSegment> rules = [.. new[] { 693.0, 673, 653, 633 }.Select(y => new RulingSegment(true, y, 50, 560))];

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, rules, null, 842)).Tables);

        Assert.Equal(["Respuesta", "Itzia Carrillo Bautista", "Sala Juárez", "17/06/2021", "Ordinaria"], Column(grid, words, 1));
    }

    [Fact]
    public void Table_with_a_header_row_keeps_its_rows()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("Nombre", 60, 700, bold: true));
        words.AddRange(Words("Institución", 300, 700, bold: true));
        words.AddRange(Words("Lic. Héctor Rivas Peña", 60, 686));
        words.AddRange(Words("INDEPEDI", 300, 686));
        words.AddRange(Words("Dra. Claudia Montaño", 60, 672));
        words.AddRange(Words("SEDESA", 300, 672));
        words.AddRange(Words("Arturo Zepeda Molina", 60, 658));
        words.AddRange(Words("Colectivo Sordos", 300, 658));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["Nombre", "Lic. Héctor Rivas Peña", "Dra. Claudia Montaño", "Arturo Zepeda Molina"], Column(grid, words, 0));
    }

    [Fact]
    public void Content_beside_a_narrow_label_column_stays_in_its_row_until_the_next_label()
    {
        // A whole minute laid out as label | content: dashed items inside one content cell, their wrapped lines hung
        // 15 pt right of the dash (under the item's text), are no rows of their own while the label column is silent.
        var words = new List<PdfWord>();
        words.AddRange(Words("Lugar", 60, 700));
        words.AddRange(Words("Auditorio del Centro Comunitario de Iztacalco, planta baja", 200, 700));
        words.AddRange(Words("Objetivo 12.3", 60, 684));
        words.AddRange(Words("Ampliar la cobertura de comedores en colonias con rezago", 200, 684));
        Item("Medición: comedores abiertos en el semestre en curso", 672);
        Item("Avance: se abrieron nueve comedores y otros tres quedan", 660);
        words.AddRange(Words("en obra por falta de gas en las cocinas", 215, 648));
        Item("Comentarios: la red vecinal pidió horarios vespertinos", 636);
        words.AddRange(Words("Objetivo 12.4", 60, 620));
        words.AddRange(Words("Capacitar a las cocineras en manejo higiénico de alimentos", 200, 620));
        Item("Medición: personas capacitadas durante el año vigente", 608);

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["Lugar", "Objetivo 12.3", "Objetivo 12.4"], Column(grid, words, 0));
        Assert.EndsWith("la red vecinal pidió horarios vespertinos", Column(grid, words, 1)[1], StringComparison.Ordinal);

        void Item(string text, double baseline)
        {
            words.AddRange(Words("–", 200, baseline));
            words.AddRange(Words(text, 215, baseline));
        }
    }

    [Fact]
    public void Label_ending_in_a_colon_beside_a_wrapped_list_item_is_one_label()
    {
        // "Asistencia:" breaks before a word too long for the label column while the item beside it wraps under
        // the text after its bullet: one label, one row (not "Asistencia:" and a second label below).
        var words = new List<PdfWord>();
        words.AddRange(Words("Sede", 60, 700));
        words.AddRange(Words("Casa de Cultura de Tlalpan, salón principal del edificio", 200, 700));
        words.AddRange(Words("Asistencia:", 60, 686));
        words.AddRange(Words("• Mtra. Olga Piña Ruiz, Directora de Vinculación Territorial,", 200, 686));
        words.AddRange(Words("Organizaciones Sociales", 60, 674));
        words.AddRange(Words("Colectivo Barrios en Movimiento, A.C.", 208, 674));
        words.AddRange(Words("Acuerdos", 60, 660));
        words.AddRange(Words("Se enviará la minuta a las personas asistentes en una semana", 200, 660));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["Sede", "Asistencia: Organizaciones Sociales", "Acuerdos"], Column(grid, words, 0));
    }

    [Fact]
    public void A_name_line_opening_with_a_courtesy_title_starts_a_row_though_it_would_not_have_fitted_above()
    {
        // Tabbed lines one step apart, each name filling its column: a name's wrapped end never carries the title.
        var words = new List<PdfWord>();
        words.AddRange(Words("Ing. Tomás Rivera Castañeda", 57, 700));
        words.AddRange(Words("Secretaría de Obras y Servicios", 200, 700));
        words.AddRange(Words("Lic. Beatriz Solano Mújica", 57, 687.4));
        words.AddRange(Words("Procuraduría Social de la Ciudad", 200, 687.4));
        words.AddRange(Words("Mtra. Irma Cervantes Ochoa", 57, 674.8));
        words.AddRange(Words("Instituto de Vivienda del Estado", 200, 674.8));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["Ing. Tomás Rivera Castañeda", "Lic. Beatriz Solano Mújica", "Mtra. Irma Cervantes Ochoa"], Column(grid, words, 0));
        Assert.Equal("Procuraduría Social de la Ciudad", Column(grid, words, 1)[1]);
    }

    private static PdfWordTables Detect(List<PdfWord> words) => Detector.Detect(new PdfWordTableInput(words, [], null, 842));

    /// <summary>The text of each row's cell in a column, top to bottom.</summary>
    private static List<string> Column(PdfGrid grid, List<PdfWord> words, int column) =>
        [.. Enumerable.Range(0, grid.RowCount).Select(row =>
        {
            var box = grid.Cells.Single(c => c.Row == row && c.Column == column).Box;
            return string.Join(' ', words
                .Where(w => w.CentreX >= box.Left && w.CentreX <= box.Right && w.CentreY >= box.Bottom && w.CentreY <= box.Top)
                .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).Select(w => w.Text));
        })];
}
