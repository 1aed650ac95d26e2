using System.Text.Json.Nodes;
using Actas.Pipeline.Model;
using Actas.Pipeline.Tests.Support;

namespace Actas.Pipeline.Tests.Corpus;

/// <summary>The seed acta, in every format it exists in under corpus/, equals its hand-checked gold field by field.</summary>
public sealed class SeedGoldTests
{
    private const string Stem = "acta-trata-23-2018-09-11";

    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var extension in new[] { "txt", "docx", "pdf", "doc", "odt" })
        {
            if (File.Exists(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.{extension}")))
            {
                data.Add(extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_extraction_equals_the_gold_on_every_field_the_gold_fills(string format)
    {
        var path = Path.Combine(RepositoryPaths.Corpus, $"{Stem}.{format}");
        var acta = ActaPipeline.CreateDefault().Process(path);
        var actual = JsonNode.Parse(ActaJson.Serialize(acta));
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.gold.json")));

        var differences = GoldDiff.Compare(gold, actual);
        if (differences.Count > 0)
        {
            File.WriteAllText(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.{format}.received.json"), actual!.ToJsonString(ActaJson.Options));
        }

        Assert.True(differences.Count == 0, $"{format}: {differences.Count} differences\n" + string.Join('\n', differences.Take(40)));
        Assert.Equal(format, acta.Source.Format);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_goal_520_1_is_not_reported_and_strategy_520_is_partial(string format)
    {
        var acta = ActaPipeline.CreateDefault().Process(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.{format}"));
        var strategy = Assert.Single(acta.Strategies, s => s.Number == 520);
        Assert.Equal(ReportStatus.Partial, strategy.ReportStatus);
        var goal = Assert.Single(strategy.Goals, g => g.Id == "520.1");
        Assert.Equal(ReportStatus.NotReported, goal.ReportStatus);
        Assert.Equal("CI-TRATA", goal.ExecutorKey);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_output_is_valid_against_the_contract_schema(string format)
    {
        var acta = ActaPipeline.CreateDefault().Process(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.{format}"));
        var errors = ContractSchema.Validate(JsonNode.Parse(ActaJson.Serialize(acta))!);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Gold_file_itself_is_valid_against_the_contract_schema()
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, $"{Stem}.gold.json")))!;
        Assert.Empty(ContractSchema.Validate(gold));
    }
}
