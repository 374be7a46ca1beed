using System.Collections.Generic;

namespace CodeGen.Tests.Infrastructure;

/// <summary>A spec handed to the generator in a test, with the MSBuild metadata a project would give it.</summary>
/// <param name="IsReference">An <c>OpenApiReference</c> (a file the specs' <c>$ref</c>s may lead to) rather than an <c>OpenApiSpec</c>.</param>
internal sealed record TestSpec(string Path, string Text, string? Namespace = null, string? ClientName = null, bool IsReference = false)
{
    /// <summary>Further item metadata by its <c>OpenApiSpec</c> name (<c>IncludeTags</c>, <c>ExcludePaths</c>, …), as MSBuild passes it on.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The spec with one more item metadata, such as <c>IncludeTags="issues;pulls"</c>.</summary>
    public TestSpec With(string name, string value) =>
        this with { Metadata = new Dictionary<string, string>(Metadata) { [name] = value } };

    public static TestSpec Reference(string path, string text) => new(path, text, IsReference: true);

    public static TestSpec FromRepo(string fileName, string? @namespace = null, string? clientName = null) =>
        new(RepoPaths.Spec(fileName), System.IO.File.ReadAllText(RepoPaths.Spec(fileName)), @namespace, clientName);

    public static readonly TestSpec[] VendorSpecs =
    {
        FromRepo("highlevel.yaml", "Vendors.HighLevel", "HighLevelClient"),
        FromRepo("leadsquared.yaml", "Vendors.LeadSquared", "LeadSquaredClient"),
        FromRepo("saleshandy.yaml", "Vendors.Saleshandy", "SaleshandyClient"),
    };
}
