namespace Actas.Pipeline.Reading.Docx;

/// <summary>One level of a Word list instance, resolved from its abstract list and overrides.</summary>
/// <param name="CounterKey">Whose counters the level advances: the abstract list's id (instances of one abstract list share them).</param>
/// <param name="Format"><c>w:numFmt</c> ("decimal", "lowerLetter", "upperRoman", "bullet"…), or null.</param>
/// <param name="Text"><c>w:lvlText</c> with %1…%9 placeholders, or null.</param>
/// <param name="Start">First number (<c>w:start</c>, default 1).</param>
/// <param name="StartOverride">The instance's <c>w:startOverride</c>: restarts the level at its first use in this instance.</param>
/// <param name="Restart"><c>w:lvlRestart</c>: 0 never restarts, n restarts after levels 1…n; null after any higher level.</param>
/// <param name="Legal"><c>w:isLgl</c>: higher levels shown in decimal.</param>
/// <param name="StyleId">The paragraph style tied to the level (<c>w:pStyle</c>), or null.</param>
internal sealed record ListLevel(int CounterKey, string? Format, string? Text, int Start, int? StartOverride, int? Restart, bool Legal, string? StyleId);
