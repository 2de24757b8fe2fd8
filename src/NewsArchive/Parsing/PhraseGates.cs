using System.Buffers;
using System.Collections.Frozen;

namespace NewsArchive.Parsing;

/// <summary>
/// Cheap multi-word searches run before the unanchored furniture patterns: most lines contain none of these
/// words, and a vectorised search saves running a case-insensitive regex over every line (speed budget: 20 MB/s).
/// Each gate holds a word every alternative of its pattern contains.
/// </summary>
internal static class PhraseGates
{
    // ASCII words, case-insensitive, and the few non-ASCII ones exactly: mixing them would lose the fast search.
    private static readonly SearchValues<string> s_strong = Ascii(
        "rights", "derechos", "direitos", "droits", "rechte", "required", "newsletter", "sign up", "subscribe", "click here", "continue reading", "affiliate", "us on", "javascript", "your browser", "cookies", "share on", "share via", "reproduced", "recaptcha", "constitutes");

    private static readonly SearchValues<string> s_strongOther = Exact("права", "전재", "재배포", "無断", "réservés");
    private static readonly SearchValues<char> s_strongOtherMarks = NonAsciiMarks("права", "전재", "재배포", "無断", "réservés");

    private static readonly SearchValues<string> s_weak = Ascii("copyright", "privacy", "terms of", "inbox", "subscribe", "download", "save", "notify", "clique", "klik", "klicken");

    private static readonly SearchValues<string> s_caption = Ascii("photo", "image", "picture", "foto", "bild", "credit", "getty", "reuters", "afp", "epa", "shutterstock");

    private static readonly SearchValues<string> s_publication = Ascii("publi", "updat", "posted", "mis ", "ffentlicht", "aktualisiert", "atualizado", "diterbitkan");

    private static readonly SearchValues<string> s_publicationOther = Exact("опубликовано", "обновлено", "입력", "公開日", "更新日", "投稿日");
    private static readonly SearchValues<char> s_publicationOtherMarks = NonAsciiMarks("опубликовано", "обновлено", "입력", "公開日", "更新日", "投稿日");

    private static readonly SearchValues<string> s_copyright = Ascii("copyright", "(c)");

    // The non-ASCII words are searched only when one of their marks is there: a many-string search
    // outside ASCII is not vectorised, a search for a few characters is.
    public static bool MayBeStrong(ReadOnlySpan<char> line) =>
        line.ContainsAny(s_strong) || (line.ContainsAny(s_strongOtherMarks) && line.ContainsAny(s_strongOther));

    public static bool MayBeWeak(ReadOnlySpan<char> line) => line.Contains('©') || line.ContainsAny(s_weak);

    public static bool MayBeCaption(ReadOnlySpan<char> line) => line.ContainsAny(s_caption);

    public static bool MayBePublication(ReadOnlySpan<char> line) =>
        line.ContainsAny(s_publication) || (line.ContainsAny(s_publicationOtherMarks) && line.ContainsAny(s_publicationOther));

    public static bool MayBeCopyright(ReadOnlySpan<char> line) => line.Contains('©') || line.ContainsAny(s_copyright);

    public static readonly SearchValues<char> MenuSeparators = SearchValues.Create("/|>»·•");

    // The first words of every anchored furniture pattern (headings, bylines, credits, link prefixes).
    private static readonly FrozenSet<string> s_leadWords = (
        "trending popular latest recommended highlights related featured top more recent similar editor's editors editor most you also read see "
        + "don't dont don’t comments comment responses response replies share sharing tags tag topics topic categories archives advertisement sponsored "
        + "subscribe sign log login search menu back skip report story previous next about contact privacy terms leave post join what watch listen "
        + "by von par por oleh posted written published updated last publié mis veröffentlicht aktualisiert publicado atualizado diterbitkan "
        + "source sources fuente fuentes quelle quellen fonte fontes sumber via lire à voir partager commentaires publicité sur leer lea compartir "
        + "comentarios publicidad noticias te leia veja compartilhe comentários weiterlesen mehr teilen kommentare anzeige werbung das baca bagikan "
        + "komentar berita вам читайте читать поделиться комментарии реклама похожие опубликовано обновлено источник "
        + "関連記事 コメント シェア 관련 관련기사 댓글 공유 인기 인기기사 print reply")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_leadLookup = s_leadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static SearchValues<string> Ascii(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    private static SearchValues<string> Exact(params string[] words) => SearchValues.Create(words, StringComparison.Ordinal);

    // A character each word must contain, outside ASCII so that English lines rarely have one.
    private static SearchValues<char> NonAsciiMarks(params string[] words) => SearchValues.Create(string.Concat(words.Select(w => w.First(c => c > '\u007F'))));

    /// <summary>True when the line could match an anchored furniture pattern: it starts with a digit or a known lead word.</summary>
    public static bool MayLead(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }
        if (char.IsDigit(line[0]))
        {
            return true;
        }
        var end = line.AsSpan().IndexOfAny(' ', ':');
        var word = (end < 0 ? line.AsSpan() : line.AsSpan(0, end)).TrimEnd(".!:");
        return s_leadLookup.Contains(word);
    }
}
