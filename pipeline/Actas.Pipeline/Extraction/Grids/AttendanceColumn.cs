namespace Actas.Pipeline.Extraction.Grids;

/// <summary>The columns of an attendance table.</summary>
public enum AttendanceColumn
{
    /// <summary>Nombre.</summary>
    Name,
    /// <summary>Institución / Dependencia / Organización.</summary>
    Institution,
    /// <summary>Sector / Tipo.</summary>
    Sector,
}
