using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// The operations of our specs, each called through its generated client with a request body read from the
/// spec's own example, and what the request must look like on the wire.
/// </summary>
internal sealed record VendorOperation(
    string Spec,
    string OperationId,
    string Method,
    string ExpectedPath,
    Func<HttpClient, string, CancellationToken, Task<object>> Call,
    Action<RecordedRequest> AssertCredentials)
{
    public const string HighLevelToken = "hl-token-7f3a9c";
    public const string LeadSquaredAccessKey = "ls-access-51d2e8";
    public const string LeadSquaredSecretKey = "ls-secret-0b77c4";
    public const string SaleshandyApiKey = "sh-key-9e4f21";

    /// <summary>Credentials as they might appear in a body a server echoes back.</summary>
    public static readonly string[] Secrets = { HighLevelToken, LeadSquaredAccessKey, LeadSquaredSecretKey, SaleshandyApiKey };

    public override string ToString() => OperationId;

    public static readonly IReadOnlyList<VendorOperation> All = new[]
    {
        new VendorOperation("highlevel.yaml", "createContactTask", "POST", "/contacts/contact%2F42%20x/tasks",
            async (http, example, ct) => await HighLevel(http).CreateContactTaskAsync("contact/42 x", Read<HL.CreateTaskParams>(example, HL.Serialization.HighLevelJsonResolver.Options), ct),
            AssertHighLevel),
        new VendorOperation("highlevel.yaml", "createRecurringTask", "POST", "/locations/loc-1/recurring-tasks",
            async (http, example, ct) => await HighLevel(http).CreateRecurringTaskAsync("loc-1", Read<HL.RecurringTaskCreateDTO>(example, HL.Serialization.HighLevelJsonResolver.Options), ct),
            AssertHighLevel),
        new VendorOperation("highlevel.yaml", "updateRecurringTask", "PUT", "/locations/loc-1/recurring-tasks/rt-9",
            async (http, example, ct) => await HighLevel(http).UpdateRecurringTaskAsync("loc-1", "rt-9", Read<HL.RecurringTaskUpdateDTO>(example, HL.Serialization.HighLevelJsonResolver.Options), ct),
            AssertHighLevel),
        new VendorOperation("highlevel.yaml", "searchTasks", "POST", "/locations/loc-1/tasks/search",
            async (http, example, ct) => await HighLevel(http).SearchTasksAsync("loc-1", Read<HL.TaskSearchParamsDto>(example, HL.Serialization.HighLevelJsonResolver.Options), ct),
            AssertHighLevel),
        new VendorOperation("leadsquared.yaml", "createTasksInBulk", "POST", "/v2/Task.svc/Bulk/Create",
            async (http, example, ct) => await LeadSquared(http).CreateTasksInBulkAsync(Read<LS.CreateTasksInBulkRequest>(example, LS.Serialization.LeadSquaredJsonResolver.Options), ct),
            request =>
            {
                Assert.Equal(LeadSquaredAccessKey, request.Query["accessKey"]);
                Assert.Equal(LeadSquaredSecretKey, request.Query["secretKey"]);
                Assert.Null(request.Header("Authorization"));
            }),
        new VendorOperation("saleshandy.yaml", "createTask", "POST", "/v1/tasks/create",
            async (http, example, ct) => await Saleshandy(http).CreateTaskAsync(Read<SH.CreateTaskRequest>(example, SH.Serialization.SaleshandyJsonResolver.Options), ct),
            request =>
            {
                Assert.Equal(SaleshandyApiKey, request.Header("x-api-key"));
                Assert.Null(request.Header("Authorization"));
                Assert.Equal("", request.QueryString);
            }),
    };

    public static VendorOperation Get(string operationId) => System.Linq.Enumerable.Single(All, o => o.OperationId == operationId);

    public static HL.HighLevelClient HighLevel(HttpClient http) => new(http, new HL.HighLevelClientOptions { BearerToken = HighLevelToken });

    public static LS.LeadSquaredClient LeadSquared(HttpClient http) =>
        new(http, new LS.LeadSquaredClientOptions { AccessKey = LeadSquaredAccessKey, SecretKey = LeadSquaredSecretKey });

    public static SH.SaleshandyClient Saleshandy(HttpClient http) => new(http, new SH.SaleshandyClientOptions { ApiKey = SaleshandyApiKey });

    private static void AssertHighLevel(RecordedRequest request)
    {
        Assert.Equal("Bearer " + HighLevelToken, request.Header("Authorization"));
        Assert.Equal("2021-07-28", request.Header("Version"));
        Assert.Equal("", request.QueryString);
    }

    private static T Read<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!;
}
