using Actas.Cli.Isolation;

namespace Actas.Cli.Tests;

/// <summary>
/// <c>actas worker</c> starts straight from Main (no command tree: 0.46 → 0.28 s of CPU per worker); anything else,
/// including a worker line the fast path does not understand, goes to the full command line as before.
/// </summary>
public sealed class WorkerDirectStartTests
{
    [Theory]
    [InlineData("import", "corpus/")]
    [InlineData("worker", "--max-data-mb")]
    [InlineData("worker", "--max-data-mb", "mucho")]
    [InlineData("worker", "--otra", "1")]
    [InlineData("--version")]
    public void Only_the_exact_worker_line_skips_the_command_line(params string[] args) =>
        Assert.Null(WorkerCommand.RunDirect(args));
}
