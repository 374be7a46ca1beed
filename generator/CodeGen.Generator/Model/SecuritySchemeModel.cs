namespace CodeGen.Model;

internal enum SecuritySchemeKind
{
    /// <summary><c>Authorization: Bearer …</c>: an <c>http</c> scheme <c>bearer</c>, or OAuth 2 / OpenID Connect tokens.</summary>
    Bearer,
    /// <summary><c>Authorization: Basic …</c>.</summary>
    Basic,
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,
}

/// <summary>A security scheme the client can apply.</summary>
/// <param name="Key">The scheme's name under <c>components/securitySchemes</c>.</param>
/// <param name="PropertyName">The credential's setting on the client options (for Basic, the user name's prefix).</param>
/// <param name="ParameterName">The header, query parameter or cookie an API key goes in.</param>
internal sealed record SecuritySchemeModel(
    string Key,
    SecuritySchemeKind Kind,
    string PropertyName,
    string? ParameterName,
    string? Description)
{
    /// <summary>For Basic, the user name setting; otherwise the one credential setting.</summary>
    public string IdentitySetting => Kind == SecuritySchemeKind.Basic ? PropertyName + "UserName" : PropertyName;

    /// <summary>The setting that holds the secret: for Basic the password, otherwise the one credential.</summary>
    public string SecretSetting => Kind == SecuritySchemeKind.Basic ? PropertyName + "Password" : PropertyName;

    /// <summary>
    /// The setting that may instead come from an async provider, asked before each attempt: the secret, so for Basic
    /// the password (the user name stays a fixed setting).
    /// </summary>
    public string ProviderSetting => GeneratedNames.CredentialProvider(SecretSetting);

    /// <summary>Every setting of the options this scheme needs.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Settings =>
        Kind == SecuritySchemeKind.Basic ? new[] { IdentitySetting, SecretSetting } : new[] { PropertyName };
}
