namespace Actas.Pipeline.Model;

/// <summary>Which side of the Espacio a person sits on. Serialised snake_case.</summary>
public enum Sector
{
    /// <summary>Government institution responsible for a goal (Instancia Ejecutora).</summary>
    InstanciaEjecutora,
    /// <summary>Civil society organisation (Sociedad civil).</summary>
    SociedadCivil,
    /// <summary>The programme's executive secretariat (Secretaría Ejecutiva).</summary>
    SecretariaEjecutiva,
    Otro,
}
