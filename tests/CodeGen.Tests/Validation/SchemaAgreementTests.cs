using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using Constraints = CodeGen.Tests.Constraints;
using HighLevel = CodeGen.Tests.HighLevel;
using LeadSquared = CodeGen.Tests.LeadSquared;
using Saleshandy = CodeGen.Tests.Saleshandy;
using Unions = CodeGen.Tests.Unions;

namespace CodeGen.Tests.Validation;

/// <summary>
/// Seeded random requests, valid and broken, judged twice: by the generated <c>Validate()</c> and by NJsonSchema over
/// the JSON the generated converters write, against the schema in the same YAML. Whatever one accepts the other must
/// accept, and a request the serializer cannot even write (a required object that is null, a string-coded enum
/// value with no wire value, NaN, an unset JsonElement) must be rejected by <c>Validate()</c>.
/// Set CODEGEN_VALIDATION_SEED to replay a failure, CODEGEN_VALIDATION_ITERATIONS to run more or fewer requests.
/// </summary>
/// <remarks>
/// Where the two deliberately differ, the generators stay out (and the keyword tests pin our side down):
/// <list type="bullet">
/// <item><c>minLength</c>/<c>maxLength</c>: JSON Schema counts code points, NJsonSchema UTF-16 units; length-limited
/// strings hold no astral characters.</item>
/// <item><c>pattern</c>: JSON Schema means ECMAScript, where <c>\d</c> is ASCII; NJsonSchema uses .NET semantics,
/// where <c>\d</c> matches any Unicode digit. Patterned strings hold ASCII digits only. Only we apply a match timeout.</item>
/// <item><c>format: uri</c>: RFC 3986 needs a scheme and no spaces, quotes, angle brackets or non-ASCII letters;
/// NJsonSchema asks System.Uri, which takes <c>/tmp/x</c> as a file URI on Unix and escapes what is not allowed.</item>
/// <item><c>format: email</c>: NJsonSchema's expression ends in <c>\Z</c>, which lets a trailing newline through, and
/// does not limit a host label to 63 characters.</item>
/// </list>
/// </remarks>
public sealed class SchemaAgreementTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20260311;

    [Theory]
    [InlineData("createContactTask")]
    [InlineData("createRecurringTask")]
    [InlineData("updateRecurringTask")]
    [InlineData("createTasksInBulk")]
    [InlineData("createTask")]
    [InlineData("constraints")]
    [InlineData("unions")]
    public void Validate_accepts_exactly_what_NJsonSchema_accepts(string operation)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_VALIDATION_SEED"), out var s) ? s : DefaultSeed;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_VALIDATION_ITERATIONS"), out var n) ? n : 300;
        var values = new RandomValues(new Random(seed + operation.Length * 7919 + operation[^1]));
        var failures = new List<string>();
        var (valid, invalid, unwritable) = (0, 0, 0);

        for (var i = 0; i < iterations && failures.Count < 5; i++)
        {
            var faults = i % 2 == 0 ? 0 : values.Pick(new[] { 0.05, 0.2, 0.5 });
            var sample = Generate(operation, values, faults);
            if (sample.IsValid) valid++;
            else invalid++;

            if (sample.Json is null)
            {
                unwritable++;
                if (sample.IsValid) failures.Add($"request {i}: accepted, but the serializer cannot write it ({sample.WriteError})");
                continue;
            }

            var oracleErrors = SchemaOracle.For(sample.SpecPath).Errors(sample.Json, sample.SchemaName);
            if (sample.IsValid != (oracleErrors.Count == 0))
            {
                failures.Add($"request {i}: Validate() says {(sample.IsValid ? "valid" : "invalid")}: {sample.Problems}\n" +
                    $"  NJsonSchema says {(oracleErrors.Count == 0 ? "valid" : string.Join("; ", oracleErrors))}\n  {Shorten(sample.Json)}");
            }
        }

        output.WriteLine($"seed {seed}: {iterations} requests, {valid} valid, {invalid} invalid ({unwritable} not writable)");
        Assert.True(failures.Count == 0, $"With CODEGEN_VALIDATION_SEED={seed}:\n" + string.Join("\n", failures));
        Assert.True(valid >= iterations / 10 && invalid >= iterations / 10, $"unbalanced sample: {valid} valid, {invalid} invalid");
    }

    private static Sample Generate(string operation, RandomValues values, double faults) => operation switch
    {
        "createContactTask" => HighLevelSample(RandomRequests.HighLevelCreateTask(values, faults), "CreateTaskParams", r => r.Validate()),
        "createRecurringTask" => HighLevelSample(RandomRequests.HighLevelCreateRecurringTask(values, faults), "RecurringTaskCreateDTO", r => r.Validate()),
        "updateRecurringTask" => HighLevelSample(RandomRequests.HighLevelUpdateRecurringTask(values, faults), "RecurringTaskUpdateDTO", r => r.Validate()),
        "createTasksInBulk" => Judge(RandomRequests.LeadSquaredBulk(values, faults), RepoPaths.Spec("leadsquared.yaml"), "CreateTasksInBulkRequest",
            r => Outcome(r.Validate()), LeadSquared.Serialization.LeadSquaredJsonResolver.Options),
        "createTask" => Judge(RandomRequests.SaleshandyCreateTask(values, faults), RepoPaths.Spec("saleshandy.yaml"), "CreateTaskRequest",
            r => Outcome(r.Validate()), Saleshandy.Serialization.SaleshandyJsonResolver.Options),
        "constraints" => Judge(RandomRequests.ConstraintsThing(values, faults), System.IO.Path.Combine(RepoPaths.TestsProject, "Validation", "Specs", "constraints.yaml"), "Thing",
            r => Outcome(r.Validate()), Constraints.Serialization.ConstraintsJsonResolver.Options),
        "unions" => Judge(RandomRequests.UnionsDrawing(values, faults), System.IO.Path.Combine(RepoPaths.TestsProject, "Serialization", "Specs", "unions.yaml"), "Drawing",
            r => Outcome(r.Validate()), Unions.Serialization.UnionsJsonResolver.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static Sample HighLevelSample<T>(T request, string schemaName, Func<T, HighLevel.HighLevelValidationResult> validate) =>
        Judge(request, RepoPaths.Spec("highlevel.yaml"), schemaName, r => Outcome(validate(r)), HighLevel.Serialization.HighLevelJsonResolver.Options);

    private static Sample Judge<T>(T request, string specPath, string schemaName, Func<T, (bool IsValid, string Problems)> validate, JsonSerializerOptions options)
    {
        var (isValid, problems) = validate(request);
        try
        {
            var json = JsonSerializer.Serialize(request, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            return new Sample(specPath, schemaName, isValid, problems, json, null);
        }
        catch (Exception exception)
        {
            return new Sample(specPath, schemaName, isValid, problems, null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static (bool, string) Outcome(HighLevel.HighLevelValidationResult result) => (result.IsValid, string.Join("; ", result.Errors));

    private static (bool, string) Outcome(LeadSquared.LeadSquaredValidationResult result) => (result.IsValid, string.Join("; ", result.Errors));

    private static (bool, string) Outcome(Saleshandy.SaleshandyValidationResult result) => (result.IsValid, string.Join("; ", result.Errors));

    private static (bool, string) Outcome(Constraints.ConstraintsValidationResult result) => (result.IsValid, string.Join("; ", result.Errors));

    private static (bool, string) Outcome(Unions.UnionsValidationResult result) => (result.IsValid, string.Join("; ", result.Errors));

    private static string Shorten(string json) => json.Length <= 2000 ? json : json[..2000] + "…";

    private sealed record Sample(string SpecPath, string SchemaName, bool IsValid, string Problems, string? Json, string? WriteError);
}
