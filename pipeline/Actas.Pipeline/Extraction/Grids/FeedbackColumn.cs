namespace Actas.Pipeline.Extraction.Grids;

/// <summary>The columns of a feedback table laid out one remark per row.</summary>
public enum FeedbackColumn
{
    /// <summary>Comentario / Intervención: the remark itself.</summary>
    Text,
    /// <summary>Emite / Participante: who made the remark (not part of its text).</summary>
    Speaker,
    /// <summary>Tipo: Retroalimentación or Observación.</summary>
    Kind,
    /// <summary>Meta: the goal the remark is about ("271.1").</summary>
    Goal,
    /// <summary>Responsable: who carries out a row typed as an agreement (a table of remarks and agreements).</summary>
    Responsible,
}
