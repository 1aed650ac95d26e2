using Dapper;
using Microsoft.Playwright;

namespace Actas.Web.Tests;

/// <summary>The workbench in Debian's headless Chromium (no browser download): the keyboard review flow, the matrix at 1400 and 390 px, print.</summary>
public sealed class WorkbenchBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private WorkbenchServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-deps.sh to install Debian's chromium");
        _server = await WorkbenchServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<IPage> PageAsync(int width, int height = 900)
    {
        // The browser of a Mexican analyst: Accept-Language es-MX, so the pages are Spanish.
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "es-MX" });
        // CI runs the browser beside the other test assemblies on two cores, where one navigation once took longer
        // than Playwright's default 30 s: wait longer before calling a page broken.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
        page.Request += (_, request) => _requests.Add(request.Url);
        return page;
    }

    private void AssertCleanAndLocal(WorkbenchServer? server = null)
    {
        Assert.Empty(_problems);
        Assert.NotEmpty(_requests);
        Assert.All(_requests, url => Assert.StartsWith((server ?? _server).Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_by_keyboard_label_five_undo_one_reload_four_stored()
    {
        var page = await PageAsync(1400);
        await page.GotoAsync(new Uri(_server.Address, "/revision").ToString());
        var seen = new List<string>();
        foreach (var key in new[] { "2", "4", "8", "1", "3" })
        {
            seen.Add((await page.Locator("#item").GetAttributeAsync("data-item"))!);
            await PressAndWaitAsync(page, key);
        }

        await PressAndWaitAsync(page, "u");
        await page.ReloadAsync();

        using var connection = _server.Open();
        var stored = connection.Query<(long Item, string New)>("SELECT feedback_item_id, new_label FROM label_corrections ORDER BY id")
            .Select(r => $"{r.Item} {r.New}").ToList();
        Assert.Equal(
            [$"{seen[0]} desalineado", $"{seen[1]} solicita_datos", $"{seen[2]} exhorta", $"{seen[3]} avance"],
            stored);
        Assert.Equal(5, seen.Distinct().Count());
        // The undone item is back at the head of the queue; four reviewed, three left.
        Assert.Equal(seen[4], await page.Locator("#item").GetAttributeAsync("data-item"));
        Assert.Equal("4", await page.Locator("#progress").GetAttributeAsync("data-reviewed"));
        Assert.Equal("3", await page.Locator("#progress").GetAttributeAsync("data-left"));
        AssertCleanAndLocal();
    }

    /// <summary>
    /// Presses <paramref name="key"/> once the button it presses is on the page, and waits for the page the button posts
    /// to (each decision's address names its correction).
    /// </summary>
    private static async Task PressAndWaitAsync(IPage page, string key)
    {
        await page.Locator($"[data-key=\"{key}\"]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var before = page.Url;
        var navigated = page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.Load }); // listening before the press
        await page.Keyboard.PressAsync(key);
        await navigated;
    }

    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task Matrix_shows_every_status_cell_of_the_latest_sessions_at_this_width(int width)
    {
        var page = await PageAsync(width);
        await page.GotoAsync(new Uri(_server.Address, "/matriz?espacio=trata").ToString());
        Assert.Equal(3, await page.Locator("#matrix-1 thead th.date").CountAsync()); // the body's three sessions, latest first
        var all = page.Locator("#matrix-1 tbody tr td");
        var cells = await all.CountAsync();
        Assert.Equal(5 * 3, cells); // rows 520, 520.1, 520.2, 521, 521.1 × three sessions

        var visible = 0;
        for (var i = 0; i < cells; i++)
        {
            var box = await all.Nth(i).BoundingBoxAsync();
            if (box is not null && box.X >= 0 && box.X + box.Width <= width && box.Width > 8)
            {
                visible++;
            }
        }

        Assert.Equal(cells, visible);
        var title = await page.Locator("#matrix-1 .title").First.BoundingBoxAsync();
        Assert.True(title!.Width < width * 0.6, $"the strategy column takes {title.Width} of {width} px");
        AssertCleanAndLocal();
    }

    [Fact]
    public async Task Strategy_chart_has_axis_titles_in_the_browser()
    {
        var page = await PageAsync(1400);
        await page.GotoAsync(new Uri(_server.Address, "/estrategia/520").ToString());

        var titles = await page.Locator("svg.line-chart text.axis-title").AllTextContentsAsync();
        Assert.Equal(["Fecha de la sesión", "personas (número)"], titles);
        AssertCleanAndLocal();
    }

    private sealed class RefusingGate : Hosting.IRetrainer
    {
        public Hosting.RetrainResult Retrain(CancellationToken cancellationToken) =>
            new(2, "Candidate vs current\nmacro-F1 0.912 → 0.897\nGate: refused: macro-F1 fell by 0.015 (more than 0.01)\nKept models/feedback-classifier.zip.");
    }

    [Fact]
    public async Task Retrain_refused_by_the_gate_shows_why_in_the_browser()
    {
        await using var server = await WorkbenchServer.StartAsync(new RefusingGate());
        var page = await PageAsync(1400);
        await page.GotoAsync(new Uri(server.Address, "/reentrenar").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Reentrenar" }).ClickAsync();
        await page.Locator(".retrain-result").WaitForAsync();

        Assert.Equal("2", await page.Locator(".retrain-result").GetAttributeAsync("data-exit"));
        Assert.Equal("La puerta de evaluación rechazó el candidato: se conserva el modelo actual", await page.Locator(".retrain-result h2").TextContentAsync());
        Assert.Equal("Gate: refused: macro-F1 fell by 0.015 (more than 0.01)", await page.Locator(".retrain-result .gate").TextContentAsync());
        Assert.True(await page.Locator(".retrain-result .gate").IsVisibleAsync());
        AssertCleanAndLocal(server);
    }

    [Fact]
    public async Task Printed_matrix_keeps_every_session_column_on_the_page()
    {
        // A4 landscape less 1 cm margins: 277 mm ≈ 1047 CSS px.
        var page = await PageAsync(1047);
        await page.GotoAsync(new Uri(_server.Address, "/matriz?espacio=trata").ToString());
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var table = await page.Locator("#matrix-1").BoundingBoxAsync();
        Assert.True(table!.X + table.Width <= 1047, $"the printed matrix ends at {table.X + table.Width} px");
        Assert.False(await page.Locator("nav").IsVisibleAsync());
        var scroll = await page.Locator(".scroll").First.EvaluateAsync<string>("e => getComputedStyle(e).overflowX");
        Assert.Equal("visible", scroll);
        var pdf = await page.PdfAsync(new() { Landscape = true, Format = "A4" });
        Assert.True(pdf.Length > 1000);
        Assert.NotNull(table);
        AssertCleanAndLocal();
    }
}
