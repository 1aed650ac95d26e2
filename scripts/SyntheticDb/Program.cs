using System.Diagnostics;
using Actas.SyntheticDb;

// Usage: dotnet run --project scripts/SyntheticDb -c Release -- OUT.db [BODIES] [SESSIONS_PER_BODY] [SEED]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SyntheticDb OUT.db [bodies=30] [sessions-per-body=400] [seed=7]");
    return 2;
}

var path = args[0];
var options = new SyntheticOptions(
    Bodies: args.Length > 1 ? int.Parse(args[1]) : 30,
    SessionsPerBody: args.Length > 2 ? int.Parse(args[2]) : 400,
    Seed: args.Length > 3 ? int.Parse(args[3]) : 7);
if (File.Exists(path))
{
    Console.Error.WriteLine($"{path}: already exists; remove it first (the generator only writes a fresh database)");
    return 1;
}

var clock = Stopwatch.StartNew();
var counts = new SyntheticDatabaseWriter(options).Write(path);
clock.Stop();
foreach (var (table, rows) in counts)
{
    Console.WriteLine($"{table,-24} {rows,10:N0}");
}

Console.WriteLine($"built {path} in {clock.Elapsed.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1048576.0:0.0} MiB");
return 0;
