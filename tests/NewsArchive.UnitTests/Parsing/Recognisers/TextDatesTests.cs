using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

public class TextDatesTests
{
    [Theory]
    [InlineData("Tuesday 23 March 2021 - 00:03")]
    [InlineData("March 23, 2021")]
    [InlineData("Published Tuesday, Mar. 23rd, 2021 8:22AM EST")]
    [InlineData("23.03.2021")]
    [InlineData("2021-03-23T08:00:00Z")]
    [InlineData("03/23/2021")]
    [InlineData("23. März 2021")]
    [InlineData("le 23 mars 2021")]
    [InlineData("23 de marzo de 2021")]
    [InlineData("terça-feira, 23 de março de 2021 às 20:13")]
    [InlineData("Posted on Maret 23, 2021 by Admin")]
    [InlineData("23 марта 2021 года")]
    [InlineData("2021年3月23日")]
    [InlineData("Posted 23-Mar-2021 09:15")]
    [InlineData("Updated: 23-03-2021")]
    [InlineData("23 marzo 2021")]
    [InlineData("dinsdag 23 maart 2021")]
    [InlineData("기사입력 : 2021년 3월 23일")]
    [InlineData("2021. 3. 23. 오전 9:12")]
    [InlineData("23.3.21")]
    [InlineData("Publisert: 23.03.21 kl. 14:47")]
    [InlineData("tisdag 23 mars 2021")]
    [InlineData("23 marca 2021")]
    [InlineData("23. března 2021")]
    [InlineData("23 Mart 2021 Salı")]
    [InlineData("Published Tue, Mar 23 20217:05 AM EST")]
    [InlineData("23.03.202123. März 2021")]
    [InlineData("by The Daily TimesMarch 23, 202101747")]
    [InlineData("by Lesotho TimesMarch 23, 2021")]
    public void Dates_in_many_formats_and_languages_are_found(string line)
    {
        Assert.Equal(new DateOnly(2021, 3, 23), TextDates.Find(line, ParserTuning.Default));
    }

    [Theory]
    [InlineData("The ministry said yesterday that talks had failed.")]
    [InlineData("On Friday or Monday, the leaders may talk.")]
    [InlineData("Updated Nov 19, 6:55 AM")]
    [InlineData("31 February 2021")]
    [InlineData("Story Code : 922952")]
    [InlineData("He scored 23 goals in 2021")]
    [InlineData("Call 12-34-5678 today")]
    [InlineData("Version 1.2.3 is out")]
    [InlineData("Score 23.3.21.5")]
    [InlineData("5 hours ago")]
    [InlineData("vor 3 Stunden")]
    [InlineData("Lamarch 23, 2021")]
    [InlineData("the primarch 23, 2021")]
    public void Relative_words_partial_and_impossible_dates_are_not_dates(string line)
    {
        Assert.Null(TextDates.Find(line, ParserTuning.Default));
    }

    [Fact]
    public void The_earliest_date_in_a_line_wins()
    {
        Assert.Equal(new DateOnly(2019, 11, 18), TextDates.Find("Nov 18, 2019 @17:19 PM · Updated: Nov 19, 2019 @17:26 PM", ParserTuning.Default));
    }
}
