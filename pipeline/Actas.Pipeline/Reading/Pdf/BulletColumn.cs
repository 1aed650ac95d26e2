namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A bulleted list set with a tab after each bullet lines up like a two-column table: a column of glyphs and a
/// column of text (blind-m M3 indigenas, Google Docs bullets "●" / "○" / "■" printed by LibreOffice). When nearly
/// every line opening the first column is a bullet glyph alone (or, beside a single text column, an outline number
/// such as "4.1"), the lines are a list or numbered headings, read as paragraphs.
/// </summary>
public static partial class BulletColumn
{
    /// <summary>Glyphs Word, LibreOffice and Google Docs print as bullets.</summary>
    public const string Glyphs = "•◦▪‣∙·●○■□◆◇►▸☐☑☒";

    /// <summary>At least this many bullets…</summary>
    private const int MinBullets = 2;

    /// <summary>…and at least this many times as many as other first-column cells (sector headings between items).</summary>
    private const int BulletFactor = 2;

    /// <summary>True when the first column of <paramref name="lines"/> is a column of bullet glyphs.</summary>
    public static bool IsList(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(edges);
        var firsts = lines.Select(l => StreamRowSplitter.ByColumn(l, edges)[0]).Where(c => c.Count > 0).ToList();
        var bullets = firsts.Count(c => c.All(w => IsBullet(w.Text)) || (edges.Count == 3 && c.Count == 1 && OutlineNumber().IsMatch(c[0].Text)));
        return bullets >= MinBullets && bullets >= BulletFactor * (firsts.Count - bullets);
    }

    /// <summary>
    /// A heading's outline number ("4.", "4.1", "4.1.2") printed from automatic multi-level numbering, a tab before its
    /// text (blind-m M6 animales: "4.1⇥Estrategia 304 — …"); beside one text column it labels a heading, no table row.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}\.|\d{1,2}(?:\.\d{1,2})+\.?)$")]
    private static partial System.Text.RegularExpressions.Regex OutlineNumber();

    /// <summary>A word that is one bullet glyph.</summary>
    public static bool IsBullet(string word) => word.Length == 1 && Glyphs.Contains(word[0], StringComparison.Ordinal);
}
