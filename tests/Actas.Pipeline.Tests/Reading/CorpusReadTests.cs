using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>Every Word and PDF file in corpus/ reads without an exception: adding a document adds a case.</summary>
public sealed class CorpusReadTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SeedCorpus.Directory)
            .Where(p => p.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Corpus_document_reads_into_text_and_tables(string file)
    {
        var document = DocumentReaders.CreateDefault().Read(Path.Combine(SeedCorpus.Directory, file), ReadOptions.Default);

        Assert.Equal(file, document.FileName);
        Assert.Contains(document.Blocks, b => b is Paragraph);
        Assert.All(document.Blocks.OfType<Table>(), t => Assert.All(t.Rows, r => Assert.All(r.Cells, c =>
            Assert.InRange(c.Column + c.ColumnSpan, 1, t.ColumnCount))));
    }
}
