using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the client's <c>SendAsync</c>: retries by the options' policy and, where the spec declares a rate limit,
/// a limiter shared by every client of the same account. Each call's attempts, waits and end are reported to its
/// telemetry recorder (<see cref="ClientTelemetryEmitter"/>).
/// </summary>
internal static class ClientTransportEmitter
{
    /// <param name="hasRateLimiting">The project references System.Threading.RateLimiting (a package, or ASP.NET Core's shared framework).</param>
    /// <param name="sendsBareRequests">Some operation sends nothing but its method and URL, through the overload that takes the two.</param>
    public static void Write(CodeWriter writer, ApiModel api, bool hasRateLimiting, bool sendsBareRequests)
    {
        var limited = api.HasRateLimits;
        var template = api.HasBatches ? BatchTrackingDeclaration + SendTemplate : WithoutBatchTracking(SendTemplate);
        var rateLimitParameter = ("{RateLimitParameter}", limited ? "RateLimit? rateLimit,\n    " : "");
        var rateLimitArgument = ("{RateLimitArgument}", limited ? "rateLimit, " : "");
        var body = TemplateText.Fill(api.Batch.Fill(template),
            ("{BareSend}", sendsBareRequests ? TemplateText.Fill(BareSend, rateLimitParameter, rateLimitArgument) : ""),
            ("{CreateRequestParameter}", AttemptCredentialsEmitter.CreateRequestParameter(api)),
            ("{BeforeAttempts}", AttemptCredentialsEmitter.BeforeAttempts(api)),
            ("{StartAttempt}", AttemptCredentialsEmitter.StartAttempt(api)),
            ("{CreateRequest}", AttemptCredentialsEmitter.CreateRequest(api)),
            ("{RenewAfterUnauthorized}", AttemptCredentialsEmitter.RenewAfterUnauthorized(api)),
            ("{KeepCredentials}", AttemptCredentialsEmitter.KeepCredentials(api)),
            rateLimitParameter,
            rateLimitArgument,
            ("{Telemetry}", api.TelemetryName),
            ("{AcquirePermit}", limited ? AcquirePermit : ""),
            ("{StartPermitWindow}", limited ? StartPermitWindow : ""),
            ("{Policy}", api.RetryPolicyName),
            ("{RequestHook}", GeneratedNames.RequestHook),
            ("{ResponseHook}", GeneratedNames.ResponseHook));
        writer.Lines(body);
        if (!limited) return;

        writer.Line();
        var settings = CredentialSettings(api);
        var rateLimits = TemplateText.Fill(RateLimitTemplate,
            ("{Limiter}", hasRateLimiting ? RateLimitingLimiter : SemaphoreLimiter),
            ("{AccountKey}", AccountKey(api)),
            // The clock is part of the key too: a client given another clock gets its own limiter.
            ("{CredentialsUnchanged}", string.Join(" && ", settings.Select((setting, i) => $"ReferenceEquals(cached.Credential{i}, {setting})")
                .Concat(new[] { "ReferenceEquals(cached.Clock, _options.TimeProvider)" }))),
            ("{CurrentCredentials}", string.Join(", ", settings.Concat(new[] { "_options.TimeProvider" }))),
            ("{CredentialFields}", string.Join(", ", settings.Select((_, i) => $"string? Credential{i}").Concat(new[] { "object Clock" }))));
        if (!api.HasBatches) rateLimits = WithoutBatchTracking(rateLimits);
        writer.Lines(rateLimits);
        writer.Line();
        writer.Line("/// <summary>The rate limits the spec declares.</summary>");
        using (writer.Block("private static class RateLimits"))
        {
            foreach (var limit in api.Operations.Select(o => o.RateLimit).Where(l => l is not null).Distinct())
            {
                var window = limit!.WindowSeconds.ToString("R", CultureInfo.InvariantCulture);
                writer.Line($"public static readonly RateLimit {limit.FieldName} = new({Text.Literal(limit.Scope)}, {limit.Requests}, global::System.TimeSpan.FromSeconds({window}));");
            }
        }
    }

    /// <summary>The credentials that identify the account, so clients of one account share its limit.</summary>
    private static string AccountKey(ApiModel api)
    {
        var settings = CredentialSettings(api);
        return settings.Count == 0 ? "\"\"" : $"string.Join(\"\\n\", {string.Join(", ", settings)})";
    }

