using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Actas.Tests;
using Dapper;

namespace Actas.Web.Tests;

/// <summary>
/// Issue 14: the workbench answers in its reader's language — the browser's Accept-Language (es* Spanish, en* English),
/// else the culture <c>actas serve</c> runs under — with <c>&lt;html lang&gt;</c>, numbers and the extraction's warnings
/// to match; document text stays escaped in both.
/// </summary>
public sealed partial class WorkbenchLanguageTests : IAsyncLifetime
{
    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<string> GetAsync(WorkbenchServer server, string path, string? acceptLanguage, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await server.Client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string FirstSession()
    {
        using var connection = _server.Open();
        return $"/sesion/{connection.ExecuteScalar<long>("SELECT id FROM sessions WHERE date = '2018-03-01'")}";
    }

    /// <summary>The page's words: tags, the inline style and the script element dropped.</summary>
    private static string Words(string html) => Tags().Replace(html, " ");

    [Fact]
    public async Task Accept_language_es_MX_gives_spanish_headings_and_lang_es()
    {
        var home = await GetAsync(_server, "/", "es-MX,es;q=0.9,en;q=0.5");
        var acta = await GetAsync(_server, FirstSession(), "es-MX");

        Assert.Contains("<html lang=\"es\">", home);
        Assert.Contains("<h1>Espacios de Participación</h1>", home);
        Assert.Contains(">Revisión</a>", home);
        Assert.Contains("<th>Sesiones</th>", home);
        Assert.Contains("<html lang=\"es\">", acta);
        foreach (var heading in new[] { "<h2>Asistencia (2)</h2>", "<h2>Estrategias</h2>", "<h2>Acuerdos (1)</h2>", "<h2>Próxima sesión</h2>", "<th>Institución</th>", "<th>Instancia ejecutora</th>" })
        {
            Assert.Contains(heading, acta);
        }

        foreach (var english in new[] { "Attendance", "Strategies", "Agreements", "Next session", "Institution", "Participation Spaces" })
        {
            Assert.DoesNotContain(english, Words(acta) + Words(home));
        }
    }

    [Fact]
    public async Task Accept_language_en_US_gives_english_headings_lang_en_and_english_provenance()
    {
        var home = await GetAsync(_server, "/", "en-US,en;q=0.9");
        var acta = await GetAsync(_server, FirstSession(), "en-US");
        var matrix = await GetAsync(_server, "/matriz?espacio=trata", "en-GB");
        var strategy = await GetAsync(_server, "/estrategia/520", "en");

        Assert.Contains("<html lang=\"en\">", home);
        Assert.Contains("<h1>Participation Spaces</h1>", home);
        Assert.Contains(">Review</a>", home);
        Assert.Contains("<html lang=\"en\">", acta);
        foreach (var heading in new[] { "<h2>Attendance (2)</h2>", "<h2>Strategies</h2>", "<h2>Agreements (1)</h2>", "<h2>Next session</h2>", "<th>Institution</th>", "<th>Executor</th>" })
        {
            Assert.Contains(heading, acta);
        }

        Assert.Contains(">p. 3 · block 6 · row 5 · col. 2</a>", acta);
        Assert.Contains("✗<span class=\"sr\">not reported</span>", matrix);
        Assert.Contains(">Strategy / goal</th>", matrix);
        Assert.Contains(">Session date</text>", strategy);
        foreach (var spanish in new[] { "Asistencia", "Estrategias", "Acuerdos", "Próxima sesión", "Institución", "bloque", "no reportado", "Espacios", "Fecha de la sesión" })
        {
            Assert.DoesNotContain(spanish, Words(acta) + Words(home) + Words(matrix) + Words(strategy));
        }
    }

    [Fact]
    public async Task Without_the_header_the_page_follows_the_servers_culture_and_an_unknown_language_too()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            await using (var english = await WorkbenchServer.StartAsync(culture: null))
            {
                Assert.Contains("<h1>Participation Spaces</h1>", await GetAsync(english, "/", null));
                Assert.Contains("<html lang=\"en\">", await GetAsync(english, "/", "fr-FR"));
                Assert.Contains("<h1>Espacios de Participación</h1>", await GetAsync(english, "/", "es"));
            }

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
            await using (var spanish = await WorkbenchServer.StartAsync(culture: null))
            {
                Assert.Contains("<h1>Espacios de Participación</h1>", await GetAsync(spanish, "/", null));
                Assert.Contains("<html lang=\"es\">", await GetAsync(spanish, "/", "fr-FR, de;q=0.8"));
                // The reader's first language the workbench speaks wins over the server's.
                Assert.Contains("<h1>Participation Spaces</h1>", await GetAsync(spanish, "/", "fr-FR, en;q=0.8, es;q=0.5"));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public async Task The_actas_warnings_are_worded_for_the_page_and_stay_escaped()
    {
        var spanish = await GetAsync(_server, FirstSession(), "es-MX");
        var english = await GetAsync(_server, FirstSession(), "en-US");

        Assert.Contains("3 avisos de la extracción", spanish);
        Assert.Contains("<li>página 2, bloque 7, fila 3: la tabla continúa tras un salto de página; se unió</li>", spanish);
        Assert.Contains("la institución &quot;Fideicomiso &lt;script&gt;window.__xss = 1&lt;/script&gt;&quot; corresponde por igual a FIDEGAR y SEDU;", spanish);
        Assert.DoesNotContain("table continues", spanish);
        Assert.DoesNotContain("fits FIDEGAR", spanish);

        Assert.Contains("3 extraction warnings", english);
        Assert.Contains("<li>page 2, block 7, row 3: table continues after a page break; merged</li>", english);
        Assert.Contains("institution &quot;Fideicomiso &lt;script&gt;window.__xss = 1&lt;/script&gt;&quot; fits FIDEGAR and SEDU equally", english);
        Assert.Single(Regex.Matches(spanish, "<script", RegexOptions.IgnoreCase));
        Assert.Single(Regex.Matches(english, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task Numbers_are_written_as_the_readers_country_writes_them()
    {
        Assert.Contains("insuficiente (0.41)", await GetAsync(_server, "/revision", "es-MX"));
        Assert.Contains("insuficiente (0,41)", await GetAsync(_server, "/revision", "es-ES"));
        Assert.Contains("insuficiente (0.41)", await GetAsync(_server, "/revision", "en-US"));
    }

    [Fact]
    public async Task Plain_text_answers_and_not_found_pages_follow_the_language_too()
    {
        var spanish = await GetAsync(_server, "/sesion/987654", "es-MX", HttpStatusCode.NotFound);
        var english = await GetAsync(_server, "/sesion/987654", "en-US", HttpStatusCode.NotFound);
        Assert.Contains("No hay ninguna sesión 987654.", spanish);
        Assert.Contains("There is no session 987654.", english);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/reentrenar") { Content = new FormUrlEncodedContent([]) };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-US");
        var refused = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("security code is missing", await refused.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Every user-visible word of the workbench comes from WebStrings*.resx: no string literal in pipeline/Actas.Web's
    /// code carries Spanish words outside its markup (tags, attributes, the addresses /espacio/, /buscar…; comments aside).
    /// </summary>
    [Fact]
    public void No_spanish_literal_is_left_in_the_web_code()
    {
        var web = Path.Combine(RepositoryPaths.Root, "pipeline", "Actas.Web");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                found.AddRange(Literal().Matches(code).Select(m => m.Value).Where(l => SpanishWord().IsMatch(Markup().Replace(l.TrimStart('$').Trim('"'), " ")))
                    .Select(l => $"{Path.GetFileName(file)}:{i + 1}: {l}"));
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [GeneratedRegex("<style>.*?</style>|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\$?""(?:[^""\\]|\\.)*""")]
    private static partial Regex Literal();

    /// <summary>Tags (whole, or opened or closed at the literal's ends), attributes, addresses and query fields.</summary>
    [GeneratedRegex(@"<[^>]*>|<\w+[^>]*$|^[^<>]*>|[\w-]+=\\""[^""\\]*(?:\\""|$)|/[\w/{}:?=.\-]*|\w+=")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[áéíóúñ¿¡]|\b(?:sin|de|del|el|la|las|los|hay|una?|sesión|sesiones|Espacio|Estrategia|Meta|Fecha|Buscar|Revisión)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishWord();
}
