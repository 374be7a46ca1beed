using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the client's credentials of one attempt: each secret read from its provider when one is set (asked the first
/// time the attempt needs it, and kept), else from its fixed setting; and the pieces of <c>SendAsync</c> that ask
/// again after a 401 and remember what each response was sent with, so what a provider gave is redacted too.
/// Only for a spec with security schemes; the operations' <c>CreateRequestAsync</c> read the credentials from here.
/// </summary>
internal static class AttemptCredentialsEmitter
{
    private const string Name = GeneratedNames.AttemptCredentials;
    /// <summary>A provider: given the value the server refused with a 401 (null when none was), it gives the secret to send.</summary>
    public const string Provider = "global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>";
    private const string ValueTask = "global::System.Threading.Tasks.ValueTask";

    /// <summary>Whether the client has credentials at all; without, <c>SendAsync</c> takes a plain request factory.</summary>
    public static bool Applies(ApiModel api) => api.SecuritySchemes.Count > 0;

    /// <summary>The expression: the scheme's credentials are set, or its provider.</summary>
    public static string IsSet(SecuritySchemeModel scheme) => "credentials.Has" + scheme.PropertyName;

    /// <summary>The expression that gives the scheme's secret as it is sent (for Basic, the password).</summary>
    public static string Secret(SecuritySchemeModel scheme) => $"await credentials.{scheme.SecretSetting}Async().ConfigureAwait(false)";

    /// <summary>The parameter of <c>SendAsync</c> that builds the request of an attempt.</summary>
    public static string CreateRequestParameter(ApiModel api) => Applies(api)
        ? $"global::System.Func<{Name}, {ValueTask}<global::System.Net.Http.HttpRequestMessage>> createRequest"
        : "global::System.Func<global::System.Net.Http.HttpRequestMessage> createRequest";

    /// <summary>Before the loop of attempts: nothing renewed yet.</summary>
    public static string BeforeAttempts(ApiModel api) => Applies(api) ? $"""
    // After a 401, the credentials a provider renewed, for the next attempt only; renewed at most once per call.
    {Name}? renewed = null;
    var renewedOnce = false;

""" : "";

    /// <summary>Starts an attempt: its credentials, which the request is built with.</summary>
    public static string StartAttempt(ApiModel api) => Applies(api) ? $"""
        var credentials = renewed ?? new {Name}(_options, cancellationToken);
        renewed = null;

""" : "";

    /// <summary>The expression that builds the request of the attempt.</summary>
    public static string CreateRequest(ApiModel api) =>
        Applies(api) ? "await createRequest(credentials).ConfigureAwait(false)" : "createRequest()";

    /// <summary>After a 401: when a provider now gives another value, one more attempt with it.</summary>
    public static string RenewAfterUnauthorized(ApiModel api) => Applies(api) ? $$"""
        if (status == 401 && !renewedOnce && attempt < policy.MaxAttempts)
        {
            // The credential may have expired: a provider that now gives another one gets one more attempt.
            renewedOnce = true;
            try
            {
                renewed = await credentials.RenewedAsync().ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            if (renewed is not null)
            {
                response.Dispose();
                continue;
            }
        }


""" : "";

    /// <summary>Before the response is returned: remember its credentials, so an echo of them is redacted.</summary>
    public static string KeepCredentials(ApiModel api) =>
        Applies(api) ? "        _sentWith.AddOrUpdate(response, credentials);\n" : "";

    /// <summary>The statement of <c>Redact</c> that blanks out what the providers gave for the response.</summary>
    public static string RedactProvided(ApiModel api) =>
        Applies(api) ? "    if (_sentWith.TryGetValue(response, out var sentWith)) text = sentWith.Redact(text);\n" : "";

