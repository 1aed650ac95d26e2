namespace Actas.Classification.Calibration;

/// <summary>Temperature scaling fitted on validation scores, the review threshold chosen there, and the
/// reliability tables before (raw) and after (calibrated).</summary>
/// <param name="Temperature">Probabilities p are rescaled as p^(1/T), renormalised; T = 1 leaves them as they are.</param>
/// <param name="ReviewThreshold">Predictions with calibrated confidence below it get <c>NeedsReview</c>.</param>
/// <param name="AccuracyAboveThreshold">Validation accuracy of the items at or above the threshold.</param>
/// <param name="ShareBelowThreshold">Share of validation items flagged for review.</param>
public sealed record CalibrationReport(
    double Temperature,
    double ReviewThreshold,
    double AccuracyAboveThreshold,
    double ShareBelowThreshold,
    IReadOnlyList<ReliabilityBin> Raw,
    IReadOnlyList<ReliabilityBin> Calibrated);
