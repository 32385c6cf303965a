namespace Hub.Api.Options;

/// <summary>The resolved folder that holds the local SQLite database and the development signing key.</summary>
internal sealed record DataFolder(string Path)
{
    public static DataFolder Resolve(string contentRoot, HubOptions options)
    {
        var path = System.IO.Path.GetFullPath(options.DataFolder, contentRoot);
        Directory.CreateDirectory(path);
        return new DataFolder(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
