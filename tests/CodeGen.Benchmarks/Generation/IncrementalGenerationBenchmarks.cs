using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// What an IDE pays per edit once the generator has run: the same driver run again after a keystroke in an unrelated
/// C# file, or after an edit to one spec. A GeneratorDriver is immutable, so every invocation starts from the same
/// warm driver and sees the same change.
/// </summary>
[MemoryDiagnoser]
public class IncrementalGenerationBenchmarks
{
    private const string OriginalDescription = "Name of the task.";
    private const string EditedDescription = "Name of the task, as shown to its owner.";

    private GeneratorDriver _warmDriver = null!;
    private Compilation _compilation = null!;
    private Compilation _afterKeystroke = null!;
    private AdditionalText _leadSquared = null!;
    private AdditionalText _editedLeadSquared = null!;
    private IReadOnlyList<AdditionalText> _allTexts = null!;
    private AnalyzerConfigOptionsProvider _allOptions = null!;
    private IReadOnlyList<AdditionalText> _leadSquaredTexts = null!;
    private AnalyzerConfigOptionsProvider _leadSquaredOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var specs = SpecCatalog.Vendors;
        _allTexts = CodeGenRunner.Texts(specs);
        _allOptions = CodeGenRunner.Options(specs);
        _compilation = CodeGenRunner.CreateCompilation();
        _warmDriver = CodeGenRunner.CreateDriver(_allTexts, _allOptions).RunGenerators(_compilation);

        var tree = _compilation.SyntaxTrees.Single();
        var text = tree.GetText();
        _afterKeystroke = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), " "))));

        var leadSquared = SpecCatalog.LeadSquared;
        _leadSquared = _allTexts.Single(t => t.Path == leadSquared.Path);
        _editedLeadSquared = new InMemoryAdditionalText(leadSquared.Path, leadSquared.Text.Replace(OriginalDescription, EditedDescription));
        if (!LeadSquaredEdit().GeneratedTrees.Any(t => t.ToString().Contains(EditedDescription)))
        {
            throw new InvalidOperationException($"The edit to leadsquared.yaml no longer changes the output: is '{OriginalDescription}' still in the spec?");
        }

        _leadSquaredTexts = [_leadSquared];
        _leadSquaredOptions = CodeGenRunner.Options([leadSquared]);
    }

    [Benchmark(Baseline = true, Description = "cold: all three specs, new driver")]
    public GeneratorDriverRunResult ColdAllSpecs() => CodeGenRunner.Generate(_allTexts, _allOptions, _compilation);

    [Benchmark(Description = "cold: leadsquared alone, new driver")]
    public GeneratorDriverRunResult ColdLeadSquaredAlone() => CodeGenRunner.Generate(_leadSquaredTexts, _leadSquaredOptions, _compilation);

    [Benchmark(Description = "warm: keystroke in a C# file")]
    public GeneratorDriverRunResult Keystroke() => _warmDriver.RunGenerators(_afterKeystroke).GetRunResult();

    [Benchmark(Description = "warm: edit to leadsquared.yaml")]
    public GeneratorDriverRunResult LeadSquaredEdit() =>
        _warmDriver.ReplaceAdditionalText(_leadSquared, _editedLeadSquared).RunGenerators(_compilation).GetRunResult();
}