    private static List<string> CredentialSettings(ApiModel api) =>
        api.SecuritySchemes
            .Select(scheme => "_options." + scheme.IdentitySetting)
            .ToList();

    /// <summary>Drops the lines that count calls and waits for a batched operation.</summary>
    private static string WithoutBatchTracking(string template) =>
        string.Join("\n", template.Split('\n').Where(line => !line.Contains("CurrentBatch.")));

    private const string BatchTrackingDeclaration = """
/// <summary>The call of a batched operation running on this async flow, if any: it counts calls and waits, and notes a send.</summary>
private static readonly global::System.Threading.AsyncLocal<{BatchCall}?> CurrentBatch = new();


""";

    private const string AcquirePermit = """
                var permit = rateLimit is null ? null : await AcquireAsync(rateLimit, cancellationToken).ConfigureAwait(false);
                if (permit is { Waited.Ticks: > 0 }) call.RateLimitWaited(permit.Waited);

""";

    private const string StartPermitWindow = """
                // The window starts as the call leaves, so no window of that length holds more calls than the limit.
                permit?.StartWindow();

""";

    private const string BareSend = """
/// <summary>Sends a request that has nothing but its method and URL, as <c>SendAsync</c> above.</summary>
private global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(
    string requestUri,
    string operation,
    string method,
    string urlTemplate,
    {RateLimitParameter}global::System.Threading.CancellationToken cancellationToken)
{
    var httpMethod = method switch
    {
        "GET" => global::System.Net.Http.HttpMethod.Get,
        "POST" => global::System.Net.Http.HttpMethod.Post,
        "PUT" => global::System.Net.Http.HttpMethod.Put,
        "DELETE" => global::System.Net.Http.HttpMethod.Delete,
        "PATCH" => global::System.Net.Http.HttpMethod.Patch,
        "HEAD" => global::System.Net.Http.HttpMethod.Head,
        "OPTIONS" => global::System.Net.Http.HttpMethod.Options,
        _ => new global::System.Net.Http.HttpMethod(method),
    };
    return SendAsync(() => new(httpMethod, requestUri), operation, method, urlTemplate, {RateLimitArgument}cancellationToken);
}


""";

