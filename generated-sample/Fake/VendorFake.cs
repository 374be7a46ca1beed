using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeneratedSample.Fake;

/// <summary>
/// A stand-in for the three vendor APIs on 127.0.0.1 (a free port): it checks credentials as the vendors do and
/// answers each operation with a body shaped like the vendor's documented response.
/// </summary>
internal sealed class VendorFake : IAsyncDisposable
{
    public const string HighLevelToken = "fake-highlevel-token";
    /// <summary>An OAuth access token the fake has let expire, and what renews it (HighLevel's apps/oauth.json).</summary>
    public const string HighLevelExpiredToken = "fake-highlevel-expired-token";
    public const string HighLevelClientId = "fake-client-id";
    public const string HighLevelClientSecret = "fake-client-secret";
    public const string HighLevelRefreshToken = "fake-refresh-token";
    public const string LeadSquaredAccessKey = "fake-access-key";
    public const string LeadSquaredSecretKey = "fake-secret-key";
    public const string SaleshandyApiKey = "fake-saleshandy-key";

    private readonly WebApplication _app;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonObject> _recurringTasks = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _issuedTokens = new();
    private string _refreshToken = HighLevelRefreshToken;
    private int _nextId;

    private VendorFake(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<VendorFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new VendorFake(app);
        app.MapPost("/contacts/{contactId}/tasks", (RequestDelegate)fake.CreateContactTaskAsync);
        app.MapPost("/locations/{locationId}/recurring-tasks", (RequestDelegate)(context => fake.SaveRecurringTaskAsync(context, StatusCodes.Status201Created)));
        app.MapPut("/locations/{locationId}/recurring-tasks/{id}", (RequestDelegate)(context => fake.SaveRecurringTaskAsync(context, StatusCodes.Status200OK)));
        app.MapPost("/locations/{locationId}/tasks/search", (RequestDelegate)fake.SearchTasksAsync);
        app.MapPost("/oauth/token", (RequestDelegate)fake.IssueTokenAsync);
        app.MapPost("/v2/Task.svc/Bulk/Create", (RequestDelegate)fake.CreateTasksInBulkAsync);
        app.MapPost("/v1/tasks/create", (RequestDelegate)fake.CreateSaleshandyTaskAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    private async Task CreateContactTaskAsync(HttpContext context)
    {
        if (!await HighLevelAuthorizedAsync(context)) return;
        var body = await ReadAsync(context);
        var task = new JsonObject
        {
            ["id"] = NewId(),
            ["title"] = body["title"]?.DeepClone(),
            ["body"] = body["body"]?.DeepClone(),
            ["assignedTo"] = body["assignedTo"]?.DeepClone(),
            ["dueDate"] = body["dueDate"]?.DeepClone(),
            ["completed"] = body["completed"]?.DeepClone(),
            ["contactId"] = (string?)context.Request.RouteValues["contactId"],
        };
        await WriteAsync(context, StatusCodes.Status201Created, new JsonObject { ["task"] = task });
    }

    private async Task SaveRecurringTaskAsync(HttpContext context, int status)
    {
        if (!await HighLevelAuthorizedAsync(context)) return;
        var body = await ReadAsync(context);
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var id = (string?)context.Request.RouteValues["id"];
        JsonObject task;
        if (id is null)
        {
            task = new JsonObject
            {
                ["id"] = NewId(),
                ["locationId"] = (string?)context.Request.RouteValues["locationId"],
                ["createdAt"] = now,
                ["totalOccurrence"] = 10,
                ["deleted"] = false,
                ["assignedTo"] = body["owners"]?[0]?.DeepClone(),
                ["contactId"] = body["contactIds"]?[0]?.DeepClone(),
            };
            _recurringTasks[task["id"]!.GetValue<string>()] = task;
        }
        else if (!_recurringTasks.TryGetValue(id, out task!))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, new JsonObject { ["statusCode"] = 400, ["message"] = $"Recurring task {id} not found" });
            return;
        }

        foreach (var field in new[] { "title", "description", "rruleOptions" })
        {
            if (body[field] is { } value) task[field] = value.DeepClone();
        }

        task["updatedAt"] = now;
        await WriteAsync(context, status, new JsonObject { ["recurringTask"] = task.DeepClone() });
    }

