using BenchmarkDotNet.Running;

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

    /// <summary>
    /// Public specs of growing size, by the name shown in the results, which carries the number of operations. NSwag
    /// 14.8 stops on linode with "The properties 'public' are defined multiple times", so its row there is NA.
    /// </summary>
    private static readonly (string Name, string FileName, bool NSwagReadsIt)[] ScaleFiles =
    [
        ("petstore (3)", "oai-petstore-3.0.yaml", true),
        ("configcat (21)", "apisguru-configcat.yaml", true),
        ("linode (220)", "apisguru-linode.yaml", false),
        ("github-2022 (771)", "github-api.github.com.json", true),
        ("github-2025 (1223)", "octokit-api.github.com.json", true),
    ];

    /// <summary>Our three vendor specs, as one project lists them.</summary>
    public static IReadOnlyList<SpecFile> Vendors => LazyVendors.Value;

    public static SpecFile LeadSquared => Vendors[1];

    public static IEnumerable<string> ScaleNames => ScaleFiles.Select(file => file.Name);

    public static bool IsKnownNSwagFailure(BenchmarkCase benchmark) =>
        benchmark.Descriptor.WorkloadMethod.Name == "NSwag" &&
        benchmark.Parameters.Items.Any(parameter => ScaleFiles.Any(file => !file.NSwagReadsIt && Equals(parameter.Value, file.Name)));

    /// <summary>GitHub's 2022 description (771 operations), the spec whose generated code the compile-cost benchmark compiles.</summary>
    public static SpecFile GitHub2022 => Scale("github-2022 (771)");

    public static SpecFile Scale(string name) =>
        SpecFile.Load(name, BenchmarkPaths.RealWorldSpec(ScaleFiles.Single(file => file.Name == name).FileName), "RealWorld.Api", "ApiClient");
}
