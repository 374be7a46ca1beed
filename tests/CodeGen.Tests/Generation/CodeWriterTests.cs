using CodeGen.Emit;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// The writer every emitter writes through: an interpolated line is appended straight into the file and must read as
/// the same line written as a string would, and a writer whose builder went to the next file keeps its text.
/// </summary>
public sealed class CodeWriterTests
{
    private enum Kind { Plain }

    [Fact]
    public void An_interpolated_line_writes_what_the_same_string_writes()
    {
        var number = -1234.5m;
        string? missing = null;
        var name = "Pet";

        var interpolated = new CodeWriter();
        var concatenated = new CodeWriter();
        using (interpolated.Block($"class {name}"))
        using (concatenated.Block(string.Format(System.Globalization.CultureInfo.CurrentCulture, "class {0}", name)))
        {
            interpolated.Line($"// {number} {number:F0} [{name,6}] [{name,-6}] [{7,4:D2}] {Kind.Plain} {missing}{true} {'c'}");
            concatenated.Line($"// {number} {number:F0} [{name,6}] [{name,-6}] [{7,4:D2}] {Kind.Plain} {missing}{true} {'c'}".ToString());
        }

        Assert.Equal(concatenated.ToString(), interpolated.ToString());
        Assert.Contains("    // -1234.5 ", interpolated.ToString());
    }

    [Fact]
    public void An_empty_interpolated_line_gets_no_indentation()
    {
        var empty = "";
        var writer = new CodeWriter();
        using (writer.Block("class A"))
        {
            writer.Line($"{empty}");
            writer.Line($"int B;{empty}");
        }

        Assert.Equal("class A\n{\n\n    int B;\n}\n", writer.ToString());
    }

    [Fact]
    public void A_template_is_written_line_by_line_at_the_current_indentation()
    {
        var writer = new CodeWriter().Indent();
        writer.Lines("a\r\n\r\nb\n  c\r\r\n");

        Assert.Equal("    a\n\n    b\n      c\n\n", writer.ToString());
    }

    [Fact]
    public void A_finished_writer_keeps_its_text_while_the_next_one_reuses_its_builder()
    {
        var first = new CodeWriter().Line("first");
        var firstText = first.ToString();

        var second = new CodeWriter().Line("second");
        var nested = new CodeWriter().Line("nested");
        Assert.Equal("nested\n", nested.ToString());
        Assert.Equal("second\n", second.ToString());

        Assert.Equal("first\n", firstText);
        Assert.Equal("first\n", first.ToString());
        first.Line("more");
        Assert.Equal("first\nmore\n", first.ToString());
    }
}
