using Actas.Import;
using Actas.Storage.Tests;

namespace Actas.Import.Tests;

/// <summary>Issue 11, item 10: a newline in a file name split the one-line-per-file output.</summary>
public sealed class ImportFileResultTests
{
    [Fact]
    public void A_name_with_a_line_break_or_an_escape_character_stays_on_one_line()
    {
        var result = new ImportFileResult("lote/acta\nfalsa: stored\u001b[2J.txt", ImportFileOutcome.Failed, "the file is empty (0 bytes)");

        Assert.Equal("lote/acta\\nfalsa: stored\\u001b[2J.txt: the file is empty (0 bytes)", result.Line);
    }

    [Fact]
    public void An_ordinary_name_with_accents_is_shown_as_it_is()
    {
        Assert.Equal("actas/sesión 3.docx: stored", new ImportFileResult("actas/sesión 3.docx", ImportFileOutcome.Stored, "stored").Line);
    }
}
