using System;
using System.Collections.Generic;
using System.IO;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Selection;

/// <summary>The selection metadata of an <c>OpenApiSpec</c> item, through CodeGen.targets and a real build.</summary>
public sealed class SelectionBuildTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public void Every_entry_of_a_semicolon_separated_list_reaches_the_generator()
    {
        var settings = new Dictionary<string, string> { ["EmitCompilerGeneratedFiles"] = "true", ["CompilerGeneratedFilesOutputPath"] = "generated" };
        using var build = ConsumerBuild.Create(new[] { ("store.yaml", SelectionSpec.Text) }, properties: settings,
            specMetadata: "IncludeTags=\"photos;pets;stor\" ExcludeOperations=\"createPet;deletePet\" ExcludePaths=\"/pets/*/photos/**\"");

        var outcome = build.Build(Timeout);

        Assert.True(outcome.Finished && outcome.ExitCode == 0, outcome.Output);
        // Only the last tag is misspelled: a list cut short at its first ';' would not report it.
        Assert.Contains("warning CGEN021: The tag 'stor' in IncludeTags matches no operation of the spec", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'photos'", outcome.Output, StringComparison.Ordinal);
        var generated = Path.Combine(build.Directory, "generated", "CodeGen.Generator", "CodeGen.OpenApiGenerator");
        var client = File.ReadAllText(Path.Combine(generated, "Consumer.Store.StoreClient.g.cs"));
        Assert.Contains("ListPetsAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("CreatePetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("DeletePetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("GetPhotoAsync(", client, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(generated, "Consumer.Store.Photo.g.cs")));
        Assert.False(File.Exists(Path.Combine(generated, "Consumer.Store.NewPet.g.cs")));
    }
}
