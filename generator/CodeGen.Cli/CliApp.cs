using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using CodeGen.Cli.Commands;

namespace CodeGen.Cli;

/// <summary>The <c>codegen</c> command line: its commands, and exit code 2 for anything it cannot parse.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A plain command rather than RootCommand, which takes its name from the process (testhost, dotnet, …).
        var root = new Command("codegen", "Generates C# from OpenAPI specs, checks specs, and lists breaking changes between two versions of a spec.")
        {
            new HelpOption(),
            new VersionOption(),
            GenerateCommand.Create(),
            CheckCommand.Create(),
            DiffCommand.Create(),
        };

        HelpWithExitCodes.Install(root);

        var parseResult = root.Parse(args);
        // --help and --version still work on an incomplete command line; only a real parse error is a usage error.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors) error.WriteLine(parseError.Message);
            var command = parseResult.CommandResult.Command;
            error.WriteLine(command == root ? "Run 'codegen --help' for usage." : $"Run 'codegen {command.Name} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
