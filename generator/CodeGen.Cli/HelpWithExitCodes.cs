using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CodeGen.Cli;

/// <summary>The standard <c>--help</c> text followed by the exit codes of the command it describes.</summary>
internal sealed class HelpWithExitCodes(HelpAction standardHelp) : SynchronousCommandLineAction
{
    public static void Install(Command root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var result = standardHelp.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.Of(parseResult.CommandResult.Command)) output.WriteLine($"  {code}  {meaning}");
        output.WriteLine();
        return result;
    }
}
