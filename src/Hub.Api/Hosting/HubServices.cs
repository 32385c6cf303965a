using GraphQL;
using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.Audit;
using Hub.Api.CapacityBuilding;
using Hub.Api.Cases;
using Hub.Api.Consents;
using Hub.Api.Countries;
using Hub.Api.Disclosures;
using Hub.Api.Exports;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.Health;
using Hub.Api.Identity;
using Hub.Api.Imports;
using Hub.Api.Options;
using Hub.Api.Projects;
using Hub.Api.Referrals;
using Hub.Api.Registry;
using Hub.Api.Retention;
using Hub.Api.Statistics;
using Hub.Api.TrustedDocuments;
using Hub.Api.Writes;
using Hub.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.Api.Hosting;

internal static class HubServices
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section)
            .Validate(o => o.HasValidOperatorTenant, HubOptions.OperatorTenantIdProblem)
            .ValidateOnStart();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section);
        services.AddOptions<WritesOptions>().BindConfiguration(WritesOptions.Section)
            .Validate(o => o.ConsentHorizonDays > 0 && o.IdempotencyKeyHours > 0 && o.ImportMaxRows > 0 && o.ImportMaxBytes > 0,
                "Hub:Writes:ConsentHorizonDays, IdempotencyKeyHours, ImportMaxRows and ImportMaxBytes must be positive.")
            .ValidateOnStart();
        // Read by the purge command only, which checks it: the server does not depend on it.
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section)
            .Validate(o => o.Fault() is null, "Hub:Statistics cannot protect anyone as set: the minimum cell size must exceed the largest adjustment, the adjustments must sum to 256 in 256ths, and the resolution be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton(sp => new CellKeyMethod(sp.GetRequiredService<IOptions<StatisticsOptions>>().Value));
        services.AddHubTraffic();
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => DataFolder.Resolve(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, sp.GetRequiredService<IOptions<HubOptions>>().Value));
        // The clock the disclosure policy and the data read "now" from; tests set it to a fixed instant.
        services.AddSingleton(TimeProvider.System);
        services.AddHubDatabase();
        // The key ring that seals cursors lives in the database: every instance, and the same one
        // after a restart, opens the cursors any of them made.
        services.AddDataProtection().SetApplicationName("Hub").PersistKeysToDbContext<HubDbContext>();
        services.AddHubIdentity(builder.Configuration, builder.Environment);
        services.AddHubGraphQL();
        services.AddHealthChecks()
            .AddDbContextCheck<HubDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        services.AddProblemDetails();
        return builder.AddHubTelemetry();
    }

    private static void AddHubIdentity(this IServiceCollection services, ConfigurationManager configuration, IHostEnvironment environment)
    {
        services.AddOptions<EntraOptions>().BindConfiguration(EntraOptions.Section)
            .Validate(o => Guid.TryParse(o.ClientId, out _), "AzureAd:ClientId must be the Hub's application (client) id.")
            .Validate(o => Uri.TryCreate(o.Instance, UriKind.Absolute, out var instance) && instance.Scheme == Uri.UriSchemeHttps,
                "AzureAd:Instance must be the Entra authority's https address, e.g. https://login.microsoftonline.com/.")
            .Validate(o => o.TenantId.Length > 0, "AzureAd:TenantId must be set: organizations for the multi-tenant Hub.")
            .ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection(EntraOptions.Section));
        // Identity.Web would refuse, as an invalid token, an app token that carries no app role (an
        // app registration granted none); the Hub decides instead: such an app gets `me` and
        // MISSING_ROLE, and a user token still needs the Hub's scope (CallerResolver).
        services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.AllowWebApiToBeAuthorizedByACL = true);
        services.AddScoped<CallerResolver>();
        services.AddSingleton<OperatorTenant>();
        services.AddSingleton<KnownCountries>();
        services.AddSingleton<RememberedAgencies>();

        if (environment.IsDevelopment())
        {
            // The local issuer signs Entra-shaped tokens; trusting its key here, and only here,
            // keeps the rest of the validation (issuer per tenant, audience, lifetime) as in production.
            services.AddSingleton<DevSigningKey>();
            // The real clock on purpose, not the Hub's: see DevTokenIssuer.
            services.AddScoped(sp => ActivatorUtilities.CreateInstance<DevTokenIssuer>(sp, TimeProvider.System));
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<DevSigningKey, IOptions<EntraOptions>>((o, key, entra) =>
            {
                var issuerTemplate = entra.Value.Instance.TrimEnd('/') + "/{tenantid}/v2.0";
                o.Configuration = new OpenIdConnectConfiguration { Issuer = issuerTemplate };
                o.Configuration.SigningKeys.Add(key.Key);
                o.TokenValidationParameters.ValidIssuers = [issuerTemplate];
            });
        }
    }

    private static void AddHubGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, MeQuery>();
        services.AddSingleton<IQueryFields, CountryQueries>();
        services.AddSingleton<IQueryFields, AgencyQueries>();
        services.AddSingleton<IQueryFields, ProjectQueries>();
        services.AddSingleton<IQueryFields, ActivityQueries>();
        services.AddSingleton<IQueryFields, CaseQueries>();
        services.AddSingleton<IQueryFields, ReferralQueries>();
        services.AddSingleton<IQueryFields, DisclosureQueries>();
        services.AddSingleton<IQueryFields, AuditLogQueries>();
        services.AddSingleton<IQueryFields, RegistryQueries>();
        services.AddSingleton<IQueryFields, StatisticsQueries>();
        services.AddSingleton<StatisticsCounter>();
        services.AddSingleton<IQueryFields, ProjectMetricsQueries>();
        services.AddSingleton<IQueryFields, ActivityMetricsQueries>();
        services.AddSingleton<IMutationFields, CaseMutations>();
        services.AddSingleton<IMutationFields, ConsentMutations>();
        services.AddSingleton<IMutationFields, ReferralMutations>();
        services.AddSingleton<IMutationFields, ProjectMutations>();
        services.AddSingleton<IMutationFields, ActivityMutations>();
        services.AddSingleton<TrustedDocumentFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<TrustedDocumentFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<TrustedDocumentFields>());
        services.AddSingleton<IMutationFields, RegistryMutations>();
        services.AddScoped<TrustedDocumentRegistry>();
        services.AddScoped<DisclosureWriter>();
        services.AddScoped<WriteSession>();
        services.AddScoped<Importer>();
        services.AddScoped<ImportEndpoint>();
        services.AddScoped<ExportEndpoint>();
        services.AddSingleton<IdempotencyPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyPurge>());
        services.AddScoped<RetentionPurge>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddScoped<RefusalSteps>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<ConsentDensity>();
        services.AddScoped<GraphQLEndpoint>();
        services.AddGraphQL(b => b
            .AddSchema<HubSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            .AddValidationRule<FieldAccessRule>()
            .AddValidationRule<OperationTypeRule>()
            .AddValidationRule<Hub.Api.GraphQL.Paging.PagingRule>()
            .AddDocumentListener<CallerConfirmation>(global::GraphQL.DI.ServiceLifetime.Scoped)
            // One DbContext per request cannot run two commands at once: resolve fields in order.
            .AddExecutionStrategy<global::GraphQL.Execution.SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider<HubErrorInfoProvider>()
            .AddComplexityAnalyzer((o, services) =>
            {
                var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                // Introspection documents are deep by nature and cost nothing to the database.
                o.ValidateComplexityDelegate = context =>
                {
                    if (context.ValidationContext.Operation.SelectionSet.Selections.All(s => s is GraphQLParser.AST.GraphQLField f && f.Name.StringValue is "__schema" or "__type" or "__typename"))
                    {
                        context.Error = null;
                    }
                    else if (context.Error is { } error)
                    {
                        error.Code = context.MaxDepth > limits.MaxDepth ? ErrorCodes.SelectionTooDeep : ErrorCodes.TooCostly;
                    }

                    return Task.CompletedTask;
                };
            })
            .ConfigureExecutionOptions(options =>
            {
                options.Timeout = TimeSpan.FromSeconds(options.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.ExecutionTimeoutSeconds);
                options.TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError;
            })
            .AddUnhandledExceptionHandler(UnhandledException.HandleAsync));
        // After the graph types, so that the described scalars are the ones the schema finds.
        ScalarSpecifications.AddTo(services);
    }
}
