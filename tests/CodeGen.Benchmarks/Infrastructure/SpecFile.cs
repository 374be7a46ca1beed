namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>A spec read into memory before any measurement, with the settings both generators are given.</summary>
/// <param name="Name">Short name shown in the results.</param>
/// <param name="Namespace">The C# namespace both generators write into.</param>
/// <param name="ClientName">Our <c>ClientName</c> metadata; NSwag's client class name.</param>
public sealed record SpecFile(string Name, string Path, string Text, string Namespace, string ClientName)
{
    public bool IsJson => Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Name;

    public static SpecFile Load(string name, string path, string @namespace, string clientName) =>
        new(name, path, File.ReadAllText(path), @namespace, clientName);
}
