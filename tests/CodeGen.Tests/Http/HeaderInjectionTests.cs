using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using P = CodeGen.Tests.Parameters;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// A credential or a header value holding CR, LF or NUL would end its header line and start others of the caller's
/// making: it is refused before anything is sent, with an error that names the setting or parameter, not the value.
/// </summary>
public sealed class HeaderInjectionTests : IClassFixture<ServerFixture>
{
    private const string Secret = "SH_SECRET";
    private readonly RecordingServer _server;

    public HeaderInjectionTests(ServerFixture fixture) => _server = fixture.Server;

    /// <summary>What follows the secret: each way to end a header line early.</summary>
    private static readonly string[] Breaks = { "\r\nX-Injected: 1", "\nX-Injected: 1", "\rX-Injected: 1", "\0X-Injected: 1" };

    /// <summary>Every credential setting of every kind: bearer, API key in a header, in the query and in a cookie, HTTP Basic.</summary>
    private static readonly string[] Settings =
    {
        "HighLevelClientOptions.BearerToken",
        "SaleshandyClientOptions.ApiKey",
        "LeadSquaredClientOptions.AccessKey",
        "LeadSquaredClientOptions.SecretKey",
        "ParametersClientOptions.BasicAuthUserName",
        "ParametersClientOptions.BasicAuthPassword",
        "ParametersClientOptions.SessionKey",
    };

    public static TheoryData<string, string> BrokenCredentials()
    {
        var data = new TheoryData<string, string>();
        foreach (var setting in Settings)
        {
            foreach (var lineBreak in Breaks) data.Add(setting, Secret + lineBreak);
        }

        return data;
    }

    public static TheoryData<string, string> BrokenHeaderValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var parameter in new[] { "xTraceId", "xTags", "session" })
        {
            foreach (var lineBreak in Breaks) data.Add(parameter, Secret + lineBreak);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenCredentials))]
    public async Task A_credential_holding_a_line_break_or_NUL_is_refused_before_anything_is_sent(string setting, string value)
    {
        _server.Reset(_ => new ScriptedResponse(200, "{}"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CallWithCredential(setting, value));

        Assert.Contains(setting, exception.Message);
        Assert.DoesNotContain(Secret, exception.ToString());
        Assert.DoesNotContain("X-Injected", exception.ToString());
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [MemberData(nameof(BrokenHeaderValues))]
    public async Task A_header_or_cookie_parameter_holding_a_line_break_or_NUL_is_refused_before_anything_is_sent(string parameter, string value)
    {
        _server.Reset(_ => new ScriptedResponse(200, "{}"));
        var client = Parameters(new P.ParametersClientOptions { SessionKey = "sid-1" });

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => parameter switch
        {
            "xTraceId" => client.GetNoteAsync("item-1", 1, xTraceId: value),
            "xTags" => client.GetNoteAsync("item-1", 1, xTags: new List<string> { "fine", value }),
            _ => client.GetNoteAsync("item-1", 1, session: value),
        });

        Assert.Equal(parameter, exception.ParamName);
        Assert.DoesNotContain(Secret, exception.ToString());
        Assert.DoesNotContain("X-Injected", exception.ToString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Header_and_cookie_values_without_line_breaks_are_sent_as_given()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"text":"note"}"""));
        var client = Parameters(new P.ParametersClientOptions { BasicAuthUserName = "user", BasicAuthPassword = "pässword: 1", SessionKey = "sid 1" });

        var note = await client.GetNoteAsync("item-1", 7, xTraceId: "trace 1", xTags: new List<string> { "a", "b" }, session: "s;1");

        Assert.Equal("note", note.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/items/item-1/notes/7", request.Path);
        Assert.Equal("trace 1", request.Header("X-Trace-Id"));
        // The simple style joins an array's items by a comma alone (OpenAPI 3, Style Examples).
        Assert.Equal("a,b", request.Header("X-Tags"));
        Assert.Equal("Basic " + Convert.ToBase64String("user:pässword: 1"u8.ToArray()), request.Header("Authorization"));
        // Basic is the first alternative with every credential set, so the session key is not sent.
        Assert.Equal("session=s%3B1", request.Header("Cookie"));
        Assert.DoesNotContain(request.Headers.Keys, name => name.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
    }

    private Task CallWithCredential(string setting, string value)
    {
        var http = new HttpClient { BaseAddress = _server.BaseAddress };
        return setting switch
        {
            "HighLevelClientOptions.BearerToken" =>
                new HL.HighLevelClient(http, new HL.HighLevelClientOptions { BearerToken = value }).CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask()),
            "SaleshandyClientOptions.ApiKey" =>
                new SH.SaleshandyClient(http, new SH.SaleshandyClientOptions { ApiKey = value }).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()),
            "LeadSquaredClientOptions.AccessKey" =>
                new LS.LeadSquaredClient(http, new LS.LeadSquaredClientOptions { AccessKey = value, SecretKey = "secret" }).CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()),
            "LeadSquaredClientOptions.SecretKey" =>
                new LS.LeadSquaredClient(http, new LS.LeadSquaredClientOptions { AccessKey = "access", SecretKey = value }).CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()),
            "ParametersClientOptions.BasicAuthUserName" =>
                Parameters(new P.ParametersClientOptions { BasicAuthUserName = value, BasicAuthPassword = "password" }).GetNoteAsync("item-1", 1),
            "ParametersClientOptions.BasicAuthPassword" =>
                Parameters(new P.ParametersClientOptions { BasicAuthUserName = "user", BasicAuthPassword = value }).GetNoteAsync("item-1", 1),
            _ => Parameters(new P.ParametersClientOptions { SessionKey = value }).GetNoteAsync("item-1", 1),
        };
    }

    private P.ParametersClient Parameters(P.ParametersClientOptions options) => new(new HttpClient { BaseAddress = _server.BaseAddress }, options);
}
