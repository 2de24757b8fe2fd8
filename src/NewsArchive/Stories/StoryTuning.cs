namespace NewsArchive.Stories;

/// <summary>
/// Every threshold of the story finder in one place. Measured on generated corpora with labelled copies and
/// retellings (<c>stories-check</c>, docs/stories.md).
/// </summary>
public static class StoryTuning
{
    /// <summary>Copies are compared on word 5-grams (shingles) of the body.</summary>
    public const int ShingleWords = 5;

    /// <summary>MinHash values a signature: <see cref="Bands"/> LSH bands of <see cref="RowsPerBand"/>.</summary>
    public const int Hashes = Bands * RowsPerBand;

    /// <summary>12 bands of 5: a pair at Jaccard 0.8 shares a band with probability 0.99, at 0.5 with 0.32, at 0.3 with 0.03.</summary>
    public const int Bands = 12;

    public const int RowsPerBand = 5;

    /// <summary>
    /// Bits kept of each MinHash value (b-bit minwise hashing): two unrelated values agree by chance with probability
    /// 2^-16, which the estimate corrects for (<see cref="ArticleSketch.Estimate"/>); a band of five agrees by chance
    /// with probability 2^-80. 120 bytes a stored signature instead of 240.
    /// </summary>
    public const int ValueBits = 16;

    /// <summary>
    /// Bits of a term's hash (the high part of its mixed 64-bit word hash): 4 bytes a stored term instead of 8, 88
    /// terms an article. N distinct terms give about N²/2^33 colliding pairs (some hundred for a million terms): now
    /// and then two rare words share a count and a key.
    /// </summary>
    public const int TermBits = 32;

    /// <summary>Estimated shingle Jaccard from which two articles are copies of one text.</summary>
    public const double CopyJaccard = 0.5;

    /// <summary>Words of the body after the title that make an article's lead (what a story is recognised by).</summary>
    public const int LeadWords = 200;

    /// <summary>Title words count this many times (a headline names the event).</summary>
    public const int TitleWeight = 2;

    /// <summary>A name (two capitalised words in a row) is this many times likelier to be a lookup key: who a report is about finds its event.</summary>
    public const int NameKeyBoost = 2;

    /// <summary>
    /// IDF is computed as if the archive had this many more articles without the term: in a small archive every term
    /// looks common, and two articles would tell one story on common words alone.
    /// </summary>
    public const int PriorArticles = 200;

    /// <summary>A term in at most this share of the articles (prior included) is informative: shared evidence of one event.</summary>
    public const double InformativeShare = 0.02;

    /// <summary>Dated articles close in time need this many shared informative terms (names included) as well as the cosine.</summary>
    public const int StoryShared = 3;

    /// <summary>And undated ones this many.</summary>
    public const int UndatedStoryShared = 5;

    /// <summary>Lead terms an article is found by: its highest TF-IDF ones.</summary>
    public const int KeyTerms = 12;

    /// <summary>A term in more articles than this is no rare term: looking it up is not worth its candidates.</summary>
    public const int KeyTermMaxDocs = 400;

    /// <summary>At most this many candidates an article from its bands.</summary>
    public const int MaxCandidates = 24;

    /// <summary>At most this many candidates an article from its key terms: those whose shared key terms are rarest (summed IDF).</summary>
    public const int MaxTermCandidates = 6;

    /// <summary>Rows read from the key table an article (its key lookups stop there).</summary>
    public const int MaxKeyRows = 2_000;

    /// <summary>At most this many other matches (and their stories) a new article brings into its story.</summary>
    public const int MaxJoins = 4;

    /// <summary>Dated articles of one story are at most this many days apart from the member they join.</summary>
    public const int WindowDays = 7;

    /// <summary>TF-IDF cosine of the leads from which two dated articles close in time tell one story.</summary>
    public const double StoryCosine = 0.05;

    /// <summary>An undated article (no time window to narrow it) joins a story only on this much stronger evidence.</summary>
    public const double UndatedStoryCosine = 0.15;

    /// <summary>
    /// Articles whose keys a run holds in memory for the story finder (<see cref="StoryIndex"/>: about 0.4 KB an
    /// article, so about 0.8 GB at most), the archive's first (loaded from <c>StoryKeySets</c>) and then the run's;
    /// past them an article's keys are rows of <c>StoryKeys</c>, which is then asked as well, so a larger archive stays
    /// within memory and gets slower per article.
    /// </summary>
    public const int RunIndexArticles = 2_000_000;

    /// <summary>
    /// Articles whose stored sketches a run holds in memory (<see cref="HeldSketches"/>: about 0.63 KB an article, so
    /// about 160 MB at most); the candidates among later articles, and among earlier runs', are read from the database.
    /// </summary>
    public const int RunSketchArticles = 250_000;

    /// <summary>
    /// Once the run's index holds this many articles the held sketches are let go (<see cref="HeldSketches.Release"/>):
    /// as soon as they are full, since from then on ever fewer of the candidates are among them, and the index, which
    /// keeps growing, needs the room (let go at 500,000, the peak of a 1,000,000-article run was the moment before). Every candidate is then read from the database, where most are rejected on their stored row read in place
    /// (<see cref="SketchReader.View"/>, about 3.6 µs); the stories are the same whatever is held. At 1,000,000 articles
    /// holding them to the end kept 190 MB of a peak over 1 GB (docs/performance.md, branch memory9).
    /// </summary>
    public const int RunSketchReleaseArticles = RunSketchArticles;
}
