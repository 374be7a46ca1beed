using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// One run of a spec's files that depend on the spec alone: a range of its object models, unions or enums, or
/// the files the whole spec shares. Compared by value, so an unchanged spec leaves every batch cached.
/// </summary>
internal sealed record SourceBatch(ApiModel Api, SourceBatchPart Part, int Start, int Count);

internal enum SourceBatchPart
{
    /// <summary>A model and its converter for each object model in the range.</summary>
    Objects,

    /// <summary>A union and its converter for each union in the range.</summary>
    Unions,

    /// <summary>An enum and its converter for each enum in the range.</summary>
    Enums,

    /// <summary>The client interface, options, exception, retry policy, batch types, resolver and validation.</summary>
    Shared,
}