    private const string SendTemplate = """
/// <summary>
/// Sends an operation's request, retrying as the policy allows: one call, which its telemetry records from start to end.
/// Each attempt gets a fresh request from the factory, since a sent HttpRequestMessage cannot be sent again.
/// </summary>
private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(
    {CreateRequestParameter},
    string operation,
    string method,
    string urlTemplate,
    {RateLimitParameter}global::System.Threading.CancellationToken cancellationToken)
{
    var call = _telemetry.Start(operation, method, urlTemplate);
    var started = _options.TimeProvider.GetTimestamp();
    var idempotent = method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS" or "TRACE";
    try
    {
        var response = await SendAttemptsAsync(createRequest, operation, idempotent, {RateLimitArgument}call, cancellationToken).ConfigureAwait(false);
        call.Completed((int)response.StatusCode, _options.TimeProvider.GetElapsedTime(started));
        return response;
    }
    catch (global::System.Exception exception)
    {
        call.Failed(exception, _options.TimeProvider.GetElapsedTime(started));
        throw;
    }
}

{BareSend}private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAttemptsAsync(
    {CreateRequestParameter},
    string operation,
    bool idempotent,
    {RateLimitParameter}{Telemetry}.Call call,
    global::System.Threading.CancellationToken cancellationToken)
{
    var policy = _options.Retry;
    var time = _options.TimeProvider;
    var started = time.GetTimestamp();
{BeforeAttempts}    for (var attempt = 1; ; attempt++)
    {
{StartAttempt}        global::System.Net.Http.HttpResponseMessage response;
        using (var request = {CreateRequest})
        {
            try
            {
{AcquirePermit}{StartPermitWindow}                {RequestHook}(request, operation);
                CurrentBatch.Value?.Sending();
                response = await SendOnceAsync(request, operation, policy, cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Net.Http.HttpRequestException exception) when (
                exception.HttpRequestError == global::System.Net.Http.HttpRequestError.ConnectionError &&
                attempt < policy.MaxAttempts && Backoff(policy, attempt) is var delay && Fits(started, delay))
            {
                // The connection never opened, so the server never saw the request.
                call.Retrying(exception, delay);
                await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }
        }

        try
        {
            {ResponseHook}(response, operation);
        }
        catch
        {
            // The body is not read yet: disposing the response gives its connection back.
            response.Dispose();
            throw;
        }

        var status = (int)response.StatusCode;
{RenewAfterUnauthorized}        var retryable = status is 429 or 503 || (status >= 500 && (idempotent || policy.RetryServerErrorsOfNonIdempotentCalls));
        if (retryable && attempt < policy.MaxAttempts && RetryDelay(response, policy, attempt) is var wait && Fits(started, wait))
        {
            response.Dispose();
            call.Retrying(status, wait);
            await WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            continue;
        }

{KeepCredentials}        return response;
    }

    bool Fits(long startedAt, global::System.TimeSpan delay) => time.GetElapsedTime(startedAt) + delay <= policy.TotalDeadline;
}

/// <summary>
/// Sends once. The response is returned as soon as its headers arrive and its body is read as it streams, so
/// <c>HttpClient.Timeout</c> and the attempt timeout cover the wait for the headers.
/// </summary>
private global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendOnceAsync(
    global::System.Net.Http.HttpRequestMessage request,
    string operation,
    {Policy} policy,
    global::System.Threading.CancellationToken cancellationToken) =>
    policy.AttemptTimeout is { } limit
        ? SendWithinAsync(request, operation, limit, cancellationToken)
        : _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken);

private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendWithinAsync(
    global::System.Net.Http.HttpRequestMessage request,
    string operation,
    global::System.TimeSpan limit,
    global::System.Threading.CancellationToken cancellationToken)
{
    using var timeout = new global::System.Threading.CancellationTokenSource(limit, _options.TimeProvider);
    using var linked = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
    try
    {
        return await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
    }
    catch (global::System.OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
    {
        // The shape HttpClient gives its own timeout, so callers handle both alike.
        throw new global::System.Threading.Tasks.TaskCanceledException(
            $"{operation} was cancelled after the attempt timeout of {limit.TotalSeconds:0.###} s.",
            new global::System.TimeoutException($"{operation} took longer than {limit.TotalSeconds:0.###} s.", exception));
    }
}

private async global::System.Threading.Tasks.Task WaitAsync(global::System.TimeSpan delay, global::System.Threading.CancellationToken cancellationToken)
{
    CurrentBatch.Value?.Waited();
    await global::System.Threading.Tasks.Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
}

/// <summary>The server's <c>Retry-After</c> when it asks for a wait; otherwise (none, zero, or a date already past) the backoff.</summary>
private global::System.TimeSpan RetryDelay(global::System.Net.Http.HttpResponseMessage response, {Policy} policy, int attempt)
{
    var retryAfter = response.Headers.RetryAfter;
    var asked = retryAfter?.Delta ?? (retryAfter?.Date - _options.TimeProvider.GetUtcNow());
    return asked > global::System.TimeSpan.Zero ? asked.Value : Backoff(policy, attempt);
}

/// <summary>Doubles from the base delay up to the cap, then takes a random point in its upper half so clients spread out.</summary>
private static global::System.TimeSpan Backoff({Policy} policy, int attempt)
{
    var exponential = policy.BaseDelay.TotalMilliseconds * global::System.Math.Pow(2, attempt - 1);
    var capped = global::System.Math.Min(exponential, policy.MaxDelay.TotalMilliseconds);
    return global::System.TimeSpan.FromMilliseconds(capped * (0.5 + global::System.Random.Shared.NextDouble() / 2));
}
""";

