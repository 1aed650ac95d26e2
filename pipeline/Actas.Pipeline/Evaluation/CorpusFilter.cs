using System.IO.Enumeration;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// <c>actas eval DIR --only X</c>: X is a folder under DIR ("blind-a", "trata") or a pattern with
/// <c>*</c> and <c>?</c> matched against the document's path relative to DIR ("*.pdf",
/// "blind-*/*", "*discapacidad*").
/// </summary>
public static class CorpusFilter
{
    public static Func<CorpusDocument, bool> For(string root, string only)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(only);
        var pattern = only.Replace('\\', '/').Trim('/');
        var isFolder = pattern.IndexOfAny(['*', '?']) < 0 && Directory.Exists(Path.Combine(root, pattern));
        return document =>
        {
            var relative = Path.GetRelativePath(root, document.DocumentPath).Replace('\\', '/');
            return isFolder
                ? relative.StartsWith(pattern + "/", StringComparison.Ordinal)
                : FileSystemName.MatchesSimpleExpression(pattern, relative, ignoreCase: true);
        };
    }
}
