using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Infrastructure;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// What the generated code costs the build that compiles it: Roslyn in process parses, binds and emits our output for
/// GitHub's 771-operation description, and NSwag's for the same spec (its settings as in the generation benchmarks),
/// with the same references. Both are generated once, before measuring. NSwag's output for this spec declares three
/// enum members twice and does not compile as it is; <see cref="GeneratedCompilation.RenameDuplicateMembers"/> renames
/// the second of each so that it does.
/// </summary>
[MemoryDiagnoser]
[MinWarmupCount(1)]
[MaxWarmupCount(3)]
[MinIterationCount(3)]
[MaxIterationCount(8)]
public class CompileCostBenchmarks
{
    private IReadOnlyList<string> _ours = null!;
    private IReadOnlyList<string> _nswag = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = SpecCatalog.GitHub2022;
        var run = CodeGenRunner.Generate(CodeGenRunner.Texts([spec]), CodeGenRunner.Options([spec]), CodeGenRunner.CreateCompilation());
        _ours = run.Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()).ToList();
        _nswag = [GeneratedCompilation.RenameDuplicateMembers(NSwagRunner.GenerateAsync(spec).GetAwaiter().GetResult(), out _)];
    }

    [Benchmark(Baseline = true, Description = "compile NSwag's output")]
    public long NSwag() => GeneratedCompilation.Emit(_nswag);

    [Benchmark(Description = "compile CodeGen's output")]
    public long CodeGen() => GeneratedCompilation.Emit(_ours);
}
