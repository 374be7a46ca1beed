using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>Which of a body's media types the client uses, and how each is written on the wire.</summary>
internal static class MediaTypes
{
    /// <summary>
    /// The media type the client sends or reads when a body offers several, the first in this order (the spec's
    /// order breaks ties): <c>application/json</c>, then other JSON types (<c>+json</c>), then <c>*/*</c>, then
    /// <c>application/x-www-form-urlencoded</c>, then <c>multipart/form-data</c>, then <c>text/*</c>, then any other
    /// (binary). Null when there are none.
    /// </summary>
    public static string? Choose(IEnumerable<string> mediaTypes) =>
        mediaTypes.Select((mediaType, position) => (mediaType, position))
            .OrderBy(candidate => Rank(candidate.mediaType))
            .ThenBy(candidate => candidate.position)
            .Select(candidate => candidate.mediaType)
            .FirstOrDefault();

    /// <summary>How a body of <paramref name="mediaType"/> with <paramref name="schema"/> travels.</summary>
    public static MediaKind KindOf(string mediaType, YamlNode? schema) => Rank(mediaType) switch
    {
        // A binary string schema is bytes whatever the type says, e.g. under */*.
        _ when IsBinaryString(schema) => MediaKind.Binary,
        0 or 1 or 2 => MediaKind.Json,
        3 => MediaKind.Form,
        4 => MediaKind.Multipart,
        5 => MediaKind.Text,
        _ => MediaKind.Binary,
    };

    /// <summary>The type without its parameters, e.g. <c>text/plain; charset=utf-8</c> → <c>text/plain</c>.</summary>
    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
    }

    /// <summary>
    /// The <c>Content-Type</c> a body of <paramref name="mediaType"/> is sent with: its essence, or
    /// <c>application/octet-stream</c> for a range such as <c>*/*</c> or <c>image/*</c>, which names no type to send.
    /// </summary>
    public static string Sent(string mediaType)
    {
        var essence = Essence(mediaType);
        return essence.IndexOf('*') >= 0 ? "application/octet-stream" : essence;
    }

    /// <summary>A string schema of bytes: <c>format: binary</c>, or OpenAPI 3.1's <c>contentMediaType</c> without an encoding.</summary>
    public static bool IsBinaryString(YamlNode? schema) =>
        schema is YamlMappingNode mapping && mapping.GetString("type") is "string" or null &&
        (mapping.GetString("format") == "binary" || (mapping.Get("contentMediaType") is not null && mapping.Get("contentEncoding") is null));

    /// <summary>A JSON media type: <c>application/json</c> (with any parameters) or a <c>+json</c> type such as <c>application/problem+json</c>.</summary>
    public static bool IsJson(string mediaType)
    {
        var essence = Essence(mediaType);
        return essence.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || essence.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static int Rank(string mediaType)
    {
        var essence = Essence(mediaType);
        if (essence.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return 0;
        if (IsJson(essence)) return 1;
        if (essence == "*/*") return 2;
        if (essence.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)) return 3;
        if (essence.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)) return 4;
        if (essence.StartsWith("text/", StringComparison.OrdinalIgnoreCase)) return 5;
        return 6;
    }
}
