using System;
using System.Linq;
using System.Text.Json;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Serialization;

/// <summary>The generated form-encoding helper on its own: how JSON is flattened into pairs, escaped, and styled per property.</summary>
public sealed class FormEncodingTests
{
    private const string Helper = "FormsFormEncoding";

    private static readonly Lazy<LoadedClient> Forms = new(() => LoadedClient.Compile(new TestSpec("/forms/forms.yaml", """
        openapi: 3.0.3
        info: { title: Forms, version: "1" }
        paths:
          /notes:
            post:
              operationId: addNote
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: { type: object, properties: { text: { type: string } } }
              responses:
                "204": { description: Done. }
        """, "Forms.Encoding", "FormsClient"), "Forms"));

    [Theory]
    [InlineData("""{"a":{"b":{"c":"v"}}}""", "a[b][c]=v")]
    [InlineData("""{"expand":["x","y"]}""", "expand[]=x&expand[]=y")]
    [InlineData("""{"items":[{"price":"p_1","quantity":2},{"price":"p_2"}]}""", "items[0][price]=p_1&items[0][quantity]=2&items[1][price]=p_2")]
    [InlineData("""{"grid":[[1,2],[3]]}""", "grid[0][]=1&grid[0][]=2&grid[1][]=3")]
    [InlineData("""{"t":true,"f":false,"n":null,"e":"","x":1.5,"big":12345678901234567890,"neg":-3e2}""", "t=true&f=false&e=&x=1.5&big=12345678901234567890&neg=-3e2")]
    [InlineData("""{"empty":[],"none":{}}""", "")]
    [InlineData("""{"metadata":{"order id":"a b","ü":"日本"}}""", "metadata[order%20id]=a%20b&metadata[%C3%BC]=%E6%97%A5%E6%9C%AC")]
    [InlineData("""{"q":"a+b&c=d#e/f?g;h%i[j]"}""", "q=a%2Bb%26c%3Dd%23e%2Ff%3Fg%3Bh%25i%5Bj%5D")]
    [InlineData("""{"line":"one\r\ntwo"}""", "line=one%0D%0Atwo")]
    public void A_body_is_flattened_into_escaped_pairs(string json, string expected) =>
        Assert.Equal(expected, Form(json));

    [Theory]
    [InlineData("form", false, false, false, """{"tags":["a","b,c"]}""", "tags=a,b%2Cc")]
    [InlineData("form", true, false, false, """{"tags":["a","b"]}""", "tags=a&tags=b")]
    [InlineData("form", true, false, false, """{"tags":{"R":1,"G":2}}""", "R=1&G=2")]
    [InlineData("form", false, false, false, """{"tags":{"R":1,"G":2}}""", "tags=R,1,G,2")]
    [InlineData("spaceDelimited", false, false, false, """{"tags":["a","b"]}""", "tags=a%20b")]
    [InlineData("pipeDelimited", false, false, false, """{"tags":["a","b"]}""", "tags=a%7Cb")]
    [InlineData("deepObject", true, false, false, """{"tags":{"R":1}}""", "tags[R]=1")]
    [InlineData("form", true, true, false, """{"tags":"/a?b:c@d!$'()*,;[]&e=f+g#h"}""", "tags=/a?b:c@d!$'()*,;[]%26e%3Df%2Bg%23h")]
    [InlineData("form", true, false, true, """{"tags":{"theme":"dark"}}""", "tags=%7B%22theme%22%3A%22dark%22%7D")]
    [InlineData("form", true, false, true, """{"tags":null,"other":1}""", "other=1")]
    public void A_property_with_an_encoding_is_sent_in_its_style(string style, bool explode, bool allowReserved, bool asJson, string json, string expected) =>
        Assert.Equal(expected, Form(json, Encoding("tags", style, explode, allowReserved, asJson)));

    [Fact]
    public void A_value_nested_deeper_than_a_form_carries_is_refused()
    {
        var json = string.Concat(Enumerable.Repeat("""{"a":""", 70)) + "1" + new string('}', 70);

        var refusal = Assert.Throws<ArgumentException>(() => Form(json));
        Assert.Contains("nests deeper than 64 levels", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_refused()
    {
        var refusal = Assert.Throws<ArgumentException>(() => Form("""["a"]"""));
        Assert.Contains("must be an object", refusal.Message, StringComparison.Ordinal);
    }

    private static string Form(string json, params object[] encodings)
    {
        var array = Array.CreateInstance(Forms.Value.Type(Helper + "+Encoding"), encodings.Length);
        for (var i = 0; i < encodings.Length; i++) array.SetValue(encodings[i], i);
        return (string)Forms.Value.CallStatic(Helper, "Form", JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }).RootElement.Clone(), array)!;
    }

    private static object Encoding(string property, string style, bool explode, bool allowReserved, bool asJson)
    {
        var styleValue = Enum.Parse(Forms.Value.Type(Helper + "+Style"), style, ignoreCase: true);
        return Activator.CreateInstance(Forms.Value.Type(Helper + "+Encoding"), property, styleValue, explode, allowReserved, asJson)!;
    }
}
