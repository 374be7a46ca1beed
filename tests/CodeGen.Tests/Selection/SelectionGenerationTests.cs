using System;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Selection;

/// <summary>The <c>OpenApiSpec</c> item's selection metadata, through the generator into compiled code.</summary>
public sealed class SelectionGenerationTests
{
    private static readonly TestSpec Store = new(SelectionSpec.Path, SelectionSpec.Text, "Store", "StoreClient");

    [Fact]
    public void The_item_metadata_selects_the_operations_and_the_generated_files()
    {
        var all = GeneratorHarness.Run(new[] { Store });
        var selected = GeneratorHarness.Run(new[] { Store.With("IncludePaths", "/pets/**").With("ExcludeTags", "admin;photos") });

        Assert.Empty(selected.CompilationProblems());
        var client = selected.Sources.Single(s => s.HintName == "Store.StoreClient.g.cs").SourceText.ToString();
        Assert.Contains("ListPetsAsync(", client, StringComparison.Ordinal);
        Assert.Contains("GetPetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("DeletePetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("PlaceOrderAsync(", client, StringComparison.Ordinal);

        var files = selected.Sources.Select(s => s.HintName).ToList();
        Assert.Contains("Store.Pet.g.cs", files);
        Assert.DoesNotContain("Store.Order.g.cs", files);
        Assert.DoesNotContain("Store.Unused.g.cs", files);
        Assert.DoesNotContain("Store.AuditStatus.g.cs", files);
        Assert.Contains("Store.Unused.g.cs", all.Sources.Select(s => s.HintName));
        // Neither the converters nor the resolver mention a type that is not generated.
        Assert.DoesNotContain(selected.Sources, s => s.SourceText.ToString().Contains("AuditEntry", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_matching_nothing_is_a_warning_on_the_spec_file()
    {
        var run = GeneratorHarness.Run(new[] { Store.With("IncludeTags", "pets;stor") });

        var warning = Assert.Single(run.Diagnostics, d => d.Id == "CGEN021");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(SelectionSpec.Path, warning.Location.GetLineSpan().Path);
        Assert.Equal("The tag 'stor' in IncludeTags matches no operation of the spec; the selection is applied as written (did you mean 'Store'?)", warning.GetMessage());
    }
}
