using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The credentials of an operation's request: which alternative of its security requirement applies, the statements
/// that send its schemes, and the request factory's signature that receives them.
/// </summary>
internal sealed class OperationCredentialsWriter
{
    private const string Http = "global::System.Net.Http.";

    private readonly ApiModel _api;
    private readonly string _root;

    /// <param name="root">What the root client's instance members are reached through: empty on the root, its field and a dot on a sub-client.</param>
    public OperationCredentialsWriter(ApiModel api, string root)
    {
        _api = api;
        _root = root;
    }

    public bool CredentialsIn(OperationModel operation, SecuritySchemeKind kind) =>
        operation.Security.SelectMany(r => r.SchemeKeys).Any(key => Scheme(key).Kind == kind);

    private SecuritySchemeModel Scheme(string key) => _api.SecuritySchemes.First(s => s.Key == key);

    /// <summary>Some alternative of the operation sends a credential, which the request factory awaits.</summary>
    public static bool AsksForCredentials(OperationModel operation) => operation.Security.Any(r => r.SchemeKeys.Count > 0);

    /// <summary>
    /// The local function that builds the request of an attempt: given the attempt's credentials when the spec has
    /// any (and async when the operation sends one), else a plain factory.
    /// </summary>
    public string CreateRequestSignature(OperationModel operation)
    {
        if (!AttemptCredentialsEmitter.Applies(_api)) return $"{Http}HttpRequestMessage CreateRequest()";
        var signature = $"global::System.Threading.Tasks.ValueTask<{Http}HttpRequestMessage> CreateRequestAsync({GeneratedNames.AttemptCredentials} credentials)";
        return AsksForCredentials(operation) ? "async " + signature : signature;
    }

    /// <summary>
    /// Applies the first alternative of the security requirement whose credentials (or their providers) are all set,
    /// in the URL (<paramref name="query"/>) or in the headers; with none set, the URL pass throws.
    /// </summary>
    public void Write(CodeWriter writer, OperationModel operation, bool query)
    {
        var alternatives = operation.Security;
        if (alternatives.Count == 0) return;
        var hasQueryCredentials = CredentialsIn(operation, SecuritySchemeKind.ApiKeyQuery);
        // The check runs once: in the URL pass when query credentials exist, else in the header pass.
        var checks = query || !hasQueryCredentials;

        for (var i = 0; i < alternatives.Count; i++)
        {
            var schemes = alternatives[i].SchemeKeys.Select(Scheme).ToList();
            var statements = schemes.Where(s => (s.Kind == SecuritySchemeKind.ApiKeyQuery) == query).Select(Apply).ToList();
            if (alternatives.Count == 1 && schemes.Count > 0)
            {
                if (checks) writer.Line($"if ({Condition(schemes, negate: true)}) throw MissingCredentials({Text.Literal(operation.Name)}, {Text.Literal(Describe(schemes))});");
                foreach (var statement in statements) writer.Line(statement);
                return;
            }

            var keyword = i == 0 ? "if" : "else if";
            if (schemes.Count == 0)
            {
                // An empty alternative: the operation may be called without credentials.
                if (i > 0) writer.Line("else { }");
                return;
            }

            using (writer.Block($"{keyword} ({Condition(schemes, negate: false)})"))
            {
                foreach (var statement in statements) writer.Line(statement);
            }
        }

        if (checks)
        {
            var all = string.Join(" or ", alternatives.Select(a => Describe(a.SchemeKeys.Select(Scheme).ToList())));
            writer.Line($"else throw MissingCredentials({Text.Literal(operation.Name)}, {Text.Literal(all)});");
        }
    }

    private static string Condition(List<SecuritySchemeModel> schemes, bool negate) =>
        string.Join(negate ? " || " : " && ", schemes.Select(scheme =>
            negate ? "!" + AttemptCredentialsEmitter.IsSet(scheme) : AttemptCredentialsEmitter.IsSet(scheme)));

    /// <summary>The settings a message asks for: <c>HighLevelClientOptions.BearerToken (or BearerTokenProvider)</c>.</summary>
    private string Describe(List<SecuritySchemeModel> schemes) =>
        string.Join(" and ", schemes.Select(scheme => string.Join(" and ", scheme.Settings.Select(SettingName)) + $" (or {scheme.ProviderSetting})"));

    /// <summary>A setting as messages name it: <c>LeadSquaredClientOptions.SecretKey</c>.</summary>
    private string SettingName(string setting) => $"{_api.OptionsName}.{setting}";

    /// <summary>
    /// The statement that sends a scheme's credentials. Each passes through <c>Credential</c>, which refuses line
    /// breaks; the secret comes from the attempt's credentials, which ask its provider when one is set.
    /// </summary>
    private string Apply(SecuritySchemeModel scheme)
    {
        var key = AttemptCredentialsEmitter.Secret(scheme);
        return scheme.Kind switch
        {
            SecuritySchemeKind.Bearer => $"request.Headers.Authorization = new {Http}Headers.AuthenticationHeaderValue(\"Bearer\", {key});",
            SecuritySchemeKind.Basic => $"request.Headers.Authorization = new {Http}Headers.AuthenticationHeaderValue(\"Basic\", BasicToken(Credential({_root}_options.{scheme.IdentitySetting}, {Text.Literal(SettingName(scheme.IdentitySetting))}), {key}));",
            SecuritySchemeKind.ApiKeyHeader => $"request.Headers.TryAddWithoutValidation({Text.Literal(scheme.ParameterName!)}, {key});",
            SecuritySchemeKind.ApiKeyQuery => $"AppendQuery(urlWithKeys, ref hasQueryWithKeys, {Text.Literal(scheme.ParameterName!)}, {key});",
            _ => $"cookies.Add({Text.Literal(scheme.ParameterName + "=")} + global::System.Uri.EscapeDataString({key}));",
        };
    }
}
