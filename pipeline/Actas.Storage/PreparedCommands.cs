using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>
/// One prepared <see cref="SqliteCommand"/> per SQL text, reused for every row a connection writes. Dapper
/// creates and prepares a new command per call; the row writer runs about 80 INSERTs per acta, and preparing
/// them again for each was about a third of the time it took to store one. Parameters come from the
/// properties of an (anonymous) object, as with Dapper: <c>@Name</c> ← <c>Name</c>, null → NULL.
/// Not thread-safe: one per connection, used by its one writer.
/// </summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public int Execute(string sql, object parameters, SqliteTransaction transaction) =>
        Bind(sql, parameters, transaction).ExecuteNonQuery();

    /// <summary>The first column of the first row (e.g. <c>RETURNING id</c>), or null when there is no row or it is NULL.</summary>
    public long? Scalar(string sql, object parameters, SqliteTransaction transaction) =>
        Bind(sql, parameters, transaction).ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private SqliteCommand Bind(string sql, object parameters, SqliteTransaction transaction)
    {
        var properties = Properties.GetOrAdd(parameters.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var property in properties)
            {
                if (Regex.IsMatch(sql, "@" + property.Name + @"\b", RegexOptions.CultureInvariant))
                {
                    command.Parameters.Add(new SqliteParameter("@" + property.Name, null));
                }
            }

            _commands[sql] = command;
        }

        command.Transaction = transaction;
        foreach (SqliteParameter parameter in command.Parameters)
        {
            parameter.Value = Value(properties, parameter.ParameterName.AsSpan(1), parameters);
        }

        return command;
    }

    private static object Value(PropertyInfo[] properties, ReadOnlySpan<char> name, object parameters)
    {
        foreach (var property in properties)
        {
            if (name.SequenceEqual(property.Name))
            {
                return property.GetValue(parameters) ?? DBNull.Value;
            }
        }

        throw new InvalidOperationException($"no property {name} on {parameters.GetType()}");
    }
}
