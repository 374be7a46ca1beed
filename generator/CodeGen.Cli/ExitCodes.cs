using System.CommandLine;

namespace CodeGen.Cli;

/// <summary>The tool's exit codes, the same for every command, and what each means for a command's help text.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A spec has errors (<c>check</c>, <c>generate</c>), or the new spec breaks consumers' code (<c>diff</c>).</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong, or a file cannot be read or written.</summary>
    public const int UsageError = 2;

    public static IEnumerable<(int Code, string Meaning)> Of(Command command) => command.Name switch
    {
        "check" => [(Success, "no spec has errors"), (Failure, "a spec has errors"), (UsageError, "a wrong command line or a missing file")],
        "generate" => [(Success, "generated, no errors"), (Failure, "a spec has errors (what could be generated was written)"),
                       (UsageError, "a wrong command line, a missing file or a folder that cannot be written")],
        "diff" => [(Success, "no breaking change"), (Failure, "breaking changes"), (UsageError, "a wrong command line, a missing file or a spec with errors")],
        _ => [(Success, "success"), (Failure, "a spec has errors (check, generate) or breaking changes were found (diff)"), (UsageError, "a wrong command line, or a file that cannot be read or written")],
    };
}
