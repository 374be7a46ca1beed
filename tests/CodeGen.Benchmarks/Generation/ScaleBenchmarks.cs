using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Cold generation over public specs of growing size (3 to 1,223 operations), NSwag alongside: how cost grows with
/// the size of a spec. NSwag takes seconds on the GitHub specs, so a full run makes fewer iterations here.
/// </summary>
[MemoryDiagnoser]
[MinWarmupCount(2)]
[MaxWarmupCount(5)]
[MinIterationCount(5)]
[MaxIterationCount(12)]
public class ScaleBenchmarks
{
    private SpecFile _spec = null!;
    private IReadOnlyList<AdditionalText> _texts = null!;
    private AnalyzerConfigOptionsProvider _options = null!;
    private Compilation _compilation = null!;

    public static IEnumerable<string> Specs => SpecCatalog.ScaleNames;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _spec = SpecCatalog.Scale(Spec);
        _texts = CodeGenRunner.Texts([_spec]);
        _options = CodeGenRunner.Options([_spec]);
        _compilation = CodeGenRunner.CreateCompilation();
    }

    [Benchmark(Baseline = true, Description = "NSwag: client + DTOs")]
    public Task<string> NSwag() => NSwagRunner.GenerateAsync(_spec);

    [Benchmark(Description = "CodeGen")]
    public GeneratorDriverRunResult CodeGen() => CodeGenRunner.Generate(_texts, _options, _compilation);
}
