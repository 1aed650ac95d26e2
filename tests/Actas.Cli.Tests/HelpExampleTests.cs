using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Actas.Classification;

namespace Actas.Cli.Tests;

/// <summary>
/// Every example printed by <c>actas … --help</c> works when pasted (issue 14, item 3): the examples are read from the
/// help itself, command by command, and run as child processes in a folder laid out like the repository (corpus/ with
/// the seed acta and its gold, models/blind/w3.csv, a small models/data so <c>train</c> takes seconds).
/// </summary>
public sealed class HelpExampleTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_command_has_an_example_and_every_example_in_the_help_exits_0_when_pasted()
    {
        var folder = RepositoryLikeFolder();
        var (examples, bare) = Examples(folder);

        Assert.True(bare.Count == 0, "commands whose help shows no example: " + string.Join(", ", bare));
        Assert.True(examples.Count >= 20, $"only {examples.Count} examples found in the help");
        var failures = new List<string>();
        foreach (var example in examples)
        {
            var line = "actas " + string.Join(' ', example);
            var (exit, detail) = example[0] switch
            {
                "serve" => Serve(folder, example),
                "classify" => Ran(ChildActas.Run(folder, example, Limit, "Se reportan datos duros que permiten conocer el avance.\n")),
                _ => Ran(ChildActas.Run(folder, example, Limit)),
            };
            if (exit != 0)
            {
                failures.Add($"{line}: exit {exit}: {detail}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static (int Exit, string Detail) Ran(ChildActas.Result result) =>
        (result.TimedOut ? -1 : result.Exit, result.TimedOut ? $"still running after {Limit}" : result.Error.Trim());

    /// <summary>The server example, on a free port so another workbench on 5080 does not fail it: 0 once it says where it
    /// listens.</summary>
    private static (int Exit, string Detail) Serve(string folder, string[] example)
    {
        using var process = ChildActas.Start(folder, [.. example, "--port", FreePort().ToString(CultureInfo.InvariantCulture)]);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.Contains("http://127.0.0.1:", StringComparison.Ordinal))
                {
                    return (0, "");
                }
            }

            process.WaitForExit();
            return (process.ExitCode == 0 ? -2 : process.ExitCode, "ended without listening: " + errors.Result.Trim());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The examples of every command reachable from the top help (each once, in help order), and the commands
    /// whose help shows none.</summary>
    private static (IReadOnlyList<string[]> Examples, IReadOnlyList<string> Bare) Examples(string folder)
    {
        var examples = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bare = new List<string>();
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out var command))
        {
            var help = ChildActas.Run(folder, [.. command, "--help"], Limit);
            Assert.True(help.Exit == 0, $"actas {string.Join(' ', command)} --help: exit {help.Exit} {help.Error}");
            var own = Section(help.Output, "EXAMPLES:")
                .Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(words => words.Length > 1 && words[0] == "actas")
                .Select(words => words[1..])
                .ToList();
            var subcommands = Section(help.Output, "COMMANDS:")
                .Where(l => l.Length > 4 && l.StartsWith("    ", StringComparison.Ordinal) && l[4] != ' ')
                .Select(l => l.Trim().Split(' ')[0])
                .ToList();
            if (command.Length > 0 && subcommands.Count == 0 && own.Count == 0)
            {
                bare.Add(string.Join(' ', command));
            }

            examples.AddRange(own.Where(words => seen.Add(string.Join(' ', words))));
            foreach (var name in subcommands)
            {
                pending.Enqueue([.. command, name]);
            }
        }

        // Commands before the ones that read what they write (import first), train last: it replaces the folder's model.
        return ([.. examples.OrderBy(e => e[0] switch { "import" => 0, "train" => 2, "labels" when e[1] == "relabel" => 3, _ => 1 })], bare);
    }

    /// <summary>The lines under <paramref name="header"/> up to the next line that is not indented.</summary>
    private static IEnumerable<string> Section(string help, string header) =>
        help.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l != header).Skip(1).TakeWhile(l => l.StartsWith(' '));

    private string RepositoryLikeFolder()
    {
        var corpus = Directory.CreateDirectory(_temp.PathOf("corpus")).FullName;
        foreach (var extension in new[] { ".docx", ".gold.json" })
        {
            File.Copy(RepositoryPaths.Seed(extension), Path.Combine(corpus, RepositoryPaths.SeedStem + extension));
        }

        Directory.CreateDirectory(_temp.PathOf("models/blind"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "models", "blind", "w3.csv"), _temp.PathOf("models/blind/w3.csv"));
        Directory.CreateDirectory(_temp.PathOf("models/data"));
        File.WriteAllText(_temp.PathOf("models/data/train.csv"), TinyData("train", 4), Encoding.UTF8);
        File.WriteAllText(_temp.PathOf("models/data/test.csv"), TinyData("test", 2), Encoding.UTF8);
        return _temp.Root;
    }

    /// <summary>A few invented rows per label, enough for every trainer to fit in seconds.</summary>
    private static string TinyData(string split, int perLabel)
    {
        var text = new StringBuilder("id,text,label,source\n");
        foreach (var label in FeedbackLabels.All)
        {
            for (var k = 1; k <= perLabel; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{split}-{label}-{k},ejemplo {k} de {label.Replace('_', ' ')} en la sesión {k},{label},test\n");
            }
        }

        return text.ToString();
    }
}
