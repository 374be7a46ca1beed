using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CodeGen.Parsing;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Tests.Parsing;

/// <summary>
/// YAML that PyYAML and other OpenAPI tools read and YamlDotNet refuses (an empty block scalar whose blank lines are
/// indented past its key) is read with the values PyYAML gives, every line, column and offset kept, and the document
/// limits still applying. The expected values are PyYAML 6's.
/// </summary>
public sealed class TolerantYamlTests
{
    private const string Header = "openapi: 3.1.0\ninfo:\n  title: Yaml\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n    A:\n";

    [Theory]
    [InlineData("a:\n  b:\n      example: |+\n          \n      type: string\n", "a/b/example", "\n")]
    [InlineData("a: |\n    \nb: 1\n", "a", "")]
    [InlineData("a: |-\n    \nb: 1\n", "a", "")]
    [InlineData("a: >\n    \nb: 1\n", "a", "")]
    [InlineData("a: >+\n    \nb: 1\n", "a", "\n")]
    [InlineData("a: |+ # kept\n    \nb: 1\n", "a", "\n")]
    [InlineData("a:\n  b: |+\n        \n           \n  c: 1\n", "a/b", "\n\n")]
    [InlineData("a: |+\r\n       \r\nb: 1\r\n", "a", "\n")]
    [InlineData("a:\n  - b: |+\n          \n    c: 1\n", "a/0/b", "\n")]
    [InlineData("a: |+\n    \n", "a", "\n")]
    [InlineData("a:\n  b: |\n      \n      text\n  c: 1\n", "a/b", "\ntext\n")]
    [InlineData("a:\n  b: |\n    \n      text\n      | table |\n         \n      more\n", "a/b", "\ntext\n| table |\n   \nmore\n")]
    public void An_empty_block_scalar_with_over_indented_blank_lines_reads_as_PyYAML_reads_it(string yaml, string path, string expected)
    {
        Assert.Throws<SemanticErrorException>(() => new YamlStream().Load(new StringReader(yaml)));

        var repaired = EmptyBlockScalars.Repair(yaml);
        var stream = new YamlStream();
        stream.Load(new StringReader(repaired));

        Assert.Equal(expected, ((YamlScalarNode)At(stream.Documents[0].RootNode, path)).Value);
        Assert.Equal(yaml.Length, repaired.Length);
        Assert.Equal(yaml.Split('\n').Length, repaired.Split('\n').Length);
    }

    [Theory]
    [InlineData("a: |\n  text\n\n  more  \nb: 1\n")]
    [InlineData("a: |+\n\n  text\nb: >-\n  folded\n   kept\n")]
    [InlineData("a: \"x |\"\nb: 1\n")]
    [InlineData("a: |\n  \tindented by a tab\n  \n  x\n")]
    [InlineData("a: |2\n      \n  x\n")]
    [InlineData("a: |\n      \n  x\n")]
    public void A_document_YamlDotNet_reads_is_left_as_it_is(string yaml)
    {
        Assert.Same(yaml, EmptyBlockScalars.Repair(yaml));
    }

    [Fact]
    public void The_reported_shape_loads_and_later_lines_keep_their_numbers()
    {
        // The property's 'type' is misspelt on line 14, after the block scalar YamlDotNet refuses on its own.
        var spec = Header + "      type: object\n      properties:\n        p:\n          example: |+\n              \n          type: strin\n";

        var result = SpecReader.Read(new SpecInput("/p/yaml.yaml", spec, null, null, null), default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN002", diagnostic.DescriptorId);
        Assert.Equal(14, diagnostic.Line);
        Assert.Equal(16, diagnostic.LineSpan.Start.Character);
        Assert.Equal(spec.IndexOf("strin", StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Theory]
    [InlineData("description: |+\n\n    \n        text with  trailing  \n          \n")]
    [InlineData("description: |-\n        \ttab\tinside\n")]
    [InlineData("description: >\n        folded\n\n        \n        again\n")]
    [InlineData("description: \"a\\ttab\"\n")]
    public void Block_scalars_with_blank_lines_and_tabs_read_without_error(string schemaLines)
    {
        var spec = Header + string.Concat(schemaLines.Split('\n').Where(l => l.Length > 0).Select(l => "      " + l + "\n")) + "      type: string\n";

        var result = SpecReader.Read(new SpecInput("/p/yaml.yaml", spec, null, null, null), default);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Model!.Enums.Concat<object>(result.Model.Objects).Where(_ => false).DefaultIfEmpty());
    }

    [Fact]
    public void A_one_megabyte_line_reads_and_the_repair_stays_linear()
    {
        var line = string.Concat(Enumerable.Repeat("a | # ", 1_000_000 / 6));
        var spec = Header + "      type: string\n      description: " + line + "\n";
        var hostile = string.Concat(Enumerable.Repeat("k: |\n" + new string(' ', 40) + "\n", 20_000)) + "x: " + line + "\n";

        var stopwatch = Stopwatch.StartNew();
        var result = SpecReader.Read(new SpecInput("/p/yaml.yaml", spec, null, null, null), default);
        var repaired = EmptyBlockScalars.Repair(hostile);
        stopwatch.Stop();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(hostile.Length, repaired.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void The_document_limits_apply_to_a_repaired_document()
    {
        var aliases = string.Concat(Enumerable.Range(0, DocumentLimits.MaxAliases + 1).Select(i => $"      a{i}: *x\n"));
        var spec = Header + "      example: |+\n          \n      x-anchor: &x 1\n      x-aliases:\n" + aliases.Replace("      a", "        a") + "      type: string\n";

        var result = SpecReader.Read(new SpecInput("/p/yaml.yaml", spec, null, null, null), default);

        Assert.Null(result.Model);
        Assert.Equal("CGEN013", Assert.Single(result.Diagnostics).DescriptorId);
    }

    private static YamlNode At(YamlNode node, string path)
    {
        foreach (var segment in path.Split('/'))
        {
            node = node is YamlSequenceNode sequence ? sequence.Children[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)node).Children[new YamlScalarNode(segment)];
        }

        return node;
    }
}
