using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark kept as a comment on a goal's cell (a Word margin balloon) is an item of that goal's feedback when its author
/// line says, after a dash, which kind of remark it is; the author is no part of the text, and the comment is not read
/// into the cell's own text. A comment that names no kind is an editor's note, not feedback.
/// </summary>
public sealed class CommentRemarkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("actas-comments-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Notes_on_a_goal_row_are_its_feedback_of_the_kind_their_author_names()
    {
        var goals = new Table(
        [
            new TableRow([new TableCell(0, 1, ["Meta"]), new TableCell(1, 1, ["Indicador"]), new TableCell(2, 1, ["Instancia"]), new TableCell(3, 1, ["Informe"])]),
            new TableRow([new TableCell(0, 1, ["310.1 Abrir lactarios en las oficinas públicas"]), new TableCell(1, 1, ["Lactarios abiertos"]),
                new TableCell(2, 1, ["Secretaría de Salud"]),
                new TableCell(3, 1, ["Se abrieron 14 lactarios."], Notes:
                [
                    new CellNote("Rebeca Soto Luna (SE) – Retroalimentación", "Conviene decir en qué alcaldías están."),
                    new CellNote("Pedro Gil Ramos (Red Lactancia Libre, A.C.) – Observación", "Faltan lactarios en los mercados."),
                    // An editor's note on the same cell names no kind of remark: no content of the acta (issue 10).
                    new CellNote("Laura Méndez", "Confirmar la cifra con el oficio de la Secretaría."),
                ])]),
        ], 4, true, At());
        var acta = Extract(
            P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LACTANCIA", ParagraphRole.Heading),
            P("Fecha: 3 de marzo de 2022"),
            P("Estrategia 310. Proteger la lactancia", ParagraphRole.Heading),
            goals,
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Salud enviará la lista de lactarios."));

        var strategy = acta.Strategies.Single();
        Assert.Equal("Se abrieron 14 lactarios.", strategy.Goals.Single().Report);
        Assert.Equal(
            [("Conviene decir en qué alcaldías están.", FeedbackSection.Retroalimentacion, "310.1"), ("Faltan lactarios en los mercados.", FeedbackSection.Observacion, "310.1")],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Fact]
    public void A_word_comment_referenced_in_a_cell_is_a_note_of_that_cell_not_its_text()
    {
        var path = Path.Combine(_dir, "comentada.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var cell = new W.TableCell(new W.Paragraph(
                new W.CommentRangeStart { Id = "7" },
                new W.Run(new W.Text("Se abrieron 14 lactarios.")),
                new W.CommentRangeEnd { Id = "7" },
                new W.Run(new W.CommentReference { Id = "7" })));
            main.Document = new W.Document(new W.Body(new W.Table(new W.TableRow(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("310.1"))))), new W.TableRow(cell))));
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new W.Comments(
                new W.Comment(new W.Paragraph(new W.Run(new W.Text("Conviene decir en qué alcaldías están.")))) { Id = "7", Author = "Rebeca Soto Luna (SE) – Retroalimentación" });
        }

        var table = new DocxReader().Read(path, new ReadOptions()).Blocks.OfType<Table>().Single();
        var read = table.Rows[1].Cells.Single();
        Assert.Equal(["Se abrieron 14 lactarios."], read.Paragraphs);
        Assert.Equal([new CellNote("Rebeca Soto Luna (SE) – Retroalimentación", "Conviene decir en qué alcaldías están.")], read.Notes!);
    }
}
