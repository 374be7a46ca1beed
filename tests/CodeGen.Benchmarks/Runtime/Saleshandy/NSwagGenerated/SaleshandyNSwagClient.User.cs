using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.NSwagGenerated;

/// <summary>What NSwag's client leaves to its user, through the partial methods it documents for that.</summary>
public partial class SaleshandyNSwagClient
{
    public string ApiKey { get; set; } = "";

    // NSwag's System.Text.Json client serialises by reflection, which this project switches off by default.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver();

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) =>
        request.Headers.Add(SaleshandySample.ApiKeyHeader, ApiKey);
}
