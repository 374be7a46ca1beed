using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.NSwagGenerated;

/// <summary>What NSwag's client leaves to its user, through the partial methods it documents for that.</summary>
public partial class LeadSquaredNSwagClient
{
    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    // NSwag's System.Text.Json client serialises by reflection, which this project switches off by default.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver();

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder) =>
        urlBuilder.Append("?accessKey=").Append(Uri.EscapeDataString(AccessKey))
            .Append("&secretKey=").Append(Uri.EscapeDataString(SecretKey));
}
