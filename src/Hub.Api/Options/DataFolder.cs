namespace Hub.Api.Options;

/// <summary>The resolved folder that holds the local SQLite database and the development signing
/// key. It is made when one of them is first needed: a Hub on SQL Server or PostgreSQL outside
/// Development writes nothing there, and runs on a read-only file system.</summary>
internal sealed record DataFolder(string Path)
{
    public static DataFolder Resolve(string contentRoot, HubOptions options) =>
        new(System.IO.Path.GetFullPath(options.DataFolder, contentRoot));

    public string File(string name)
    {
        Directory.CreateDirectory(Path);
        return System.IO.Path.Combine(Path, name);
    }
}
