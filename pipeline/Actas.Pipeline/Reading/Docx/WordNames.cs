using System.Xml.Linq;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Element and attribute names of WordprocessingML (ECMA-376 transitional, <c>w:</c>) that the .docx reader
/// looks at. Strict documents are renamed to these on load (<see cref="DocxPackage"/>).
/// </summary>
public static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XName AlternateContent = MarkupCompatibility + "AlternateContent";
    public static readonly XName Choice = MarkupCompatibility + "Choice";
    public static readonly XName Fallback = MarkupCompatibility + "Fallback";
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XName RelationshipId = Relationships + "id";

    /// <summary>DrawingML as Word places it (<c>wp:</c> anchor, inline, extent, wraps).</summary>
    public static readonly XNamespace WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>DrawingML's main namespace (<c>a:</c> blip, paragraphs and text of shapes).</summary>
    public static readonly XNamespace DrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>SmartArt's data model (<c>dgm:</c>).</summary>
    public static readonly XNamespace DiagramMain = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    /// <summary>Word's VML extensions (<c>w10:</c> wrap).</summary>
    public static readonly XNamespace WordVml = "urn:schemas-microsoft-com:office:word";

    public static readonly XName Document = W + "document";
    public static readonly XName Body = W + "body";
    public static readonly XName AltChunk = W + "altChunk";
    public static readonly XName ParagraphElement = W + "p";
    public static readonly XName ParagraphProperties = W + "pPr";
    public static readonly XName ParagraphPropertiesChange = W + "pPrChange";
    public static readonly XName ParagraphStyle = W + "pStyle";
    public static readonly XName OutlineLevel = W + "outlineLvl";
    public static readonly XName PageBreakBefore = W + "pageBreakBefore";
    public static readonly XName SectionProperties = W + "sectPr";
    public static readonly XName SectionType = W + "type";
    public static readonly XName HeaderReference = W + "headerReference";
    public static readonly XName FooterReference = W + "footerReference";
    public static readonly XName TitlePage = W + "titlePg";
    public static readonly XName EvenAndOddHeaders = W + "evenAndOddHeaders";
    public static readonly XName NumberingProperties = W + "numPr";
    public static readonly XName NumberingId = W + "numId";
    public static readonly XName NumberingLevel = W + "ilvl";
    public static readonly XName Tabs = W + "tabs";

    public static readonly XName Run = W + "r";
    public static readonly XName RunProperties = W + "rPr";
    public static readonly XName RunStyle = W + "rStyle";
    public static readonly XName Bold = W + "b";
    public static readonly XName FontSize = W + "sz";
    public static readonly XName Text = W + "t";
    public static readonly XName Tab = W + "tab";
    public static readonly XName PositionalTab = W + "ptab";
    public static readonly XName NoBreakHyphen = W + "noBreakHyphen";
    public static readonly XName Break = W + "br";
    public static readonly XName CarriageReturn = W + "cr";
    public static readonly XName SoftHyphen = W + "softHyphen";
    public static readonly XName Symbol = W + "sym";
    public static readonly XName SymbolFont = W + "font";
    public static readonly XName SymbolChar = W + "char";
    public static readonly XName VerticalAlign = W + "vertAlign";
    public static readonly XName Vanish = W + "vanish";
    public static readonly XName DeletedRun = W + "del";
    public static readonly XName DeletedText = W + "delText";
    public static readonly XName DeletedFieldCode = W + "delInstrText";
    public static readonly XName MoveFromRun = W + "moveFrom";
    public static readonly XName FieldCode = W + "instrText";
    public static readonly XName FieldChar = W + "fldChar";
    public static readonly XName FieldCharType = W + "fldCharType";
    public static readonly XName SimpleField = W + "fldSimple";
    public static readonly XName FormFieldData = W + "ffData";
    public static readonly XName FormCheckBox = W + "checkBox";
    public static readonly XName FormChecked = W + "checked";
    public static readonly XName FormDefault = W + "default";
    public static readonly XName FormDropDown = W + "ddList";
    public static readonly XName FormResult = W + "result";
    public static readonly XName FormListEntry = W + "listEntry";
    public static readonly XName FieldInstruction = W + "instr";
    public static readonly XName FootnoteReference = W + "footnoteReference";
    public static readonly XName Footnote = W + "footnote";
    public static readonly XName Endnote = W + "endnote";
    public static readonly XName EndnoteReference = W + "endnoteReference";
    public static readonly XName CustomMarkFollows = W + "customMarkFollows";
    public static readonly XName CommentReference = W + "commentReference";
    public static readonly XName Comment = W + "comment";
    public static readonly XName Author = W + "author";
    public static readonly XName Id = W + "id";
    public static readonly XName TextBoxContent = W + "txbxContent";
    public static readonly XName SdtProperties = W + "sdtPr";
    public static readonly XName SdtEndProperties = W + "sdtEndPr";
    public static readonly XName ShowingPlaceholder = W + "showingPlcHdr";
    public static readonly XName Drawing = W + "drawing";
    public static readonly XName Picture = W + "pict";
    public static readonly XName EmbeddedObject = W + "object";

    /// <summary>A SmartArt graphic's part references (<c>dgm:relIds</c>) inside <c>w:drawing</c>; <see cref="DiagramData"/> names its data part.</summary>
    public static readonly XName DiagramRelIds = DiagramMain + "relIds";
    public static readonly XName DiagramData = Relationships + "dm";

    public static readonly XName TableElement = W + "tbl";
    public static readonly XName TableGrid = W + "tblGrid";
    public static readonly XName GridColumn = W + "gridCol";
    public static readonly XName RowElement = W + "tr";
    public static readonly XName TableRowProperties = W + "trPr";
    public static readonly XName GridBefore = W + "gridBefore";
    public static readonly XName GridAfter = W + "gridAfter";
    public static readonly XName CellElement = W + "tc";
    public static readonly XName TableCellProperties = W + "tcPr";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName HorizontalMerge = W + "hMerge";
    public static readonly XName VerticalMerge = W + "vMerge";
    public static readonly XName CellDeletion = W + "cellDel";
    public static readonly XName Sdt = W + "sdt";
    public static readonly XName SdtContent = W + "sdtContent";
    public static readonly XName CustomXml = W + "customXml";

    public static readonly XName Style = W + "style";
    public static readonly XName StyleId = W + "styleId";
    public static readonly XName StyleName = W + "name";
    public static readonly XName BasedOn = W + "basedOn";
    public static readonly XName TypeAttribute = W + "type";
    public static readonly XName DefaultAttribute = W + "default";

    public static readonly XName AbstractNum = W + "abstractNum";
    public static readonly XName AbstractNumId = W + "abstractNumId";
    public static readonly XName Num = W + "num";
    public static readonly XName LevelOverride = W + "lvlOverride";
    public static readonly XName StartOverride = W + "startOverride";
    public static readonly XName Level = W + "lvl";
    public static readonly XName NumberFormat = W + "numFmt";
    public static readonly XName LevelText = W + "lvlText";
    public static readonly XName Start = W + "start";
    public static readonly XName LevelRestart = W + "lvlRestart";
    public static readonly XName LegalNumbering = W + "isLgl";
    public static readonly XName NumberingStyleLink = W + "numStyleLink";

    /// <summary><c>w:val</c>, the attribute most elements carry their value in.</summary>
    public static readonly XName Val = W + "val";

    /// <summary>The <c>w:val</c> of <paramref name="element"/>'s first <paramref name="child"/>, or null.</summary>
    public static string? ChildVal(XElement? element, XName child) => element?.Element(child)?.Attribute(Val)?.Value;

    /// <summary>Whether a content control (<c>w:sdt</c>) shows its placeholder ("Haga clic aquí para escribir texto."), which is no content.</summary>
    public static bool ShowsPlaceholder(XElement sdt) => sdt.Name == Sdt && sdt.Element(SdtProperties)?.Element(ShowingPlaceholder) is not null;

    /// <summary>Whether <paramref name="element"/> is a content control or custom XML wrapper (<c>w:sdt</c>, <c>w:sdtContent</c>, <c>w:customXml</c>).</summary>
    public static bool IsWrapper(XElement element) => element.Name == Sdt || element.Name == SdtContent || element.Name == CustomXml;
}
