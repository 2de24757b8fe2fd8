using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>
/// A seeds folder of odd but real files, made at test time: every encoding the decoder knows, names no one
/// would choose, every kind of digit, broken and implausible headers, short wire items, tables, one-line
/// briefs, the highlighter's markers, and things that are not text or not files at all (a named pipe, a
/// socket, symbolic links). <see cref="Articles"/> must each become an article; <see cref="Refused"/> must each
/// fail with a reason containing the given words.
/// </summary>
internal sealed class NastyFiles : IDisposable
{
    public const int MaxFileBytes = 1_000_000;

    private const string Paragraph = "The council voted on Tuesday to extend the opening hours of the public library, after a long campaign by parents and students who said they had nowhere quiet to work.";
    private readonly List<Socket> _sockets = [];

    public NastyFiles(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        WriteArticles();
        WriteRefused();
    }

    public string Folder { get; }

    /// <summary>Relative path → a phrase the article's body or title must contain.</summary>
    public Dictionary<string, string> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Relative path → words the failure's reason must contain.</summary>
    public Dictionary<string, string> Refused { get; } = new(StringComparer.Ordinal);

    private static string Article(string headline, string extra = "") =>
        $"Home\nNews\n\n{headline}\n\n{Paragraph}\n\n{extra}{Paragraph} A second hearing is planned.\n\nShare\nPrivacy Policy\n";

    private void Add(string name, string text, string phrase) => AddBytes(name, Encoding.UTF8.GetBytes(text), phrase);

