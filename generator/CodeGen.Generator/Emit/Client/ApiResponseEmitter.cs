using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits what an operation's <c>…WithResponseAsync</c> method returns: the status code and headers of a success
/// response, and its generic form with the body.
/// </summary>
internal static class ApiResponseEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var body = Template
            .Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute)
            .Replace("{Response}", api.ResponseName)
            .Replace("{Title}", Text.XmlInline(api.Title));
        writer.Lines(body);

        return writer.ToString();
    }

    private const string Template = """
/// <summary>A success response of {Title} to an operation that returns no body: its status code and headers.</summary>
{GeneratedCode}
public class {Response}
{
    /// <summary>Creates a response, such as a test's stand-in for one the client received.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The headers, by name; their names are compared ignoring case.</param>
    public {Response}(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
    {
        global::System.ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        var copy = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers) copy[header.Key] = header.Value;
        Headers = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(copy);
    }

    /// <summary>Keeps the status code and a copy of the response and content headers of <paramref name="response"/>.</summary>
    internal {Response}(global::System.Net.Http.HttpResponseMessage response)
        : this((int)response.StatusCode, HeadersOf(response))
    {
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers, by case-insensitive name.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    private static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> HeadersOf(global::System.Net.Http.HttpResponseMessage response)
    {
        var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in global::System.Linq.Enumerable.Concat(response.Headers, response.Content.Headers))
        {
            headers[header.Key] = global::System.Linq.Enumerable.ToArray(header.Value);
        }

        return headers;
    }
}

/// <summary>A success response of {Title}: its status code, its headers and its body.</summary>
/// <typeparam name="T">The type of the body.</typeparam>
{GeneratedCode}
public sealed class {Response}<T> : {Response}
{
    /// <summary>Creates a response, such as a test's stand-in for one the client received.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The headers, by name; their names are compared ignoring case.</param>
    /// <param name="value">The body.</param>
    public {Response}(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, T value)
        : base(statusCode, headers)
    {
        Value = value;
    }

    /// <summary>Keeps the status code and headers of <paramref name="response"/> with its body, already read.</summary>
    internal {Response}(global::System.Net.Http.HttpResponseMessage response, T value)
        : base(response)
    {
        Value = value;
    }

    /// <summary>The body, read as the spec declares it.</summary>
    public T Value { get; }
}
""";
}
