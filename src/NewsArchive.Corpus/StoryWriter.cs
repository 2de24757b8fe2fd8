using System.Text;

namespace NewsArchive.Corpus;

/// <summary>Writes stories: a headline and paragraphs of Zipf-distributed words around a few recurring names.</summary>
internal sealed class StoryWriter(ZipfVocabulary vocabulary, Random random)
{
    public const int MinWords = 300;
    public const int MaxWords = 1200;

    private static readonly DateOnly s_firstDay = new(2015, 1, 1);
    private const int Days = 3653;
    private readonly StringBuilder _text = new(8192);

    public GeneratedStory Write() => Write(MinWords, MaxWords);

    /// <summary>A story of <paramref name="minWords"/> to <paramref name="maxWords"/> words, skewed towards the short end.</summary>
    public GeneratedStory Write(int minWords, int maxWords)
    {
        var names = Names();
        var date = s_firstDay.AddDays(random.Next(Days));
        // Skewed towards shorter pieces, as news is.
        var target = minWords + (int)((maxWords - 2 - minWords) * Math.Pow(random.NextDouble(), 1.3));
        var paragraphs = new List<string>();
        var words = 0;
        while (words < target)
        {
            paragraphs.Add(Paragraph(names, target - words, out var written));
            words += written;
        }
        return new GeneratedStory(Headline(names), date, paragraphs, names);
    }

    /// <summary>
    /// A new text about a known event, as another outlet writes it: the same people and place and a few of the
    /// original's rarer words (<paramref name="terms"/>), otherwise its own words; the names and terms recur more than
    /// in an unrelated story, as a report keeps coming back to who and what it is about.
    /// </summary>
    public GeneratedStory Retell(IReadOnlyList<string> names, IReadOnlyList<string> terms, DateOnly date)
    {
        var focus = names.Concat(terms).ToList();
        var target = MinWords + (int)((MaxWords - 2 - MinWords) * Math.Pow(random.NextDouble(), 1.3));
        var paragraphs = new List<string>();
        var words = 0;
        while (words < target)
        {
            _text.Clear();
            var sentences = 1 + random.Next(4);
            var written = 0;
            for (var i = 0; i < sentences && written < target - words; i++)
            {
                if (i > 0)
                {
                    _text.Append(' ');
                }
                // A report's opening paragraph says who, what and where; the rest comes back to them now and then.
                written += AppendSentence(focus, Math.Min(target - words - written, 8 + random.Next(20)), paragraphs.Count == 0 ? LeadFocusPercent : FocusPercent);
            }
            paragraphs.Add(_text.ToString());
            words += written;
        }
        return new GeneratedStory(Headline(focus), date, paragraphs, names);
    }

    /// <summary>How often (percent of words) a retelling uses its names and terms: in its first paragraph, then after.</summary>
    private const int LeadFocusPercent = 20;

    private const int FocusPercent = 6;

    /// <summary>A headline in title case, often naming one of the story's people or places.</summary>
    public string Headline(IReadOnlyList<string>? names = null)
    {
        _text.Clear();
        var count = 5 + random.Next(7);
        for (var i = 0; i < count; i++)
        {
            var word = names is not null && i == 1 && random.Next(2) == 0 ? names[random.Next(names.Count)] : vocabulary.Sample(random);
            _text.Append(i == 0 ? "" : " ").Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }
        return _text.ToString();
    }

    /// <summary>One sentence, for rewrites of an existing story.</summary>
    public string Sentence(IReadOnlyList<string> names)
    {
        _text.Clear();
        AppendSentence(names, 8 + random.Next(20));
        return _text.ToString();
    }

    private string Paragraph(IReadOnlyList<string> names, int remaining, out int written)
    {
        _text.Clear();
        written = 0;
        var sentences = 1 + random.Next(4);
        for (var i = 0; i < sentences && written < remaining; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }
            written += AppendSentence(names, Math.Min(remaining - written, 8 + random.Next(20)));
        }
        return _text.ToString();
    }

    /// <summary>Appends a sentence of about <paramref name="length"/> words and returns how many it has (names count their parts).</summary>
    private int AppendSentence(IReadOnlyList<string> names, int length, int namePercent = 3)
    {
        length = Math.Max(length, 1);
        var count = 0;
        while (count < length)
        {
            var word = NextWord(names, namePercent);
            if (count == 0)
            {
                _text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                _text.Append(random.Next(14) == 0 ? ", " : " ").Append(word);
            }
            count += 1 + word.Count(c => c == ' ');
        }
        _text.Append(random.Next(12) == 0 ? "?" : ".");
        return count;
    }

    private string NextWord(IReadOnlyList<string> names, int namePercent)
    {
        var roll = random.Next(100);
        return roll switch
        {
            _ when roll < namePercent => names[random.Next(names.Count)],
            _ when roll < namePercent + 2 => WordLists.Phrases[random.Next(WordLists.Phrases.Length)],
            _ when roll < namePercent + 3 => random.Next(2, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => vocabulary.Sample(random),
        };
    }

    private List<string> Names()
    {
        var names = new List<string>(3);
        for (var i = 0; i < 2; i++)
        {
            names.Add($"{WordLists.FirstNames[random.Next(WordLists.FirstNames.Length)]} {WordLists.LastNames[random.Next(WordLists.LastNames.Length)]}");
        }
        names.Add(WordLists.Places[random.Next(WordLists.Places.Length)]);
        return names;
    }
}
