using System.Linq;
using System.Text;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// Specs built to crash, hang or exhaust the memory of whatever reads them: each with the diagnostic it must get
/// instead and the 1-based line where the limit is crossed.
/// </summary>
internal static class HostileDocuments
{
    private const int Deep = 20_000;

    // Nine lines; the hostile part starts on line 10, as the value of schema A's 'example' or its own keys.
    private const string Header =
        "openapi: 3.0.3\ninfo:\n  title: Hostile\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n";

    /// <summary>{"a":{"a":…}} 20,000 deep in an example, on line 10; the example opens at depth 5 of the document.</summary>
    public static HostileSpec DeepFlowExample { get; } = new(
        "deep-flow-example.yaml",
        Header + "      example: " + Repeat("{\"a\":", Deep) + "1" + new string('}', Deep) + "\n",
        "CGEN012", ExpectedLine: 10);

    /// <summary>
    /// A JSON spec whose 'x-deep' nests 20,000 objects, one opening per line: the root object is level 1 on line 1,
    /// the k-th nested object is level k + 1 on line k + 1, so level 257, one past the limit, is on line 257.
    /// </summary>
    public static HostileSpec DeepJson { get; } = new(
        "deep.json",
        "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Hostile\", \"version\": \"1\"}, \"paths\": {}, \"x-deep\":\n" +
        Repeat("{\"a\":\n", Deep) + "1" + new string('}', Deep) + "}\n",
        "CGEN012", ExpectedLine: 257);

    /// <summary>"- - - …" is 20,000 block sequences inside one another, all on line 11.</summary>
    public static HostileSpec DeepBlockSequences { get; } = new(
        "deep-block-sequences.yaml",
        Header + "      example:\n        " + Repeat("- ", Deep) + "1\n",
        "CGEN012", ExpectedLine: 11);

    /// <summary>
    /// 300 block mappings indented one more space each. The example's mapping (level 5) starts at its first key on
    /// line 11 and the k-th on line 10 + k, so level 257 (k = 253), one past the limit, starts on line 263.
    /// </summary>
    public static HostileSpec DeepBlockMappings { get; } = new(
        "deep-block-mappings.yaml",
        Header + "      example:\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 8 + i) + "a:\n")) +
        new string(' ', 308) + "b: 1\n",
        "CGEN012", ExpectedLine: 263);

    /// <summary>
    /// A "billion laughs" in the schemas (L0 on line 10): each of L1..L5 refers 9 times to the one before. L0 is 13
    /// nodes, L1..L3 add 9 × 13, 9 × 131 and 9 × 1,193, and each alias in L4 another 10,751: past 100,000 at L4's
    /// ninth, on line 14.
    /// </summary>
    public static HostileSpec SchemaAliasBomb { get; } = new(
        "schema-alias-bomb.yaml",
        Header +
        "    L0: &l0 {type: object, properties: {a: {type: string}, b: {type: integer}}}\n" +
        string.Concat(Enumerable.Range(1, 5).Select(level =>
            $"    L{level}: &l{level} {{type: object, properties: {{{string.Join(", ", "abcdefghi".Select(c => $"{c}: *l{level - 1}"))}}}}}\n")),
        "CGEN013", ExpectedLine: 14);

    /// <summary>
    /// Nine levels of nine aliases in an example (9⁹ "lol"s when expanded). l0 is 10 nodes, l1..l4 add 90, 819, 7,380
    /// and 66,429 nodes, and l5's first alias another 66,430: past 100,000 on line 16.
    /// </summary>
    public static HostileSpec ExampleAliasBomb { get; } = new(
        "example-alias-bomb.yaml",
        Header + "      example:\n" +
        "        l0: &l0 [" + string.Join(", ", Enumerable.Repeat("lol", 9)) + "]\n" +
        string.Concat(Enumerable.Range(1, 8).Select(level =>
            $"        l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))}]\n")),
        "CGEN013", ExpectedLine: 16);

    /// <summary>An alias inside the node it names: loaded, it is a cycle that every walker would follow for ever.</summary>
    public static HostileSpec SelfReferencingAlias { get; } = new(
        "self-referencing-alias.yaml",
        Header + "      example: &loop [1, [2, *loop]]\n",
        "CGEN013", ExpectedLine: 10);

    /// <summary>An alias before its anchor: YAML forbids it, and YamlDotNet would resolve it past what was measured.</summary>
    public static HostileSpec AliasBeforeItsAnchor { get; } = new(
        "alias-before-anchor.yaml",
        Header + "      example: *later\n      x-later: &later [1, 2]\n",
        "CGEN001", ExpectedLine: 10);

    public static HostileSpec[] All { get; } =
    {
        DeepFlowExample, DeepJson, DeepBlockSequences, DeepBlockMappings, SchemaAliasBomb, ExampleAliasBomb,
        SelfReferencingAlias, AliasBeforeItsAnchor,
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
