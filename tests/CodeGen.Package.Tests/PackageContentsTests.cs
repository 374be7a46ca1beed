using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using CodeGen.Package.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests(PackedGenerator package)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>
    /// Assemblies every compiler host loads analyzers beside: a reference to anything else must ship in the package,
    /// or the generator fails to load inside an IDE even where 'dotnet build' happens to find the assembly.
    /// </summary>
    private static readonly HashSet<string> ProvidedByCompiler = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        "System.Collections.Immutable", "System.Reflection.Metadata", "System.Memory", "System.Runtime.CompilerServices.Unsafe",
    };

    [Fact]
    public void The_generator_and_its_dependencies_are_analyzers_and_nothing_is_a_runtime_reference()
    {
        var entries = package.Entries().Where(entry => !IsPackagingPlumbing(entry)).ToList();

        Assert.Equal(
            [
                "CodeGen.nuspec",
                "README.md",
                AnalyzerFolder + "CodeGen.Generator.dll",
                AnalyzerFolder + "YamlDotNet.dll",
                "build/CodeGen.props",
                "build/CodeGen.targets",
            ],
            entries);
    }

    [Fact]
    public void Every_assembly_the_generator_references_ships_with_it_or_comes_with_the_compiler()
    {
        var analyzers = package.Entries().Where(entry => entry.StartsWith(AnalyzerFolder, StringComparison.Ordinal)).ToList();
        var shipped = analyzers.Select(entry => Path.GetFileNameWithoutExtension(entry)).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in analyzers)
        {
            foreach (var reference in AssemblyReferences(package.Read(entry)))
            {
                Assert.True(shipped.Contains(reference.Name) || ProvidedByCompiler.Contains(reference.Name),
                    $"{entry} references {reference.Name} {reference.Version}, which is neither in the package nor provided by the compiler");
                // Roslyn 4.8 is the compiler of the .NET 8 SDK and Visual Studio 17.8: anything newer fails to load there.
                if (reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{entry} needs {reference.Name} {reference.Version}");
                }
            }
        }
    }

    [Fact]
    public void The_metadata_describes_a_development_dependency_with_license_readme_and_repository()
    {
        var nuspec = XDocument.Parse(System.Text.Encoding.UTF8.GetString(package.Read("CodeGen.nuspec")).TrimStart('\uFEFF'));
        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("CodeGen", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("OpenAPI", Value("description"));
        Assert.Null(Value("dependencies"));
        var repository = metadata.Elements().Single(element => element.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
    }

    [Fact]
    public void The_build_files_turn_OpenApiSpec_and_OpenApiReference_items_into_compiler_visible_AdditionalFiles()
    {
        var props = XDocument.Parse(System.Text.Encoding.UTF8.GetString(package.Read("build/CodeGen.props")));
        var targets = System.Text.Encoding.UTF8.GetString(package.Read("build/CodeGen.targets"));

        var visible = props.Descendants().Where(element => element.Name.LocalName == "CompilerVisibleItemMetadata")
            .Select(element => element.Attribute("MetadataName")!.Value);
        Assert.Equal(["CodeGenSpec", "CodeGenNamespace", "CodeGenClientName", "CodeGenReference"], visible);
        Assert.Contains("<AdditionalFiles Include=\"@(OpenApiSpec)\"", targets);
        Assert.Contains("<AdditionalFiles Include=\"@(_CodeGenReferencePath->Distinct())\" CodeGenReference=\"true\" />", targets);
    }

    private static bool IsPackagingPlumbing(string entry) =>
        entry.StartsWith("_rels/", StringComparison.Ordinal) || entry.StartsWith("package/", StringComparison.Ordinal) || entry == "[Content_Types].xml";

    private static IEnumerable<(string Name, Version Version)> AssemblyReferences(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            yield return (metadata.GetString(reference.Name), reference.Version);
        }
    }
}
