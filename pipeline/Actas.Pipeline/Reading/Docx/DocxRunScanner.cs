using System.Text;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>One pass over a paragraph's runs for <see cref="DocxParagraphText"/>; holds the state of open fields. Reused paragraph after paragraph.</summary>
internal sealed class DocxRunScanner(DocxStyles styles, DocxNestingGuard guard, bool pageNumbersHidden)
{
    private readonly StringBuilder _current = new();
    private readonly List<Field> _fields = [];
    private List<DocxLine> _lines = [];
    private List<XElement>? _textBoxes;
    private List<string>? _diagrams;
    private List<XElement>? _sidebars;
    private bool _anyText;
    private int _written;
    private bool _textBoxesFirst;
    private int _notes;
    private bool _pageNumbers;
    private int _hiding;
    private XElement? _customMarkRun;
    private bool _runBold;
    private string? _runSize;
    private string? _textSize;
    private BoldLead _lead;

    public void Visit(XElement element, int depth)
    {
        guard.Check(depth, "content controls, links and fields");
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == Text)
            {
                if (child.Parent != _customMarkRun)
                {
                    AppendRunText(child.Value);
                }
            }
            else if (name == Run)
            {
                if (!IsHidden(child) && !IsReferenceMark(child))
                {
                    var properties = child.Element(RunProperties);
                    _runBold = LenientValues.On(properties?.Element(Bold)) ?? styles.Bold(ChildVal(properties, RunStyle)) ?? false;
                    _runSize = ChildVal(properties, FontSize);
                    Visit(child, depth + 1);
                }
            }
            else if (name == RunProperties || name == ParagraphProperties)
            {
                continue;
            }
            else if (name == Tab || name == PositionalTab)
            {
                Append("\t");
            }
            else if (name == NoBreakHyphen)
            {
                Append("-");
            }
            else if (name == Symbol)
            {
                Append(DocxSymbols.Render(child));
            }
            else if (name == Break)
            {
                var type = child.Attribute(TypeAttribute)?.Value;
                if (type == "column")
                {
                    Append(" ");
                }
                else if (_hiding == 0)
                {
                    EndLine(type == "page");
                }
            }
            else if (name == CarriageReturn)
            {
                if (_hiding == 0)
                {
                    EndLine(false);
                }
            }
            else if (name == FieldChar)
            {
                OnFieldChar(child);
            }
            else if (name == FieldCode)
            {
                if (_fields.Count > 0 && !_fields[^1].InResult)
                {
                    _fields[^1].Instruction.Append(child.Value);
                }
            }
            else if (name == SimpleField)
            {
                if (pageNumbersHidden && IsPageNumber(child.Attribute(FieldInstruction)?.Value))
                {
                    _pageNumbers = true;
                }
                else
                {
                    Visit(child, depth + 1);
                }
            }
            else if (name == FootnoteReference || name == EndnoteReference)
            {
                _notes++;
                if (LenientValues.Flag(child.Attribute(CustomMarkFollows)?.Value) == true)
                {
                    _customMarkRun = child.Parent;
                }
            }
            else if (name == CommentReference)
            {
                _notes++;
            }
            else if (name == Drawing || name == Picture || name == EmbeddedObject)
            {
                AddTextBoxes(child);
                AddDiagrams(child);
            }
            else if (name == AlternateContent)
            {
                if ((child.Element(Choice) ?? child.Element(Fallback)) is { } chosen)
                {
                    Visit(chosen, depth + 1);
                }
            }
            else if (name == Sdt)
            {
                if (child.Element(SdtProperties)?.Element(ShowingPlaceholder) is null)
                {
                    Visit(child, depth + 1);
                }
            }
            else if (name == SdtProperties || name == SdtEndProperties || name == DeletedRun || name == MoveFromRun || name == DeletedText || name == DeletedFieldCode)
            {
                continue;
            }
            else if (child.HasElements)
            {
                Visit(child, depth + 1);
            }
        }
    }

    /// <summary>The paragraph read; the scanner is then ready for the next paragraph.</summary>
    public DocxParagraphContent Finish(bool markDeleted)
    {
        _lines.Add(new DocxLine(_current.ToString(), false));
        var content = new DocxParagraphContent(_lines, (IReadOnlyList<XElement>?)_textBoxes ?? [], (IReadOnlyList<XElement>?)_sidebars ?? [], _textBoxesFirst, _notes, _pageNumbers, markDeleted)
        {
            Diagrams = (IReadOnlyList<string>?)_diagrams ?? [],
        };
        _current.Clear();
        _fields.Clear();
        _lines = [];
        _textBoxes = null;
        _diagrams = null;
        _sidebars = null;
        _anyText = _textBoxesFirst = _pageNumbers = false;
        _notes = _hiding = _written = 0;
        _customMarkRun = null;
        _lead = BoldLead.None;
        _runSize = _textSize = null;
        return content;
    }

    /// <summary>
    /// A run's text. A bold lead glued to the plain text after it, with no space or colon between, is a label over its value
    /// laid out as two boxes (blind batch T, T3: a whiteboard exported to HTML and saved as Word, "<b>Horario</b>10:30 a 13:00
    /// h", "✔ <b>Informe entregado</b>Se registraron…"): a tab parts them, as a label–tab–value line does.
    /// </summary>
    private void AppendRunText(string text)
    {
        if (_hiding > 0 || text.Length == 0)
        {
            return;
        }

        if (_lead == BoldLead.Bold && !_runBold && _current.Length is > 0 and <= MaxLeadLength && char.IsLetter(_current[^1]) && char.IsLetterOrDigit(text[0]))
        {
            _current.Append('\t');
        }

        if (_runSize != _textSize && _current.Length > 0 && GluedBlock(_current[^1], text[0]))
        {
            EndLine(false);
        }

        _textSize = _runSize;
        if (_lead != BoldLead.Done && text.Any(char.IsLetter))
        {
            _lead = _lead == BoldLead.None && _runBold ? BoldLead.Bold : _lead == BoldLead.Bold && _runBold ? BoldLead.Bold : BoldLead.Done;
        }

        Append(text);
    }

    /// <summary>
    /// Where a run in another font size starts a new block glued to the text before it: a lower-case letter or a sentence's
    /// closing mark, then a capital with no space between. A web page saved as Word runs its stacked boxes into one paragraph
    /// (blind batch U, U3: a person's card "Dra. Name" ⏎ "Directora de … · Secretaría de Salud…" in small print ⏎ a sector tag;
    /// a remark with its author in small print under it): the size change is where one box ended, read as a line break. A
    /// drop capital ("M" "INUTA") or a word in small capitals runs on: the letter before it is no lower-case one.
    /// </summary>
    private static bool GluedBlock(char before, char after) =>
        char.IsUpper(after) && (char.IsLower(before) || before is '.' or ')' or '»' or '”' or '"' or '!' or '?');

    /// <summary>The longest bold lead read as a label: a few words.</summary>
    private const int MaxLeadLength = 40;

    /// <summary>Whether the paragraph's letters so far are all bold.</summary>
    private enum BoldLead
    {
        None,
        Bold,
        Done,
    }

    private void Append(string text)
    {
        if (_hiding > 0 || text.Length == 0)
        {
            return;
        }

        _current.Append(text);
        _written += text.Length;
        _anyText |= !string.IsNullOrWhiteSpace(text);
    }

    private void EndLine(bool pageBreak)
    {
        _lines.Add(new DocxLine(_current.ToString(), pageBreak));
        _current.Clear();
    }

    /// <summary>
    /// Complex fields: text between begin and separate is the instruction, between separate and end the result. A legacy form
    /// field with no result text reads as what the form shows (<see cref="FormFieldValue"/>).
    /// </summary>
    private void OnFieldChar(XElement fieldChar)
    {
        string? shown = null;
        switch (fieldChar.Attribute(FieldCharType)?.Value)
        {
            case "begin":
                _fields.Add(new Field { Form = fieldChar.Element(FormFieldData) });
                break;
            case "separate" when _fields.Count > 0:
                var field = _fields[^1];
                field.InResult = true;
                field.ResultStart = _written;
                field.Hidden = pageNumbersHidden && IsPageNumber(field.Instruction.ToString());
                _pageNumbers |= field.Hidden;
                break;
            case "end" when _fields.Count > 0:
                var ended = _fields[^1];
                _fields.RemoveAt(_fields.Count - 1);
                if (ended.Form is { } form && !(ended.InResult && _written > ended.ResultStart))
                {
                    shown = FormFieldValue(form);
                }

                break;
            default:
                return;
        }

        _hiding = _fields.Count(f => !f.InResult || f.Hidden);
        if (shown is not null)
        {
            Append(shown);
        }
    }

    /// <summary>
    /// What a Word 2003 form field (<c>w:ffData</c>) shows when the file holds no result text for it: a FORMCHECKBOX is a box,
    /// ticked (☒) or not (☐), from <c>w:checked</c> or else <c>w:default</c>, as Word's check box content controls read; a
    /// FORMDROPDOWN is its chosen entry, <c>w:result</c> (else <c>w:default</c>, else the first) indexing the
    /// <c>w:listEntry</c> items (blind batch AF, AF2: a protected government template whose sector and report-status cells are
    /// drop-downs with no text run, "☒ Sí ☐ No" as two check boxes). A text field's typed value is its result runs.
    /// </summary>
    private static string? FormFieldValue(XElement form)
    {
        if (form.Element(FormCheckBox) is { } box)
        {
            return LenientValues.On(box.Element(FormChecked) ?? box.Element(FormDefault)) == true ? "☒" : "☐";
        }

        if (form.Element(FormDropDown) is { } list)
        {
            var entries = list.Elements(FormListEntry).Select(e => e.Attribute(Val)?.Value ?? "").ToList();
            var chosen = ChildVal(list, FormResult) ?? ChildVal(list, FormDefault);
            var index = int.TryParse(chosen, out var i) ? i : 0;
            return index >= 0 && index < entries.Count && entries[index].Trim().Length > 0 ? entries[index] : null;
        }

        return null;
    }

    private static bool IsPageNumber(string? instruction)
    {
        var span = (instruction ?? "").AsSpan().Trim();
        var end = span.IndexOfAny(' ', '\\');
        var keyword = end < 0 ? span : span[..end];
        return keyword.Equals("PAGE", StringComparison.OrdinalIgnoreCase) || keyword.Equals("NUMPAGES", StringComparison.OrdinalIgnoreCase)
            || keyword.Equals("SECTIONPAGES", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHidden(XElement run) => LenientValues.On(run.Element(RunProperties)?.Element(Vanish)) == true;

    /// <summary>
    /// A superscript run of digits or daggers typed right after a word or figure is a hand-made
    /// reference mark ("45 víctimas¹"), not a digit of the figure: reading it would make 45 into 451.
    /// </summary>
    private bool IsReferenceMark(XElement run)
    {
        var properties = run.Element(RunProperties);
        if (properties is null || _current.Length == 0 || char.IsWhiteSpace(_current[^1]))
        {
            return false;
        }

        var align = ChildVal(properties, VerticalAlign);
        if (align is null && ChildVal(properties, RunStyle) is { } style)
        {
            align = styles.VerticalAlign(style);
        }

        if (align != "superscript")
        {
            return false;
        }

        var text = string.Concat(run.Elements(Text).Select(t => t.Value)).Trim();
        return text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '*' or '†' or '‡' or ',');
    }

    /// <summary>Top-level text boxes of a drawing or VML picture, a floating one as a sidebar; boxes inside them are read when the box is.</summary>
    private void AddTextBoxes(XElement shape)
    {
        var sidebar = DocxFloatingBox.IsSidebar(shape);
        foreach (var box in shape.Descendants(TextBoxContent))
        {
            if (box.Ancestors().TakeWhile(a => a != shape).Any(a => a.Name == TextBoxContent))
            {
                continue;
            }

            if (sidebar)
            {
                (_sidebars ??= []).Add(box);
                continue;
            }

            if (_textBoxes is null)
            {
                _textBoxesFirst = !_anyText;
                _textBoxes = [];
            }

            _textBoxes.Add(box);
        }
    }

    /// <summary>The data parts of the SmartArt graphics in a drawing (<c>dgm:relIds/@r:dm</c>).</summary>
    private void AddDiagrams(XElement shape)
    {
        foreach (var ids in shape.Descendants(DiagramRelIds))
        {
            if (ids.Attribute(DiagramData)?.Value is { Length: > 0 } id)
            {
                (_diagrams ??= []).Add(id);
            }
        }
    }

    private sealed class Field
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool Hidden { get; set; }

        /// <summary>The legacy form field's data (<c>w:ffData</c>), or null.</summary>
        public XElement? Form { get; init; }

        /// <summary>How much text the paragraph had when the result began.</summary>
        public int ResultStart { get; set; }
    }
}
