using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.HandWritten;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateTaskBody))]
[JsonSerializable(typeof(CreateTaskResult))]
internal sealed partial class HandWrittenSaleshandyJsonContext : JsonSerializerContext;
