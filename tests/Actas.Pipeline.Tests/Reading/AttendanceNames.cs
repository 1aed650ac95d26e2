namespace Actas.Pipeline.Tests.Reading;

/// <summary>The people under ASISTENCIA in the seed acta.</summary>
internal static class AttendanceNames
{
    public static readonly string[] All =
    [
        "Juan Carlos Martínez",
        "Ana Gladys Orta Moreno",
        "Brigido Pireyro",
        "María del Refugio Martínez",
        "Adriana Flores",
        "Rocío Areli de la Rosa",
        "Rosa maría Torillo",
        "Cintia Ixchel Arroyo Romero",
    ];
}
