using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits <c>XxxInBatchesAsync</c> for an operation with <c>x-codegen-batch</c>: it splits the body's array into calls
/// of at most <c>maxItems</c>, runs them with bounded parallelism through the normal operation method (rate limit and
/// retries included), and accounts for every input item by its index.
/// </summary>
internal sealed class BatchOperationEmitter
{
    private const string Tasks = "global::System.Threading.Tasks.";
    private readonly ApiModel _api;
    private readonly TypeSyntax _types;

    private readonly string _root;

    /// <param name="root">What the root client's instance members are reached through (<see cref="OperationEmitter.Root"/>).</param>
    public BatchOperationEmitter(ApiModel api, TypeSyntax types, string root)
    {
        _root = root;
        _api = api;
        _types = types;
    }

    /// <summary>The batched method: its docs and signature, and the statements that split, send and account for the items.</summary>
    public ClientMethod Declare(OperationModel operation, BatchModel batch)
    {
        var bodyType = _types.TypeName(operation.RequestBody!);
        var itemType = _types.TypeName(batch.ItemsProperty.Type.Element!);
        var items = batch.ItemsProperty;
        var pathArguments = operation.Parameters.Where(p => p.ConstantValue is null && (p.Location == ParameterLocation.Path || p.IsRequired)).ToList();
        var leading = string.Concat(pathArguments.Select(p => $"{_types.TypeName(p.Type)} {p.Name}, "));
        var signature = $"{Tasks}Task<{_api.Batch.Result}<{itemType}>> {operation.MethodName}{GeneratedNames.InBatchesSuffix}Async({leading}{bodyType} request, global::System.IProgress<{_api.Batch.Progress}>? progress = null, global::System.Threading.CancellationToken cancellationToken = default)";
        return new ClientMethod(
            ClientMethod.Capture(docs => WriteDocs(docs, operation, batch, items, pathArguments)),
            signature,
            "public async",
            writer => WriteStatements(writer, operation, batch));
    }

    /// <summary>The <c>maxItems</c> batches of the operation, when its body is an object whose array can be split.</summary>
    public static BatchModel? BatchOf(OperationModel operation) =>
        operation.Batch is { } batch && operation.RequestBody is { Kind: TypeKind.Object } ? batch : null;

    private void WriteDocs(CodeWriter writer, OperationModel operation, BatchModel batch, PropertyModel items, List<ParameterModel> pathArguments)
    {
        Text.WriteXmlDocComment(writer,
            $"{Text.EscapeXml(operation.Documentation.Summary ?? operation.Name)} for any number of items: splits <c>{Text.XmlInline(items.JsonName)}</c> into calls of at most {batch.MaxItems} and accounts for every item.",
            $"Calls run {_api.OptionsName}.MaxParallelCalls at a time, within the spec's rate limit and with the retry policy. " +
            "A call that fails is not retried beyond the policy: its items are reported as rejected, not attempted or outcome unknown, " +
            "so nothing is dropped and nothing is sent twice. A null item is rejected and never sent.");
        foreach (var argument in pathArguments) writer.Line($"/// <param name=\"{argument.Name.TrimStart('@')}\">{Text.XmlInline(argument.Documentation.Summary ?? "")}</param>");
        writer.Line($"/// <param name=\"request\">The request, with all the items in <c>{Text.XmlInline(items.JsonName)}</c>; its other values go into every call.</param>");
        writer.Line("/// <param name=\"progress\">Reports items done, calls made and waits as they change; if it throws, no further call starts.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Stops sending further calls.</param>");
        writer.Line("/// <returns>One outcome per item, by its index in the request.</returns>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"request\"/> or its <c>{Text.XmlInline(items.JsonName)}</c> is null; nothing was sent.</exception>");
        writer.Line($"/// <exception cref=\"{_api.Batch.CanceledException}{{TItem}}\">The token was cancelled; the calls under way were settled and its <c>Result</c> holds every item's outcome.</exception>");
        writer.Line($"/// <exception cref=\"{_api.Batch.RunException}{{TItem}}\">The progress callback threw; the calls under way were settled and its <c>Result</c> holds every item's outcome.</exception>");
    }