    /// <summary>The limiter from System.Threading.RateLimiting, where the project references it.</summary>
    private const string RateLimitingLimiter = """
/// <summary>One limiter per rate limit, server address, account and clock, shared by every instance of this client.</summary>
private static readonly global::System.Collections.Concurrent.ConcurrentDictionary<string, global::System.Threading.RateLimiting.ConcurrencyLimiter> Limiters = new();

/// <summary>Waits for one of the <c>Requests</c> permits; it comes back a window after its call is sent.</summary>
private async global::System.Threading.Tasks.Task<Permit> AcquireAsync(RateLimit rateLimit, global::System.Threading.CancellationToken cancellationToken)
{
    var limiter = Limiters.GetOrAdd(LimiterKey(rateLimit), static (_, requests) => new global::System.Threading.RateLimiting.ConcurrencyLimiter(
        new global::System.Threading.RateLimiting.ConcurrencyLimiterOptions
        {
            PermitLimit = requests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = global::System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst,
        }), rateLimit.Requests);
    var lease = limiter.AttemptAcquire();
    var waited = global::System.TimeSpan.Zero;
    if (!lease.IsAcquired)
    {
        CurrentBatch.Value?.Waited();
        var waitStarted = _options.TimeProvider.GetTimestamp();
        lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        waited = _options.TimeProvider.GetElapsedTime(waitStarted);
    }

    return new Permit(lease, rateLimit.Window, _options.TimeProvider, waited);
}

""";

    /// <summary>The same permits on a <c>SemaphoreSlim</c>, for projects without System.Threading.RateLimiting.</summary>
    private const string SemaphoreLimiter = """
/// <summary>One pool of permits per rate limit, server address, account and clock, shared by every instance of this client.</summary>
private static readonly global::System.Collections.Concurrent.ConcurrentDictionary<string, global::System.Threading.SemaphoreSlim> Limiters = new();

/// <summary>Waits for one of the <c>Requests</c> permits; it comes back a window after its call is sent.</summary>
private async global::System.Threading.Tasks.Task<Permit> AcquireAsync(RateLimit rateLimit, global::System.Threading.CancellationToken cancellationToken)
{
    var permits = Limiters.GetOrAdd(LimiterKey(rateLimit), static (_, requests) => new global::System.Threading.SemaphoreSlim(requests, requests), rateLimit.Requests);
    var waited = global::System.TimeSpan.Zero;
    if (!permits.Wait(0))
    {
        CurrentBatch.Value?.Waited();
        var waitStarted = _options.TimeProvider.GetTimestamp();
        await permits.WaitAsync(cancellationToken).ConfigureAwait(false);
        waited = _options.TimeProvider.GetElapsedTime(waitStarted);
    }

    return new Permit(new SemaphoreRelease(permits), rateLimit.Window, _options.TimeProvider, waited);
}

private sealed class SemaphoreRelease(global::System.Threading.SemaphoreSlim permits) : global::System.IDisposable
{
    public void Dispose() => permits.Release();
}

""";

    private const string RateLimitTemplate = """
/// <summary>At most <c>Requests</c> calls in any window of <c>Window</c>.</summary>
private sealed record RateLimit(string Scope, int Requests, global::System.TimeSpan Window);

{Limiter}
/// <summary>A permit of the rate limit, given back one window after the call it allows was sent.</summary>
private sealed class Permit(global::System.IDisposable lease, global::System.TimeSpan window, global::System.TimeProvider time, global::System.TimeSpan waited)
{
    /// <summary>How long the attempt waited for this permit; zero when it was free.</summary>
    public global::System.TimeSpan Waited => waited;

    public void StartWindow() => _ = ReleaseAfterWindowAsync();

    private async global::System.Threading.Tasks.Task ReleaseAfterWindowAsync()
    {
        try
        {
            await global::System.Threading.Tasks.Task.Delay(window, time).ConfigureAwait(false);
        }
        finally
        {
            lease.Dispose();
        }
    }
}

private LimiterKeyCache? _limiterKey;

/// <summary>The limiter's key for this client's account, recomputed only when the credentials change.</summary>
private string LimiterKey(RateLimit rateLimit)
{
    var cached = _limiterKey;
    if (cached is not null && cached.Limit == rateLimit && {CredentialsUnchanged}) return cached.Key;

    // A hash, so the key held for the process's lifetime carries no credential.
    var account = global::System.Convert.ToHexString(global::System.Security.Cryptography.SHA256.HashData(global::System.Text.Encoding.UTF8.GetBytes({AccountKey})));
    var key = $"{rateLimit.Scope}|{_baseUrl}|{account}|{(global::System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_options.TimeProvider))}";
    _limiterKey = new LimiterKeyCache(rateLimit, {CurrentCredentials}, key);
    return key;
}

private sealed record LimiterKeyCache(RateLimit Limit, {CredentialFields}, string Key);
""";
}
