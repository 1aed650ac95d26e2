namespace Actas.Pipeline.Evaluation;

/// <summary>Micro-averaged counts per field: the sum of every document's counts.</summary>
public sealed class ScoreTable
{
    private readonly Dictionary<string, FieldCounts> _fields = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public IReadOnlyDictionary<string, FieldCounts> Fields => _fields;

    public FieldCounts this[string field] => _fields.TryGetValue(field, out var counts) ? counts : FieldCounts.Zero;

    public void Add(DocumentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Documents++;
        foreach (var (field, counts) in score.Fields)
        {
            _fields[field] = this[field] + counts;
        }
    }
}
