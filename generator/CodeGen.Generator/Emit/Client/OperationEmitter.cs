using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits one client method: arguments, URL, headers, credentials, body, and the handling of each documented status.</summary>
internal sealed class OperationEmitter
{
    private const string Http = "global::System.Net.Http.";
    private static readonly Regex PathPlaceholder = new(@"\{([^{}]+)\}");

    private readonly ApiModel _api;
    private readonly TypeSyntax _types;
    private readonly BodyContracts _contracts;
    private readonly WireFormatting _formatting;
    private readonly RequestContentEmitter _content;
    private readonly ResponseReadingWriter _responses;
    private readonly OperationCredentialsWriter _credentials;

    /// <summary>What the root client's instance members (options, base URL, transport) are reached through: nothing on the root, its field on a sub-client.</summary>
    public string Root { get; }

    /// <param name="onSubClient">The methods go on a sub-client, which reaches the root client's instance members through its field.</param>
    public OperationEmitter(ApiModel api, TypeSyntax types, BodyContracts contracts, bool onSubClient = false)
    {
        Root = onSubClient ? GeneratedNames.SubClientRoot + "." : "";
        _api = api;
        _types = types;
        _contracts = contracts;
        _formatting = new WireFormatting(api);
        _content = new RequestContentEmitter(api, types, contracts, Root);
        _responses = new ResponseReadingWriter(contracts, Root);
        _credentials = new OperationCredentialsWriter(api, Root);
    }

    /// <summary>
    /// The operation's method: its docs and signature, and the call of <see cref="DeclareWithResponse"/> whose body it
    /// returns (or whose task, without a result).
    /// </summary>
    public ClientMethod Declare(OperationModel operation)
    {
        var result = OperationResult.Of(operation);
        var arguments = Arguments(operation).ToList();
        var documentation = ClientMethod.Capture(writer => WriteDocs(writer, operation, arguments));
        var signature = $"{result.TaskType(_api, _types)} {operation.MethodName}Async({Parameters(arguments)})";
        var implementation = $"{result.TaskType(_api, _types)} {operation.MethodName}Async({ImplementationParameters(arguments)})";
        var call = $"{GeneratedNames.WithResponseMethod(operation.MethodName)}({string.Concat(arguments.Select(a => a.Name + ", "))}cancellationToken)";
        // Without a result, the response's task is the method's: a Task<T> is a Task.
        return ClientMethod.Expression(documentation, signature, "public", result.Kind == ResultKind.None ? call : $"{GeneratedNames.ValueOf}({call})", implementation);
    }

    /// <summary>
    /// The operation's method that returns the response's status code and headers with its body: the statements that
    /// send the request and read the response.
    /// </summary>
    public ClientMethod DeclareWithResponse(OperationModel operation)
    {
        var result = OperationResult.Of(operation);
        var arguments = Arguments(operation).ToList();
        var documentation = ClientMethod.Capture(writer => WriteDocs(writer, operation, arguments, withResponse: true));
        var signature = $"{WithResponseType(result)} {GeneratedNames.WithResponseMethod(operation.MethodName)}({Parameters(arguments)})";
        var implementation = $"{WithResponseType(result)} {GeneratedNames.WithResponseMethod(operation.MethodName)}({ImplementationParameters(arguments)})";
        if (FollowsLinks(operation))
        {
            // An operation paged by next links has a second entry, which requests a link the server gave instead of the path.
            var forwarded = string.Concat(arguments.Select(a => a.Name + ", "));
            return new ClientMethod(documentation, signature, "public",
                writer => writer.Line($"return {GeneratedNames.NextPageMethod(operation.MethodName)}(null, {forwarded}cancellationToken);"), implementation);
        }

        return new ClientMethod(documentation, signature, "public async", writer => WriteStatements(writer, operation, result, followsLinks: false), implementation);
    }

