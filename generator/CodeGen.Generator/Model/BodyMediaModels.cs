using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>How a request or response body is written on the wire, by its media type.</summary>
internal enum MediaKind
{
    /// <summary><c>application/json</c>, a <c>+json</c> type, or <c>*/*</c> with a structured schema.</summary>
    Json,
    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,
    /// <summary><c>multipart/form-data</c>: named parts, files among them.</summary>
    Multipart,
    /// <summary><c>text/*</c>: a string.</summary>
    Text,
    /// <summary>Any other type, or a <c>format: binary</c> string: bytes as a stream.</summary>
    Binary,
}

/// <summary>A request body that is not JSON: what the method takes for it and the media type it is sent as.</summary>
/// <param name="ContentType">The media type the spec declares, sent as the body's <c>Content-Type</c>.</param>
/// <param name="Parts">The parts of a multipart body, one method argument each; empty for other kinds.</param>
internal sealed record RequestContentModel(MediaKind Kind, string ContentType, EquatableArray<MultipartPartModel> Parts);

internal enum PartKind
{
    /// <summary>One file: a stream with a file name and a media type.</summary>
    File,
    /// <summary>Several files under the same name.</summary>
    Files,
    /// <summary>A scalar or enum, as text.</summary>
    Text,
    /// <summary>An array of scalars or enums, one text part per item under the same name.</summary>
    TextItems,
    /// <summary>An object, map or array of them, as one JSON part.</summary>
    Json,
}

/// <summary>A property of a multipart body's schema, sent as a part.</summary>
/// <param name="Name">The C# argument name.</param>
/// <param name="WireName">The part's name in its <c>Content-Disposition</c>.</param>
/// <param name="Type">The value's type; null for files.</param>
/// <param name="ContentType">The part's media type from the <c>encoding</c> object, if it names one.</param>
internal sealed record MultipartPartModel(
    string Name,
    string WireName,
    PartKind Kind,
    TypeModel? Type,
    bool IsRequired,
    string? ContentType,
    Documentation Documentation);
