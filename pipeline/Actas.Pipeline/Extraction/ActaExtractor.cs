using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>Turns the layout model of one document into the contract's <see cref="Acta"/>.</summary>
public sealed class ActaExtractor
{
    public Acta Extract(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException();
    }
}
