using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Actas.Classification.Text;

/// <summary>
/// Spanish analysis with Lucene.Net (Catalyst is not served here):
/// StandardTokenizer → LowerCase → Stop (<see cref="SpanishStopWords"/>, keeps "no") →
/// ASCIIFolding → SpanishLightStem. "No hay correspondencia" → <c>no hay correspondenci</c>.
/// Thread-safe: Lucene analyzers keep per-thread token stream components.
/// </summary>
public sealed class SpanishTextNormalizer : IDisposable
{
    private static readonly Lazy<SpanishTextNormalizer> Shared = new(() => new SpanishTextNormalizer());
    private readonly Analyzer _analyzer;

    public SpanishTextNormalizer()
    {
        var stopWords = SpanishStopWords.Create();
        _analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, stopWords);
            stream = new ASCIIFoldingFilter(stream);
            stream = new SpanishLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        });
    }

    /// <summary>One process-wide instance; the analysis chain holds no per-call state.</summary>
    public static SpanishTextNormalizer Instance => Shared.Value;

    public IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        using var stream = _analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    /// <summary>The tokens joined by single spaces: the text ML.NET featurizes.</summary>
    public string Normalize(string? text) => string.Join(' ', Tokenize(text));

    public void Dispose() => _analyzer.Dispose();
}
