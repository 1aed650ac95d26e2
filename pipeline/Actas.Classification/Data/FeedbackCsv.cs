using System.Text;

namespace Actas.Classification.Data;

/// <summary>Reads and writes the id,text,label,source CSV files (RFC 4180 quoting, UTF-8).</summary>
public static class FeedbackCsv
{
    private static readonly string[] Header = ["id", "text", "label", "source"];

    public static IReadOnlyList<FeedbackExample> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: training data not found. Run scripts/generate-training-data.py or pass --data.", path);
        }

        var rows = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{path}: expected the header id,text,label,source.");
        }

        var examples = new List<FeedbackExample>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Count != 4)
            {
                throw new InvalidDataException($"{path}: row {i + 1} has {r.Count} fields, expected 4.");
            }

            if (!FeedbackLabels.IsKnown(r[2]))
            {
                throw new InvalidDataException($"{path}: row {i + 1} has the label \"{r[2]}\", which is not in shared/labels.md.");
            }

            examples.Add(new FeedbackExample(r[0], r[1], r[2], r[3]));
        }

        return examples;
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
