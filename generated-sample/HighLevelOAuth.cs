using System.Text.Json;

namespace GeneratedSample;

/// <summary>
/// HighLevel's OAuth access token for <c>HighLevelClientOptions.BearerTokenProvider</c>: cached, and renewed with the
/// refresh token through <c>POST /oauth/token</c> (HighLevel's apps/oauth.json) when it is near expiry or the API
/// refused it. The token call is written by hand: its body is form-encoded, which the generator does not emit yet.
/// </summary>
internal sealed class HighLevelOAuth(HttpClient tokenEndpoint, string clientId, string clientSecret, string refreshToken, string accessToken, DateTimeOffset expiresAt)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private string _refreshToken = refreshToken;
    private string _accessToken = accessToken;
    private DateTimeOffset _expiresAt = expiresAt;

    /// <summary>The provider: the cached token, unless it is near expiry or is the one the API just refused.</summary>
    public async ValueTask<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            // A call refused an older token that another call already renewed: the current one is fine.
            var refused = rejected is not null && rejected == _accessToken;
            if (!refused && DateTimeOffset.UtcNow < _expiresAt - Margin) return _accessToken;
            Console.WriteLine(refused ? "  token provider: the API refused the access token; renewing it" : "  token provider: the access token is near expiry; renewing it");
            await RenewAsync(cancellationToken);
            return _accessToken;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["refresh_token"] = _refreshToken,
        });
        using var response = await tokenEndpoint.PostAsync("oauth/token", form, cancellationToken);
        // The body may echo what was sent, so only the status is shown.
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"The token endpoint answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        var token = body.RootElement;
        _accessToken = token.GetProperty("access_token").GetString()!;
        // HighLevel rotates the refresh token: the old one is spent.
        _refreshToken = token.GetProperty("refresh_token").GetString()!;
        var lifetime = TimeSpan.FromSeconds(token.GetProperty("expires_in").GetDouble());
        _expiresAt = DateTimeOffset.UtcNow + lifetime;
        Console.WriteLine($"  token provider: POST /oauth/token (form-encoded, grant_type=refresh_token) gave a new access token, valid {lifetime.TotalHours:0.#} h");
    }
}
