using System;
using System.Linq;
using CodeGen.Helpers;

namespace CodeGen.Parsing;

/// <summary>
/// Which operations of a spec are generated, from the <c>OpenApiSpec</c> item's <c>Include…</c>/<c>Exclude…</c>
/// metadata (or the same options of <c>codegen generate</c>). With any include, an operation is kept when it matches
/// one; then any exclude removes it. Tags compare ignoring case, operationIds as the spec spells them, and paths by
/// <see cref="PathPattern"/>.
/// </summary>
internal sealed record OperationSelection(
    EquatableArray<string> IncludeTags,
    EquatableArray<string> ExcludeTags,
    EquatableArray<string> IncludePaths,
    EquatableArray<string> ExcludePaths,
    EquatableArray<string> IncludeOperations,
    EquatableArray<string> ExcludeOperations)
{
    public static readonly OperationSelection All = new(
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>True when nothing is chosen or left out: every operation, and every schema, is generated.</summary>
    public bool IsAll => !HasIncludes && ExcludeTags.Count == 0 && ExcludePaths.Count == 0 && ExcludeOperations.Count == 0;

    public bool HasIncludes => IncludeTags.Count > 0 || IncludePaths.Count > 0 || IncludeOperations.Count > 0;

    /// <summary>
    /// The entries of a semicolon-separated list, trimmed, without empty ones; <c>CodeGen.targets</c> passes the
    /// item's list with <c>|</c> in place of <c>;</c>, which the compiler would take for the start of a comment.
    /// </summary>
    public static EquatableArray<string> ParseList(string? value) =>
        (value ?? "").Split(';', '|').Select(entry => entry.Trim()).Where(entry => entry.Length > 0).ToEquatableArray();

    /// <summary>Whether an operation with these tags, path and operationId is generated.</summary>
    public bool Keeps(OperationKey operation) =>
        (!HasIncludes || MatchesAny(operation, IncludeTags, IncludePaths, IncludeOperations))
        && !MatchesAny(operation, ExcludeTags, ExcludePaths, ExcludeOperations);

    private static bool MatchesAny(OperationKey operation, EquatableArray<string> tags, EquatableArray<string> paths, EquatableArray<string> operationIds) =>
        tags.Any(operation.HasTag) || paths.Any(pattern => PathPattern.Matches(pattern, operation.Path)) || operationIds.Any(operation.HasOperationId);
}

/// <summary>What a selection looks at in one operation.</summary>
internal sealed record OperationKey(string Path, string? OperationId, EquatableArray<string> Tags)
{
    public bool HasTag(string tag) => Tags.Any(own => string.Equals(own, tag, StringComparison.OrdinalIgnoreCase));

    public bool HasOperationId(string operationId) => string.Equals(OperationId, operationId, StringComparison.Ordinal);
}
