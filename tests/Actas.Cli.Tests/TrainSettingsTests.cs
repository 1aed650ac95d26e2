using Actas.Cli.Commands;

namespace Actas.Cli.Tests;

/// <summary><c>actas train --features</c>: the shipped model's cues are the default; a misspelt value was silently read as grams.</summary>
public sealed class TrainSettingsTests
{
    [Fact]
    public void The_default_features_are_the_cues_the_shipped_model_was_trained_with()
    {
        var settings = new TrainCommand.Settings();

        Assert.Equal("cues", settings.Features);
        Assert.True(settings.Validate().Successful);
    }

    [Theory]
    [InlineData("grams", true)]
    [InlineData("CUES", true)]
    [InlineData("cue", false)]
    [InlineData("ngrams", false)]
    public void Only_cues_or_grams_are_accepted(string features, bool accepted)
    {
        var result = new TrainCommand.Settings { Features = features }.Validate();

        Assert.Equal(accepted, result.Successful);
        if (!accepted)
        {
            Assert.Equal($"--features {features}: expected cues or grams.", result.Message);
        }
    }
}
