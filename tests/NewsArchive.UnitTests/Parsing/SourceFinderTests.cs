using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class SourceFinderTests
{
    [Theory]
    [InlineData("Example TV’s website can also be reached at these addresses:", "Example TV")]
    [InlineData("Metro Daily's website uses cookies.", "Metro Daily")]
    [InlineData("Harbour Times - An increase in the port's traffic runs counter to the plans announced last year ...", "Harbour Times")]
    [InlineData("Copyright © 2019 Example News. All rights reserved.", "Example News")]
    [InlineData("© 2005-2019 SlashExample, All Rights Reserved.", "SlashExample")]
    public void The_outlet_named_in_the_text_is_the_source(string line, string source)
    {
        Assert.Equal(source, SourceFinder.Find(["Some headline", SampleText.Paragraph1, line]));
    }

    [Theory]
    [InlineData("WASHINGTON - The president said on Monday that the talks would continue next week.")]
    [InlineData("Jane Doe - Nov 19, 2019, 10:31 pm CST")]
    [InlineData("The website was down for maintenance on Monday.")]
    public void Datelines_bylines_and_ordinary_sentences_name_no_source(string line)
    {
        Assert.Null(SourceFinder.Find([line, SampleText.Paragraph1]));
    }

    [Fact]
    public void The_own_website_pattern_wins_over_a_copyright_line()
    {
        Assert.Equal("Example TV", SourceFinder.Find(["© 2019 Syndicator Ltd.", "Example TV's website is at example.tv"]));
    }
}
