namespace Actas.Pipeline.Reading.Legacy;

/// <summary>How <see cref="LibreOfficeConverter"/> finds and runs LibreOffice.</summary>
/// <param name="Executable">A command name looked up on PATH, or a path (default "soffice").</param>
/// <param name="ProfileDirectory">
/// LibreOffice user profile to use; default a private folder per process under the temp
/// directory, because two instances sharing one profile clash (stack-notes).
/// </param>
public sealed record LibreOfficeConverterOptions(string Executable = "soffice", string? ProfileDirectory = null)
{
    public static LibreOfficeConverterOptions Default { get; } = new();
}
