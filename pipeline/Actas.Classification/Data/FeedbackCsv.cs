using System.Text;

namespace Actas.Classification.Data;

/// <summary>Reads and writes the id,text,label,source CSV files (RFC 4180 quoting, UTF-8); reads any header that names
/// id, text and label.</summary>
public static class FeedbackCsv
{
    private static readonly string[] Header = ["id", "text", "label", "source"];

    /// <summary>The labelled rows of <paramref name="path"/>; columns are found by name in its header (see
    /// <see cref="Columns"/>), a missing source column gives the file's name.</summary>
    public static IReadOnlyList<FeedbackExample> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: training data not found. Run scripts/generate-training-data.py or pass --data.", path);
        }

        var rows = Parse(File.ReadAllText(path, Encoding.UTF8));
        var columns = rows.Count == 0 ? null : Columns(rows[0]);
        if (columns is not { } c)
        {
            throw new InvalidDataException($"{path}: expected a header with the columns id, text and label (source optional, others ignored), as id,text,label,source.");
        }

        var examples = new List<FeedbackExample>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Count != rows[0].Count)
            {
                throw new InvalidDataException($"{path}: row {i + 1} has {r.Count} fields, expected {rows[0].Count}.");
            }

            var label = r[c.Label];
            if (!FeedbackLabels.IsKnown(label))
            {
                throw new InvalidDataException($"{path}: row {i + 1} has the label \"{label}\", which is not in shared/labels.md.");
            }

            examples.Add(new FeedbackExample(r[c.Id], r[c.Text], label, c.Source is { } s ? r[s] : Path.GetFileNameWithoutExtension(path)));
        }

        return examples;
    }

    /// <summary>Where id, text, label and source are in <paramref name="header"/>, by name: the training files have
    /// id,text,label,source; a blind set as its writers hand it over (models/blind/w3.csv: id,espacio,writer,text,label)
    /// has no source and more columns. Null when id, text or label is missing.</summary>
    private static (int Id, int Text, int Label, int? Source)? Columns(List<string> header)
    {
        int? At(string name) => header.IndexOf(name) is var i and >= 0 ? i : null;
        return (At("id"), At("text"), At("label")) is ({ } id, { } text, { } label) ? (id, text, label, At("source")) : null;
    }

    public static void Write(string path, IEnumerable<FeedbackExample> examples)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Header)).Append('\n');
        foreach (var e in examples)
        {
            sb.Append(Quote(e.Id)).Append(',').Append(Quote(e.Text)).Append(',')
              .Append(Quote(e.Label)).Append(',').Append(Quote(e.Source)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static List<List<string>> Parse(string content)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
            }
            else if (c != '\r' && c != '\uFEFF') { field.Append(c); }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
