namespace Actas.Classification.Calibration;

/// <summary>One row of a reliability table: items whose confidence is in [From, To), their mean confidence and observed accuracy.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanConfidence, double Accuracy);
