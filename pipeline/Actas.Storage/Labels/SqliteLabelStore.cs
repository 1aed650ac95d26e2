using Actas.Pipeline.Labelling;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Labels;

/// <summary>
/// The classifier loop's side of the database: the feedback items with their current labels (training data),
/// human corrections (label_corrections, newest wins), model versions and their promotion, and relabelling
/// the stored items with a newly promoted model without importing again.
/// </summary>
public sealed class SqliteLabelStore
{
    private const string EffectiveLabel = """
        (SELECT lc.new_label FROM label_corrections lc WHERE lc.feedback_item_id = f.id
         ORDER BY lc.corrected_at DESC, lc.id DESC LIMIT 1)
        """;

    private readonly SqliteConnection _connection;

    public SqliteLabelStore(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ActaDatabase.ConfigureMapping();
        _connection = connection;
    }

    /// <summary>Feedback items of current documents, in document order; <paramref name="labelledOnly"/> skips unlabelled ones.</summary>
    public IReadOnlyList<StoredFeedbackItem> Items(bool labelledOnly = false) =>
        _connection.Query<StoredFeedbackItem>(
            $"""
            SELECT f.id, st.number AS strategy, f.goal_code AS goal, f.section, f.text,
                   coalesce({EffectiveLabel}, f.label) AS label, f.label AS model_label, f.confidence, f.model_version,
                   {EffectiveLabel} IS NOT NULL AS corrected
            FROM current_sessions cs
            JOIN strategies st ON st.session_id = cs.id
            JOIN feedback_items f ON f.strategy_id = st.id
            WHERE @LabelledOnly = 0 OR coalesce({EffectiveLabel}, f.label) IS NOT NULL
            ORDER BY cs.date, cs.id, st.position, f.position
            """,
            new { LabelledOnly = labelledOnly ? 1 : 0 }).AsList();

    /// <summary>Records a person's correction; the item's current label becomes old_label. False when there is no such item.</summary>
    public bool Correct(long feedbackItemId, string newLabel, string correctedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newLabel);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctedBy);
        return _connection.Execute(
            $"""
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at)
            SELECT f.id, coalesce({EffectiveLabel}, f.label), @NewLabel, @CorrectedBy, @CorrectedAt
            FROM feedback_items f WHERE f.id = @Id
            """,
            new { Id = feedbackItemId, NewLabel = newLabel, CorrectedBy = correctedBy, CorrectedAt = DateTime.UtcNow.ToString("O") }) == 1;
    }

    public void RecordModelVersion(ModelVersionRecord model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var transaction = _connection.BeginTransaction();
        if (model.Promoted)
        {
            _connection.Execute("UPDATE model_versions SET promoted = 0 WHERE promoted = 1", transaction: transaction);
        }

        _connection.Execute(
            """
            INSERT INTO model_versions (version, trainer, metrics_json, created_at, promoted, forced)
            VALUES (@Version, @Trainer, @MetricsJson, @CreatedAt, @Promoted, @Forced)
            """,
            new
            {
                model.Version, model.Trainer, model.MetricsJson, CreatedAt = model.CreatedAt.UtcDateTime.ToString("O"),
                Promoted = model.Promoted ? 1 : 0, Forced = model.Forced ? 1 : 0,
            },
            transaction);
        transaction.Commit();
    }

    /// <summary>Makes <paramref name="version"/> the one promoted model. False when it is not recorded.</summary>
    public bool Promote(string version, bool forced = false)
    {
        using var transaction = _connection.BeginTransaction();
        if (_connection.ExecuteScalar<long>("SELECT COUNT(*) FROM model_versions WHERE version = @Version", new { Version = version }, transaction) == 0)
        {
            return false;
        }

        _connection.Execute(
            """
            UPDATE model_versions SET promoted = 0 WHERE promoted = 1 AND version <> @Version;
            UPDATE model_versions SET promoted = 1, forced = @Forced WHERE version = @Version;
            """,
            new { Version = version, Forced = forced ? 1 : 0 }, transaction);
        transaction.Commit();
        return true;
    }

    public string? PromotedVersion() =>
        _connection.QuerySingleOrDefault<string>("SELECT version FROM model_versions WHERE promoted = 1");

    /// <summary>Labels every stored feedback item again with <paramref name="classifier"/>, in one transaction; returns how many.</summary>
    public int Relabel(IFeedbackClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        using var transaction = _connection.BeginTransaction();
        var items = _connection.Query<(long Id, string Text)>("SELECT id, text FROM feedback_items", transaction: transaction).AsList();
        foreach (var (id, text) in items)
        {
            var prediction = classifier.Predict(text);
            _connection.Execute(
                "UPDATE feedback_items SET label = @Label, confidence = @Confidence, model_version = @Version WHERE id = @Id",
                new { prediction.Label, Confidence = Math.Round(prediction.Confidence, 4), Version = classifier.ModelVersion, Id = id },
                transaction);
        }

        transaction.Commit();
        return items.Count;
    }
}
