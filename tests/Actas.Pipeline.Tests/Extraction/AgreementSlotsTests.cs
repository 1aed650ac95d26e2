using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Agreements answered in a questionnaire: one question per field of each numbered agreement, after a yes/no question
/// that only opens them.
/// </summary>
public sealed class AgreementSlotsTests
{
    private static TableRow Answer(string question, string answer) =>
        new([new TableCell(0, 1, [question]), new TableCell(1, 1, answer.Length == 0 ? [] : [answer])]);

    [Fact]
    public void Numbered_agreement_questions_are_read_as_one_agreement_each()
    {
        var acta = Extract(
            P("Tercera sesión ordinaria del Espacio de Participación del Derecho al Agua, 9 de mayo de 2023", ParagraphRole.Heading),
            P("ACUERDOS", ParagraphRole.Heading),
            new Table(
                [
                    Answer("A1 ¿Hubo acuerdos en esta sesión?", "Sí"),
                    Answer("A2_1 Acuerdo 1:", "El SACMEX compartirá el calendario de tandeo con el Espacio."),
                    Answer("A3_1 Responsable del acuerdo 1:", "SACMEX"),
                    Answer("A4_1 Fecha compromiso del acuerdo 1 (dd/mm/aaaa):", "30/05/2023"),
                    Answer("A2_2 Acuerdo 2:", "La Secretaría Ejecutiva enviará la minuta a las personas asistentes."),
                    Answer("A3_2 Responsable del acuerdo 2:", "Secretaría Ejecutiva"),
                    Answer("A4_2 Fecha compromiso del acuerdo 2 (dd/mm/aaaa):", "16/05/2023"),
                    Answer("A2_3 Acuerdo 3:", ""),
                    Answer("A3_3 Responsable del acuerdo 3:", ""),
                ],
                2,
                true,
                At()));

        Assert.Equal(
            [("El SACMEX compartirá el calendario de tandeo con el Espacio.", "SACMEX", "2023-05-30"),
             ("La Secretaría Ejecutiva enviará la minuta a las personas asistentes.", "Secretaría Ejecutiva", "2023-05-16")],
            acta.Agreements.Select(a => (a.Text, a.Responsible, Assert.Single(a.Dates))));
    }
}
