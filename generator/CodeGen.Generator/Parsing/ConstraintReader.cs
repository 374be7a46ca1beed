using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CodeGen.Diagnostics;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads the validation keywords of a schema that apply to its mapped type. Keywords for another type are ignored,
/// as JSON Schema ignores them; a keyword with an unusable value is reported (CGEN011) and left out.
/// </summary>
internal static class ConstraintReader
{
    /// <summary>The options the generated validators match patterns with.</summary>
    public const RegexOptions PatternOptions = RegexOptions.ECMAScript | RegexOptions.CultureInvariant;

    public static TypeModel Apply(YamlMappingNode schema, TypeModel type, string schemaPath, DiagnosticBag diagnostics)
    {
        var reader = new Reader(schema, schemaPath, diagnostics);
        var constraints = type.Kind switch
        {
            TypeKind.String => reader.StringConstraints(),
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => reader.NumberConstraints(),
            TypeKind.Array => reader.ArrayConstraints(type.Element!),
            _ => ValueConstraints.None,
        };

        return constraints == ValueConstraints.None ? type : type with { Constraints = constraints };
    }

    private readonly struct Reader
    {
        private readonly YamlMappingNode _schema;
        private readonly string _schemaPath;
        private readonly DiagnosticBag _diagnostics;

        public Reader(YamlMappingNode schema, string schemaPath, DiagnosticBag diagnostics)
        {
            _schema = schema;
            _schemaPath = schemaPath;
            _diagnostics = diagnostics;
        }

        public ValueConstraints StringConstraints() => new(
            MinLength: Count("minLength"),
            MaxLength: Count("maxLength"),
            Pattern: Pattern(),
            Format: _schema.GetString("format"));

        public ValueConstraints NumberConstraints() => new(
            Minimum: Bound("minimum", "exclusiveMinimum", lower: true),
            Maximum: Bound("maximum", "exclusiveMaximum", lower: false));

        public ValueConstraints ArrayConstraints(TypeModel element)
        {
            var unique = _schema.GetBoolean("uniqueItems");
            if (unique && element.Kind is TypeKind.Object or TypeKind.Array or TypeKind.Map or TypeKind.Any)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, _schema.Get("uniqueItems"),
                    $"uniqueItems on an array of objects, arrays or untyped values at '{_schemaPath}'", "the generated validator does not check it");
                unique = false;
            }

            return new ValueConstraints(MinItems: Count("minItems"), MaxItems: Count("maxItems"), UniqueItems: unique);
        }

        /// <summary>A non-negative whole number, such as <c>maxLength</c>.</summary>
        private int? Count(string keyword)
        {
            if (_schema.Get(keyword) is not { } node) return null;
            if (node is YamlScalarNode { Value: { } text } &&
                decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
                value >= 0 && value <= int.MaxValue && value == decimal.Truncate(value))
            {
                return (int)value;
            }

            Invalid(keyword, node, "expected a whole number of zero or more");
            return null;
        }

        private string? Pattern()
        {
            if (_schema.Get("pattern") is not { } node) return null;
            if (node is not YamlScalarNode { Value: { } pattern } scalar || YamlNodes.IsNull(scalar))
            {
                Invalid("pattern", node, "expected a regular expression");
                return null;
            }

            try
            {
                _ = new Regex(pattern, PatternOptions);
                return pattern;
            }
            catch (ArgumentException exception)
            {
                Invalid("pattern", node, "it does not compile as an ECMAScript regular expression in .NET (" + exception.Message + ")");
                return null;
            }
        }

        /// <summary>
        /// <c>minimum</c> with OpenAPI 3.0's boolean <c>exclusiveMinimum</c>, or 3.1's numeric <c>exclusiveMinimum</c>;
        /// when a schema gives both an inclusive and an exclusive bound, the stricter one counts.
        /// </summary>
        private NumberBound? Bound(string keyword, string exclusiveKeyword, bool lower)
        {
            var inclusive = Number(keyword);
            var exclusiveNode = _schema.Get(exclusiveKeyword);
            if (exclusiveNode is YamlScalarNode { Value: "true" or "false" } flag)
            {
                return inclusive is null ? null : new NumberBound(inclusive, flag.Value == "true");
            }

            var exclusive = exclusiveNode is null ? null : Number(exclusiveKeyword);
            if (exclusive is null) return inclusive is null ? null : new NumberBound(inclusive, false);
            if (inclusive is null) return new NumberBound(exclusive, true);

            var exclusiveIsStricter = lower ? Parse(exclusive) >= Parse(inclusive) : Parse(exclusive) <= Parse(inclusive);
            return exclusiveIsStricter ? new NumberBound(exclusive, true) : new NumberBound(inclusive, false);
        }

        /// <summary>The number under <paramref name="keyword"/> in a canonical invariant spelling.</summary>
        private string? Number(string keyword)
        {
            if (_schema.Get(keyword) is not { } node) return null;
            if (node is YamlScalarNode { Value: { } text } &&
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
                !double.IsInfinity(value) && !double.IsNaN(value))
            {
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole.ToString(CultureInfo.InvariantCulture);
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                    ? exact.ToString(CultureInfo.InvariantCulture)
                    : value.ToString("R", CultureInfo.InvariantCulture);
            }

            Invalid(keyword, node, "expected a number");
            return null;
        }

        private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

        private void Invalid(string keyword, YamlNode node, string reason) =>
            _diagnostics.Report(DiagnosticDescriptors.InvalidConstraint, node, keyword, _schemaPath, reason);
    }
}
