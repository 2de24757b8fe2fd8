namespace NewsArchive.Cli;

/// <summary>A tiny parser for <c>positional --name value</c> arguments.</summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public string? Error { get; private set; }

    public string? Get(string name) => _named.GetValueOrDefault(name);

    public static CliOptions Parse(IReadOnlyList<string> args, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new CliOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                options.Positional.AddRange(args.Skip(i + 1));
                break;
            }
            if (known.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    options.Error = $"{arg} needs a value.";
                    break;
                }
                options._named[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                options.Error = $"Unknown option '{arg}'.";
                break;
            }
            else
            {
                options.Positional.Add(arg);
            }
        }
        return options;
    }
}
