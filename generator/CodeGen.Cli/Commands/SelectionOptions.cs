using System.CommandLine;
using CodeGen.Helpers;
using CodeGen.Parsing;

namespace CodeGen.Cli.Commands;

/// <summary>
/// <c>--include-tags</c> … <c>--exclude-operations</c>: the operations to generate, as the <c>OpenApiSpec</c> item's
/// <c>IncludeTags</c> … <c>ExcludeOperations</c> metadata. Each takes a semicolon-separated list and may be repeated.
/// </summary>
internal sealed class SelectionOptions
{
    private readonly Option<string[]> _includeTags = Create("--include-tags", "Generate only the operations with one of these tags (ignoring case), as the OpenApiSpec item's IncludeTags.");
    private readonly Option<string[]> _excludeTags = Create("--exclude-tags", "Leave out the operations with one of these tags, as ExcludeTags.");
    private readonly Option<string[]> _includePaths = Create("--include-paths", "Generate only the operations under these path patterns ('*' one segment, '**' any number), as IncludePaths.");
    private readonly Option<string[]> _excludePaths = Create("--exclude-paths", "Leave out the operations under these path patterns, as ExcludePaths.");
    private readonly Option<string[]> _includeOperations = Create("--include-operations", "Generate only the operations with these operationIds, as IncludeOperations.");
    private readonly Option<string[]> _excludeOperations = Create("--exclude-operations", "Leave out the operations with these operationIds, as ExcludeOperations.");

    public IEnumerable<Option> All => [_includeTags, _excludeTags, _includePaths, _excludePaths, _includeOperations, _excludeOperations];

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All) command.Options.Add(option);
    }

    public OperationSelection Read(ParseResult parseResult) => new(
        List(parseResult, _includeTags), List(parseResult, _excludeTags),
        List(parseResult, _includePaths), List(parseResult, _excludePaths),
        List(parseResult, _includeOperations), List(parseResult, _excludeOperations));

    private static EquatableArray<string> List(ParseResult parseResult, Option<string[]> option) =>
        OperationSelection.ParseList(string.Join(";", parseResult.GetValue(option) ?? []));

    private static Option<string[]> Create(string name, string description) => new(name)
    {
        Description = description + " Semicolon-separated; may be repeated.",
        Arity = ArgumentArity.OneOrMore,
    };
}
