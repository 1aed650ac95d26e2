using System.Text.RegularExpressions;
using Actas.Web.Hosting;

namespace Actas.Web.Tests;

/// <summary>The retrain page runs the retrainer it was given (the CLI gives it <c>actas train --db</c>'s code) and shows the gate's verdict.</summary>
public sealed class RetrainPageTests
{
    private sealed class RefusingGate : IRetrainer
    {
        public int Runs { get; private set; }

        public RetrainResult Retrain(CancellationToken cancellationToken)
        {
            Runs++;
            return new RetrainResult(2, "Candidate vs current\nmacro-F1 0.912 → 0.897\nGate: refused: macro-F1 fell by 0.015 (more than 0.01)\nKept models/feedback-classifier.zip; candidate recorded as not promoted. <b>x</b>");
        }
    }

    [Fact]
    public async Task Retrain_refused_by_the_gate_shows_why()
    {
        var gate = new RefusingGate();
        await using var server = await WorkbenchServer.StartAsync(gate);
        var form = await server.GetAsync("/reentrenar");

        var response = await server.Client.PostAsync("/reentrenar", new FormUrlEncodedContent([new("__token", WorkbenchServer.TokenOf(form))]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(1, gate.Runs);
        Assert.Contains("La puerta de evaluación rechazó el candidato: se conserva el modelo actual", html);
        Assert.Contains("<p class=\"gate\"><strong>Gate: refused: macro-F1 fell by 0.015 (more than 0.01)</strong></p>", html);
        Assert.Contains("macro-F1 0.912 → 0.897", html);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
    }

    [Fact]
    public async Task Retrain_needs_the_token()
    {
        var gate = new RefusingGate();
        await using var server = await WorkbenchServer.StartAsync(gate);

        var response = await server.Client.PostAsync("/reentrenar", new FormUrlEncodedContent([]));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(0, gate.Runs);
        Assert.Matches(new Regex("código de seguridad"), await response.Content.ReadAsStringAsync());
    }
}
