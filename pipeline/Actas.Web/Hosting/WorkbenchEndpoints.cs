using System.Globalization;
using Actas.Classification;
using Actas.Storage;
using Actas.Storage.Browse;
using Actas.Storage.Keys;
using Actas.Storage.Labels;
using Actas.Storage.Queries;
using Actas.Storage.Report;
using Actas.Web.Pages;
using static Actas.Web.Pages.PageLayout;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Actas.Web.Hosting;

/// <summary>The workbench's requests: each opens the database (WAL, busy timeout), asks the existing queries, renders a page.</summary>
internal sealed class WorkbenchEndpoints
{
    private readonly WorkbenchOptions _options;
    private readonly SemaphoreSlim _training = new(1, 1);

    public WorkbenchEndpoints(WorkbenchOptions options) => _options = options;

    private SqliteConnection Open() => ActaDatabase.Open(_options.Database);

    private static IResult Html(string html, int status = 200) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static IResult NotFound(string message) =>
        Html(Page(T("web.notfound"), $"<p class=\"empty\">{Report.HtmlText.Encode(message)}</p>"), StatusCodes.Status404NotFound);

    public IResult Home()
    {
        using var connection = Open();
        return Html(HomePage.Render(new ActaBrowser(connection).Bodies()));
    }

    public IResult Body(string id)
    {
        long? bodyId = id == "ninguno" ? null : long.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : -1;
        using var connection = Open();
        var browser = new ActaBrowser(connection);
        var body = browser.Bodies().FirstOrDefault(b => b.Id == bodyId);
        return body is null ? NotFound(F("web.notfound.body", id)) : Html(SessionsPage.Render(body.Name, browser.Sessions(bodyId)));
    }

    public IResult Session(long id)
    {
        using var connection = Open();
        return new ActaBrowser(connection).Acta(id) is { } acta ? Html(ActaPage.Render(acta)) : NotFound(F("web.notfound.session", id));
    }

    /// <summary>The stored source file of a document; only paths the database records are ever served.</summary>
    public IResult Document(long id)
    {
        using var connection = Open();
        var document = connection.QuerySingleOrDefault<(string Path, string FileName, string Format)?>(
            "SELECT path, file_name, format FROM documents WHERE id = @Id", new { Id = id });
        if (document is not { } d)
        {
            return NotFound(F("web.notfound.document", id));
        }

        if (!File.Exists(d.Path))
        {
            return NotFound(F("web.notfound.file", d.Path));
        }

        var (type, inline) = Path.GetExtension(d.Path).ToLowerInvariant() switch
        {
            ".pdf" => ("application/pdf", true),
            ".txt" => ("text/plain; charset=utf-8", true),
            ".png" => ("image/png", true),
            ".jpg" or ".jpeg" => ("image/jpeg", true),
            ".tif" or ".tiff" => ("image/tiff", false),
            ".docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
            _ => ("application/octet-stream", false),
        };
        return Results.File(d.Path, type, inline ? null : d.FileName, enableRangeProcessing: true);
    }

    public IResult Matrix(string? espacio, string? desde, string? hasta, int? sesiones, string? nunca)
    {
        using var connection = Open();
        var filter = new QueryFilter(Blank(espacio), Blank(desde), Blank(hasta));
        if (filter.Body is null && new ActaBrowser(connection).Bodies() is { Count: > 1 } bodies)
        {
            // One body at a time: all 30 bodies of a large database are a page of megabytes.
            return Html(MatrixPage.Choose(bodies));
        }

        var data = new ReportDataReader(connection).Read(filter, matrixOnly: true);
        return Html(MatrixPage.Render(data, Math.Max(0, sesiones ?? _options.MatrixSessions), nunca == "1"));
    }

    public IResult Strategy(int number, string? espacio)
    {
        using var connection = Open();
        var queries = new ActaQueries(connection);
        var filter = new QueryFilter(Blank(espacio));
        return Html(StrategyPage.Render(number, queries.Strategy(number, filter), queries.Figures(filter, number),
            new ActaBrowser(connection).AgreementsNaming(number)));
    }

    public IResult Search(string? q, string? espacio)
    {
        using var connection = Open();
        var rows = string.IsNullOrWhiteSpace(q) ? [] : new ActaQueries(connection).Search(q, new QueryFilter(Blank(espacio)), SearchPage.MaxRows + 1);
        return Html(SearchPage.Render(q, espacio, rows));
    }

