using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>
/// Bounds the schema mapper's recursion, so a hostile spec cannot overflow the compiler's stack or nest generic
/// types deeper than the compiler binds in reasonable time. Beyond either bound a value becomes a <c>JsonElement</c>.
/// </summary>
internal sealed class MappingDepth
{
    /// <summary>
    /// How many schemas deep the mapper descends, counting each schema it maps and each <c>$ref</c> it follows.
    /// The deepest public spec we know of (Stripe's) reaches 19; 20,000 levels overflow a 1 MB stack, while 64
    /// take a few kilobytes and leave three times Stripe's depth.
    /// </summary>
    public const int MaxSchemaDepth = 64;

    /// <summary>
    /// How many arrays and maps may nest directly in one another (<c>List&lt;List&lt;…&gt;&gt;</c>). GeoJSON's
    /// multi-polygons need 4, the public specs we know of 2; at 300 the
    /// compiler binds the generated converters for minutes.
    /// </summary>
    public const int MaxCollectionNesting = 8;

    private int _schemaDepth;
    private int _collectionNesting;

    public bool TryEnterSchema()
    {
        if (_schemaDepth >= MaxSchemaDepth) return false;
        _schemaDepth++;
        return true;
    }

    public void ExitSchema() => _schemaDepth--;

    public bool TryEnterCollection()
    {
        if (_collectionNesting >= MaxCollectionNesting) return false;
        _collectionNesting++;
        return true;
    }

    public void ExitCollection() => _collectionNesting--;

    /// <summary>A class starts a new nesting: its properties' types are spelled inside it, not inside the outer collection.</summary>
    public int EnterObject()
    {
        var outer = _collectionNesting;
        _collectionNesting = 0;
        return outer;
    }

    public void ExitObject(int outer) => _collectionNesting = outer;

    /// <summary>
    /// True when a collection of <paramref name="element"/> would nest too deeply. The descent is already bounded; this
    /// catches element types put together from references mapped earlier, whose nesting the descent did not see.
    /// </summary>
    public static bool IsTooDeepFor(TypeModel element) => element.CollectionNesting >= MaxCollectionNesting;
}
