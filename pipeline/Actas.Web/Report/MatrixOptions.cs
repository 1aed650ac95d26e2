using System.Globalization;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>How <see cref="MatrixHtml"/> lays out a body's strategies × sessions matrix.</summary>
/// <param name="MaxSessions">Columns shown: the body's latest this many sessions (0: all).</param>
/// <param name="LatestFirst">Newest session next to the strategy column, so the latest status is seen without scrolling.</param>
/// <param name="OnlyNeverReported">Keep strategies (with their goals) none of whose shown cells is reported or partial, and at least one not reported.</param>
/// <param name="SessionHref">A link for a session's column heading (the acta's page in the workbench); null: no link.</param>
/// <param name="StrategyHref">A link for a strategy's row heading (its history in the workbench); null: no link.</param>
/// <param name="MoreSessionsHint">What the note under a cut matrix tells the reader to do to see other sessions; null: the
/// report's (<c>report.matrix.more</c>: its --since, --until and --matrix-sessions).</param>
/// <param name="Culture">The language of the headings, captions and notes (<see cref="WebText"/>; null: Spanish).</param>
public sealed record MatrixOptions(
    int MaxSessions = 0,
    bool LatestFirst = false,
    bool OnlyNeverReported = false,
    Func<ReportSession, string>? SessionHref = null,
    Func<int, string>? StrategyHref = null,
    string? MoreSessionsHint = null,
    CultureInfo? Culture = null);
