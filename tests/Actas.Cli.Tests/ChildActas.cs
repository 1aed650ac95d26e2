using System.Diagnostics;

namespace Actas.Cli.Tests;

/// <summary>Runs <c>dotnet actas.dll ARGS</c> in a folder, as a user would type it, in English (LANG=en_US.UTF-8) unless
/// another language is given.</summary>
internal static class ChildActas
{
    public sealed record Result(int Exit, string Output, string Error, bool TimedOut);

    /// <summary>Starts the command; the caller reads its streams and ends it.</summary>
    public static Process Start(string folder, IEnumerable<string> arguments, string language = "en_US.UTF-8")
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LANG"] = language;
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.ArgumentList.Add(RepositoryPaths.ActasDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs the command to its end (killed after <paramref name="limit"/>), <paramref name="input"/> on stdin.</summary>
    public static Result Run(string folder, IEnumerable<string> arguments, TimeSpan limit, string input = "", string language = "en_US.UTF-8")
    {
        using var process = Start(folder, arguments, language);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var ended = process.WaitForExit(limit);
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return new Result(process.ExitCode, output.Result, error.Result, !ended);
    }
}