    public IResult Review(HttpContext context, string? espacio, string? estrategia, string? etiqueta, int? saltar, long? ultima)
    {
        var query = new ReviewQuery(Blank(espacio), int.TryParse(estrategia, CultureInfo.InvariantCulture, out var s) ? s : null,
            Blank(etiqueta), Math.Max(0, saltar ?? 0), ultima);
        using var connection = Open();
        var store = new SqliteLabelStore(connection);
        var bodyKey = query.Body is null ? null : TextKey.Fold(query.Body);
        var item = store.ReviewRows(bodyKey, query.Strategy, query.Label, pendingOnly: true, limit: query.Skip + 1).ElementAtOrDefault(query.Skip);
        var around = item is null ? null : new ActaBrowser(connection).Context(item.ItemId);
        StoredCorrection? last = null;
        if (ultima is { } id)
        {
            last = connection.QuerySingleOrDefault<StoredCorrection>(
                "SELECT id, feedback_item_id, corrected_by, corrected_at, old_label, new_label FROM label_corrections WHERE id = @Id", new { Id = id });
        }

        return Html(ReviewPage.Render(query, item, around, last, store.ReviewProgress(bodyKey), Workbench.Token(context)));
    }

    /// <summary>
    /// Stores the reviewer's label for one item through <see cref="SqliteLabelStore.CorrectAll"/>, the call
    /// <c>actas labels import</c> makes (who, when, old → new; keeping the model's label is stored as a confirmation,
    /// old = new, so the queue knows the item was reviewed). The next page offers to undo it when it was stored.
    /// </summary>
    public async Task Decide(HttpContext context)
    {
        if (!await Workbench.CheckToken(context))
        {
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var back = SafeBack(form["volver"]);
        var label = form["etiqueta"].ToString();
        if (!long.TryParse(form["elemento"], CultureInfo.InvariantCulture, out var itemId) || !FeedbackLabels.IsKnown(label))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(F("web.review.unknown.label", label, string.Join(", ", FeedbackLabels.All)));
            return;
        }

        using var connection = Open();
        var store = new SqliteLabelStore(connection);
        if (!store.HasItem(itemId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(F("web.notfound.item", itemId));
            return;
        }

        var result = store.CorrectAll([new LabelCorrection(itemId, label)], _options.Reviewer);
        var stored = result.Stored == 1 ? store.LatestCorrectionOf(itemId) : null;
        context.Response.Redirect(stored is null ? back : back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ultima=" + stored.Id,
            permanent: false);
    }

    /// <summary>Takes back the reviewer's last decision, if it is still theirs and the newest on its item.</summary>
    public async Task Undo(HttpContext context)
    {
        if (!await Workbench.CheckToken(context))
        {
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var back = SafeBack(form["volver"]);
        if (long.TryParse(form["correccion"], CultureInfo.InvariantCulture, out var id))
        {
            using var connection = Open();
            new SqliteLabelStore(connection).Withdraw(id, _options.Reviewer);
        }

        context.Response.Redirect(back, permanent: false);
    }

    public IResult RetrainForm(HttpContext context) => Html(RenderRetrain(context, null));

    public async Task Retrain(HttpContext context)
    {
        if (!await Workbench.CheckToken(context))
        {
            return;
        }

        RetrainResult result;
        if (_options.Retrainer is null)
        {
            result = new RetrainResult(1, T("web.retrain.unavailable"));
        }
        else if (!await _training.WaitAsync(0))
        {
            result = new RetrainResult(1, T("web.retrain.busy"));
        }
        else
        {
            try
            {
                var retrainer = _options.Retrainer;
                result = await Task.Run(() => retrainer.Retrain(context.RequestAborted));
            }
            finally
            {
                _training.Release();
            }
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(RenderRetrain(context, result));
    }

    private string RenderRetrain(HttpContext context, RetrainResult? result)
    {
        using var connection = Open();
        var store = new SqliteLabelStore(connection);
        var corrections = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM label_corrections");
        return RetrainPage.Render(corrections, store.PromotedVersion(), _options.Retrainer is not null, result, Workbench.Token(context));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Where to go after a POST: a local review address only (never another site).</summary>
    private static string SafeBack(string? back) =>
        back is not null && back.StartsWith("/revision", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/revision";
}
