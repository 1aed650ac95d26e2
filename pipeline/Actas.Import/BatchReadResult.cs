using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>One file of a <see cref="BatchReader"/> call: its acta, or why it could not be read.</summary>
public sealed record BatchReadResult(string Path, Acta? Acta, ActaReadException? Error);
