using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Actas.Storage;
using Actas.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Actas.Web.Tests;

/// <summary>
/// A database of <see cref="WorkbenchActas.All"/> in a temp folder and the workbench serving it on 127.0.0.1, port 0, as a
/// server run under es-MX would (a request without Accept-Language gets Spanish) unless told another culture.
/// </summary>
internal sealed partial class WorkbenchServer : IAsyncDisposable
{
    public const string Reviewer = "ana";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "actas-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string Database { get; }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    private WorkbenchServer()
    {
        Directory.CreateDirectory(_folder);
        Database = Path.Combine(_folder, "actas.db");
        using var store = SqliteActaStore.Open(Database);
        foreach (var acta in WorkbenchActas.All)
        {
            var path = Path.Combine(_folder, acta.Source.File);
            File.WriteAllText(path, "%PDF-1.4 stand-in");
            store.Store(acta, path);
        }
    }

    /// <param name="culture">The server's culture; null: the test process's own (CultureInfo.CurrentUICulture).</param>
    public static async Task<WorkbenchServer> StartAsync(IRetrainer? retrainer = null, string? culture = "es-MX")
    {
        var server = new WorkbenchServer();
        server._app = Workbench.Build(new WorkbenchOptions(server.Database, Port: 0, Reviewer: Reviewer, Retrainer: retrainer,
            Culture: culture is null ? null : CultureInfo.GetCultureInfo(culture)));
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        server.Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = server.Address };
        return server;
    }

    public async Task<string> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public static string TokenOf(string html) => Token().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no token on the page");

    public SqliteConnection Open() => ActaDatabase.Open(Database);

    [GeneratedRegex("name=\"__token\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
