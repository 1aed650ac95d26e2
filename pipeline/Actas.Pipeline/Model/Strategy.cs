namespace Actas.Pipeline.Model;

/// <summary>One programme strategy (Estrategia) reviewed in the session.</summary>
public sealed record Strategy(
    int Number,
    string? Title,
    ReportStatus ReportStatus,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FeedbackItem> Feedback,
    SourceLocation? Location = null);
