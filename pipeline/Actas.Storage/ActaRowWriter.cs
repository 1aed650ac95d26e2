using System.Text.Json;
using Actas.Pipeline.Model;
using Actas.Storage.Keys;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>Writes the session content of one acta inside the caller's transaction.</summary>
internal sealed class ActaRowWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly StoreOptions _options;
    private readonly PreparedCommands _commands;

    public ActaRowWriter(SqliteConnection connection, SqliteTransaction transaction, StoreOptions options, PreparedCommands commands)
    {
        _connection = connection;
        _transaction = transaction;
        _options = options;
        _commands = commands;
    }

    public void Write(Acta acta, long documentId)
    {
        var session = acta.Session;
        var sessionId = Scalar(
            """
            INSERT INTO sessions (document_id, body_id, number, kind, date, start_time, place, topic, objective)
            VALUES (@DocumentId, @BodyId, @Number, @Kind, @Date, @StartTime, @Place, @Topic, @Objective)
            RETURNING id
            """,
            new
            {
                DocumentId = documentId,
                BodyId = session.Body is null ? (long?)null : Body(session.Body),
                session.Number, session.Kind, session.Date, session.StartTime, session.Place, session.Topic, session.Objective,
            });

        for (var i = 0; i < acta.Attendance.Count; i++)
        {
            WriteAttendee(sessionId, i, acta.Attendance[i]);
        }

        for (var i = 0; i < acta.Strategies.Count; i++)
        {
            WriteStrategy(sessionId, i, acta.Strategies[i]);
        }

        for (var i = 0; i < acta.Agreements.Count; i++)
        {
            WriteAgreement(sessionId, i, acta.Agreements[i]);
        }

        if (acta.NextSession is { } next)
        {
            Execute(
                "INSERT INTO next_sessions (session_id, date, start_time, end_time) VALUES (@SessionId, @Date, @StartTime, @EndTime)",
                new { SessionId = sessionId, next.Date, next.StartTime, next.EndTime });
            foreach (var number in next.Strategies)
            {
                Execute(
                    "INSERT OR IGNORE INTO next_session_strategies (session_id, strategy_number) VALUES (@SessionId, @Number)",
                    new { SessionId = sessionId, Number = number });
            }
        }
    }

    private void WriteAttendee(long sessionId, int position, Attendee attendee)
    {
        var personId = Scalar(
            """
            INSERT INTO people (key, name) VALUES (@Key, @Name)
            ON CONFLICT (key) DO UPDATE SET name = name RETURNING id
            """,
            new { Key = PersonNameKey.For(attendee.Name), attendee.Name });
        long? institutionId = null;
        var institutionKey = attendee.InstitutionKey ?? (attendee.Institution is { } written ? TextKey.Fold(written) : null);
        if (!string.IsNullOrEmpty(institutionKey))
        {
            institutionId = Scalar(
                """
                INSERT INTO institutions (key, name, known) VALUES (@Key, @Name, @Known)
                ON CONFLICT (key) DO UPDATE SET name = name RETURNING id
                """,
                new { Key = institutionKey, Name = attendee.Institution ?? institutionKey, Known = attendee.InstitutionKey is null ? 0 : 1 });
        }

        Execute(
            """
            INSERT INTO attendance (session_id, position, person_id, institution_id, sector, name_as_written,
                                    institution_as_written, location)
            VALUES (@SessionId, @Position, @PersonId, @InstitutionId, @Sector, @Name, @Institution, @Location)
            """,
            new
            {
                SessionId = sessionId, Position = position, PersonId = personId, InstitutionId = institutionId,
                Sector = Snake(attendee.Sector), attendee.Name, attendee.Institution,
                Location = LocationJson.Write(attendee.Location),
            });
    }

    private void WriteStrategy(long sessionId, int position, Strategy strategy)
    {
        var strategyId = Scalar(
            """
            INSERT INTO strategies (session_id, position, number, title, report_status, location)
            VALUES (@SessionId, @Position, @Number, @Title, @Status, @Location) RETURNING id
            """,
            new
            {
                SessionId = sessionId, Position = position, strategy.Number, strategy.Title,
                Status = Snake(strategy.ReportStatus), Location = LocationJson.Write(strategy.Location),
            });

        for (var i = 0; i < strategy.Goals.Count; i++)
        {
            var goal = strategy.Goals[i];
            Execute(
                """
                INSERT INTO goal_reports (strategy_id, goal_id, position, goal_code, executor, executor_key, status, report, location)
                VALUES (@StrategyId, @GoalId, @Position, @Code, @Executor, @ExecutorKey, @Status, @Report, @Location)
                """,
                new
                {
                    StrategyId = strategyId, GoalId = Goal(strategy.Number, goal), Position = i, Code = goal.Id,
                    goal.Executor, goal.ExecutorKey, Status = Snake(goal.ReportStatus), goal.Report,
                    Location = LocationJson.Write(goal.Location),
                });
        }

        for (var i = 0; i < strategy.Figures.Count; i++)
        {
            var figure = strategy.Figures[i];
            Execute(
                """
                INSERT INTO figures (strategy_id, position, value, unit, goal_code, context, location)
                VALUES (@StrategyId, @Position, @Value, @Unit, @Goal, @Context, @Location)
                """,
                new
                {
                    StrategyId = strategyId, Position = i, Value = (double)figure.Value, figure.Unit, figure.Goal,
                    figure.Context, Location = LocationJson.Write(figure.Location),
                });
        }

        for (var i = 0; i < strategy.Feedback.Count; i++)
        {
            var item = strategy.Feedback[i];
            Execute(
                """
                INSERT INTO feedback_items (strategy_id, position, text, section, goal_code, label, confidence, model_version, location)
                VALUES (@StrategyId, @Position, @Text, @Section, @Goal, @Label, @Confidence, @ModelVersion, @Location)
                """,
                new
                {
                    StrategyId = strategyId, Position = i, item.Text, Section = Snake(item.Section), item.Goal, item.Label,
                    item.Confidence, ModelVersion = item.Label is null ? null : _options.ModelVersion,
                    Location = LocationJson.Write(item.Location),
                });
        }
    }

    private void WriteAgreement(long sessionId, int position, Agreement agreement)
    {
        var agreementId = Scalar(
            """
            INSERT INTO agreements (session_id, position, text, responsible, location)
            VALUES (@SessionId, @Position, @Text, @Responsible, @Location) RETURNING id
            """,
            new
            {
                SessionId = sessionId, Position = position, agreement.Text, agreement.Responsible,
                Location = LocationJson.Write(agreement.Location),
            });
        foreach (var number in agreement.Strategies)
        {
            Execute(
                "INSERT OR IGNORE INTO agreement_strategies (agreement_id, strategy_number) VALUES (@AgreementId, @Number)",
                new { AgreementId = agreementId, Number = number });
        }

        foreach (var date in agreement.Dates)
        {
            Execute(
                "INSERT OR IGNORE INTO agreement_dates (agreement_id, date) VALUES (@AgreementId, @Date)",
                new { AgreementId = agreementId, Date = date });
        }
    }

    private long Body(string name) => Scalar(
        "INSERT INTO bodies (key, name) VALUES (@Key, @Name) ON CONFLICT (key) DO UPDATE SET name = name RETURNING id",
        new { Key = TextKey.Body(name), Name = name });

    /// <summary>The goals row of (strategy, goal id); its description takes the newest values the minutes give.</summary>
    private long Goal(int strategyNumber, Goal goal)
    {
        var parameters = new
        {
            Number = strategyNumber, Code = goal.Id, goal.Text, goal.Indicator, goal.Executor, goal.ExecutorKey,
        };
        var id = _connection.QuerySingleOrDefault<long?>(
            "SELECT id FROM goals WHERE strategy_number = @Number AND ifnull(goal_code, '') = ifnull(@Code, '')",
            parameters, _transaction);
        if (id is { } existing)
        {
            Execute(
                """
                UPDATE goals SET text = coalesce(@Text, text), indicator = coalesce(@Indicator, indicator),
                                 executor = coalesce(@Executor, executor), executor_key = coalesce(@ExecutorKey, executor_key)
                WHERE id = @Id
                """,
                new { goal.Text, goal.Indicator, goal.Executor, goal.ExecutorKey, Id = existing });
            return existing;
        }

        return Scalar(
            """
            INSERT INTO goals (strategy_number, goal_code, text, indicator, executor, executor_key)
            VALUES (@Number, @Code, @Text, @Indicator, @Executor, @ExecutorKey) RETURNING id
            """,
            parameters);
    }

    private long Scalar(string sql, object parameters) => _commands.Scalar(sql, parameters, _transaction) ?? 0;

    private void Execute(string sql, object parameters) => _commands.Execute(sql, parameters, _transaction);

    private static string Snake<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
