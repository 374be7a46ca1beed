using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the two walks of a paged operation: <c>XxxPagesAsync</c>, its responses page by page, and <c>XxxAllAsync</c>,
/// the items of every page. Both are lazy async iterators: a page is requested through the operation's own method (so
/// validation, the rate limit and retries apply) only when the consumer has used the previous one.
/// </summary>
internal sealed class PagingOperationEmitter
{
    private const string Generic = "global::System.Collections.Generic.";
    private const string CancellationToken = "global::System.Threading.CancellationToken cancellationToken";

    private readonly ApiModel _api;
    private readonly TypeSyntax _types;
    private readonly OperationEmitter _operations;

    public PagingOperationEmitter(ApiModel api, TypeSyntax types, OperationEmitter operations)
    {
        _api = api;
        _types = types;
        _operations = operations;
    }

    /// <summary>The two walks of a paged operation, as the client implements them and its interface declares them.</summary>
    public IEnumerable<ClientMethod> Declare(OperationModel operation, PagingModel paging)
    {
        yield return new ClientMethod(
            ClientMethod.Capture(writer => WritePagesDocs(writer, operation, paging)),
            PagesSignature(operation, implementation: false),
            "public async",
            writer => WritePagesBody(writer, operation, paging),
            PagesSignature(operation, implementation: true));
        yield return new ClientMethod(
            ClientMethod.Capture(writer => WriteAllDocs(writer, operation)),
            AllSignature(operation, implementation: false),
            "public async",
            writer => WriteAllBody(writer, operation, paging),
            AllSignature(operation, implementation: true));
    }

    private string PagesSignature(OperationModel operation, bool implementation) =>
        Signature(ResponseType(operation), GeneratedNames.PagesMethod(operation.MethodName), operation, implementation);

    private string AllSignature(OperationModel operation, bool implementation) =>
        Signature(_types.TypeName(operation.Paging!.ItemType), GeneratedNames.AllItemsMethod(operation.MethodName), operation, implementation);

    /// <summary>An async iterator takes <c>[EnumeratorCancellation]</c>; on an interface member it would have no effect (CS8424).</summary>
    private string Signature(string elementType, string method, OperationModel operation, bool implementation) =>
        $"{Generic}IAsyncEnumerable<{elementType}> {method}({ArgumentList(operation)}" +
        $"{(implementation ? "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " : "")}{CancellationToken} = default)";

    private void WritePagesDocs(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        Text.WriteXmlDocComment(writer,
            $"{Text.EscapeXml(Summary(operation))}, page by page: each page is one call of {operation.MethodName}Async, made only when the previous page has been used.",
            HowItStops(paging) + " Cancelling the token, or leaving the loop, requests no further page.");
        WriteParameterDocs(writer, operation);
        writer.Line("/// <returns>The response of each page, in order.</returns>");
        if (paging.Kind is PagingKind.Cursor or PagingKind.NextLink)
        {
            var what = paging.Kind == PagingKind.Cursor ? "a cursor" : "a next link";
            var away = paging.Kind == PagingKind.NextLink ? ", or one that leads away from the API's server (the credentials would go with it)" : "";
            writer.Line($"/// <exception cref=\"global::System.InvalidOperationException\">The server gave {what} it had given before (the walk would never end){away}.</exception>");
        }
    }

    private void WritePagesBody(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        if (paging.Position is { InBody: true } || paging.Size is { InBody: true }) writer.Line("global::System.ArgumentNullException.ThrowIfNull(body);");
        switch (paging.Kind)
        {
            case PagingKind.Offset:
            case PagingKind.PageNumber:
                WriteNumberedWalk(writer, operation, paging);
                break;
            case PagingKind.Cursor:
                WriteCursorWalk(writer, operation, paging);
                break;
            default:
                WriteNextLinkWalk(writer, operation, paging);
                break;
        }
    }

