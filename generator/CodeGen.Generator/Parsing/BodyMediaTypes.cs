using System;
using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Parsing;

/// <summary>How a body of a given media type is written or read.</summary>
internal enum BodyEncoding
{
    Json,
    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,
}

/// <summary>Which of the media types a request body or response offers the client uses.</summary>
internal static class BodyMediaTypes
{
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>
    /// The media type to use and how to encode it: JSON when offered (it carries every type as the converters write it),
    /// then a form for a request; null when none of them is offered.
    /// </summary>
    public static (BodyEncoding Encoding, YamlMappingNode Media)? Choose(IEnumerable<KeyValuePair<string, YamlNode>> content, bool isRequest)
    {
        YamlMappingNode? form = null;
        foreach (var mediaType in content)
        {
            if (mediaType.Value is not YamlMappingNode media) continue;
            if (IsJson(mediaType.Key)) return (BodyEncoding.Json, media);
            if (isRequest && form is null && IsForm(mediaType.Key)) form = media;
        }

        return form is null ? null : (BodyEncoding.Form, form);
    }

    private static bool IsJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
        mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ||
        mediaType == "*/*";

    private static bool IsForm(string mediaType) =>
        mediaType.StartsWith(Form, StringComparison.OrdinalIgnoreCase) && (mediaType.Length == Form.Length || mediaType[Form.Length] == ';');
}
