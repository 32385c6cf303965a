using GraphQL.Types;

namespace Hub.Api.Writes;

/// <summary>The input of a pair of mutations that create and update one kind of object: the same
/// fields, required on creation and optional on update.</summary>
internal abstract class WriteInputGraphType : InputObjectGraphType
{
    protected WriteInputGraphType(string name, string description, bool create)
    {
        Name = name;
        Description = description;
        Create = create;
    }

    protected bool Create { get; }

    /// <summary>A field of <typeparamref name="T"/>, required on creation.</summary>
    protected void Required<T>(string name, string description)
        where T : IGraphType => Add(name, Create ? typeof(NonNullGraphType<T>) : typeof(T), description);

    protected void Add(string name, Type type, string description) => AddField(new FieldType { Name = name, Type = type, Description = description });
}
