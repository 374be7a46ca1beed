using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.HandWritten;

// The models a careful developer writes by hand for Create Task, serialised by a source-generated context.

public sealed class CreateTaskBody
{
    public required List<string> ProspectIds { get; set; }

    public required TaskKind TaskType { get; set; }

    public Priority? Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? TaskNote { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<TaskKind>))]
public enum TaskKind
{
    [JsonStringEnumMemberName("2")] LinkedInConnectionRequest = 2,
    [JsonStringEnumMemberName("3")] LinkedInMessage = 3,
    [JsonStringEnumMemberName("4")] LinkedInInMail = 4,
    [JsonStringEnumMemberName("5")] LinkedInViewProfile = 5,
    [JsonStringEnumMemberName("6")] LinkedInPostInteraction = 6,
    [JsonStringEnumMemberName("9")] Custom = 9,
    [JsonStringEnumMemberName("11")] CallIntroduction = 11,
    [JsonStringEnumMemberName("12")] CallDemo = 12,
    [JsonStringEnumMemberName("13")] CallFollowUp = 13,
    [JsonStringEnumMemberName("14")] CallReminder = 14,
    [JsonStringEnumMemberName("15")] CallOther = 15,
    [JsonStringEnumMemberName("16")] WhatsAppMessage = 16,
    [JsonStringEnumMemberName("17")] WhatsAppVoiceMessage = 17,
    [JsonStringEnumMemberName("18")] WhatsAppVoiceCall = 18,
}

[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    [JsonStringEnumMemberName("1")] Urgent = 1,
    [JsonStringEnumMemberName("2")] High = 2,
    [JsonStringEnumMemberName("3")] Medium = 3,
    [JsonStringEnumMemberName("4")] Low = 4,
}

public sealed class CreateTaskResult
{
    public string? Message { get; set; }

    public CreateTaskResultPayload? Payload { get; set; }
}

public sealed class CreateTaskResultPayload
{
    public List<ProspectResult>? Results { get; set; }
}

public sealed class ProspectResult
{
    public string? ProspectId { get; set; }

    public string? TaskId { get; set; }

    public bool? Success { get; set; }
}