    /// <summary>
    /// The parameters as a sub-client's class declares them: without the defaults, which its callers take from the
    /// interface they reach it through. The root client, called directly too, repeats them.
    /// </summary>
    private string ImplementationParameters(List<Argument> arguments) =>
        Root.Length == 0
            ? Parameters(arguments)
            : string.Join(", ", arguments.Select(a => WithoutDefault(a.Declaration)).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken" }));

    private static string WithoutDefault(string declaration)
    {
        var equals = declaration.IndexOf(" = ", System.StringComparison.Ordinal);
        return equals < 0 ? declaration : declaration.Substring(0, equals);
    }

    private static string Parameters(List<Argument> arguments) =>
        string.Join(", ", arguments.Select(a => a.Declaration).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" }));

    private string WithResponseType(OperationResult result) =>
        $"global::System.Threading.Tasks.Task<{ResponseType(result)}>";

    private string ResponseType(OperationResult result) =>
        result.ValueType(_api, _types) is { } value ? $"{_api.ResponseName}<{value}>" : _api.ResponseName;

    private static bool FollowsLinks(OperationModel operation) => operation.Paging is { Kind: PagingKind.NextLink };

    /// <summary>
    /// For an operation paged by next links, the method behind its public one: the same call, or the page at a link
    /// the server gave (already checked to stay on the API's server) when one is passed.
    /// </summary>
    public void WriteNextPageMethod(CodeWriter writer, OperationModel operation)
    {
        if (!FollowsLinks(operation)) return;
        var result = OperationResult.Of(operation);
        var returnType = WithResponseType(result);
        var parameters = Parameters(Arguments(operation).ToList());
        writer.Line($"/// <summary>{GeneratedNames.WithResponseMethod(operation.MethodName)}, or the page at <paramref name=\"{GeneratedNames.NextLinkArgument}\"/> (an absolute URL already checked) when it is not null.</summary>");
        using (writer.Block($"private async {returnType} {GeneratedNames.NextPageMethod(operation.MethodName)}(string? {GeneratedNames.NextLinkArgument}, {parameters})"))
        {
            WriteStatements(writer, operation, result, followsLinks: true);
        }
    }

    private void WriteStatements(CodeWriter writer, OperationModel operation, OperationResult result, bool followsLinks)
    {
        WriteParameterNullChecks(writer, operation);
        // The URL checks the text path values (PathSegment), before the body is checked.
        if (HasFixedUrl(operation, followsLinks))
        {
            writer.Line($"var requestUri = {Root}_baseUrl + {Text.Literal(FixedPath(operation))};");
        }
        else
        {
            WriteUrl(writer, operation, followsLinks ? GeneratedNames.NextLinkArgument + " ?? " : "");
        }

        WriteArgumentChecks(writer, operation);
        _content.WriteBeforeAttempts(writer, operation);
        var rateLimit = operation.RateLimit is null ? "" : $"RateLimits.{operation.RateLimit.FieldName}, ";
        var bare = SendsBareRequest(operation);
        var createRequest = bare ? "requestUri" : AttemptCredentialsEmitter.Applies(_api) ? "CreateRequestAsync" : "CreateRequest";
        var send = $"response = await {Root}SendAsync({createRequest}, {Text.Literal(operation.Name)}, {Text.Literal(operation.Method)}, {Text.Literal(operation.Path)}, {rateLimit}cancellationToken).ConfigureAwait(false);";
        if (result.Kind == ResultKind.Download)
        {
            // A download owns the response until the caller disposes it; any other way out disposes it here.
            writer.Line("var " + send);
            using (writer.Block("try"))
            {
                _responses.Write(writer, operation, result);
            }

            using (writer.Block("catch"))
            {
                writer.Line("response.Dispose();");
                writer.Line("throw;");
            }
        }
        else
        {
            writer.Line("using var " + send);
            _responses.Write(writer, operation, result);
        }

        if (bare) return;
        writer.Line();
        WriteCreateRequest(writer, operation);
    }

    /// <summary>Some operation of the spec is sent by <see cref="SendsBareRequest"/>.</summary>
    public bool SendsBareRequests() => _api.Operations.Any(SendsBareRequest);

    /// <summary>
    /// The request has nothing but its method and URL, and no credentials to add per attempt: <c>SendAsync</c> builds
    /// each attempt's request from the two.
    /// </summary>
    private bool SendsBareRequest(OperationModel operation)
    {
        if (AttemptCredentialsEmitter.Applies(_api) || OperationCredentialsWriter.AsksForCredentials(operation)) return false;
        if (_credentials.CredentialsIn(operation, SecuritySchemeKind.ApiKeyQuery)) return false;
        var additions = new CodeWriter();
        WriteHeaders(additions, operation);
        WriteBody(additions, operation);
        return additions.ToString().Length == 0;
    }

    /// <summary>
    /// The local function that builds each attempt's request (see <c>SendAsync</c>): one expression when the request
    /// has nothing but its method and URL.
    /// </summary>
    private void WriteCreateRequest(CodeWriter writer, OperationModel operation)
    {
        var plainResult = AttemptCredentialsEmitter.Applies(_api) && !OperationCredentialsWriter.AsksForCredentials(operation);
        var queryCredentials = _credentials.CredentialsIn(operation, SecuritySchemeKind.ApiKeyQuery);
        var additions = new CodeWriter();
        WriteHeaders(additions, operation);
        WriteBody(additions, operation);
        var added = additions.ToString();
        if (!queryCredentials && added.Length == 0 && !OperationCredentialsWriter.AsksForCredentials(operation))
        {
            var created = $"({Method(operation.Method)}, requestUri)";
            writer.Line($"{_credentials.CreateRequestSignature(operation)} => {(plainResult ? $"new(new {Http}HttpRequestMessage{created})" : "new" + created)};");
            return;
        }

        const string setContent = "request.Content = ";
        if (!queryCredentials && !OperationCredentialsWriter.AsksForCredentials(operation) && added.StartsWith(setContent, System.StringComparison.Ordinal) && added.IndexOf('\n') == added.Length - 1)
        {
            // A body and nothing else: the request in one expression.
            var created = $"({Method(operation.Method)}, requestUri) {{ Content = {added.Substring(setContent.Length).TrimEnd('\n', ';')} }}";
            writer.Line($"{_credentials.CreateRequestSignature(operation)} =>");
            writer.Indent().Line((plainResult ? $"new(new {Http}HttpRequestMessage{created})" : "new" + created) + ";").Outdent();
            return;
        }

        using (writer.Block(_credentials.CreateRequestSignature(operation)))
        {
            var requestUri = "requestUri";
            if (queryCredentials)
            {
                // The keys of the attempt go after the query the call built, on a copy: each attempt asks for them again.
                var hasQuery = operation.Parameters.Any(p => p.Location == ParameterLocation.Query) ? "hasQuery" : "false";
                writer.Line("var urlWithKeys = new global::System.Text.StringBuilder(requestUri);");
                writer.Line($"var hasQueryWithKeys = {hasQuery};");
                _credentials.Write(writer, operation, query: true);
                requestUri = "urlWithKeys.ToString()";
            }

            writer.Line($"var request = new {Http}HttpRequestMessage({Method(operation.Method)}, {requestUri});");
            WriteHeaders(writer, operation);
            WriteBody(writer, operation);
            writer.Line(plainResult ? "return new(request);" : "return request;");
        }
    }

    /// <summary>An argument of the operation method: its name, its declaration and the text of its doc.</summary>
    internal sealed record Argument(string Name, string Declaration, string? Documentation);

    /// <summary>The operation method's arguments before its <c>CancellationToken</c>, in order; the paged methods take the same.</summary>
    internal IEnumerable<Argument> Arguments(OperationModel operation)
    {
        var sent = operation.Parameters.Where(p => p.ConstantValue is null).ToList();
        // Path arguments follow the URL (locationId before id), whatever order the spec lists them in.
        foreach (var parameter in sent.Where(p => p.Location == ParameterLocation.Path).OrderBy(p => PositionInPath(operation, p)))
        {
            yield return Required(parameter);
        }
        if (operation.RequestBody is { } body && operation.RequestBodyRequired) yield return new Argument("body", $"{_types.TypeName(body)} body", "The request body.");
        foreach (var argument in _content.Arguments(operation, required: true)) yield return argument;
        foreach (var parameter in sent.Where(p => p.Location != ParameterLocation.Path && p.IsRequired)) yield return Required(parameter);
        if (operation.RequestBody is { } optionalBody && !operation.RequestBodyRequired)
        {
            yield return new Argument("body", $"{_types.TypeName(optionalBody)}? body = null", "The request body, or null to send none.");
        }

        foreach (var argument in _content.Arguments(operation, required: false)) yield return argument;

        foreach (var parameter in sent.Where(p => p.Location != ParameterLocation.Path && !p.IsRequired))
        {
            yield return new Argument(parameter.Name, $"{_types.TypeName(parameter.Type)}? {parameter.Name} = null", parameter.Documentation.Summary);
        }
    }

    private static int PositionInPath(OperationModel operation, ParameterModel parameter)
    {
        var position = operation.Path.IndexOf("{" + parameter.WireName + "}", System.StringComparison.Ordinal);
        return position < 0 ? int.MaxValue : position;
    }

    private Argument Required(ParameterModel parameter) =>
        new(parameter.Name, $"{_types.TypeName(parameter.Type)} {parameter.Name}", parameter.Documentation.Summary);

    private void WriteDocs(CodeWriter writer, OperationModel operation, List<Argument> arguments, bool withResponse = false)
    {
        var result = OperationResult.Of(operation);
        var disposeNote = result.Kind == ResultKind.Download ? " Dispose it when done: it holds the connection until then." : "";
        if (withResponse)
        {
            // The summary, arguments and exceptions are said once, on the method that returns the body alone.
            var plain = $"{operation.MethodName}Async";
            writer.Line($"/// <inheritdoc cref=\"{plain}\" path=\"/summary|/param|/exception\"/>");
            var returns = result.Kind == ResultKind.None ? "The status code and headers." : $"The status code, headers and body (<c>Value</c>).{disposeNote}";
            writer.Line($"/// <returns>{returns}</returns>");
            return;
        }

        Text.WriteDocComment(writer, operation.Documentation.Summary ?? $"{operation.Method} {operation.Path}", operation.Documentation.Description);

        foreach (var argument in arguments)
        {
            writer.Line($"/// <param name=\"{argument.Name.TrimStart('@')}\">{Text.XmlInline(argument.Documentation ?? "")}</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        var success = operation.Responses.FirstOrDefault(r => r.IsSuccess);
        if (result.Kind != ResultKind.None)
        {
            writer.Line($"/// <returns>{Text.XmlInline(success?.Description ?? "The response body.")}{disposeNote}</returns>");
        }
        if (_api.HasValidator(operation.RequestBody))
        {
            writer.Line($"/// <exception cref=\"{_api.Validation.Exception}\">The body breaks the spec's constraints (unless ValidateRequests is off); nothing was sent.</exception>");
        }

        // What the API's exception means is said once, on its type.
        writer.Line($"/// <exception cref=\"{_api.ExceptionName}\"/>");
        var sent = operation.Parameters.Where(p => p.ConstantValue is null).ToList();
        var refused = new List<string>();
        if (sent.Any(p => p.Location == ParameterLocation.Path)) refused.Add("A path value is null, empty, \".\" or \"..\"");
        if (sent.Any(p => p.Location is ParameterLocation.Header or ParameterLocation.Cookie)) refused.Add("a header or cookie value holds CR, LF or NUL");
        if (refused.Count > 0)
        {
            var reasons = string.Join("; or ", refused);
            writer.Line($"/// <exception cref=\"global::System.ArgumentException\">{Text.XmlInline(char.ToUpperInvariant(reasons[0]) + reasons.Substring(1))}.</exception>");
        }

        _content.WriteValidationDocs(writer, operation);
        RequestContentEmitter.WriteExceptionDocs(writer, operation);
        if (operation.Security.Count > 0)
        {
            var lacking = operation.Security.All(r => r.SchemeKeys.Count > 0) ? "the options lack the credentials the operation needs, or one" : "a credential";
            writer.Line($"/// <exception cref=\"global::System.InvalidOperationException\">Nothing was sent: {lacking} holds CR, LF or NUL, or its provider gave none.</exception>");
        }
    }

    private static void WriteParameterNullChecks(CodeWriter writer, OperationModel operation)
    {
        // Only null here, and not for a text path value, which PathSegment checks with the rest (null, empty, "." or ".."); a header value is checked for line breaks (HeaderValue) where it is used.
        foreach (var parameter in operation.Parameters.Where(p => p.ConstantValue is null && (p.Location == ParameterLocation.Path || p.IsRequired) && !p.Type.IsValueType && !IsTextSegment(p)))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }
    }

    private void WriteArgumentChecks(CodeWriter writer, OperationModel operation)
    {
        if (operation.RequestBody is { } body && operation.RequestBodyRequired && !body.IsValueType)
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(body);");
        }

        _content.WriteArgumentChecks(writer, operation);

        if (_api.HasValidator(operation.RequestBody))
        {
            writer.Line(operation.RequestBodyRequired
                ? $"if ({Root}_options.ValidateRequests) body.Validate().ThrowIfInvalid();"
                : $"if ({Root}_options.ValidateRequests) body?.Validate().ThrowIfInvalid();");
        }
    }

    private static bool IsTextSegment(ParameterModel parameter) =>
        parameter.Location == ParameterLocation.Path && parameter.Type.Kind == TypeKind.String && !StyledParameters.UsesFormEncoding(parameter);

    /// <summary>The URL is known but for the base URL: no path value, no query, no link to follow and no key to add per attempt.</summary>
    private static bool HasFixedUrl(OperationModel operation, bool followsLinks) =>
        !followsLinks && !operation.Parameters.Any(p => p.ConstantValue is null && p.Location is ParameterLocation.Path || p.Location == ParameterLocation.Query);

    /// <summary>The path of a fixed URL: an undeclared placeholder as it is, a constant value escaped.</summary>
    private static string FixedPath(OperationModel operation) =>
        PathPlaceholder.Replace(operation.Path, match =>
            operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.WireName == match.Groups[1].Value) is { ConstantValue: { } constant }
                ? System.Uri.EscapeDataString(constant)
                : match.Value);

    /// <summary>
    /// Declares <c>requestUri</c>: the base URL and the path in one expression, the text known when generating (the
    /// path's literals, undeclared placeholders, constant values) written as it is; then the query, if any, appended
    /// to a builder.
    /// </summary>
    /// <param name="link">What is sent instead when not null (the next link and <c>??</c>), or empty.</param>
    private void WriteUrl(CodeWriter writer, OperationModel operation, string link)
    {
        // Each part is text known when generating (a literal, an undeclared placeholder, a constant value) or the expression of a path value.
        var parts = new List<(string Value, bool IsValue)>();
        var position = 0;
        foreach (Match match in PathPlaceholder.Matches(operation.Path))
        {
            parts.Add((operation.Path.Substring(position, match.Index - position), false));
            position = match.Index + match.Length;
            var parameter = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.WireName == match.Groups[1].Value);
            if (parameter is null) parts.Add((match.Value, false));
            else if (parameter.ConstantValue is { } constant) parts.Add((System.Uri.EscapeDataString(constant), false));
            else if (StyledParameters.UsesFormEncoding(parameter))
            {
                parts.Add(($"{FormEncoding}.Path(nameof({parameter.Name}), {Text.Literal(parameter.WireName)}, {Style(parameter.Style)}, explode: {Bool(parameter.Explode)}, {StyledValue(parameter, parameter.Name)})", true));
            }
            else parts.Add(($"PathSegment({_formatting.Format(parameter.Type, parameter.Name)}, nameof({parameter.Name}))", true));
        }

        parts.Add((operation.Path.Substring(position), false));
        var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        var baseUrl = Root + "_baseUrl";
        var styled = operation.Parameters.Any(p => p.Location == ParameterLocation.Path && p.ConstantValue is null && StyledParameters.UsesFormEncoding(p));
        if (styled)
        {
            // A styled value is a call of its own: one append per part reads better than one long string.
            writer.Line($"var url = new global::System.Text.StringBuilder({baseUrl})");
            writer.Indent();
            var appended = parts.Where(part => part.IsValue || part.Value.Length > 0).ToList();
            for (var i = 0; i < appended.Count; i++)
            {
                writer.Line($".Append({(appended[i].IsValue ? appended[i].Value : Text.Literal(appended[i].Value))}){(i == appended.Count - 1 ? ";" : "")}");
            }

            writer.Outdent();
        }
        else if (query.Count == 0)
        {
            writer.Line($"var requestUri = {link}{Interpolated(parts.Prepend((baseUrl, true)))};");
            return;
        }
        else
        {
            writer.Line($"var url = new global::System.Text.StringBuilder({baseUrl}).Append({Interpolated(parts)});");
        }

        if (query.Count == 0)
        {
            writer.Line($"var requestUri = {link}url.ToString();");
            return;
        }

        writer.Line("var hasQuery = false;");
        foreach (var parameter in query)
        {
            if (StyledParameters.UsesFormEncoding(parameter))
            {
                WriteStyled(writer, parameter, value =>
                    $"{FormEncoding}.Query(url, ref hasQuery, {Text.Literal(parameter.WireName)}, {Style(parameter.Style)}, explode: {Bool(parameter.Explode)}, {value}{(parameter.AllowReserved ? ", allowReserved: true" : "")});");
            }
            else if (StyledParameters.QuerySeparator(parameter) is { } separator) WriteJoinedQuery(writer, parameter, separator);
            else if (!parameter.IsRequired && parameter.ConstantValue is null && _formatting.FormatOptional(parameter.Type, parameter.Name) is { } optional)
            {
                // AppendQuery skips a null value.
                writer.Line($"AppendQuery(url, ref hasQuery, {Text.Literal(parameter.WireName)}, {optional});");
            }
            else WriteValue(writer, parameter, value => $"AppendQuery(url, ref hasQuery, {Text.Literal(parameter.WireName)}, {value});");
        }

        writer.Line($"var requestUri = {link}url.ToString();");
    }

