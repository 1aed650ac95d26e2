namespace Actas.Pipeline.Extraction.Grids;

/// <summary>The columns of an agreements table.</summary>
public enum AgreementColumn
{
    /// <summary>Acuerdo / Descripción.</summary>
    Text,
    /// <summary>Responsable.</summary>
    Responsible,
    /// <summary>Fecha / Plazo.</summary>
    DueDate,
    /// <summary>Estatus / Estado: "Cumplido", "En proceso", "Nuevo".</summary>
    Status,
}
