namespace Actas.SyntheticDb;

/// <summary>Size and seed of a synthetic database; the same options give the same rows.</summary>
public sealed record SyntheticOptions(int Bodies, int SessionsPerBody, int Seed);
