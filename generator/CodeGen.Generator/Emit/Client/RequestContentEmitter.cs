using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The arguments and statements of a request body that is not JSON: a <c>Stream</c> sent as it is read, a string
/// sent as text, or one argument per multipart part.
/// </summary>
internal sealed class RequestContentEmitter
{
    private const string Http = "global::System.Net.Http.";
    private const string DefaultFileType = "application/octet-stream";

    private readonly ApiModel _api;
    private readonly TypeSyntax _types;
    private readonly BodyContracts _contracts;
    private readonly WireFormatting _formatting;
    private readonly string _root;

    /// <param name="root">What the root client's instance members are reached through: empty on the root, its field and a dot on a sub-client.</param>
    public RequestContentEmitter(ApiModel api, TypeSyntax types, BodyContracts contracts, string root)
    {
        _root = root;
        _api = api;
        _types = types;
        _contracts = contracts;
        _formatting = new WireFormatting(api);
    }

    /// <summary>The body's arguments that the caller must give (<paramref name="required"/>) or may leave out.</summary>
    public IEnumerable<OperationEmitter.Argument> Arguments(OperationModel operation, bool required)
    {
        if (operation.RequestContent is not { } content) yield break;
        if (content.Kind == MediaKind.Multipart)
        {
            foreach (var part in content.Parts.Where(p => p.IsRequired == required))
            {
                var type = PartType(part);
                yield return new OperationEmitter.Argument(part.Name, required ? $"{type} {part.Name}" : $"{type}? {part.Name} = null", PartDocumentation(part));
            }

            yield break;
        }

        if (operation.RequestBodyRequired != required) yield break;
        var bodyType = content.Kind == MediaKind.Binary ? "global::System.IO.Stream" : "string";
        var sent = content.Kind == MediaKind.Binary ? $"sent as {content.ContentType} as it is read; it stays yours to dispose" : $"sent as {content.ContentType}";
        yield return required
            ? new OperationEmitter.Argument("body", $"{bodyType} body", $"The request body, {sent}.")
            : new OperationEmitter.Argument("body", $"{bodyType}? body = null", $"The request body, {sent}; or null to send none.");
    }

    /// <summary>The checks of the body's required arguments, before anything is sent.</summary>
    public void WriteArgumentChecks(CodeWriter writer, OperationModel operation)
    {
        if (operation.RequestContent is not { } content) return;
        if (content.Kind != MediaKind.Multipart)
        {
            if (operation.RequestBodyRequired) writer.Line("global::System.ArgumentNullException.ThrowIfNull(body);");
            return;
        }

        foreach (var part in content.Parts.Where(p => p.IsRequired && (p.Type is null || !p.Type.IsValueType)))
        {
            // nameof drops the @ of a keyword, which the caller-expression default keeps.
            writer.Line(part.Name.StartsWith("@", System.StringComparison.Ordinal)
                ? $"global::System.ArgumentNullException.ThrowIfNull({part.Name}, nameof({part.Name}));"
                : $"global::System.ArgumentNullException.ThrowIfNull({part.Name});");
        }

        foreach (var part in ValidatedParts(content))
        {
            writer.Line($"if ({_root}_options.ValidateRequests) {part.Name}{(part.IsRequired ? "" : "?")}.Validate().ThrowIfInvalid();");
        }
    }

    /// <summary>The JSON parts whose model has a validator.</summary>
    private IEnumerable<MultipartPartModel> ValidatedParts(RequestContentModel content) =>
        content.Parts.Where(p => p.Kind == PartKind.Json && _api.HasValidator(p.Type));

    /// <summary>The validation exception a JSON part adds to the method's docs.</summary>
    public void WriteValidationDocs(CodeWriter writer, OperationModel operation)
    {
        if (_api.HasValidator(operation.RequestBody) || operation.RequestContent is not { } content || !ValidatedParts(content).Any()) return;
        writer.Line($"/// <exception cref=\"{_api.Validation.Exception}\">A part breaks the spec's constraints (unless ValidateRequests is off); nothing was sent.</exception>");
    }

