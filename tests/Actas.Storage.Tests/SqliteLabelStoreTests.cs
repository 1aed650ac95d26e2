using Dapper;
using Actas.Pipeline.Labelling;
using Actas.Storage.Labels;
using Actas.Storage.Queries;

namespace Actas.Storage.Tests;

public sealed class SqliteLabelStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteLabelStore _labels;

    public SqliteLabelStoreTests()
    {
        _db.Store.Store(SampleActas.M5, "/corpus/acta-5.txt");
        _labels = new SqliteLabelStore(_db.Connection);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Items_list_the_stored_feedback_with_their_labels()
    {
        var items = _labels.Items();

        Assert.Equal(["600|600.1|solicita_datos|False", "600|600.1||False"], items.Select(i => $"{i.Strategy}|{i.Goal}|{i.Label}|{i.Corrected}"));
        Assert.Single(_labels.Items(labelledOnly: true));
    }

    [Fact]
    public void A_correction_wins_over_the_model_label_and_keeps_the_old_one()
    {
        var item = _labels.Items()[0];

        Assert.True(_labels.Correct(item.Id, "desalineado", "analista"));
        Assert.True(_labels.Correct(item.Id, "insuficiente", "revisora"));
        Assert.False(_labels.Correct(9999, "avance", "analista"));

        var corrected = _labels.Items()[0];
        Assert.Equal(("insuficiente", "solicita_datos", true), (corrected.Label, corrected.ModelLabel, corrected.Corrected));
        Assert.Equal(["desalineado"], _db.Connection.Query<string>(
            "SELECT old_label FROM label_corrections WHERE new_label = 'insuficiente'"));
        Assert.Contains(new ActaQueries(_db.Connection).FeedbackByInstitution(QueryFilter.None), r => r.Labels.ContainsKey("insuficiente"));
    }

    [Fact]
    public void Only_one_model_is_promoted_at_a_time()
    {
        _labels.RecordModelVersion(new("v1-sdca", "sdca", """{"macro_f1":0.61}""", DateTimeOffset.UtcNow, Promoted: true));
        _labels.RecordModelVersion(new("v2-lgbm", "lightgbm", """{"macro_f1":0.58}""", DateTimeOffset.UtcNow));

        Assert.Equal("v1-sdca", _labels.PromotedVersion());
        Assert.True(_labels.Promote("v2-lgbm", forced: true));
        Assert.Equal("v2-lgbm", _labels.PromotedVersion());
        Assert.False(_labels.Promote("v3"));
    }

    [Fact]
    public void Relabel_applies_a_new_model_to_every_stored_item_but_corrections_still_win()
    {
        var first = _labels.Items()[0];
        _labels.Correct(first.Id, "desalineado", "analista");

        Assert.Equal(2, _labels.Relabel(new ConstantClassifier()));

        var items = _labels.Items();
        Assert.Equal(["desalineado|avance|m-test", "avance|avance|m-test"], items.Select(i => $"{i.Label}|{i.ModelLabel}|{i.ModelVersion}"));
    }

    [Fact]
    public void Relabel_outdated_labels_unlabelled_items_and_other_models_items_once_and_corrections_still_win()
    {
        var first = _labels.Items()[0];
        _labels.Correct(first.Id, "desalineado", "analista");

        Assert.Equal((1, 1), _labels.LabelState("m-test"));
        Assert.Equal(2, _labels.RelabelOutdated(new ConstantClassifier()));
        Assert.Equal(0, _labels.RelabelOutdated(new ConstantClassifier()));

        Assert.Equal((0, 0), _labels.LabelState("m-test"));
        Assert.Equal(["desalineado|avance|m-test", "avance|avance|m-test"], _labels.Items().Select(i => $"{i.Label}|{i.ModelLabel}|{i.ModelVersion}"));
    }

    [Fact]
    public void Review_rows_put_unlabelled_then_least_confident_items_first_with_the_current_correction()
    {
        var labelled = _labels.Items(labelledOnly: true)[0];
        _labels.Correct(labelled.Id, "desalineado", "analista");

        var rows = _labels.ReviewRows();

        Assert.Equal([(null, null), ("solicita_datos", "desalineado")], rows.Select(r => (r.Predicted, r.Corrected)));
        Assert.All(rows, r => Assert.Equal(("2019-02-14", 600, "600.1"), (r.SessionDate, r.Strategy, r.Goal)));
        Assert.Empty(_labels.ReviewRows("trata"));
    }

    [Fact]
    public void A_correction_batch_is_all_or_nothing_and_skips_labels_equal_to_the_newest_decision()
    {
        var items = _labels.Items();

        Assert.Throws<ArgumentException>(() => _labels.CorrectAll(
            [new LabelCorrection(items[1].Id, "avance"), new LabelCorrection(9999, "avance")], "analista"));
        Assert.Equal(0, _db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM label_corrections"));

        // items[0] keeps the model's label (a confirmation, old = new); items[1] had none.
        var result = _labels.CorrectAll([new LabelCorrection(items[0].Id, "solicita_datos"), new LabelCorrection(items[1].Id, "avance")], "analista");
        var again = _labels.CorrectAll([new LabelCorrection(items[0].Id, "solicita_datos"), new LabelCorrection(items[1].Id, "avance")], "revisora");

        Assert.Equal(new CorrectionBatchResult(2, 0), result);
        Assert.Equal(new CorrectionBatchResult(0, 2), again);
        Assert.Equal([("solicita_datos", "solicita_datos", "analista"), (null, "avance", "analista")], _db.Connection.Query<(string?, string, string)>(
            "SELECT old_label, new_label, corrected_by FROM label_corrections ORDER BY id"));
        Assert.Equal("avance", _labels.CurrentLabels()[items[1].Id]);
    }

    [Fact]
    public void The_review_queue_and_labels_import_store_a_decision_alike()
    {
        var item = _labels.Items(labelledOnly: true)[0];

        Assert.True(_labels.Correct(item.Id, item.Label!, "ana")); // the workbench: keeps the model's label
        var confirmation = _labels.LatestCorrectionOf(item.Id)!;
        Assert.Equal(new CorrectionBatchResult(0, 1), _labels.CorrectAll([new LabelCorrection(item.Id, item.Label!)], "luis")); // an import saying the same
        Assert.Equal(("ana", item.Label, item.Label), (confirmation.CorrectedBy, confirmation.OldLabel, confirmation.NewLabel));
        Assert.Equal(1, _db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM label_corrections"));
        Assert.Equal((1, _labels.Items().Count - 1, 1), _labels.ReviewProgress());
    }

    private sealed class ConstantClassifier : IFeedbackClassifier
    {
        public string ModelVersion => "m-test";

        public FeedbackPrediction Predict(string text) => new("avance", 0.55555);
    }
}
