using System.Xml.Linq;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>The properties Directory.Build.props sets once for the whole repository.</summary>
internal static class BuildProperties
{
    private static readonly XDocument Props = XDocument.Load(RepoPaths.File("Directory.Build.props"));

    public static string VersionPrefix { get; } = Single("VersionPrefix");

    public static string RepositoryUrl { get; } = Single("RepositoryUrl");

    private static string Single(string name) => Props.Descendants(name).Single().Value.Trim();
}
