using GeneratedSample;
using GeneratedSample.Fake;
using GeneratedSample.HighLevel;
using GeneratedSample.LeadSquared;
using GeneratedSample.Saleshandy;
using Microsoft.Extensions.DependencyInjection;

// Every client, model and enum used here was generated at compile time from ../specs/*.yaml (see obj/generated/).
// By default the calls go to an embedded fake of the three vendor APIs; with a vendor's credentials in the
// environment (see README.md), that vendor's real API is called instead.

await using var fake = await VendorFake.StartAsync();
var real = RealVendors.FromEnvironment();

var services = new ServiceCollection();
services.AddHighLevelClient(options =>
{
    options.BaseAddress = real.HighLevel is null ? fake.BaseAddress : null;
    options.BearerToken = real.HighLevel?.Token ?? VendorFake.HighLevelToken;
}).AddHttpMessageHandler(() => new WireLog());
services.AddLeadSquaredClient(options =>
{
    options.BaseAddress = real.LeadSquared is null ? fake.BaseAddress : null;
    options.Host = real.LeadSquared?.Host ?? options.Host;
    options.AccessKey = real.LeadSquared?.AccessKey ?? VendorFake.LeadSquaredAccessKey;
    options.SecretKey = real.LeadSquared?.SecretKey ?? VendorFake.LeadSquaredSecretKey;
}).AddHttpMessageHandler(() => new WireLog());
services.AddSaleshandyClient(options =>
{
    options.BaseAddress = real.Saleshandy is null ? fake.BaseAddress : null;
    options.ApiKey = real.Saleshandy?.ApiKey ?? VendorFake.SaleshandyApiKey;
}).AddHttpMessageHandler(() => new WireLog());
await using var provider = services.BuildServiceProvider();

Console.WriteLine($"HighLevel: {(real.HighLevel is null ? "embedded fake at " + fake.BaseAddress : "real API")}");
Console.WriteLine($"LeadSquared: {(real.LeadSquared is null ? "embedded fake at " + fake.BaseAddress : "real API")}");
Console.WriteLine($"Saleshandy: {(real.Saleshandy is null ? "embedded fake at " + fake.BaseAddress : "real API")}");

var highLevel = provider.GetRequiredService<HighLevelClient>();
var contactId = real.HighLevel?.ContactId ?? "sx6wyHhbFdRXh302LLNR";
var locationId = real.HighLevel?.LocationId ?? "sx6wyHhbFdRXh302Lunr";

Section("HighLevel: create contact task");
var contactTask = await highLevel.CreateContactTaskAsync(contactId, new CreateTaskParams
{
    Title = "Call back about the renewal",
    Body = "Customer asked for a call after 3pm.",
    DueDate = DateTimeOffset.UtcNow.AddDays(2),
    Completed = false,
});
Console.WriteLine($"Received: task {contactTask.Task?.Id} \"{contactTask.Task?.Title}\" on contact {contactTask.Task?.ContactId}");

Section("HighLevel: create recurring task");
var recurring = await highLevel.CreateRecurringTaskAsync(locationId, new RecurringTaskCreateDTO
{
    Title = "Weekly pipeline review",
    Description = "Review open deals",
    ContactIds = [contactId],
    RruleOptions = new CustomRRulesOptions
    {
        IntervalType = RecurrenceIntervalType.Weekly,
        Interval = 1,
        StartDate = DateTimeOffset.UtcNow.Date.AddDays(1),
        DayOfWeek = RecurrenceDayOfWeek.Monday,
        DueAfterSeconds = 3600,
    },
});
Console.WriteLine($"Received: recurring task {recurring.RecurringTask.Id}, every {recurring.RecurringTask.RruleOptions.Interval} {recurring.RecurringTask.RruleOptions.IntervalType}");

Section("HighLevel: update recurring task");
var updated = await highLevel.UpdateRecurringTaskAsync(locationId, recurring.RecurringTask.Id, new RecurringTaskUpdateDTO { Title = "Weekly pipeline review (team)" });
Console.WriteLine($"Received: recurring task {updated.RecurringTask.Id} is now \"{updated.RecurringTask.Title}\"");

Section("HighLevel: search tasks, page by page (always against the fake)");
// Each page is one call, sent when the loop asks for it, with skip 0, 10, 20; a page shorter than the limit is the last.
var searchClient = new HighLevelClient(new HttpClient(), new HighLevelClientOptions { BaseAddress = fake.BaseAddress, BearerToken = VendorFake.HighLevelToken });
var search = new TaskSearchParamsDto { Query = "call", Limit = 10 };
var (pageNumber, skipped) = (0, 0);
await foreach (var page in searchClient.SearchTasksPagesAsync(locationId, search))
{
    // The official description gives each task as an array of values: here its id and title.
    var ids = (page.Tasks ?? []).Select(task => $"{task[0]}").ToList();
    Console.WriteLine($"Page {++pageNumber} (skip {skipped}): {ids.Count} tasks, {ids.FirstOrDefault()} .. {ids.LastOrDefault()}");
    skipped += ids.Count;
}

