using System.CommandLine;
using CodeGen.Cli.Diff;
using CodeGen.Diagnostics;
using CodeGen.Model;
using Microsoft.CodeAnalysis;

namespace CodeGen.Cli.Commands;

/// <summary><c>codegen diff OLD NEW</c>: lists the changes between two versions of a spec, breaking ones first.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldSpec = SpecArguments.File("old", "The spec as consumers' code was written against it.");
        var newSpec = SpecArguments.File("new", "The changed spec.");

        var selection = new SelectionOptions();
        var command = new Command("diff", "Lists the changes between two versions of a spec that break code written against the generated types " +
                                          "(removed operation, type, property or enum member, changed type, new required property), then the safe ones.")
        {
            oldSpec,
            newSpec,
        };
        // Both versions with the same selection: only changes to the operations a project generates count.
        selection.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult.GetRequiredValue(oldSpec), parseResult.GetRequiredValue(newSpec), selection.Read(parseResult), parseResult.InvocationConfiguration, cancellationToken)));
        return command;
    }

    private static int Run(FileInfo oldSpec, FileInfo newSpec, Parsing.OperationSelection selection, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        // Both versions get the same names, so a renamed file does not count as a change.
        var naming = new SpecNaming(ClientName: Path.GetFileNameWithoutExtension(oldSpec.Name));
        var before = ReadModel(oldSpec, naming, selection, console.Error, cancellationToken);
        var after = ReadModel(newSpec, naming, selection, console.Error, cancellationToken);
        if (before is null || after is null) return ExitCodes.UsageError;

        var changes = SpecComparer.Compare(before, after);
        if (changes.Count == 0)
        {
            console.Output.WriteLine("No changes to the generated code.");
            return ExitCodes.Success;
        }

        var breaking = changes.Where(static change => change.IsBreaking).ToList();
        PrintGroup(console.Output, "Breaking changes", breaking);
        PrintGroup(console.Output, "Safe changes", changes.Where(static change => !change.IsBreaking).ToList());
        return breaking.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>The spec's model, or null (with its errors printed) when it has errors and cannot be compared.</summary>
    private static ApiModel? ReadModel(FileInfo spec, SpecNaming naming, Parsing.OperationSelection selection, TextWriter error, CancellationToken cancellationToken)
    {
        var result = SpecFile.Read(spec, naming, cancellationToken, selection);
        var errors = new DiagnosticPrinter(error);
        errors.Print(result.Diagnostics.Where(static d => DiagnosticDescriptors.ById(d.DescriptorId).DefaultSeverity == DiagnosticSeverity.Error));
        if (result.Model is not null && errors.Errors == 0) return result.Model;

        error.WriteLine($"{spec} has errors; fix them (see 'codegen check') before comparing.");
        return null;
    }

    private static void PrintGroup(TextWriter output, string title, IReadOnlyList<SpecChange> changes)
    {
        if (changes.Count == 0)
        {
            output.WriteLine($"{title}: none.");
            return;
        }

        output.WriteLine($"{title} ({changes.Count}):");
        // Wire values and paths come from the spec: a terminal must not act on control characters in them.
        foreach (var change in changes) output.WriteLine($"  {CodeGen.Helpers.UnsafeCharacters.EscapeForDisplay(change.Description)}");
    }
}
