using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
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
                "LICENSE",
                "README.md",
                AnalyzerFolder + "CodeGen.Generator.dll",
                AnalyzerFolder + "YamlDotNet.dll",
                "build/CodeGen.props",
                "build/CodeGen.targets",
                "icon.png",
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
    public void The_metadata_describes_a_development_dependency_with_license_icon_readme_release_notes_and_repository()
    {
        var metadata = Nuspec.Metadata(package.PackagePath);

        Assert.Equal("CodeGen", metadata.Value("id"));
        Assert.Equal("true", metadata.Value("developmentDependency"));
        Assert.Null(metadata.Value("dependencies"));
        AssertSharedMetadata(metadata);
    }

    [Fact]
    public void The_description_names_what_the_generator_brings_and_the_tool()
    {
        var description = Nuspec.Metadata(package.PackagePath).Value("description") ?? "";

        foreach (var feature in new[] { "OpenAPI", "Swagger 2.0", "models", "enums", "typed HTTP clients", "rate limits", "batched calls", "validators", "Native AOT", "codegen command-line tool" })
        {
            Assert.Contains(feature, description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_is_written_for_package_users_with_install_a_spec_a_call_the_tool_and_links_to_the_docs()
    {
        var readme = Encoding.UTF8.GetString(package.Read("README.md"));

        Assert.Equal(File.ReadAllText(RepoPaths.File("generator/CodeGen.Generator/PACKAGE.md")), readme);
        Assert.Contains($"<PackageReference Include=\"CodeGen\" Version=\"{BuildProperties.VersionPrefix}\" />", readme);
        Assert.Contains("<OpenApiSpec Include=", readme);
        Assert.Contains("```yaml\nopenapi: 3.0.3", readme.ReplaceLineEndings("\n"));
        Assert.Matches(@"await client\.\w+Async\(", readme);
        Assert.Contains("dotnet tool install --global CodeGen.Cli", readme);
        AssertWrittenForPackageUsers(readme);
    }

    [Fact]
    public void The_icon_is_a_small_square_png()
    {
        AssertSmallSquarePng(package.Read("icon.png"));
    }

    [Fact]
    public void The_license_file_is_the_repositorys_MIT_license()
    {
        var license = Encoding.UTF8.GetString(package.Read("LICENSE"));

        Assert.Equal(File.ReadAllText(RepoPaths.File("LICENSE")), license);
        Assert.StartsWith("MIT License", license, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_assembly_generated_code_and_analyzer_release_tracking_agree_on_the_version()
    {
        var nuspecVersion = Nuspec.Metadata(package.PackagePath).Value("version");
        var assemblyVersion = Assert.Single(AssemblyAttributes.StringArguments(
            package.Read(AnalyzerFolder + "CodeGen.Generator.dll"), "System.Reflection.AssemblyInformationalVersionAttribute", 1))[0];
        var (consumer, build) = package.BuiltHighLevelConsumer;
        Assert.True(build.ExitCode == 0, build.ToString());
        var generatedCode = AssemblyAttributes.StringArguments(
                File.ReadAllBytes(Path.Combine(consumer.OutputFolder("net10.0"), "HighLevelConsumer.dll")), "System.CodeDom.Compiler.GeneratedCodeAttribute", 2)
            .Where(arguments => arguments[0] == "CodeGen")
            .Select(arguments => arguments[1])
            .Distinct()
            .ToList();
        var releases = File.ReadAllLines(RepoPaths.File("generator/CodeGen.Generator/AnalyzerReleases.Shipped.md"))
            .Where(line => line.StartsWith("## Release ", StringComparison.Ordinal))
            .Select(line => line["## Release ".Length..].Trim())
            .ToList();

        Assert.Equal(package.Version, nuspecVersion);
        Assert.Equal(package.Version, assemblyVersion);
        Assert.Equal([package.Version], generatedCode);
        // The release tracking names releases without the suffix this run adds.
        Assert.Equal(package.Version.Split('-')[0], releases.Last());
    }

    [Fact]
    public void The_tool_package_has_its_own_readme_and_the_same_icon_license_release_notes_and_version()
    {
        var tool = package.ToolPackagePath;
        var metadata = Nuspec.Metadata(tool);
        var readme = Encoding.UTF8.GetString(PackedGenerator.Read(tool, "README.md"));

        Assert.Equal(PackedGenerator.ToolPackageId, metadata.Value("id"));
        Assert.Contains("DotnetTool", metadata.Element("packageTypes")?.ToString() ?? "");
        AssertSharedMetadata(metadata);
        Assert.Equal(File.ReadAllText(RepoPaths.File("generator/CodeGen.Cli/PACKAGE.md")), readme);
        AssertWrittenForPackageUsers(readme);
        AssertSmallSquarePng(PackedGenerator.Read(tool, "icon.png"));
        Assert.Equal(File.ReadAllText(RepoPaths.File("LICENSE")), Encoding.UTF8.GetString(PackedGenerator.Read(tool, "LICENSE")));
        foreach (var command in new[] { "generate", "check", "diff", "validators", "rate limits", "batched calls", "real enums", "typed HTTP clients" })
        {
            Assert.Contains(command, metadata.Value("description") ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_build_files_turn_OpenApiSpec_and_OpenApiReference_items_into_compiler_visible_AdditionalFiles()
    {
        var props = XDocument.Parse(Encoding.UTF8.GetString(package.Read("build/CodeGen.props")));
        var targets = Encoding.UTF8.GetString(package.Read("build/CodeGen.targets"));

        var visible = props.Descendants().Where(element => element.Name.LocalName == "CompilerVisibleItemMetadata")
            .Select(element => element.Attribute("MetadataName")!.Value);
        Assert.Equal(["CodeGenSpec", "CodeGenNamespace", "CodeGenClientName", "CodeGenReference",
            "CodeGenIncludeTags", "CodeGenExcludeTags", "CodeGenIncludePaths", "CodeGenExcludePaths", "CodeGenIncludeOperations", "CodeGenExcludeOperations"], visible);
        Assert.Contains("<AdditionalFiles Include=\"@(OpenApiSpec)\"", targets);
        Assert.Contains("<AdditionalFiles Include=\"@(_CodeGenReferencePath->Distinct())\" CodeGenReference=\"true\" />", targets);
    }

    /// <summary>What both packages carry: the version of this run, the license, icon, readme, release notes and repository.</summary>
    private void AssertSharedMetadata(Nuspec metadata)
    {
        Assert.Equal(package.Version, metadata.Value("version"));
        Assert.Equal("MIT", metadata.Value("license"));
        Assert.Equal("icon.png", metadata.Value("icon"));
        Assert.Equal("README.md", metadata.Value("readme"));
        Assert.Equal(BuildProperties.RepositoryUrl, metadata.Value("projectUrl"));
        Assert.Equal(ChangelogSection(BuildProperties.VersionPrefix), metadata.Value("releaseNotes")?.ReplaceLineEndings("\n"));
        var repository = metadata.Element("repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(BuildProperties.RepositoryUrl, repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
    }

    /// <summary>A package page shows nothing about building this repository, and every link works from nuget.org.</summary>
    private static void AssertWrittenForPackageUsers(string readme)
    {
        foreach (var repositoryOnly in new[] { "until it is published", "dotnet pack", "nuget add source", "dotnet test", "tests/", "generated-sample" })
        {
            Assert.DoesNotContain(repositoryOnly, readme, StringComparison.OrdinalIgnoreCase);
        }

        var links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(
            link.StartsWith(BuildProperties.RepositoryUrl, StringComparison.Ordinal) || link.StartsWith("https://www.nuget.org/packages/", StringComparison.Ordinal),
            $"{link} is neither a page of the repository nor a package"));
        Assert.Contains(links, link => link.StartsWith($"{BuildProperties.RepositoryUrl}/tree/main/docs/diagnostics", StringComparison.Ordinal));
    }

    /// <summary>NuGet shows the icon at 128 by 128 pixels and takes up to 1 MB; ours should be a square a few KB large.</summary>
    private static void AssertSmallSquarePng(byte[] icon)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], icon[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(icon, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20));
        Assert.Equal(width, height);
        Assert.InRange(width, 64, 512);
        Assert.InRange(icon.Length, 1, 32 * 1024);
    }

    /// <summary>The text under this version's heading in CHANGELOG.md, as the pack uses it for the release notes.</summary>
    private static string ChangelogSection(string version)
    {
        var changelog = File.ReadAllText(RepoPaths.File("CHANGELOG.md")).ReplaceLineEndings("\n");
        var start = changelog.IndexOf($"\n## {version}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"CHANGELOG.md has no section for {version}");
        var body = changelog[(changelog.IndexOf('\n', start + 1) + 1)..];
        var next = body.IndexOf("\n## ", StringComparison.Ordinal);
        return (next < 0 ? body : body[..next]).Trim();
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
