using System.CommandLine;
using CodeGen.Emit;

namespace CodeGen.Cli.Commands;

/// <summary>
/// <c>codegen generate SPEC... --output DIR</c>: writes the files the source generator adds to a project, for projects
/// that cannot run source generators and for reading the output.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var specs = SpecArguments.Files("The OpenAPI spec files (.yaml, .yml or .json).");
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write the .g.cs files to; created if missing. Files of the same name are overwritten.",
            Required = true,
        };
        var @namespace = new Option<string?>("--namespace")
        {
            Description = "The namespace of the generated code, as the OpenApiSpec item's Namespace. Default: <root namespace>.<FileName>.",
        };
        var clientName = new Option<string?>("--client-name")
        {
            Description = "Names the spec's infrastructure types, as the OpenApiSpec item's ClientName. Default: the file name in PascalCase.",
        };
        var rootNamespace = new Option<string?>("--root-namespace")
        {
            Description = "The project's RootNamespace, which prefixes the default namespace. Default: none.",
        };

        var dependencyInjection = new Option<bool>("--dependency-injection")
        {
            Description = "Also write the AddXxxClient registration, as for a project that references Microsoft.Extensions.Http (and Microsoft.Extensions.Configuration).",
        };
        var rateLimiting = new Option<bool>("--rate-limiting")
        {
            Description = "Rate-limit with System.Threading.RateLimiting, as for a project that references it; otherwise with SemaphoreSlim.",
        };

        var logging = new Option<bool>("--logging")
        {
            Description = "Log through an optional ILogger, as for a project that references Microsoft.Extensions.Logging.Abstractions; implied by --dependency-injection.",
        };

        var selection = new SelectionOptions();
        var command = new Command("generate", "Writes the C# files the source generator would add to a project, and prints its diagnostics.")
        {
            specs,
            output,
            @namespace,
            clientName,
            rootNamespace,
            dependencyInjection,
            rateLimiting,
            logging,
        };
        selection.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult.GetRequiredValue(specs),
            parseResult.GetRequiredValue(output),
            new SpecNaming(parseResult.GetValue(@namespace), parseResult.GetValue(clientName), parseResult.GetValue(rootNamespace)),
            new Model.HostingSupport(parseResult.GetValue(dependencyInjection), parseResult.GetValue(dependencyInjection), parseResult.GetValue(rateLimiting),
                parseResult.GetValue(dependencyInjection) || parseResult.GetValue(logging)),
            selection.Read(parseResult),
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static int Run(FileInfo[] specs, DirectoryInfo outputFolder, SpecNaming naming, Model.HostingSupport hosting, Parsing.OperationSelection selection,
        InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (specs.Length > 1 && (naming.Namespace is not null || naming.ClientName is not null))
        {
            console.Error.WriteLine("--namespace and --client-name name the code of one spec; run generate once for each spec.");
            return ExitCodes.UsageError;
        }

        var printer = new DiagnosticPrinter(console.Output);
        var written = 0;
        try
        {
            Directory.CreateDirectory(outputFolder.FullName);
            foreach (var spec in specs)
            {
                var result = SpecFile.Read(spec, naming, cancellationToken, selection);
                printer.Print(result.Diagnostics);
                if (result.Model is null) continue;

                foreach (var (hintName, source) in SourceEmitter.EmitAll(result.Model, hosting))
                {
                    // UTF-8 with a byte order mark, as the compiler writes generated files.
                    File.WriteAllText(Path.Combine(outputFolder.FullName, hintName), source, System.Text.Encoding.UTF8);
                    written++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"Cannot write to '{outputFolder}': {exception.Message}");
            return ExitCodes.UsageError;
        }

        console.Output.WriteLine($"Wrote {written} files to {outputFolder}: {printer.Summary}.");
        return printer.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
