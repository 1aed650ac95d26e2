namespace Actas.Pipeline.Model;

/// <summary>The heading block of an acta: which Espacio de Participación met, when and where.</summary>
/// <param name="Body">The working group (Espacio de Participación), e.g. "Derechos de las Personas Víctimas de Trata y Formas de Explotación".</param>
/// <param name="Number">Ordinal of the session: "VIGÉSIMA TERCERA" or "23ª" → 23.</param>
/// <param name="Kind">"reunión de trabajo", "sesión ordinaria", … lower case.</param>
/// <param name="Date">ISO date.</param>
/// <param name="StartTime">HH:MM, 24 h.</param>
public sealed record SessionInfo(
    string? Body,
    int? Number,
    string? Kind,
    string? Date,
    string? StartTime,
    string? Place,
    string? Topic,
    string? Objective);
