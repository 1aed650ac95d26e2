using System.Reflection;

namespace Actas.Cli.Isolation;

/// <summary>How to start <c>actas worker</c>: this same executable, under <c>dotnet</c> when it runs as a .dll.</summary>
/// <param name="FileName">The program to run.</param>
/// <param name="Arguments">Its arguments up to and including <c>worker</c>.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The running <c>actas</c>: its apphost, or <c>dotnet actas.dll</c>.</summary>
    public static WorkerLaunch Current()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of the running executable is unknown");
        if (!Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return new WorkerLaunch(process, ["worker"]);
        }

        var dll = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(dll)
            ? throw new InvalidOperationException("the entry assembly's path is unknown")
            : new WorkerLaunch(process, [dll, "worker"]);
    }

    /// <summary><c>dotnet PATH/actas.dll worker</c>, for tests that host the CLI as a library.</summary>
    public static WorkerLaunch Dll(string actasDll) => new("dotnet", [actasDll, "worker"]);
}