    /// <summary>The exception a stream body adds to the method's docs.</summary>
    public static void WriteExceptionDocs(CodeWriter writer, OperationModel operation)
    {
        var sendsStream = operation.RequestContent is { Kind: MediaKind.Binary } ||
                          operation.RequestContent?.Parts.Any(p => p.Kind is PartKind.File or PartKind.Files) == true;
        if (!sendsStream) return;
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">A retry needed a stream sent before that cannot seek, so cannot be sent again.</exception>");
    }

    /// <summary>What the call prepares once for all its attempts: a binary body's stream, so each attempt sends it whole.</summary>
    public void WriteBeforeAttempts(CodeWriter writer, OperationModel operation)
    {
        if (operation.RequestContent is not { Kind: MediaKind.Binary }) return;
        var upload = $"new {_types.ModelType(_api.FileUploadName)}(body, nameof(body))";
        writer.Line(operation.RequestBodyRequired ? $"var upload = {upload};" : $"var upload = body is null ? null : {upload};");
    }

    /// <summary>The statements, inside the request factory, that set the request's content.</summary>
    public void WriteContent(CodeWriter writer, OperationModel operation)
    {
        if (operation.RequestContent is not { } content) return;
        switch (content.Kind)
        {
            case MediaKind.Binary:
                var stream = $"request.Content = upload.CreateContent({Text.Literal(content.ContentType)});";
                writer.Line(operation.RequestBodyRequired ? stream : $"if (upload is not null) {stream}");
                break;
            case MediaKind.Text:
                var text = $"request.Content = new {Http}StringContent(body, global::System.Text.Encoding.UTF8, {Text.Literal(content.ContentType)});";
                writer.Line(operation.RequestBodyRequired ? text : $"if (body is not null) {text}");
                break;
            default:
                writer.Line($"var content = new {Http}MultipartFormDataContent();");
                foreach (var part in content.Parts) WritePart(writer, part);
                writer.Line("request.Content = content;");
                break;
        }
    }

    private void WritePart(CodeWriter writer, MultipartPartModel part)
    {
        var wireName = Text.Literal(part.WireName);
        var name = part.Name;
        switch (part.Kind)
        {
            case PartKind.File:
                Optional(part, $"{name}.AddTo(content, {wireName}, {Text.Literal(part.ContentType ?? DefaultFileType)});");
                break;
            case PartKind.Files:
                Optional(part, $"foreach (var item in {name}) item.AddTo(content, {wireName}, {Text.Literal(part.ContentType ?? DefaultFileType)});");
                break;
            case PartKind.TextItems:
                Optional(part, $"foreach (var item in {name}) content.Add({TextPart(part, _formatting.Format(part.Type!.Element!, "item"))}, {wireName});");
                break;
            case PartKind.Text:
                var value = !part.IsRequired && part.Type!.IsValueType ? name + ".Value" : name;
                Optional(part, $"content.Add({TextPart(part, _formatting.Format(part.Type!, value))}, {wireName});");
                break;
            default:
                Optional(part, $"content.Add(global::System.Net.Http.Json.JsonContent.Create({name}, {_contracts.For(part.Type!)}), {wireName});");
                break;
        }

        void Optional(MultipartPartModel optional, string statement) =>
            writer.Line(optional.IsRequired ? statement : $"if ({optional.Name} is not null) {statement}");
    }

    /// <summary>A text part: UTF-8, as text/plain unless the spec's <c>encoding</c> names another type.</summary>
    private static string TextPart(MultipartPartModel part, string value) =>
        part.ContentType is { } contentType
            ? $"new {Http}StringContent({value}, global::System.Text.Encoding.UTF8, {Text.Literal(contentType)})"
            : $"new {Http}StringContent({value})";

    private string PartType(MultipartPartModel part) => part.Kind switch
    {
        PartKind.File => _types.ModelType(_api.FileUploadName),
        PartKind.Files => $"global::System.Collections.Generic.IReadOnlyList<{_types.ModelType(_api.FileUploadName)}>",
        _ => _types.TypeName(part.Type!),
    };

    private static string PartDocumentation(MultipartPartModel part)
    {
        var summary = part.Documentation.Summary?.Trim();
        if (part.Kind is PartKind.File or PartKind.Files) return summary ?? $"The file{(part.Kind == PartKind.Files ? "s" : "")} sent as the part {part.WireName}.";
        return summary ?? $"Sent as the part {part.WireName}.";
    }

    /// <summary>Every type a body part is sent as JSON in, for the client's contracts.</summary>
    public static IEnumerable<TypeModel> JsonPartTypes(OperationModel operation) =>
        operation.RequestContent?.Parts.Where(p => p.Kind == PartKind.Json).Select(p => p.Type!) ?? Enumerable.Empty<TypeModel>();
}
