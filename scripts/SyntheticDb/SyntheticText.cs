namespace Actas.SyntheticDb;

/// <summary>Spanish phrases the synthetic actas are made of: names, institutions, feedback and figure contexts.</summary>
internal static class SyntheticText
{
    public static readonly string[] BodyTopics =
    [
        "Víctimas de Trata y Formas de Explotación", "Personas Migrantes", "Niñas, Niños y Adolescentes",
        "Personas con Discapacidad", "Pueblos y Comunidades Indígenas", "Personas Mayores", "Mujeres",
        "Personas Jóvenes", "Personas LGBTTTI", "Personas en Situación de Calle", "Derecho a la Salud",
        "Derecho a la Educación", "Derecho al Agua", "Derecho a la Vivienda", "Derecho al Trabajo",
        "Acceso a la Justicia", "Derecho a la Igualdad", "Defensoras y Defensores", "Periodistas",
        "Personas Privadas de la Libertad", "Derecho a un Medio Ambiente Sano", "Derechos Sexuales",
        "Derecho a la Alimentación", "Derecho a la Movilidad", "Derecho a la Información",
        "Integridad y Seguridad Personal", "Derechos Culturales", "Personas Refugiadas", "Derecho al Deporte",
        "Espacio Público",
    ];

    public static readonly string[] Institutions =
    [
        "PGJCDMX", "TSJCDMX", "SEDESA", "SEDEREC", "SEDUVI", "SEDU", "SSC", "SECTEI", "STyFE", "DIF CDMX",
        "INMUJERES CDMX", "COPRED", "CDHCM", "SEMOVI", "SEDEMA", "SACMEX", "INDEPEDI", "IAAM", "INJUVE",
        "Consejería Jurídica", "Secretaría de Gobierno", "Secretaría de Cultura", "Secretaría de Finanzas",
        "Comisión Interinstitucional", "Alcaldía Iztapalapa", "Alcaldía Cuauhtémoc", "Alcaldía Tlalpan",
        "Alcaldía Coyoacán", "Alcaldía Gustavo A. Madero", "Alcaldía Álvaro Obregón",
    ];

    public static readonly string[] CivilSociety =
    [
        "Fundación Infancia & Familia A.C.", "Colectivo Ñu", "Red por los Derechos", "Observatorio Ciudadano",
        "Centro de Estudios Sociales", "Asociación de Vecinos",
    ];

    public static readonly string[] Labels =
        ["avance", "desalineado", "insuficiente", "solicita_datos", "diseno_meta", "reasignar", "cuestiona", "exhorta", "instancia", "proceso"];

    public static readonly string[] Feedback =
    [
        "Se solicita a {0} presentar datos desagregados por sexo y edad de la meta {1}.",
        "La información presentada por {0} no corresponde con lo que establece la meta {1}.",
        "Se reconoce el avance reportado por {0}; falta el medio de verificación.",
        "Es necesario que {0} empiece a realizar acciones para dar cumplimiento a la meta {1}.",
        "No hay correspondencia entre el indicador y las actividades informadas por {0}.",
        "Se sugiere reasignar la meta {1} a otra instancia ejecutora distinta de {0}.",
        "Las acciones reportadas son insuficientes para el alcance de la meta {1}.",
        "Se exhorta a {0} a entregar el informe en tiempo y forma.",
    ];

    public static readonly string[] Units = ["personas", "talleres", "acciones", "víctimas", "servidores públicos", "pesos"];

    public static readonly string[] FirstNames =
        ["Adriana", "Óscar", "María José", "Luis", "Guadalupe", "Jesús", "Verónica", "Raúl", "Lucía", "Andrés", "Mónica", "Iván"];

    public static readonly string[] LastNames =
        ["Flores", "Núñez", "Hernández", "García", "Martínez", "López", "Pérez", "Sánchez", "Ramírez", "Cruz", "Gómez", "Díaz"];
}
