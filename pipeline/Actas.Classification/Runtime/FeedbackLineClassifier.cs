using Actas.Pipeline.Labelling;

namespace Actas.Classification.Runtime;

/// <summary>Classifies one feedback text a line, in order; blank lines are skipped.</summary>
public static class FeedbackLineClassifier
{
    /// <returns>The exit code: 0.</returns>
    public static int Run(IFeedbackClassifier classifier, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            output.WriteLine(ClassificationLineFormatter.Format(classifier.Predict(text), text));
        }

        return 0;
    }
}
