using Actas.Classification.Data;

namespace Actas.Classification.Tests;

public sealed class FeedbackCsvTests
{
    [Fact]
    public void Round_trips_commas_quotes_and_accents()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actas-csv-{Guid.NewGuid():N}.csv");
        FeedbackExample[] rows =
        [
            new("a-1", "Se recomienda omitir \"animales\", ya que no corresponde.", "desalineado", "seed"),
            new("a-2", "Núñez: sin comas", "avance", "handwritten"),
        ];
        try
        {
            FeedbackCsv.Write(path, rows);

            Assert.Equal(rows, FeedbackCsv.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_label_is_reported_with_its_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actas-csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,text,label,source\nx,texto,avances,seed\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => FeedbackCsv.Read(path));
            Assert.Contains("row 2 has the label \"avances\"", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Shipped_split_covers_every_label_with_at_least_60_items_and_no_shared_text()
    {
        var data = FeedbackDataset.Load(RepositoryPaths.ModelData);
        var all = data.Train.Concat(data.Test).ToList();

        Assert.All(FeedbackLabels.All, l => Assert.True(all.Count(e => e.Label == l) >= 60, $"{l} has fewer than 60 items"));
        var trainTexts = data.Train.Select(e => e.Text.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(data.Test, e => trainTexts.Contains(e.Text.ToLowerInvariant()));
        Assert.All(data.Test.Where(e => e.Source.StartsWith("template:", StringComparison.Ordinal)),
            e => Assert.DoesNotContain(data.Train, t => t.Source == e.Source));
    }
}
