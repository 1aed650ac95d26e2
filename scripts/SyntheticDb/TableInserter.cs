using Microsoft.Data.Sqlite;

namespace Actas.SyntheticDb;

/// <summary>One prepared INSERT into one table, reused for every row inside the caller's transaction.</summary>
public sealed class TableInserter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public TableInserter(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Table = table;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        _command.Prepare();
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
