namespace Actas.Pipeline.Evaluation;

/// <summary>The field groups the scorer reports, in report order.</summary>
public static class EvalFields
{
    public const string SessionBody = "session.body";
    public const string SessionNumber = "session.number";
    public const string SessionKind = "session.kind";
    public const string SessionDate = "session.date";
    public const string SessionStartTime = "session.start_time";
    public const string SessionPlace = "session.place";
    public const string Attendance = "attendance";
    public const string InstitutionKeys = "institution_keys";
    public const string Strategies = "strategies";
    public const string GoalStatus = "goal_status";
    public const string Figures = "figures";
    public const string Feedback = "feedback";
    public const string Agreements = "agreements";
    public const string NextSession = "next_session";

    public static IReadOnlyList<string> All { get; } =
    [
        SessionBody, SessionNumber, SessionKind, SessionDate, SessionStartTime, SessionPlace,
        Attendance, InstitutionKeys, Strategies, GoalStatus, Figures, Feedback, Agreements, NextSession,
    ];
}
