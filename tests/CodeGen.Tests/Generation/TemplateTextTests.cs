using CodeGen.Helpers;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>Templates are filled in one pass; a value is placed as it is, whatever braces it holds.</summary>
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
    public void A_value_is_placed_as_it_is_even_when_it_spells_a_placeholder()
    {
        // A header name or description from a spec never becomes a place for generated code.
        var filled = TemplateText.Fill("Send(\"{Header}\"); {Body}", ("{Header}", "X-{Body}"), ("{Body}", "return;"));

        Assert.Equal("Send(\"X-{Body}\"); return;", filled);
    }

    [Fact]
    public void A_template_without_placeholders_comes_back_as_it_is()
    {
        const string template = "no placeholders { here }";

        Assert.Same(template, TemplateText.Fill(template, ("{Name}", "Client")));
    }

    [Fact]
    public void A_placeholder_cut_short_at_the_end_is_left_as_written() =>
        Assert.Equal("x {Nam", TemplateText.Fill("x {Nam", ("{Name}", "Client")));
}
