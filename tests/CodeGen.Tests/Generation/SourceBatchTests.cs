using System.Linq;
using System.Text;
using CodeGen.Emit;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// A spec's own files go out in batches, one output each (Roslyn's cost of taking in one output grows with the square
/// of its files): every file once, in the order of <see cref="SourceEmitter.Emit(CodeGen.Model.ApiModel)"/>.
/// </summary>
public sealed class SourceBatchTests
{
    [Fact]
    public void The_batches_hold_every_file_once_in_order()
    {
        // More objects and enums than one batch holds.
        var objectCount = SourceEmitter.BatchSize + 10;
        var spec = new StringBuilder("openapi: 3.0.3\ninfo: { title: Many, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n");
        for (var i = 0; i < objectCount; i++)
        {
            spec.Append($"    Thing{i}:\n      type: object\n      properties:\n        kind: {{ type: string, enum: [a{i}, b{i}] }}\n");
        }

        var input = new SpecInput("many.yaml", spec.ToString(), "Many.Api", "ManyClient", null);
        var api = SpecReader.Read(input, default).Model!;
        var batches = SourceEmitter.Batches(api).ToList();

        Assert.Equal(new[] { SourceBatchPart.Objects, SourceBatchPart.Objects, SourceBatchPart.Enums, SourceBatchPart.Enums, SourceBatchPart.Shared },
            batches.Select(batch => batch.Part));
        var batched = batches.SelectMany(SourceEmitter.Emit).Select(file => file.HintName).ToList();
        Assert.Equal(SourceEmitter.Emit(api).Select(file => file.HintName), batched);
        Assert.Equal(batched.Count, batched.Distinct().Count());
        Assert.Equal(objectCount, api.Objects.Count);
        Assert.Equal(api.Objects.Count, batches.Where(batch => batch.Part == SourceBatchPart.Objects).SelectMany(SourceEmitter.Emit).Count());
        Assert.Equal(api.Enums.Count, batches.Where(batch => batch.Part == SourceBatchPart.Enums).SelectMany(SourceEmitter.Emit).Count());

        var run = GeneratorHarness.Run(new[] { new TestSpec("many.yaml", spec.ToString(), "Many.Api", "ManyClient") });
        Assert.Equal(batched, run.Sources.Select(source => source.HintName).Take(batched.Count));
    }
}
