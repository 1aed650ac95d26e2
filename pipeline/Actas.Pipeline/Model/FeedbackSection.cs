namespace Actas.Pipeline.Model;

/// <summary>Where a feedback item stood: Retroalimentación or Observaciones.</summary>
public enum FeedbackSection
{
    Retroalimentacion,
    Observacion,
}
