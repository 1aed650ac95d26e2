using Actas.Cli.Commands;
using Actas.Storage;

namespace Actas.Cli.Tests.Report;

/// <summary>A temp folder holding a database of <see cref="ReportActas.All"/> and the report written from it.</summary>
internal sealed class ReportDatabase : IDisposable
{
    private readonly TempFolder _temp = new();

    public ReportDatabase()
    {
        Path = _temp.PathOf("actas.db");
        using var store = SqliteActaStore.Open(Path);
        foreach (var acta in ReportActas.All)
        {
            store.Store(acta, _temp.PathOf(acta.Source.File + acta.Session.Body!.Length));
        }
    }

    public string Path { get; }

    /// <summary>Runs <c>actas report</c> and returns the HTML file's path.</summary>
    public string WriteReport()
    {
        var output = _temp.PathOf("report.html");
        var exit = ReportCommand.Run(new ReportCommand.Settings { Database = Path, Out = output }, new StringWriter(), new StringWriter());
        Assert.Equal(0, exit);
        return output;
    }

    public void Dispose() => _temp.Dispose();
}
