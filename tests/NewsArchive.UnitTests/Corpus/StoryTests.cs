using NewsArchive.Corpus;

namespace NewsArchive.UnitTests.Corpus;

public sealed class StoryTests
{
    private static readonly ZipfVocabulary s_vocabulary = new();

    [Fact]
    public void Stories_and_their_rewrites_have_300_to_1200_words()
    {
        var random = new Random(11);
        var writer = new StoryWriter(s_vocabulary, random);
        var rewriter = new StoryRewriter(writer, random);

        for (var i = 0; i < 300; i++)
        {
            var story = writer.Write();
            var rewrite = rewriter.Rewrite(story);

            Assert.InRange(story.Paragraphs.Sum(StoryRewriter.CountWords), StoryWriter.MinWords, StoryWriter.MaxWords);
            Assert.InRange(rewrite.Paragraphs.Sum(StoryRewriter.CountWords), StoryWriter.MinWords, StoryWriter.MaxWords);
        }
    }

    [Fact]
    public void Word_frequencies_fall_with_rank_as_in_natural_text()
    {
        var random = new Random(3);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 200_000; i++)
        {
            var word = s_vocabulary.Sample(random);
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        double Count(int rank) => counts.GetValueOrDefault(s_vocabulary.WordAt(rank));

        Assert.Equal("the", s_vocabulary.WordAt(1));
        Assert.InRange(Count(1) / Count(10), 7.0, 16.0);
        Assert.InRange(Count(10) / Count(100), 7.0, 16.0);
        Assert.True(counts.Count > 10_000);
    }

    [Fact]
    public void The_vocabulary_is_the_same_every_time()
    {
        var other = new ZipfVocabulary();

        Assert.Equal(Enumerable.Range(1, 1_000).Select(s_vocabulary.WordAt), Enumerable.Range(1, 1_000).Select(other.WordAt));
        Assert.Equal(ZipfVocabulary.DefaultSize, other.Count);
    }
}
