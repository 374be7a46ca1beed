using System.Collections.Concurrent;
using System.Net.Http;

namespace CodeGen.Tests.Saleshandy;

/// <summary>
/// The generated client's hooks implemented the way an application would, in a partial class of its own: a
/// correlation header on every request, and each response's status noted. They act only for a client built with a
/// <see cref="ClientHookLog"/>, so the other tests' clients send what they always sent.
/// </summary>
public sealed partial class SaleshandyClient
{
    private readonly ClientHookLog? _hookLog;

    internal SaleshandyClient(HttpClient httpClient, SaleshandyClientOptions options, ClientHookLog hookLog)
        : this(httpClient, options) => _hookLog = hookLog;

    partial void OnRequest(HttpRequestMessage request, string operation)
    {
        if (_hookLog is null) return;
        request.Headers.Add(ClientHookLog.CorrelationHeader, _hookLog.NextCorrelationId(operation));
    }

    partial void OnResponse(HttpResponseMessage response, string operation) =>
        _hookLog?.Responses.Enqueue((operation, (int)response.StatusCode));
}

/// <summary>What the hooks of a <see cref="SaleshandyClient"/> did.</summary>
internal sealed class ClientHookLog
{
    public const string CorrelationHeader = "X-Correlation-Id";

    private int _requests;

    public ConcurrentQueue<(string Operation, int Status)> Responses { get; } = new();

    /// <summary>Fails the next request in the hook, before it is sent.</summary>
    public bool RefuseNextRequest { get; set; }

    public string NextCorrelationId(string operation)
    {
        if (RefuseNextRequest) throw new System.InvalidOperationException("refused by the request hook");
        return $"{operation}-{System.Threading.Interlocked.Increment(ref _requests)}";
    }
}
