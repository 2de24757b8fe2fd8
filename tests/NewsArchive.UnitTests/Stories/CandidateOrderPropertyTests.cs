using CsCheck;
using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The band candidates kept in place give what Distinct, Order and Take gave (the stories depend on their order).</summary>
public sealed class CandidateOrderPropertyTests
{
    [Fact]
    public void The_first_distinct_ids_in_place_are_those_of_distinct_order_take() =>
        Gen.Select(Gen.Int[1, 60].List[0, 80], Gen.Int[0, 30]).Sample((ids, limit) =>
        {
            var expected = ids.Distinct().Order().Take(limit).ToList();
            var kept = StoryFinder.FirstDistinct([.. ids], limit);
            Assert.Equal(expected, kept);
        }, iter: 500);
}
