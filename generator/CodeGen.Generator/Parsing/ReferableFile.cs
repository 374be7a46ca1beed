using CodeGen.Helpers;

namespace CodeGen.Parsing;

/// <summary>
/// A file that <c>$ref</c>s may lead to (a spec, or a file listed for references), with the normalized paths of the
/// files its own <c>$ref</c>s name. Worked out once per file text, so an edit re-reads only the edited file.
/// </summary>
internal sealed record ReferableFile(string Path, string Text, EquatableArray<string> References)
{
    public string Key => SpecPaths.Normalize(Path);

    public static ReferableFile Read(string path, string text, System.Threading.CancellationToken cancellationToken)
    {
        var references = new System.Collections.Generic.List<string>();
        foreach (var file in ReferenceScanner.ReferencedFiles(text, cancellationToken))
        {
            var target = SpecPaths.Resolve(path, file);
            if (!references.Contains(target)) references.Add(target);
        }

        return new ReferableFile(path, text, references.ToEquatableArray());
    }
}
