using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>Runs NSwag in process: spec text to a document, then to one C# file of client and DTOs.</summary>
internal static class NSwagRunner
{
    public static async Task<string> GenerateAsync(SpecFile spec, bool clients = true)
    {
        var document = await ReadAsync(spec);
        return new CSharpClientGenerator(document, Settings(spec.Namespace, spec.ClientName, clients)).GenerateFile();
    }

    /// <summary>NSwag's own reader for each format: its JSON reader for .json, its YAML reader otherwise.</summary>
    public static Task<OpenApiDocument> ReadAsync(SpecFile spec) =>
        spec.IsJson ? OpenApiDocument.FromJsonAsync(spec.Text) : OpenApiYamlDocument.FromYamlAsync(spec.Text);

    /// <summary>One client class per spec with System.Text.Json DTOs and nullable annotations, as our output has.</summary>
    public static CSharpClientGeneratorSettings Settings(string @namespace, string className, bool clients = true) => new()
    {
        ClassName = className,
        GenerateClientClasses = clients,
        GenerateDtoTypes = true,
        OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        CSharpGeneratorSettings =
        {
            Namespace = @namespace,
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            GenerateNullableReferenceTypes = true,
            GenerateOptionalPropertiesAsNullable = true,
        },
    };
}