    /// <summary>Offsets advance past the items received; page numbers by one. A short or empty page is the last.</summary>
    private void WriteNumberedWalk(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        var position = paging.Position!;
        var start = paging.Kind == PagingKind.Offset ? "0" : paging.FirstPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Line($"var position = {Current(position)}{(position.Nullable ? " ?? " + start : "")};");
        using (writer.Block("while (true)"))
        {
            WriteCall(writer, operation, paging, "position");
            writer.Line("yield return response;");
            writer.Line($"var received = {Items(operation, paging)}?.Count ?? 0;");
            var size = paging.Size is { } limit ? $" || received < {Current(limit)}" : "";
            writer.Line($"if (received == 0{size}) yield break;");
            writer.Line(paging.Kind == PagingKind.Offset ? "position = checked(position + received);" : "position = checked(position + 1);");
        }
    }

    /// <summary>The cursor of each response is sent back; a missing one, or an empty page, ends the walk, and a repeated one stops it.</summary>
    private void WriteCursorWalk(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        var cursor = paging.Position!;
        writer.Line($"var position = {Current(cursor)};");
        writer.Line($"var visited = new {Generic}HashSet<string>(global::System.StringComparer.Ordinal);");
        writer.Line("if (!string.IsNullOrEmpty(position)) visited.Add(position);");
        using (writer.Block("while (true)"))
        {
            WriteCall(writer, operation, paging, "position");
            WriteNext(writer, operation, paging);
            writer.Line($"if (!visited.Add(nextPosition)) throw new global::System.InvalidOperationException({Text.Literal($"{operation.Name}: the server gave a cursor it had given before, so the pages would never end; the walk stopped.")});");
            writer.Line("position = nextPosition;");
        }
    }

    /// <summary>Each response's next link is requested with the operation's headers and credentials, if it stays on the API's server.</summary>
    private void WriteNextLinkWalk(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        writer.Line("string? position = null;");
        writer.Line($"var visited = new {Generic}HashSet<string>(global::System.StringComparer.Ordinal);");
        using (writer.Block("while (true)"))
        {
            var arguments = _operations.Arguments(operation).Select(a => a.Name + ", ");
            writer.Line($"var response = (await {GeneratedNames.NextPageMethod(operation.MethodName)}(position, {string.Concat(arguments)}cancellationToken).ConfigureAwait(false)).Value;");
            WriteNext(writer, operation, paging);
            writer.Line("// Relative links are read against the server address; an absolute one must keep its scheme, host and port.");
            writer.Line($"if (!global::System.Uri.TryCreate(new global::System.Uri({_operations.Root}_baseUrl + \"/\"), nextPosition, out var link)");
            writer.Indent();
            writer.Line($"|| global::System.Uri.Compare(link, new global::System.Uri({_operations.Root}_baseUrl), global::System.UriComponents.SchemeAndServer, global::System.UriFormat.UriEscaped, global::System.StringComparison.OrdinalIgnoreCase) != 0)");
            writer.Outdent();
            writer.Line("{");
            writer.Indent().Line($"throw new global::System.InvalidOperationException({Text.Literal($"{operation.Name}: the server's next link leads away from the API's server; it was not followed, and no credentials were sent there.")});").Outdent();
            writer.Line("}");
            writer.Line();

            writer.Line($"if (!visited.Add(link.AbsoluteUri)) throw new global::System.InvalidOperationException({Text.Literal($"{operation.Name}: the server gave a next link it had given before, so the pages would never end; the walk stopped.")});");
            writer.Line("position = link.AbsoluteUri;");
        }
    }

    /// <summary>Yields the response and reads the next cursor or link into <c>nextPosition</c>, ending the walk without one or on an empty page.</summary>
    private void WriteNext(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        writer.Line("yield return response;");
        writer.Line($"if (({Items(operation, paging)}?.Count ?? 0) == 0) yield break;");
        writer.Line($"var nextPosition = {Path(operation, paging.NextPath)};");
        writer.Line("if (string.IsNullOrEmpty(nextPosition)) yield break;");
    }

    /// <summary>Calls the operation method with the caller's arguments, the position replaced by <paramref name="position"/>.</summary>
    private void WriteCall(CodeWriter writer, OperationModel operation, PagingModel paging, string position)
    {
        var input = paging.Position!;
        var arguments = _operations.Arguments(operation).Select(a => a.Name).ToList();
        if (input.InBody)
        {
            var body = _api.Objects.First(o => o.Name == operation.RequestBody!.Name);
            var copies = string.Join(", ", body.Properties.Select(p => $"{p.Name} = {(p.Name == input.Name ? position : "body." + p.Name)}"));
            writer.Line("// A copy per page: the caller's request is left as it was given.");
            writer.Line($"var pageRequest = new {_types.TypeName(operation.RequestBody!)} {{ {copies} }};");
            arguments = arguments.Select(a => a == "body" ? "pageRequest" : a).ToList();
        }
        else
        {
            arguments = arguments.Select(a => a == input.Name ? position : a).ToList();
        }

        writer.Line($"var response = await {operation.MethodName}Async({string.Concat(arguments.Select(a => a + ", "))}cancellationToken).ConfigureAwait(false);");
    }

