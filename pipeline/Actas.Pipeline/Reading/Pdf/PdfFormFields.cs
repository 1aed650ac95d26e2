using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A fillable PDF form (AcroForm) prints its labels as page content and keeps every value in a form field: a widget
/// annotation whose appearance draws the value in the field's box. The page's text layer has the labels only
/// (<c>pdftotext</c> prints the values after the whole page), so each filled field's value becomes words placed in its
/// box, in the field's font size, wrapped to the box's width — where a person reads it, beside its printed label. A text
/// field gives its text, a drop-down list (combo or list box) its chosen entry, a check box "☒" when ticked and "☐" when
/// not (as a Word form prints them). Fields without a value, hidden ones, and boxes the page already has words in (a
/// flattened form) give nothing.
/// </summary>
public static partial class PdfFormFields
{
    /// <summary>Font size when the field's appearance string leaves it to the viewer ("0 Tf", auto size).</summary>
    private const double DefaultSize = 9;

    /// <summary>Average Helvetica letter width, in font sizes: enough to wrap a value inside its box.</summary>
    private const double LetterWidth = 0.5;

    /// <summary>The inner padding a viewer leaves between a field's border and its text.</summary>
    private const double Padding = 2;

    /// <summary>The document's form, or null when it has none or it cannot be read (a damaged form is no part of the page's text).</summary>
    public static AcroForm? Form(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return document.TryGetForm(out var form) ? form : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// The form's filled fields on <paramref name="page"/>, in the form's order; none without a form. A field names its page
    /// (<c>/P</c>) or, when it does not (it is optional), is on the page whose annotations hold a widget with its rectangle.
    /// </summary>
    public static IReadOnlyList<PdfFormField> Read(AcroForm? form, PdfDocument document, Page page)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(page);
        if (form is null)
        {
            return [];
        }

        try
        {
            var fields = new List<PdfFormField>();
            HashSet<(double, double, double, double)>? widgets = null;
            foreach (var field in form.Fields.SelectMany(Terminal))
            {
                if (field.Bounds is not { } rect || Hidden(field) ||
                    (field.PageNumber is { } number ? number != page.Number : !(widgets ??= Widgets(document, page)).Contains(Key(rect))) ||
                    Value(field) is not { } value)
                {
                    continue;
                }

                var (left, bottom, right, top) = Key(rect);
                var box = new BoundingBox(left, bottom, right, top);
                var tick = field is AcroCheckboxField or AcroRadioButtonField;
                fields.Add(new PdfFormField(value, box, tick ? box.Top - box.Bottom : Size(field), field is AcroTextField { IsMultiline: true }, tick));
            }

            return fields;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [];
        }
    }

    /// <summary>The fields' values as words in their boxes, but for a box the page's own <paramref name="taken"/> words already fill (a flattened form).</summary>
    public static IEnumerable<PdfWord> Words(IReadOnlyList<PdfFormField> fields, IReadOnlyList<PdfWord> taken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(taken);
        return fields.Where(f => f.Value.Length > 0 && !taken.Any(w => w.IsIn(f.Box))).SelectMany(f => Place(f.Value, f.Box, f.Size, f.Multiline));
    }

    /// <summary>
    /// The value's words laid out in <paramref name="box"/>: line by line from the top (a multi-line field) or on one line
    /// centred in the box, wrapped at the box's width; lines closer together when the text would overflow the box.
    /// </summary>
    public static IReadOnlyList<PdfWord> Place(string value, BoundingBox box, double size, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(box);
        size = Math.Clamp(size, 1, Math.Max(1, box.Top - box.Bottom));
        var width = Math.Max(size, box.Right - box.Left - (2 * Padding));
        var lines = new List<List<string>>();
        foreach (var paragraph in value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var line = new List<string>();
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.Length * LetterWidth * size;
                if (line.Count > 0 && used + (LetterWidth * size) + w > width)
                {
                    lines.Add(line);
                    (line, used) = ([], 0);
                }

                used += (line.Count > 0 ? LetterWidth * size : 0) + w;
                line.Add(word);
            }

            if (line.Count > 0)
            {
                lines.Add(line);
            }
        }

