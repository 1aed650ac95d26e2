using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Actas.Storage;
using Actas.Storage.Queries;
using Actas.Storage.Report;
using Dapper;

// Usage: BenchQueries DB [--runs 7] [--strategy 100] [--plan]
// Runs every `actas query` through ActaQueries (SQL plus the C# that shapes its rows), --runs times each,
// and prints the median wall time per query. --plan prints EXPLAIN QUERY PLAN of each QuerySql statement.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: BenchQueries DB [--runs 7] [--strategy 100] [--plan]  (make DB with scripts/make-synthetic-db.sh)");
    return 2;
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

var runs = Option("--runs", 7);
var strategy = Option("--strategy", 100);
using var store = SqliteActaStore.Open(args[0]);
var queries = new ActaQueries(store.Connection);
var none = QueryFilter.None;
Console.WriteLine($"{args[0]}: schema version {store.Connection.ExecuteScalar<int>("PRAGMA user_version")}, "
    + $"{store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sessions"):N0} sessions, {runs} runs per query");

var benchmarks = new (string Name, Func<int> Run)[]
{
    ("unreported", () => queries.Unreported(none).Count),
    ("unreported --any", () => queries.Unreported(none, any: true).Count),
    ("agreements", () => queries.Agreements(none).Count),
    ("attendance", () => queries.Attendance(none).Count),
    ($"figures --strategy {strategy}", () => queries.Figures(none, strategy).Count),
    ("feedback", () => queries.FeedbackByInstitution(none).Count),
    ("feedback --by strategy", () => queries.FeedbackByStrategy(none).Count),
    ("feedback --by strategy --since 2015-06-15", () => queries.FeedbackByStrategy(new QueryFilter(Since: "2015-06-15")).Count),
    ($"strategy {strategy}", () => queries.Strategy(strategy, none).Count),
    ("sessions", () => store.Sessions(none).Count),
    ("search \"datos desagregados\" --body trata", () => queries.Search("datos desagregados", new QueryFilter(Body: "trata")).Count),
    ("report data --body trata", () => new ReportDataReader(store.Connection).Read(new QueryFilter(Body: "trata")).Bodies.Count),
};

Console.WriteLine($"{"query",-44} {"median ms",10} {"min",8} {"max",8} {"rows",8}");
foreach (var (name, run) in benchmarks)
{
    var times = new List<double>();
    var rows = 0;
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        rows = run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name,-44} {times[times.Count / 2],10:0.0} {times[0],8:0.0} {times[^1],8:0.0} {rows,8}");
}

if (args.Contains("--plan"))
{
    var sql = typeof(ActaQueries).Assembly.GetType("Actas.Storage.Queries.QuerySql")!;
    foreach (var field in sql.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.Name is not ("SessionFilter" or "FactFilter")))
    {
        Console.WriteLine($"\n== {field.Name}");
        var plan = store.Connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + (string)field.GetValue(null)!,
            new { Body = (string?)null, Since = (string?)null, Until = (string?)null, Any = 0, Strategy = strategy, Match = "\"datos\"" });
        foreach (var row in plan)
        {
            Console.WriteLine($"{row.Parent,4} {row.Id,4} {row.Detail}");
        }
    }
}

return 0;
