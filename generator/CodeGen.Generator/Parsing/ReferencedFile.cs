namespace CodeGen.Parsing;

/// <summary>A file a spec's <c>$ref</c>s lead to, directly or through other files: its path as given, and its text.</summary>
internal sealed record ReferencedFile(string Path, string Text);
