namespace Actas.Classification.Evaluation;

/// <summary>Accuracy, per-label P/R/F1, macro-F1 and the confusion matrix from label pairs.</summary>
public static class MetricsCalculator
{
    /// <param name="labels">Labels to report, in order; labels seen in the pairs but not listed are appended.</param>
    public static ClassificationMetrics Compute(IReadOnlyList<string> labels, IReadOnlyList<string> actual, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count)
        {
            throw new ArgumentException($"{actual.Count} actual labels but {predicted.Count} predicted ones.", nameof(predicted));
        }

        var order = labels.Concat(actual).Concat(predicted).Distinct(StringComparer.Ordinal).ToList();
        var index = order.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var counts = new int[order.Count, order.Count];
        for (var i = 0; i < actual.Count; i++)
        {
            counts[index[actual[i]], index[predicted[i]]]++;
        }

        var perLabel = new List<LabelMetrics>();
        var correct = 0;
        for (var k = 0; k < order.Count; k++)
        {
            var tp = counts[k, k];
            correct += tp;
            var support = Enumerable.Range(0, order.Count).Sum(j => counts[k, j]);
            var predictedCount = Enumerable.Range(0, order.Count).Sum(j => counts[j, k]);
            if (support == 0 && predictedCount == 0)
            {
                continue; // a label absent from both sides says nothing about the model
            }

            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelMetrics(order[k], precision, recall, f1, support));
        }

        var rows = Enumerable.Range(0, order.Count)
            .Select(a => (IReadOnlyList<int>)Enumerable.Range(0, order.Count).Select(p => counts[a, p]).ToList())
            .ToList();
        var accuracy = actual.Count == 0 ? 0 : (double)correct / actual.Count;
        var macroF1 = perLabel.Count == 0 ? 0 : perLabel.Average(l => l.F1);
        return new ClassificationMetrics(accuracy, macroF1, perLabel, new ConfusionMatrix(order, rows));
    }
}
