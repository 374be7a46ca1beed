using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// Compares two JSON documents as a vendor would read them: property order does not matter, an absent property
/// equals an explicit null, and two RFC 3339 date-times are equal when they are the same instant
/// (<c>2021-04-15T10:00:00.000Z</c> and <c>2021-04-15T10:00:00Z</c>). Everything else must match exactly,
/// including the JSON type of each value (the string "1" is not the number 1).
/// </summary>
internal static class JsonEquivalence
{
    public static IReadOnlyList<string> Differences(string expectedJson, string actualJson)
    {
        var differences = new List<string>();
        Compare(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson), "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null) differences.Add($"{path}: expected {Show(expected)} but got {Show(actual)}");
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var name in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)))
                {
                    Compare(expectedObject[name], actualObject[name], $"{path}.{name}", differences);
                }

                break;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count) differences.Add($"{path}: expected {expectedArray.Count} items but got {actualArray.Count}");
                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++) Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                break;
            case JsonValue expectedValue when actual is JsonValue actualValue:
                if (!ValuesEqual(expectedValue, actualValue)) differences.Add($"{path}: expected {Show(expected)} but got {Show(actual)}");
                break;
            default:
                differences.Add($"{path}: expected {Show(expected)} but got {Show(actual)}");
                break;
        }
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        if (expected.GetValueKind() != actual.GetValueKind()) return false;
        if (JsonNode.DeepEquals(expected, actual)) return true;
        if (expected.GetValueKind() == JsonValueKind.Number) return expected.GetValue<decimal>() == actual.GetValue<decimal>();
        return expected.GetValueKind() == JsonValueKind.String &&
               IsDateTime(expected.GetValue<string>(), out var left) && IsDateTime(actual.GetValue<string>(), out var right) && left == right;
    }

    private static bool IsDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Contains('T') && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out value);
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "(absent or null)";
}
