namespace CodeGen.Parsing;

/// <summary>An AdditionalFile's path and text, equal to another read of the same file with the same text.</summary>
internal sealed record FileText(string Path, string Text);
