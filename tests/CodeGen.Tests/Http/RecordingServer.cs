using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeGen.Tests.Http;

/// <summary>A request as the server received it.</summary>
/// <param name="Path">The path as sent, still escaped.</param>
/// <param name="RoutedPath">The path Kestrel routes by: unescaped (but for <c>%2F</c>), with dot segments removed.</param>
/// <param name="BodyBytes">The body as it came, for bodies that are not UTF-8 text.</param>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string RoutedPath = "",
    byte[]? BodyBytes = null)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyDictionary<string, string> Query =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(QueryString).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
}

/// <summary>What the server answers.</summary>
/// <param name="DropConnection">Abort the connection instead of answering, after reading the request.</param>
/// <param name="WriteBody">Writes the body instead of <paramref name="Body"/>, say one that never ends; stopped when the client goes away.</param>
internal sealed record ScriptedResponse(
    int Status,
    string? Body = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default,
    bool DropConnection = false,
    Func<Stream, CancellationToken, Task>? WriteBody = null);

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) that records every request and answers as the test says.
/// </summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private RecordingServer(WebApplication app) => _app = app;

    /// <summary>How the server answers a request; replace it per test.</summary>
    public Func<RecordedRequest, ScriptedResponse> Respond { get; set; } = _ => new ScriptedResponse(200, "{}");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Forgets earlier requests and answers from now on with <paramref name="respond"/>.</summary>
    public void Reset(Func<RecordedRequest, ScriptedResponse> respond)
    {
        _requests.Clear();
        Respond = respond;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes, context.RequestAborted);
        bytes.Position = 0;
        using var reader = new StreamReader(bytes);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        // The raw target, as sent: Kestrel's Path is already unescaped.
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        var rawPath = rawTarget.Split('?')[0];
        var request = new RecordedRequest(context.Request.Method, rawPath, context.Request.QueryString.Value ?? "", headers, body, context.Request.Path.Value ?? "", bytes.ToArray());
        _requests.Enqueue(request);

        var response = Respond(request);
        if (response.DropConnection)
        {
            context.Abort();
            return;
        }

        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (response.WriteBody is not null)
        {
            context.Response.ContentType ??= "application/json";
            try
            {
                await response.WriteBody(context.Response.Body, context.RequestAborted);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException || context.RequestAborted.IsCancellationRequested)
            {
                // The client stopped reading.
            }
        }
        else if (response.Body is not null)
        {
            context.Response.ContentType ??= "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
