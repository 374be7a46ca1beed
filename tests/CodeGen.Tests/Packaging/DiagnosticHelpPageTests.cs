using System;
using System.IO;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Packaging;

/// <summary>Every diagnostic links to its page under docs/diagnostics/, and every page there belongs to a diagnostic.</summary>
public sealed class DiagnosticHelpPageTests
{
    private static readonly string PagesFolder = Path.Combine(RepoPaths.Root, "docs", "diagnostics");

    private static readonly string[] DescriptorIds = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Ids => new(DescriptorIds);

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_help_link_points_at_the_diagnostics_page_in_the_repository(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);

        Assert.Equal($"{BuildProperties.RepositoryUrl}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(PagesFolder, id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_names_the_diagnostic_and_explains_cause_example_and_fix(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var lines = File.ReadAllLines(Path.Combine(PagesFolder, id + ".md"));

        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "Error." : "Warning.";
        Assert.StartsWith(severity, lines.Skip(1).First(line => line.Length > 0), StringComparison.Ordinal);
        Assert.Equal(["## Cause", "## Example", "## Fix"], lines.Where(line => line.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.Contains($" {id}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_belongs_to_a_diagnostic_and_the_index_lists_them_all()
    {
        var pages = Directory.GetFiles(PagesFolder, "CGEN*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var index = File.ReadAllText(Path.Combine(PagesFolder, "README.md"));

        Assert.Equal(DescriptorIds, pages);
        Assert.All(pages, id => Assert.Contains($"[{id}]({id}.md)", index, StringComparison.Ordinal));
    }
}
