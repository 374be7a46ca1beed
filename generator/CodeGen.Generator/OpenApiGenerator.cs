using System;
using System.Linq;
using CodeGen.Emit;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing;
using Microsoft.CodeAnalysis;

namespace CodeGen;

/// <summary>
/// Generates models, enums and JSON converters from the OpenAPI specs a project lists as
/// <c>&lt;OpenApiSpec Include="…" /&gt;</c> (AdditionalFiles with <c>CodeGenSpec="true"</c>), following their
/// <c>$ref</c>s into the files listed as <c>&lt;OpenApiReference Include="…" /&gt;</c> (<c>CodeGenReference="true"</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);

        // The specs and the files listed for references, each scanned for the files its $refs name when its text changes.
        // The scan is a step of its own after the text is read: a compiler that keeps the driver between builds hands
        // in new AdditionalText objects with the same text, and only an unchanged text lets the scan stay cached.
        var referableFiles = files
            .Select(SpecInputs.ReadReferable)
            .WithTrackingName(TrackingNames.ReferableTexts)
            .Where(static file => file is not null)
            .Select(static (file, cancellationToken) => ReferableFile.Read(file!.Path, file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.ReferableFiles)
            .Collect()
            .Select(static (all, _) => all.OrderBy(file => file.Key, StringComparer.Ordinal).ToEquatableArray());

        // Only the AdditionalFiles marked as specs, with their item metadata and the project's root namespace, and the
        // texts of just the files their $refs lead to: an edit to any other file leaves a spec's input equal, so cached.
        var specInputs = files
            .Select(SpecInputs.Create)
            .WithTrackingName(TrackingNames.SpecFiles)
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .Combine(referableFiles)
            .Select(SpecInputs.WithReferencedFiles)
            .WithTrackingName(TrackingNames.SpecInputs);

        var parsed = specInputs
            .Select(static (input, cancellationToken) => SpecReader.Read(input, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        // Source and diagnostics are separate outputs: a change in one does not redo the other.
        var models = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Models);
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Reduced to a few booleans, so a keystroke in the project's code leaves this step, and the outputs after it, cached.
        var hosting = context.CompilationProvider
            .Select(static (compilation, _) => HostingSupport.From(compilation))
            .WithTrackingName(TrackingNames.HostingSupport);

        // The files that depend on the spec alone, a few hundred per output (see SourceEmitter.BatchSize).
        var batches = models
            .SelectMany(static (api, _) => SourceEmitter.Batches(api))
            .WithTrackingName(TrackingNames.SourceBatches);
        context.RegisterSourceOutput(batches, static (output, batch) =>
        {
            foreach (var (hintName, source) in SourceEmitter.Emit(batch)) output.AddSource(hintName, source);
        });
        var modelsWithHosting = models.Combine(hosting);
        context.RegisterSourceOutput(modelsWithHosting, static (output, pair) =>
        {
            var (hintName, source) = SourceEmitter.EmitClient(pair.Left, pair.Right);
            output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(modelsWithHosting, static (output, pair) =>
        {
            var (hintName, source) = SourceEmitter.EmitTelemetry(pair.Left, pair.Right);
            output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(modelsWithHosting.Where(static pair => pair.Right.HasHttpClientFactory), static (output, pair) =>
        {
            var (hintName, source) = SourceEmitter.EmitServiceRegistration(pair.Left, pair.Right);
            output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items) output.ReportDiagnostic(item.ToDiagnostic());
        });
    }
}
