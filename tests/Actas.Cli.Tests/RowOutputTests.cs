using Actas.Cli.Output;

namespace Actas.Cli.Tests;

public sealed class RowOutputTests
{
    private sealed record Sample
    {
        public string? Body { get; init; }
        public int SessionsHeld { get; init; }
        public decimal Value { get; init; }
        public IReadOnlyList<string> People { get; init; } = [];
    }

    private static readonly Sample[] Rows =
    [
        new()
        {
            Body = "Trata, \"explotación\"\ny más", SessionsHeld = 2, Value = 609m, People = ["Adriana Flores", "Carlos Ruiz"],
        },
        new() { Body = null, SessionsHeld = 0, Value = 0.5m },
    ];

    [Fact]
    public void Csv_has_a_header_and_quotes_commas_quotes_and_newlines()
    {
        var output = new StringWriter();

        RowOutput.Write(Rows, OutputFormat.Csv, output, new TestConsole().Console);

        Assert.Equal(
            "\uFEFFbody,sessions_held,value,people\r\n"
            + "\"Trata, \"\"explotación\"\"\ny más\",2,609,Adriana Flores; Carlos Ruiz\r\n"
            + ",0,0.5,\r\n",
            output.ToString());
    }

    [Fact]
    public void Csv_text_that_a_spreadsheet_would_run_as_a_formula_is_guarded_and_negative_numbers_are_not()
    {
        var rows = new Sample[]
        {
            new() { Body = "=HYPERLINK(\"http://x\",\"clic\")", SessionsHeld = -1, Value = -2.5m, People = ["+cmd|' /C calc'!A0", "@SUM(1+1)"] },
        };
        var output = new StringWriter();

        RowOutput.Write(rows, OutputFormat.Csv, output, new TestConsole().Console);

        Assert.Equal(
            "\uFEFFbody,sessions_held,value,people\r\n"
            + "\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\",-1,-2.5,'+cmd|' /C calc'!A0; @SUM(1+1)\r\n",
            output.ToString());
    }

    [Fact]
    public void Json_is_an_array_of_snake_case_objects_with_nulls_and_lists()
    {
        var output = new StringWriter();

        RowOutput.Write(Rows, OutputFormat.Json, output, new TestConsole().Console);

        var json = output.ToString();
        Assert.Contains("\"sessions_held\": 2", json);
        Assert.Contains("\"body\": null", json);
        Assert.Contains("\"people\": [", json);
        Assert.Contains("explotación", json);
    }

    [Fact]
    public void Table_escapes_markup_in_document_text()
    {
        var console = new TestConsole();

        RowOutput.Write([new Sample { Body = "[PGJ] dijo [/]" }], OutputFormat.Table, new StringWriter(), console.Console);

        Assert.Contains("[PGJ] dijo [/]", console.Text);
        Assert.Contains("sessions_held", console.Text);
    }

    [Fact]
    public void Tsv_keeps_whole_values_on_one_line_each()
    {
        var output = new StringWriter();

        RowOutput.Write(Rows, OutputFormat.Tsv, output, new TestConsole().Console);

        Assert.Equal(
            "body\tsessions_held\tvalue\tpeople\n"
            + "Trata, \"explotación\" y más\t2\t609\tAdriana Flores; Carlos Ruiz\n"
            + "\t0\t0.5\t\n",
            output.ToString());
    }

    [Fact]
    public void Markdown_is_a_pipe_table_with_pipes_in_values_escaped()
    {
        var output = new StringWriter();

        RowOutput.Write([new Sample { Body = "a | b", SessionsHeld = 3 }], OutputFormat.Markdown, output, new TestConsole().Console);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("| body | sessions_held | value | people |", lines[0]);
        Assert.Equal("|---|---|---|---|", lines[1]);
        Assert.Equal("| a \\| b | 3 | 0 |  |", lines[2]);
    }

    [Theory]
    [InlineData("auto", true, OutputFormat.Table)]
    [InlineData("auto", false, OutputFormat.Tsv)]
    [InlineData("csv", true, OutputFormat.Csv)]
    [InlineData("md", false, OutputFormat.Markdown)]
    [InlineData("1", true, null)]
    [InlineData("xml", true, null)]
    public void Auto_format_is_a_table_at_a_terminal_and_tsv_into_a_pipe(string name, bool terminal, OutputFormat? expected) =>
        Assert.Equal(expected, OutputFormatChoice.Parse(name, terminal));
}
