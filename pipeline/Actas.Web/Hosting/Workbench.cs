using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actas.Web.Hosting;

/// <summary>
/// <c>actas serve</c>'s web application: ASP.NET Core from the shared framework, server-rendered HTML, one local
/// script. Listens on 127.0.0.1 unless told otherwise; every POST carries an anti-forgery token; requests for another
/// Host or from another Origin are refused (<see cref="RequestGuard"/>).
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
            await context.Response.WriteAsync("Falta el código de seguridad del formulario o no es válido: vuelva a cargar la página e inténtelo de nuevo.");
            return false;
        }
    }

    /// <summary>The hidden token field for the forms of the page being rendered.</summary>
    internal static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Pages.PageLayout.TokenField(TokenField, tokens.RequestToken);
    }
}
