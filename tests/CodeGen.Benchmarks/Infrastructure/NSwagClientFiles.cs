namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>
/// Writes the NSwag clients the runtime benchmarks call into <c>Runtime/&lt;Vendor&gt;/NSwagGenerated/</c>, with the
/// settings the generation benchmarks time. Run with <c>--write-nswag-clients</c> after an NSwag upgrade or a spec change, and commit the files.
/// </summary>
internal static class NSwagClientFiles
{
    public const string Argument = "--write-nswag-clients";

    private static readonly (string Spec, string Vendor, string ClassName)[] Clients =
    [
        ("leadsquared.yaml", "LeadSquared", "LeadSquaredNSwagClient"),
        ("saleshandy.yaml", "Saleshandy", "SaleshandyNSwagClient"),
    ];

    public static async Task WriteAsync()
    {
        foreach (var (spec, vendor, className) in Clients)
        {
            var folder = Path.Combine(BenchmarkPaths.Project, "Runtime", vendor, "NSwagGenerated");
            Directory.CreateDirectory(folder);
            var @namespace = $"CodeGen.Benchmarks.Runtime.{vendor}.NSwagGenerated";
            var file = SpecFile.Load(className, BenchmarkPaths.VendorSpec(spec), @namespace, className);
            var path = Path.Combine(folder, className + ".g.cs");
            await File.WriteAllTextAsync(path, await NSwagRunner.GenerateAsync(file));
            Console.WriteLine($"wrote {Path.GetRelativePath(BenchmarkPaths.Root, path)}");
        }
    }
}
