namespace Actas.Storage.Migrations;

/// <summary>One step of the schema: applied once, in <see cref="Version"/> order, inside a transaction.</summary>
/// <param name="Version">Becomes <c>PRAGMA user_version</c> once applied; 1, 2, 3, … without gaps.</param>
/// <param name="Name">Short description recorded in <c>schema_version</c>.</param>
/// <param name="Sql">Statements separated by semicolons; no transaction control of its own.</param>
public sealed record Migration(int Version, string Name, string Sql);
