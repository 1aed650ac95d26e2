using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actas.Web.Hosting;

/// <summary>
/// <c>actas serve</c>'s web application: ASP.NET Core from the shared framework, server-rendered HTML, one local
/// script. Listens on 127.0.0.1 unless told otherwise; every POST carries an anti-forgery token; requests for another
/// Host or from another Origin are refused (<see cref="RequestGuard"/>). Each request is answered in its reader's
/// language: the browser's Accept-Language when it names Spanish or English (es* → Spanish, en* → English, in the order
/// of its preferences), else the culture the server runs under (<see cref="WorkbenchOptions.Culture"/>, LANG).
/// </summary>
public static class Workbench
{
    /// <summary>The form field that carries the anti-forgery token.</summary>
    public const string TokenField = "__token";

    public static WebApplication Build(WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        var host = options.Host.Contains(':', StringComparison.Ordinal) && !options.Host.StartsWith('[') ? $"[{options.Host}]" : options.Host;
        builder.WebHost.UseUrls($"http://{host}:{options.Port}");
        // Tokens live as long as the server: keys in memory, nothing written under the user's home.
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddAntiforgery(o =>
        {
            o.FormFieldName = TokenField;
            o.Cookie.Name = "actas-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WorkbenchEndpoints>();

        var app = builder.Build();
        app.UseRequestLocalization(Localization(options.Culture ?? CultureInfo.CurrentUICulture));
        app.UseMiddleware<RequestGuard>(!options.LoopbackOnly);
        var endpoints = app.Services.GetRequiredService<WorkbenchEndpoints>();
        app.MapGet("/estilo.css", () => Results.Text(WorkbenchAssets.Css, "text/css; charset=utf-8"));
        app.MapGet("/app.js", () => Results.Text(WorkbenchAssets.Script, "text/javascript; charset=utf-8"));
        app.MapGet("/", endpoints.Home);
        app.MapGet("/espacio/{id}", endpoints.Body);
        app.MapGet("/sesion/{id:long}", endpoints.Session);
        app.MapGet("/documento/{id:long}", endpoints.Document);
        app.MapGet("/matriz", endpoints.Matrix);
        app.MapGet("/estrategia/{number:int}", endpoints.Strategy);
        app.MapGet("/buscar", endpoints.Search);
        app.MapGet("/revision", endpoints.Review);
        app.MapPost("/revision/decidir", endpoints.Decide);
        app.MapPost("/revision/deshacer", endpoints.Undo);
        app.MapGet("/reentrenar", endpoints.RetrainForm);
        app.MapPost("/reentrenar", endpoints.Retrain);
        return app;
    }

    /// <summary>Validates a POST's anti-forgery token; false (and a 400 written) when it is missing or wrong.</summary>
    internal static async Task<bool> CheckToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Pages.PageLayout.T("web.token.invalid"));
            return false;
        }
    }

    /// <summary>
    /// Spanish and English in every country (es-MX, es-ES, en-US… so that numbers are written as there) as the
    /// Accept-Language header asks; a request that names neither gets <paramref name="server"/>'s language, or English
    /// when the server's culture is neither (LANG=C).
    /// </summary>
    internal static RequestLocalizationOptions Localization(CultureInfo server)
    {
        var supported = CultureInfo.GetCultures(CultureTypes.AllCultures)
            .Where(c => c.Name is "es" or "en" || c.Name.StartsWith("es-", StringComparison.Ordinal) || c.Name.StartsWith("en-", StringComparison.Ordinal))
            .ToList();
        var fallback = server.TwoLetterISOLanguageName is "es" or "en" ? server : CultureInfo.GetCultureInfo("en");
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(fallback),
            SupportedCultures = supported,
            SupportedUICultures = supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        localization.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 }];
        return localization;
    }

    /// <summary>The hidden token field for the forms of the page being rendered.</summary>
    internal static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Pages.PageLayout.TokenField(TokenField, tokens.RequestToken);
    }
}
