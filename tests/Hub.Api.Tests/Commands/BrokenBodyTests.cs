using System.Net;
using System.Net.Sockets;
using System.Text;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Commands;

/// <summary>Bodies that Kestrel itself cannot read, sent over a socket to the Hub running as its own
/// process (the test server reads no chunked encoding): the client's fault, a 4xx with the Hub's
/// own error, never a 500.</summary>
public sealed class BrokenBodyTests
{
    [Theory]
    [InlineData("Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"query\":\"{ me { status } }\"}\r\n0\r\n\r\n")]
    [InlineData("Transfer-Encoding: chunked\r\n\r\n5\r\n{\"que\r\nnot-a-size\r\n")]
    public async Task ABodyTheServerCannotRead_IsABadRequest_NotAnInternalError(string rest)
    {
        var port = HubProcess.FreePort();
        await using var hub = HubProcess.Start("--environment=Development", "--Hub:DataFolder={data}", "--Hub:DemoCaseCount=0", $"--urls=http://127.0.0.1:{port}");
        using (await hub.GetWhenListeningAsync($"http://127.0.0.1:{port}/health/live"))
        {
        }

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n{rest}"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("\"INVALID_REQUEST\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERNAL_ERROR", answer, StringComparison.Ordinal);
    }
}
