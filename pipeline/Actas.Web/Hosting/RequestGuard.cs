using Actas.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Actas.Web.Hosting;

/// <summary>
/// Refuses requests a local workbench should never get: a Host header other than the loopback names (a DNS-rebinding
/// page of another site reaching 127.0.0.1) and a POST whose Origin is another site. Adds the security headers every
/// page carries: scripts only from the workbench itself, no framing, no referrer to other sites.
/// </summary>
public sealed class RequestGuard
{
    private static readonly HashSet<string> LoopbackNames = new(StringComparer.OrdinalIgnoreCase) { "127.0.0.1", "localhost", "[::1]", "::1" };

    private readonly RequestDelegate _next;
    private readonly bool _anyHost;

    /// <param name="anyHost">True when the user asked to listen beyond loopback (--host 0.0.0.0): any Host is then served.</param>
    public RequestGuard(RequestDelegate next, bool anyHost)
    {
        _next = next;
        _anyHost = anyHost;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!_anyHost && !LoopbackNames.Contains(request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(PageLayout.T("web.guard.host"));
            return;
        }

        if (HttpMethods.IsPost(request.Method) && request.Headers.Origin is { Count: > 0 } origin
            && !string.Equals(origin.ToString(), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(PageLayout.T("web.guard.origin"));
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts, which the check above refuses.
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        await _next(context);
    }
}
