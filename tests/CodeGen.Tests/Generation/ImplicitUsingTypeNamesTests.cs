using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeGen.Model;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>The committed list of names the implicit usings import is complete for the running .NET.</summary>
public sealed class ImplicitUsingTypeNamesTests
{
    private static readonly string[] ImplicitNamespaces =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    [Fact]
    public void Every_public_type_of_the_implicitly_imported_namespaces_is_listed()
    {
        var missing = RuntimeTypeNames().Where(name => !ImplicitUsingTypeNames.Names.Contains(name)).ToList();

        Assert.True(missing.Count == 0,
            "Add these to Model/ImplicitUsingTypeNames.cs (this .NET has them): " + string.Join(" ", missing));
    }

    [Theory]
    [InlineData("Environment", "EnvironmentModel")]
    [InlineData("Task", "TaskModel")]
    [InlineData("Thread", "ThreadModel")]
    [InlineData("File", "FileModel")]
    [InlineData("HttpClient", "HttpClientModel")]
    [InlineData("Label", "Label")]
    [InlineData("environment", "environment")]
    public void A_listed_name_gets_the_suffix_and_others_stay(string name, string expected) =>
        Assert.Equal(expected, ImplicitUsingTypeNames.Avoiding(name));

    /// <summary>The names in the shared framework only: a package the tests reference is not what a project imports.</summary>
    private static string[] RuntimeTypeNames() =>
        Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .SelectMany(path => Assembly.Load(AssemblyName.GetAssemblyName(path)).GetExportedTypes())
            .Where(type => !type.IsNested && ImplicitNamespaces.Contains(type.Namespace))
            .Select(type => type.Name.Split('`')[0])
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
}
