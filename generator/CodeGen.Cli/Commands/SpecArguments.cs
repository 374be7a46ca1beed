using System.CommandLine;

namespace CodeGen.Cli.Commands;

/// <summary>Arguments and options that several commands share.</summary>
internal static class SpecArguments
{
    /// <summary>One or more spec files that must exist; a missing one is a usage error.</summary>
    public static Argument<FileInfo[]> Files(string description)
    {
        var argument = new Argument<FileInfo[]>("specs") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.AcceptExistingOnly();
        return argument;
    }

    /// <summary>One spec file that must exist.</summary>
    public static Argument<FileInfo> File(string name, string description)
    {
        var argument = new Argument<FileInfo>(name) { Description = description };
        argument.AcceptExistingOnly();
        return argument;
    }
}
