namespace Hub.Api.Tests.Access.Oracle;

/// <summary>The orders of <c>cases</c> the oracle knows.</summary>
public enum CaseOrder
{
    /// <summary>No <c>order:</c>: latest registered first, then id descending.</summary>
    Default,

    /// <summary><c>order: [{ reference: ASC }]</c>.</summary>
    ReferenceAscending,
}
