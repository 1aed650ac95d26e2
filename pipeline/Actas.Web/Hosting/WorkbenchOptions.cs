using System.Globalization;

namespace Actas.Web.Hosting;

/// <summary>How <c>actas serve</c> runs the workbench.</summary>
/// <param name="Database">The SQLite database (<c>actas import</c> wrote it).</param>
/// <param name="Host">The address to listen on; 127.0.0.1 unless the user asks for another.</param>
/// <param name="Port">The TCP port; 0 picks a free one (tests).</param>
/// <param name="Reviewer">Who the corrections made in the review queue are stored as (corrected_by).</param>
/// <param name="Retrainer">Runs the gated training of <c>actas train --db</c>; null: the retrain page says it is not available.</param>
/// <param name="MatrixSessions">Matrix columns per body by default: its latest N sessions (0: all).</param>
/// <param name="Culture">The pages' language for a browser that asks for neither Spanish nor English; null: the culture
/// <c>actas serve</c> runs under (LANG), read when the server is built.</param>
public sealed record WorkbenchOptions(
    string Database,
    string Host = "127.0.0.1",
    int Port = 5080,
    string Reviewer = "analista",
    IRetrainer? Retrainer = null,
    int MatrixSessions = 24,
    CultureInfo? Culture = null)
{
    /// <summary>Whether the workbench listens on the loopback interface only (the default).</summary>
    public bool LoopbackOnly => Host is "127.0.0.1" or "localhost" or "::1" or "[::1]";
}
