using YamlDotNet.Core;

namespace CodeGen.Parsing.Nodes;

/// <summary>A scalar: its text and how it was written (plain, quoted, block).</summary>
internal sealed class YamlScalarNode : YamlNode
{
    public YamlScalarNode(string value)
        : this(value, ScalarStyle.Any)
    {
    }

    public YamlScalarNode(string value, ScalarStyle style)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public override string ToString() => Value;
}
