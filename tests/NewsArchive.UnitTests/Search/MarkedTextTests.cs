using NewsArchive.Search;

namespace NewsArchive.UnitTests.Search;

public sealed class MarkedTextTests
{
    private const char O = MarkedText.Open;
    private const char C = MarkedText.Close;

    [Fact]
    public void Markers_become_mark_elements_and_the_text_is_encoded()
    {
        Assert.Equal("a &lt;b&gt; <mark>Putin</mark> &amp; co", MarkedText.ToHtml($"a <b> {O}Putin{C} & co"));
    }

    [Fact]
    public void Stray_and_unclosed_markers_still_give_balanced_markup()
    {
        Assert.Equal("x y<mark>z</mark>", MarkedText.ToHtml($"x{C} y{O}z{O}"));
    }

    [Fact]
    public void Excerpt_cuts_at_a_word_and_adds_an_ellipsis()
    {
        Assert.Equal("one two…", MarkedText.Excerpt("one two three four", 10));
    }
}
