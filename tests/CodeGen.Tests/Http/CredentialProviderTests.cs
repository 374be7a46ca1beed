using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using P = CodeGen.Tests.Parameters;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// A credential given by a provider instead of a fixed setting: asked once per attempt, asked again after a 401 and
/// the call sent once more when it renews the credential, refused and redacted like a fixed credential.
/// </summary>
public sealed class CredentialProviderTests : IClassFixture<ServerFixture>
{
    /// <summary>The documented answers of a successful call.</summary>
    private static readonly string Created = Success("highlevel.yaml", "createContactTask");
    private static readonly string SaleshandyCreated = Success("saleshandy.yaml", "createTask");

    private readonly RecordingServer _server;

    public CredentialProviderTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task The_provider_is_asked_once_per_attempt()
    {
        var answers = new Queue<ScriptedResponse>(new[] { new ScriptedResponse(503, "busy"), new ScriptedResponse(503, "busy"), new ScriptedResponse(201, Created) });
        _server.Reset(_ => answers.Dequeue());
        var tokens = new TokenSource("token-1", "token-2", "token-3");

        await HighLevel(tokens, Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask());

        Assert.Equal(new string?[] { null, null, null }, tokens.Rejected);
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2", "Bearer token-3" }, _server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_401_asks_the_provider_again_and_sends_the_call_once_more_with_the_new_token()
    {
        _server.Reset(request => request.Header("Authorization") == "Bearer fresh" ? new ScriptedResponse(201, Created) : Unauthorized);
        var tokens = new TokenSource("expired", "fresh");

        var result = await HighLevel(tokens, Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask());

        Assert.NotNull(result.Task);
        Assert.Equal(new[] { null, "expired" }, tokens.Rejected);
        Assert.Equal(new[] { "Bearer expired", "Bearer fresh" }, _server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_401_with_the_same_token_again_is_not_sent_again_and_throws_the_typed_401()
    {
        _server.Reset(_ => Unauthorized);
        var tokens = new TokenSource("revoked", "revoked");

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() =>
            HighLevel(tokens, Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal(2, tokens.Asked);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_renewed_token_that_fails_too_is_not_renewed_again()
    {
        _server.Reset(_ => Unauthorized);
        var tokens = new TokenSource("first", "second", "third");

        await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() =>
            HighLevel(tokens, Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal(2, tokens.Asked);
        Assert.Equal(new[] { "Bearer first", "Bearer second" }, _server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_401_with_a_fixed_token_is_not_sent_again()
    {
        _server.Reset(_ => Unauthorized);
        var client = new HL.HighLevelClient(Http(), new HL.HighLevelClientOptions { BearerToken = "fixed", Retry = Retry(4) });

        await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() => client.CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_renewal_after_a_401_counts_as_an_attempt()
    {
        _server.Reset(_ => Unauthorized);
        var tokens = new TokenSource("expired", "fresh");

        await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() =>
            HighLevel(tokens, HL.HighLevelRetryPolicy.None).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal(1, tokens.Asked);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_provider_that_throws_surfaces_its_exception_and_nothing_is_sent()
    {
        _server.Reset(_ => new ScriptedResponse(201, Created));
        var failure = new HttpRequestException("the token endpoint is down");
        var options = new HL.HighLevelClientOptions { BearerToken = "fixed-but-ignored", BearerTokenProvider = (_, _) => throw failure };

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() =>
            new HL.HighLevelClient(Http(), options).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Same(failure, thrown);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_provider_that_throws_when_asked_again_after_a_401_surfaces_its_exception()
    {
        _server.Reset(_ => Unauthorized);
        var asked = 0;
        var options = new HL.HighLevelClientOptions
        {
            BearerTokenProvider = (_, _) => ++asked == 1 ? new ValueTask<string>("expired") : throw new InvalidOperationException("refresh token revoked"),
            Retry = Retry(4),
        };

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new HL.HighLevelClient(Http(), options).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal("refresh token revoked", thrown.Message);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("token\r\nX-Injected: 1")]
    [InlineData("token\nX-Injected: 1")]
    [InlineData("token\0")]
    [InlineData("")]
    public async Task A_provided_token_with_a_line_break_or_none_at_all_is_refused_and_nothing_is_sent(string token)
    {
        _server.Reset(_ => new ScriptedResponse(201, Created));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HighLevel(new TokenSource(token), Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Contains("HighLevelClientOptions.BearerTokenProvider", exception.Message);
        if (token.Length > 0) Assert.DoesNotContain(token, exception.ToString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_provided_token_the_server_echoes_is_redacted()
    {
        const string token = "provided-s3cr3t/+=";
        _server.Reset(request => new ScriptedResponse(401,
            $$"""{"statusCode":401,"message":"bad {{request.Header("Authorization")}} ({{Uri.EscapeDataString(token)}})"}""",
            new Dictionary<string, string> { ["X-Echo"] = request.Header("Authorization")! }));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() =>
            HighLevel(new TokenSource(token, token), Retry(4)).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal("""{"statusCode":401,"message":"bad Bearer *** (***)"}""", exception.ResponseBody);
        Assert.Equal("bad Bearer *** (***)", exception.Error.Message);
        Assert.Equal("Bearer ***", Assert.Single(exception.Headers["X-Echo"]));
        Assert.DoesNotContain(token, exception.ToString());
        Assert.DoesNotContain(Uri.EscapeDataString(token), exception.ToString());
    }

    [Fact]
    public async Task Each_of_two_parallel_calls_asks_the_provider_and_sends_what_it_gave()
    {
        var bothAsked = new TaskCompletionSource();
        var asked = 0;
        var options = new HL.HighLevelClientOptions
        {
            BearerTokenProvider = async (_, cancellationToken) =>
            {
                var call = Interlocked.Increment(ref asked);
                if (call == 2) bothAsked.SetResult();
                // Each call waits for the other, so both are in flight at once.
                await bothAsked.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                return "token-" + call;
            },
        };
        _server.Reset(_ => new ScriptedResponse(201, Created));
        var client = new HL.HighLevelClient(Http(), options);

        await Task.WhenAll(
            client.CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()),
            client.CreateContactTaskAsync("contact-2", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Equal(2, asked);
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, _server.Requests.Select(r => r.Header("Authorization")).Order());
    }

    [Fact]
    public async Task An_API_key_in_a_header_from_a_provider_is_renewed_after_a_401()
    {
        _server.Reset(request => request.Header("x-api-key") == "key-2" ? new ScriptedResponse(200, SaleshandyCreated) : new ScriptedResponse(401, """{"message":"expired"}"""));
        var keys = new TokenSource("key-1", "key-2");
        var client = new SH.SaleshandyClient(Http(), new SH.SaleshandyClientOptions { ApiKeyProvider = keys.Next });

        await client.CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Equal(new[] { "key-1", "key-2" }, _server.Requests.Select(r => r.Header("x-api-key")));
    }

    [Fact]
    public async Task API_keys_in_the_query_from_a_provider_are_renewed_after_a_401_and_sent_once_per_attempt()
    {
        _server.Reset(request => request.Query["secretKey"] == "secret-2"
            ? new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req-1"}}""")
            : new ScriptedResponse(401, """{"Status":"Error","ExceptionMessage":"expired"}"""));
        var secrets = new TokenSource("secret-1", "secret-2");
        var client = new LS.LeadSquaredClient(Http(), new LS.LeadSquaredClientOptions { AccessKey = "access-1", SecretKeyProvider = secrets.Next });

        await client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk());

        Assert.Equal(new[] { "?accessKey=access-1&secretKey=secret-1", "?accessKey=access-1&secretKey=secret-2" }, _server.Requests.Select(r => r.QueryString));
    }

    [Fact]
    public async Task The_call_sent_again_after_a_401_waits_for_the_rate_limit()
    {
        _server.Reset(request => request.Query["secretKey"].StartsWith("fresh", StringComparison.Ordinal)
            ? new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req-1"}}""")
            : new ScriptedResponse(401, """{"Status":"Error","ExceptionMessage":"expired"}"""));
        var clock = new FakeClock();
        var asked = 0;
        var client = new LS.LeadSquaredClient(clock.HttpClient(_server.BaseAddress), new LS.LeadSquaredClientOptions
        {
            AccessKey = "account-renewing-" + Guid.NewGuid(),
            // Every other answer is fresh: each call is refused once, then renewed.
            SecretKeyProvider = (_, _) => new ValueTask<string>(Interlocked.Increment(ref asked) % 2 == 1 ? "expired" : "fresh"),
            TimeProvider = clock.Time,
            Retry = new LS.LeadSquaredRetryPolicy { MaxAttempts = 2 },
        });

        // 13 calls one after another, each sent twice: 26 sends, one more than 25 in 5 seconds.
        await clock.RunAsync(async () =>
        {
            for (var i = 0; i < 13; i++) await client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk());
            return true;
        });

        Assert.Equal(26, _server.Requests.Count);
        Assert.True(clock.MostCallsWithin(TimeSpan.FromSeconds(5)) <= 25);
        Assert.True(clock.Sent[^1] - clock.Sent[0] >= TimeSpan.FromSeconds(5) - 2 * FakeClock.Step, "The 26th send waited for the window.");
    }

    [Fact]
    public async Task A_Basic_password_from_a_provider_is_sent_with_the_fixed_user_name_and_redacted()
    {
        const string password = "pass-from-provider";
        _server.Reset(request => new ScriptedResponse(418, "you sent " + request.Header("Authorization")));
        var options = new P.ParametersClientOptions { BasicAuthUserName = "user", BasicAuthPasswordProvider = (_, _) => new ValueTask<string>(password) };

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => new P.ParametersClient(Http(), options).GetNoteAsync("item-1", 1));

        var sent = Assert.Single(_server.Requests).Header("Authorization")!;
        Assert.Equal("user:" + password, Encoding.UTF8.GetString(Convert.FromBase64String(sent["Basic ".Length..])));
        Assert.DoesNotContain(sent["Basic ".Length..], exception.ToString());
        Assert.Contains("you sent Basic ***", exception.ToString());
    }

    [Fact]
    public async Task Without_a_token_or_a_provider_the_message_names_both()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new HL.HighLevelClient(Http()).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.Contains("HighLevelClientOptions.BearerToken (or BearerTokenProvider)", exception.Message);
    }

    private static string Success(string spec, string operationId) =>
        SpecContract.For(spec).Responses(operationId).First(response => response.Status.StartsWith('2')).Example!;

    private static ScriptedResponse Unauthorized => new(401, """{"statusCode":401,"message":"Invalid JWT"}""");

    private static HL.HighLevelRetryPolicy Retry(int attempts) => new() { MaxAttempts = attempts, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };

    private HL.HighLevelClient HighLevel(TokenSource tokens, HL.HighLevelRetryPolicy retry) =>
        new(Http(), new HL.HighLevelClientOptions { BearerTokenProvider = tokens.Next, Retry = retry });

    /// <summary>
    /// A provider that gives its values in turn, the last one again once they run out, and notes how often it was
    /// asked and which value it was told the server refused.
    /// </summary>
    private sealed class TokenSource(params string[] values)
    {
        private readonly ConcurrentQueue<string?> _rejected = new();
        private int _asked;

        public int Asked => _asked;

        public IReadOnlyList<string?> Rejected => _rejected.ToList();

        public ValueTask<string> Next(string? rejected, CancellationToken cancellationToken)
        {
            _rejected.Enqueue(rejected);
            var index = Interlocked.Increment(ref _asked) - 1;
            return new ValueTask<string>(values[Math.Min(index, values.Length - 1)]);
        }
    }
}
