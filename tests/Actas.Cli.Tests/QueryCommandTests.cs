using System.Text.Json;
using Actas.Cli.Commands;
using Actas.Cli.Output;
using Actas.Storage;

namespace Actas.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string DatabaseWithOneActa()
    {
        var database = _temp.PathOf("actas.db");
        using var store = SqliteActaStore.Open(database);
        store.Store(FakeActas.For("acta-23.txt"), _temp.PathOf("acta-23.txt"));
        return database;
    }

    [Fact]
    public void Unreported_as_json_is_a_snake_case_array()
    {
        var output = new StringWriter();
        var settings = new QuerySettings { Database = DatabaseWithOneActa(), Format = "json" };

        var exit = QueryRunner.Run(settings, (q, _) => q.Unreported(settings.Filter), output, new StringWriter(), new TestConsole().Console);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(
            ["body", "strategy", "goal", "executor", "sessions_reviewed", "sessions_unreported", "last_session_date"],
            row.EnumerateObject().Select(p => p.Name));
        Assert.Equal("520.1", row.GetProperty("goal").GetString());
        Assert.Equal("Comisión Interinstitucional", row.GetProperty("executor").GetString());
        Assert.Equal(1, row.GetProperty("sessions_unreported").GetInt32());
    }

    [Fact]
    public void Strategy_history_as_a_table_shows_document_text_literally()
    {
        var console = new TestConsole();
        var settings = new QuerySettings { Database = DatabaseWithOneActa(), Format = "table" };

        var exit = QueryRunner.Run(settings, (q, _) => q.Strategy(520, settings.Filter), new StringWriter(), new StringWriter(), console.Console);

        Assert.Equal(0, exit);
        Assert.Contains("Comisión Interinstitucional", console.Text);
        Assert.Contains("exhorta: 1", console.Text);
        Assert.Contains("2 rows", console.Text);
    }

    [Fact]
    public void A_missing_database_is_one_error_line_and_exit_code_1()
    {
        var error = new StringWriter();
        var missing = _temp.PathOf("nada.db");

        var exit = QueryRunner.Run(new QuerySettings { Database = missing }, (q, s) => s.Sessions(), new StringWriter(), error, new TestConsole().Console);

        Assert.Equal(1, exit);
        Assert.Equal($"{missing}: no such database; create it with 'actas import PATH --db {missing}'{Environment.NewLine}", error.ToString());
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("xml", null, "--format: expected auto, table, tsv, csv, json or markdown, found 'xml'")]
    [InlineData("csv", "11/09/2018", "--since: expected a date as YYYY-MM-DD (e.g. 2018-09-11), found '11/09/2018'")]
    public void Bad_options_are_refused_with_what_was_expected(string format, string? since, string message)
    {
        var result = new QuerySettings { Format = format, Since = since }.Validate();

        Assert.False(result.Successful);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void Feedback_by_strategy_as_csv_has_the_strategy_column_and_the_mix_as_label_counts()
    {
        var output = new StringWriter();
        var settings = new Commands.Query.FeedbackCommand.Settings { Database = DatabaseWithOneActa(), Format = "csv", By = "strategy" };

        var exit = QueryRunner.Run(settings, (q, _) => q.FeedbackByStrategy(settings.Filter), output, new StringWriter(), new TestConsole().Console);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFyear,strategy,items,labels", lines[0]);
        Assert.Contains("2018,520,1,exhorta: 1", lines);
    }

    [Fact]
    public void Feedback_grouping_other_than_institution_or_strategy_is_refused()
    {
        var result = new Commands.Query.FeedbackCommand.Settings { By = "año" }.Validate();

        Assert.False(result.Successful);
        Assert.Equal("--by: expected institution or strategy, found 'año'", result.Message);
    }

    [Fact]
    public void Feedback_by_institution_as_json_has_the_mix_as_an_object()
    {
        var output = new StringWriter();
        var settings = new Commands.Query.FeedbackCommand.Settings { Database = DatabaseWithOneActa(), Format = "json" };

        var exit = QueryRunner.Run(settings, (q, _) => q.FeedbackByInstitution(settings.Filter), output, new StringWriter(), new TestConsole().Console);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["year", "executor_key", "items", "labels"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, row.GetProperty("labels").GetProperty("exhorta").GetInt32());
    }
}
