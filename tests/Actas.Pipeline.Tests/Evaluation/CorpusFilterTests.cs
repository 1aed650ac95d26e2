using Actas.Pipeline.Evaluation;

namespace Actas.Pipeline.Tests.Evaluation;

public sealed class CorpusFilterTests
{
    [Theory]
    [InlineData("blind-a", new[] { "blind-a/x.docx", "blind-a/x.pdf" })]
    [InlineData("*.pdf", new[] { "blind-a/x.pdf", "trata/y.pdf" })]
    [InlineData("*y*", new[] { "trata/y.docx", "trata/y.pdf" })]
    public void Only_keeps_a_folder_or_the_paths_a_pattern_matches(string only, string[] expected)
    {
        var root = Directory.CreateTempSubdirectory("actas-filter").FullName;
        try
        {
            foreach (var (folder, stem) in new[] { ("blind-a", "x"), ("trata", "y") })
            {
                Directory.CreateDirectory(Path.Combine(root, folder));
                File.WriteAllText(Path.Combine(root, folder, stem + ".gold.json"), "{}");
                File.WriteAllText(Path.Combine(root, folder, stem + ".docx"), "");
                File.WriteAllText(Path.Combine(root, folder, stem + ".pdf"), "");
            }

            var keep = CorpusFilter.For(root, only);
            var kept = CorpusDiscovery.Find(root).Where(keep).Select(d => Path.GetRelativePath(root, d.DocumentPath).Replace('\\', '/')).Order();
            Assert.Equal(expected.Order(), kept);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
