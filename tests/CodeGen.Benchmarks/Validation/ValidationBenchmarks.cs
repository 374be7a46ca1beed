using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Generated.LeadSquared;
using CodeGen.Benchmarks.Generated.LeadSquared.Serialization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace CodeGen.Benchmarks.Validation;

/// <summary>
/// Validating a full LeadSquared request of 50 tasks: the generated <c>Validate()</c> against NJsonSchema on the same
/// payload. The schema is read from the same YAML, and the payload parsed, before measuring, so the baseline is
/// NJsonSchema's validation alone; a second NJsonSchema row includes parsing the JSON text, as a client would have to.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private CreateTasksInBulkRequest _request = null!;
    private string _json = null!;
    private JToken _token = null!;
    private JsonSchema _schema = null!;
    private JsonSchemaValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = new CreateTasksInBulkRequest
        {
            TaskList = Enumerable.Range(0, 50).Select(Task).ToList(),
            StatusWebhookURL = "https://webhook.site/5f51ba29-ca49-405d-ac10-587bbc7647d4",
        };
        if (!_request.Validate().IsValid) throw new InvalidDataException("The benchmark request must be valid: " + _request.Validate());

        _json = JsonSerializer.Serialize(_request, (JsonTypeInfo<CreateTasksInBulkRequest>)LeadSquaredJsonResolver.Options.GetTypeInfo(typeof(CreateTasksInBulkRequest)));
        _token = JToken.Parse(_json);
        var document = OpenApiYamlDocument.FromFileAsync(SpecPath()).GetAwaiter().GetResult();
        _schema = document.Components.Schemas["CreateTasksInBulkRequest"];
        _validator = new JsonSchemaValidator(new JsonSchemaValidatorSettings());
        var errors = _validator.Validate(_token, _schema, SchemaType.OpenApi3);
        if (errors.Count != 0) throw new InvalidDataException("NJsonSchema must accept the benchmark request: " + string.Join("; ", errors));
    }

    [Benchmark(Baseline = true, Description = "NJsonSchema, parsed payload")]
    public int NJsonSchemaOnParsedPayload() => _validator.Validate(_token, _schema, SchemaType.OpenApi3).Count;

    [Benchmark(Description = "NJsonSchema, JSON text")]
    public int NJsonSchemaOnJsonText() => _validator.Validate(_json, _schema, SchemaType.OpenApi3).Count;

    [Benchmark(Description = "Generated Validate()")]
    public bool GeneratedValidator() => _request.Validate().IsValid;

    private static BulkTask Task(int index) => new()
    {
        Name = "Meeting " + index,
        Description = "Meeting with Adam",
        RelatedEntity = index % 2 == 0 ? TaskRelatedEntity.Lead : TaskRelatedEntity.None,
        RelatedEntityId = index % 2 == 0 ? "7e5b7380-4295-4af2-9706-941ab71be772" : "",
        DueDate = new System.DateTimeOffset(2021, 11, 25, 13, 10, 0, System.TimeSpan.Zero).AddDays(index),
        EndDate = new System.DateTimeOffset(2021, 11, 25, 13, 15, 0, System.TimeSpan.Zero).AddDays(index),
        Reminder = 30,
        NotifyBy = index % 2 == 0 ? TaskNotifyBy.Email : TaskNotifyBy.None,
        OwnerEmailAddress = $"owner{index}@example.com",
        Location = "Koramangala",
        TaskType = new TaskTypeReference { Name = index % 2 == 0 ? "Meeting" : "Document Collection" },
        CustomFields = new Dictionary<string, string> { ["mx_Custom_1"] = "Meeting in Koramangala" },
    };

    private static string SpecPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "specs", "leadsquared.yaml"));
}
