using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BulkCreateRequest))]
[JsonSerializable(typeof(BulkCreateResponse))]
internal sealed partial class HandWrittenLeadSquaredJsonContext : JsonSerializerContext;
