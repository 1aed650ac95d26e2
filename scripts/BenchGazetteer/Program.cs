using System.Diagnostics;
using System.Text.Json;
using Actas.Pipeline.Extraction;

// Institution lookup cost (see scripts/bench-gazetteer.sh). Forms: every attendee institution and
// goal executor written in the corpus gold, plus each with a sub-unit prefix and with a misspelling,
// so all three matchers and the misses are exercised. Cold = first lookup of a form on a fresh
// gazetteer (no cache); warm = repeated lookups, as the extractor makes them for every row.
var corpus = args.Length > 0 ? args[0] : "corpus";
var tsv = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "institutions.tsv"));
var written = new HashSet<string>(StringComparer.Ordinal);
foreach (var path in Directory.EnumerateFiles(corpus, "*.gold.json", SearchOption.AllDirectories))
{
    using var doc = JsonDocument.Parse(File.ReadAllText(path));
    foreach (var a in doc.RootElement.GetProperty("attendance").EnumerateArray())
    {
        if (a.GetProperty("institution").GetString() is { } s) written.Add(s);
    }

    foreach (var st in doc.RootElement.GetProperty("strategies").EnumerateArray())
    {
        foreach (var g in st.GetProperty("goals").EnumerateArray())
        {
            if (g.GetProperty("executor").GetString() is { } s) written.Add(s);
        }
    }
}

var forms = written.SelectMany(w => new[] { w, "Dirección de Enlace de la " + w, w.Length > 8 ? w.Remove(w.Length / 2, 1) : w + "x" }).Distinct().ToArray();

const int rounds = 20;
var first = Stopwatch.StartNew();
_ = new InstitutionGazetteer(tsv);
first.Stop();
var build = Stopwatch.StartNew();
for (var i = 0; i < rounds; i++)
{
    _ = new InstitutionGazetteer(tsv);
}

build.Stop();
var cold = TimeSpan.Zero;
var resolved = 0;
for (var i = 0; i < rounds; i++)
{
    var gazetteer = new InstitutionGazetteer(tsv);
    var sw = Stopwatch.StartNew();
    foreach (var form in forms)
    {
        if (gazetteer.KeyOf(form) is not null) resolved++;
    }

    cold += sw.Elapsed;
}

var exactAndContained = TimeSpan.Zero;
for (var i = 0; i < rounds; i++)
{
    var gazetteer = new InstitutionGazetteer(tsv, new Actas.Pipeline.Extraction.Institutions.SimilarNameOptions(MinContentWords: int.MaxValue));
    var sw = Stopwatch.StartNew();
    foreach (var form in forms) gazetteer.KeyOf(form);
    exactAndContained += sw.Elapsed;
}

var warmGazetteer = new InstitutionGazetteer(tsv);
foreach (var form in forms) warmGazetteer.KeyOf(form);
const int warmRounds = 2000;
var warm = Stopwatch.StartNew();
for (var i = 0; i < warmRounds; i++)
{
    foreach (var form in forms) warmGazetteer.KeyOf(form);
}

warm.Stop();
Console.WriteLine($"bodies {warmGazetteer.Entries.Count}, forms {forms.Length} ({written.Count} written in the corpus gold), resolved {resolved / rounds}");
Console.WriteLine($"build   {first.Elapsed.TotalMilliseconds:0.0} ms the first time in a process (JIT included), then {build.Elapsed.TotalMilliseconds / rounds:0.00} ms");
Console.WriteLine($"cold    {cold.TotalMilliseconds * 1000 / rounds / forms.Length:0.0} µs per lookup (first sight of a form)");
Console.WriteLine($"        {exactAndContained.TotalMilliseconds * 1000 / rounds / forms.Length:0.0} µs of it without the similarity matcher");
Console.WriteLine($"warm    {warm.Elapsed.TotalMilliseconds * 1_000_000 / warmRounds / forms.Length:0} ns per lookup (cached)");
if (Environment.GetEnvironmentVariable("BENCH_LIST") is not null)
{
    foreach (var form in forms.Order(StringComparer.Ordinal)) Console.WriteLine($"{form}\t{warmGazetteer.KeyOf(form)}");
}