    /// <summary>The parts as one string: an interpolated string when some part is an expression, else a plain literal.</summary>
    private static string Interpolated(IEnumerable<(string Value, bool IsValue)> parts)
    {
        var list = parts.ToList();
        if (!list.Any(part => part.IsValue)) return Text.Literal(string.Concat(list.Select(part => part.Value)));
        // A colon (of global:: or a conditional) would otherwise start the hole's format.
        return "$\"" + string.Concat(list.Select(part =>
            !part.IsValue ? Text.InterpolatedText(part.Value) : part.Value.Contains(":") ? $"{{({part.Value})}}" : $"{{{part.Value}}}")) + "\"";
    }

    /// <summary>
    /// A query array sent as one value: each item escaped, joined by the separator as it appears in a URL (a comma
    /// as itself, so a comma inside an item stays distinguishable).
    /// </summary>
    private void WriteJoinedQuery(CodeWriter writer, ParameterModel parameter, string separator)
    {
        var inUrl = separator == "," ? "," : global::System.Uri.EscapeDataString(separator);
        var item = _formatting.Format(parameter.Type.Element!, "item");
        var items = item == "item" ? parameter.Name : $"global::System.Linq.Enumerable.Select({parameter.Name}, static item => {item})";
        var send = $"AppendQueryItems(url, ref hasQuery, {Text.Literal(parameter.WireName)}, {items}, {Text.Literal(inUrl)});";
        writer.Line(parameter.IsRequired ? send : $"if ({parameter.Name} is not null) {send}");
    }

