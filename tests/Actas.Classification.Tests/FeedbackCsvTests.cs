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
    public void Columns_are_found_by_name_so_a_blind_set_with_more_columns_and_no_source_reads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actas-csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,espacio,writer,text,label\nb-1,Derecho al Agua,w9,\"Se solicita precisar cuántas, y dónde.\",solicita_datos\n");
        try
        {
            var row = Assert.Single(FeedbackCsv.Read(path));

            Assert.Equal(new FeedbackExample("b-1", "Se solicita precisar cuántas, y dónde.", "solicita_datos", Path.GetFileNameWithoutExtension(path)), row);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_header_without_text_or_label_is_refused_naming_the_columns_needed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actas-csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,texto,etiqueta\nx,algo,avance\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => FeedbackCsv.Read(path));
            Assert.Contains("expected a header with the columns id, text and label", ex.Message, StringComparison.Ordinal);
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
