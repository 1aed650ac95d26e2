namespace Actas.Storage.Report;

/// <summary>
/// The value of a matrix cell: the contract's report status of the strategy or goal in that session, or
/// <see cref="NotReviewed"/> when the session did not review it. Goals are only ever reported or not_reported.
/// </summary>
public static class MatrixStatus
{
    public const string Reported = "reported";
    public const string Partial = "partial";
    public const string NotReported = "not_reported";
    public const string NotReviewed = "not_reviewed";

    /// <summary>Every value, in legend order.</summary>
    public static IReadOnlyList<string> All { get; } = [Reported, Partial, NotReported, NotReviewed];
}
