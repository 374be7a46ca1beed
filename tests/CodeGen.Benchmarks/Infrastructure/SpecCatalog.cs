namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>The specs the generation benchmarks run over, read on first use.</summary>
public static class SpecCatalog
{
    private static readonly Lazy<IReadOnlyList<SpecFile>> LazyVendors = new(() =>
    [
        SpecFile.Load("highlevel", BenchmarkPaths.VendorSpec("highlevel.yaml"), "Vendors.HighLevel", "HighLevelClient"),
        SpecFile.Load("leadsquared", BenchmarkPaths.VendorSpec("leadsquared.yaml"), "Vendors.LeadSquared", "LeadSquaredClient"),
        SpecFile.Load("saleshandy", BenchmarkPaths.VendorSpec("saleshandy.yaml"), "Vendors.Saleshandy", "SaleshandyClient"),
    ]);

    /// <summary>Public specs of growing size, by the name shown in the results, which carries the number of operations.</summary>
    private static readonly (string Name, string FileName)[] ScaleFiles =
    [
        ("petstore (3)", "oai-petstore-3.0.yaml"),
        ("configcat (21)", "apisguru-configcat.yaml"),
        ("linode (220)", "apisguru-linode.yaml"),
        ("github-2022 (771)", "github-api.github.com.json"),
        ("github-2025 (1223)", "octokit-api.github.com.json"),
    ];

    /// <summary>Our three vendor specs, as one project lists them.</summary>
    public static IReadOnlyList<SpecFile> Vendors => LazyVendors.Value;

    public static SpecFile LeadSquared => Vendors[1];

    public static IEnumerable<string> ScaleNames => ScaleFiles.Select(file => file.Name);

    public static SpecFile Scale(string name) =>
        SpecFile.Load(name, BenchmarkPaths.RealWorldSpec(ScaleFiles.Single(file => file.Name == name).FileName), "RealWorld.Api", "ApiClient");
}
