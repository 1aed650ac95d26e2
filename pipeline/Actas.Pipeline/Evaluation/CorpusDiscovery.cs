namespace Actas.Pipeline.Evaluation;

/// <summary>
/// Finds every document that has a <c>&lt;stem&gt;.gold.json</c> beside it, recursively, skipping
/// any folder named <c>src</c> (sources of generated and hand-written actas live there).
/// Every format of a stem is its own document: acta.docx and acta.pdf share acta.gold.json. A PDF
/// read by OCR is reported as format pdf-scan (<see cref="CorpusEvaluator"/>).
/// </summary>
public static class CorpusDiscovery
{
    /// <summary>The formats the corpus holds, in report order.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["docx", "pdf", "doc", "odt", "txt", "rtf", "png", "jpg", "tif", "tiff"];

    public static IReadOnlyList<CorpusDocument> Find(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{root}: no such folder; give the corpus folder, e.g. corpus/");
        }

        var found = new List<CorpusDocument>();
        Walk(root, found);
        found.Sort((a, b) => string.CompareOrdinal(a.DocumentPath, b.DocumentPath));
        return found;
    }

    private static void Walk(string folder, List<CorpusDocument> found)
    {
        foreach (var gold in Directory.EnumerateFiles(folder, "*" + GoldFile.Suffix))
        {
            var stem = Path.GetFileName(gold)[..^GoldFile.Suffix.Length];
            foreach (var format in Formats)
            {
                var document = Path.Combine(folder, stem + "." + format);
                if (File.Exists(document))
                {
                    found.Add(new CorpusDocument(document, gold, format));
                }
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (!string.Equals(Path.GetFileName(child), "src", StringComparison.OrdinalIgnoreCase))
            {
                Walk(child, found);
            }
        }
    }
}
