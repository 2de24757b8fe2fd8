using CsCheck;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Sources;

namespace NewsArchive.UnitTests.Parsing.Sources;

public class SourceFinderTests
{
    private static readonly SourceFinder s_finder = new(ParserTuning.Default);

    [Theory]
    [InlineData("Example TV’s website can also be reached at these addresses:", "Example TV")]
    [InlineData("Metro Daily's website uses cookies.", "Metro Daily")]
    [InlineData("Harbour Times - An increase in the port's traffic runs counter to the plans announced last year ...", "Harbour Times")]
    [InlineData("Copyright © 2019 Example News. All rights reserved.", "Example News")]
    [InlineData("© 2005-2019 SlashExample, All Rights Reserved.", "SlashExample")]
    public void The_outlet_named_in_the_text_is_the_source(string line, string source)
    {
        Assert.Equal(source, s_finder.Find(["Some headline", SampleText.Paragraph1, line]));
    }

    [Theory]
    [InlineData("WASHINGTON - The president said on Monday that the talks would continue next week.")]
    [InlineData("Jane Doe - Nov 19, 2019, 10:31 pm CST")]
    [InlineData("The website was down for maintenance on Monday.")]
    public void Datelines_bylines_and_ordinary_sentences_name_no_source(string line)
    {
        Assert.Null(s_finder.Find([line, SampleText.Paragraph1]));
    }

    [Fact]
    public void The_own_website_pattern_wins_over_a_copyright_line()
    {
        Assert.Equal("Example TV", s_finder.Find(["© 2019 Syndicator Ltd.", "Example TV's website is at example.tv"]));
    }

    // The head (found by counting the spaces of 64 characters at a time) is the line up to its sixth space, as a loop over
    // the characters finds it; lines long and short, with runs of spaces across the blocks.
    [Fact]
    public void The_head_is_the_line_up_to_its_sixth_space() =>
        Gen.Frequency((3, Gen.Char.AlphaNumeric.Array[0, 70].Select(a => new string(a))), (2, Gen.Int[1, 70].Select(n => new string(' ', n))), (1, Gen.String))
            .Array[0, 12].Select(parts => string.Join(' ', parts))
            .Sample(line =>
            {
                var (spaces, end) = (0, line.Length);
                for (var i = 0; i < line.Length; i++)
                {
                    if (line[i] == ' ' && ++spaces == 6)
                    {
                        end = i;
                        break;
                    }
                }
                Assert.Equal(line[..end], SourceFinder.Head(line).ToString());
            }, iter: 10_000);

    // Lines made of names, "’s", the site words, spaced dashes and other words in any order: every line the two anchored
    // patterns match passes the gates on its head (SourceFinder.Head), so gating on the head loses no match.
    private static readonly Gen<string> s_sourceLine = Gen.OneOf(
            "Example", "TV", "News", "Metro", "Daily", "A.B.", "X&Y", "WASHINGTON", "Example’s", "TV's", "Daily’s", "’s", "'s", "web", "site", "website", "homepage", "Site",
            "-", "–", "—", "the", "story", "Story", "is", "at", "", " ")
        .Array[0, 14].Select(words => string.Join(' ', words));

    [Fact]
    public void A_line_the_anchored_patterns_match_passes_the_gates_on_its_head()
    {
        var (website, dash) = (0, 0);
        s_sourceLine.Sample(line =>
        {
            var head = SourceFinder.Head(line).ToString();
            Assert.Equal(line[..head.Length], head);
            if (SourceFinder.OwnWebsite().IsMatch(line))
            {
                Interlocked.Increment(ref website);
                Assert.True(head.Contains("site", StringComparison.OrdinalIgnoreCase) || head.Contains("homepage", StringComparison.OrdinalIgnoreCase), line);
            }
            if (SourceFinder.OutletDash().IsMatch(line))
            {
                Interlocked.Increment(ref dash);
                Assert.True(head.Contains(" - ", StringComparison.Ordinal) || head.Contains(" – ", StringComparison.Ordinal) || head.Contains(" — ", StringComparison.Ordinal), line);
            }
        }, iter: 20_000);
        // The generator reaches both patterns (a property no line matches would test nothing).
        Assert.True(website > 100 && dash > 100, $"{website} website, {dash} dash matches");
    }
}
