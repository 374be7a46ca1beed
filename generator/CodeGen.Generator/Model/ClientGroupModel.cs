namespace CodeGen.Model;

/// <summary>
/// A sub-client: the operations that share a first tag (or, untagged, a first path segment), reached from the root
/// client through a property and sending through the root's transport.
/// </summary>
/// <param name="Key">The tag or path segment as the spec spells it, for docs.</param>
/// <param name="IsTag">The key is a tag; else it is a path segment.</param>
/// <param name="PropertyName">The root client's property that gives the sub-client; the operations name it as their <see cref="OperationModel.Group"/>.</param>
internal sealed record ClientGroupModel(string Key, bool IsTag, string PropertyName)
{
    /// <summary>The sub-client's class, nested in the root client.</summary>
    public string TypeName => GeneratedNames.SubClient(PropertyName);

    /// <summary>The sub-client's interface, nested in the root client's interface.</summary>
    public string InterfaceName => GeneratedNames.SubClientInterface(PropertyName);
}
