using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the client's options: where to send requests, and the credentials of each security scheme.</summary>
internal static class ClientOptionsEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var server = api.Servers.FirstOrDefault();
        Text.WriteXmlDocComment(writer, $"Settings of <see cref=\"{api.ClientName}\"/>.",
            "Set them once, directly or through dependency injection; the client reads the credentials on every call, so they can be rotated.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public sealed class {api.OptionsName}"))
        {
            WriteBaseAddress(writer, server);
            if (server is not null)
            {
                foreach (var variable in server.Variables) WriteServerVariable(writer, variable);
            }

            foreach (var scheme in api.SecuritySchemes) WriteCredential(writer, scheme);
            WriteResilience(writer, api);

            writer.Line();
            writer.Line("/// <summary>The address requests go to: <see cref=\"BaseAddress\"/> when set, else the spec's server.</summary>");
            writer.Line("/// <returns>An absolute address, or null when neither is known.</returns>");
            using (writer.Block("public global::System.Uri? ResolveServerAddress()"))
            {
                writer.Line("if (BaseAddress is not null) return BaseAddress;");
                if (server is null)
                {
                    writer.Line("return null;");
                }
                else
                {
                    var expression = Text.Literal(server.Url);
                    foreach (var variable in server.Variables)
                    {
                        expression += $".Replace({Text.Literal("{" + variable.Name + "}")}, {variable.PropertyName})";
                    }

                    writer.Line($"return global::System.Uri.TryCreate({expression}, global::System.UriKind.Absolute, out var address) ? address : null;");
                }
            }
        }

        return writer.ToString();
    }

    private static void WriteBaseAddress(CodeWriter writer, ServerModel? server)
    {
        var fallback = server is null
            ? "the <c>BaseAddress</c> of the <c>HttpClient</c> is used; the spec declares no server."
            : $"the <c>BaseAddress</c> of the <c>HttpClient</c> is used, else the spec's server <c>{Text.XmlInline(server.Url)}</c>.";
        Text.WriteXmlDocComment(writer, "The address of the API, such as a sandbox or a test server.", "When null, " + fallback);
        writer.Line("public global::System.Uri? BaseAddress { get; set; }");
    }

    private static void WriteResilience(CodeWriter writer, ApiModel api)
    {
        if (api.RequestModels.Count > 0)
        {
            writer.Line();
            Text.WriteDocComment(writer, "Validate request bodies against the spec's constraints before sending. Default: true.",
                $"An invalid body throws {api.Validation.Exception} and nothing is sent. Turn this off to let the server decide.");
            writer.Line("public bool ValidateRequests { get; set; } = true;");
        }

        writer.Line();
        Text.WriteXmlDocComment(writer, "When calls are retried; <c>" + api.RetryPolicyName + ".None</c> turns retries off.");
        writer.Line($"public {api.RetryPolicyName} Retry {{ get; set; }} = new();");
        writer.Line();
        Text.WriteXmlDocComment(writer, "The most bytes of a response body the client reads. Default: 16 MiB.",
            $"A success body is parsed as it streams and fails with <see cref=\"{api.ExceptionName}\"/> once it passes this; of an error body " +
            $"only the first <see cref=\"{api.ExceptionName}.ResponseBodyLimit\"/> bytes (64 KiB), or this many if fewer, are read and kept.");
        writer.Line("public long MaxResponseBodyBytes { get; set; } = 16 * 1024 * 1024;");
        writer.Line();
        Text.WriteDocComment(writer, "The clock for retry delays, attempt timeouts and rate limits; tests can pass a fake one.");
        writer.Line("public global::System.TimeProvider TimeProvider { get; set; } = global::System.TimeProvider.System;");
        if (!api.HasBatches) return;
        writer.Line();
        Text.WriteDocComment(writer, "How many calls a batched operation makes at once, within the rate limit. Default: 4.");
        writer.Line("public int MaxParallelCalls { get; set; } = 4;");
    }

    private static void WriteServerVariable(CodeWriter writer, ServerVariableModel variable)
    {
        writer.Line();
        var remarks = $"Fills <c>{{{Text.XmlInline(variable.Name)}}}</c> in the server URL when <see cref=\"BaseAddress\"/> is not set. Default: <c>{Text.XmlInline(variable.Default)}</c>.";
        if (variable.AllowedValues.Count > 0) remarks += " Allowed: " + string.Join(", ", variable.AllowedValues.Select(v => "<c>" + Text.XmlInline(v) + "</c>")) + ".";
        Text.WriteXmlDocComment(writer, Text.EscapeXml(variable.Description ?? $"The '{variable.Name}' part of the server URL."), remarks);
        writer.Line($"public string {variable.PropertyName} {{ get; set; }} = {Text.Literal(variable.Default)};");
    }

    private static void WriteCredential(CodeWriter writer, SecuritySchemeModel scheme)
    {
        writer.Line();
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.Basic:
                Text.WriteDocComment(writer, $"The user name for the '{scheme.Key}' scheme (HTTP Basic).", scheme.Description);
                writer.Line($"public string? {scheme.IdentitySetting} {{ get; set; }}");
                writer.Line();
                Text.WriteDocComment(writer, $"The password for the '{scheme.Key}' scheme (HTTP Basic).");
                writer.Line($"public string? {scheme.SecretSetting} {{ get; set; }}");
                WriteProvider(writer, scheme, "password");
                return;
            case SecuritySchemeKind.Bearer:
                Text.WriteXmlDocComment(writer, $"The token for the '{Text.EscapeXml(scheme.Key)}' scheme, sent as <c>Authorization: Bearer</c>.", Text.EscapeXml(scheme.Description ?? ""));
                break;
            default:
                var where = scheme.Kind switch
                {
                    SecuritySchemeKind.ApiKeyHeader => "header",
                    SecuritySchemeKind.ApiKeyQuery => "query parameter",
                    _ => "cookie",
                };
                Text.WriteXmlDocComment(writer, $"The API key for the '{Text.EscapeXml(scheme.Key)}' scheme, sent as the <c>{Text.XmlInline(scheme.ParameterName!)}</c> {where}.", Text.EscapeXml(scheme.Description ?? ""));
                break;
        }

        writer.Line($"public string? {scheme.PropertyName} {{ get; set; }}");
        WriteProvider(writer, scheme, scheme.Kind == SecuritySchemeKind.Bearer ? "token" : "API key");
    }

    /// <summary>The async alternative to a fixed secret, for tokens that expire: asked per attempt, and again after a 401.</summary>
    private static void WriteProvider(CodeWriter writer, SecuritySchemeModel scheme, string what)
    {
        writer.Line();
        Text.WriteXmlDocComment(writer,
            $"Gives the {what} for the '{Text.EscapeXml(scheme.Key)}' scheme before each attempt; when set, <see cref=\"{scheme.SecretSetting}\"/> is not read.",
            $"Asked once per attempt with null, never cached by the client: cache the {what} in the provider and renew it there. After a 401 it is asked " +
            $"once more, given the {what} the server refused, and the call is sent again when it gives another. What it gives is refused when empty or " +
            $"holding CR, LF or NUL, and redacted like a fixed {what}; what it throws reaches the caller, and nothing is sent.");
        writer.Line($"public {AttemptCredentialsEmitter.Provider}? {scheme.ProviderSetting} {{ get; set; }}");
    }
}
