using Actas.Pipeline.Labelling;
using Actas.Storage.Keys;
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
    /// <summary>The item's newest correction, NULL when nobody corrected it. Its effective label is <c>feedback_labels.label</c>.</summary>
    private const string LatestCorrection = ReviewQueueSql.LatestCorrection;

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
                   fl.label, f.label AS model_label, f.confidence, f.model_version,
                   {LatestCorrection} IS NOT NULL AS corrected
            FROM current_sessions cs
            JOIN strategies st ON st.session_id = cs.id
            JOIN feedback_items f ON f.strategy_id = st.id
            JOIN feedback_labels fl ON fl.item_id = f.id
            WHERE @LabelledOnly = 0 OR fl.label IS NOT NULL
            ORDER BY cs.date, cs.id, st.position, f.position
            """,
            new { LabelledOnly = labelledOnly ? 1 : 0 }).AsList();

    /// <summary>
    /// Records one person's decision by the rule of <see cref="CorrectAll"/> (the workbench and <c>labels import</c> store
    /// alike); the item's current label becomes old_label. False when there is no such item.
    /// </summary>
    public bool Correct(long feedbackItemId, string newLabel, string correctedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newLabel);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctedBy);
        if (!HasItem(feedbackItemId))
        {
            return false;
        }

        CorrectAll([new LabelCorrection(feedbackItemId, newLabel)], correctedBy);
        return true;
    }

    /// <summary>
    /// What <c>actas train --db</c> learns from: every corrected feedback item of a current document with its
    /// effective label, then the corrections no stored item matches any more (the document was read again by a newer
    /// extractor and the item changed or went), newest per strategy, goal and folded text, with the text as corrected.
    /// </summary>
    public IReadOnlyList<TrainingCorrection> TrainingCorrections()
    {
        var attached = Items().Where(i => i.Corrected && i.Label is not null)
            .Select(i => new TrainingCorrection($"correction-{i.Id}", i.Text, i.Label!, i.Id));
        var kept = _connection.Query<(long Id, string Text, string Label, int? Strategy, string? Goal, string? TextKey)>(
                """
                SELECT id, item_text, new_label, strategy_number, goal_code, text_key
                FROM label_corrections
                WHERE feedback_item_id IS NULL AND item_text IS NOT NULL
                ORDER BY corrected_at DESC, id DESC
                """)
            .DistinctBy(c => (c.Strategy, c.Goal, c.TextKey))
            .OrderBy(c => c.Id)
            .Select(c => new TrainingCorrection($"correction-kept-{c.Id}", c.Text, c.Label, null));
        return [.. attached, .. kept];
    }

    /// <summary>Corrections whose item is no longer stored (<c>feedback_item_id</c> NULL); they are kept for training.</summary>
    public int UnmatchedCorrections() =>
        _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM label_corrections WHERE feedback_item_id IS NULL");

    /// <summary>
    /// Feedback items of current documents for review, least confident first (unlabelled items before all), then
    /// in document order. <paramref name="bodyKey"/> is a folded substring of the body's key (null: every body);
    /// <paramref name="strategy"/> and <paramref name="label"/> (the model's) narrow it further; <paramref name="pendingOnly"/>
    /// keeps items nobody has corrected or confirmed; <paramref name="limit"/> caps the rows (null: all).
    /// </summary>
    public IReadOnlyList<LabelReviewRow> ReviewRows(
        string? bodyKey = null, int? strategy = null, string? label = null, bool pendingOnly = false, int? limit = null)
    {
        var body = string.IsNullOrWhiteSpace(bodyKey) ? null : bodyKey;
        var model = string.IsNullOrWhiteSpace(label) ? null : label;
        return _connection.Query<LabelReviewRow>(
            ReviewQueueSql.Rows(body is not null, strategy is not null, model is not null, pendingOnly, limit is not null),
            new { Body = body, Strategy = strategy, Label = model, Limit = limit ?? -1 }).AsList();
    }

    /// <summary>
    /// Review progress over current documents (<paramref name="bodyKey"/> as in <see cref="ReviewRows"/>): items with a
    /// person's decision, items without one, and of the decided items how many kept the model's label.
    /// </summary>
    public (int Reviewed, int Left, int AgreeWithModel) ReviewProgress(string? bodyKey = null)
    {
        var body = string.IsNullOrWhiteSpace(bodyKey) ? null : bodyKey;
        var (reviewed, total, agree) = _connection.QuerySingle<(int, int, int)>(ReviewQueueSql.Progress(body is not null), new { Body = body });
        return (reviewed, total - reviewed, agree);
    }

    /// <summary>Whether feedback item <paramref name="feedbackItemId"/> is stored.</summary>
    public bool HasItem(long feedbackItemId) =>
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM feedback_items WHERE id = @Id", new { Id = feedbackItemId }) > 0;

    /// <summary>The newest correction of item <paramref name="feedbackItemId"/>: its id, who made it and its old and new label; null when none.</summary>
    public StoredCorrection? LatestCorrectionOf(long feedbackItemId) =>
        _connection.QuerySingleOrDefault<StoredCorrection>(
            """
            SELECT id, feedback_item_id, corrected_by, corrected_at, old_label, new_label FROM label_corrections WHERE feedback_item_id = @Id
            ORDER BY corrected_at DESC, id DESC LIMIT 1
            """,
            new { Id = feedbackItemId });

    /// <summary>
    /// Takes back correction <paramref name="correctionId"/> (an undo right after making it): deleted only when it is
    /// <paramref name="correctedBy"/>'s and still the newest of its item, so nobody else's later decision is lost.
    /// </summary>
    public bool Withdraw(long correctionId, string correctedBy) =>
        _connection.Execute(
            """
            DELETE FROM label_corrections
            WHERE id = @Id AND corrected_by = @By
              AND id = (SELECT lc.id FROM label_corrections lc
                        WHERE lc.feedback_item_id = label_corrections.feedback_item_id
                        ORDER BY lc.corrected_at DESC, lc.id DESC LIMIT 1)
            """,
            new { Id = correctionId, By = correctedBy }) == 1;

    /// <summary>Every stored feedback item's id with its current label (the newest correction, else the model's; null when unlabelled).</summary>
    public IReadOnlyDictionary<long, string?> CurrentLabels() =>
        _connection.Query<(long Id, string? Label)>("SELECT item_id, label FROM feedback_labels")
            .ToDictionary(r => r.Id, r => r.Label);

    /// <summary>
    /// Stores a batch of a person's decisions in one transaction: all or none; each row says who, when, old → new.
    /// A decision that keeps the model's label on an item nobody has decided yet is stored too, as a confirmation
    /// (old = new): the item counts as reviewed, agrees with the model, and trains the next model as a checked label.
    /// A decision equal to the item's newest decision is not stored (so importing the same review file twice changes nothing).
    /// </summary>
    /// <exception cref="ArgumentException">An item id that is not stored; nothing is written.</exception>
    public CorrectionBatchResult CorrectAll(IReadOnlyList<LabelCorrection> corrections, string correctedBy)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctedBy);
        using var transaction = _connection.BeginTransaction();
        var at = DateTime.UtcNow.ToString("O");
        int stored = 0, unchanged = 0;
        foreach (var c in corrections)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(c.NewLabel);
            if (Corrected(c.FeedbackItemId, transaction) is not { } current)
            {
                throw new ArgumentException($"no feedback item {c.FeedbackItemId}", nameof(corrections));
            }

            if (current.Decided && string.Equals(current.Label, c.NewLabel, StringComparison.Ordinal))
            {
                unchanged++;
                continue;
            }

            Insert(current, c.NewLabel, correctedBy, at, transaction);
            stored++;
        }

        transaction.Commit();
        return new CorrectionBatchResult(stored, unchanged);
    }

    /// <summary>Whether <paramref name="version"/> has a model_versions row.</summary>
    public bool HasModelVersion(string version) =>
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM model_versions WHERE version = @Version", new { Version = version }) > 0;

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
    public int Relabel(IFeedbackClassifier classifier) => Relabel(classifier, onlyOutdated: false);

    /// <summary>
    /// Labels with <paramref name="classifier"/> the items no model labelled and those an other model version labelled
    /// (<c>feedback_items.model_version</c>), in one transaction; returns how many. A correction keeps winning over the new
    /// label (<c>feedback_labels</c> prefers it), so corrected items are relabelled underneath without changing what queries show.
    /// </summary>
    public int RelabelOutdated(IFeedbackClassifier classifier) => Relabel(classifier, onlyOutdated: true);

    /// <summary>How many stored items have no model label, and how many were labelled by a model other than <paramref name="modelVersion"/>.</summary>
    public (int Unlabelled, int OtherModel) LabelState(string modelVersion) =>
        _connection.QuerySingle<(int, int)>(
            """
            SELECT COALESCE(SUM(label IS NULL), 0),
                   COALESCE(SUM(label IS NOT NULL AND (model_version IS NULL OR model_version <> @Version)), 0)
            FROM feedback_items
            """,
            new { Version = modelVersion });

    private int Relabel(IFeedbackClassifier classifier, bool onlyOutdated)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        using var transaction = _connection.BeginTransaction();
        var items = _connection.Query<(long Id, string Text)>(
            onlyOutdated
                ? "SELECT id, text FROM feedback_items WHERE label IS NULL OR model_version IS NULL OR model_version <> @Version"
                : "SELECT id, text FROM feedback_items",
            new { Version = classifier.ModelVersion }, transaction).AsList();
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

    /// <summary>The item a correction is about, with its current label; null when there is no such item.</summary>
    private CorrectedItem? Corrected(long feedbackItemId, SqliteTransaction? transaction) =>
        _connection.QuerySingleOrDefault<CorrectedItem>(
            $"""
            SELECT f.id, f.text, st.number AS strategy, f.goal_code AS goal, fl.label,
                   EXISTS (SELECT 1 FROM label_corrections lc WHERE lc.feedback_item_id = f.id) AS decided
            FROM feedback_items f
            JOIN strategies st ON st.id = f.strategy_id
            JOIN feedback_labels fl ON fl.item_id = f.id
            WHERE f.id = @Id
            """,
            new { Id = feedbackItemId }, transaction);

    /// <summary>Stores a correction with a copy of what was corrected, so it outlives the item (migration 4).</summary>
    private void Insert(CorrectedItem item, string newLabel, string correctedBy, string correctedAt, SqliteTransaction? transaction) =>
        _connection.Execute(
            """
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at,
                                           item_text, strategy_number, goal_code, text_key)
            VALUES (@Id, @OldLabel, @NewLabel, @CorrectedBy, @CorrectedAt, @Text, @Strategy, @Goal, @TextKey)
            """,
            new
            {
                item.Id, OldLabel = item.Label, NewLabel = newLabel, CorrectedBy = correctedBy, CorrectedAt = correctedAt,
                item.Text, item.Strategy, item.Goal, TextKey = TextKey.Fold(item.Text),
            },
            transaction);

    private sealed record CorrectedItem
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public int Strategy { get; init; }
        public string? Goal { get; init; }
        public string? Label { get; init; }

        /// <summary>A person has decided this item's label (it has a correction or confirmation).</summary>
        public bool Decided { get; init; }
    }
}
