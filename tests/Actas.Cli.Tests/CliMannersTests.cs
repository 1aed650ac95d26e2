using System.Globalization;
using Actas.Cli.Output;
using Actas.Cli.Usage;

namespace Actas.Cli.Tests;

/// <summary>What a user sees when the command line is wrong, and the language it speaks (issue 14).</summary>
public sealed class CliMannersTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public CliMannersTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    private static async Task<(int Exit, string Error)> Run(params string[] args)
    {
        var error = new StringWriter();
        var exit = await ActasApp.RunAsync(args, error);
        return (exit, error.ToString());
    }

    [Fact]
    public async Task A_typoed_flag_exits_64_and_names_the_flag_and_the_nearest_one()
    {
        var (exit, error) = await Run("sessions", "--sinse", "2019-06-01", "--db", _temp.PathOf("none.db"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("actas: unknown flag --sinse; did you mean --since?", error, StringComparison.Ordinal);
        Assert.Contains("see 'actas sessions --help'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("none.db")));
    }

    [Fact]
    public async Task A_typoed_flag_on_import_writes_no_database()
    {
        var (exit, error) = await Run("import", "--dbb", _temp.PathOf("x.db"), _temp.PathOf("nada"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown flag --dbb; did you mean --db?", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("x.db")));
    }

    [Theory]
    [InlineData("--jobs", "abc", "actas: --jobs: expected a whole number, got 'abc'")]
    [InlineData("--timeout", "pronto", "actas: --timeout: expected a number, got 'pronto'")]
    public async Task A_value_of_the_wrong_kind_is_named_in_the_users_words(string flag, string value, string line)
    {
        var (exit, error) = await Run("import", _temp.PathOf("nada"), flag, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(line, error.Split(Environment.NewLine)[0]);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_a_usage_error_on_stderr()
    {
        var (exit, error) = await Run("query", "unreported", "--db", _temp.PathOf("a.db"), "--since", "11/09/2018");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--since: expected a date as YYYY-MM-DD (e.g. 2018-09-11), found '11/09/2018'", error, StringComparison.Ordinal);
        Assert.Contains("see 'actas query unreported --help'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_are_spanish_under_a_spanish_culture()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        var (exit, error) = await Run("sessions", "--sinse", "2019-06-01");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("actas: opción desconocida --sinse; ¿quiso decir --since?", error, StringComparison.Ordinal);
    }

    private sealed record Held(string Body, int SessionsHeld);

    [Fact]
    public void Table_headers_and_row_count_are_spanish_under_es_MX_and_tsv_keeps_the_contract_names()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var console = new TestConsole();
        var tsv = new StringWriter();

        RowOutput.Write([new Held("Trata", 3)], OutputFormat.Table, new StringWriter(), console.Console);
        RowOutput.Write([new Held("Trata", 3)], OutputFormat.Tsv, tsv, console.Console);

        Assert.Contains("espacio", console.Text, StringComparison.Ordinal);
        Assert.Contains("sesiones_celebradas", console.Text, StringComparison.Ordinal);
        Assert.Contains("1 fila", console.Text, StringComparison.Ordinal);
        Assert.StartsWith("body\tsessions_held\n", tsv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_exit_code_is_in_the_help_legend()
    {
        foreach (var code in new[] { ExitCodes.Ok, ExitCodes.Failed, ExitCodes.Refused, ExitCodes.Usage, ExitCodes.Internal })
        {
            Assert.Contains($" {code} ", ExitCodes.Legend, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_english_text_has_a_spanish_one()
    {
        var strings = new System.Resources.ResourceManager("Actas.Cli.Resources.Strings", typeof(ActasApp).Assembly);
        var english = strings.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var spanish = strings.GetResourceSet(CultureInfo.GetCultureInfo("es"), createIfNotExists: true, tryParents: false)!;

        var keys = english.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(string.IsNullOrEmpty(spanish.GetString(key)), key));
    }

    [Fact]
    public void Nearest_flag_is_offered_only_when_it_is_close()
    {
        var options = OptionCatalog.From(typeof(ActasApp).Assembly);

        Assert.Equal("--since", options.Nearest("--sinse"));
        Assert.Equal("--no-classify", options.Nearest("--no-clasify"));
        Assert.Null(options.Nearest("--zzzzzzzzzzzz"));
    }
}
