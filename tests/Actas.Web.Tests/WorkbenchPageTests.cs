using System.Text.RegularExpressions;
using Dapper;

namespace Actas.Web.Tests;

/// <summary>What an analyst checks on the pages: the acta as extracted with where each item came from, the matrix, a strategy's history, search.</summary>
public sealed partial class WorkbenchPageTests : IAsyncLifetime
{
    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private long SessionId(string date)
    {
        using var connection = _server.Open();
        return connection.ExecuteScalar<long>("SELECT id FROM sessions WHERE date = @Date", new { Date = date });
    }

    [Fact]
    public async Task Home_lists_the_body_and_its_sessions_link_to_their_actas()
    {
        var home = await _server.GetAsync("/");
        Assert.Contains("Derechos de las Personas Víctimas de Trata y Formas de Explotación", home);
        var body = Regex.Match(home, "href=\"(/espacio/\\d+)\"").Groups[1].Value;

        var sessions = await _server.GetAsync(body);
        var dates = Regex.Matches(sessions, "<a href=\"/sesion/\\d+\">([0-9-]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2018-09-01", "2018-06-01", "2018-03-01"], dates);
    }

    [Fact]
    public async Task Acta_page_shows_statuses_labels_and_where_each_item_was_read()
    {
        var html = await _server.GetAsync($"/sesion/{SessionId("2018-03-01")}");

        Assert.Contains("Asistencia (2)", html);
        Assert.Contains("Óscar Núñez", html);
        // 520.1 was not reported, 520.2 was; the strategy is partial.
        Assert.Matches("<th scope=\"row\">520\\.1</th>.*?data-status=\"not_reported\".*?no reportado", html);
        Assert.Matches("<th scope=\"row\">520\\.2</th>.*?data-status=\"reported\"", html);
        Assert.Contains("data-status=\"partial\"", html);
        Assert.Contains("609 personas", html);
        Assert.Contains("solicita_datos", html);
        Assert.Contains("Revisar la estrategia 521", html);
        // Provenance: a PDF item links to its page of the source file.
        var document = Regex.Match(html, "href=\"/documento/(\\d+)\">acta-trata-1\\.pdf").Groups[1].Value;
        Assert.NotEmpty(document);
        Assert.Contains($"href=\"/documento/{document}#page=3\">p. 3 · bloque 6 · fila 5 · col. 2</a>", html);
        Assert.Contains($"href=\"/documento/{document}#page=2\">p. 2 · bloque 14 · fila 4 · col. 2</a>", html);

        var file = await _server.Client.GetAsync($"/documento/{document}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.4 stand-in", await file.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_never_reported_strategy_shows_as_such_in_the_matrix_filter()
    {
        var all = await _server.GetAsync("/matriz?espacio=trata");
        var never = await _server.GetAsync("/matriz?espacio=trata&nunca=1");

        Assert.Contains("/estrategia/520\"", all);
        Assert.Contains("/estrategia/521\"", never);
        Assert.DoesNotContain("/estrategia/520\"", never);
        // 521 and its goal 521.1, not reported in each of the three sessions.
        Assert.Equal(6, Regex.Matches(never, "<td data-status=\"not_reported\"").Count);
        Assert.Empty(Regex.Matches(never, "<td data-status=\"reported\""));
    }

    [Fact]
    public async Task Matrix_puts_the_latest_session_first_and_links_columns_to_actas()
    {
        var html = await _server.GetAsync("/matriz?espacio=trata");

        var dates = Regex.Matches(html, "<th class=\"date\"><a href=\"/sesion/\\d+\">([0-9-]+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2018-09-01", "2018-06-01", "2018-03-01"], dates);
        // Each status in words beside its mark, for screen readers and print.
        Assert.Contains("✗<span class=\"sr\">no reportado</span>", html);
    }

    [Fact]
    public async Task Strategy_history_has_a_zero_based_chart_with_axis_titles_and_unit()
    {
        var html = await _server.GetAsync("/estrategia/520");

        var svg = Regex.Match(html, "<svg class=\"line-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(svg);
        Assert.Contains(">Fecha de la sesión</text>", svg);
        Assert.Contains(">personas (número)</text>", svg);
        Assert.Matches("text-anchor=\"end\" font-size=\"11\">0</text>", svg);
        Assert.Equal(3, Regex.Matches(svg, "<circle ").Count);
        Assert.Contains("2018-09-01: 720 personas", svg);
    }

    [Fact]
    public async Task Strategy_history_tells_whether_a_later_session_took_up_an_agreement()
    {
        var html = await _server.GetAsync("/estrategia/521");

        Assert.Contains("Revisar la estrategia 521", html);
        Assert.Contains("sí, el 2018-06-01", html);
        Assert.Contains("insuficiente</td><td class=\"num\">1</td>", html);
        Assert.Contains("instancia</td><td class=\"num\">1</td>", html);
    }

    [Fact]
    public async Task Search_ignores_accents_and_marks_the_match()
    {
        var html = await _server.GetAsync("/buscar?q=reporto");

        Assert.Contains("1 resultados", html);
        Assert.Contains("No <mark>reportó</mark>", html);
    }

    [Fact]
    public async Task Markup_in_document_text_is_inert_on_every_page()
    {
        var pages = new List<string> { "/", "/matriz", "/matriz?espacio=trata&nunca=1", "/estrategia/520", "/estrategia/521", "/revision", "/buscar?q=capacitacion", "/buscar?q=reporto", "/buscar?q=desagregar" };
        var html = await _server.GetAsync("/");
        pages.Add(Regex.Match(html, "href=\"(/espacio/\\d+)\"").Groups[1].Value);
        pages.AddRange(new[] { "2018-03-01", "2018-06-01", "2018-09-01" }.Select(d => $"/sesion/{SessionId(d)}"));

        foreach (var path in pages)
        {
            var page = await _server.GetAsync(path);
            Assert.DoesNotContain("<script>", page);
            Assert.DoesNotContain("<img", page);
            Assert.DoesNotContain("</style>", page);
            Assert.DoesNotContain("onerror=\"", page);
            Assert.Single(Regex.Matches(page, "<script", RegexOptions.IgnoreCase)); // only <script src="/app.js">
        }

        var acta = await _server.GetAsync($"/sesion/{SessionId("2018-03-01")}");
        Assert.Contains("Adriana Flores &lt;script&gt;window.__xss = 1&lt;/script&gt;", acta);
        Assert.Contains("Fiscalía &quot;&gt;&lt;img src=x onerror=&quot;window.__xss = 2&quot;&gt;", acta);
        Assert.Contains("Capacitación &lt;/style&gt;", acta);
    }

    [Fact]
    public async Task Pages_carry_a_script_policy_and_refuse_another_host()
    {
        var response = await _server.Client.GetAsync("/");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/");
        rebound.Headers.Host = "attacker.example";
        var refused = await _server.Client.SendAsync(rebound);
        Assert.Equal(421, (int)refused.StatusCode);
    }
}
