using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Our three vendor specs from YAML text in memory to C# source text, by NSwag and by our generator, each starting
/// from nothing: NSwag reads every document and generates a file per spec; ours runs a new GeneratorDriver over
/// all three specs.
/// </summary>
[MemoryDiagnoser]
public class ColdGenerationBenchmarks
{
    private IReadOnlyList<SpecFile> _specs = null!;
    private IReadOnlyList<AdditionalText> _texts = null!;
    private AnalyzerConfigOptionsProvider _options = null!;
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _specs = SpecCatalog.Vendors;
        _texts = CodeGenRunner.Texts(_specs);
        _options = CodeGenRunner.Options(_specs);
        _compilation = CodeGenRunner.CreateCompilation();
    }

    [Benchmark(Baseline = true, Description = "NSwag: client + DTOs")]
    public async Task<int> NSwagClientAndDtos()
    {
        var length = 0;
        foreach (var spec in _specs) length += (await NSwagRunner.GenerateAsync(spec)).Length;
        return length;
    }

    [Benchmark(Description = "NSwag: DTOs only")]
    public async Task<int> NSwagDtosOnly()
    {
        var length = 0;
        foreach (var spec in _specs) length += (await NSwagRunner.GenerateAsync(spec, clients: false)).Length;
        return length;
    }

    [Benchmark(Description = "CodeGen")]
    public GeneratorDriverRunResult CodeGen() => CodeGenRunner.Generate(_texts, _options, _compilation);
}
