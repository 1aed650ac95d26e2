using System.Net;
using System.Text.RegularExpressions;
using Actas.Storage.Labels;
using Dapper;

namespace Actas.Web.Tests;

/// <summary>The review queue over HTTP: least confident first, each decision stored as <c>labels import</c> stores it, undo, and the forgery guards.</summary>
public sealed partial class ReviewQueueTests : IAsyncLifetime
{
    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static long ItemOf(string html) => long.Parse(ItemId().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> PostAsync(string path, string token, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent([new("__token", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await _server.Client.PostAsync(path, content);
    }

    [Fact]
    public async Task Least_confident_item_comes_first_with_its_context()
    {
        var html = await _server.GetAsync("/revision");

        Assert.Contains("No reportó avances sobre la meta 520.1", html); // confidence 0.41, the lowest
        Assert.Contains("insuficiente (0.41)", html);
        Assert.Contains("PGJCDMX", html);
        Assert.Contains("Después:</small> Se solicita desagregar", html);
        Assert.Contains("<strong>0</strong> revisados, <strong>7</strong> pendientes", html);
        Assert.Equal(10, Regex.Matches(html, "<button name=\"etiqueta\"").Count);
        Assert.Contains("data-key=\"0\"", html);
    }

    [Fact]
    public async Task A_decision_is_stored_with_who_old_and_new_label_and_the_queue_advances()
    {
        var html = await _server.GetAsync("/revision");
        var item = ItemOf(html);

        var response = await PostAsync("/revision/decidir", WorkbenchServer.TokenOf(html), ("elemento", item.ToString()), ("etiqueta", "desalineado"), ("volver", "/revision"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using (var connection = _server.Open())
        {
            var stored = connection.QuerySingle<StoredCorrection>("SELECT * FROM label_corrections");
            Assert.Equal((item, "insuficiente", "desalineado", WorkbenchServer.Reviewer), (stored.FeedbackItemId!.Value, stored.OldLabel, stored.NewLabel, stored.CorrectedBy));
            Assert.True(DateTime.TryParse(stored.CorrectedAt, out _));
            Assert.Equal("desalineado", connection.ExecuteScalar<string>("SELECT label FROM feedback_labels WHERE item_id = @Id", new { Id = item }));
        }

        var next = await _server.GetAsync(response.Headers.Location!.OriginalString);
        Assert.NotEqual(item, ItemOf(next));
        Assert.Contains("Se exhorta a publicar el protocolo", next); // 0.48, the next least confident
        Assert.Contains("insuficiente → <strong>desalineado</strong>", next);
        Assert.Contains("<strong>1</strong> revisados, <strong>6</strong> pendientes; acuerdo con el modelo: <strong>0 %</strong>", next);
    }

    [Fact]
    public async Task Confirming_the_models_label_counts_as_agreement_and_undo_puts_the_item_back()
    {
        var html = await _server.GetAsync("/revision");
        var item = ItemOf(html);
        var response = await PostAsync("/revision/decidir", WorkbenchServer.TokenOf(html), ("elemento", item.ToString()), ("etiqueta", "insuficiente"), ("volver", "/revision"));
        var next = await _server.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("acuerdo con el modelo: <strong>100 %</strong>", next);

        var correction = Regex.Match(next, "name=\"correccion\" value=\"(\\d+)\"").Groups[1].Value;
        var undone = await PostAsync("/revision/deshacer", WorkbenchServer.TokenOf(next), ("correccion", correction), ("volver", "/revision"));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);

        using (var connection = _server.Open())
        {
            Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM label_corrections"));
        }

        Assert.Equal(item, ItemOf(await _server.GetAsync("/revision")));
    }

    [Fact]
    public async Task Filters_and_skip_choose_the_item()
    {
        var html = await _server.GetAsync("/revision?estrategia=521");
        Assert.Contains("La instancia no asistió a la sesión", html); // 0.62 before 0.70

        var skipped = await _server.GetAsync("/revision?estrategia=521&saltar=1");
        Assert.Contains("Otra vez sin información de la SEDESA", skipped);

        var byLabel = await _server.GetAsync("/revision?etiqueta=diseno_meta");
        Assert.Contains("El indicador no mide lo que la meta pide", byLabel);
    }

    [Fact]
    public async Task A_post_without_the_token_or_from_another_site_stores_nothing()
    {
        var html = await _server.GetAsync("/revision");
        var item = ItemOf(html).ToString();

        var noToken = await _server.Client.PostAsync("/revision/decidir",
            new FormUrlEncodedContent([new("elemento", item), new("etiqueta", "avance")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/revision/decidir")
        {
            Content = new FormUrlEncodedContent([new("__token", WorkbenchServer.TokenOf(html)), new("elemento", item), new("etiqueta", "avance")]),
        };
        foreign.Headers.Add("Origin", "http://attacker.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Client.SendAsync(foreign)).StatusCode);

        var unknown = await PostAsync("/revision/decidir", WorkbenchServer.TokenOf(html), ("elemento", item), ("etiqueta", "<b>nueva</b>"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        using var connection = _server.Open();
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM label_corrections"));
    }

    [Fact]
    public async Task Readers_at_once_and_a_writer_in_another_process_lose_nothing()
    {
        var html = await _server.GetAsync("/revision");
        var item = ItemOf(html);
        using var importer = _server.Open();
        var transaction = importer.BeginTransaction();
        // Another process holds the write lock, as an import storing a document does.
        importer.Execute("UPDATE feedback_items SET position = position WHERE id = @Id", new { Id = item }, transaction);

        var readers = Enumerable.Range(0, 8).Select(_ => _server.Client.GetAsync("/matriz")).ToList();
        var decision = PostAsync("/revision/decidir", WorkbenchServer.TokenOf(html), ("elemento", item.ToString()), ("etiqueta", "proceso"), ("volver", "/revision"));
        var read = await Task.WhenAll(readers);
        await Task.Delay(300);
        transaction.Commit();
        transaction.Dispose();

        Assert.All(read, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, (await decision).StatusCode);
        Assert.Equal("proceso", importer.ExecuteScalar<string>("SELECT new_label FROM label_corrections WHERE feedback_item_id = @Id", new { Id = item }));
    }

    [GeneratedRegex("id=\"item\" data-item=\"(\\d+)\"")]
    private static partial Regex ItemId();
}