Section("LeadSquared: create tasks in bulk");
var bulk = await provider.GetRequiredService<LeadSquaredClient>().CreateTasksInBulkAsync(new CreateTasksInBulkRequest
{
    TaskList =
    [
        new BulkTask
        {
            Name = "Meeting",
            Description = "Meeting with Adam",
            RelatedEntity = TaskRelatedEntity.Lead,
            RelatedEntityId = real.LeadSquared?.LeadId ?? "7e5b7380-4295-4af2-9706-941ab71be772",
            // Any offset goes in; the wire gets UTC in LeadSquared's "yyyy-MM-dd HH:mm:ss".
            DueDate = new DateTimeOffset(2026, 12, 1, 18, 40, 0, TimeSpan.FromHours(5.5)),
            NotifyBy = TaskNotifyBy.Email,
            TaskType = new TaskTypeReference { Name = "Meeting" },
        },
    ],
});
Console.WriteLine($"Received: {bulk.Status}, request id {bulk.Message?.Id}");

Section("LeadSquared: 120 tasks in batches (always against the fake)");
var bulkClient = new LeadSquaredClient(new HttpClient(), new LeadSquaredClientOptions
{
    BaseAddress = fake.BaseAddress,
    AccessKey = VendorFake.LeadSquaredAccessKey,
    SecretKey = VendorFake.LeadSquaredSecretKey,
});
var manyTasks = new CreateTasksInBulkRequest
{
    TaskList = Enumerable.Range(1, 120).Select(i => new BulkTask
    {
        Name = $"Follow-up call {i}",
        TaskType = new TaskTypeReference { Name = "To-do" },
        RelatedEntity = TaskRelatedEntity.Lead,
        RelatedEntityId = $"lead-{i:000}",
    }).ToList(),
};
var bulkResult = await bulkClient.CreateTasksInBulkInBatchesAsync(manyTasks, new ConsoleProgress());
if (!Console.IsOutputRedirected) Console.WriteLine();
Console.WriteLine($"Result: {bulkResult}");
foreach (var group in bulkResult.Items.GroupBy(item => (item.Status, item.Id)))
{
    Console.WriteLine($"  items {group.First().Index}..{group.Last().Index}: {group.Key.Status}, request id {group.Key.Id}");
}

Section("Saleshandy: create task");
var prospects = real.Saleshandy is null ? new List<string> { "8PvBmrB7P7", "unknown-prospect" } : [real.Saleshandy.ProspectId];
// The batched method reads each prospect's own outcome from the response, so failed prospects are easy to find.
var saleshandy = await provider.GetRequiredService<SaleshandyClient>().CreateTaskInBatchesAsync(new CreateTaskRequest
{
    ProspectIds = prospects,
    TaskType = TaskType.CallFollowUp,
    Priority = TaskPriority.Medium,
    DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)),
    TaskNote = "Follow up on the proposal.",
});
foreach (var prospect in saleshandy.Succeeded) Console.WriteLine($"Created: prospect {prospect.Item}, task {prospect.Id}");
foreach (var prospect in saleshandy.Rejected) Console.WriteLine($"Failed: prospect {prospect.Item}: {prospect.Reason}");

Section("HighLevel: an expired OAuth token renewed after a 401 (always against the fake)");
// The cached token looks valid for another hour, but the server has already let it expire.
var oauth = new HighLevelOAuth(new HttpClient { BaseAddress = fake.BaseAddress }, VendorFake.HighLevelClientId, VendorFake.HighLevelClientSecret,
    VendorFake.HighLevelRefreshToken, VendorFake.HighLevelExpiredToken, expiresAt: DateTimeOffset.UtcNow.AddHours(1));
var renewing = new HighLevelClient(new HttpClient(new WireLog { InnerHandler = new HttpClientHandler() }), new HighLevelClientOptions
{
    BaseAddress = fake.BaseAddress,
    BearerTokenProvider = oauth.GetTokenAsync,
});
var renewedTask = await renewing.CreateContactTaskAsync(contactId, new CreateTaskParams { Title = "Send the contract", DueDate = DateTimeOffset.UtcNow.AddDays(1), Completed = false });
Console.WriteLine($"Received: task {renewedTask.Task?.Id} \"{renewedTask.Task?.Title}\", sent again with the renewed token");

Section("Errors carry the vendor's error body");
try
{
    var unauthorised = new HighLevelClient(new HttpClient(), new HighLevelClientOptions { BaseAddress = fake.BaseAddress, BearerToken = "wrong-token" });
    await unauthorised.CreateContactTaskAsync(contactId, new CreateTaskParams { Title = "x", DueDate = DateTimeOffset.UtcNow, Completed = false });
}
catch (HighLevelApiException<UnauthorizedDTO> exception)
{
    Console.WriteLine($"Caught HighLevelApiException<UnauthorizedDTO>: HTTP {exception.StatusCode}, \"{exception.Error.Message}\"");
}

static void Section(string title) => Console.WriteLine($"{Environment.NewLine}== {title}");

/// <summary>Rewrites one progress line as a batched call advances.</summary>
internal sealed class ConsoleProgress : IProgress<GeneratedSample.LeadSquared.LeadSquaredBatchProgress>
{
    public void Report(GeneratedSample.LeadSquared.LeadSquaredBatchProgress value)
    {
        var line = $"Progress: {value.ItemsDone}/{value.ItemsTotal} items, {value.CallsMade} calls, {value.Waits} waits";
        // One line rewritten in place on a terminal; a line per report in a log.
        if (Console.IsOutputRedirected) Console.WriteLine(line);
        else Console.Write("\r" + line + "   ");
    }
}
