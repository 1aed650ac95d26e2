using Actas.Pipeline.Model;

namespace Actas.Storage.Import;

/// <summary>
/// A file after the parallel part of an import: either its final <see cref="Result"/> (failed, or already stored)
/// or its extracted <see cref="Acta"/> waiting for the writer (null for a file still to be read in a batch).
/// </summary>
internal sealed record PreparedFile(string Path, ImportFileResult? Result, Acta? Acta = null, string? Sha256 = null);
