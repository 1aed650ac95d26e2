namespace Actas.Cli.Usage;

/// <summary>The exit codes every command keeps (documented in <c>actas --help</c> and the README).</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>Some files or items failed (each named on stderr), or the database or model could not be used.</summary>
    public const int Failed = 1;

    /// <summary>Refused by a gate: a retrained model that does not beat the current one, an eval folder with no gold.</summary>
    public const int Refused = 2;

    /// <summary>The command line itself is wrong (BSD sysexits EX_USAGE): unknown command or flag, a value of the wrong kind.</summary>
    public const int Usage = 64;

    /// <summary>An unexpected error inside actas (a bug; sysexits EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>The lines <c>actas --help</c> ends with.</summary>
    public static string Legend => Localized.Text("ExitCodes");
}
