using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary>The boosted trees of the model file: read by name, each candidate sent down each tree, bad trees refused.</summary>
public class TreeEnsembleTests
{
    private static readonly string[] s_names = ["a", "b"];

    private static TreeEnsemble Read(string lines) => TreeEnsemble.Of(ExtractionModel.Parse("version 1\nx.a 0\nx.b 0\n" + lines), "trees", s_names);

    [Fact]
    public void Each_candidate_goes_left_when_its_feature_is_at_most_the_threshold_and_the_leaves_it_reaches_are_summed()
    {
        // Tree 0: a <= 0.5 ? (b <= 2 ? 1 : 2) : 3. Tree 1: a single leaf, 0.25.
        var trees = Read("trees.t0.n0.a 0.5\ntrees.t0.n1.b 2\ntrees.t0.n2 3\ntrees.t0.n3 1\ntrees.t0.n4 2\ntrees.t1.n0 0.25\n");

        Assert.Equal(2, trees.Count);
        Assert.Equal(1.25, trees.Score([0.5, 2]));
        Assert.Equal(2.25, trees.Score([0, 2.5]));
        Assert.Equal(3.25, trees.Score([0.6, 0]));
    }

    [Fact]
    public void A_model_without_the_part_has_no_trees()
    {
        var trees = Read("");

        Assert.Equal(0, trees.Count);
        Assert.Equal(0, trees.Score([1, 1]));
    }

    [Theory]
    [InlineData("trees.t0.n0.c 0.5\ntrees.t0.n1 1\ntrees.t0.n2 2\n")]
    public void Trees_that_split_on_a_feature_the_stage_lacks_are_refused(string lines)
    {
        Assert.Throws<InvalidOperationException>(() => Read(lines));
    }

    [Theory]
    [InlineData("trees.t0.n0.a 0.5\ntrees.t0.n1 1\n")]
    [InlineData("trees.t0.n0 1\ntrees.t0.n0 2\n")]
    [InlineData("trees.x0.n0 1\n")]
    [InlineData("trees.t0 1\n")]
    public void Trees_with_a_missing_node_a_node_written_twice_or_a_bad_name_are_refused(string lines)
    {
        Assert.Throws<FormatException>(() => Read(lines));
    }

    [Fact]
    public void The_embedded_model_has_headline_trees_over_the_ranker_features()
    {
        var trees = TreeEnsemble.Of(ExtractionModel.Embedded, TitleRanker.TreesPart, TitleFeatures.Names);

        Assert.True(trees.Count > 0);
    }
}
