namespace Actas.Pipeline.Model;

/// <summary>Whether an institution reported on a goal or strategy. Serialised snake_case.</summary>
public enum ReportStatus
{
    Reported,
    /// <summary>Strategies only: some goals reported, some not.</summary>
    Partial,
    NotReported,
}
