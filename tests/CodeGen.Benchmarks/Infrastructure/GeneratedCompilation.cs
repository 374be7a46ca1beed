using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>
/// Compiles generated C# as <c>dotnet build</c> compiles a default net10.0 library: parse, bind and emit the assembly
/// and its portable PDB, here to memory, with nullable on, no optimisation and no documentation file.
/// </summary>
internal static class GeneratedCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Debug,
        deterministic: true);

    /// <summary>Compiles <paramref name="sources"/>; a compile error fails the benchmark rather than timing a partial build.</summary>
    public static long Emit(IReadOnlyList<string> sources)
    {
        var compilation = Create(sources);
        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success) throw new InvalidOperationException("The generated code does not compile: " + FirstErrors(result));
        return assembly.Length;
    }

    /// <summary>
    /// NSwag declares an enum member twice where a spec's values differ only in case (GitHub's <c>add</c> and
    /// <c>Add</c>: CS0102), so its output does not compile as it is. The second declaration of each gets a suffix,
    /// which keeps the code the same size and lets it be compiled at all.
    /// </summary>
    public static string RenameDuplicateMembers(string source, out int renamed)
    {
        var duplicates = Create([source]).GetDeclarationDiagnostics()
            .Where(diagnostic => diagnostic.Id == "CS0102")
            .Select(diagnostic => diagnostic.Location.SourceSpan.End)
            .Distinct()
            .OrderByDescending(end => end)
            .ToList();
        renamed = duplicates.Count;
        var text = SourceText.From(source);
        return text.WithChanges(duplicates.Select((end, i) => new TextChange(new TextSpan(end, 0), "_Duplicate" + i))).ToString();
    }

    private static CSharpCompilation Create(IReadOnlyList<string> sources) => CSharpCompilation.Create(
        "Generated",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), ParseOptions, path: $"Generated{i}.cs")),
        ReferenceAssemblies.NetCoreApp,
        Options);

    private static string FirstErrors(EmitResult result) =>
        string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5));
}