    /// <summary>
    /// HighLevel's task search over 23 tasks of any location: <c>skip</c> and <c>limit</c> (25 when not sent) from the
    /// body choose the page, <c>query</c> filters by title. Each task is an array, as the official description has it.
    /// </summary>
    private async Task SearchTasksAsync(HttpContext context)
    {
        if (!await HighLevelAuthorizedAsync(context)) return;
        var body = await ReadAsync(context);
        var skip = (int?)body["skip"] ?? 0;
        var limit = (int?)body["limit"] ?? 25;
        var query = (string?)body["query"] ?? "";
        var tasks = new JsonArray();
        foreach (var (id, title) in SearchableTasks.Where(t => t.Title.Contains(query, StringComparison.OrdinalIgnoreCase)).Skip(Math.Max(0, skip)).Take(Math.Max(0, limit)))
        {
            tasks.Add((JsonNode)new JsonArray(id, title));
        }

        await WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["tasks"] = tasks });
    }

    private static readonly (string Id, string Title)[] SearchableTasks =
        Enumerable.Range(1, 23).Select(i => ($"task{i:D2}", $"Call lead {i}")).ToArray();

    private async Task CreateTasksInBulkAsync(HttpContext context)
    {
        if (context.Request.Query["accessKey"] != LeadSquaredAccessKey || context.Request.Query["secretKey"] != LeadSquaredSecretKey)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, LeadSquaredError("MXInvalidAccessKeyException", "Invalid AccessKey or SecretKey"));
            return;
        }

        var body = await ReadAsync(context);
        if (body["TaskList"] is not JsonArray { Count: > 0 and <= 50 })
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, LeadSquaredError("MXInvalidInputException", "TaskList must hold 1 to 50 tasks"));
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["Status"] = "Success", ["Message"] = new JsonObject { ["Id"] = NewId() } });
    }

    private async Task CreateSaleshandyTaskAsync(HttpContext context)
    {
        if (context.Request.Headers["x-api-key"] != SaleshandyApiKey)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, new JsonObject { ["message"] = "Unauthorized" });
            return;
        }

        var body = await ReadAsync(context);
        var results = new JsonArray();
        foreach (var prospect in body["prospectIds"]?.AsArray() ?? [])
        {
            // Saleshandy answers per prospect: an unknown prospect fails while the others succeed.
            var id = prospect?.GetValue<string>() ?? "";
            var known = !id.StartsWith("unknown", StringComparison.Ordinal);
            results.Add((JsonNode)new JsonObject { ["prospectId"] = id, ["taskId"] = known ? NewId() : null, ["success"] = known });
        }

        await WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["message"] = "Task created successfully", ["payload"] = new JsonObject { ["results"] = results } });
    }

    /// <summary>HighLevel's token call: a form-encoded refresh gives a new access token and rotates the refresh token.</summary>
    private async Task IssueTokenAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await WriteAsync(context, StatusCodes.Status422UnprocessableEntity, new JsonObject { ["statusCode"] = 422, ["message"] = "The body must be application/x-www-form-urlencoded" });
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "refresh_token" || form["client_id"] != HighLevelClientId || form["client_secret"] != HighLevelClientSecret ||
            Interlocked.CompareExchange(ref _refreshToken, "fake-refresh-" + NewId(), form["refresh_token"].ToString()) != form["refresh_token"])
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, new JsonObject { ["statusCode"] = 401, ["message"] = "Invalid client or refresh token" });
            return;
        }

        var accessToken = "fake-access-" + NewId();
        _issuedTokens[accessToken] = true;
        await WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 86399,
            ["refresh_token"] = _refreshToken,
            ["scope"] = "contacts.write",
            ["userType"] = "Location",
            ["userId"] = "fake-user",
        });
    }

    private async Task<bool> HighLevelAuthorizedAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : "";
        if ((token == HighLevelToken || _issuedTokens.ContainsKey(token)) && context.Request.Headers["Version"] == "2021-07-28") return true;
        // An expired token is refused like an invalid one, with HighLevel's 401.
        await WriteAsync(context, StatusCodes.Status401Unauthorized, new JsonObject
        {
            ["statusCode"] = 401,
            ["message"] = "Invalid token: access token is invalid",
            ["error"] = "Unauthorized",
        });
        return false;
    }

    private static JsonObject LeadSquaredError(string type, string message) =>
        new() { ["Status"] = "Error", ["ExceptionType"] = type, ["ExceptionMessage"] = message };

    private string NewId() => "fake" + Interlocked.Increment(ref _nextId).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonNode> ReadAsync(HttpContext context) =>
        await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) ?? new JsonObject();

    private static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        RemoveNullProperties(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>The vendors leave out what they do not know rather than sending null.</summary>
    private static void RemoveNullProperties(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Where(p => p.Value is null && MayBeLeftOut(p.Key)).Select(p => p.Key).ToList()) obj.Remove(name);
            foreach (var (_, value) in obj) RemoveNullProperties(value);
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array) RemoveNullProperties(item);
        }

        // Saleshandy's per-prospect taskId is documented as null for a failed prospect.
        static bool MayBeLeftOut(string property) => property != "taskId";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
