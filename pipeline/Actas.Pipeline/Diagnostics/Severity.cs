namespace Actas.Pipeline.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
