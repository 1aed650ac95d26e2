using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

public sealed class TextDumpReaderTests
{
    [Fact]
    public void Tab_separated_lines_become_one_table_and_blank_lines_mark_breaks()
    {
        var blocks = TextDumpReader.Parse(["Título", "a\tb", "", "c\td\te", "Después"]);
        Assert.IsType<Paragraph>(blocks[0]);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal(3, table.ColumnCount);
        Assert.False(table.SpansKnown);
        Assert.True(table.Rows[1].AfterBreak);
        Assert.Equal(3, table.Rows[0].Cells.Count); // padded to the grid
        Assert.IsType<Paragraph>(blocks[2]);
    }

    [Fact]
    public void Stray_html_becomes_paragraphs_with_entities_decoded()
    {
        var blocks = TextDumpReader.Parse(["<p>PGJ solicita &quot;claridad&quot;.</p> <p>Además <i>se pide</i> incluir.</p>"]);
        Assert.Equal(["PGJ solicita \"claridad\".", "Además se pide incluir."], blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Signature_rule_lines_are_not_rows()
    {
        var blocks = TextDumpReader.Parse(["Cintia\tForjando caminos", "-----\t------"]);
        Assert.Single(Assert.IsType<Table>(blocks[0]).Rows);
    }

    [Fact]
    public void Bullets_become_list_items_with_their_label()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(TextDumpReader.Parse(["- La siguiente sesión será…"])));
        Assert.Equal(ParagraphRole.ListItem, paragraph.Role);
        Assert.Equal("-", paragraph.ListLabel);
        Assert.Equal("La siguiente sesión será…", paragraph.Text);
    }

    [Fact]
    public void Windows_1252_dump_is_decoded_with_accents()
    {
        var path = Path.Combine(Path.GetTempPath(), $"acta-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. "Sesi"u8, 0xF3, .. "n de trabajo"u8]);
        try
        {
            var document = new TextDumpReader().Read(path, ReadOptions.Default);
            Assert.Equal("Sesión de trabajo", Assert.IsType<Paragraph>(document.Blocks[0]).Text);
            Assert.Contains(document.Issues, i => i.Code == "decoded-legacy-encoding");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_utf16_dump_with_its_byte_order_mark_is_read_not_refused_as_binary(string encoding)
    {
        // Notepad's "Unicode" and Word's "Unicode text" save as UTF-16 with a BOM: every other byte of the Latin text is 0.
        var path = Path.Combine(Path.GetTempPath(), $"acta-{Guid.NewGuid():N}.txt");
        var text = System.Text.Encoding.GetEncoding(encoding);
        File.WriteAllBytes(path, [.. text.GetPreamble(), .. text.GetBytes("Sesión de trabajo\r\nPGJ\tFiscalía")]);
        try
        {
            var document = new TextDumpReader().Read(path, ReadOptions.Default);
            Assert.Equal("Sesión de trabajo", Assert.IsType<Paragraph>(document.Blocks[0]).Text);
            Assert.Equal(["PGJ", "Fiscalía"], Assert.IsType<Table>(document.Blocks[1]).Rows[0].Cells.Select(c => c.Text));
            Assert.DoesNotContain(document.Issues, i => i.Code == "decoded-legacy-encoding");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_bytes_named_txt_are_still_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"acta-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        try
        {
            var error = Assert.Throws<Actas.Pipeline.Diagnostics.ActaReadException>(() => new TextDumpReader().Read(path, ReadOptions.Default));
            Assert.Equal("wrong-extension", error.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
