using CodeGen.Cli.Tests.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

/// <summary>The commands follow <c>$ref</c>s into other files from disk, relative to the file that names them.</summary>
public sealed class ExternalReferenceTests
{
    [Fact]
    public void Check_follows_references_to_files_beside_the_spec()
    {
        var contacts = Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "contacts.json");

        var run = Codegen.Run("check", contacts);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("common-schemas.json", run.Output);
        Assert.EndsWith("Checked 1 spec: 0 errors, 0 warnings.\n", run.Output);
    }

    [Fact]
    public void Generate_writes_the_shared_schemas_as_types_of_the_spec()
    {
        var output = Directory.CreateTempSubdirectory("codegen-refs-").FullName;
        try
        {
            var run = Codegen.Run("generate", Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "locations.json"), "-o", output, "--namespace", "Official.Locations");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("public sealed partial class UnprocessableDTO", File.ReadAllText(Path.Combine(output, "Official.Locations.UnprocessableDTO.g.cs")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_one_located_error()
    {
        var folder = Directory.CreateTempSubdirectory("codegen-refs-").FullName;
        try
        {
            var spec = Path.Combine(folder, "contacts.json");
            File.Copy(Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "contacts.json"), spec);

            var run = Codegen.Run("check", spec);

            Assert.True(run.ExitCode == 1, run.ToString());
            var error = Assert.Single(run.Output.Split('\n'), line => line.Contains("CGEN019", StringComparison.Ordinal));
            Assert.StartsWith($"{spec}(118,27): error CGEN019: The file '../common/common-schemas.json'", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
