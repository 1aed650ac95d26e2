using Actas.Storage.Browse;
using Actas.Storage.Labels;

namespace Actas.Storage.Tests;

/// <summary>The store side of the workbench's review queue and acta page: pending items, progress, undo, one session's acta.</summary>
public sealed class ReviewQueueStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteLabelStore _labels;

    public ReviewQueueStoreTests()
    {
        _db.Store.Store(SampleActas.M5, "/corpus/acta-5.txt");
        _labels = new SqliteLabelStore(_db.Connection);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Pending_items_leave_the_queue_once_decided_and_progress_counts_agreement()
    {
        var labelled = _labels.Items(labelledOnly: true)[0];
        Assert.Equal(2, _labels.ReviewRows(pendingOnly: true).Count);

        _labels.Correct(labelled.Id, labelled.Label!, "ana"); // confirmed: old = new

        Assert.Single(_labels.ReviewRows(pendingOnly: true));
        Assert.Equal((1, 1, 1), _labels.ReviewProgress());
        Assert.Single(_labels.ReviewRows(strategy: 600, label: "solicita_datos"));
        Assert.Empty(_labels.ReviewRows(strategy: 601));
        Assert.Single(_labels.ReviewRows(limit: 1));
    }

    [Fact]
    public void Every_filter_and_limit_gives_the_same_least_confident_first_order()
    {
        foreach (var acta in new[] { SampleActas.T23, SampleActas.T24, SampleActas.M6 })
        {
            _db.Store.Store(acta, $"/corpus/{acta.Session.Date}.txt");
        }

        // Confidences out of document order, two equal, one item unlabelled (NULL sorts first).
        var ids = _labels.Items().Select(i => i.Id).ToList();
        Assert.True(ids.Count >= 6, $"{ids.Count} items");
        var confidences = new double?[] { 0.9, null, 0.3, 0.7, 0.3, 0.5, 0.8, 0.6, 0.4, 0.95 };
        for (var i = 0; i < ids.Count; i++)
        {
            Dapper.SqlMapper.Execute(_db.Connection, "UPDATE feedback_items SET confidence = @C WHERE id = @Id", new { C = confidences[i % confidences.Length], Id = ids[i] });
        }

        var all = _labels.ReviewRows();
        Assert.Equal(ids.Count, all.Count);
        Assert.Null(all[0].Confidence);
        Assert.Equal(all.Select(r => r.Confidence ?? -1).Order(), all.Select(r => r.Confidence ?? -1));
        for (var n = 1; n <= all.Count; n++)
        {
            Assert.Equal(all.Take(n).Select(r => r.ItemId), _labels.ReviewRows(limit: n).Select(r => r.ItemId)); // the index walk
        }

        var body = all.First(r => r.Body is not null).Body!;
        var key = Keys.TextKey.Fold(body);
        Assert.Equal(all.Where(r => r.Body == body).Select(r => r.ItemId), _labels.ReviewRows(key, limit: 100).Select(r => r.ItemId));
        var strategy = all[^1].Strategy;
        Assert.Equal(all.Where(r => r.Strategy == strategy).Select(r => r.ItemId), _labels.ReviewRows(strategy: strategy, limit: 100).Select(r => r.ItemId));
        Assert.Empty(_labels.ReviewRows("ningun espacio asi", limit: 1));
        Assert.Equal((0, all.Count(r => r.Body == body), 0), _labels.ReviewProgress(key));
        Assert.Equal((0, 0, 0), _labels.ReviewProgress("ningun espacio asi"));
    }

    [Fact]
    public void Undo_takes_back_only_the_reviewers_own_newest_correction()
    {
        var item = _labels.Items()[0];
        _labels.Correct(item.Id, "desalineado", "ana");
        var anas = _labels.LatestCorrectionOf(item.Id)!;
        Assert.Equal(("ana", "solicita_datos", "desalineado"), (anas.CorrectedBy, anas.OldLabel, anas.NewLabel));

        Assert.False(_labels.Withdraw(anas.Id, "luis"));
        _labels.Correct(item.Id, "avance", "luis");
        Assert.False(_labels.Withdraw(anas.Id, "ana")); // no longer the newest: luis's decision stays

        var luis = _labels.LatestCorrectionOf(item.Id)!;
        Assert.True(_labels.Withdraw(luis.Id, "luis"));
        Assert.Equal("desalineado", _labels.Items()[0].Label);
    }

    [Fact]
    public void A_sessions_acta_comes_back_with_its_items_and_their_locations()
    {
        var browser = new ActaBrowser(_db.Connection);
        var body = Assert.Single(browser.Bodies());
        var session = Assert.Single(browser.Sessions(body.Id));

        var acta = browser.Acta(session.Id)!;

        Assert.Equal(SampleActas.M5.Session.Date, acta.Session.Date);
        Assert.Equal(SampleActas.M5.Attendance.Count, acta.Attendance.Count);
        Assert.Equal(SampleActas.M5.Strategies.Select(s => s.Number), acta.Strategies.Select(s => s.Number));
        Assert.Equal(SampleActas.M5.Strategies.Sum(s => s.Feedback.Count), acta.Feedback.Count);
        Assert.Null(browser.Acta(9999));
    }
}