        var height = box.Top - box.Bottom;
        var leading = Math.Min(1.15 * size, lines.Count > 0 ? (height - Padding) / lines.Count : size);
        var first = multiline || lines.Count > 1 ? box.Top - Padding - (0.8 * size) : box.Bottom + ((height - size) / 2) + (0.2 * size);
        var words = new List<PdfWord>();
        for (var i = 0; i < lines.Count; i++)
        {
            var baseline = first - (i * leading);
            var left = box.Left + Padding;
            foreach (var text in lines[i])
            {
                var right = left + (text.Length * LetterWidth * size);
                words.Add(new PdfWord(text, new BoundingBox(left, baseline - (0.2 * size), right, baseline + (0.75 * size)), baseline, size, false));
                left = right + (LetterWidth * size);
            }
        }

        return words;
    }

    /// <summary>The rectangles of the page's widget annotations, as PdfPig reads a field's <c>/Rect</c>.</summary>
    private static HashSet<(double, double, double, double)> Widgets(PdfDocument document, Page page)
    {
        var rects = new HashSet<(double, double, double, double)>();
        if (!page.Dictionary.TryGet(NameToken.Annots, out IToken? annots) || Resolve(document, annots) is not ArrayToken list)
        {
            return rects;
        }

        foreach (var item in list.Data)
        {
            if (Resolve(document, item) is DictionaryToken annotation &&
                annotation.TryGet(NameToken.Subtype, out IToken? subtype) && Resolve(document, subtype) is NameToken { Data: "Widget" } &&
                annotation.TryGet(NameToken.Rect, out IToken? rect) && Resolve(document, rect) is ArrayToken { Data.Count: 4 } box &&
                box.Data.Select(t => Resolve(document, t)).OfType<NumericToken>().Select(n => n.Double).ToList() is { Count: 4 } e)
            {
                rects.Add((Math.Min(e[0], e[2]), Math.Min(e[1], e[3]), Math.Max(e[0], e[2]), Math.Max(e[1], e[3])));
            }
        }

        return rects;
    }

    private static (double, double, double, double) Key(UglyToad.PdfPig.Core.PdfRectangle rect) =>
        (Math.Min(rect.Left, rect.Right), Math.Min(rect.Bottom, rect.Top), Math.Max(rect.Left, rect.Right), Math.Max(rect.Bottom, rect.Top));

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : token;

    /// <summary>A field and its descendants that carry values (a field with kids: a group of check boxes or radio buttons).</summary>
    private static IEnumerable<AcroFieldBase> Terminal(AcroFieldBase field) => field switch
    {
        AcroNonTerminalField parent => parent.Children.SelectMany(Terminal),
        _ => [field],
    };

    /// <summary>What the field shows: its text, its chosen entries, or its tick.</summary>
    private static string? Value(AcroFieldBase field) => field switch
    {
        AcroTextField text => text.Value?.Trim() ?? "",
        AcroComboBoxField combo => string.Join(", ", combo.SelectedOptions ?? []).Trim(),
        AcroListBoxField list => string.Join(", ", list.SelectedOptions ?? []).Trim(),
        AcroCheckboxField box => box.IsChecked ? "☒" : "☐",
        AcroRadioButtonField radio => radio.IsSelected ? "☒" : "☐",
        _ => null,
    };

    /// <summary>The font size of the field's default appearance ("/Helv 8 Tf 0 g"); the default when it is 0 (auto) or missing.</summary>
    private static double Size(AcroFieldBase field) =>
        field.Dictionary.TryGet(NameToken.Da, out IToken? token) && token is StringToken da &&
        FontSize().Match(da.Data) is { Success: true } m && double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : DefaultSize;

    /// <summary>The annotation's Hidden (bit 2) or NoView (bit 6) flag.</summary>
    private static bool Hidden(AcroFieldBase field) =>
        field.Dictionary.TryGet(NameToken.F, out IToken? token) && token is NumericToken flags && (flags.Int & (2 | 32)) != 0;

    [GeneratedRegex(@"([0-9.]+)\s+Tf\b")]
    private static partial Regex FontSize();
}