    private void WriteStatements(CodeWriter writer, OperationModel operation, BatchModel batch)
    {
        var body = _api.Objects.First(o => o.Name == operation.RequestBody!.Name);
        var bodyType = _types.TypeName(operation.RequestBody!);
        var itemType = _types.TypeName(batch.ItemsProperty.Type.Element!);
        var items = batch.ItemsProperty;
        var validatesItems = _api.HasValidator(items.Type.Element);
        var itemsCanBeNull = !items.Type.Element!.IsValueType;
        var pathArguments = operation.Parameters.Where(p => p.ConstantValue is null && (p.Location == ParameterLocation.Path || p.IsRequired)).ToList();
        var forwarded = string.Concat(pathArguments.Where(p => p.Location == ParameterLocation.Path).Select(p => p.Name + ", "));
        var forwardedAfterBody = string.Concat(pathArguments.Where(p => p.Location != ParameterLocation.Path).Select(p => ", " + p.Name));

        writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
        writer.Line($"global::System.ArgumentNullException.ThrowIfNull(request.{items.Name});");
        writer.Line($"var items = request.{items.Name};");
        writer.Line($"var outcomes = new {_api.Batch.ItemResult}<{itemType}>[items.Count];");
        writer.Line($"using var tracker = new {_api.Batch.Tracker}(items.Count, progress, cancellationToken);");
        writer.Line($"using var gate = new global::System.Threading.SemaphoreSlim(global::System.Math.Max(1, {_root}_options.MaxParallelCalls));");
        writer.Line($"var calls = new global::System.Collections.Generic.List<{Tasks}Task>();");
        writer.Line("var valid = new global::System.Collections.Generic.List<int>(items.Count);");
        using (writer.Block("for (var index = 0; index < items.Count; index++)"))
        {
            if (validatesItems) writer.Line("// Each item is checked on its own, so an invalid one is rejected with its own index and the rest still go.");
            var otherwise = "";
            if (itemsCanBeNull)
            {
                var isNull = $"{Text.Literal(items.JsonName + "[")} + index + {Text.Literal("] is null.")}";
                writer.Line($"if (items[index] is null) Settle(new[] {{ index }}, {_api.Batch.ItemStatus}.Rejected, null, {isNull}, null);");
                otherwise = "else ";
            }

            if (validatesItems)
            {
                writer.Line($"{otherwise}if ({_root}_options.ValidateRequests && ItemProblems(index) is {{ IsValid: false }} problems) Settle(new[] {{ index }}, {_api.Batch.ItemStatus}.Rejected, null, problems.ToString(), new {_api.Validation.Exception}(problems));");
                otherwise = "else ";
            }

            writer.Line(otherwise + "valid.Add(index);");
        }

        using (writer.Block($"for (var start = 0; start < valid.Count; start += {batch.MaxItems})"))
        {
            writer.Line($"calls.Add(SendBatchAsync(valid.GetRange(start, global::System.Math.Min({batch.MaxItems}, valid.Count - start)).ToArray()));");
        }

        writer.Line($"await {Tasks}Task.WhenAll(calls).ConfigureAwait(false);");
        writer.Line($"var result = new {_api.Batch.Result}<{itemType}>(outcomes, tracker.Calls);");
        writer.Line($"if (cancellationToken.IsCancellationRequested) throw new {_api.Batch.CanceledException}<{itemType}>(result, tracker.ProgressFailure, cancellationToken);");
        writer.Line($"if (tracker.ProgressFailure is {{ }} failure) throw new {_api.Batch.RunException}<{itemType}>(result, failure);");
        writer.Line("return result;");
        writer.Line();
        using (writer.Block($"async {Tasks}Task SendBatchAsync(int[] indexes)"))
        {
            writer.Line($"var call = new {_api.Batch.Call}(tracker);");
            writer.Line("var entered = false;");
            using (writer.Block("try"))
            {
                writer.Line("await gate.WaitAsync(tracker.Stopping).ConfigureAwait(false);");
                writer.Line("entered = true;");
                writer.Line("// The gate can open in the moment the run stops; no call may start after that.");
                writer.Line("tracker.Stopping.ThrowIfCancellationRequested();");
                writer.Line("CurrentBatch.Value = call;");
                var copies = string.Join(", ", body.Properties.Select(p => p.Name == items.Name
                    ? $"{p.Name} = global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(indexes, index => items[index]))"
                    : $"{p.Name} = request.{p.Name}").Concat(new[] { $"{GeneratedNames.AdditionalProperties} = request.{GeneratedNames.AdditionalProperties}" }));
                writer.Line($"var part = new {bodyType} {{ {copies} }};");
                writer.Line($"var response = await {operation.MethodName}Async({forwarded}part{forwardedAfterBody}, cancellationToken).ConfigureAwait(false);");
                WriteSuccess(writer, batch);
            }

            WriteFailures(writer);
            using (writer.Block("finally"))
            {
                writer.Line("if (entered) gate.Release();");
            }
        }

        if (validatesItems)
        {
            writer.Line();
            using (writer.Block($"{_api.Validation.Result} ItemProblems(int index)"))
            {
                writer.Line($"var context = new {_api.Validation.Context}();");
                writer.Line($"context.Enter({Text.Literal(items.JsonName)});");
                writer.Line("context.Enter(index);");
                writer.Line("items[index].Validate(context);");
                writer.Line("context.Exit();");
                writer.Line("context.Exit();");
                writer.Line("return context.ToResult();");
            }
        }

        writer.Line();
        using (writer.Block($"void Settle(int[] indexes, {_api.Batch.ItemStatus} status, string? id, string? reason, global::System.Exception? error)"))
        {
            writer.Line($"foreach (var index in indexes) outcomes[index] = new {_api.Batch.ItemResult}<{itemType}>(index, items[index], status, id, reason, error);");
            writer.Line("tracker.ItemsDone(indexes.Length);");
        }
    }

