using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A table's header row read against a vocabulary: which grid column holds which field
/// ("Nombre | Institución | Sector", "Acuerdo | Responsable | Fecha", "Meta | Indicador |
/// Instancia ejecutora | Informe | Retroalimentación"). Shared by attendance, agreements and the
/// strategy grids so a header is recognised the same way everywhere.
/// </summary>
public sealed partial class HeaderRowMap<TField>
    where TField : notnull
{
    private HeaderRowMap(IReadOnlyDictionary<int, TField> columns) => Columns = columns;

    /// <summary>Grid column → field, for the header cells that name a field.</summary>
    public IReadOnlyDictionary<int, TField> Columns { get; }

    /// <summary>This map with <paramref name="column"/> naming <paramref name="field"/> instead.</summary>
    public HeaderRowMap<TField> With(int column, TField field) => new(new Dictionary<int, TField>(Columns) { [column] = field });

    /// <summary>This map without <paramref name="column"/>.</summary>
    public HeaderRowMap<TField> Without(int column) => new(Columns.Where(c => c.Key != column).ToDictionary(c => c.Key, c => c.Value));

    /// <summary>The columns naming <paramref name="field"/>, left to right.</summary>
    public IReadOnlyList<int> ColumnsOf(TField field) =>
        Columns.Where(c => EqualityComparer<TField>.Default.Equals(c.Value, field)).Select(c => c.Key).Order().ToList();

    /// <summary>The column of a field, or null.</summary>
    public int? ColumnOf(TField field) =>
        Columns.Where(c => EqualityComparer<TField>.Default.Equals(c.Value, field)).Select(c => (int?)c.Key).FirstOrDefault();

    /// <summary>
    /// Reads <paramref name="cells"/> as a header row: at least <paramref name="minimum"/> distinct
    /// fields of <paramref name="vocabulary"/> named by whole cells, and fewer cells naming nothing
    /// than cells naming a field (<paramref name="ignorable"/> ones, "No.", "Firma", not counted).
    /// With <paramref name="strict"/>, no cell may name nothing. Null otherwise.
    /// </summary>
    public static HeaderRowMap<TField>? Read(
        IReadOnlyList<RowCell> cells,
        IReadOnlyList<(PhraseSet Phrases, TField Field)> vocabulary,
        int minimum = 2,
        PhraseSet? ignorable = null,
        bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var columns = new Dictionary<int, TField>();
        var unknown = 0;
        foreach (var cell in cells.Where(c => !c.IsEmpty))
        {
            var text = cell.Text.Trim().TrimEnd(':', '.').Trim();
            if (text.Length > 60)
            {
                return null;
            }

            if (!PhraseSet.TryClassify(vocabulary, text, out var field) && !TryClassifyCompound(vocabulary, text, out field) &&
                !TryClassifyBilingual(vocabulary, text, out field))
            {
                if (ignorable?.IsWhole(text) != true)
                {
                    unknown++;
                }

                continue;
            }

            columns.TryAdd(cell.Column, field);
        }

        // A header names its columns; a row with more unnamed cells than named ones is content.
        var named = columns.Values.Distinct().Count();
        return named >= minimum && (strict ? unknown == 0 : unknown < named) ? new HeaderRowMap<TField>(columns) : null;
    }

    /// <summary>
    /// "Meta, indicador y responsable", "Meta / Indicador": a cell naming several fields, each part a known
    /// label, stands for its first (the cell holds them as labelled paragraphs, first one first).
    /// </summary>
    private static bool TryClassifyCompound(IReadOnlyList<(PhraseSet Phrases, TField Field)> vocabulary, string text, out TField field)
    {
        field = default!;
        var parts = CompoundSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return false;
        }

        var fields = new List<TField>();
        foreach (var part in parts)
        {
            if (!PhraseSet.TryClassify(vocabulary, part, out var partField))
            {
                return false;
            }

            fields.Add(partField);
        }

        field = fields[0];
        return true;
    }

    /// <summary>"Akin · Quién", "Tlanahuatilli · Acuerdo" (blind batch S, S5): a label in two languages, one side a known label.</summary>
    private static bool TryClassifyBilingual(IReadOnlyList<(PhraseSet Phrases, TField Field)> vocabulary, string text, out TField field)
    {
        foreach (var side in BilingualLabel.Sides(text))
        {
            if (PhraseSet.TryClassify(vocabulary, side, out field))
            {
                return true;
            }
        }

        field = default!;
        return false;
    }

    [GeneratedRegex(@"\s*(?:,|/|;|\s+y\s+|\s+e\s+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CompoundSeparator();
}
