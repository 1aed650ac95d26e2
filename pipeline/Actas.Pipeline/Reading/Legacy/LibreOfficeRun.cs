namespace Actas.Pipeline.Reading.Legacy;

/// <summary>The outcome of one soffice call.</summary>
/// <param name="ExitCode">Process exit code; null when it was killed.</param>
/// <param name="Output">Standard output and error, for messages.</param>
/// <param name="TimedOut">The call ran past its time limit and was killed with its process tree.</param>
public sealed record LibreOfficeRun(int? ExitCode, string Output, bool TimedOut);
