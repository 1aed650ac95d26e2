namespace Actas.Pipeline.Evaluation;

/// <summary>Counts per field (<see cref="EvalFields"/>) for one extracted document against its gold.</summary>
public sealed record DocumentScore(IReadOnlyDictionary<string, FieldCounts> Fields)
{
    public FieldCounts this[string field] => Fields.TryGetValue(field, out var counts) ? counts : FieldCounts.Zero;
}
