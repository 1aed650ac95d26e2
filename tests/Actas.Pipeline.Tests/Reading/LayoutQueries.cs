using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>Small lookups over a layout document for assertions.</summary>
internal static class LayoutQueries
{
    public static IEnumerable<Table> Tables(this LayoutDocument document) => document.Blocks.OfType<Table>();

    public static IEnumerable<TableCell> Cells(this Table table) => table.Rows.SelectMany(r => r.Cells);

    public static string AllText(this Table table) => string.Join(' ', table.Cells().Select(c => c.Text));

    public static int IndexOf(this LayoutDocument document, LayoutBlock block) =>
        document.Blocks.Select((b, i) => (b, i)).First(x => ReferenceEquals(x.b, block)).i;

    public static TableCell CellContaining(this Table table, string text) =>
        table.Cells().Single(c => c.Text.Contains(text, StringComparison.Ordinal));

    public static Table TableContaining(this LayoutDocument document, string text) =>
        document.Tables().First(t => t.AllText().Contains(text, StringComparison.Ordinal));

    public static string AllText(this LayoutDocument document) => string.Join('\n', document.Blocks.Select(b => b switch
    {
        Paragraph p => p.ListLabel is { } label ? label + " " + p.Text : p.Text,
        Table t => t.AllText(),
        _ => "",
    }));
}
