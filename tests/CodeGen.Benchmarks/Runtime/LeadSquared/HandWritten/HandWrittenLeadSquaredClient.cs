using System.Net.Http.Json;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;

/// <summary>The floor: Create Tasks in Bulk over HttpClient with a source-generated JSON context, written by hand.</summary>
public sealed class HandWrittenLeadSquaredClient(HttpClient http, string accessKey, string secretKey)
{
    private readonly Uri _createUri = new(
        $"v2/Task.svc/Bulk/Create?accessKey={Uri.EscapeDataString(accessKey)}&secretKey={Uri.EscapeDataString(secretKey)}", UriKind.Relative);

    public async Task<BulkCreateResponse> CreateTasksInBulkAsync(BulkCreateRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _createUri)
        {
            Content = JsonContent.Create(body, HandWrittenLeadSquaredJsonContext.Default.BulkCreateRequest),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenLeadSquaredJsonContext.Default.BulkCreateResponse, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("LeadSquared answered 200 with an empty body.");
    }
}
