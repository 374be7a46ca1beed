using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>How an operation's pages are chained (<c>x-codegen-paging</c>, or <c>x-ms-pageable</c>).</summary>
internal enum PagingKind
{
    /// <summary>The request skips a number of items and asks for at most a limit; the next offset is past the items received.</summary>
    Offset,
    /// <summary>The request asks for a page by its number, counted up by one per page.</summary>
    PageNumber,
    /// <summary>The response holds a token that the next request sends back.</summary>
    Cursor,
    /// <summary>The response holds the URL of the next page.</summary>
    NextLink,
}

/// <summary>
/// The paging of a list operation: the client walks its pages with <c>XxxPagesAsync</c> and its items with
/// <c>XxxAllAsync</c>, each page through the operation's own method.
/// </summary>
/// <param name="ItemsPath">C# property names from the response to the list of items on a page.</param>
/// <param name="ItemType">The type of one item.</param>
/// <param name="Position">What the request carries to choose the page: the offset, page number or cursor; null for a next link.</param>
/// <param name="Size">The request's page size (the limit), when the operation has one.</param>
/// <param name="NextPath">C# property names from the response to the next cursor or next link; empty for offsets and page numbers.</param>
/// <param name="FirstPage">The number of the first page when the caller gives none (page-number paging).</param>
internal sealed record PagingModel(
    PagingKind Kind,
    EquatableArray<string> ItemsPath,
    TypeModel ItemType,
    PagingInput? Position,
    PagingInput? Size,
    EquatableArray<string> NextPath,
    int FirstPage);

/// <summary>A request value that paging sets or reads: a query parameter of the operation or a property of its JSON body.</summary>
/// <param name="Name">The C# argument name (a query parameter) or property name (a body property).</param>
/// <param name="WireName">The name on the wire, for docs.</param>
/// <param name="InBody">True for a property of the request body.</param>
/// <param name="Nullable">The C# value may be null: an optional parameter, or an optional or nullable property.</param>
internal sealed record PagingInput(string Name, string WireName, bool InBody, TypeModel Type, bool Nullable);
