using Actas.Import;

namespace Actas.Cli.Commands;

/// <summary>
/// The exit codes of <c>actas import</c> (and <c>--reprocess-outdated</c>), as README lists them: 0 every file stored or
/// unchanged; 1 some file failed (its line says why) or the database could not be opened; 2 the run stopped because the
/// database could not be written (disk full, read-only, damaged); 130 interrupted by Ctrl-C or SIGTERM.
/// </summary>
internal static class ImportExitCode
{
    public const int Interrupted = 130;

    public static int Of(RunStop? stop, bool anyFailed) => stop switch
    {
        { Interrupted: true } => Interrupted,
        not null => 2,
        _ => anyFailed ? 1 : 0,
    };
}
