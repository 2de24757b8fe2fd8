using System.Text;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

/// <summary>
/// Every shortest string a regular expression of the furniture patterns' kind matches: each alternative of each
/// group, with and without each optional part, one repetition of a repeated part. Enough of the syntax for
/// those patterns (literals, escapes, small character classes, groups, lookarounds, quantifiers); anything else
/// throws, so a pattern that outgrows it is noticed. Spaces are written as ' ': the parser's text has no other.
/// </summary>
internal sealed class RegexExamples
{
    private const int Limit = 100_000;
    private readonly string _pattern;
    private int _at;

    private RegexExamples(string pattern) => _pattern = pattern;

    public static IReadOnlyList<string> Of(string pattern)
    {
        var parser = new RegexExamples(pattern);
        var examples = parser.Alternation();
        if (parser._at != pattern.Length)
        {
            throw new NotSupportedException($"Unexpected '{pattern[parser._at]}' at {parser._at} in {pattern}");
        }
        return examples;
    }

    private List<string> Alternation()
    {
        var all = Sequence();
        while (_at < _pattern.Length && _pattern[_at] == '|')
        {
            _at++;
            all.AddRange(Sequence());
        }
        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    private List<string> Sequence()
    {
        List<string> strings = [""];
        while (_at < _pattern.Length && _pattern[_at] is not ('|' or ')'))
        {
            var atom = Quantified(Atom());
            strings = [.. strings.SelectMany(s => atom.Select(a => s + a)).Distinct(StringComparer.Ordinal)];
            if (strings.Count > Limit)
            {
                throw new NotSupportedException($"More than {Limit} examples of {_pattern}");
            }
        }
        return strings;
    }

    private List<string> Quantified(List<string> atom)
    {
        if (_at >= _pattern.Length)
        {
            return atom;
        }
        var (min, optional) = _pattern[_at] switch
        {
            '?' => (0, true),
            '*' => (0, true),
            '+' => (1, false),
            '{' => (Count(), false),
            _ => (-1, false),
        };
        if (min < 0)
        {
            return atom;
        }
        if (_pattern[_at] is '?' or '*' or '+')
        {
            _at++;
        }
        if (_at < _pattern.Length && _pattern[_at] == '?')
        {
            _at++; // lazy: same strings
        }
        var repeated = min == 0 ? atom : atom.Select(a => string.Concat(Enumerable.Repeat(a, min))).ToList();
        return optional ? ["", .. repeated] : repeated;
    }

    private int Count()
    {
        var end = _pattern.IndexOf('}', _at);
        var min = int.Parse(_pattern.AsSpan(_at + 1, end - _at - 1).ToString().Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        _at = end + 1;
        return Math.Max(min, 1);
    }

    private List<string> Atom()
    {
        var c = _pattern[_at++];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return Class();
            case '\\':
                return Escape();
            case '^' or '$':
                return [""];
            case '.':
                // After a word boundary ("from\b.*"): a space and a word, so the boundary holds.
                return [" x"];
            default:
                return [c.ToString()];
        }
    }

    private List<string> Group()
    {
        var lookaround = false;
        if (_pattern[_at] == '?')
        {
            _at++;
            if (_pattern[_at] == '<' && _pattern[_at + 1] is not ('!' or '='))
            {
                _at = _pattern.IndexOf('>', _at) + 1; // named group
            }
            else
            {
                lookaround = _pattern[_at] is '!' or '=' or '<';
                _at += _pattern[_at] == '<' ? 2 : 1; // (?: (?! (?= (?<! (?<=
            }
        }
        var inner = Alternation();
        if (_pattern[_at++] != ')')
        {
            throw new NotSupportedException($"Unclosed group in {_pattern}");
        }
        return lookaround ? [""] : inner;
    }

    private List<string> Class()
    {
        var chars = new StringBuilder();
        var general = false;
        while (_pattern[_at] != ']')
        {
            if (_pattern[_at] == '\\')
            {
                _at++;
                var escaped = _pattern[_at++];
                if (escaped is 'p' or 'P')
                {
                    _at = _pattern.IndexOf('}', _at) + 1;
                    general = true;
                }
                else if (escaped is 'w' or 'd' or 's' or 'S' or 'W' or 'D')
                {
                    general = true;
                }
                else
                {
                    chars.Append(escaped);
                }
            }
            else if (_pattern[_at + 1] == '-' && _pattern[_at + 2] != ']')
            {
                chars.Append(_pattern[_at]);
                _at += 3;
            }
            else
            {
                chars.Append(_pattern[_at++]);
            }
        }
        _at++;
        // A class of listed characters gives each; one with a general category (\w, \p{L}) gives a letter.
        return general ? ["x"] : [.. chars.ToString().Select(ch => ch.ToString()).Distinct(StringComparer.Ordinal)];
    }

    private List<string> Escape()
    {
        var c = _pattern[_at++];
        switch (c)
        {
            case 'b' or 'B':
                return [""];
            case 's':
                // \s* gives "" and " " (the quantifier adds ""), \s+ gives " ".
                return [" "];
            case 'S' or 'w':
                return ["x"];
            case 'd':
                return ["1"];
            case 'p':
                _at = _pattern.IndexOf('}', _at) + 1;
                return [_pattern[_at - 2] == 'u' ? "A" : "a"];
            case 'k':
                throw new NotSupportedException($"Backreference in {_pattern}");
            default:
                return [c.ToString()];
        }
    }
}
