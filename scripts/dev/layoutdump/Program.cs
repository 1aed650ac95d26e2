// The layout model a reader gives for one document, as extraction sees it: each block with its index, paragraphs with
// role, level, list label and box height (and their lines when a paragraph holds several), tables row by row with
// cells split by "‖" (a line break in a cell shows as "⏎").
// dotnet build scripts/dev/layoutdump -p:ActasBin=BIN -o BIN; dotnet BIN/layoutdump.dll FILE (built into BIN, it runs with
// BIN's pipeline however often BIN is rebuilt)
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: layoutdump FILE (build: dotnet build scripts/dev/layoutdump -p:ActasBin=BIN -o BIN)");
    return 2;
}

var document = DocumentReaders.CreateDefault().Read(args[0], ReadOptions.Default with { Timeout = TimeSpan.FromSeconds(600) });
var index = 0;
foreach (var block in document.Blocks)
{
    switch (block)
    {
        case Paragraph p:
            Console.WriteLine($"[{index}] P {p.Role} L{p.Level} {p.ListLabel} h={p.Location.Box?.Height:F1}: {p.Text}");
            if (p.Lines is { Count: > 1 })
            {
                foreach (var line in p.Lines)
                {
                    Console.WriteLine($"      | {line}");
                }
            }

            break;
        case Table t:
            Console.WriteLine($"[{index}] T rows={t.Rows.Count}");
            foreach (var row in t.Rows)
            {
                Console.WriteLine("   " + string.Join(" ‖ ", row.Cells.Select(c => c.Text.Replace("\n", "⏎"))));
            }

            break;
        default:
            Console.WriteLine($"[{index}] {block.GetType().Name}");
            break;
    }

    index++;
}

return 0;
