using Actas.Classification.Runtime;

namespace Actas.Classification.Tests;

public sealed class ModelLocatorTests
{
    [Fact]
    public void Finds_the_model_walking_up_from_a_subfolder()
    {
        var start = Path.Combine(RepositoryPaths.Root, "pipeline", "Actas.Classification");

        Assert.Equal(RepositoryPaths.ShippedModel, ModelLocator.Find(null, start));
    }

    [Fact]
    public void A_missing_explicit_model_is_not_replaced_by_a_found_one() =>
        Assert.Null(ModelLocator.Find("/nonexistent/model.zip", RepositoryPaths.Root));

    [Fact]
    public void Nothing_found_gives_null_and_the_message_says_how_to_train()
    {
        Assert.Null(ModelLocator.Find(null, Path.GetTempPath()));
        Assert.Contains("actas train", ModelLocator.NotFoundMessage);
    }
}
