using Hub.Api.GraphQL;
using Hub.Api.Options;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The parsed-document cache: exact text in, the same parse out; limits still refuse;
/// bounded, keeping what is used.</summary>
public sealed class DocumentCacheTests
{
    private readonly DocumentCache _cache = new(Microsoft.Extensions.Options.Options.Create(new LimitsOptions()));

    [Fact]
    public void TheSameText_GivesTheSameParse_AndAnotherTextAnother()
    {
        var (first, _) = _cache.Get("{ countries { code } }");
        var (again, _) = _cache.Get("{ countries { code } }");
        var (spaced, _) = _cache.Get("{ countries { code }}");

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.NotSame(first, spaced);
    }

    [Fact]
    public void ADocumentOverALimit_IsRefusedEveryTime_AndAMalformedOneIsLeftToTheEngine()
    {
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }";

        Assert.Equal("TOO_MANY_ALIASES", _cache.Get(aliases).Error?.Code);
        Assert.Equal("TOO_MANY_ALIASES", _cache.Get(aliases).Error?.Code);
        Assert.Equal((null, null), _cache.Get("{ countries { code "));
    }

    [Fact]
    public void ItStaysBounded_DroppingOldEntries_ButKeepingTheOnesInUse()
    {
        var (hot, _) = _cache.Get("query Hot { countries { code } }");
        var (cold, _) = _cache.Get("query Cold { countries { code } }");

        for (var i = 0; i < DocumentCache.EntriesPerGeneration * 3; i++)
        {
            _cache.Get($"query Q{i} {{ countries {{ code }} }}");
            if (i % 100 == 0)
            {
                Assert.Same(hot, _cache.Get("query Hot { countries { code } }").Document);
            }
        }

        Assert.Same(hot, _cache.Get("query Hot { countries { code } }").Document);
        Assert.NotSame(cold, _cache.Get("query Cold { countries { code } }").Document);
    }
}
