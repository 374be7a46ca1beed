using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Every public method of a client, in order: each operation's method, then its batched form and its paged walks where
/// it has them. The client writes their implementations and its interface their declarations, so the two always list
/// the same.
/// </summary>
internal sealed class ClientMethods
{
    private readonly ApiModel _api;
    private readonly string? _group;
    private readonly OperationEmitter _operations;
    private readonly BatchOperationEmitter _batches;
    private readonly PagingOperationEmitter _paging;

    /// <param name="group">The sub-client whose methods these are (its property name), or null for the root client's.</param>
    public ClientMethods(ApiModel api, TypeSyntax types, BodyContracts contracts, string? group = null)
    {
        _api = api;
        _group = group;
        _operations = new OperationEmitter(api, types, contracts, onSubClient: group is not null);
        _batches = new BatchOperationEmitter(api, types, _operations.Root);
        _paging = new PagingOperationEmitter(api, types, _operations);
    }

    /// <summary>The private methods behind the public ones: the page-at-a-link entry of operations paged by next links.</summary>
    public void WritePrivateMembers(CodeWriter writer)
    {
        foreach (var operation in _api.OperationsOf(_group).Where(o => o.Paging is { Kind: PagingKind.NextLink }))
        {
            writer.Line();
            _operations.WriteNextPageMethod(writer, operation);
        }
    }

    public IEnumerable<ClientMethod> All()
    {
        foreach (var operation in _api.OperationsOf(_group))
        {
            yield return _operations.Declare(operation);
            yield return _operations.DeclareWithResponse(operation);
            if (BatchOperationEmitter.BatchOf(operation) is { } batch) yield return _batches.Declare(operation, batch);
            if (operation.Paging is { } paging)
            {
                foreach (var walk in _paging.Declare(operation, paging)) yield return walk;
            }
        }
    }
}
