namespace Hub.Api.GraphQL;

/// <summary>How the Hub's operator stands to a field (<see cref="FieldAccess"/>), in increasing strictness.</summary>
internal enum OperatorAccess
{
    /// <summary>An agency's field: the operator uses it only as an agency, if its tenant is one's.</summary>
    None,

    /// <summary>Open to the operator too, without an agency and whatever the roles it needs of agencies.</summary>
    Also,

    /// <summary>The operator's alone.</summary>
    Only,
}
