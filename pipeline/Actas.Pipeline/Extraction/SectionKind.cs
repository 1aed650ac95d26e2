namespace Actas.Pipeline.Extraction;

/// <summary>The parts of an acta, as its headings name them.</summary>
public enum SectionKind
{
    Header,
    Attendance,
    Discussion,
    Strategies,
    Agreements,
}
