namespace NewsArchive.Parsing;

/// <summary>The roles the classifier gave the lines, and where the body starts (-1 when there is none).</summary>
public sealed record Classification(LineRole[] Roles, LineKind[] Kinds, int BodyStart);
