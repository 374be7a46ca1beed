namespace GeneratedSample;

/// <summary>
/// Credentials for the real vendor APIs, from environment variables. A vendor is called for real only when all of
/// its variables are set; the others stay on the embedded fake. The real calls create real tasks.
/// </summary>
internal sealed record RealVendors(RealVendors.HighLevelAccount? HighLevel, RealVendors.LeadSquaredAccount? LeadSquared, RealVendors.SaleshandyAccount? Saleshandy)
{
    public sealed record HighLevelAccount(string Token, string LocationId, string ContactId);

    public sealed record LeadSquaredAccount(string AccessKey, string SecretKey, string Host, string LeadId);

    public sealed record SaleshandyAccount(string ApiKey, string ProspectId);

    public static RealVendors FromEnvironment() => new(
        Variables("HIGHLEVEL_TOKEN", "HIGHLEVEL_LOCATION_ID", "HIGHLEVEL_CONTACT_ID") is [var token, var location, var contact]
            ? new HighLevelAccount(token, location, contact) : null,
        Variables("LEADSQUARED_ACCESS_KEY", "LEADSQUARED_SECRET_KEY", "LEADSQUARED_HOST", "LEADSQUARED_LEAD_ID") is [var access, var secret, var host, var lead]
            ? new LeadSquaredAccount(access, secret, host, lead) : null,
        Variables("SALESHANDY_API_KEY", "SALESHANDY_PROSPECT_ID") is [var key, var prospect]
            ? new SaleshandyAccount(key, prospect) : null);

    private static string[]? Variables(params string[] names)
    {
        var values = names.Select(name => Environment.GetEnvironmentVariable(name) ?? "").ToArray();
        return values.All(value => value.Trim().Length > 0) ? values : null;
    }
}
