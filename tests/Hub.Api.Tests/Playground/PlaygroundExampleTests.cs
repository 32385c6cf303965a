using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Playground;

/// <summary>The playground's tabs as a user runs them: every operation of every tab validates
/// against the live schema with the tab's variables, and the write tabs, run in order as the
/// personas and roles their comments name, take one case from registration to an accepted referral;
/// the operator's tabs change an agency's ceiling and status, and find those changes in its log.</summary>
public sealed class PlaygroundExampleTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Purpose = "ASSISTANCE";

    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task EveryOperationOfEveryTab_ValidatesWithTheTabsVariables()
    {
        var examples = await ExamplesAsync();
        var checkedOperations = new List<string>();

        foreach (var (title, example) in examples)
        {
            var document = Parser.Parse(example["query"]!.GetValue<string>());
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                var errors = await ValidateAsync(document, operation, VariablesOf(example));
                Assert.True(errors.Count == 0, $"{title} / {operation.Name}: {string.Join("; ", errors)}");
                checkedOperations.Add(operation.Name!.StringValue);
            }
        }

        Assert.Contains("RegisterCase", checkedOperations);
        Assert.Contains("GrantConsent", checkedOperations);
        Assert.Contains("ReferCase", checkedOperations);
        Assert.Contains("AcceptReferral", checkedOperations);
        Assert.Contains("Registry", checkedOperations);
        Assert.Contains("SetCeiling", checkedOperations);
        Assert.Contains("Suspend", checkedOperations);
        Assert.Contains("Reactivate", checkedOperations);
        Assert.Contains("CreateProject", checkedOperations);
        Assert.Contains("RecordTraining", checkedOperations);

        // The check sees variables: a value the schema does not take fails it.
        var register = examples["Shelter: register a case"];
        var broken = VariablesOf(register);
        broken["input"]!["sex"] = "NOT_A_SEX";
        var parsed = Parser.Parse(register["query"]!.GetValue<string>());
        Assert.NotEmpty(await ValidateAsync(parsed, parsed.Definitions.OfType<GraphQLOperationDefinition>().Single(), broken));
    }

    [Fact]
    public async Task TheWriteTabs_RunInOrder_AsThePersonasTheyName()
    {
        var examples = await ExamplesAsync();
        var roles = (await ConfigAsync())["roleSets"]!.AsArray().Single(r => r!["label"]!.GetValue<string>() == "Case worker")!["roles"]!.AsArray()
            .Select(r => r!.GetValue<string>()).ToArray();
        var shelter = await _client.DevTokenAsync("NGA-SHSN", roles);
        var mission = await _client.DevTokenAsync("MAM-NGA", roles);

        var registered = await RunAsync(examples["Shelter: register a case"], shelter, "RegisterCase");
        var caseId = Written(registered, "registerCase")["case"]!["id"]!.GetValue<string>();

        Written(await RunAsync(examples["Shelter: record consent"], shelter, "GrantConsent", v => v["caseId"] = caseId), "grantConsent");
        var referral = Written(await RunAsync(examples["Shelter: refer a case"], shelter, "ReferCase", v => v["caseId"] = caseId), "referCase")["referral"]!;
        var referralId = referral["id"]!.GetValue<string>();

        var accept = examples["Recipient: accept a referral"];
        var incoming = (await RunAsync(accept, mission, "IncomingReferrals")).Data!["referrals"]!["nodes"]!.AsArray();
        var listed = Assert.Single(incoming, n => n!["id"]!.GetValue<string>() == referralId)!;
        Assert.Equal("NGA-SHSN", listed["fromAgency"]!["code"]!.GetValue<string>());
        Assert.NotNull(listed["case"]);

        var accepted = Written(await RunAsync(accept, mission, "AcceptReferral", v =>
        {
            v["id"] = referralId;
            v["version"] = listed["version"]!.GetValue<int>();
        }), "acceptReferral")["referral"]!;
        Assert.Equal("ACCEPTED", accepted["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheProjectTab_Runs_AsTheProgrammeOfficerItNames()
    {
        var examples = await ExamplesAsync();
        var roles = (await ConfigAsync())["roleSets"]!.AsArray().Single(r => r!["label"]!.GetValue<string>() == "Programme officer")!["roles"]!.AsArray()
            .Select(r => r!.GetValue<string>()).ToArray();
        var lead = await _client.DevTokenAsync("NGA-SHSN", roles);
        var tab = examples["Lead: create a project and record a training"];

        var project = Written(await RunAsync(tab, lead, "CreateProject"), "createProject")["project"]!;
        var training = Written(await RunAsync(tab, lead, "RecordTraining"), "recordCapacityBuildingActivity")["activity"]!;

        Assert.Equal("NGA-SHSN", project["leadAgency"]!["code"]!.GetValue<string>());
        Assert.Equal(project["code"]!.GetValue<string>(), training["project"]!["code"]!.GetValue<string>());
        Assert.Equal("CB-001", training["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheOperatorsTabs_Run_AsTheOperator()
    {
        var examples = await ExamplesAsync();
        var config = await ConfigAsync();
        var tenant = config["personas"]!.AsArray().Single(p => p!["label"]!.GetValue<string>() == "Hub operator (operator tenant)")!["tenant"]!.GetValue<string>();
        var roles = config["roleSets"]!.AsArray().Single(r => r!["label"]!.GetValue<string>() == "Administrator")!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();
        var token = await Registry.Operator.TenantTokenAsync(_client, Guid.Parse(tenant), roles);
        var registry = examples["Operator: the agency registry"];
        var statuses = examples["Operator: suspend and reactivate"];

        var entry = (await RunAsync(registry, token, "Registry")).Data!["registry"]!["nodes"]!.AsArray().Single()!;
        var id = entry["agency"]!["id"]!.GetValue<string>();
        var ceiling = Written(await RunAsync(registry, token, "SetCeiling", v =>
        {
            v["id"] = id;
            v["version"] = entry["version"]!.GetValue<int>();
        }), "updateAgency")["registration"]!;
        var suspended = Written(await RunAsync(statuses, token, "Suspend", v =>
        {
            v["id"] = id;
            v["version"] = ceiling["version"]!.GetValue<int>();
        }), "suspendAgency")["registration"]!;
        var reactivated = Written(await RunAsync(statuses, token, "Reactivate", v =>
        {
            v["id"] = id;
            v["version"] = suspended["version"]!.GetValue<int>();
        }), "reactivateAgency")["registration"]!;
        var audit = (await RunAsync(statuses, token, "OperatorAudit")).Data!["auditLog"]!["nodes"]!.AsArray();

        Assert.Equal("NGA-SHSN", entry["agency"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(HubRoles.CasesReadIdentity, ceiling["roleCeiling"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("SUSPENDED", suspended["status"]!.GetValue<string>());
        Assert.Equal("ACTIVE", reactivated["status"]!.GetValue<string>());
        Assert.Equal(["reactivateAgency", "suspendAgency", "updateAgency"], audit.Take(3).Select(e => e!["operation"]!.GetValue<string>()));
    }

    private async Task<JsonNode> ConfigAsync() => JsonNode.Parse(await _client.GetStringAsync("/playground/config.json"))!;

    private async Task<Dictionary<string, JsonNode>> ExamplesAsync() =>
        (await ConfigAsync())["examples"]!.AsArray().ToDictionary(e => e!["title"]!.GetValue<string>(), e => e!);

    // The tab's variables, with $purpose as the purpose picker fills it.
    private static JsonObject VariablesOf(JsonNode example)
    {
        var variables = example["variables"]?.GetValue<string>() is { } text ? JsonNode.Parse(text)!.AsObject() : [];
        variables["purpose"] = Purpose;
        return variables;
    }

    private async Task<GraphQLResponse> RunAsync(JsonNode example, string token, string operationName, Action<JsonObject>? paste = null)
    {
        var variables = VariablesOf(example);
        paste?.Invoke(variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = example["query"]!.GetValue<string>(), ["operationName"] = operationName, ["variables"] = variables }),
        };
        var response = await _client.SendAsync(request, token);
        Assert.True(response.Json["errors"] is null, response.Body);
        return response;
    }

    private static JsonNode Written(GraphQLResponse response, string mutation)
    {
        var payload = response.Data![mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, response.Body);
        return payload;
    }

    private async Task<List<string>> ValidateAsync(GraphQLDocument document, GraphQLOperationDefinition operation, JsonObject variables)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var schema = scope.ServiceProvider.GetRequiredService<HubSchema>();
        schema.Initialize();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentValidator>().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = [.. DocumentValidator.CoreRules, new PagingRule()],
            UserContext = new Dictionary<string, object?>(),
            Variables = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables.ToJsonString()) ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = scope.ServiceProvider,
        });
        return [.. result.Errors.Select(e => e.Message)];
    }
}