    private void WriteSuccess(CodeWriter writer, BatchModel batch)
    {
        var callId = batch.CallIdPath.Count == 0 ? "null" : $"global::System.Convert.ToString(response.{string.Join("?.", batch.CallIdPath)}, global::System.Globalization.CultureInfo.InvariantCulture)";
        if (batch.ItemResults is not { } results)
        {
            writer.Line($"Settle(indexes, {_api.Batch.ItemStatus}.Succeeded, {callId}, null, null);");
            return;
        }

        writer.Line($"var reported = response.{string.Join("?.", results.ListPath)};");
        using (writer.Block("for (var i = 0; i < indexes.Length; i++)"))
        {
            writer.Line("var index = indexes[i];");
            writer.Line(results.KeyProperty is { } key
                ? $"var outcome = reported is null ? null : global::System.Linq.Enumerable.FirstOrDefault(reported, r => r is not null && global::System.Object.Equals(r.{key}, items[index]));"
                : "var outcome = reported is not null && i < reported.Count ? reported[i] : null;");
            using (writer.Block("if (outcome is null)"))
            {
                writer.Line($"Settle(new[] {{ index }}, {_api.Batch.ItemStatus}.OutcomeUnknown, null, \"The response reports no outcome for this item.\", null);");
                writer.Line("continue;");
            }

            var succeeded = results.SuccessProperty is { } success ? $"outcome.{success} == true" : "true";
            var id = results.IdProperty is { } idProperty ? $"global::System.Convert.ToString(outcome.{idProperty}, global::System.Globalization.CultureInfo.InvariantCulture)" : callId;
            const string Failed = "\"The vendor reported that this item failed.\"";
            var reason = results.ReasonProperty is { } reasonProperty
                ? $"(global::System.Convert.ToString(outcome.{reasonProperty}, global::System.Globalization.CultureInfo.InvariantCulture) ?? {Failed})"
                : Failed;
            writer.Line($"var succeeded = {succeeded};");
            writer.Line($"Settle(new[] {{ index }}, succeeded ? {_api.Batch.ItemStatus}.Succeeded : {_api.Batch.ItemStatus}.Rejected, {id}, succeeded ? null : {reason}, null);");
        }
    }

    private void WriteFailures(CodeWriter writer)
    {
        if (_api.RequestModels.Count > 0)
        {
            using (writer.Block($"catch ({_api.Validation.Exception} exception)"))
            {
                writer.Line($"Settle(indexes, {_api.Batch.ItemStatus}.Rejected, null, exception.Message, exception);");
            }
        }

        using (writer.Block($"catch ({_api.ExceptionName} exception)"))
        {
            writer.Line("var status = exception.StatusCode is 429 or 503");
            writer.Indent();
            writer.Line($"? {_api.Batch.ItemStatus}.NotAttempted");
            writer.Line($": exception.StatusCode is >= 400 and < 500 ? {_api.Batch.ItemStatus}.Rejected : {_api.Batch.ItemStatus}.OutcomeUnknown;");
            writer.Outdent();
            writer.Line("Settle(indexes, status, null, exception.Message, exception);");
        }

        using (writer.Block("catch (global::System.Net.Http.HttpRequestException exception)"))
        {
            writer.Line($"var status = exception.HttpRequestError == global::System.Net.Http.HttpRequestError.ConnectionError ? {_api.Batch.ItemStatus}.NotAttempted : {_api.Batch.ItemStatus}.OutcomeUnknown;");
            writer.Line("Settle(indexes, status, null, exception.Message, exception);");
        }

        using (writer.Block("catch (global::System.OperationCanceledException exception)"))
        {
            writer.Line("// Once an attempt has left, whether the vendor acted on it is unknown; before that, nothing was sent.");
            writer.Line($"if (!call.Sent) Settle(indexes, {_api.Batch.ItemStatus}.NotAttempted, null, cancellationToken.IsCancellationRequested ? \"Cancelled before it was sent.\" : \"Not sent: the run stopped when the progress callback threw.\", exception);");
            writer.Line($"else Settle(indexes, {_api.Batch.ItemStatus}.OutcomeUnknown, null, exception.InnerException is global::System.TimeoutException ? \"The call timed out.\" : \"The call was cancelled while in flight.\", exception);");
        }

        using (writer.Block("catch (global::System.Exception exception)"))
        {
            writer.Line("// Anything else, such as a handler of the caller's HttpClient that throws, is this call's outcome too.");
            writer.Line($"Settle(indexes, call.Sent ? {_api.Batch.ItemStatus}.OutcomeUnknown : {_api.Batch.ItemStatus}.NotAttempted, null, exception.Message, exception);");
        }
    }
}
