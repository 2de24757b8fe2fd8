using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class ArticleRegionTests
{
    private static LineRole[] Roles(params string[] lines)
    {
        var features = lines.Select(l => LineFeatures.Measure(l)).ToArray();
        return ArticleRegion.Classify(lines, features, LineKinds.Assign(lines, features, null)).Roles;
    }

    [Fact]
    public void Menus_before_and_after_the_article_are_boilerplate()
    {
        var roles = Roles("Home", "World", "Sport", SampleText.Paragraph1, SampleText.Paragraph2, "Related Stories", "Another headline about the weather", "Contact us");

        Assert.Equal([LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Body, LineRole.Body, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Boilerplate], roles);
    }

    [Fact]
    public void A_subheading_between_paragraphs_is_body()
    {
        var roles = Roles(SampleText.Paragraph1, "", "What happens next", "", SampleText.Paragraph2);

        Assert.Equal(LineRole.Body, roles[2]);
    }

    [Fact]
    public void A_short_sentence_inside_the_article_is_body()
    {
        var roles = Roles(SampleText.Paragraph1, "“We are very happy.”", SampleText.Paragraph2);

        Assert.Equal(LineRole.Body, roles[1]);
    }

    [Fact]
    public void A_newsletter_prompt_inside_the_article_is_boilerplate()
    {
        var roles = Roles(SampleText.Paragraph1, SampleText.Paragraph2, "Daily Digest Newsletter", "Get the morning headlines with our free daily newsletter.", "This field is required", SampleText.Paragraph3, SampleText.Paragraph1);

        Assert.Equal([LineRole.Body, LineRole.Body, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Body, LineRole.Body], roles);
    }

    [Fact]
    public void A_photo_gallery_inside_the_article_does_not_cut_off_its_first_paragraphs()
    {
        var gallery = Enumerable.Range(1, 6).Select(i => $"Person number {i} Submitted photo").ToArray();
        var roles = Roles([SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3, .. gallery, SampleText.Paragraph3, SampleText.Paragraph1, SampleText.Paragraph2]);

        Assert.Equal(LineRole.Body, roles[0]);
        Assert.Equal(LineRole.Body, roles[^1]);
        Assert.All(roles.Skip(3).Take(6), r => Assert.Equal(LineRole.Boilerplate, r));
    }

    [Fact]
    public void Comments_after_a_comments_heading_are_not_body()
    {
        var roles = Roles(SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3, "2 Comments", "Jane", "March 3, 2021 at 4:15 pm",
            "I really enjoyed reading this and I think the library should be open even longer at weekends.", "Reply");

        Assert.Equal(LineRole.Boilerplate, roles[6]);
        Assert.Equal(LineRole.Body, roles[2]);
    }

    [Fact]
    public void Without_any_running_text_nothing_is_body()
    {
        var classification = ArticleRegion.Classify(["Home", "News"], [LineFeatures.Measure("Home"), LineFeatures.Measure("News")], [LineKind.Brief, LineKind.Brief]);

        Assert.Equal(-1, classification.BodyStart);
        Assert.DoesNotContain(LineRole.Body, classification.Roles);
    }
}
