using System.Globalization;

namespace Hub.Bench;

/// <summary>CPU time a process has used, in milliseconds, as Linux counts it in /proc/PID/stat.</summary>
internal static class ProcessCpu
{
    // /proc reports in USER_HZ ticks, which is 100 on every architecture Linux runs the bench on.
    private const double MillisecondsPerTick = 10;

    /// <summary>User and system time of the process itself, all its threads included.</summary>
    public static double Of(int pid) => Read(pid) is { } stat ? (stat.User + stat.System) * MillisecondsPerTick : 0;

    /// <summary>User and system time of the process, of its live children, and of the children
    /// it has reaped: PostgreSQL's backends come and go with their connections, and a backend's
    /// time moves to its parent's count when it exits, so nothing is lost between two samples.</summary>
    public static double OfTree(int pid)
    {
        var ticks = 0L;
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.GetFileName(d))
            .Where(name => name.All(char.IsAsciiDigit)).Select(name => Read(int.Parse(name, CultureInfo.InvariantCulture))))
        {
            if (stat is not null && (stat.Pid == pid || stat.ParentPid == pid))
            {
                ticks += stat.User + stat.System + stat.ChildrenUser + stat.ChildrenSystem;
            }
        }

        return ticks * MillisecondsPerTick;
    }

    /// <summary>The parent of a process, or null when it is not visible here.</summary>
    public static int? ParentOf(int pid) => Read(pid)?.ParentPid;

    private static Stat? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // Exited meanwhile, or no /proc.
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name in parentheses may hold spaces; the fields after it are fixed: state,
        // ppid, ... utime (14th field), stime, cutime, cstime.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return new Stat(pid, (int)Field(4), Field(14), Field(15), Field(16), Field(17));
    }

    private sealed record Stat(int Pid, int ParentPid, long User, long System, long ChildrenUser, long ChildrenSystem);
}
