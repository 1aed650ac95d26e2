using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A strategy is reviewed once per acta, but some actas give each goal its own table that
/// repeats the strategy heading ("Estrategia 180: …" over Meta 180.1, again over Meta 180.2).
/// Blocks with the same number become one strategy, in the order they first appear.
/// </summary>
public static class StrategyMerger
{
    public static IReadOnlyList<Strategy> Merge(IEnumerable<Strategy> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var merged = new List<Strategy>();
        foreach (var block in Rehome(blocks.ToList()))
        {
            var index = merged.FindIndex(s => s.Number == block.Number);
            if (index < 0)
            {
                merged.Add(block);
                continue;
            }

            var first = merged[index];
            // A later block that only adds feedback ("Estrategia 361" ¶ an observation) has an implicit
            // goal with nothing of its own: its items belong to the goals already read.
            var added = block.Goals.Where(g => !IsImplicit(g) || first.Goals.Count == 0).ToList();
            // The discussion came first (a relatoría, its reports in an annex): the later block's goals replace an implicit one.
            var kept = added.Count > 0 && added.All(g => !IsImplicit(g)) ? first.Goals.Where(g => !IsImplicit(g)) : first.Goals;
            var goals = kept.ToList();
            foreach (var goal in added)
            {
                if (goal.Id is not null && IsBare(goal) && goals.Any(g => g.Id == goal.Id))
                {
                    // "Meta 412.1" over remarks in a later block: the goal already read with its content; the remarks keep its id.
                    continue;
                }

                // A goal only named before ("la meta 207.2 no fue reportada") takes the content read for it later.
                var named = goal.Id is null ? -1 : goals.FindIndex(g => g.Id == goal.Id && g.Text is null && g.Report is null && g.Executor is null);
                if (named >= 0)
                {
                    // It takes the place the block with its content gives it (an annex lists 205.1 before 205.2).
                    goals.RemoveAt(named);
                }

                goals.Add(goal);
            }

            var firstGoal = first.Goals.FirstOrDefault()?.Id;
            var feedback = block.Feedback.Select(f => f.Goal is null && firstGoal is not null && added.Count == 0 ? f with { Goal = firstGoal } : f);
            merged[index] = first with
            {
                Title = first.Title ?? block.Title,
                Goals = goals,
                Figures = [.. first.Figures, .. block.Figures],
                Feedback = [.. first.Feedback, .. feedback],
                ReportStatus = StatusOf(goals),
            };
        }

        return merged;
    }

    /// <summary>
    /// Remarks read under the last strategy but naming a goal of another strategy of the acta ("190.1" in the goal column
    /// of one remarks table after the strategy 193 grid) go to that strategy, as a block of their own the merge then joins;
    /// the bare goals their ids opened under the wrong strategy (no text, report or executor) go away.
    /// </summary>
    private static IEnumerable<Strategy> Rehome(IReadOnlyList<Strategy> blocks)
    {
        var numbers = blocks.Select(b => b.Number).ToHashSet();
        int? Owner(string? goal)
        {
            var dot = goal?.IndexOf('.') ?? -1;
            return dot > 0 && int.TryParse(goal.AsSpan(0, dot), out var n) && numbers.Contains(n) ? n : null;
        }

        var moved = new List<FeedbackItem>();
        foreach (var block in blocks)
        {
            var foreign = block.Feedback.Where(f => Owner(f.Goal) is { } n && n != block.Number).ToList();
            if (foreign.Count == 0)
            {
                yield return block;
                continue;
            }

            var named = foreign.Select(f => f.Goal).ToHashSet();
            var goals = block.Goals.Where(g => !(named.Contains(g.Id) && g.Text is null && g.Report is null && g.Executor is null && g.Indicator is null)).ToList();
            moved.AddRange(foreign);
            yield return block with { Goals = goals, Feedback = block.Feedback.Except(foreign).ToList(), ReportStatus = StatusOf(goals) };
        }

        foreach (var group in moved.GroupBy(f => Owner(f.Goal)!.Value))
        {
            yield return new Strategy(group.Key, null, ReportStatus.NotReported, [], [], group.ToList());
        }
    }

    /// <summary>A goal with an id and nothing else: named, not read.</summary>
    private static bool IsBare(Goal goal) =>
        goal.Text is null && goal.Indicator is null && goal.Executor is null && goal.Report is null;

    private static bool IsImplicit(Goal goal) =>
        goal.Id is null && goal.Text is null && goal.Indicator is null && goal.Executor is null && goal.Report is null;

    /// <summary>not_reported when no goal has a report, partial when some do, reported when all do.</summary>
    public static ReportStatus StatusOf(IReadOnlyList<Goal> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return goals.Count == 0 || goals.All(g => g.ReportStatus == ReportStatus.NotReported) ? ReportStatus.NotReported
            : goals.All(g => g.ReportStatus == ReportStatus.Reported) ? ReportStatus.Reported
            : ReportStatus.Partial;
    }
}
