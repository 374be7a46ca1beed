namespace CodeGen.Tests.Infrastructure;

/// <summary>A spec handed to the generator in a test, with the MSBuild metadata a project would give it.</summary>
/// <param name="IsReference">An <c>OpenApiReference</c> (a file the specs' <c>$ref</c>s may lead to) rather than an <c>OpenApiSpec</c>.</param>
internal sealed record TestSpec(string Path, string Text, string? Namespace = null, string? ClientName = null, bool IsReference = false)
{
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
