namespace Actas.Classification.Training;

/// <summary>The multiclass trainers compared for the feedback classifier.</summary>
public enum FeedbackTrainerKind
{
    /// <summary>SdcaMaximumEntropy: linear, dual coordinate ascent.</summary>
    Sdca,

    /// <summary>LbfgsMaximumEntropy: linear, L-BFGS.</summary>
    Lbfgs,

    /// <summary>LightGbm multiclass: gradient-boosted trees (needs libgomp1).</summary>
    LightGbm,

    /// <summary>OneVersusAll over AveragedPerceptron.</summary>
    Ova,
}
