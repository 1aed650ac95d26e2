using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Actas.Storage;
using Actas.Storage.Keys;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.SyntheticDb;

/// <summary>
/// Writes a large database through the real schema (migrated by <see cref="ActaDatabase.Open"/>, FTS triggers
/// included) with prepared inserts, one transaction per body. Ids are assigned here, so no row is read back.
/// </summary>
public sealed class SyntheticDatabaseWriter
{
    private const int StrategiesPerBody = 25;
    private const int PeoplePerBody = 40;

    private readonly SyntheticOptions _options;
    private readonly Random _random;
    private long _documentId;
    private long _strategyRowId;
    private long _feedbackId;
    private long _agreementId;
    private long _goalId;

    public SyntheticDatabaseWriter(SyntheticOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    /// <summary>Builds the database at <paramref name="path"/>; returns rows written per table.</summary>
    public IReadOnlyList<(string Table, long Rows)> Write(string path)
    {
        using var connection = ActaDatabase.Open(path);
        connection.Execute("PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY;");
        var institutions = WriteInstitutions(connection);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var body = 0; body < _options.Bodies; body++)
        {
            using var transaction = connection.BeginTransaction();
            var inserters = new SyntheticInserters(connection, transaction);
            WriteBody(inserters, body, institutions);
            transaction.Commit();
            foreach (var inserter in inserters.All)
            {
                totals[inserter.Table] = totals.GetValueOrDefault(inserter.Table) + inserter.Rows;
                inserter.Dispose();
            }
        }

        connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return totals.Select(t => (t.Key, t.Value)).Append(("institutions", institutions.Count)).ToList();
    }

    private static List<string> WriteInstitutions(SqliteConnection connection)
    {
        var names = SyntheticText.Institutions.Concat(SyntheticText.CivilSociety).ToList();
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < names.Count; i++)
        {
            connection.Execute(
                "INSERT INTO institutions (id, key, name, known) VALUES (@Id, @Key, @Name, @Known)",
                new { Id = i + 1, Key = TextKey.Fold(names[i]), Name = names[i], Known = i < SyntheticText.Institutions.Length ? 1 : 0 },
                transaction);
        }

