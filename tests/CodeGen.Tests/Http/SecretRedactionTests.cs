using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using P = CodeGen.Tests.Parameters;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// A server that echoes a credential, in whatever encoding it has it, never gets it into the exception: not into its
/// message, body, headers or parsed error.
/// </summary>
public sealed class SecretRedactionTests : IClassFixture<ServerFixture>
{
    /// <summary>Characters every encoding treats differently; header values must be ASCII.</summary>
    private const string HeaderSecret = "k&y=1#f z/\"q\\+~%";
    private const string UrlSecret = HeaderSecret + "ü日";

    private readonly RecordingServer _server;

    public SecretRedactionTests(ServerFixture fixture) => _server = fixture.Server;

    /// <summary>Each kind of credential: how to call with it, and how the server reads back what it received.</summary>
    private static readonly CredentialKind[] Kinds =
    {
        new("bearer token", HeaderSecret,
            (http, secret) => new HL.HighLevelClient(http, new HL.HighLevelClientOptions { BearerToken = secret }).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()),
            request => request.Header("Authorization")!["Bearer ".Length..]),
        new("API key in a header", HeaderSecret,
            (http, secret) => new SH.SaleshandyClient(http, new SH.SaleshandyClientOptions { ApiKey = secret }).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()),
            request => request.Header("x-api-key")!),
        new("API key in the query", UrlSecret,
            (http, secret) => new LS.LeadSquaredClient(http, new LS.LeadSquaredClientOptions { AccessKey = "access-1", SecretKey = secret }).CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()),
            request => request.Query["secretKey"]),
        new("HTTP Basic password", UrlSecret,
            (http, secret) => new P.ParametersClient(http, new P.ParametersClientOptions { BasicAuthUserName = "user", BasicAuthPassword = secret }).GetNoteAsync("item-1", 1),
            request => Encoding.UTF8.GetString(Convert.FromBase64String(request.Header("Authorization")!["Basic ".Length..])).Split(':', 2)[1]),
        new("API key in a cookie", UrlSecret,
            (http, secret) => new P.ParametersClient(http, new P.ParametersClientOptions { SessionKey = secret }).GetNoteAsync("item-1", 1),
            request => Uri.UnescapeDataString(request.Header("Cookie")!["sid=".Length..])),
    };

    /// <summary>The forms a server may echo a value in.</summary>
    private static readonly IReadOnlyDictionary<string, Func<string, string>> Encodings = new Dictionary<string, Func<string, string>>
    {
        ["as sent"] = value => value,
        ["percent-encoded"] = Uri.EscapeDataString,
        ["percent-encoded, lower-case hex"] = value => LowerHex(Uri.EscapeDataString(value)),
        ["form-encoded, + for space"] = WebUtility.UrlEncode,
        ["form-encoded, lower-case hex"] = value => LowerHex(WebUtility.UrlEncode(value)),
        ["JSON-escaped"] = value => JsonEncodedText.Encode(value).ToString(),
        ["JSON, every character \\uXXXX"] = value => string.Concat(value.Select(c => $"\\u{(int)c:X4}")),
        ["JSON, every character \\uxxxx"] = value => string.Concat(value.Select(c => $"\\u{(int)c:x4}")),
        ["JSON, short escapes and \\/"] = value => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("/", "\\/"),
        ["half percent-encoded, half JSON-escaped"] = value => Uri.EscapeDataString(value[..(value.Length / 2)]) + string.Concat(value[(value.Length / 2)..].Select(c => $"\\u{(int)c:x4}")),
    };

    public static TheoryData<string, string> Echoes()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds)
        {
            foreach (var encoding in Encodings.Keys) data.Add(kind.Name, encoding);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Echoes))]
    public async Task A_credential_the_server_echoes_is_redacted_in_every_encoding(string kindName, string encoding)
    {
        var kind = Kinds.Single(k => k.Name == kindName);
        string? received = null;
        _server.Reset(request =>
        {
            received = kind.Received(request);
            var echo = Encodings[encoding](received);
            // A header value must be printable ASCII; the forms that are go in a header as well.
            var headers = echo.All(c => c is >= ' ' and <= '~') ? new Dictionary<string, string> { ["X-Echo"] = echo } : null;
            return new ScriptedResponse(418, $"you sent {echo}, which is wrong", headers);
        });

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => kind.Call(new HttpClient { BaseAddress = _server.BaseAddress }, kind.Secret));

        Assert.Equal(kind.Secret, received);
        dynamic api = exception;
        Assert.Equal(418, (int)api.StatusCode);
        Assert.Equal("you sent ***, which is wrong", (string)api.ResponseBody);
        var headerValues = ((IReadOnlyDictionary<string, IReadOnlyList<string>>)api.Headers).Values.SelectMany(values => values).ToList();
        foreach (var form in Encodings.Values.Select(encode => encode(kind.Secret)))
        {
            Assert.DoesNotContain(form, exception.ToString());
            Assert.DoesNotContain(form, (string)api.ResponseBody);
            Assert.All(headerValues, value => Assert.DoesNotContain(form, value));
        }
    }

    [Fact]
    public async Task An_echoed_credential_is_redacted_in_the_parsed_error_body_too()
    {
        // Serialised with the default encoder, which writes "&" and "+" as \u0026 and \u002B.
        _server.Reset(request => new ScriptedResponse(401, new System.Text.Json.Nodes.JsonObject
        {
            ["statusCode"] = 401,
            ["message"] = "bad token " + request.Header("Authorization"),
        }.ToJsonString()));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnauthorizedDTO>>(() => Kinds[0].Call(new HttpClient { BaseAddress = _server.BaseAddress }, HeaderSecret));

        Assert.Equal("bad token Bearer ***", exception.Error.Message);
    }

    [Fact]
    public async Task An_echoed_credential_the_success_body_parser_quotes_is_redacted()
    {
        // The date parser quotes the value it could not read.
        _server.Reset(request => new ScriptedResponse(201, new System.Text.Json.Nodes.JsonObject
        {
            ["task"] = new System.Text.Json.Nodes.JsonObject { ["dueDate"] = request.Header("Authorization") },
        }.ToJsonString()));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => Kinds[0].Call(new HttpClient { BaseAddress = _server.BaseAddress }, HeaderSecret));

        Assert.Contains("but found \"Bearer ***\"", exception.Message);
        Assert.IsType<JsonException>(exception.InnerException);
        Assert.DoesNotContain(HeaderSecret, exception.ToString());
    }

    [Fact]
    public async Task The_HTTP_Basic_token_is_redacted_when_the_server_echoes_the_Authorization_header()
    {
        string? token = null;
        _server.Reset(request => new ScriptedResponse(418, $"you sent {token = request.Header("Authorization")}"));

        var exception = await Assert.ThrowsAsync<P.ParametersApiException>(() => Kinds.Single(k => k.Name == "HTTP Basic password").Call(new HttpClient { BaseAddress = _server.BaseAddress }, UrlSecret));

        Assert.StartsWith("Basic ", token);
        Assert.Equal("you sent Basic ***", exception.ResponseBody);
        Assert.DoesNotContain(token!["Basic ".Length..], exception.Message);
    }

    [Fact]
    public async Task A_credential_at_the_cut_of_the_message_is_redacted_before_the_body_is_cut()
    {
        const string Token = "TOKEN_SECRET_abcdefghij0123456789";
        _server.Reset(_ => new ScriptedResponse(418, new string('x', 490) + Token));
        var client = new HL.HighLevelClient(new HttpClient { BaseAddress = _server.BaseAddress }, new HL.HighLevelClientOptions { BearerToken = Token });

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => client.CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()));

        Assert.EndsWith(new string('x', 490) + "***", exception.Message);
        Assert.DoesNotContain("TOKEN_", exception.ToString());
    }

    private static string LowerHex(string text) => Regex.Replace(text, "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant());

    private sealed record CredentialKind(string Name, string Secret, Func<HttpClient, string, Task> Call, Func<RecordedRequest, string> Received);
}
