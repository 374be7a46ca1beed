namespace CodeGen;

/// <summary>Names of the pipeline steps, so tests can assert how each one was cached.</summary>
internal static class TrackingNames
{
    public const string ReferableTexts = nameof(ReferableTexts);
    public const string ReferableFiles = nameof(ReferableFiles);
    public const string SpecFiles = nameof(SpecFiles);
    public const string SpecInputs = nameof(SpecInputs);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string Models = nameof(Models);
    public const string SourceBatches = nameof(SourceBatches);
    public const string Diagnostics = nameof(Diagnostics);
    public const string HostingSupport = nameof(HostingSupport);
}