        transaction.Commit();
        return names;
    }

    private void WriteBody(SyntheticInserters db, int body, List<string> institutions)
    {
        var bodyId = body + 1;
        var name = "Derechos de " + SyntheticText.BodyTopics[body % SyntheticText.BodyTopics.Length]
            + (body >= SyntheticText.BodyTopics.Length ? $" {body / SyntheticText.BodyTopics.Length + 1}" : "");
        db.Bodies.Insert(bodyId, TextKey.Body(name), name);

        // The body's strategies and their goals (Metas): (number, goals as (goal id, code, executor)).
        var strategies = new List<(int Number, string Title, List<(long Id, string? Code, string Executor)> Goals)>();
        for (var k = 0; k < StrategiesPerBody; k++)
        {
            var number = 100 + (body * StrategiesPerBody) + k;
            var goalCount = _random.Next(1, 4);
            var goals = new List<(long, string?, string)>();
            for (var g = 1; g <= goalCount; g++)
            {
                var code = goalCount == 1 && k % 5 == 0 ? null : $"{number}.{g}";
                var executor = SyntheticText.Institutions[_random.Next(SyntheticText.Institutions.Length)];
                db.Goals.Insert(++_goalId, number, code, $"Meta {code ?? number.ToString(CultureInfo.InvariantCulture)}: realizar acciones de capacitación y difusión",
                    "Número de acciones realizadas", executor, TextKey.Fold(executor));
                goals.Add((_goalId, code, executor));
            }

            strategies.Add((number, $"Estrategia {number}: garantizar el ejercicio del derecho", goals));
        }

        // The body's people, each representing one institution.
        var people = new List<(long Id, string Name, int Institution)>();
        for (var p = 0; p < PeoplePerBody; p++)
        {
            var index = (body * PeoplePerBody) + p;
            var person = $"{SyntheticText.FirstNames[index % 12]} {SyntheticText.LastNames[index / 12 % 12]} {SyntheticText.LastNames[index / 144 % 12]}";
            db.People.Insert(index + 1, PersonNameKey.For(person), person);
            people.Add((index + 1, person, 1 + ((body * 7) + (p % 14)) % institutions.Count));
        }

        var first = new DateOnly(2010, 1, 4).AddDays(body);
        for (var s = 0; s < _options.SessionsPerBody; s++)
        {
            var date = first.AddDays(s * 10);
            WriteSession(db, bodyId, s + 1, date, first.AddDays((s + 1) * 10), strategies, people, institutions);
        }
    }

    private void WriteSession(
        SyntheticInserters db, int bodyId, int number, DateOnly date, DateOnly next,
        List<(int Number, string Title, List<(long Id, string? Code, string Executor)> Goals)> strategies,
        List<(long Id, string Name, int Institution)> people, List<string> institutions)
    {
        var sessionId = ++_documentId;
        var iso = Iso(date);
        db.Documents.Insert(sessionId, Sha($"synthetic|{bodyId}|{number}"), $"acta-{bodyId}-{number}.docx",
            $"/synthetic/body-{bodyId}/acta-{number}.docx", "docx", 12, "synthetic", "2026-01-01T00:00:00Z");
        db.Sessions.Insert(sessionId, sessionId, bodyId, number, "ordinaria", iso, "10:00", "Sala de juntas", null, null);

        var attendees = people.OrderBy(_ => _random.Next()).Take(_random.Next(12, 19)).ToList();
        for (var a = 0; a < attendees.Count; a++)
        {
            var (personId, name, institution) = attendees[a];
            db.Attendance.Insert(null, sessionId, a, personId, institution, "instancia_ejecutora", name, institutions[institution - 1]);
        }

        var reviewed = strategies.OrderBy(_ => _random.Next()).Take(10).OrderBy(st => st.Number).ToList();
        for (var position = 0; position < reviewed.Count; position++)
        {
            WriteStrategy(db, sessionId, position, reviewed[position]);
        }

        for (var a = 0; a < 3; a++)
        {
            db.Agreements.Insert(++_agreementId, sessionId, a, $"Se acuerda que las instancias ejecutoras entreguen la información pendiente ({a + 1}).", "Secretaría Ejecutiva");
            foreach (var strategy in strategies.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)))
            {
                db.AgreementStrategies.Insert(_agreementId, strategy.Number);
            }

            if (_random.Next(3) == 0)
            {
                db.AgreementDates.Insert(_agreementId, Iso(date.AddDays(_random.Next(5, 40))));
            }
        }

        db.NextSessions.Insert(sessionId, _random.Next(20) == 0 ? Iso(next.AddDays(3)) : Iso(next), "10:00", "13:00");
        foreach (var strategy in strategies.OrderBy(_ => _random.Next()).Take(_random.Next(2, 4)))
        {
            db.NextSessionStrategies.Insert(sessionId, strategy.Number);
        }
    }

    private void WriteStrategy(SyntheticInserters db, long sessionId, int position, (int Number, string Title, List<(long Id, string? Code, string Executor)> Goals) strategy)
    {
        var roll = _random.Next(100);
        var status = roll < 60 ? "reported" : roll < 75 ? "partial" : "not_reported";
        var strategyId = ++_strategyRowId;
        db.Strategies.Insert(strategyId, sessionId, position, strategy.Number, strategy.Title, status);

        for (var g = 0; g < strategy.Goals.Count; g++)
        {
            var (goalId, code, executor) = strategy.Goals[g];
            var reported = status == "reported" || (status == "partial" && _random.Next(2) == 0);
            db.GoalReports.Insert(null, strategyId, goalId, g, code, executor, TextKey.Fold(executor),
                reported ? "reported" : "not_reported",
                reported ? $"Se informó el avance de la meta {code ?? strategy.Number.ToString(CultureInfo.InvariantCulture)} con {_random.Next(1, 900)} acciones." : null);
        }

        WriteFigures(db, strategyId, strategy.Goals[0].Code);

        var items = _random.Next(1, 8);
        for (var f = 0; f < items; f++)
        {
            var (_, code, executor) = strategy.Goals[_random.Next(strategy.Goals.Count)];
            var text = string.Format(CultureInfo.InvariantCulture,
                SyntheticText.Feedback[_random.Next(SyntheticText.Feedback.Length)], executor, code ?? strategy.Number.ToString(CultureInfo.InvariantCulture));
            var label = SyntheticText.Labels[_random.Next(SyntheticText.Labels.Length)];
            db.Feedback.Insert(++_feedbackId, strategyId, f, text, f % 4 == 3 ? "observacion" : "retroalimentacion",
                _random.Next(5) == 0 ? null : code, label, 0.5 + (_random.NextDouble() / 2), "synthetic");
            if (_random.Next(100) == 0)
            {
                db.LabelCorrections.Insert(_feedbackId, label, SyntheticText.Labels[_random.Next(SyntheticText.Labels.Length)], "analista", "2026-02-01T00:00:00Z");
            }
        }
    }

    private void WriteFigures(SyntheticInserters db, long strategyId, string? goal)
    {
        var position = 0;
        var count = _random.Next(0, 5);
        if (_random.Next(5) == 0)
        {
            // A total and its parts; one in ten of them does not add up, as real actas sometimes do not.
            var parts = new[] { _random.Next(10, 500), _random.Next(5, 100), _random.Next(1, 20) };
            var total = parts.Sum() + (_random.Next(10) == 0 ? 7 : 0);
            db.Figures.Insert(strategyId, position++, total, "personas", goal, $"se capacitó a un total de {total} personas");
            foreach (var part in parts)
            {
                db.Figures.Insert(strategyId, position++, part, "personas", goal, $"({part} personas)");
            }

            count -= 2;
        }

        for (var i = 0; i < count; i++)
        {
            var unit = SyntheticText.Units[_random.Next(SyntheticText.Units.Length)];
            var value = _random.Next(1, 5000);
            db.Figures.Insert(strategyId, position++, value, unit, goal, $"se reportan {value} {unit}");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
