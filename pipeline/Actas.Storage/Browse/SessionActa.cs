namespace Actas.Storage.Browse;

/// <summary>One stored session's acta as extracted, every element with its location.</summary>
public sealed record SessionActa(
    StoredSession Session,
    IReadOnlyList<StoredAttendee> Attendance,
    IReadOnlyList<StoredStrategy> Strategies,
    IReadOnlyList<StoredGoalReport> Goals,
    IReadOnlyList<StoredFigure> Figures,
    IReadOnlyList<StoredFeedback> Feedback,
    IReadOnlyList<StoredAgreement> Agreements);
