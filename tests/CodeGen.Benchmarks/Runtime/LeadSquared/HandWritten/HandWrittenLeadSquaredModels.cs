using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;

// The models a careful developer writes by hand for Create Tasks in Bulk, serialised by a source-generated context.

public sealed class BulkCreateRequest
{
    public required List<BulkTask> TaskList { get; set; }

    [JsonPropertyName("StatusWebhookURL")]
    public string? StatusWebhookUrl { get; set; }
}

public sealed class BulkTask
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public RelatedEntity? RelatedEntity { get; set; }

    public string? RelatedEntityId { get; set; }

    [JsonConverter(typeof(LeadSquaredDateTimeConverter))]
    public DateTimeOffset? DueDate { get; set; }

    [JsonConverter(typeof(LeadSquaredDateTimeConverter))]
    public DateTimeOffset? EndDate { get; set; }

    public int? Reminder { get; set; }

    public NotifyBy? NotifyBy { get; set; }

    public string? OwnerEmailAddress { get; set; }

    public string? Location { get; set; }

    public required TaskTypeName TaskType { get; set; }

    public Dictionary<string, string>? CustomFields { get; set; }
}

public sealed class TaskTypeName
{
    public required string Name { get; set; }
}

public enum RelatedEntity
{
    None = 0,
    Lead = 1,
    Opportunity = 5,
}

[JsonConverter(typeof(JsonStringEnumConverter<NotifyBy>))]
public enum NotifyBy
{
    [JsonStringEnumMemberName("1100")] Email,
    [JsonStringEnumMemberName("1000")] None,
}

public sealed class BulkCreateResponse
{
    public string? Status { get; set; }

    public BulkCreateMessage? Message { get; set; }
}

public sealed class BulkCreateMessage
{
    public string? Id { get; set; }
}