    private void WriteHeaders(CodeWriter writer, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            if (StyledParameters.UsesFormEncoding(parameter))
            {
                WriteStyled(writer, parameter, value =>
                    $"request.Headers.TryAddWithoutValidation({Text.Literal(parameter.WireName)}, {HeaderValue(parameter, $"{FormEncoding}.Header(explode: {Bool(parameter.Explode)}, {value})")});");
                continue;
            }

            WriteValue(writer, parameter, value => $"request.Headers.TryAddWithoutValidation({Text.Literal(parameter.WireName)}, {HeaderValue(parameter, value)});");
        }

        var cookies = operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie).ToList();
        var cookieCredentials = _credentials.CredentialsIn(operation, SecuritySchemeKind.ApiKeyCookie);
        if (cookies.Count > 0 || cookieCredentials)
        {
            writer.Line("var cookies = new global::System.Collections.Generic.List<string>();");
            foreach (var parameter in cookies)
            {
                if (StyledParameters.UsesFormEncoding(parameter))
                {
                    WriteStyled(writer, parameter, value => $"{FormEncoding}.Cookie(cookies, {Text.Literal(parameter.WireName)}, explode: {Bool(parameter.Explode)}, {value});");
                    continue;
                }

                WriteValue(writer, parameter, value => $"cookies.Add({Text.Literal(parameter.WireName + "=")} + global::System.Uri.EscapeDataString({HeaderValue(parameter, value)}));");
            }
        }

        _credentials.Write(writer, operation, query: false);
        if (cookies.Count > 0 || cookieCredentials)
        {
            writer.Line("if (cookies.Count > 0) request.Headers.TryAddWithoutValidation(\"Cookie\", string.Join(\"; \", cookies));");
        }
    }

    /// <summary>A header or cookie value: the caller's is checked for line breaks (HeaderValue); the spec's constant is sent as it is.</summary>
    private static string HeaderValue(ParameterModel parameter, string value) =>
        parameter.ConstantValue is null ? $"HeaderValue({value}, nameof({parameter.Name}))" : value;

    /// <summary>Writes the statement that sends a parameter, skipping an absent optional one and repeating per array item.</summary>
    private void WriteValue(CodeWriter writer, ParameterModel parameter, System.Func<string, string> send)
    {
        if (parameter.ConstantValue is { } constant)
        {
            writer.Line(send(Text.Literal(constant)));
            return;
        }

        var name = parameter.Name;
        var optional = !parameter.IsRequired;
        if (parameter.Type.Kind == TypeKind.Array)
        {
            var loop = $"foreach (var item in {name}) {send(_formatting.Format(parameter.Type.Element!, "item"))}";
            writer.Line(optional ? $"if ({name} is not null) {loop}" : loop);
            return;
        }

        if (!optional)
        {
            writer.Line(send(_formatting.Format(parameter.Type, name)));
            return;
        }

        var value = parameter.Type.IsValueType ? name + ".Value" : name;
        writer.Line($"if ({name} is not null) {send(_formatting.Format(parameter.Type, value))}");
    }

    /// <summary>Writes the statement that sends a parameter through the form-encoding helper, skipping an absent optional one.</summary>
    private void WriteStyled(CodeWriter writer, ParameterModel parameter, System.Func<string, string> send)
    {
        var name = parameter.Name;
        if (parameter.IsRequired)
        {
            writer.Line(send(StyledValue(parameter, name)));
            return;
        }

        writer.Line($"if ({name} is not null) {send(StyledValue(parameter, parameter.Type.IsValueType ? name + ".Value" : name))}");
    }

    /// <summary>The helper's value of a parameter: a scalar's text, its items' texts, or JSON written by the converters.</summary>
    private string StyledValue(ParameterModel parameter, string value)
    {
        var type = parameter.Type;
        var of = FormEncoding + ".Value.Of";
        if (type.Kind == TypeKind.Any) return $"{of}({value})";
        if (parameter.IsJsonValued) return $"{of}(global::System.Text.Json.JsonSerializer.SerializeToElement({value}, {_contracts.For(type)}))";
        if (type.Kind != TypeKind.Array) return $"{of}({_formatting.Format(type, value)})";
        var item = _formatting.Format(type.Element!, "item");
        return item == "item" ? $"{of}({value})" : $"{of}(global::System.Linq.Enumerable.Select({value}, static item => {item}))";
    }

    private string FormEncoding => _api.FormEncodingName;

    private string Style(ParameterStyle style) => $"{FormEncoding}.Style.{style}";

    private static string Bool(bool value) => value ? "true" : "false";

    private void WriteBody(CodeWriter writer, OperationModel operation)
    {
        _content.WriteContent(writer, operation);
        if (operation.RequestBody is not { } body) return;
        var assign = operation.RequestBodyRequired || body.IsValueType ? "request.Content = " : "if (body is not null) request.Content = ";
        if (operation.FormBody is { } form)
        {
            WriteFormContent(writer, assign, body, form, operation.RequestBodyRequired);
            return;
        }

        writer.Line($"{assign}global::System.Net.Http.Json.JsonContent.Create(body, {_contracts.For(body)});");
    }

    /// <summary>
    /// A form body: written as JSON by its converter, then flattened; only the properties whose encoding differs from
    /// the flattening (<c>deepObject</c>) are listed.
    /// </summary>
    private void WriteFormContent(CodeWriter writer, string assign, TypeModel body, FormBodyModel form, bool required)
    {
        var json = body.Kind == TypeKind.Any
            ? (required ? "body" : "body.Value")
            : $"global::System.Text.Json.JsonSerializer.SerializeToElement(body, {_contracts.For(body)})";
        var encodings = form.Encodings
            .Where(e => e.Style != ParameterStyle.DeepObject || e.AllowReserved || e.AsJson)
            .Select(e => $"new {FormEncoding}.Encoding({Text.Literal(e.Property)}, {Style(e.Style)}, explode: {Bool(e.Explode)}" +
                         (e.AllowReserved ? ", allowReserved: true" : "") + (e.AsJson ? ", asJson: true" : "") + ")")
            .ToList();
        if (encodings.Count == 0)
        {
            writer.Line($"{assign}{FormEncoding}.Content({json});");
            return;
        }

        writer.Line($"{assign}{FormEncoding}.Content(");
        writer.Indent();
        writer.Line(json + ",");
        for (var i = 0; i < encodings.Count; i++) writer.Line(encodings[i] + (i == encodings.Count - 1 ? ");" : ","));
        writer.Outdent();
    }

    private static string Method(string method) => method switch
    {
        "GET" => Http + "HttpMethod.Get",
        "POST" => Http + "HttpMethod.Post",
        "PUT" => Http + "HttpMethod.Put",
        "DELETE" => Http + "HttpMethod.Delete",
        "PATCH" => Http + "HttpMethod.Patch",
        "HEAD" => Http + "HttpMethod.Head",
        "OPTIONS" => Http + "HttpMethod.Options",
        _ => $"new {Http}HttpMethod({Text.Literal(method)})",
    };
}
