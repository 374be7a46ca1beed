using System.CommandLine;

namespace CodeGen.Cli.Commands;

/// <summary><c>codegen check SPEC...</c>: reads specs as the generator does and prints its diagnostics, for CI.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var specs = SpecArguments.Files("The OpenAPI spec files to check (.yaml, .yml or .json).");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Count warnings as errors, as a project with TreatWarningsAsErrors does.",
        };

        var selection = new SelectionOptions();
        var command = new Command("check", "Checks specs and prints the diagnostics the generator would report, as the compiler prints them.")
        {
            specs,
            warningsAsErrors,
        };
        selection.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult.GetRequiredValue(specs), parseResult.GetValue(warningsAsErrors), selection.Read(parseResult), parseResult.InvocationConfiguration.Output, cancellationToken)));
        return command;
    }

    private static int Run(FileInfo[] specs, bool warningsAsErrors, Parsing.OperationSelection selection, TextWriter output, CancellationToken cancellationToken)
    {
        var printer = new DiagnosticPrinter(output, warningsAsErrors);
        foreach (var spec in specs)
        {
            var result = SpecFile.Read(spec, SpecNaming.Default, cancellationToken, selection);
            printer.Print(result.Diagnostics);
        }

        output.WriteLine($"Checked {(specs.Length == 1 ? "1 spec" : $"{specs.Length} specs")}: {printer.Summary}.");
        return printer.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
