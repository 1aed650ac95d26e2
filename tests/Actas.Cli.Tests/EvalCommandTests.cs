using System.Text.Json;
using Actas.Cli.Commands;
using Actas.Pipeline.Model;
using Spectre.Console.Cli;

namespace Actas.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("actas-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int Run(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config => config.AddCommand<EvalCommand>("eval"));
        return app.Run(args);
    }

    private static Acta Gold() => new(
        new SourceInfo("acta-x", new string('0', 64), "docx", null),
        new SessionInfo("Derecho a la Salud", 3, "sesión ordinaria", "2018-03-14", "09:30", null, null, null),
        null,
        [new Attendee("Rubén Aguilar Sotelo", "Secretaría Ejecutiva", "SE-PDHCDMX", Sector.SecretariaEjecutiva)],
        [], [], null, []);

    [Fact]
    public void Document_that_fails_to_extract_is_listed_counted_as_missed_and_exits_1()
    {
        File.WriteAllText(Path.Combine(_dir, "acta-x.gold.json"), ActaJson.Serialize(Gold()));
        File.WriteAllText(Path.Combine(_dir, "acta-x.txt"), "no es un acta");
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        File.WriteAllText(Path.Combine(_dir, "src", "skipped.gold.json"), "{ not json");
        var outPath = Path.Combine(_dir, "eval.json");

        var exit = Run("eval", _dir, "--out", outPath);

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(File.ReadAllText(outPath));
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        var attendance = root.GetProperty("overall").GetProperty("fields").GetProperty("attendance");
        Assert.Equal(1, attendance.GetProperty("fn").GetInt32());
        Assert.Equal(0.0, attendance.GetProperty("recall").GetDouble());
        Assert.True(root.GetProperty("by_format").TryGetProperty("txt", out _));
        Assert.True(root.GetProperty("by_layout").TryGetProperty("unknown", out _));
    }

    [Fact]
    public void Folder_without_gold_files_exits_2()
    {
        Assert.Equal(2, Run("eval", _dir));
    }
}
