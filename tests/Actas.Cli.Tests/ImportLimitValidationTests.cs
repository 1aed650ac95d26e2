using Actas.Cli.Commands;

namespace Actas.Cli.Tests;

/// <summary>Issue 11, item 7: <c>--timeout NaN|Infinity|1e12</c> ended as a bare "Error:" (exit 255) and <c>--max-size NaN</c> became a limit of 0.</summary>
public sealed class ImportLimitValidationTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e12)]
    [InlineData(0)]
    public void A_timeout_that_is_not_a_sensible_number_of_seconds_is_refused_with_the_range(double seconds)
    {
        var result = new ImportCommand.Settings { Paths = ["a.pdf"], TimeoutSeconds = seconds }.Validate();

        Assert.False(result.Successful);
        Assert.Equal("--timeout must be a number of seconds above 0 and at most 86400 (one day)", result.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e300)]
    public void A_max_size_that_is_not_a_sensible_number_of_megabytes_is_refused(double megabytes)
    {
        var result = new ImportCommand.Settings { Paths = ["a.pdf"], MaxSizeMegabytes = megabytes }.Validate();

        Assert.False(result.Successful);
        Assert.StartsWith("--max-size must be a number of MB above 0", result.Message, StringComparison.Ordinal);
    }
}