    private void WriteAllDocs(CodeWriter writer, OperationModel operation)
    {
        Text.WriteXmlDocComment(writer,
            $"{Text.EscapeXml(Summary(operation))}: the items of every page, in order; the next page is requested only when the items before it have been used.",
            $"Walks <see cref=\"{GeneratedNames.PagesMethod(operation.MethodName)}\"/>, which says when the pages end.");
        WriteParameterDocs(writer, operation);
        writer.Line("/// <returns>Every item of every page.</returns>");
    }

    private void WriteAllBody(CodeWriter writer, OperationModel operation, PagingModel paging)
    {
        var arguments = string.Concat(_operations.Arguments(operation).Select(a => a.Name + ", "));
        var pages = $"{GeneratedNames.PagesMethod(operation.MethodName)}({arguments}cancellationToken)";
        using (writer.Block($"await foreach (var response in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait({pages}, false))"))
        {
            writer.Line($"if ({Items(operation, paging)} is not {{ }} items) continue;");
            writer.Line("foreach (var item in items) yield return item;");
        }
    }

    private void WriteParameterDocs(CodeWriter writer, OperationModel operation)
    {
        var paging = operation.Paging!;
        foreach (var argument in _operations.Arguments(operation))
        {
            var text = argument.Documentation ?? "";
            if (paging.Position is { InBody: false } position && argument.Name == position.Name) text = (text.Length > 0 ? text.TrimEnd('.') + ". " : "") + "Where the walk starts.";
            if (argument.Name == "body" && paging.Position is { InBody: true } inBody) text = $"The request; its {inBody.WireName} is where the walk starts, and each page sends a copy with its own.";
            writer.Line($"/// <param name=\"{argument.Name.TrimStart('@')}\">{Text.XmlInline(text)}</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the walk, and the call under way.</param>");
    }

    private static string HowItStops(PagingModel paging)
    {
        var shortPage = paging.Size is { } size ? $" or fewer than <c>{Text.XmlInline(size.WireName)}</c> (when set)" : "";
        return paging.Kind switch
        {
            PagingKind.Offset => $"The first page starts at <c>{Text.XmlInline(paging.Position!.WireName)}</c> (0 when not set) and each next one past the items received; a page with no items{shortPage} is the last.",
            PagingKind.PageNumber => $"Pages are numbered from <c>{Text.XmlInline(paging.Position!.WireName)}</c> ({paging.FirstPage} when not set), one up per page; a page with no items{shortPage} is the last.",
            PagingKind.Cursor => $"Each response's cursor is sent back as <c>{Text.XmlInline(paging.Position!.WireName)}</c>; a page without a cursor, or with no items, is the last.",
            _ => "Each response's next link is requested with the operation's method, headers, credentials and body; a page without one, or with no items, is the last.",
        };
    }

    private static string Summary(OperationModel operation) => operation.Documentation.Summary ?? $"{operation.Method} {operation.Path}";

    /// <summary>The caller's starting value of a paging input.</summary>
    private static string Current(PagingInput input) => input.InBody ? "body." + input.Name : input.Name;

    private string Items(OperationModel operation, PagingModel paging) => Path(operation, paging.ItemsPath);

    /// <summary>A value along a path of the response, null when anything on the way is.</summary>
    private string Path(OperationModel operation, IEnumerable<string> names) =>
        "response" + (OperationResult.Of(operation).IsOptional ? "?." : ".") + string.Join("?.", names);

    private string ResponseType(OperationModel operation) => OperationResult.Of(operation).ValueType(_api, _types)!;

    private string ArgumentList(OperationModel operation) =>
        string.Concat(_operations.Arguments(operation).Select(a => a.Declaration + ", "));
}
