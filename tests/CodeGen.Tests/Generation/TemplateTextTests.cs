using CodeGen.Emit;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>Templates are filled in one pass, as the chains of string.Replace they stand for filled them.</summary>
public sealed class TemplateTextTests
{
    [Fact]
    public void Each_placeholder_is_replaced_and_other_braces_are_kept()
    {
        var filled = TemplateText.Fill("class {Name} { int {Field}; } // {Unknown} {Name}",
            ("{Name}", "Client"), ("{Field}", "_count"));

        Assert.Equal("class Client { int _count; } // {Unknown} Client", filled);
    }

    [Fact]
    public void A_template_placed_by_a_placeholder_is_filled_too()
    {
        var filled = TemplateText.Fill("{Helpers}\n{Name}", ("{Helpers}", "static {Name} Create() => new();"), ("{Name}", "Client"));

        Assert.Equal("static Client Create() => new();\nClient", filled);
    }

    [Fact]
    public void A_value_that_holds_its_own_placeholder_stops_at_the_nesting_bound()
    {
        var filled = TemplateText.Fill("{Loop}", ("{Loop}", "a{Loop}"));

        Assert.Equal("aaaaa{Loop}", filled);
    }

    [Fact]
    public void A_placeholder_cut_short_at_the_end_is_left_as_written() =>
        Assert.Equal("x {Nam", TemplateText.Fill("x {Nam", ("{Name}", "Client")));
}
