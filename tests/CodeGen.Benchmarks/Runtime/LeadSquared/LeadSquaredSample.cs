namespace CodeGen.Benchmarks.Runtime.LeadSquared;

/// <summary>
/// The data of a full Create Tasks in Bulk call (50 tasks, the API's maximum) and of its response, independent of
/// any client's types; each client family maps it to its own models.
/// </summary>
internal static class LeadSquaredSample
{
    public const int TaskCount = 50;
    public const string BaseAddress = "https://api.leadsquared.com/";
    public const string AccessKey = "u$r3b9c1d2e3f4a5b6c7d8e9f0a1b2c3d4";
    public const string SecretKey = "0f9e8d7c6b5a49382716a5b4c3d2e1f0a9b8c7d6";
    public const string StatusWebhookUrl = "https://webhook.site/5f51ba29-ca49-405d-ac10-587bbc7647d4";
    public const string RequestId = "1556275384";

    public static IEnumerable<SampleTask> Tasks() => Enumerable.Range(0, TaskCount).Select(Create);

    public static byte[] ResponseBody() => """{"Status":"Success","Message":{"Id":"1556275384"}}"""u8.ToArray();

    private static SampleTask Create(int i)
    {
        var due = new DateTimeOffset(2021, 11, 25, 13, 10, 0, TimeSpan.Zero).AddHours(i);
        return new SampleTask(
            Name: $"Meeting {i}",
            Description: $"Meeting with Adam about the renewal of contract {1000 + i}",
            IsForLead: i % 5 != 0,
            RelatedEntityId: i % 5 != 0 ? new Guid(i, 0x4295, 0x4af2, 0x97, 0x06, 0x94, 0x1a, 0xb7, 0x1b, 0xe7, 0x72).ToString() : "",
            DueDate: due,
            EndDate: due.AddMinutes(15),
            Reminder: 30,
            NotifyByEmail: i % 2 == 0,
            OwnerEmailAddress: $"owner{i % 7}@example.com",
            Location: "Koramangala",
            TaskType: i % 3 == 0 ? "Document Collection" : "Meeting",
            CustomField: $"Meeting in Koramangala, room {i % 12}");
    }

    /// <summary>One task; every optional field is set, so every client writes the same members.</summary>
    internal sealed record SampleTask(
        string Name,
        string Description,
        bool IsForLead,
        string RelatedEntityId,
        DateTimeOffset DueDate,
        DateTimeOffset EndDate,
        int Reminder,
        bool NotifyByEmail,
        string OwnerEmailAddress,
        string Location,
        string TaskType,
        string CustomField)
    {
        public const string CustomFieldName = "mx_Custom_1";

        /// <summary>LeadSquared's wire format for dates: UTC, "yyyy-MM-dd HH:mm:ss".</summary>
        public const string DateFormat = "yyyy-MM-dd HH:mm:ss";
    }
}
