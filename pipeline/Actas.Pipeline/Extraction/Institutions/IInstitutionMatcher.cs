namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>One way of recognising a body in a written name; the gazetteer tries its matchers in order.</summary>
public interface IInstitutionMatcher
{
    /// <summary>A resolved or ambiguous match, or null when this matcher has nothing to say and the next one should try.</summary>
    InstitutionMatch? Match(InstitutionName name);
}
