namespace Actas.Pipeline.Reading.Docx;

/// <summary>The paragraphs of a table cell being read, with the list label of each.</summary>
internal sealed class CellContent
{
    public List<string> Paragraphs { get; } = [];

    public List<string?> Labels { get; } = [];

    /// <summary>Whether any paragraph has a list label.</summary>
    public bool Labelled { get; private set; }

    /// <summary>Adds a non-empty paragraph; returns false for an empty one, which is dropped.</summary>
    public bool Add(string text, string? label)
    {
        if (text.Length == 0)
        {
            return false;
        }

        Paragraphs.Add(text);
        Labels.Add(label);
        Labelled |= label is not null;
        return true;
    }
}
