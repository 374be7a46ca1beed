using System;
using System.Collections.Generic;
using System.Text.Json;
using Xunit;
using HighLevel = CodeGen.Tests.HighLevel;
using LeadSquared = CodeGen.Tests.LeadSquared;
using Saleshandy = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Serialization;

/// <summary>Enum wire values and date formats are exactly what the vendors expect, and bad input fails clearly.</summary>
public sealed class WireFormatTests
{
    private static readonly JsonSerializerOptions LeadSquaredOptions = LeadSquared.Serialization.LeadSquaredJsonResolver.Options;
    private static readonly JsonSerializerOptions SaleshandyOptions = Saleshandy.Serialization.SaleshandyJsonResolver.Options;
    private static readonly JsonSerializerOptions HighLevelOptions = HighLevel.Serialization.HighLevelJsonResolver.Options;

    [Theory]
    [InlineData(Saleshandy.TaskType.LinkedInConnectionRequest, "\"2\"")]
    [InlineData(Saleshandy.TaskType.CallFollowUp, "\"13\"")]
    [InlineData(Saleshandy.TaskType.WhatsAppVoiceCall, "\"18\"")]
    public void Saleshandy_task_types_are_string_codes(Saleshandy.TaskType value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, RoundTripTests.TypeInfo<Saleshandy.TaskType>(SaleshandyOptions)));
        Assert.Equal(value, JsonSerializer.Deserialize(json, RoundTripTests.TypeInfo<Saleshandy.TaskType>(SaleshandyOptions)));
    }

    [Theory]
    [InlineData(LeadSquared.TaskRelatedEntity.None, "0")]
    [InlineData(LeadSquared.TaskRelatedEntity.Lead, "1")]
    [InlineData(LeadSquared.TaskRelatedEntity.Opportunity, "5")]
    public void LeadSquared_related_entity_is_a_json_number(LeadSquared.TaskRelatedEntity value, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(value, RoundTripTests.TypeInfo<LeadSquared.TaskRelatedEntity>(LeadSquaredOptions)));

    [Theory]
    [InlineData(LeadSquared.TaskNotifyBy.Email, "\"1100\"")]
    [InlineData(LeadSquared.TaskNotifyBy.None, "\"1000\"")]
    public void LeadSquared_notify_by_is_a_string_code(LeadSquared.TaskNotifyBy value, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(value, RoundTripTests.TypeInfo<LeadSquared.TaskNotifyBy>(LeadSquaredOptions)));

    [Fact]
    public void Enum_extensions_map_members_to_wire_values_and_back()
    {
        Assert.Equal("13", Saleshandy.TaskTypeExtensions.ToWireValue(Saleshandy.TaskType.CallFollowUp));
        Assert.True(Saleshandy.TaskTypeExtensions.TryParseWireValue("13", out var parsed));
        Assert.Equal(Saleshandy.TaskType.CallFollowUp, parsed);
        Assert.False(Saleshandy.TaskTypeExtensions.TryParseWireValue("1", out _));
        Assert.Equal("hourly", HighLevel.RecurrenceIntervalTypeExtensions.ToWireValue(HighLevel.RecurrenceIntervalType.Hourly));
        Assert.Equal(5L, LeadSquared.TaskRelatedEntityExtensions.ToWireValue(LeadSquared.TaskRelatedEntity.Opportunity));
    }

    [Fact]
    public void An_unknown_integer_code_is_kept_and_written_back_unchanged()
    {
        // Codes no validation test casts: a code read from the wire passes request validation from then on.
        var request = RoundTripTests.Read<Saleshandy.CreateTaskRequest>("""{"prospectIds":["a"],"taskType":"27"}""", SaleshandyOptions);

        Assert.Equal((Saleshandy.TaskType)27, request.TaskType);
        Assert.False(Enum.IsDefined(request.TaskType));
        Assert.Contains("\"taskType\":\"27\"", JsonSerializer.Serialize(request, RoundTripTests.TypeInfo<Saleshandy.CreateTaskRequest>(SaleshandyOptions)));

        var task = RoundTripTests.Read<LeadSquared.BulkTask>("""{"Name":"n","TaskType":{"Name":"t"},"RelatedEntity":29}""", LeadSquaredOptions);
        Assert.Equal((LeadSquared.TaskRelatedEntity)29, task.RelatedEntity);
    }

    [Fact]
    public void An_unknown_string_value_is_written_back_as_it_came()
    {
        var options = RoundTripTests.Read<HighLevel.CustomRRulesOptions>(
            """{"intervalType":"minutely","interval":1,"startDate":"2025-07-23T10:00:00Z","dueAfterSeconds":600}""", HighLevelOptions);

        Assert.False(HighLevel.RecurrenceIntervalTypeExtensions.IsDefined(options.IntervalType));
        Assert.Equal("minutely", HighLevel.RecurrenceIntervalTypeExtensions.ToWireValue(options.IntervalType));
        Assert.Contains("\"intervalType\":\"minutely\"", JsonSerializer.Serialize(options, RoundTripTests.TypeInfo<HighLevel.CustomRRulesOptions>(HighLevelOptions)));
    }

    [Fact]
    public void A_string_enum_left_at_default_has_no_wire_value()
    {
        var options = new HighLevel.CustomRRulesOptions { IntervalType = default, Interval = 1, StartDate = DateTimeOffset.UnixEpoch, DueAfterSeconds = 600 };

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(options, RoundTripTests.TypeInfo<HighLevel.CustomRRulesOptions>(HighLevelOptions)));
        Assert.Contains("RecurrenceIntervalType has no wire value for 0", error.Message);
    }

    [Fact]
    public void LeadSquared_dates_are_written_in_utc_as_yyyy_MM_dd_HH_mm_ss_whatever_the_offset()
    {
        var task = new LeadSquared.BulkTask
        {
            Name = "n",
            TaskType = new LeadSquared.TaskTypeReference { Name = "t" },
            DueDate = new DateTimeOffset(2021, 11, 25, 18, 40, 5, TimeSpan.FromHours(5.5)),
        };

        var json = JsonSerializer.Serialize(task, RoundTripTests.TypeInfo<LeadSquared.BulkTask>(LeadSquaredOptions));

        Assert.Contains("\"DueDate\":\"2021-11-25 13:10:05\"", json);
        Assert.Equal(TimeSpan.Zero, RoundTripTests.Read<LeadSquared.BulkTask>(json, LeadSquaredOptions).DueDate!.Value.Offset);
    }

    [Fact]
    public void HighLevel_date_times_are_written_as_rfc3339_utc() =>
        Assert.Contains("\"dueDate\":\"2020-10-25T11:00:00Z\"", JsonSerializer.Serialize(
            new HighLevel.CreateTaskParams { Title = "t", Completed = false, DueDate = new DateTimeOffset(2020, 10, 25, 12, 0, 0, TimeSpan.FromHours(1)) },
            RoundTripTests.TypeInfo<HighLevel.CreateTaskParams>(HighLevelOptions)));

    public static TheoryData<string, string> MalformedLeadSquaredTasks => new()
    {
        { """{"Name":"n","TaskType":{"Name":"t"},"DueDate":"2021-11-25T13:10:00Z"}""", "yyyy-MM-dd HH:mm:ss" },
        { """{"TaskType":{"Name":"t"}}""", "required property 'Name' is missing" },
        { """{"Name":null,"TaskType":{"Name":"t"}}""", "Value must not be null: expected a string. Path: $.Name" },
        { """{"Name":"n","TaskType":null}""", "TaskTypeReference must not be null: expected an object. Path: $.TaskType" },
        { """{"Name":"n","TaskType":{"Name":"t"},"RelatedEntity":"1"}""", "expected an integer" },
        { """{"Name":"n","TaskType":[]}""", "expected an object" },
    };

    [Theory]
    [MemberData(nameof(MalformedLeadSquaredTasks))]
    public void Malformed_json_fails_with_a_json_exception_that_says_what_is_wrong(string json, string expectedMessage)
    {
        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<LeadSquared.BulkTask>(json, LeadSquaredOptions));
        Assert.Contains(expectedMessage, error.Message);
    }

    [Fact]
    public void Saleshandy_due_date_is_a_plain_date()
    {
        var json = JsonSerializer.Serialize(
            new Saleshandy.CreateTaskRequest { ProspectIds = new List<string> { "p" }, TaskType = Saleshandy.TaskType.Custom, DueDate = new DateOnly(2026, 4, 2) },
            RoundTripTests.TypeInfo<Saleshandy.CreateTaskRequest>(SaleshandyOptions));

        Assert.Equal("""{"prospectIds":["p"],"taskType":"9","dueDate":"2026-04-02"}""", json);
    }
}
