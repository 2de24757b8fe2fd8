using System.Text;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>Builds small article files for tests: menus, a headline, paragraphs of running text, a footer.</summary>
internal static class SampleText
{
    public const string Paragraph1 = "The city council voted on Tuesday to extend the opening hours of the public library, after a long campaign by parents and students who said they had nowhere quiet to work.";
    public const string Paragraph2 = "The change will cost about two hundred thousand a year, and the council said it would pay for it by cutting the budget for the new parking garage, which has been delayed again.";
    public const string Paragraph3 = "Librarians welcomed the decision but warned that they would need more staff, because the evening hours are when most of the school groups and job seekers come in for help.";

    public static string Article(string headline = "Library hours extended after campaign by parents", string header = "") =>
        string.Join('\n', header + "Home", "News", "Sport", "", headline, "", Paragraph1, "", Paragraph2, "", Paragraph3, "", "Related Stories", "Share", "Privacy Policy");

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
