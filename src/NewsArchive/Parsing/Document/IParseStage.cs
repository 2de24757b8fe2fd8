namespace NewsArchive.Parsing.Document;

/// <summary>
/// One stage of the parser: it reads what earlier stages wrote into the document and fills in its own part.
/// A stage never calls another stage; what several stages need is a recogniser (NewsArchive.Parsing.Recognisers).
/// </summary>
internal interface IParseStage
{
    void Run(ParseDocument document);
}
