namespace Actas.Classification.Data;

/// <summary>One labelled feedback item of models/data/*.csv (columns id,text,label,source).</summary>
/// <param name="Source">"seed", "handwritten", "template:{family}" or "correction".</param>
public sealed record FeedbackExample(string Id, string Text, string Label, string Source);