    /// <summary>Writes the type and the table of what each response was sent with, followed by a blank line; nothing without credentials.</summary>
    public static void Write(CodeWriter writer, ApiModel api)
    {
        if (!Applies(api)) return;
        writer.Line("/// <summary>The credentials each response was sent with, until the response is collected.</summary>");
        writer.Line($"private readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<global::System.Net.Http.HttpResponseMessage, {Name}> _sentWith = new();");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// The credentials of one attempt. A secret whose provider is set is asked for when the attempt first needs it, and");
        writer.Line("/// kept: to redact it from what the server answers, and to ask again after a 401. Each attempt, and so each retry and");
        writer.Line("/// each of parallel calls, asks anew.");
        writer.Line("/// </summary>");
        using (writer.Block($"private sealed class {Name}(global::{api.Namespace}.{api.OptionsName} options, global::System.Threading.CancellationToken cancellationToken)"))
        {
            foreach (var scheme in api.SecuritySchemes) writer.Line($"private string? {Field(scheme)};");
            foreach (var scheme in api.SecuritySchemes) WriteScheme(writer, api, scheme);

            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// After a 401: asks each provider this attempt asked once more. The credentials of the next attempt when one");
            writer.Line("/// gives another value, else null: the same credentials would fail the same way.");
            writer.Line("/// </summary>");
            using (writer.Block($"public async {ValueTask}<{Name}?> RenewedAsync()"))
            {
                writer.Line($"var next = new {Name}(options, cancellationToken);");
                writer.Line("var changed = false;");
                foreach (var scheme in api.SecuritySchemes)
                {
                    writer.Line($"if ({Field(scheme)} is not null) changed |= await next.{scheme.SecretSetting}Async({Field(scheme)}).ConfigureAwait(false) != {Field(scheme)};");
                }

                writer.Line("return changed ? next : null;");
            }

            writer.Line();
            writer.Line("/// <summary>The text with what the providers gave blanked out, in the forms it was sent.</summary>");
            using (writer.Block("public string Redact(string text)"))
            {
                foreach (var scheme in api.SecuritySchemes)
                {
                    writer.Line($"text = RedactSecret(text, {Field(scheme)});");
                    if (scheme.Kind == SecuritySchemeKind.Basic)
                    {
                        writer.Line($"if ({Field(scheme)} is not null) text = RedactSecret(text, BasicToken(options.{scheme.IdentitySetting}, {Field(scheme)}));");
                    }
                }

                writer.Line("return text;");
            }

            writer.Line();
            writer.Line("/// <summary>Asks a provider; what it gives is refused when empty or holding CR, LF or NUL.</summary>");
            using (writer.Block($"private async {ValueTask}<string> AskAsync({Provider} provider, string? rejected, string setting)"))
            {
                writer.Line("var value = await provider(rejected, cancellationToken).ConfigureAwait(false);");
                writer.Line("return string.IsNullOrEmpty(value)");
                writer.Indent();
                writer.Line("? throw new global::System.InvalidOperationException($\"{setting} gave no credential; nothing was sent.\")");
                writer.Line(": Credential(value, setting);");
                writer.Outdent();
            }
        }

        writer.Line();
    }

    private static void WriteScheme(CodeWriter writer, ApiModel api, SecuritySchemeModel scheme)
    {
        var secret = "options." + scheme.SecretSetting;
        var provider = "options." + scheme.ProviderSetting;
        var isSet = $"({provider} is not null || !string.IsNullOrEmpty({secret}))";
        writer.Line();
        writer.Line($"/// <summary>The '{Text.XmlInline(scheme.Key)}' scheme can be applied: its settings are set, or its provider.</summary>");
        writer.Line(scheme.Kind == SecuritySchemeKind.Basic
            ? $"public bool Has{scheme.PropertyName} => !string.IsNullOrEmpty(options.{scheme.IdentitySetting}) && {isSet};"
            : $"public bool Has{scheme.PropertyName} => {isSet.Substring(1, isSet.Length - 2)};");
        writer.Line();
        writer.Line($"/// <summary>The secret of the '{Text.XmlInline(scheme.Key)}' scheme as sent: from the provider when set (asked once per attempt), else the setting.</summary>");
        writer.Line("/// <param name=\"rejected\">The value the server refused with a 401, when asking again after it.</param>");
        writer.Line($"public async {ValueTask}<string> {scheme.SecretSetting}Async(string? rejected = null) =>");
        writer.Indent();
        writer.Line($"{provider} is {{ }} provider");
        writer.Indent();
        writer.Line($"? {Field(scheme)} ??= await AskAsync(provider, rejected, {Text.Literal(api.OptionsName + "." + scheme.ProviderSetting)}).ConfigureAwait(false)");
        writer.Line($": Credential({secret}, {Text.Literal(api.OptionsName + "." + scheme.SecretSetting)});");
        writer.Outdent();
        writer.Outdent();
    }

    private static string Field(SecuritySchemeModel scheme) =>
        "_" + char.ToLowerInvariant(scheme.SecretSetting[0]) + scheme.SecretSetting.Substring(1);
}
