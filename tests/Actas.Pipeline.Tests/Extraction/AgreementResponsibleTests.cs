using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Who an agreement names beside its text in a task list: first, before a dash ("SEDUVI — Publicar…"), or after it with
/// the meeting it is due for instead of a date ("… — SEDUVI · siguiente sesión"). Who is no part of the text.
/// </summary>
public sealed class AgreementResponsibleTests
{
    private static Acta WithAgreements(params string[] lines) =>
        Extract(
            [
                P("MINUTA DE LA QUINTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
                P("Fecha: 12 de mayo de 2022"),
                P("Acuerdos", ParagraphRole.Heading),
                .. lines.Select(l => P(l)),
            ]);

    [Fact]
    public void Who_before_a_dash_and_a_task_in_the_infinitive_is_the_responsible()
    {
        var acta = WithAgreements(
            "☐ SEDUVI — Publicar el padrón de vivienda en renta a más tardar el 30 de mayo de 2022.",
            "☐ Instituto de Vivienda – Revisar con las cooperativas el calendario de entregas.");

        Assert.Equal(
            [("Publicar el padrón de vivienda en renta a más tardar el 30 de mayo de 2022.", "SEDUVI"), ("Revisar con las cooperativas el calendario de entregas.", "Instituto de Vivienda")],
            acta.Agreements.Select(a => (a.Text, a.Responsible)));
    }

    [Fact]
    public void Who_after_the_task_with_the_next_meeting_as_its_due_is_the_responsible()
    {
        var acta = WithAgreements(
            "☐ Entregar el censo de predios con riesgo estructural. — INVI · siguiente sesión",
            "☐ Circular la minuta entre las personas integrantes. — Secretaría Ejecutiva · 19 may 2022");

        Assert.Equal(("Entregar el censo de predios con riesgo estructural.", "INVI"), (acta.Agreements[0].Text, acta.Agreements[0].Responsible));
    }
}
