using System.Linq;
using System.Text;
using CodeGen.Parsing;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// Specs that once crashed the compiler, hung the build or exhausted its memory, one method per reproduction, sized
/// by a parameter so a test can also build one just under a limit. Nested levels go one per line, so the expected
/// line of a diagnostic follows from the level it is reported at.
/// </summary>
internal static class HostileSpecs
{
    // Seven lines; the first component's name is on line 8.
    private const string Header = "openapi: 3.0.3\ninfo:\n  title: Hostile\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n";
    private const int FirstComponentLine = 8;

    /// <summary>
    /// <c>S0: {allOf: [{$ref: S1}]}</c>, <c>S1: {allOf: [{$ref: S2}]}</c>, …: each link is three levels of the mapper
    /// (the reference, the schema, its allOf member), and the link where <see cref="MappingDepth.MaxSchemaDepth"/>
    /// runs out is reported at its schema.
    /// </summary>
    public static HostileSpec ChainedAllOf(int links = 20_000)
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < links; i++)
        {
            text.Append("    S").Append(i).Append(":\n      allOf: [{$ref: '#/components/schemas/S").Append(i + 1).Append("'}]\n");
        }

        text.Append("    S").Append(links).Append(":\n      type: object\n      properties: {a: {type: string}}\n");
        // Following the reference to S_k is the mapper's level 3k + 1, mapping S_k 3k + 2 and its member 3k + 3: the
        // first level past the limit is reported at the reference (on the line of S_(k-1)'s allOf) or at S_k's allOf.
        var level = MappingDepth.MaxSchemaDepth + 1;
        var link = (level - 1) / 3;
        var reportedLink = (level - 1) % 3 == 0 ? link - 1 : link;
        return new HostileSpec("chained-allof.yaml", text.ToString(), "CGEN014",
            links > link ? FirstComponentLine + 2 * reportedLink + 1 : null);
    }

    /// <summary>A property whose <c>items:</c> nest <paramref name="depth"/> deep, one array per line.</summary>
    public static HostileSpec NestedItems(int depth = 1_000)
    {
        var text = new StringBuilder(Header).Append("    Grid:\n      type: object\n      properties:\n        matrix:\n");
        text.Insert(text.Length, "          {type: array, items:\n", depth).Append("          {type: number}").Append('}', depth).Append('\n');
        // The innermost schema is level 6 + depth of the document; past the reader's limit the reader refuses it first.
        if (6 + depth > DocumentLimits.MaxDepth) return new HostileSpec("nested-items.yaml", text.ToString(), "CGEN012", null);
        // Arrays 0 to MaxCollectionNesting - 1 become lists; the next one is reported.
        var firstArrayLine = FirstComponentLine + 4;
        return new HostileSpec("nested-items.yaml", text.ToString(), "CGEN014",
            depth > MappingDepth.MaxCollectionNesting ? firstArrayLine + MappingDepth.MaxCollectionNesting : null);
    }

    /// <summary>
    /// <c>properties:</c> nested <paramref name="depth"/> deep, each level a class named after its parent and the
    /// property, one level per line.
    /// </summary>
    public static HostileSpec NestedProperties(int depth = 2_000, string propertyName = "p")
    {
        var text = new StringBuilder(Header).Append("    Root:\n");
        text.Insert(text.Length, "      {type: object, properties: {" + propertyName + ":\n", depth).Append("      {type: string}").Append('}', 2 * depth).Append('\n');
        // Each level is two levels of the document (the schema and its properties); the innermost is level 4 + 2 × depth.
        if (4 + 2 * depth > DocumentLimits.MaxDepth) return new HostileSpec("nested-properties.yaml", text.ToString(), "CGEN012", null);
        // Root is the mapper's level 1 (its reference), the class at nesting n is level n + 1.
        var rootLine = FirstComponentLine + 1;
        return new HostileSpec("nested-properties.yaml", text.ToString(), "CGEN014",
            depth >= MappingDepth.MaxSchemaDepth ? rootLine + MappingDepth.MaxSchemaDepth : null);
    }

    /// <summary>
    /// One description of a hundredth of <see cref="GenerationBudget.MaxCharacters"/>, repeated by <paramref name="uses"/>
    /// properties that refer to it: the hundredth property passes the budget.
    /// </summary>
    public static HostileSpec RepeatedDescription(int uses = 101)
    {
        var text = new StringBuilder(Header).Append("    Long:\n      type: string\n      description: ")
            .Append('a', (int)(GenerationBudget.MaxCharacters / 100)).Append("\n    Root:\n      type: object\n      properties:\n");
        for (var i = 0; i < uses; i++) text.Append("        p").Append(i).Append(": {$ref: '#/components/schemas/Long'}\n");
        var firstPropertyLine = FirstComponentLine + 6;
        return new HostileSpec("repeated-description.yaml", text.ToString(), "CGEN015", uses >= 100 ? firstPropertyLine + 99 : null);
    }

    /// <summary>An <c>example:</c> holding <paramref name="depth"/> nested flow mappings <c>{"a":{"a":…}}</c>.</summary>
    public static HostileSpec DeepExample(int depth = 20_000)
    {
        var text = new StringBuilder(Header).Append("    A:\n      type: object\n      example: ");
        text.Insert(text.Length, "{\"a\":", depth).Append("1").Append('}', depth).Append('\n');
        return new HostileSpec("deep-example.yaml", text.ToString(), "CGEN012", null);
    }

    /// <summary>A JSON spec nested <paramref name="depth"/> objects deep under a schema.</summary>
    public static HostileSpec DeepJson(int depth = 20_000)
    {
        var text = new StringBuilder("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Deep\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"A\":");
        text.Insert(text.Length, "{\"x\":", depth).Append("1").Append('}', depth).Append("}}}\n");
        return new HostileSpec("deep.json", text.ToString(), "CGEN012", null);
    }

    /// <summary>Every reproduction at the size that broke the build.</summary>
    public static HostileSpec[] All() =>
        new[] { ChainedAllOf(), NestedItems(), NestedProperties(), RepeatedDescription(), DeepExample(), DeepJson() };

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in <paramref name="spec"/>.</summary>
    public static int LineOf(string spec, string text) => spec.Substring(0, spec.IndexOf(text, System.StringComparison.Ordinal)).Count(c => c == '\n') + 1;
}
