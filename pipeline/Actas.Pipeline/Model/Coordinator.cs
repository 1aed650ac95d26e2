namespace Actas.Pipeline.Model;

/// <summary>The person who signs the acta as coordinator of the Espacio (not an attendee).</summary>
public sealed record Coordinator(string Name, string? Role, SourceLocation? Location = null);
