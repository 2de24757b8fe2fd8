using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Document;

public class ParseDocumentTests
{
    [Fact]
    public void A_part_read_before_its_stage_ran_throws()
    {
        var document = Documents.Through(ParseStep.Kinds, "Headline\n\n" + SampleText.Paragraph1);

        Assert.Equal(ParseStep.Kinds, document.Filled);
        Assert.Throws<InvalidOperationException>(() => document.Roles);
        Assert.Throws<InvalidOperationException>(() => document.Title);
    }

    [Fact]
    public void A_stage_run_before_the_stages_it_reads_throws()
    {
        var document = Documents.Through(ParseStep.Kinds, "Headline\n\n" + SampleText.Paragraph1);

        Assert.Throws<InvalidOperationException>(() => new TitleFinder(ParserTuning.Default).Run(document));
        Assert.Throws<InvalidOperationException>(() => new DateFinder(ParserTuning.Default).Run(Documents.Through(ParseStep.Roles, SampleText.Paragraph1)));
    }

    [Fact]
    public void A_part_is_filled_once_and_in_order()
    {
        var document = Documents.Through(ParseStep.Lines, SampleText.Paragraph1);

        Assert.Throws<InvalidOperationException>(() => document.SetRoles([LineRole.Body], 0));
        document.SetKinds([LineKind.Text]);
        Assert.Throws<InvalidOperationException>(() => document.SetKinds([LineKind.Text]));
    }

    [Fact]
    public void The_final_roles_mark_the_header_and_every_occurrence_of_the_headline()
    {
        const string Headline = "Library hours extended after campaign by parents";
        var document = Documents.Through(ParseStep.Source, string.Join('\n', " date 2021-03-01", Headline, SampleText.Paragraph1, Headline, SampleText.Paragraph2));

        Assert.Equal([LineRole.Header, LineRole.Title, LineRole.Body, LineRole.Title, LineRole.Body], document.FinalRoles());
        Assert.Equal([SampleText.Paragraph1, SampleText.Paragraph2], document.BodyOf(document.FinalRoles()));
    }
}
