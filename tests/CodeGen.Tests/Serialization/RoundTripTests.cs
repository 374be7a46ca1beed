using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Tests.Infrastructure;
using Xunit;
using HighLevel = CodeGen.Tests.HighLevel;
using LeadSquared = CodeGen.Tests.LeadSquared;
using Saleshandy = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// The vendor docs' JSON examples read into the generated models and written back as equivalent JSON, through the
/// generated resolvers. This test assembly runs with reflection-based serialisation switched off.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { nameof(VendorExamples.HighLevelCreateContactTaskRequest), VendorExamples.HighLevelCreateContactTaskRequest },
        { nameof(VendorExamples.HighLevelCreateContactTaskResponse), VendorExamples.HighLevelCreateContactTaskResponse },
        { nameof(VendorExamples.HighLevelRecurringTaskRequest), VendorExamples.HighLevelRecurringTaskRequest },
        { nameof(VendorExamples.HighLevelRecurringTaskResponse), VendorExamples.HighLevelRecurringTaskResponse },
        { nameof(VendorExamples.HighLevelBadRequest), VendorExamples.HighLevelBadRequest },
        { nameof(VendorExamples.HighLevelUnauthorized), VendorExamples.HighLevelUnauthorized },
        { nameof(VendorExamples.HighLevelUnprocessable), VendorExamples.HighLevelUnprocessable },
        { nameof(VendorExamples.LeadSquaredBulkRequest), VendorExamples.LeadSquaredBulkRequest },
        { nameof(VendorExamples.LeadSquaredBulkResponse), VendorExamples.LeadSquaredBulkResponse },
        { nameof(VendorExamples.SaleshandyCreateTaskRequest), VendorExamples.SaleshandyCreateTaskRequest },
        { nameof(VendorExamples.SaleshandyCreateTaskResponse), VendorExamples.SaleshandyCreateTaskResponse },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Vendor_example_round_trips_to_equivalent_json(string example, string json)
    {
        var written = example switch
        {
            nameof(VendorExamples.HighLevelCreateContactTaskRequest) => RoundTrip<HighLevel.CreateTaskParams>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelCreateContactTaskResponse) => RoundTrip<HighLevel.TaskByIsSuccessfulResponseDto>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelRecurringTaskRequest) => RoundTrip<HighLevel.RecurringTaskCreateDTO>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelRecurringTaskResponse) => RoundTrip<HighLevel.RecurringTaskSingleResponseDTO>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelBadRequest) => RoundTrip<HighLevel.BadRequestDTO>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelUnauthorized) => RoundTrip<HighLevel.UnauthorizedDTO>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.HighLevelUnprocessable) => RoundTrip<HighLevel.UnprocessableDTO>(json, HighLevel.Serialization.HighLevelJsonResolver.Options),
            nameof(VendorExamples.LeadSquaredBulkRequest) => RoundTrip<LeadSquared.CreateTasksInBulkRequest>(json, LeadSquared.Serialization.LeadSquaredJsonResolver.Options),
            nameof(VendorExamples.LeadSquaredBulkResponse) => RoundTrip<LeadSquared.CreateTasksInBulkResponse>(json, LeadSquared.Serialization.LeadSquaredJsonResolver.Options),
            nameof(VendorExamples.SaleshandyCreateTaskRequest) => RoundTrip<Saleshandy.CreateTaskRequest>(json, Saleshandy.Serialization.SaleshandyJsonResolver.Options),
            nameof(VendorExamples.SaleshandyCreateTaskResponse) => RoundTrip<Saleshandy.CreateTaskResponse>(json, Saleshandy.Serialization.SaleshandyJsonResolver.Options),
            _ => throw new ArgumentOutOfRangeException(nameof(example)),
        };

        var differences = JsonEquivalence.Differences(json, written);
        Assert.True(differences.Count == 0, $"{example} did not round-trip:\n{string.Join("\n", differences)}\nwritten: {written}");
    }

    [Fact]
    public void LeadSquared_example_reads_into_typed_values()
    {
        var request = Read<LeadSquared.CreateTasksInBulkRequest>(VendorExamples.LeadSquaredBulkRequest, LeadSquared.Serialization.LeadSquaredJsonResolver.Options);

        var first = request.TaskList[0];
        Assert.Equal(LeadSquared.TaskRelatedEntity.Lead, first.RelatedEntity);
        Assert.Equal(LeadSquared.TaskNotifyBy.Email, first.NotifyBy);
        Assert.Equal(new DateTimeOffset(2021, 11, 25, 13, 10, 0, TimeSpan.Zero), first.DueDate);
        Assert.Equal("Meeting in Koramangala", first.CustomFields!["mx_Custom_1"]);
        Assert.Equal(LeadSquared.TaskRelatedEntity.None, request.TaskList[1].RelatedEntity);
        Assert.Equal(LeadSquared.TaskNotifyBy.None, request.TaskList[1].NotifyBy);
    }

    [Fact]
    public void Saleshandy_example_reads_into_typed_values_and_finds_the_failed_prospect()
    {
        var request = Read<Saleshandy.CreateTaskRequest>(VendorExamples.SaleshandyCreateTaskRequest, Saleshandy.Serialization.SaleshandyJsonResolver.Options);
        Assert.Equal(Saleshandy.TaskType.CallFollowUp, request.TaskType);
        Assert.Equal(Saleshandy.TaskPriority.Medium, request.Priority);
        Assert.Equal(new DateOnly(2026, 4, 22), request.DueDate);

        var response = Read<Saleshandy.CreateTaskResponse>(VendorExamples.SaleshandyCreateTaskResponse, Saleshandy.Serialization.SaleshandyJsonResolver.Options);
        var failed = Assert.Single(response.Payload!.Results!, r => r.Success == false);
        Assert.Equal("INVALIDxx", failed.ProspectId);
        Assert.Null(failed.TaskId);
    }

    [Fact]
    public void Reflection_based_serialisation_is_really_off_in_this_test_assembly()
    {
        // Guards the claim above: with reflection on, these tests would not prove AOT safety.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
    }

    internal static string RoundTrip<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(Read<T>(json, options), TypeInfo<T>(options));

    internal static T Read<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, TypeInfo<T>(options)) ?? throw new InvalidOperationException("null");

    internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
