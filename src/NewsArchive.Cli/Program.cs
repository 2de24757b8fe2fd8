using NewsArchive.Cli;

const string Usage = "usage: NewsArchive.Cli parse <file-or-folder>...";

if (args.Length < 2 || args[0] != "parse")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
using var stdout = Console.OpenStandardOutput();
return ParseCommand.Run(args[1..], stdout, Console.Error);
