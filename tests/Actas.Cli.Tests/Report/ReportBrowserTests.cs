using Microsoft.Playwright;

namespace Actas.Cli.Tests.Report;

/// <summary>Opens the written report in Debian's headless Chromium (no browser download) and checks what a reader sees.</summary>
public sealed class ReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly ReportDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Report_opens_in_Chromium_without_errors_requests_or_script()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-deps.sh (CI runs it) to install Debian's chromium");
        var report = _db.WriteReport();
        var url = new Uri(report).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        var pageErrors = new List<string>();
        var requests = new List<string>();
        var dialogs = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

        var matrix = page.Locator("#matrix-2");
        Assert.Equal(1, await matrix.CountAsync());
        Assert.Equal(5, await matrix.Locator("td[data-status=reported]").CountAsync());
        Assert.Equal(1, await matrix.Locator("td[data-status=partial]").CountAsync());
        Assert.Equal(2, await matrix.Locator("td[data-status=not_reported]").CountAsync());
        Assert.Equal(4, await matrix.Locator("td[data-status=not_reviewed]").CountAsync());
        Assert.Equal(2, await page.Locator("#matrix-1 td[data-status=reported]").CountAsync());
        Assert.True(await page.Locator(".figure-chart svg").CountAsync() >= 1);

        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains(ReportActas.ScriptInstitution, text);
        Assert.Contains(ReportActas.ScriptExecutor, text);
        Assert.Contains(ReportActas.AmpersandInstitution, text);
        Assert.Contains("Víctimas de Trata", text);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "a script from document text ran");
        Assert.Equal(0, await page.Locator("script").CountAsync());

        Assert.Empty(dialogs);
        Assert.Empty(consoleErrors);
        Assert.Empty(pageErrors);
        Assert.Equal([url], requests);

        if (Environment.GetEnvironmentVariable("ACTAS_REPORT_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
    }
}
