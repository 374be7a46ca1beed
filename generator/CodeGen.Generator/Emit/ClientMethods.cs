using System.Collections.Generic;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Every public method of a client, in order: each operation's method, then its batched form where it has one. The
/// client writes their implementations and its interface their declarations, so the two always list the same.
/// </summary>
internal sealed class ClientMethods
{
    private readonly ApiModel _api;
    private readonly OperationEmitter _operations;
    private readonly BatchOperationEmitter _batches;

    public ClientMethods(ApiModel api, TypeSyntax types, BodyContracts contracts)
    {
        _api = api;
        _operations = new OperationEmitter(api, types, contracts);
        _batches = new BatchOperationEmitter(api, types);
    }

    public IEnumerable<ClientMethod> All()
    {
        foreach (var operation in _api.Operations)
        {
            yield return _operations.Declare(operation);
            if (BatchOperationEmitter.BatchOf(operation) is { } batch) yield return _batches.Declare(operation, batch);
        }
    }
}
