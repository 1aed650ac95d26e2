using Actas.Storage.Keys;

namespace Actas.Storage.Queries;

/// <summary>Which sessions a query looks at.</summary>
/// <param name="Body">Substring of the body's name, matched accent- and case-insensitively ("trata", "VÍCTIMAS").</param>
/// <param name="Since">First session date included, ISO YYYY-MM-DD.</param>
/// <param name="Until">Last session date included, ISO YYYY-MM-DD.</param>
public sealed record QueryFilter(string? Body = null, string? Since = null, string? Until = null)
{
    public static QueryFilter None { get; } = new();

    /// <summary>The @Body, @Since, @Until parameters of <see cref="QuerySql.SessionFilter"/>.</summary>
    internal Dapper.DynamicParameters ToParameters()
    {
        var parameters = new Dapper.DynamicParameters();
        parameters.Add("Body", string.IsNullOrWhiteSpace(Body) ? null : TextKey.Fold(Body));
        parameters.Add("Since", Since);
        parameters.Add("Until", Until);
        return parameters;
    }
}
