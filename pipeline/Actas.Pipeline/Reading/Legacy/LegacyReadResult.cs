using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Legacy;

/// <summary>One file of a batch conversion: its layout, or why it could not be read.</summary>
public sealed record LegacyReadResult(string Path, LayoutDocument? Document, ActaReadException? Error);