    private void AddBytes(string name, byte[] bytes, string phrase)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        Articles[name] = phrase;
    }

    private void Refuse(string name, byte[] bytes, string reason)
    {
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        Refused[name] = reason;
    }

    private void WriteArticles()
    {
        var plain = Article("Library hours extended after campaign");
        AddBytes("enc-utf8-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(plain)], "nowhere quiet to work");
        AddBytes("enc-utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(plain)], "nowhere quiet to work");
        AddBytes("enc-utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(plain)], "nowhere quiet to work");
        AddBytes("enc-windows-1252.txt", Encoding.Latin1.GetBytes(Article("Library hours extended after campaign", "The café in Zürich said on Tuesday that it would stay open later as well, to serve the students.\n\n")), "café in Zürich");
        Add("eol-crlf.txt", plain.Replace("\n", "\r\n", StringComparison.Ordinal), "nowhere quiet to work");
        Add("eol-cr.txt", plain.Replace("\n", "\r", StringComparison.Ordinal), "nowhere quiet to work");
        Add("eol-none.txt", Paragraph, "nowhere quiet to work");
        Add("eol-separators.txt", plain.Replace("\n", "\u2028", StringComparison.Ordinal) + "\u2029" + Paragraph, "nowhere quiet to work");

        // Not a header (the header is ASCII only), so a line of text that is mostly a date (since version 11 the text's
        // dates read other scripts' digits): a date line, left out of the article like any other.
        Add("digits-fullwidth-header.txt", " date ２０２２-01-01 Markets close higher\n\n" + Paragraph, "nowhere quiet to work");
        Add("digits-arabic.txt", Article("Markets close higher on March 5, ٢٠٢١", "Nov ١٨\n\n© 20٢١ Daily Planet\n\n© 2019 Daily Planet\n\n"), "nowhere quiet to work");
        Add("digits-devanagari.txt", Article("बाज़ार २०२१ में ऊँचे स्तर पर बंद", "५ मार्च २०२१ को नई दिल्ली में\n\n"), "nowhere quiet to work");
        Add("digits-persian.txt", Article("بازار در سال ۱۴۰۰ بالاتر بسته شد", "۱۴۰۰/۰۱/۰۵\n\n"), "nowhere quiet to work");
        Add("digits-mixed.txt", Article("Quarterly results", "Published 2021-0٣-05 and 2022-01-0５ by Staff\n\n"), "nowhere quiet to work");

        Add("header-impossible.txt", " date 2021-13-45 Headline about an impossible date\n\n" + Paragraph, "nowhere quiet to work");
        Add("header-future.txt", " date 2999-01-01 Headline from the future\n\n" + Paragraph, "nowhere quiet to work");
        Add("header-ancient.txt", " date 1066-10-14 Headline from the past\n\n" + Paragraph, "nowhere quiet to work");
        Add("header-unterminated.txt", " date 2021-", "2021");
        Add("header-only-rest.txt", " date 2021-03-05 Storm closes airport", "Storm closes airport");

        Add("wire-earnings.txt", " date 1987-03-02 0\nShr loss 25 cts vs profit 11 cts\nNet loss 446,005 vs profit 185,325\nSales 2.4 mln vs 2.5 mln\nReuter\n", "Net loss 446,005");
        Add("wire-brief.txt", "Storm closes airport", "Storm closes airport");
        Add("wire-table.txt", "Team\tWon\tLost\nRovers\t12\t3\nUnited\t9\t6\nCity\t7\t8\n", "Rovers");
        Add("menu-only.txt", "Home\nNews\nSport\nWeather\n", "Sport");

        Add("text-markers.txt", Article("Library \uE000hours\uE001 extended", "coun\uE001cil \uE000\n\n"), "nowhere quiet to work");
        Add("text-bidi.txt", Article("\u202EMarkets\u202C close \u2067higher\u2069 today", "\u200F\u061C\n\n"), "nowhere quiet to work");
        Add("text-combining.txt", Article("Cafe\u0301 owners protest the new rules"), "nowhere quiet to work");
        Add("text-private-use.txt", Article("Logos \uF8FF and icons \uE0A0 in the headline"), "nowhere quiet to work");
        Add("text-html.txt", Article("<script>alert(1)</script> Headline with markup", "<b>bold</b> &amp; <a href=\"javascript:x\">link</a>\n\n"), "nowhere quiet to work");
        Add("text-huge-line.txt", string.Concat(Enumerable.Repeat("word ", 150_000)), "word word");
        Add("text-tiny-lines.txt", string.Concat(Enumerable.Repeat("a\n", 50_000)), "a");

        Add("name with spaces.txt", plain, "nowhere quiet to work");
        Add("ünïcødé-名前-اسم.txt", plain, "nowhere quiet to work");
        Add("emoji-📰.txt", plain, "nowhere quiet to work");
        Add("quote'double\"semi;colon&amp.txt", plain, "nowhere quiet to work");
        Add("-leading-dash.txt", plain, "nowhere quiet to work");
        Add("trailing-space .txt", plain, "nowhere quiet to work");
        Add("percent%2F%00.txt", plain, "nowhere quiet to work");
        Add("new\nline.txt", plain, "nowhere quiet to work");
        Add("no-extension", plain, "nowhere quiet to work");
        Add("deep/sub/folder/nested.txt", plain, "nowhere quiet to work");
    }

    private void WriteRefused()
    {
        Refuse("empty.txt", [], "empty");
        Refuse("whitespace.txt", Encoding.UTF8.GetBytes(" \n\t\r\n \u00A0\u3000"), "only whitespace");
        Refuse("zero-width.txt", Encoding.UTF8.GetBytes("\u200B\u200B\uFEFF"), "only whitespace");
        Refuse("punctuation.txt", Encoding.UTF8.GetBytes("--- * * * ...\n!!!"), "no words");
        Refuse("header-only.txt", Encoding.UTF8.GetBytes(" date 2021-03-05 0\n"), "date header but no words");
        Refuse("image.png.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG image");
        Refuse("nul.txt", [.. Encoding.UTF8.GetBytes("Text with a "), 0, .. Encoding.UTF8.GetBytes(" in the middle")], "NUL");
        Refuse("controls.txt", [.. Enumerable.Repeat((byte)0x01, 200), (byte)'a'], "control characters");
        Refuse("oversized.txt", Encoding.UTF8.GetBytes(new string('x', MaxFileBytes + 1)), "over the 1,000,000-byte limit");

        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Folder, "fifo.txt")))
        {
            mkfifo.WaitForExit();
        }
        Refused["fifo.txt"] = "named pipe (FIFO), not a regular file; it was not opened";
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(Folder, "socket.txt")));
        _sockets.Add(socket);
        Refused["socket.txt"] = "a socket, not a regular file";
        File.CreateSymbolicLink(Path.Combine(Folder, "link-outside.txt"), "/etc/hostname");
        Refused["link-outside.txt"] = "outside the seeds folder; it was not followed";
        File.CreateSymbolicLink(Path.Combine(Folder, "link-dangling.txt"), Path.Combine(Folder, "no-such-file.txt"));
        Refused["link-dangling.txt"] = "does not exist";
        File.CreateSymbolicLink(Path.Combine(Folder, "link-device.txt"), "/dev/zero");
        Refused["link-device.txt"] = "outside the seeds folder";
        File.CreateSymbolicLink(Path.Combine(Folder, "link-inside.txt"), Path.Combine(Folder, "eol-crlf.txt"));
        Articles["link-inside.txt"] = "nowhere quiet to work";
    }

    public void Dispose()
    {
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
    }
}
